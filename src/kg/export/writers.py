"""Streaming text writers for N-Triples, N-Quads, Turtle and TriG: the fast path of
`kg export`.

An export has a narrow shape — IRIs kg minted (valid by construction, see
`kg.export.iri`), plain or typed literals, no blank nodes — so its text can be written
directly. Terms are made as text once (entity and predicate nodes are cached by the
`QuadBuilder`), and each quad becomes a line or a Turtle fragment. This is several
times faster than building pyoxigraph or rdflib terms, whose conversions dominate
their cost; tests check the output parses, with rdflib and Oxigraph, to the graph the
rdflib reference path builds.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain
from collections.abc import Iterable
from typing import IO, Any

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_XSD = "http://www.w3.org/2001/XMLSchema#"
# Escapes of STRING_LITERAL_QUOTE (N-Triples, Turtle): quote, backslash, line ends, other controls.
_ESCAPES = {0x22: '\\"', 0x5C: "\\\\", 0x0A: "\\n", 0x0D: "\\r", 0x09: "\\t",
            **{c: f"\\u{c:04X}" for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F)}}
_NEEDS_ESCAPE = re.compile(r'["\\\x00-\x1f\x7f]')
# A conservative PN_LOCAL: a prefixed name is only used when the local name matches it.
_LOCAL_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]*")
_INTEGER = re.compile(r"[+-]?[0-9]+")
_DECIMAL = re.compile(r"[+-]?[0-9]*\.[0-9]+")
_BARE = {_XSD + "integer": _INTEGER, _XSD + "decimal": _DECIMAL}

#: How many fragments are joined before a write; how many literal texts are remembered.
_CHUNK = 4096
_LITERAL_CACHE = 8192


def quote_literal(text: str) -> str:
    """The text as a double-quoted N-Triples / Turtle string.

    >>> quote_literal('say "hi"\\n')
    '"say \\\\"hi\\\\"\\\\n"'
    """
    if _NEEDS_ESCAPE.search(text):
        text = text.translate(_ESCAPES)
    return f'"{text}"'


class NTriplesTerms:
    """Terms as N-Triples text; a quad is its finished line (N-Quads when `quads`)."""

    def __init__(self, quads: bool) -> None:
        self.quads = quads
        # Qualifiers repeat ("asserted", false, rule names, shared sentences): make each text once.
        self.literal = lru_cache(maxsize=_LITERAL_CACHE)(self._literal)

    @staticmethod
    def iri(value: str) -> str:
        return f"<{value}>"

    @staticmethod
    def _literal(lexical: str, datatype: str | None = None) -> str:
        return quote_literal(lexical) if datatype is None else f"{quote_literal(lexical)}^^<{datatype}>"

    def quad(self, subject: str, predicate: str, obj: str, graph: str | None = None) -> str:
        if graph is None or not self.quads:
            return f"{subject} {predicate} {obj} .\n"
        return f"{subject} {predicate} {obj} {graph} .\n"


def write_lines(batches: Iterable[list[str]], stream: IO[bytes]) -> None:
    """Write batches of N-Triples / N-Quads lines, a chunk at a time."""
    chunk: list[str] = []
    for lines in batches:
        chunk += lines
        if len(chunk) >= _CHUNK:
            stream.write("".join(chunk).encode("utf-8"))
            chunk.clear()
    if chunk:
        stream.write("".join(chunk).encode("utf-8"))


class TurtleTerms:
    """Terms as Turtle text: prefixed names where the prefix is bound, `a` for rdf:type,
    bare numbers and booleans; a quad is a (subject, predicate, object, graph) tuple."""

    def __init__(self, prefixes: dict[str, str]) -> None:
        # Every bound namespace ends in "/" or "#", and a minted local name contains neither
        # (they are percent-encoded), so an IRI's namespace is found by one split.
        self._prefixes = {namespace: name for name, namespace in prefixes.items() if namespace[-1] in "/#"}
        self.literal = lru_cache(maxsize=_LITERAL_CACHE)(self._literal)

    def iri(self, value: str) -> str:
        if value == _RDF_TYPE:
            return "a"
        cut = max(value.rfind("/"), value.rfind("#")) + 1
        name = self._prefixes.get(value[:cut])
        if name is not None and _LOCAL_NAME.fullmatch(value, cut):
            return f"{name}:{value[cut:]}"
        return f"<{value}>"

    def _literal(self, lexical: str, datatype: str | None = None) -> str:
        if datatype is None:
            return quote_literal(lexical)
        bare = _BARE.get(datatype)
        if bare is not None and bare.fullmatch(lexical):
            return lexical
        if datatype == _XSD + "boolean" and lexical in ("true", "false"):
            return lexical
        return f"{quote_literal(lexical)}^^{self.iri(datatype)}"

    @staticmethod
    def quad(subject: str, predicate: str, obj: str, graph: str | None = None) -> tuple:
        return subject, predicate, obj, graph


def write_turtle(batches: Iterable[list[tuple]], stream: IO[bytes], prefixes: dict[str, str], *,
                 trig: bool) -> None:
    """Write Turtle (or TriG, with a `GRAPH { … }` block per run of quads in one named graph).

    Consecutive quads with the same subject share it (`;`), and with the same predicate
    too (`,`); the builder emits each resource's quads together, so grouping is local
    and nothing is held back. A subject may appear in several blocks: RDF merges them.
    """
    out: list[str] = [f"@prefix {name}: <{namespace}> .\n" for name, namespace in sorted(prefixes.items())]
    append = out.append
    graph: str | None = None
    subject: str | None = None
    predicate: str | None = None
    indent = ""
    for s, p, o, g in chain.from_iterable(batches):
        if trig and g != graph:
            if subject is not None:
                append(" .\n")
            if graph is not None:
                append("}\n")
            if g is not None:
                append(f"{g} {{\n")
            graph, subject, indent = g, None, "\t" if g is not None else ""
        if s == subject:
            append(f" ,\n{indent}\t\t{o}" if p == predicate else f" ;\n{indent}\t{p} {o}")
        else:
            append(f" .\n{indent}{s} {p} {o}" if subject is not None else f"{indent}{s} {p} {o}")
        subject, predicate = s, p
        if len(out) >= _CHUNK:
            stream.write("".join(out).encode("utf-8"))
            out.clear()
    if subject is not None:
        append(" .\n")
    if trig and graph is not None:
        append("}\n")
    stream.write("".join(out).encode("utf-8"))


__all__ = ["NTriplesTerms", "TurtleTerms", "quote_literal", "write_lines", "write_turtle"]
