"""Streaming text writers for N-Triples, N-Quads, Turtle and TriG: the fast path of
`kg export`.

An export has a narrow shape — IRIs kg minted (valid by construction, see
`kg.rdf.iri`), plain or typed literals, no blank nodes — so its text can be written
directly. Terms are made as text once (entity and predicate nodes are cached by the
`QuadBuilder`), and each quad becomes a line or a Turtle fragment. This is several
times faster than building pyoxigraph or rdflib terms, whose conversions dominate
their cost; tests check the output parses, with rdflib and Oxigraph, to the graph the
rdflib reference path builds.
"""

from __future__ import annotations

import re
import tempfile
from collections import OrderedDict
from collections.abc import Iterable
from functools import lru_cache
from itertools import chain
from typing import IO

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_XSD = "http://www.w3.org/2001/XMLSchema#"
# Escapes of STRING_LITERAL_QUOTE (N-Triples, Turtle): quote, backslash, line ends, other controls.
_ESCAPES = {
    0x22: '\\"',
    0x5C: "\\\\",
    0x0A: "\\n",
    0x0D: "\\r",
    0x09: "\\t",
    **{c: f"\\u{c:04X}" for c in (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F)},
}
_NEEDS_ESCAPE = re.compile(r'["\\\x00-\x1f\x7f]')
# A conservative PN_LOCAL: a prefixed name is only used when the local name matches it.
_LOCAL_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]*")
_INTEGER = re.compile(r"[+-]?[0-9]+")
_DECIMAL = re.compile(r"[+-]?[0-9]*\.[0-9]+")
_BARE = {_XSD + "integer": _INTEGER, _XSD + "decimal": _DECIMAL}

#: How many fragments are joined before a write; how many literal texts are remembered.
_CHUNK = 4096
_LITERAL_CACHE = 8192
#: How much TriG text is held in memory before the graphs' text goes to a temporary file.
_SPOOL_IN_MEMORY = 64 << 20
#: Named graphs whose Turtle statement stays open (the facts graph and the article being written, and one more).
_OPEN_GRAPHS = 3


def quote_literal(text: str) -> str:
    """The text as a double-quoted N-Triples / Turtle string.

    >>> quote_literal('say "hi"\\n')
    '"say \\\\"hi\\\\"\\\\n"'
    """
    if _NEEDS_ESCAPE.search(text):
        text = text.translate(_ESCAPES)
    return f'"{text}"'


class _TextTerms:
    """What N-Triples and Turtle write alike: a language-tagged string and an RDF 1.2 triple term."""

    @staticmethod
    def text(lexical: str, language: str) -> str:
        return f"{quote_literal(lexical)}@{language}"

    @staticmethod
    def triple(subject: str, predicate: str, obj: str) -> str:
        return f"<<( {subject} {predicate} {obj} )>>"


class NTriplesTerms(_TextTerms):
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


class TurtleTerms(_TextTerms):
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
    def quad(subject: str, predicate: str, obj: str, graph: str | None = None) -> tuple[str, str, str, str | None]:
        return subject, predicate, obj, graph


class _TurtleText:
    """The Turtle text of one graph, built from its quads in order.

    Consecutive quads with the same subject share it (`;`), and with the same predicate
    too (`,`); the builder emits each resource's quads together, so grouping is local
    and nothing is held back. A subject may appear in several statements: RDF merges them.
    """

    __slots__ = ("indent", "out", "predicate", "subject")

    def __init__(self, indent: str = "") -> None:
        self.out: list[str] = []
        self.subject: str | None = None
        self.predicate: str | None = None
        self.indent = indent

    def add(self, s: str, p: str, o: str) -> None:
        """Add one triple; `take` gives the text."""
        if s == self.subject:
            self.out.append(f" ,\n{self.indent}\t\t{o}" if p == self.predicate else f" ;\n{self.indent}\t{p} {o}")
        else:
            self.out.append(
                f" .\n{self.indent}{s} {p} {o}" if self.subject is not None else f"{self.indent}{s} {p} {o}"
            )
        self.subject, self.predicate = s, p

    def take(self, *, end: bool = False) -> str:
        """The text so far (ending the last statement when `end`); the next text starts a new statement."""
        if end and self.subject is not None:
            self.out.append(" .\n")
            self.subject = self.predicate = None
        text = "".join(self.out)
        self.out.clear()
        return text


class _GraphSpool:
    """The text of named graphs, kept in a temporary file (in memory while small) until the
    end, so that each graph is written as one block however its quads arrived."""

    def __init__(self) -> None:
        self.file = tempfile.SpooledTemporaryFile(max_size=_SPOOL_IN_MEMORY)
        self.runs: dict[str, list[list[int]]] = {}  # graph → [offset, length] of its pieces, in order

    def append(self, graph: str, text: str) -> None:
        if not text:
            return
        data = text.encode("utf-8")
        offset = self.file.tell()
        self.file.write(data)
        runs = self.runs.setdefault(graph, [])
        if runs and runs[-1][0] + runs[-1][1] == offset:
            runs[-1][1] += len(data)
        else:
            runs.append([offset, len(data)])

    def write_blocks(self, stream: IO[bytes]) -> None:
        for graph, runs in self.runs.items():
            stream.write(f"{graph} {{\n".encode())
            for offset, length in runs:
                self.file.seek(offset)
                while length:
                    piece = self.file.read(min(length, 1 << 20))
                    stream.write(piece)
                    length -= len(piece)
            stream.write(b"}\n")
        self.file.close()


def write_turtle(
    batches: Iterable[list[tuple[str, str, str, str | None]]],
    stream: IO[bytes],
    prefixes: dict[str, str],
    *,
    trig: bool,
) -> None:
    """Write Turtle, or TriG with each named graph as one `GRAPH { … }` block.

    Turtle streams. TriG keeps each graph's text in a temporary file until the end (the
    quads of a graph need not come together: the entities of the facts graph are met
    while the articles' statements are written); quads of the default graph, if any, are
    written outside the blocks as they come.
    """
    stream.write(
        "".join(f"@prefix {name}: <{namespace}> .\n" for name, namespace in sorted(prefixes.items())).encode("utf-8")
    )
    if not trig:
        text = _TurtleText()
        count = 0
        for s, p, o, _ in chain.from_iterable(batches):
            text.add(s, p, o)
            count += 1
            if count >= _CHUNK:
                stream.write(text.take().encode("utf-8"))
                count = 0
        stream.write(text.take(end=True).encode("utf-8"))
        return
    spool = _GraphSpool()
    default = _TurtleText()
    named: OrderedDict[str, _TurtleText] = OrderedDict()  # the graphs used last, open; the others ended
    for s, p, o, g in chain.from_iterable(batches):
        if g is None:
            default.add(s, p, o)
            if len(default.out) >= _CHUNK:
                stream.write(default.take().encode("utf-8"))
            continue
        graph_text = named.get(g)
        if graph_text is None:
            if len(named) >= _OPEN_GRAPHS:
                oldest, ended = named.popitem(last=False)
                spool.append(oldest, ended.take(end=True))
            graph_text = named[g] = _TurtleText("\t")
        elif g is not next(reversed(named)):
            named.move_to_end(g)
        graph_text.add(s, p, o)
        if len(graph_text.out) >= _CHUNK:
            spool.append(g, graph_text.take())
    stream.write(default.take(end=True).encode("utf-8"))
    for g, text in named.items():
        spool.append(g, text.take(end=True))
    spool.write_blocks(stream)


__all__ = ["NTriplesTerms", "TurtleTerms", "quote_literal", "write_lines", "write_turtle"]
