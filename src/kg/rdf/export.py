"""Relations → RDF in every format, by one of three engines fed by the same mapping:
"stream" (the default: kg's streaming text writers, `kg.rdf.writers`), "oxigraph"
(pyoxigraph terms and serializer) and "rdflib" (the reference the others are tested
against; it also writes the JSON-LD, compacted with schemas/context.jsonld).

The mapping itself (facts, statements, provenance, the named-graph layout) is in
`kg.rdf.statements`; IRIs in `kg.rdf.iri`; the vocabulary in `kg.rdf.terms`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from itertools import chain
from typing import IO, Any

from kg.errors import RDFError, unknown_choice
from kg.model import Relation
from kg.rdf.formats import FORMATS, QUAD_FORMATS, format_for_path, oxigraph_format
from kg.rdf.iri import DEFAULT_BASE_IRI, Minter
from kg.rdf.statements import ExportCounts, ExportOptions, OxigraphTerms, QuadBuilder, RdflibTerms
from kg.rdf.terms import KG_IRI, Namespaces


def write_rdf(
    relations: Iterable[Relation],
    stream: IO[bytes],
    fmt: str = "turtle",
    base: str = DEFAULT_BASE_IRI,
    *,
    extracted_at: datetime | None = None,
    engine: str = "stream",
    counts: ExportCounts | None = None,
    options: ExportOptions | None = None,
    with_ontology: bool = False,
) -> int:
    """Serialize relations in one of `FORMATS`; returns the number of triples (quads) written.

    Args:
        relations: read once, as a stream; only keys of what was written are remembered.
        stream: a binary stream.
        fmt: a key of `FORMATS`.
        base: the base of minted IRIs (when `options` is None).
        extracted_at: when the relations were extracted; the current time when None.
        engine: "stream" or "oxigraph" (both stream) or "rdflib" (builds a graph first);
            JSON-LD is always written by rdflib.
        counts: filled with the numbers of relations, statements and triples when given.
        options: vocabulary, language, paths, RDF 1.2 statements; its `named_graphs` is
            set from the format.
        with_ontology: put kg's ontology in the same file (its own named graph in TriG and
            N-Quads), for tools that do not follow owl:imports.

    Raises:
        RDFError: for an RDF 1.2 export the chosen writer cannot write.
    """
    if fmt not in FORMATS:
        raise unknown_choice("RDF format", fmt, FORMATS)
    if engine not in ENGINES:
        raise unknown_choice("RDF engine", engine, ENGINES)
    named = fmt in QUAD_FORMATS
    options = _with_layout(options or ExportOptions(base=base), named)
    check_writable(fmt, engine, options)
    prefixes = export_prefixes(options)
    ontology = ontology_quads(options) if with_ontology else []
    if ontology:
        prefixes.update({"dcterms": "http://purl.org/dc/terms/", "vann": "http://purl.org/vocab/vann/"})
    job = _Job(
        fmt,
        named,
        options,
        extracted_at or datetime.now(UTC),
        prefixes,
        ontology,
        Namespaces(options.vocabulary).ontology if named else None,
    )
    write = _WRITERS["rdflib" if fmt == "jsonld" else engine]  # JSON-LD is always rdflib's
    builder = write(job, relations, stream)
    written = builder.counts.triples + len(ontology)
    if counts is not None:
        counts.relations, counts.statements, counts.triples = (
            builder.counts.relations,
            builder.counts.statements,
            written,
        )
    return written


@dataclass(frozen=True, slots=True)
class _Job:
    """What every writer needs besides the relations and the stream."""

    fmt: str
    named: bool
    options: ExportOptions
    moment: datetime
    prefixes: dict[str, str]
    ontology: list[Any]
    ontology_graph: str | None

    def builder(self, terms: Any) -> QuadBuilder:
        return QuadBuilder(terms, self.options, self.moment)

    def ontology_batch(self, terms: Any) -> list[Any]:
        return _ontology_batch(terms, self.ontology, self.ontology_graph)


def _write_streaming(job: _Job, relations: Iterable[Relation], stream: IO[bytes]) -> QuadBuilder:
    """kg's own streaming text writers (`kg.rdf.writers`): N-Triples/N-Quads lines, Turtle/TriG blocks."""
    from kg.rdf.writers import NTriplesTerms, TurtleTerms, write_lines, write_turtle

    if job.fmt in ("ntriples", "nquads"):
        terms: Any = NTriplesTerms(quads=job.named)
        builder = job.builder(terms)
        write_lines(_prepend(job.ontology_batch(terms), builder.batches(relations)), stream)
    else:
        terms = TurtleTerms(job.prefixes)
        builder = job.builder(terms)
        write_turtle(
            _prepend(job.ontology_batch(terms), builder.batches(relations)), stream, job.prefixes, trig=job.named
        )
    return builder


