"""Deterministic IRIs for entities, articles, statements and runs under one base.

A key becomes one path segment: ASCII letters, digits and `-._~` stay as they are, and so
do visible non-ASCII characters (IRIs allow them: "Zoë" stays "Zoë", "🙂" stays "🙂");
everything else — spaces, quotes, slashes, `%`, control and invisible characters — is
percent-encoded as UTF-8. The encoding is reversible, so two keys never share an IRI.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from urllib.parse import unquote

from kg.errors import RDFError

DEFAULT_BASE_IRI = "https://kg.example.org/"

_PLAIN = re.compile(r"[A-Za-z0-9._~-]+")
_ASCII_KEEP = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
# RFC 3987 `ucschar`: the non-ASCII code points an IRI may hold as they are.
_UCSCHAR = (
    (0xA0, 0xD7FF),
    (0xF900, 0xFDCF),
    (0xFDF0, 0xFFEF),
    *((plane + 0x0000, plane + 0xFFFD) for plane in range(0x10000, 0xE0000, 0x10000)),
    (0xE1000, 0xEFFFD),
)
# Allowed by RFC 3987 but invisible or bidi controls (which it forbids in use): encoded for readability.
# A fixed list, not Unicode categories, so IRIs do not change with the Python version.
_INVISIBLE = frozenset(
    (
        0xA0,
        0xAD,
        0x034F,
        0x061C,
        0x115F,
        0x1160,
        0x1680,
        0x180E,
        *range(0x2000, 0x2010),
        *range(0x2028, 0x2030),
        *range(0x205F, 0x2070),
        0x3000,
        0x3164,
        0xFEFF,
        0xFFA0,
        *range(0xFFF0, 0xFFF9),
    )
)


def _keeps(char: str) -> bool:
    if char in _ASCII_KEEP:
        return True
    code = ord(char)
    if code < 0xA0 or code in _INVISIBLE:
        return False
    return any(low <= code <= high for low, high in _UCSCHAR)


def encode_key(key: str) -> str:
    """One readable, valid IRI path segment for any non-empty key; `decode_key` reverses it.

    >>> encode_key("mark-rutte"), encode_key("Zoë «Q»/1"), encode_key("50%")
    ('mark-rutte', 'Zoë%20«Q»%2F1', '50%25')
    """
    if not key:
        raise RDFError("an empty key has no IRI")
    if key in (".", ".."):  # dot segments vanish when IRIs are resolved
        return key.replace(".", "%2E")
    if _PLAIN.fullmatch(key):
        return key
    return "".join(
        char if _keeps(char) else "".join(f"%{b:02X}" for b in char.encode("utf-8", "surrogatepass")) for char in key
    )


def decode_key(segment: str) -> str:
    """The key an `encode_key` segment was made from.

    >>> decode_key("Zoë%20«Q»%2F1")
    'Zoë «Q»/1'
    """
    return unquote(segment, errors="surrogatepass")


def check_base_iri(base: str) -> str:
    """The base with a trailing "/" added when it ends in neither "/" nor "#".

    Raises:
        RDFError: when the base is not an absolute IRI (http://… , https://…, urn:…).
    """
    import pyoxigraph

    if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", base):
        raise RDFError(f"--base-iri {base!r} is not an absolute IRI: give one like https://example.org/kg/")
    try:
        pyoxigraph.NamedNode(base)
    except ValueError as error:
        raise RDFError(f"--base-iri {base!r} is not a valid IRI ({error})") from None
    return base if base.endswith(("/", "#")) else base + "/"


def timestamp(moment: datetime) -> str:
    """An xsd:dateTime lexical form in UTC, to the second (rdflib's canonical form).

    >>> timestamp(datetime(2025, 3, 1, 9, 30, tzinfo=UTC))
    '2025-03-01T09:30:00+00:00'
    """
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


class Minter:
    """IRIs under one base: `entity/<key>`, `article/<id>`, `graph/<id>` (the article's
    named graph), `statement/<hash>`, `run/<UTC time>` (the extraction run), `facts` (the
    named graph of entities and facts) and the base itself (the dataset, an owl:Ontology
    that imports kg's vocabulary)."""

    __slots__ = ("article_ns", "base", "dataset", "entity_ns", "facts_graph", "graph_ns", "run_ns", "statement_ns")

    def __init__(self, base: str = DEFAULT_BASE_IRI) -> None:
        self.base = check_base_iri(base)
        self.entity_ns = self.base + "entity/"
        self.article_ns = self.base + "article/"
        self.graph_ns = self.base + "graph/"
        self.statement_ns = self.base + "statement/"
        self.run_ns = self.base + "run/"
        self.facts_graph = self.base + "facts"
        self.dataset = self.base

    def entity(self, key: str) -> str:
        return self.entity_ns + encode_key(key)

    def article(self, article_id: str) -> str:
        return self.article_ns + encode_key(article_id)

    def graph(self, article_id: str) -> str:
        return self.graph_ns + encode_key(article_id)

    def statement(self, statement_id: str) -> str:
        return self.statement_ns + statement_id

    def run(self, moment: datetime) -> str:
        return self.run_ns + timestamp(moment)[:19].replace("-", "").replace(":", "") + "Z"

    def prefixes(self) -> dict[str, str]:
        """Prefixes for the base-dependent namespaces."""
        return {
            "entity": self.entity_ns,
            "article": self.article_ns,
            "graph": self.graph_ns,
            "statement": self.statement_ns,
            "run": self.run_ns,
        }


__all__ = ["DEFAULT_BASE_IRI", "Minter", "check_base_iri", "decode_key", "encode_key", "timestamp"]
