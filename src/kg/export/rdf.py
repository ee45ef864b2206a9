"""Relations → RDF in every format, by one of three engines fed by the same mapping:
"stream" (the default: kg's streaming text writers, `kg.export.writers`), "oxigraph"
(pyoxigraph terms and serializer) and "rdflib" (the reference the others are tested
against; it also writes the JSON-LD, compacted with schemas/context.jsonld).

The mapping itself (facts, reified statements, provenance) is in `kg.export.statements`;
IRIs in `kg.export.iri`; the vocabulary in `kg.export.terms`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime, timezone
from functools import cache
from importlib import resources
from typing import IO, Any

from kg.export.iri import DEFAULT_BASE_IRI, Minter
from kg.export.statements import ExportCounts, OxigraphTerms, QuadBuilder, RdflibTerms
from kg.export.terms import PREFIXES
from kg.model import Relation

#: Formats `kg export` writes → (rdflib serializer name, file extension).
FORMATS = {
    "turtle": ("turtle", "ttl"),
    "ntriples": ("nt", "nt"),
    "jsonld": ("json-ld", "jsonld"),
    "trig": ("trig", "trig"),
    "nquads": ("nquads", "nq"),
}
#: Formats with named graphs: each article's statements go in a graph of its own.
QUAD_FORMATS = frozenset({"trig", "nquads"})
ENGINES = ("stream", "oxigraph", "rdflib")


def format_for_path(path: str) -> str | None:
    """The format a file name's extension says ("graph.nq" → "nquads"), if any."""
    extension = path.rsplit(".", 1)[-1].lower() if "." in path else ""
    by_extension = {ext: name for name, (_, ext) in FORMATS.items()}
    return by_extension.get(extension) or {"json": "jsonld", "nquads": "nquads"}.get(extension)


def _ox_format(fmt: str) -> Any:
    from pyoxigraph import RdfFormat

    return {"turtle": RdfFormat.TURTLE, "ntriples": RdfFormat.N_TRIPLES, "trig": RdfFormat.TRIG,
            "nquads": RdfFormat.N_QUADS}[fmt]


def write_rdf(
    relations: Iterable[Relation],
    stream: IO[bytes],
    fmt: str = "turtle",
    base: str = DEFAULT_BASE_IRI,
    *,
    extracted_at: datetime | None = None,
    engine: str = "stream",
    counts: ExportCounts | None = None,
) -> int:
    """Serialize relations in one of `FORMATS`; returns the number of triples (quads) written.

    Args:
        relations: read once, as a stream; only keys of what was written are remembered.
        stream: a binary stream.
        fmt: a key of `FORMATS`.
        base: the base of minted IRIs.
        extracted_at: when the relations were extracted; the current time when None.
        engine: "stream" or "oxigraph" (both stream) or "rdflib" (builds a graph first);
            JSON-LD is always written by rdflib.
        counts: filled with the numbers of relations, statements and triples when given.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown RDF format {fmt!r}; choose from {', '.join(FORMATS)}")
    if engine not in ENGINES:
        raise ValueError(f"unknown RDF engine {engine!r}; choose from {', '.join(ENGINES)}")
    minter = Minter(base)
    moment = extracted_at or datetime.now(timezone.utc)
    named = fmt in QUAD_FORMATS
    prefixes = {**PREFIXES, **minter.prefixes()}
    if engine == "stream" and fmt != "jsonld":
        from kg.export.writers import NTriplesTerms, TurtleTerms, write_lines, write_turtle

        if fmt in ("ntriples", "nquads"):
            builder = QuadBuilder(NTriplesTerms(quads=named), minter, moment, named_graphs=named)
            write_lines(builder.batches(relations), stream)
        else:
            builder = QuadBuilder(TurtleTerms(prefixes), minter, moment, named_graphs=named)
            write_turtle(builder.batches(relations), stream, prefixes, trig=named)
    elif engine == "oxigraph" and fmt != "jsonld":
        import pyoxigraph

        builder = QuadBuilder(OxigraphTerms(quads=named), minter, moment, named_graphs=named)
        pyoxigraph.serialize(builder.quads(relations), stream, _ox_format(fmt),
                             prefixes=prefixes)
    else:
        builder = QuadBuilder(RdflibTerms(), minter, moment, named_graphs=named)
        graph = _rdflib_graph(builder, relations, named)
        if fmt == "jsonld":
            graph.serialize(destination=stream, format="json-ld", context=jsonld_context(minter), auto_compact=True,
                            encoding="utf-8")
        else:
            graph.serialize(destination=stream, format=FORMATS[fmt][0], encoding="utf-8")
    if counts is not None:
        counts.relations, counts.statements, counts.triples = (builder.counts.relations, builder.counts.statements,
                                                               builder.counts.triples)
    return builder.counts.triples


def relations_to_graph(relations: Iterable[Relation], base: str = DEFAULT_BASE_IRI, *,
                       extracted_at: datetime | None = None, named_graphs: bool = False) -> Any:
    """An rdflib `Graph` of the relations (a `Dataset` with `named_graphs`), every prefix bound."""
    minter = Minter(base)
    builder = QuadBuilder(RdflibTerms(), minter, extracted_at or datetime.now(timezone.utc),
                          named_graphs=named_graphs)
    return _rdflib_graph(builder, relations, named_graphs)


def _rdflib_graph(builder: QuadBuilder, relations: Iterable[Relation], named: bool) -> Any:
    from rdflib import Dataset, Graph

    graph: Any = Dataset(default_union=False) if named else Graph(bind_namespaces="none")
    for prefix, namespace in {**PREFIXES, **builder.minter.prefixes()}.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    if named:
        add = graph.add
        for quad in builder.quads(relations):
            add(quad if quad[3] is not None else quad[:3])
    else:
        add = graph.add
        for s, p, o, _ in builder.quads(relations):
            add((s, p, o))
    return graph


@cache
def shipped_context() -> dict[str, Any]:
    """schemas/context.jsonld, the JSON-LD context of the vocabulary."""
    return json.loads(resources.files("kg.schemas").joinpath("context.jsonld").read_text("utf-8"))["@context"]


def jsonld_context(minter: Minter) -> list[dict[str, Any]]:
    """The context a JSON-LD export is compacted with: the shipped one, then the base's prefixes."""
    return [shipped_context(), minter.prefixes()]


__all__ = ["DEFAULT_BASE_IRI", "ENGINES", "FORMATS", "QUAD_FORMATS", "format_for_path", "jsonld_context",
           "relations_to_graph", "write_rdf"]