def _write_oxigraph(job: _Job, relations: Iterable[Relation], stream: IO[bytes]) -> QuadBuilder:
    """pyoxigraph's terms and serializer, fed as a stream."""
    import pyoxigraph

    terms = OxigraphTerms(quads=job.named)
    builder = job.builder(terms)
    quads: Iterable[Any] = chain.from_iterable(_prepend(job.ontology_batch(terms), builder.batches(relations)))
    if job.fmt == "trig":  # one block per graph: Oxigraph's writer opens a block per run of a graph
        quads = _grouped_by_graph(quads)
    pyoxigraph.serialize(quads, stream, oxigraph_format(job.fmt), prefixes=job.prefixes)
    return builder


def _write_rdflib(job: _Job, relations: Iterable[Relation], stream: IO[bytes]) -> QuadBuilder:
    """An rdflib graph built first, then serialized: the reference; JSON-LD compacted with `export_context`."""
    terms = RdflibTerms()
    builder = job.builder(terms)
    graph = _rdflib_graph(builder, relations, job.named, job.prefixes, job.ontology_batch(terms))
    if job.fmt == "jsonld":
        graph.serialize(
            destination=stream,
            format="json-ld",
            context=export_context(job.options),
            auto_compact=True,
            encoding="utf-8",
        )
    else:
        graph.serialize(destination=stream, format=FORMATS[job.fmt].rdflib, encoding="utf-8")
    return builder


#: The engines, by the name `kg export --engine` takes.
_WRITERS: dict[str, Callable[[_Job, Iterable[Relation], IO[bytes]], QuadBuilder]] = {
    "stream": _write_streaming,
    "oxigraph": _write_oxigraph,
    "rdflib": _write_rdflib,
}
ENGINES = tuple(_WRITERS)


def check_writable(fmt: str, engine: str, options: ExportOptions) -> None:
    """Raise `RDFError` when the format and engine cannot write what the options ask for."""
    if options.rdf_star and (fmt == "jsonld" or engine == "rdflib"):
        raise RDFError(
            "--rdf-star is written by the stream and oxigraph engines in turtle, ntriples, trig and "
            "nquads (JSON-LD and rdflib have no RDF 1.2 triple terms)"
        )


def _with_layout(options: ExportOptions, named: bool) -> ExportOptions:
    from dataclasses import replace

    return options if options.named_graphs == named else replace(options, named_graphs=named)


def _prepend(first: list[Any], batches: Iterable[list[Any]]) -> Iterable[list[Any]]:
    if first:
        yield first
    yield from batches


def _grouped_by_graph(quads: Iterable[Any]) -> list[Any]:
    groups: dict[Any, list[Any]] = {}
    for quad in quads:
        groups.setdefault(quad.graph_name, []).append(quad)
    return [quad for group in groups.values() for quad in group]


