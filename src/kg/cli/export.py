"""`kg export`: triples JSON Lines (or the Neo4j database) → RDF (streamed), GraphML / GEXF,
or neo4j-admin import files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import IO

import click

from kg.cli.inputs import input_name, open_text
from kg.cli.options import EXIT_SKIPPED, Skips, neo4j_options
from kg.cli.output import output_file, replace_folder
from kg.cli.resolution import aliases_option
from kg.rdf.export import ENGINES, check_writable, write_rdf
from kg.rdf.formats import FORMATS, format_for_path
from kg.rdf.iri import DEFAULT_BASE_IRI
from kg.rdf.statements import ExportCounts, ExportOptions
from kg.rdf.terms import ONTOLOGY_IRI
from kg.records import read_relations
from kg.resolve import AliasTable
from kg.store.neo4j import Neo4jSettings
from kg.view.network import NETWORK_FORMATS

NEO4J_IMPORT = "neo4j-import"


@contextmanager
def open_binary_output(path: str) -> Iterator[IO[bytes]]:
    """A binary stream for a path or '-' (stdout); a file is replaced only once complete
    (see `kg.cli.output`)."""
    with output_file(path, "wb") as stream:
        yield stream


class Timestamp(click.ParamType):
    """An ISO 8601 date or date-time; UTC when no offset is given."""

    name = "DATETIME"

    def convert(self, value, param, ctx):
        if isinstance(value, datetime):
            return value
        try:
            moment = datetime.fromisoformat(str(value))
        except ValueError:
            self.fail(f"{value!r} is not an ISO 8601 date or date-time (e.g. 2025-03-04T09:30:00Z)", param, ctx)
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def choose_format(fmt: str | None, output: str) -> str:
    """--format if given, else what the output file's extension says, else Turtle."""
    if fmt or output == "-":
        return fmt or "turtle"
    extension = output.rsplit(".", 1)[-1].lower() if "." in output else ""
    return format_for_path(output) or next(
        (name for name, ext in NETWORK_FORMATS.items() if ext == extension), "turtle"
    )


