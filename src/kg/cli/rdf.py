"""`kg import-rdf` (an RDF export → triples JSON Lines) and `kg validate` (SHACL)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

import click

from kg.cli.inputs import open_binary
from kg.cli.output import is_special, output_file, output_path
from kg.errors import RDFError
from kg.rdf.formats import FORMATS, format_for_path
from kg.records import write_relations


def _format_of(path: str, fmt: str | None) -> str:
    found = fmt or (format_for_path(path) if path != "-" else None)
    if found is None:
        raise RDFError(f"cannot tell the RDF format of {path!r} from its name: give --format ({', '.join(FORMATS)})")
    return found


@contextmanager
def _naming(path: str) -> Iterator[None]:
    """RDF errors name the file they are about: `kg: error: graph.ttl: not valid turtle: …`."""
    try:
        yield
    except RDFError as error:
        raise RDFError(f"{'<stdin>' if path == '-' else path}: {error}") from None


_format_option = click.option(
    "--format",
    "fmt",
    type=click.Choice(list(FORMATS)),
    default=None,
    help="RDF format [default: from the file extension; required for stdin].",
)
_vocab_option = click.option(
    "--vocab-iri",
    envvar="KG_VOCAB_IRI",
    default=None,
    help="Ontology IRI of the export's vocabulary, if it was moved (kg export "
    "--vocab-iri) [default: the one the file's owl:imports names, else kg's; "
    "env KG_VOCAB_IRI].",
)


@click.command("import-rdf")
@click.argument("file", metavar="FILE")
@_format_option
@_vocab_option
@click.option("-o", "--output", default="-", show_default=True, help="Triples JSON Lines ('-' is stdout).")
def import_rdf(file: str, fmt: str | None, vocab_iri: str | None, output: str) -> None:
    """Read an RDF export (any format) back into triples JSON Lines.

    Every statement (rdf:Statement, or an RDF 1.2 reifier) becomes one relation, with
    its entities, article, evidence and qualifiers, so the result can be `kg load`ed. Export → import → export gives
    the same RDF. The extraction run's time becomes the output file's modification
    time, which `kg export` takes as its default --extracted-at.

    \b
    Example:
      kg import-rdf graph.ttl -o triples.jsonl && kg load triples.jsonl
      kg import-rdf - --format nquads < graph.nq | kg export --format turtle
    """
    from kg.rdf.read import read_rdf

    fmt = _format_of(file, fmt)
    with open_binary(file) as source, _naming(file):
        result = read_rdf(source, fmt, vocabulary=vocab_iri)
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
@_vocab_option
@click.pass_context
def validate(ctx: click.Context, file: str, fmt: str | None, vocab_iri: str | None) -> None:
    """Check an RDF export against the SHACL shapes of schemas/shapes.ttl.

    Every graph of a TriG or N-Quads file is checked (the shapes run on their union),
    and so is the named-graph layout: nothing in the default graph, and each graph
    of statements names the one article they are derived from. Prints one line per
    violation (focus node, property, message) on stdout. Exit status 0 when the file
    conforms, 1 when it does not or cannot be read (one line on stderr saying why).

    \b
    Example:
      kg validate kg-out/graph.ttl
      kg export --input triples.jsonl --format nquads | kg validate - --format nquads
    """
    from kg.rdf.shacl import load_export, validate_export

    fmt = _format_of(file, fmt)
    with open_binary(file) as source, _naming(file):
        loaded = load_export(source, fmt, vocabulary=vocab_iri)
    result = validate_export(loaded)
    for violation in result.violations:
        click.echo(str(violation))
    graphs = f" in {loaded.named_graphs} named graphs" if loaded.named_graphs else ""
    if result.conforms:
        click.echo(f"kg: {file} conforms to the kg shapes ({loaded.triples} triples{graphs})", err=True)
    else:
        count = len(result.violations)
        click.echo(f"kg: {file} does not conform: {count} violation{'s' if count != 1 else ''}", err=True)
    ctx.exit(0 if result.conforms else 1)


__all__ = ["import_rdf", "validate"]