def ontology_quads(options: ExportOptions) -> list[tuple[str, str, tuple[str, str | None, str | None] | str]]:
    """The ontology's triples as plain values: (subject IRI, predicate IRI, object), where an
    object is an IRI string or a literal (lexical form, datatype, language)."""
    from rdflib import Literal

    from kg.rdf.ontology import build_ontology

    namespaces = Namespaces(options.vocabulary)
    rebase = namespaces.rebase
    out = []
    for s, p, o in sorted(build_ontology()):
        if isinstance(o, Literal):  # vann:preferredNamespaceUri names the namespace in a literal
            lexical = namespaces.kg if str(o) == KG_IRI else str(o)
            value: Any = (lexical, str(o.datatype) if o.datatype else None, o.language)
        else:
            value = rebase(str(o))
        out.append((rebase(str(s)), rebase(str(p)), value))
    return out


def _ontology_batch(terms: Any, ontology: list[Any], graph_name: str | None) -> list[Any]:
    """The ontology's quads in a library's terms, in the named graph `graph_name` (the ontology IRI) if any."""
    if not ontology:
        return []
    graph = terms.iri(graph_name) if graph_name else None
    batch = []
    for s, p, o in ontology:
        if isinstance(o, tuple):
            lexical, datatype, language = o
            value = terms.text(lexical, language) if language else terms.literal(lexical, datatype)
        else:
            value = terms.iri(o)
        batch.append(terms.quad(terms.iri(s), terms.iri(p), value, graph))
    return batch


def export_prefixes(options: ExportOptions) -> dict[str, str]:
    """Every prefix an export binds: kg's namespaces (in its vocabulary) and the base's."""
    return {**Namespaces(options.vocabulary).prefixes(), **Minter(options.base).prefixes()}


def relations_to_graph(
    relations: Iterable[Relation],
    base: str = DEFAULT_BASE_IRI,
    *,
    extracted_at: datetime | None = None,
    named_graphs: bool = False,
    options: ExportOptions | None = None,
) -> Any:
    """An rdflib `Graph` of the relations (a `Dataset` with `named_graphs`), every prefix bound."""
    options = _with_layout(options or ExportOptions(base=base), named_graphs)
    builder = QuadBuilder(RdflibTerms(), options, extracted_at or datetime.now(UTC))
    return _rdflib_graph(builder, relations, named_graphs, export_prefixes(options), [])


def _rdflib_graph(
    builder: QuadBuilder, relations: Iterable[Relation], named: bool, prefixes: dict[str, str], first: list[Any]
) -> Any:
    from rdflib import Dataset, Graph

    graph: Any = Dataset(default_union=False) if named else Graph(bind_namespaces="none")
    for prefix, namespace in prefixes.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    add = graph.add
    for batch in _prepend(first, builder.batches(relations)):
        for quad in batch:
            if named:
                add(quad if quad[3] is not None else quad[:3])
            else:
                add(quad[:3])
    return graph


@cache
def shipped_context() -> dict[str, Any]:
    """schemas/context.jsonld, the JSON-LD context of the vocabulary and of the default base's IRIs."""
    context: dict[str, Any] = json.loads(resources.files("kg.schemas").joinpath("context.jsonld").read_text("utf-8"))[
        "@context"
    ]
    return context


def export_context(options: ExportOptions) -> dict[str, Any]:
    """The context a JSON-LD export is compacted with: the shipped one, in the export's
    vocabulary and with the prefixes of its base (the shipped context's are the default base's)."""
    namespaces = Namespaces(options.vocabulary)
    context = dict(shipped_context())
    if not namespaces.is_default:
        context = json.loads(namespaces.rebase_text(json.dumps(context)))
    context.update(Minter(options.base).prefixes())
    return context


__all__ = [
    "DEFAULT_BASE_IRI",
    "ENGINES",
    "FORMATS",
    "QUAD_FORMATS",
    "ExportOptions",
    "check_writable",
    "export_context",
    "export_prefixes",
    "format_for_path",
    "ontology_quads",
    "relations_to_graph",
    "write_rdf",
]
