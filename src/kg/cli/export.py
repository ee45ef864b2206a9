"""`kg export`: triples JSON Lines → RDF."""

from __future__ import annotations

import sys

import click

from kg.cli.options import Skips
from kg.export.rdf import DEFAULT_BASE_IRI, FORMATS, write_rdf
from kg.records import read_relations


def open_text(path: str):
    """A text stream for a path or '-' (stdin); a missing file is a one-line error."""
    if path == "-":
        return sys.stdin
    try:
        return open(path, encoding="utf-8")
    except OSError as error:
        raise click.FileError(path, error.strerror) from None


@click.command()
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default="turtle", show_default=True)
@click.option("--input", "input_path", default="-", show_default=True, metavar="TRIPLES.jsonl",
              help="Relations written by `kg extract` ('-' is stdin).")
@click.option("-o", "--output", default="-", show_default=True, help="Where to write ('-' is stdout).")
@click.option("--base-iri", default=DEFAULT_BASE_IRI, show_default=True, help="Base of minted IRIs.")
@click.pass_context
def export(ctx: click.Context, fmt: str, input_path: str, output: str, base_iri: str) -> None:
    """Export extracted relations as RDF (Turtle, N-Triples or JSON-LD).

    Facts become plain triples; every relation, negated and hypothetical ones included,
    is also a statement resource with its evidence sentence and source article.

    \b
    Example:
      kg export --input triples.jsonl --format turtle -o graph.ttl
      kg extract article.txt | kg export --format ntriples
    """
    skips = Skips()
    with open_text(input_path) as stream:
        relations = list(read_relations(stream, input_path if input_path != "-" else "<stdin>", on_skip=skips))
    if output == "-":
        count = write_rdf(relations, sys.stdout.buffer, fmt, base_iri)
        sys.stdout.buffer.flush()
    else:
        with open(output, "wb") as out:
            count = write_rdf(relations, out, fmt, base_iri)
    click.echo(f"kg: {len(relations)} relations → {count} RDF triples ({fmt})", err=True)
    ctx.exit(skips.exit_status())
