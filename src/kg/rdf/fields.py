"""Record fields ↔ RDF literals, driven by the model's type hints.

Every scalar field of a record (`Relation`, `Evidence`, `ArticleMeta`, `Entity`) that has
no dedicated mapping is carried as `KG[camel_case(field)]` with a datatype chosen from its
type (bool → xsd:boolean, int → xsd:integer, float → xsd:decimal, str → plain string,
anything else → rdf:JSON), and read back by the same table. Dates become the XSD type of
their precision (`date_literal`).
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
import typing
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import Any

from rdflib import RDF, XSD

from kg.rdf.terms import FIELD_OVERRIDES, KG, SCHEMA, camel_case

#: (lexical form, datatype IRI or None for a plain string)
LiteralValue = tuple[str, str | None]

_BOOLEAN, _INTEGER, _DECIMAL, _DOUBLE = str(XSD.boolean), str(XSD.integer), str(XSD.decimal), str(XSD.double)
_DATE, _DATETIME, _ANYURI, _JSON = str(XSD.date), str(XSD.dateTime), str(XSD.anyURI), str(RDF.JSON)
_YEAR, _YEAR_MONTH = str(XSD.gYear), str(XSD.gYearMonth)
_NON_FINITE = {"inf": "INF", "-inf": "-INF", "nan": "NaN"}
_ISO_YEAR = re.compile(r"\d{4}")
_ISO_YEAR_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?")


def decimal_lexical(value: float) -> str:
    """An xsd:decimal lexical form that reads back as the same float ("1e-07" → "0.0000001").

    >>> decimal_lexical(0.85), decimal_lexical(1), decimal_lexical(1e-07)
    ('0.85', '1.0', '0.0000001')
    """
    text = format(Decimal(repr(float(value))), "f")
    return text if "." in text else text + ".0"


def date_literal(text: str) -> LiteralValue:
    """A date as given, typed with the XSD type of its precision; a plain string when it is none.

    >>> [date_literal(t)[1].rsplit("#")[-1] for t in ("2025", "2025-03", "2025-03-06", "2025-03-06T10:00:00Z")]
    ['gYear', 'gYearMonth', 'date', 'dateTime']
    >>> date_literal("2025-W09"), date_literal("March 2025")
    (('2025-W09', None), ('March 2025', None))
    """
    try:
        if _ISO_YEAR.fullmatch(text):
            return text, _YEAR
        if _ISO_YEAR_MONTH.fullmatch(text):
            return text, _YEAR_MONTH
        if _ISO_DATE.fullmatch(text):
            date.fromisoformat(text)
            return text, _DATE
        if _ISO_DATETIME.fullmatch(text):
            datetime.fromisoformat(text)
            return text, _DATETIME
    except ValueError:
        pass
    return text, None


def _encoder(kind: Any) -> Callable[[Any], LiteralValue]:
    if kind is bool:
        return lambda v: ("true" if v else "false", _BOOLEAN)
    if kind is int:
        return lambda v: (str(int(v)), _INTEGER)
    if kind is float:
        return lambda v: (decimal_lexical(v), _DECIMAL) if math.isfinite(v) else (_NON_FINITE[repr(float(v))], _DOUBLE)
    if kind is str:
        return lambda v: (v, None)
    if dataclasses.is_dataclass(kind):  # a nested record (TimeRef) travels as one JSON literal
        return lambda v: (
            json.dumps(dataclasses.asdict(v), ensure_ascii=False, sort_keys=True, separators=(",", ":")),
            _JSON,
        )
    return lambda v: (json.dumps(v, ensure_ascii=False, sort_keys=True, separators=(",", ":")), _JSON)


def _decoder(kind: Any) -> Callable[[str], Any]:
    if kind is bool:
        return lambda text: text in ("true", "1")
    if kind is int:
        return int
    if kind is float:
        return float
    if kind is str:
        return str
    if dataclasses.is_dataclass(kind):
        record: Any = kind
        return lambda text: record(**json.loads(text))
    return json.loads


@dataclass(frozen=True, slots=True)
class FieldCodec:
    """How one record field travels as RDF: its predicate, and value ↔ literal.

    `many` fields (tuples) give one triple per item.
    """

    name: str
    predicate: str
    encode: Callable[[Any], LiteralValue]
    decode: Callable[[str], Any]
    many: bool = False
    default: Any = None


def _plain_type(hint: Any) -> tuple[Any, bool]:
    """(item type, is a tuple) of a hint, `None` stripped from unions."""
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    origin = typing.get_origin(hint)
    if origin is tuple:
        return (args[0] if args else str), True
    if args and origin is not None and len(args) == 1:
        return args[0], False
    return hint, False


def _default(field: dataclasses.Field[Any]) -> Any:
    if field.default is not dataclasses.MISSING:
        return field.default
    if field.default_factory is not dataclasses.MISSING:
        return field.default_factory()
    return None


@cache
def scalar_codecs(record: type) -> tuple[FieldCodec, ...]:
    """The codecs of the fields of `record` that are carried as literals.

    Fields with a dedicated mapping in `FIELD_OVERRIDES` are left to the exporter, except
    the article's title, url and published date, which are literals with schema.org terms.
    """
    hints = typing.get_type_hints(record)
    codecs = []
    for field in dataclasses.fields(record):
        kind, many = _plain_type(hints[field.name])
        if (record, field.name) in FIELD_OVERRIDES:
            predicate = FIELD_OVERRIDES[(record, field.name)]
            if predicate is None or not str(predicate).startswith(str(SCHEMA)):
                continue
            encode = _encoder(kind)
            if field.name == "published":
                encode = date_literal
            elif field.name == "url":
                encode = lambda v: (v, _ANYURI)  # noqa: E731 - a one-line codec
            codecs.append(FieldCodec(field.name, str(predicate), encode, _decoder(kind), many, _default(field)))
            continue
        codecs.append(
            FieldCodec(
                field.name, str(KG[camel_case(field.name)]), _encoder(kind), _decoder(kind), many, _default(field)
            )
        )
    return tuple(codecs)


__all__ = ["FieldCodec", "LiteralValue", "date_literal", "decimal_lexical", "scalar_codecs"]
