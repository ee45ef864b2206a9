"""`kg extract`: articles in, one JSON relation per line out."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import click

from kg.cli.options import Skips, model_option, progress
from kg.extract import extract_relations
from kg.ingest import read_articles
from kg.model import Article, Relation
from kg.records import write_relations


def extracted(inputs: tuple[str, ...], model: str, skips: Skips, counts: dict[str, int]) -> Iterator[Relation]:
    """Read, parse and extract, with a progress bar; counts articles and relations into `counts`."""
    with progress("extracting") as advance:
        for article, relations in extract_relations(_counted(read_articles(inputs, on_skip=skips), counts), model=model):
            advance(1)
            counts["relations"] += len(relations)
            yield from relations


def _counted(articles: Iterator[Article], counts: dict[str, int]) -> Iterator[Article]:
    for article in articles:
        counts["articles"] += 1
        yield article


@click.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              show_default=True, help="Where to write the JSON Lines ('-' is stdout).")
@model_option
@click.pass_context
def extract(ctx: click.Context, inputs: tuple[str, ...], output: str, model: str) -> None:
    """Extract relations from articles and write them as JSON Lines.

    INPUT is a file (.txt, .md, .html, .jsonl), a folder (read recursively) or '-'
    for stdin. Each output line follows schemas/triple.schema.json.

    \b
    Example:
      kg extract examples/articles -o triples.jsonl
      cat article.txt | kg extract - | jq .predicate
    """
    skips = Skips()
    counts = {"articles": 0, "relations": 0}
    relations = extracted(inputs, model, skips, counts)
    if output == "-":
        write_relations(relations, sys.stdout)
        sys.stdout.flush()
    else:
        with open(output, "w", encoding="utf-8") as stream:
            write_relations(relations, stream)
    click.echo(f"kg: {counts['articles']} articles read, {len(skips.errors)} skipped, "
               f"{counts['relations']} relations written to {'stdout' if output == '-' else output}", err=True)
    ctx.exit(skips.exit_status())
