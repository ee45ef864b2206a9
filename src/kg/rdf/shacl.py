"""An RDF export (any format) → SHACL validation against schemas/shapes.ttl, and the
results as readable lines.

The file is parsed by Oxigraph (a syntax error names its line and column), every graph of a
dataset is merged (so every graph is checked) with RDF 1.2 reifiers read as standard
reification, and the shapes run on the union with shifty, a SHACL engine written in Rust:
it was chosen by measurement (`python -m bench.rdf_validate`) and gives Apache Jena's
results. The layout of named graphs, which SHACL cannot see, is checked here too.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import IO, Any

from kg.errors import RDFError
from kg.rdf.formats import oxigraph_format
from kg.rdf.terms import ONTOLOGY_IRI, Namespaces

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_TYPE, _STATEMENT, _REIFIES = _RDF + "type", _RDF + "Statement", _RDF + "reifies"
_DERIVED_FROM = "http://www.w3.org/ns/prov#wasDerivedFrom"
_IMPORTS = "http://www.w3.org/2002/07/owl#imports"
_SH = "http://www.w3.org/ns/shacl#"


@dataclass(frozen=True, slots=True)
class Violation:
    """One validation result: where (focus node and path), what (message), and how bad.

    `component` is the SHACL constraint component's local name ("MinCountConstraintComponent"),
    or "NamedGraphLayout" for the layout checks.
    """

    severity: str
    focus: str
    path: str | None
    message: str
    value: str | None = None
    component: str = ""

    def __str__(self) -> str:
        where = self.focus + (f" {self.path}" if self.path else "")
        value = f" (value: {self.value})" if self.value is not None else ""
        return f"{self.severity}: {where}: {self.message}{value}"


@dataclass(slots=True)
class LoadedExport:
    """An export as `validate_export` takes it: the union of its graphs as N-Triples."""

    ntriples: bytes
    triples: int = 0
    named_graphs: int = 0
    namespaces: Namespaces = field(default_factory=Namespaces)
    layout: list[Violation] = field(default_factory=list)
    samples: dict[str, str] = field(default_factory=dict)  # prefix → an IRI of the base, for short names


@dataclass(frozen=True, slots=True)
class ValidationResult:
    """What `kg validate` reports."""

    conforms: bool
    violations: list[Violation]


def load_export(source: IO[bytes] | bytes, fmt: str, *, vocabulary: str | None = None) -> LoadedExport:
    """Parse an export and merge its graphs.

    Args:
        source: a binary stream or the bytes of the file.
        fmt: a name of `kg.rdf.formats.FORMATS`.
        vocabulary: the ontology IRI of the export's vocabulary; by default the one the
            export's owl:imports names, else kg's.

    Raises:
        RDFError: when the file does not parse, with the parser's reason and position.
    """
    import pyoxigraph as ox

    ox_format = oxigraph_format(fmt)
    triple_type, named_node = ox.Triple, ox.NamedNode
    a, statement = named_node(_TYPE), named_node(_STATEMENT)
    subject_p, predicate_p, object_p = (
        named_node(_RDF + "subject"),
        named_node(_RDF + "predicate"),
        named_node(_RDF + "object"),
    )
    union: list[Any] = []
    add = union.append
    graphs: set[str] = set()
    default_quads = 0
    derived: list[tuple[str, str, str]] = []  # (graph, subject, article) of prov:wasDerivedFrom quads
    statements: dict[str, str] = {}  # statement → its graph
    imports: set[str] = set()
    try:
        for quad in ox.parse(source, ox_format):
            s, p, o, g = quad.subject, quad.predicate, quad.object, quad.graph_name
            graph = g.value if isinstance(g, named_node) else None
            if graph is None:
                default_quads += 1
            else:
                graphs.add(graph)
            if p.value == _REIFIES and isinstance(o, triple_type):
                add(triple_type(s, a, statement))
                add(triple_type(s, subject_p, o.subject))
                add(triple_type(s, predicate_p, o.predicate))
                add(triple_type(s, object_p, o.object))
                statements[s.value] = graph or ""
                continue
            add(triple_type(s, p, o))
            if p.value == _DERIVED_FROM and graph is not None:
                derived.append((graph, s.value, o.value))
            elif p.value == _TYPE and o.value == _STATEMENT:
                statements[s.value] = graph or ""
            elif p.value == _IMPORTS:
                imports.add(o.value)
    except SyntaxError as error:
        raise RDFError(f"not valid {fmt}: {error}") from None
    except (ValueError, OSError) as error:
        raise RDFError(f"cannot read {fmt}: {error}") from None
    loaded = LoadedExport(ox.serialize(union, format=ox.RdfFormat.N_TRIPLES) or b"", len(union), len(graphs))
    loaded.namespaces = Namespaces(vocabulary) if vocabulary else _vocabulary_of(imports, union)
    if graphs:
        loaded.layout = _layout_violations(default_quads, derived, statements)
    for node in statements:
        if "/" in node:
            loaded.samples["statement"] = node
            break
    return loaded


def _vocabulary_of(imports: set[str], triples: list[Any]) -> Namespaces:
    """The vocabulary an export imports and uses; kg's when it names none."""
    for ontology in sorted(imports - {ONTOLOGY_IRI}):
        namespace = Namespaces(ontology).kg
        if any(t.predicate.value.startswith(namespace) for t in triples[:10_000]):
            return Namespaces(ontology)
    return Namespaces()


