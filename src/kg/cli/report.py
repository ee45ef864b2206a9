"""`kg report`: a triples file → report.html, one offline page of the figures an analyst
asks for first, each number linked to the sentences behind it."""

from __future__ import annotations

import sys

import click

from kg.cli.inputs import input_name, open_text
from kg.cli.options import Skips
from kg.ingest import read_articles
from kg.records import read_relations


@click.command()
@click.argument("triples", metavar="TRIPLES.jsonl")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, allow_dash=True),
    default="report.html",
    show_default=True,
    help="Where to write the page ('-' is stdout).",
)
@click.option(
    "--articles",
    "article_inputs",
    multiple=True,
    metavar="INPUT",
    help="The articles the relations came from (a file or folder; repeat for more): "
    "the report then lists those that yielded no relation.",
)
@click.option("--title", help="The page title (default: 'kg report: N articles').")
@click.pass_context
def report(ctx: click.Context, triples: str, output: str, article_inputs: tuple[str, ...], title: str | None) -> None:
    """Write one offline HTML page about a triples file.

    It shows the top actors, the busiest relation types, a timeline of relations by
    date, the pairs of actors with the most conflict and cooperation, contradicted
    claims and, with --articles, the articles that yielded no relation. Every number
    links to the sentences it counts.

    \b
    Example:
      kg report kg-out/triples.jsonl -o report.html
      kg report triples.jsonl --articles news/ -o report.html
    """
    from kg.view.report import build_report
    from kg.view.report_page import render_report, write_report  # matplotlib and jinja2 load here only

    skips = Skips()
    with open_text(triples) as stream:
        relations = list(read_relations(stream, input_name(triples), on_error=skips.on_error, on_skip=skips))
    articles = list(read_articles(article_inputs, on_error=skips.on_error, on_skip=skips)) if article_inputs else None
    unread = [str(error) for error in skips.errors]
    count = len({r.article.id for r in relations})
    title = title or f"kg report: {count} article{'s' if count != 1 else ''}"
    if output == "-":
        built = build_report(relations, title=title, articles=articles, unread=unread)
        sys.stdout.write(render_report(built))
    else:
        built = write_report(relations, output, title=title, articles=articles, unread=unread)
    silent = "" if built.silent is None else f", {len(built.silent)} articles with no relation"
    click.echo(
        f"kg: report of {len(built.relations)} relations from {built.articles} articles{silent} "
        f"written to {'stdout' if output == '-' else output}",
        err=True,
    )
    ctx.exit(skips.exit_status())


__all__ = ["report"]
