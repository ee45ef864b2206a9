"""`kg import-rdf` (an RDF export → triples JSON Lines) and `kg validate` (SHACL)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO

import click

from kg.cli.output import is_special, output_file, output_path
from kg.errors import RDFError
from kg.export.rdf import FORMATS, format_for_path
from kg.records import write_relations


def _format_of(path: str, fmt: str | None) -> str:
    found = fmt or (format_for_path(path) if path != "-" else None)
    if found is None:
        raise RDFError(f"cannot tell the RDF format of {path!r} from its name: give --format "
                       f"({', '.join(FORMATS)})")
    return found


@contextmanager
def _binary_input(path: str) -> Iterator[IO[bytes]]:
    """The bytes of a file, or of stdin for '-'; a file that cannot be opened is a one-line error."""
    if path == "-":
        yield sys.stdin.buffer
        return
    try:
        stream = open(path, "rb")
    except OSError as error:
        raise click.FileError(path, error.strerror) from None
    with stream:
        yield stream


_format_option = click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default=None,
                              help="RDF format [default: from the file extension; required for stdin].")


@click.command("import-rdf")
@click.argument("file", metavar="FILE")
@_format_option
@click.option("-o", "--output", default="-", show_default=True, help="Triples JSON Lines ('-' is stdout).")
def import_rdf(file: str, fmt: str | None, output: str) -> None:
    """Read an RDF export (any format) back into triples JSON Lines.

    Every rdf:Statement becomes one relation, with its entities, article, evidence
    and qualifiers, so the result can be `kg load`ed. Export → import → export gives
    the same RDF. The extraction run's time becomes the output file's modification
    time, which `kg export` takes as its default --extracted-at.

    \b
    Example:
      kg import-rdf graph.ttl -o triples.jsonl && kg load triples.jsonl
      kg import-rdf - --format nquads < graph.nq | kg export --format turtle
    """
    from kg.export.rdf_import import read_rdf

    fmt = _format_of(file, fmt)
    with _binary_input(file) as source:
        result = read_rdf(source, fmt)
    if is_special(output):  # '-' (stdout), /dev/null, a pipe
        with output_file(output) as stream:
            write_relations(result.relations, stream)
    else:
        with output_path(output) as where:  # replaces FILE only once complete (kg.cli.output)
            with open(where, "w", encoding="utf-8") as stream:
                write_relations(result.relations, stream)
            if result.extracted_at is not None:
                stamp = result.extracted_at.timestamp()
                os.utime(where, (stamp, stamp))
    when = f", extracted at {result.extracted_at.isoformat()}" if result.extracted_at else ""
    click.echo(f"kg: {len(result.relations)} relations read from {file}{when}", err=True)


@click.command()
@click.argument("file", metavar="FILE")
@_format_option
@click.pass_context
def validate(ctx: click.Context, file: str, fmt: str | None) -> None:
    """Check an RDF export against the SHACL shapes of schemas/shapes.ttl.

    Prints one line per violation (focus node, property, message) on stdout.
    Exit status 0 when the file conforms, 1 when it does not or cannot be read.

    \b
    Example:
      kg validate kg-out/graph.ttl
      kg export --input triples.jsonl --format nquads | kg validate - --format nquads
    """
    from kg.export.shacl import load_data_graph, validate_graph

    fmt = _format_of(file, fmt)
    with _binary_input(file) as source:
        graph = load_data_graph(source, fmt)
    conforms, violations = validate_graph(graph)
    for violation in violations:
        click.echo(str(violation))
    if conforms:
        click.echo(f"kg: {file} conforms to the kg shapes ({len(graph)} triples)", err=True)
    else:
        click.echo(f"kg: {file} does not conform: {len(violations)} violation"
                   f"{'s' if len(violations) != 1 else ''}", err=True)
    ctx.exit(0 if conforms else 1)


__all__ = ["import_rdf", "validate"]