class LanguageTag(click.ParamType):
    """A BCP 47 language tag such as en, de or pt-BR."""

    name = "TAG"

    def convert(self, value, param, ctx):
        import re

        if not re.fullmatch(r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*", str(value)):
            self.fail(f"{value!r} is not a language tag (e.g. en, de, pt-BR)", param, ctx)
        return str(value)


def rdf_export_options(command):
    """--base-iri, --vocab-iri, --language, --keep-paths, --rdf-star, --with-ontology → `rdf_options`."""
    import functools

    @click.option(
        "--base-iri",
        envvar="KG_BASE_IRI",
        default=DEFAULT_BASE_IRI,
        show_default=True,
        help="Base of minted IRIs: BASE/entity/<key>, BASE/article/<id>, BASE/statement/<hash>, "
        "BASE/graph/<id>, BASE/facts [env KG_BASE_IRI]. Use a domain you control.",
    )
    @click.option(
        "--vocab-iri",
        envvar="KG_VOCAB_IRI",
        default=ONTOLOGY_IRI,
        show_default=True,
        help="Ontology IRI of kg's vocabulary: kg: is IRI#, kgv: IRI/verb#; owl:imports, "
        "--with-ontology and `kg validate` follow it [env KG_VOCAB_IRI].",
    )
    @click.option(
        "--language",
        type=LanguageTag(),
        default="en",
        show_default=True,
        help="Language tag of names and headlines (the articles' language).",
    )
    @click.option(
        "--keep-paths",
        is_flag=True,
        help="Record each input file as a file: URL (kg:source, and schema:url when the article has "
        "none). By default only its name (or relative path) is written.",
    )
    @click.option(
        "--rdf-star",
        is_flag=True,
        help="Statements as RDF 1.2 reifiers (statement rdf:reifies <<( s p o )>>) instead of "
        "rdf:Statement with rdf:subject/predicate/object (turtle, ntriples, trig, nquads).",
    )
    @click.option(
        "--with-ontology",
        is_flag=True,
        help="Put kg's ontology in the same file (its own named graph in trig and nquads), for tools "
        "that do not follow owl:imports.",
    )
    @functools.wraps(command)
    def wrapper(
        *args,
        base_iri: str,
        vocab_iri: str,
        language: str,
        keep_paths: bool,
        rdf_star: bool,
        with_ontology: bool,
        **kwargs,
    ):
        from kg.errors import RDFError
        from kg.rdf.iri import check_base_iri

        try:
            check_base_iri(vocab_iri)
        except RDFError as error:
            raise click.BadParameter(
                str(error).replace("--base-iri", "--vocab-iri"), param_hint="--vocab-iri"
            ) from None
        options = ExportOptions(
            base=base_iri, vocabulary=vocab_iri, language=language, keep_paths=keep_paths, rdf_star=rdf_star
        )
        return command(*args, rdf_options=options, with_ontology=with_ontology, **kwargs)

    return wrapper


def default_extraction_time(input_path: str | None) -> datetime:
    """When the triples were extracted, as far as kg can tell: the input file's modification time, else now."""
    if input_path and input_path != "-":
        try:
            return datetime.fromtimestamp(os.stat(input_path).st_mtime, tz=UTC)
        except OSError:
            pass
    return datetime.now(UTC)


@click.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice([*FORMATS, *NETWORK_FORMATS, NEO4J_IMPORT]),
    default=None,
    help="RDF format [default: from the -o extension (.ttl .nt .jsonld .trig .nq .graphml .gexf), else "
    "turtle]. trig and nquads put each article's statements in a named graph of its own and "
    "entities and facts in the graph BASE/facts. graphml and gexf are networks for Gephi and "
    "Cytoscape. neo4j-import writes CSV files for `neo4j-admin database import full` into the "
    "folder -o.",
)
@click.option(
    "--input",
    "input_path",
    default="-",
    show_default=True,
    metavar="TRIPLES.jsonl",
    help="Relations written by `kg extract` ('-' is stdin).",
)
@click.option(
    "--from-neo4j", "from_neo4j", is_flag=True, help="Export what is in the Neo4j database instead of --input."
)
@click.option("-o", "--output", default="-", show_default=True, help="Where to write ('-' is stdout).")
@rdf_export_options
@click.option(
    "--extracted-at",
    type=Timestamp(),
    default=None,
    help="When the relations were extracted (prov:endedAtTime of the run) [default: the input "
    "file's modification time, else now]. Give it for reproducible output.",
)
@click.option(
    "--engine",
    type=click.Choice(ENGINES),
    default="stream",
    show_default=True,
    help="stream (kg's streaming writers, fastest) and oxigraph stream; rdflib builds the graph "
    "first and is the reference. JSON-LD always uses rdflib.",
)
@neo4j_options
@aliases_option
@click.pass_context
def export(
    ctx: click.Context,
    fmt: str | None,
    input_path: str,
    from_neo4j: bool,
    output: str,
    rdf_options: ExportOptions,
    with_ontology: bool,
    extracted_at: datetime | None,
    engine: str,
    settings: Neo4jSettings,
    aliases: AliasTable,
) -> None:
    """Export relations as RDF (Turtle, N-Triples, JSON-LD, TriG, N-Quads), as a network
    (GraphML, GEXF) or as neo4j-admin import files.

    Relations stated as fact become plain triples (entity:a kg:meet entity:b); every
    relation, negated, hypothetical and reported ones included, is also a statement with
    its source article (prov:wasDerivedFrom), evidence sentence and offsets, confidence,
    modality, time and the extraction run (prov:wasGeneratedBy). Entities are typed with
    kg: and schema.org classes. The export imports the vocabulary (owl:imports
    schemas/ontology.ttl's IRI); no absolute local path is written unless --keep-paths.

    \b
    Example:
      kg export --input triples.jsonl -o graph.ttl
      kg extract article.txt | kg export --format ntriples
      kg export --from-neo4j --format trig -o graph.trig --extracted-at 2025-03-04T12:00:00Z
      kg export --input triples.jsonl -o graph.gexf                      # open in Gephi
      kg export --format neo4j-import --input triples.jsonl -o import/   # then import/import.sh

    With --format neo4j-import, -o is a folder: node and relationship CSV files with typed
    headers holding the graph `kg load` would write into an empty database, and import.sh,
    which runs `neo4j-admin database import full`; their entities are resolved as `kg load`
    resolves them, with the aliases of --aliases FILE too. Run `kg init-db` after the import.
    """
    if fmt == NEO4J_IMPORT:
        _export_neo4j_import(ctx, input_path, from_neo4j, output, aliases)
        return
    if ctx.get_parameter_source("aliases") is click.core.ParameterSource.COMMANDLINE:
        raise click.UsageError(
            "--aliases applies to --format neo4j-import: an RDF or network export writes "
            "the entities of its input as they are (resolve them with kg build or kg load)"
        )
    fmt = choose_format(fmt, output)
    if fmt in FORMATS:
        check_writable(fmt, engine, rdf_options)  # before the output file is opened
    skips = Skips()
    counts = ExportCounts()
    moment = extracted_at or default_extraction_time(None if from_neo4j else input_path)
    summary: list[str] = []

    def write(relations, out) -> None:
        if fmt in NETWORK_FORMATS:
            from kg.view.network import write_network

            graph = write_network(relations, out, fmt, rdf_options.base)
            summary.append(f"kg: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges ({fmt})")
        else:
            write_rdf(
                relations,
                out,
                fmt,
                extracted_at=moment,
                engine=engine,
                counts=counts,
                options=rdf_options,
                with_ontology=with_ontology,
            )
            summary.append(
                f"kg: {counts.relations} relations → {counts.statements} statements, {counts.triples} "
                f"{'quads' if fmt in ('trig', 'nquads') else 'triples'} ({fmt})"
            )

    with open_binary_output(output) as out:
        if from_neo4j:
            from kg.store.neo4j import connect
            from kg.store.read import read_relations as read_database

            with connect(settings) as driver:
                write(read_database(driver, settings.database), out)
        else:
            with open_text(input_path) as stream:
                write(read_relations(stream, input_name(input_path), on_error=skips.on_error, on_skip=skips), out)
    click.echo(summary[0], err=True)
    ctx.exit(skips.exit_status())


