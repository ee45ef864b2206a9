"""The one table of RDF formats kg writes and reads: the name `--format` takes, rdflib's and
Oxigraph's names for it, whether it holds named graphs; and the format a file name says."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kg.errors import unknown_choice


@dataclass(frozen=True, slots=True)
class RdfFormat:
    """One RDF format: `name` as kg's options spell it, `rdflib` its serializer and parser name,
    `oxigraph` the name of its `pyoxigraph.RdfFormat` member, `quads` True when it holds named
    graphs (one per article, and the facts graph: see `kg.rdf.statements`)."""

    name: str
    rdflib: str
    oxigraph: str
    extension: str
    quads: bool = False


#: Every format `kg export` writes and `kg import-rdf` / `kg validate` read, by name.
FORMATS: dict[str, RdfFormat] = {
    f.name: f
    for f in (
        RdfFormat("turtle", "turtle", "TURTLE", "ttl"),
        RdfFormat("ntriples", "nt", "N_TRIPLES", "nt"),
        RdfFormat("jsonld", "json-ld", "JSON_LD", "jsonld"),
        RdfFormat("trig", "trig", "TRIG", "trig", quads=True),
        RdfFormat("nquads", "nquads", "N_QUADS", "nq", quads=True),
    )
}
#: The names alone, in the order of the table (the choices of --format).
FORMAT_NAMES = tuple(FORMATS)
#: Formats with named graphs.
QUAD_FORMATS = frozenset(name for name, f in FORMATS.items() if f.quads)


def rdf_format(name: str) -> RdfFormat:
    """The format called `name`; an `OptionError` naming the choices for any other."""
    try:
        return FORMATS[name]
    except KeyError:
        raise unknown_choice("RDF format", name, FORMATS) from None


def format_for_path(path: str) -> str | None:
    """The format a file name's extension says, as rdflib guesses it, if it is one kg writes.

    >>> format_for_path("graph.nq"), format_for_path("out/graph.jsonld"), format_for_path("a.json")
    ('nquads', 'jsonld', 'jsonld')
    >>> format_for_path("graph.gexf") is None
    True
    """
    from rdflib.util import guess_format

    guessed = guess_format(path)
    return next((name for name, f in FORMATS.items() if f.rdflib == guessed), None)


def oxigraph_format(name: str) -> Any:
    """The `pyoxigraph.RdfFormat` of the format called `name`."""
    import pyoxigraph

    return getattr(pyoxigraph.RdfFormat, rdf_format(name).oxigraph)
