"""`kg build`: the main job — articles → triples.jsonl, graph.ttl, graph.html (and Neo4j), a thin
command over `kg.stages.build` and `write_build`."""

from __future__ import annotations

from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path

import click

from kg.cli.extract import require_articles, workers_option
from kg.cli.options import Skips, batch_size_option, model_option, neo4j_options, progress, strict_option
from kg.cli.output import output_file, output_path
from kg.cli.resolution import aliases_option, report_stream, write_merges
from kg.ingest import read_articles
from kg.ingest.files import check_inputs
from kg.rdf.iri import DEFAULT_BASE_IRI
from kg.resolve import AliasTable
from kg.stages import build as run_build
from kg.stages import load, write_build
from kg.store.neo4j import Neo4jSettings, safe_uri


@click.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False),
    default="kg-out",
    show_default=True,
    help="Folder for triples.jsonl, graph.ttl and graph.html.",
)
@click.option("--neo4j", "to_neo4j", is_flag=True, help="Also load the relations into Neo4j.")
@click.option("--base-iri", default=DEFAULT_BASE_IRI, show_default=True, help="Base of the IRIs in graph.ttl.")
@model_option
@workers_option
@click.option(
    "--report",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="Write the merge log: every mention resolution moved or renamed, and the rule, as JSON Lines ('-' is stderr).",
)
@aliases_option
@batch_size_option
@strict_option
@neo4j_options
@click.pass_context
def build(
    ctx: click.Context,
    inputs: tuple[str, ...],
    out_dir: str,
    to_neo4j: bool,
    base_iri: str,
    model: str,
    workers: int,
    report: str | None,
    aliases: AliasTable,
    batch_size: int,
    strict: bool,
    settings: Neo4jSettings,
) -> None:
    """Extract, merge into one graph, and write triples, Turtle and an HTML view.

    Writes OUT/triples.jsonl (one relation per line), OUT/graph.ttl (RDF) and
    OUT/graph.html (an interactive view that opens in any browser, offline). The
    three replace those of an earlier build only once all are written; an INPUT that
    does not exist, or inputs without a single article, leave OUT as it was.
    Entities are resolved across all the articles ("Blair" joins "Tony Blair", "the Tories"
    the Conservative Party); --report says which rule merged what. With --neo4j the
    relations are also loaded into the database, resolved against what it already holds.

    \b
    Example:
      kg build examples/articles --out kg-out
      kg build news/ --out kg-out --neo4j --report merges.jsonl
      kg build news/ --aliases my-aliases.yaml
    """
    from kg.extract.pipeline import pipeline_language  # spaCy: only when the command runs

    skips = Skips(strict=strict)
    check_inputs(inputs)  # a typo stops here: the last build in OUT stays as it was
    articles = read_articles(
        inputs, on_error=skips.on_error, on_skip=skips, on_ignore=skips.ignore, language=pipeline_language(model)
    )
    with progress("extracting") as advance:
        result = run_build(
            articles,
            model=model,
            aliases=aliases,
            workers=workers,
            on_error=skips.on_error,
            on_skip=skips,
            progress=advance,
        )
    count = result.extraction.articles
    require_articles(count, inputs, skips, kept=out_dir)
    if report is not None:
        with report_stream(report) as stream:
            write_merges(stream, result.merges)
    graph = result.graph
    out = Path(out_dir)
    # All three are written beside the old ones first and replace them together at the end.
    with ExitStack() as outputs:
        write_build(
            result,
            triples=outputs.enter_context(output_file(out / "triples.jsonl")),
            turtle=outputs.enter_context(output_file(out / "graph.ttl", "wb")),
            html=outputs.enter_context(output_path(out / "graph.html")),
            base_iri=base_iri,
            extracted_at=datetime.now(UTC),
            title=f"kg: {count} articles",
        )
    click.echo(
        f"kg: {count} articles read, {skips.summary()}; "
        f"{graph.number_of_nodes()} entities, {graph.number_of_edges()} relations",
        err=True,
    )
    for name in ("triples.jsonl", "graph.ttl", "graph.html"):
        click.echo(f"  {out / name}", err=True)
    if to_neo4j:
        with progress("loading", total=len(result.extraction.relations)) as advance:
            summary = load(
                result.extraction.relations, settings, batch_size=batch_size, progress=advance, aliases=aliases
            )
        click.echo(f"kg: loaded into {safe_uri(settings.uri)}: {summary.describe()}", err=True)
    ctx.exit(skips.exit_status())