def _export_neo4j_import(
    ctx: click.Context, input_path: str, from_neo4j: bool, output: str, aliases: AliasTable | None = None
) -> None:
    """--format neo4j-import: the CSV files and import.sh into the folder `output`, entities resolved
    as `kg load` resolves them (with `--aliases FILE` too)."""
    from kg.store.bulk_import import write_import_files

    if from_neo4j or output == "-":
        raise click.UsageError("--format neo4j-import reads --input and writes into a folder: give -o DIR")
    skips = Skips()
    with open_text(input_path) as stream, replace_folder(output) as folder:
        relations = read_relations(stream, input_name(input_path), on_error=skips.on_error, on_skip=skips)
        files = write_import_files(relations, folder.staging, on_error="skip", on_skip=skips, aliases=aliases)
    files.folder = folder.target.resolve()  # import.sh names its files relative to itself
    click.echo(f"kg: wrote {files.folder}: {files.describe()}", err=True)
    click.echo(
        "kg: import into a new, empty database (Neo4j stopped, or the database absent), then start "
        "Neo4j and run `kg init-db` (the import creates no constraints or indexes):",
        err=True,
    )
    click.echo(f"  NEO4J_ADMIN=$NEO4J_HOME/bin/neo4j-admin {files.folder / 'import.sh'} neo4j", err=True)
    click.echo(f"  # which runs: {files.command_line()}", err=True)
    ctx.exit(EXIT_SKIPPED if files.skipped else skips.exit_status())
