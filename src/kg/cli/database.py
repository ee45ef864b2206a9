"""Commands that talk to Neo4j: `kg load`, `kg query`, `kg init-db` (and `kg browse` in browse.py)."""

from __future__ import annotations

import shutil
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO

import click

from kg.cli.inputs import input_name, open_text
from kg.cli.options import EXIT_SKIPPED, Skips, batch_size_option, neo4j_options, progress
from kg.cli.resolution import aliases_option, report_stream, write_merges
from kg.records import read_relations, relations_per_article
from kg.resolve import AliasTable
from kg.store.explain import explain_empty
from kg.store.neo4j import Neo4jSettings, apply_constraints, connect, load_relations, safe_uri, wipe
from kg.store.query import format_rows, load_query, parse_param, query_names, run_query


@click.command()
@click.argument("triples", metavar="TRIPLES.jsonl")
@click.option("--wipe", "wipe_first", is_flag=True, help="Delete everything in the database first.")
@click.option("--yes", is_flag=True, help="Do not ask before --wipe.")
@click.option(
    "--report",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="Write the merge log of the load as JSON Lines ('-' is stderr): each article view resolution "
    "merged, moved or split, and the rule.",
)
@aliases_option
@batch_size_option
@neo4j_options
@click.pass_context
def load(
    ctx: click.Context,
    triples: str,
    wipe_first: bool,
    yes: bool,
    report: str | None,
    aliases: AliasTable,
    batch_size: int,
    settings: Neo4jSettings,
) -> None:
    """Load extracted relations into Neo4j (idempotent).

    Entities are resolved against those the database already holds, by the rules of
    `kg build` ("Blair" joins the one "Tony Blair"; a later full name takes in a stored
    short form, whose old id stays valid; the alias table): loading articles day by day
    gives the graph loading them at once gives. Each article's relations replace what
    an earlier load of that article wrote; loading the same file twice changes nothing.
    An article holding a relation that cannot be loaded (a predicate that is not a
    plain identifier, an unknown entity type) is skipped whole and named on stderr
    (exit status 3).

    \b
    Example:
      NEO4J_PASSWORD=secret kg load kg-out/triples.jsonl
      kg extract today/ | kg load - --report merges.jsonl
      kg load triples.jsonl --uri neo4j+s://xxxx.databases.neo4j.io --wipe --yes
    """
    skips = Skips()
    # Two passes, so that memory holds one batch whatever the file's size: the first counts
    # each article's relations, the second writes each article once its last one is read.
    with open_text(triples) as stream, rereadable(stream) as lines:
        sizes = relations_per_article(lines)
        lines.seek(0)
        relations = read_relations(lines, input_name(triples), on_error=skips.on_error, on_skip=skips)
        with connect(settings) as driver:
            if wipe_first:
                if not yes:
                    click.confirm(
                        f"Delete everything in database {settings.database!r} at {safe_uri(settings.uri)}?", abort=True
                    )
                wipe(driver, settings.database)
            with progress("loading", total=sum(sizes.values())) as advance:
                summary = load_relations(
                    driver,
                    relations,
                    database=settings.database,
                    batch_size=batch_size,
                    progress=advance,
                    on_error="skip",
                    on_skip=skips,
                    aliases=aliases,
                    sizes=sizes,
                )
    if report is not None:
        with report_stream(report) as stream:
            write_merges(stream, summary.merges)
    click.echo(f"kg: loaded into {safe_uri(settings.uri)}: {summary.describe()}", err=True)
    ctx.exit(EXIT_SKIPPED if summary.skipped else skips.exit_status())


@contextmanager
def rereadable(stream: IO[str]) -> Iterator[IO[str]]:
    """The stream itself when it is a file that can be read again; else (stdin, a pipe) a
    temporary file on disk holding a copy of it, deleted on exit."""
    if stream is not sys.stdin and stream.seekable():
        yield stream
        return
    with tempfile.TemporaryFile("w+", encoding="utf-8", newline="") as copy:
        shutil.copyfileobj(stream, copy)
        copy.seek(0)
        yield copy


@click.command()
@click.argument("name_or_file", metavar="NAME_OR_FILE", required=False)
@click.option(
    "--param",
    "params",
    multiple=True,
    metavar="KEY=VALUE",
    help="A query parameter, read as the type the query declares (kg query --list shows them).",
)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option(
    "--list", "list_queries", is_flag=True, help="List the queries of queries/, what they answer and their parameters."
)
@neo4j_options
def query(
    name_or_file: str | None, params: tuple[str, ...], fmt: str, list_queries: bool, settings: Neo4jSettings
) -> None:
    """Run a Cypher query from queries/ (by name) or a .cypher file, and print the rows.

    Each --param is read as the type the query declares: `--param name=2025` is the
    text "2025", `--param limit=five` is an error. Parameters with a default may be
    left out. When nothing answers, a line on stderr says which name, predicate or
    article the database does not hold, and the nearest ones it does.

    \b
    Example:
      kg query --list
      kg query top-actors --param limit=5
      kg query actor --param name="Mark Rutte" --format json
      kg query said-by --param name=Rutte
      kg query evidence --param triple="NATO|pressure|Russia"
      kg query my-question.cypher --format csv > answer.csv
    """
    if list_queries or name_or_file is None:
        if not list_queries:
            raise click.UsageError("give a query NAME or .cypher file, or --list")
        click.echo(describe_library(), nl=False)
        return
    described = load_query(name_or_file)
    values = described.bind(dict(parse_param(p) for p in params))  # checked before connecting
    with connect(settings) as driver:
        keys, rows = run_query(driver, name_or_file, values, database=settings.database)
        notes = explain_empty(driver, described, values, database=settings.database) if not rows else []
    click.echo(format_rows(keys, rows, fmt), nl=False)
    for note in notes:
        click.echo(f"kg: no rows: {note}", err=True)


def describe_library(width: int | None = None) -> str:
    """Every query of queries/ with its whole description and its parameters, wrapped to the terminal."""
    width = width or min(shutil.get_terminal_size((100, 24)).columns, 100)
    lines = []
    for name in query_names():
        described = load_query(name)
        lines.append(name)
        lines.extend(
            textwrap.wrap(
                described.summary, width, initial_indent="    ", subsequent_indent="    ", break_on_hyphens=False
            )
        )
        for parameter in described.parameters:
            default = "" if parameter.required else f" (default {parameter.default})"
            text = f"--param {parameter.name}=<{parameter.type}>  {parameter.description}{default}"
            lines.extend(
                textwrap.wrap(text, width, initial_indent="    ", subsequent_indent="        ", break_on_hyphens=False)
            )
        lines.append("")
    return "\n".join(lines)


@click.command("init-db")
@neo4j_options
def init_db(settings: Neo4jSettings) -> None:
    """Create the constraints and indexes of schemas/neo4j/ (idempotent).

    \b
    Example:
      kg init-db --uri bolt://localhost:7687
    """
    with connect(settings) as driver:
        apply_constraints(driver, settings.database)
    click.echo(f"kg: constraints and indexes in place at {safe_uri(settings.uri)}", err=True)


__all__ = ["init_db", "load", "query"]
