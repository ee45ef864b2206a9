"""Relations ↔ JSON Lines records (schemas/triple.schema.json), the format between commands.

Records are validated where they enter (`read_relations`), nowhere else.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import fields
from functools import cache
from importlib import resources
from typing import IO, Any

from kg.errors import InputError, OnError, OnSkip, SchemaError, check_on_error, skip_or_raise
from kg.model import ArticleMeta, Entity, Evidence, Relation, TimeRef


def relation_to_record(relation: Relation) -> dict[str, Any]:
    """The JSON-ready record of a relation; open tuples carry `"open": true` and `arguments`."""
    record = {
        "subject": _entity_record(relation.subject, relation.subject_text),
        "predicate": relation.predicate,
        "object": _entity_record(relation.object, relation.object_text),
        "negated": relation.negated,
        "modality": relation.modality,
        "confidence": relation.confidence,
        "attributed_to": relation.attributed_to,
        "relation_text": relation.relation_text,
        "time": _flat(relation.time) if relation.time else None,
        "evidence": _flat(relation.evidence),
        "article": _flat(relation.article),
    }
    if relation.ended:
        record["ended"] = True
    if relation.open:
        record["open"] = True
        record["arguments"] = list(relation.arguments)
    return record


def _flat(record: TimeRef | Evidence | ArticleMeta) -> dict[str, Any]:
    """`dataclasses.asdict` of a record whose fields are all strings, numbers or None (no copying to do)."""
    return {name: getattr(record, name) for name in _FIELDS[type(record)]}


_FIELDS: dict[type, tuple[str, ...]] = {
    kind: tuple(f.name for f in fields(kind)) for kind in (TimeRef, Evidence, ArticleMeta)
}


def _entity_record(entity: Entity, text: str | None) -> dict[str, Any]:
    return {"id": entity.id, "name": entity.name, "type": entity.type, "aliases": list(entity.aliases), "text": text}


def record_to_relation(record: dict[str, Any]) -> Relation:
    """Build a relation from a record; validates it against the JSON Schema first.

    Raises:
        SchemaError: naming the first field that does not match.
    """
    errors = sorted(_validator().iter_errors(record), key=lambda e: list(e.absolute_path))
    if errors:
        error = errors[0]
        where = "/".join(str(p) for p in error.absolute_path) or "record"
        raise SchemaError(f"{where}: {error.message}")
    return Relation(
        subject=_entity(record["subject"]),
        predicate=record["predicate"],
        object=_entity(record["object"]),
        evidence=Evidence(**record["evidence"]),
        article=ArticleMeta(**record["article"]),
        negated=record["negated"],
        modality=record["modality"],
        confidence=float(record["confidence"]),
        attributed_to=record.get("attributed_to"),
        relation_text=record.get("relation_text"),
        time=TimeRef(**record["time"]) if record.get("time") else None,
        subject_text=record["subject"].get("text"),
        object_text=record["object"].get("text"),
        arguments=tuple(record.get("arguments", ())),
        open=bool(record.get("open", False)),
        ended=bool(record.get("ended", False)),
    )


def _entity(record: dict[str, Any]) -> Entity:
    return Entity(record["id"], record["name"], record.get("type"), tuple(record.get("aliases", ())))


# Characters that some line readers (Python's str.splitlines among them) take for line
# breaks; JSON lets them be escaped, so a record always stays on one line.
_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def _on_one_line(line: str) -> str:
    """`line` with `_LINE_BREAKS` escaped; a search for them is far cheaper than `str.translate`,
    which walks every character, and most lines have none."""
    if "\x85" in line or "\u2028" in line or "\u2029" in line:
        return line.translate(_LINE_BREAKS)
    return line


def write_relations(relations: Iterable[Relation], stream: IO[str]) -> int:
    """Write one JSON object per line; returns the number written."""
    count = 0
    for relation in relations:
        stream.write(_on_one_line(json.dumps(relation_to_record(relation), ensure_ascii=False)))
        stream.write("\n")
        count += 1
    return count


def read_relations(
    lines: Iterable[str],
    name: str,
    *,
    on_error: OnError = "raise",
    on_skip: OnSkip | None = None,
) -> Iterator[Relation]:
    """Read relations from JSON Lines; a bad line is reported as `name:line: cause`.

    Args:
        lines: the lines of the file.
        name: the file's name, for messages.
        on_error: "raise" to stop at the first bad line (an `InputError`), "skip" to hand
            its error to `on_skip` and read on.
        on_skip: called with the `InputError` of every skipped line.
    """
    check_on_error(on_error)
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise InputError(f"{name}:{lineno}: not valid JSON ({error.msg})") from None
            try:
                yield record_to_relation(record)
            except SchemaError as error:
                raise InputError(f"{name}:{lineno}: {error}") from None
        except InputError as error:
            skip_or_raise(error, on_error, on_skip)


def relations_per_article(lines: Iterable[str]) -> dict[str, int]:
    """How many records of each article the lines hold, read without validating them.

    A quick first pass over a file that lets a loader stream it (see `kg.store.rows.
    article_groups`); lines that are not JSON records with an article id are not
    counted, and `read_relations` reports them in the second pass.

    >>> relations_per_article(['{"article": {"id": "a1"}}', '', 'oops', '{"article": {"id": "a1"}}'])
    {'a1': 2}
    """
    sizes: dict[str, int] = {}
    for line in lines:
        try:
            article_id = json.loads(line)["article"]["id"]
        except (ValueError, TypeError, KeyError):
            continue
        if isinstance(article_id, str):
            sizes[article_id] = sizes.get(article_id, 0) + 1
    return sizes


@cache
def triple_schema() -> dict[str, Any]:
    """The JSON Schema of one record (schemas/triple.schema.json)."""
    schema: dict[str, Any] = json.loads(resources.files("kg.schemas").joinpath("triple.schema.json").read_text("utf-8"))
    return schema


@cache
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(triple_schema())
