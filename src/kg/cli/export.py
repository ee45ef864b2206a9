"""`kg export`: triples JSON Lines (or the Neo4j database) → RDF, streamed."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import IO

import click

from kg.cli.options import EXIT_SKIPPED, Skips, neo4j_options
from kg.cli.output import output_file, replace_folder
from kg.export.iri import DEFAULT_BASE_IRI
from kg.export.rdf import ENGINES, FORMATS, format_for_path, write_rdf
from kg.export.statements import ExportCounts
from kg.records import read_relations
from kg.store.neo4j import Neo4jSettings

NEO4J_IMPORT = "neo4j-import"


def open_text(path: str):
    """A text stream for a path or '-' (stdin); a missing file is a one-line error."""
    if path == "-":
        return sys.stdin
    try:
        return open(path, encoding="utf-8")
    except OSError as error:
        raise click.FileError(path, error.strerror) from None


@contextmanager
def open_binary_output(path: str) -> Iterator[IO[bytes]]:
    """A binary stream for a path or '-' (stdout); a file is replaced only once complete
    (see `kg.cli.output`)."""
    with output_file(path, "wb") as stream:
        yield stream


class Timestamp(click.ParamType):
    """An ISO 8601 date or date-time; UTC when no offset is given."""

    name = "DATETIME"

    def convert(self, value, param, ctx):  # noqa: ANN001 - click's signature
        if isinstance(value, datetime):
            return value
        try:
            moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            self.fail(f"{value!r} is not an ISO 8601 date or date-time (e.g. 2025-03-04T09:30:00Z)", param, ctx)
        return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def choose_format(fmt: str | None, output: str) -> str:
    """--format if given, else what the output file's extension says, else Turtle."""
    return fmt or (format_for_path(output) if output != "-" else None) or "turtle"


def default_extraction_time(input_path: str | None) -> datetime:
    """When the triples were extracted, as far as kg can tell: the input file's modification time, else now."""
    if input_path and input_path != "-":
        try:
            return datetime.fromtimestamp(os.stat(input_path).st_mtime, tz=timezone.utc)
        except OSError:
            pass
    return datetime.now(timezone.utc)


@click.command()
@click.option("--format", "fmt", type=click.Choice([*FORMATS, NEO4J_IMPORT]), default=None,
              help="RDF format [default: from the -o extension (.ttl .nt .jsonld .trig .nq), else turtle]. "
                   "trig and nquads put each article's statements in a named graph of its own. "
                   "neo4j-import writes CSV files for `neo4j-admin database import full` into the folder -o.")
@click.option("--input", "input_path", default="-", show_default=True, metavar="TRIPLES.jsonl",
              help="Relations written by `kg extract` ('-' is stdin).")
@click.option("--from-neo4j", "from_neo4j", is_flag=True,
              help="Export what is in the Neo4j database instead of --input.")
@click.option("-o", "--output", default="-", show_default=True, help="Where to write ('-' is stdout).")
@click.option("--base-iri", default=DEFAULT_BASE_IRI, show_default=True,
              help="Base of minted IRIs: BASE/entity/<key>, BASE/article/<id>, BASE/statement/<hash>.")
@click.option("--extracted-at", type=Timestamp(), default=None,
              help="When the relations were extracted (prov:endedAtTime of the run) [default: the input "
                   "file's modification time, else now]. Give it for reproducible output.")
@click.option("--engine", type=click.Choice(ENGINES), default="stream", show_default=True,
              help="stream (kg's streaming writers, fastest) and oxigraph stream; rdflib builds the graph "
                   "first and is the reference. JSON-LD always uses rdflib.")
@neo4j_options
@click.pass_context
def export(ctx: click.Context, fmt: str | None, input_path: str, from_neo4j: bool, output: str, base_iri: str,
           extracted_at: datetime | None, engine: str, settings: Neo4jSettings) -> None:
    """Export relations as RDF (Turtle, N-Triples, JSON-LD, TriG, N-Quads) or neo4j-admin import files.

    Facts become plain triples (entity:a kg:meet entity:b); every relation, negated
    and hypothetical ones included, is also an rdf:Statement with its source article
    (prov:wasDerivedFrom), evidence sentence and offsets, confidence, modality and
    the extraction run (prov:wasGeneratedBy). Entities are typed with kg: and
    schema.org classes. The vocabulary is schemas/ontology.ttl.

    \b
    Example:
      kg export --input triples.jsonl -o graph.ttl
      kg extract article.txt | kg export --format ntriples
      kg export --from-neo4j --format trig -o graph.trig --extracted-at 2025-03-04T12:00:00Z
      kg export --format neo4j-import --input triples.jsonl -o import/   # then import/import.sh

    With --format neo4j-import, -o is a folder: node and relationship CSV files with typed
    headers holding the graph `kg load` would write into an empty database, and import.sh,
    which runs `neo4j-admin database import full`. Run `kg init-db` after the import.
    """
    if fmt == NEO4J_IMPORT:
        _export_neo4j_import(ctx, input_path, from_neo4j, output)
        return
    fmt = choose_format(fmt, output)
    skips = Skips()
    counts = ExportCounts()
    moment = extracted_at or default_extraction_time(None if from_neo4j else input_path)
    with open_binary_output(output) as out:
        if from_neo4j:
            from kg.store.neo4j import connect
            from kg.store.read import read_relations as read_database

            with connect(settings) as driver:
                write_rdf(read_database(driver, settings.database), out, fmt, base_iri, extracted_at=moment,
                          engine=engine, counts=counts)
        else:
            with open_text(input_path) as stream:
                relations = read_relations(stream, input_path if input_path != "-" else "<stdin>", on_skip=skips)
                write_rdf(relations, out, fmt, base_iri, extracted_at=moment, engine=engine, counts=counts)
    click.echo(f"kg: {counts.relations} relations → {counts.statements} statements, {counts.triples} "
               f"{'quads' if fmt in ('trig', 'nquads') else 'triples'} ({fmt})", err=True)
    ctx.exit(skips.exit_status())


def _export_neo4j_import(ctx: click.Context, input_path: str, from_neo4j: bool, output: str) -> None:
    """--format neo4j-import: the CSV files and import.sh into the folder `output`."""
    from kg.cli.database import _report_skipped_article
    from kg.store.bulk_import import write_import_files

    if from_neo4j or output == "-":
        raise click.UsageError("--format neo4j-import reads --input and writes into a folder: give -o DIR")
    skips = Skips()
    with open_text(input_path) as stream, replace_folder(output) as folder:
        relations = read_relations(stream, input_path if input_path != "-" else "<stdin>", on_skip=skips)
        files = write_import_files(relations, folder.staging, on_skip=_report_skipped_article)
    files.folder = folder.target.resolve()  # import.sh names its files relative to itself
    click.echo(f"kg: wrote {files.folder}: {files.describe()}", err=True)
    click.echo("kg: import into a new, empty database (Neo4j stopped, or the database absent), then start "
               "Neo4j and run `kg init-db` (the import creates no constraints or indexes):", err=True)
    click.echo(f"  NEO4J_ADMIN=$NEO4J_HOME/bin/neo4j-admin {files.folder / 'import.sh'} neo4j", err=True)
    click.echo(f"  # which runs: {files.command_line()}", err=True)
    ctx.exit(EXIT_SKIPPED if files.skipped else skips.exit_status())
