"""An RDF export → SHACL validation against schemas/shapes.ttl (pySHACL), and the
violations as readable lines."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from typing import IO, Any

from kg.errors import RDFError
from kg.export.terms import PREFIXES

#: rdflib parser names of the formats `kg validate` reads.
_RDFLIB_FORMATS = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "trig": "trig", "nquads": "nquads"}


@dataclass(frozen=True, slots=True)
class Violation:
    """One SHACL result: where (focus node and path), what (message), and how bad."""

    severity: str
    focus: str
    path: str | None
    message: str
    value: str | None = None

    def __str__(self) -> str:
        where = self.focus + (f" {self.path}" if self.path else "")
        value = f" (value: {self.value})" if self.value is not None else ""
        return f"{self.severity}: {where}: {self.message}{value}"


def shapes_graph() -> Any:
    """schemas/shapes.ttl as an rdflib graph."""
    from rdflib import Graph

    return Graph().parse(data=resources.files("kg.schemas").joinpath("shapes.ttl").read_text("utf-8"),
                         format="turtle")


def load_data_graph(source: IO[bytes] | str, fmt: str) -> Any:
    """An export as one rdflib graph (every named graph of a dataset merged into it)."""
    from rdflib import Dataset, Graph

    if fmt not in _RDFLIB_FORMATS:
        raise RDFError(f"unknown RDF format {fmt!r}; choose from {', '.join(_RDFLIB_FORMATS)}")
    try:
        if fmt in ("trig", "nquads"):
            dataset = Dataset()
            dataset.parse(source, format=_RDFLIB_FORMATS[fmt])
            graph = Graph()
            for s, p, o, _ in dataset.quads((None, None, None, None)):
                graph.add((s, p, o))
            return graph
        return Graph().parse(source, format=_RDFLIB_FORMATS[fmt])
    except Exception as error:  # rdflib's parsers raise many unrelated types
        raise RDFError(f"not valid {fmt}: {str(error).strip().splitlines()[0] if str(error) else error!r}") from None


def validate_graph(graph: Any) -> tuple[bool, list[Violation]]:
    """Run the shapes on a graph; returns (conforms, violations sorted by focus node)."""
    from pyshacl import validate

    conforms, results, _ = validate(graph, shacl_graph=shapes_graph(), inference="none", advanced=False,
                                    allow_warnings=True)
    _bind_prefixes(graph)
    violations = sorted(_violations(results, graph), key=lambda v: (v.focus, v.path or "", v.message))
    return bool(conforms), violations


def _bind_prefixes(graph: Any) -> None:
    """Bind kg's prefixes, and entity:/article:/statement: to the base the export used (N-Triples has none)."""
    from rdflib import RDF, URIRef

    from kg.export.terms import KG, SCHEMA

    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=False)
    samples = {"entity": next(graph.subjects(KG.key, None), None),
               "article": next(graph.subjects(RDF.type, SCHEMA.NewsArticle), None),
               "statement": next(graph.subjects(RDF.type, RDF.Statement), None)}
    for prefix, node in samples.items():
        if isinstance(node, URIRef) and "/" in node:
            graph.bind(prefix, str(node).rsplit("/", 1)[0] + "/", override=False)


def _violations(results: Any, data: Any) -> list[Violation]:
    from rdflib import RDF, URIRef
    from rdflib.namespace import SH

    found = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        def one(predicate: Any) -> Any:
            return results.value(result, predicate)

        path = one(SH.resultPath)
        value = one(SH.value)
        severity = one(SH.resultSeverity)
        found.append(Violation(
            severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            focus=_short(data, one(SH.focusNode)),
            path=_short(data, path) if isinstance(path, URIRef) else None,
            message=str(one(SH.resultMessage) or _short(data, one(SH.sourceConstraintComponent))),
            value=_short(data, value) if value is not None else None,
        ))
    return found


def _short(graph: Any, term: Any) -> str:
    """A term as its prefixed name when a prefix is bound, else N3."""
    from rdflib import URIRef

    if isinstance(term, URIRef):
        try:
            return graph.namespace_manager.normalizeUri(term)
        except ValueError:
            return f"<{term}>"
    return term.n3() if hasattr(term, "n3") else str(term)


__all__ = ["Violation", "load_data_graph", "shapes_graph", "validate_graph"]
