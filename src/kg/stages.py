"""The stages as functions, for Python and notebooks, and the composition the commands share:
read_articles → extract_corpus → resolve_relations → build_graph → load (Neo4j) | export_rdf |
render_html; `build` is the three in the middle, as `kg build` runs them.

(`extract` and `resolve` name the packages of those stages, so the functions are named for what
they take: `kg.extract_corpus`, `kg.resolve_relations`.)

Each function takes and gives the typed records of `kg.model`; batch work follows one
protocol for bad input (`on_error="raise"|"skip"`, `on_skip`: see `kg.errors`). Heavy
libraries (spaCy, rdflib, the Neo4j driver) are imported by the stage that needs them.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import IO, TYPE_CHECKING

from kg.errors import OnError, OnSkip
from kg.graph import build_graph, graph_relations
from kg.ingest import read_articles
from kg.model import Article, Merge, Relation
from kg.resolve import AliasTable, Resolution, resolve_relations

if TYPE_CHECKING:
    import networkx as nx

    from kg.rdf.statements import ExportOptions
    from kg.store.neo4j import LoadSummary, Neo4jSettings


@dataclass(frozen=True, slots=True)
class Extraction:
    """What `extract_corpus` read: each article's relations (entities resolved within the
    article), the merges that resolution made, and how many articles were read."""

    relations: tuple[Relation, ...]
    merges: tuple[Merge, ...]
    articles: int


@dataclass(frozen=True, slots=True)
class Build:
    """A whole run in memory, as `kg build` makes it.

    extraction: what each article gave (what `load` takes: it resolves against the database).
    resolution: the relations resolved across all the articles, and the merges.
    graph: the graph of the resolved relations (`build_graph`).
    """

    extraction: Extraction
    resolution: Resolution
    graph: nx.MultiDiGraph

    @property
    def relations(self) -> list[Relation]:
        """The resolved relations in the graph's stable order (what triples.jsonl holds)."""
        return graph_relations(self.graph)

    @property
    def merges(self) -> list[Merge]:
        """Every merge: within each article, then across the articles."""
        return [*self.extraction.merges, *self.resolution.merges]


def extract_corpus(
    articles: Iterable[Article],
    *,
    model: str | None = None,
    aliases: AliasTable | None = None,
    open: bool = False,
    min_confidence: float = 0.0,
    workers: int = 1,
    on_error: OnError = "raise",
    on_skip: OnSkip | None = None,
    progress: Callable[[int], None] | None = None,
) -> Extraction:
    """Parse the articles with spaCy and read their relations, entities resolved within each article.

    Args:
        articles: e.g. from `read_articles`.
        model: an installed spaCy pipeline (default: en_core_web_sm 3.8.0).
        aliases: the alias table (default: the shipped one, schemas/aliases.csv).
        open: also read open tuples whose ends are any noun phrases.
        min_confidence: drop relations below this confidence.
        workers: processes that parse and extract in parallel.
        on_error: "raise" the `ExtractionError` of an article whose extraction fails, or
            "skip" it (handing the error to `on_skip`).
        progress: called with 1 after each article.
    """
    from kg.extract import DEFAULT_PIPELINE, ExtractOptions, extract_articles

    options = ExtractOptions(open=open, min_confidence=min_confidence, aliases=aliases)
    relations: list[Relation] = []
    merges: list[Merge] = []
    count = 0
    # one result per article, a skipped one included
    for done in extract_articles(
        articles, options, model=model or DEFAULT_PIPELINE, workers=workers, on_error=on_error, on_skip=on_skip
    ):
        relations.extend(done.relations)
        merges.extend(done.merges)
        count += 1
        if progress is not None:
            progress(1)
    return Extraction(tuple(relations), tuple(merges), count)


def build(
    articles: Iterable[Article],
    *,
    model: str | None = None,
    aliases: AliasTable | None = None,
    workers: int = 1,
    on_error: OnError = "raise",
    on_skip: OnSkip | None = None,
    progress: Callable[[int], None] | None = None,
) -> Build:
    """Extract, resolve across the articles and build the graph: `kg build` without its files."""
    extraction = extract_corpus(
        articles, model=model, aliases=aliases, workers=workers, on_error=on_error, on_skip=on_skip, progress=progress
    )
    resolution = resolve_relations(extraction.relations, aliases)
    return Build(extraction, resolution, build_graph(resolution.relations))


def load(
    relations: Iterable[Relation],
    settings: Neo4jSettings | None = None,
    *,
    aliases: AliasTable | None = None,
    batch_size: int | None = None,
    on_error: OnError = "raise",
    on_skip: OnSkip | None = None,
    progress: Callable[[int], None] | None = None,
) -> LoadSummary:
    """Load relations into Neo4j (idempotent), resolved against what the database holds.

    Args:
        settings: where to connect (default: `Neo4jSettings.from_env()`, the NEO4J_* variables).
        on_error: "raise" the `ArticleSchemaError` of an article that cannot be loaded, or
            "skip" the article whole.
    """
    from kg.store.neo4j import DEFAULT_BATCH_SIZE, Neo4jSettings, connect, load_relations

    settings = settings or Neo4jSettings.from_env()
    with connect(settings) as driver:
        return load_relations(
            driver,
            relations,
            database=settings.database,
            batch_size=batch_size or DEFAULT_BATCH_SIZE,
            progress=progress,
            on_error=on_error,
            on_skip=on_skip,
            aliases=aliases,
        )


def export_rdf(
    relations: Iterable[Relation],
    destination: str | os.PathLike[str] | IO[bytes],
    fmt: str | None = None,
    *,
    extracted_at: datetime | None = None,
    engine: str = "stream",
    options: ExportOptions | None = None,
) -> int:
    """Write relations as RDF to a file or binary stream; returns the number of triples (quads).

    Args:
        fmt: turtle, ntriples, jsonld, trig or nquads; by default what the file name says,
            else Turtle.
        options: base and vocabulary IRIs, language, RDF 1.2 statements (`kg.rdf.statements`).
    """
    from kg.rdf.export import write_rdf
    from kg.rdf.formats import format_for_path

    if isinstance(destination, (str, os.PathLike)):
        fmt = fmt or format_for_path(os.fspath(destination)) or "turtle"
        with open(destination, "wb") as stream:
            return write_rdf(relations, stream, fmt, extracted_at=extracted_at, engine=engine, options=options)
    return write_rdf(relations, destination, fmt or "turtle", extracted_at=extracted_at, engine=engine, options=options)


def write_build(
    result: Build,
    *,
    triples: IO[str],
    turtle: IO[bytes],
    html: str | os.PathLike[str],
    base_iri: str,
    extracted_at: datetime,
    title: str,
) -> None:
    """Write a build's three outputs: its relations as JSON Lines and as Turtle, and the HTML view."""
    from kg.rdf.export import write_rdf
    from kg.records import write_relations
    from kg.view.graph_page import write_html

    relations = result.relations
    write_relations(relations, triples)
    write_rdf(relations, turtle, "turtle", base_iri, extracted_at=extracted_at)
    write_html(result.graph, html, title=title)


__all__ = [
    "Build",
    "Extraction",
    "build",
    "build_graph",
    "export_rdf",
    "extract_corpus",
    "load",
    "read_articles",
    "resolve_relations",
    "write_build",
]