def _layout_violations(
    default_quads: int, derived: list[tuple[str, str, str]], statements: dict[str, str]
) -> list[Violation]:
    """The named-graph layout: nothing in the default graph (a union-default-graph store
    hides it), every graph of statements says which article it holds, and holds only
    statements derived from that article."""
    found = []
    if default_quads:
        found.append(
            Violation(
                "Violation",
                "the default graph",
                None,
                f"{default_quads} triples are in the default graph, which stores that query the "
                "union of the named graphs do not see: every triple belongs in a named graph",
                component="NamedGraphLayout",
            )
        )
    holds = {(graph, article) for graph, subject, article in derived if subject == graph}
    described = {graph for graph, _ in holds}
    article_of = {subject: (graph, article) for graph, subject, article in derived if subject != graph}
    in_graphs: dict[str, int] = defaultdict(int)
    for node, graph in statements.items():
        if not graph:
            continue
        in_graphs[graph] += 1
        found_in = article_of.get(node)
        if found_in is not None and (graph, found_in[1]) not in holds:
            found.append(
                Violation(
                    "Violation",
                    f"<{node}>",
                    None,
                    f"the statement is in graph <{graph}>, which does not hold its article <{found_in[1]}>",
                    component="NamedGraphLayout",
                )
            )
    for graph in sorted(set(in_graphs) - described):
        found.append(
            Violation(
                "Violation",
                f"<{graph}>",
                None,
                "a graph of statements does not say which article it holds (<graph> prov:wasDerivedFrom <article>)",
                component="NamedGraphLayout",
            )
        )
    return found


@cache
def shapes_text(ontology: str = ONTOLOGY_IRI) -> str:
    """schemas/shapes.ttl, in the vocabulary under `ontology`."""
    text = resources.files("kg.schemas").joinpath("shapes.ttl").read_text("utf-8")
    return Namespaces(ontology).rebase_text(text)


@cache
def _validator(ontology: str) -> Any:
    import shifty

    return shifty.PreparedValidator(shapes_text(ontology).encode("utf-8"))


def validate_export(loaded: LoadedExport) -> ValidationResult:
    """Run the shapes on the union of an export's graphs, plus the layout checks."""
    conforms, report, _ = _validator(loaded.namespaces.ontology).validate(
        loaded.ntriples, graph_mode="data", infer=False, on_unsupported="error"
    )
    short = _Shortener(loaded)
    violations = sorted(_violations(report, short), key=lambda v: (v.focus, v.path or "", v.message))
    return ValidationResult(bool(conforms) and not loaded.layout, loaded.layout + violations)


def validate_file(source: IO[bytes] | bytes, fmt: str, *, vocabulary: str | None = None) -> ValidationResult:
    """`load_export` then `validate_export`."""
    return validate_export(load_export(source, fmt, vocabulary=vocabulary))


def validate_graph(graph: Any) -> tuple[bool, list[Violation]]:
    """Validate an rdflib graph (or dataset): (conforms, violations)."""
    data = graph.serialize(format="nquads" if hasattr(graph, "graphs") else "nt", encoding="utf-8")
    result = validate_file(data, "nquads" if hasattr(graph, "graphs") else "ntriples")
    return result.conforms, result.violations


def _violations(report: Any, short: _Shortener) -> list[Violation]:
    from rdflib import RDF, URIRef
    from rdflib.namespace import SH

    found = []
    for result in report.subjects(RDF.type, SH.ValidationResult):

        def one(predicate: Any, result: Any = result) -> Any:
            return report.value(result, predicate)

        path, value = one(SH.resultPath), one(SH.value)
        severity, component = one(SH.resultSeverity), one(SH.sourceConstraintComponent)
        component_name = str(component).rsplit("#", 1)[-1] if component else ""
        found.append(
            Violation(
                severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
                focus=short(one(SH.focusNode)),
                path=short(path) if isinstance(path, URIRef) else None,
                message=str(one(SH.resultMessage) or component_name),
                value=short(value) if value is not None else None,
                component=component_name,
            )
        )
    return found


class _Shortener:
    """Terms as prefixed names (kg's prefixes and the export's base) where the local name is simple."""

    _LOCAL = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*")

    def __init__(self, loaded: LoadedExport) -> None:
        namespaces = {**loaded.namespaces.prefixes()}
        sample = loaded.samples.get("statement")
        if sample:
            base = sample.rsplit("/", 2)[0] + "/"
            namespaces.update({name: base + name + "/" for name in ("entity", "article", "statement", "graph", "run")})
        self.by_namespace = sorted(((ns, name) for name, ns in namespaces.items()), key=lambda x: -len(x[0]))

    def __call__(self, term: Any) -> str:
        from rdflib import URIRef

        if isinstance(term, URIRef):
            text = str(term)
            for namespace, name in self.by_namespace:
                if text.startswith(namespace) and self._LOCAL.fullmatch(text, len(namespace)):
                    return f"{name}:{text[len(namespace) :]}"
            return f"<{text}>"
        return term.n3() if hasattr(term, "n3") else str(term)


__all__ = [
    "LoadedExport",
    "ValidationResult",
    "Violation",
    "load_export",
    "shapes_text",
    "validate_export",
    "validate_file",
    "validate_graph",
]
