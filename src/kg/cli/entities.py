"""`kg entities`: the entities of a run or a database with their names, counts and the rule of
each merge, and the likely duplicates left apart, each with the alias row that would merge it."""

from __future__ import annotations

import json

import click

from kg.cli.inputs import input_name, open_text
from kg.cli.options import Skips, neo4j_options
from kg.cli.resolution import aliases_option
from kg.model import Relation
from kg.records import read_relations
from kg.resolve import AliasTable, resolve_relations
from kg.resolve.duplicates import Duplicate, EntityListing, entity_table, likely_duplicates, listings
from kg.store.neo4j import Neo4jSettings, connect


@click.command()
@click.argument("triples", nargs=-1, metavar="[TRIPLES.jsonl...]")
@click.option("--from-neo4j", is_flag=True, help="List the entities of the database instead of files.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--duplicates", "only_duplicates", is_flag=True, help="List only the likely duplicates.")
@click.option("--limit", type=click.IntRange(min=0), default=0, help="At most this many entities (0: all).")
@aliases_option
@neo4j_options
@click.pass_context
def entities(
    ctx: click.Context,
    triples: tuple[str, ...],
    from_neo4j: bool,
    fmt: str,
    only_duplicates: bool,
    limit: int,
    aliases: AliasTable,
    settings: Neo4jSettings,
) -> None:
    """List entities with their names and mention counts, and likely duplicates.

    Reads relations (kg extract or kg build output, '-' for stdin) and resolves them as
    `kg build` does, or, with --from-neo4j, lists what the database holds. Each entity
    shows every name the articles used, in how many articles, and the rule that merged
    it. Likely duplicates (an acronym of the other's initials, a name inside the other,
    the same surname, names spelled alike) come with the alias row that would merge
    them: add it to a file and pass it with --aliases (a row naming itself keeps a
    name apart instead).

    \b
    Example:
      kg entities kg-out/triples.jsonl
      kg entities --from-neo4j --duplicates
      kg entities triples.jsonl --aliases my-aliases.csv --format json
    """
    if from_neo4j == bool(triples):
        raise click.UsageError("give TRIPLES.jsonl files or --from-neo4j")
    if from_neo4j:
        from kg.store.entities import read_entities

        with connect(settings) as driver:
            found = read_entities(driver, settings.database, aliases)
    else:
        skips = Skips()
        relations: list[Relation] = []
        for path in triples:
            with open_text(path) as stream:
                relations.extend(read_relations(stream, input_name(path), on_error=skips.on_error, on_skip=skips))
        found = listings(resolve_relations(relations, aliases), aliases)
    duplicates = likely_duplicates(found)
    shown = found[:limit] if limit else found
    if fmt == "json":
        document = {"duplicates": [_duplicate_record(d) for d in duplicates]}
        if not only_duplicates:
            document = {"entities": entity_table(shown), **document}
        click.echo(json.dumps(document, ensure_ascii=False, indent=1))
    else:
        if not only_duplicates:
            for entity in shown:
                click.echo(_entity_text(entity))
            click.echo()
        click.echo(
            f"{len(duplicates)} likely duplicates (add the row to an --aliases file to merge the first "
            "into the second):"
        )
        for duplicate in duplicates:
            click.echo(
                f"  {duplicate.first.name} ({duplicate.first.id}) ~ {duplicate.second.name} "
                f"({duplicate.second.id}): {duplicate.reason}, score {duplicate.score:g}    "
                f"{duplicate.alias_row}"
            )
    click.echo(f"kg: {len(found)} entities, {len(duplicates)} likely duplicates", err=True)
    ctx.exit(0 if from_neo4j else skips.exit_status())


def _entity_text(entity: EntityListing) -> str:
    lines = [f"{entity.name} [{entity.type}] {entity.id}: {entity.articles} articles, {entity.mentions} relation ends"]
    for use in entity.names:
        if use.name == entity.name and use.rule is None:
            continue
        why = f" — {use.rule}" if use.rule else ""
        lines.append(f"    {use.name} ({use.articles} articles){why}")
    if entity.ids:
        lines.append(f"    old ids that still find it: {', '.join(entity.ids)}")
    return "\n".join(lines)


def _duplicate_record(duplicate: Duplicate) -> dict:
    return {
        "first": {"id": duplicate.first.id, "name": duplicate.first.name, "type": duplicate.first.type},
        "second": {"id": duplicate.second.id, "name": duplicate.second.name, "type": duplicate.second.type},
        "reason": duplicate.reason,
        "score": duplicate.score,
        "alias_row": duplicate.alias_row,
    }
