"""Relations → CSV files for `neo4j-admin database import full`: the graph `kg load` writes, offline.

Consumes the relations `kg load` takes; produces a folder of node and relationship CSV
files with typed headers, and `import.sh`, which runs the import. The rows are those of
`kg.store.rows` (`article_batch`, `aggregate_properties`), so the imported graph is the
graph `kg load` writes into an empty database (tests/test_bulk_import.py checks it).
"""

from __future__ import annotations

import shlex
from collections.abc import Iterable
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from kg.errors import ArticleError, ImportFileError, KGError, OnError, OnSkip
from kg.model import Relation
from kg.resolve import AliasTable, resolve_relations
from kg.store.identity import Identity, entity_properties
from kg.store.rows import Row, aggregate_properties, article_batch, batches, group_by_article

#: Between the elements of an array value (and of the labels): a control character no
#: news text holds; a value that contains it is refused rather than split.
ARRAY_DELIMITER = "\x1f"
ARRAY_DELIMITER_OPTION = "U+001F"

#: The statement properties `aggregate_properties` reads: all the export keeps per statement
#: until the aggregate edges are written.
AGGREGATE_INPUTS = ("start", "fact", "negated", "modality", "attributed_to", "confidence", "sentence")

_BATCH = 50_000  # relations per article_batch: bounds the rows held at once, not the output


@dataclass(slots=True)
class ImportFiles:
    """What `write_import_files` wrote: counts, and the file arguments of the import command.

    nodes / relationships: (label or type, header file, data file) as neo4j-admin takes them;
    the label or type is "" where the file has a :LABEL or :TYPE column.
    """

    folder: Path
    relations: int = 0
    articles: int = 0
    entities: int = 0
    statements: int = 0
    edges: int = 0
    skipped: list[str] = field(default_factory=list)
    nodes: list[tuple[str, str, str]] = field(default_factory=list)
    relationships: list[tuple[str, str, str]] = field(default_factory=list)

    def import_arguments(self, database: str = "neo4j") -> list[str]:
        """The arguments after `neo4j-admin`, with absolute file names."""

        def spec(label: str, header: str, data: str) -> str:
            files = f"{self.folder / header},{self.folder / data}"
            return f"{label}={files}" if label else files

        return [
            "database",
            "import",
            "full",
            database,
            f"--array-delimiter={ARRAY_DELIMITER_OPTION}",
            "--multiline-fields=true",
            "--id-type=string",
            *(f"--nodes={spec(*n)}" for n in self.nodes),
            *(f"--relationships={spec(*r)}" for r in self.relationships),
        ]

    def command_line(self, database: str = "neo4j") -> str:
        return shlex.join(["neo4j-admin", *self.import_arguments(database)])

    def describe(self) -> str:
        return (
            f"{self.relations} relations from {self.articles} articles → {self.entities} entities, "
            f"{self.statements} statements, {self.edges} aggregate edges"
        )


class _Table:
    """One CSV file: rows written as they come; the typed header, once every value was seen."""

    def __init__(self, folder: Path, name: str, key_columns: list[str], columns: list[str], stack: ExitStack):
        self.name, self.key_columns, self.columns = name, key_columns, columns
        self.types: dict[str, str] = {}
        self.header_path = folder / f"{name}.header.csv"
        self.data_path = folder / f"{name}.csv"
        self._out: IO[str] = stack.enter_context(open(self.data_path, "w", encoding="utf-8", newline=""))

    def write(self, keys: list[Any], properties: Row) -> None:
        values = [_field(v) for v in keys]
        for column in self.columns:
            value = properties.get(column)
            if value is not None:
                self._observe(column, value)
            values.append(_field(value))
        self._out.write(",".join(values) + "\n")

    def _observe(self, column: str, value: Any) -> None:
        kind = _csv_type(value)
        if kind is None:
            return
        known = self.types.get(column)
        if known is None or known == kind:
            self.types[column] = kind
        elif {known, kind} <= {"long", "double"}:  # 1 and 0.5 in one column: Neo4j reads both as numbers
            self.types[column] = "double"
        elif {known, kind} <= {"long[]", "double[]"}:
            self.types[column] = "double[]"
        else:
            raise ImportFileError(f"{self.name}: property {column!r} holds both {known} and {kind} values")

    def write_header(self) -> None:
        typed = [f"{c}:{self.types[c]}" if self.types.get(c, "string") != "string" else c for c in self.columns]
        self.header_path.write_text(",".join(self.key_columns + typed) + "\n", encoding="utf-8")


def _csv_type(value: Any) -> str | None:
    if isinstance(value, list):
        kinds = {_csv_type(v) for v in value}
        if not kinds:
            return None  # an empty list is written as no value: its type is the others'
        if len(kinds) == 1 or kinds == {"long", "double"}:
            kind = "double" if len(kinds) > 1 else kinds.pop()
            return None if kind is None else kind + "[]"
        raise ImportFileError(f"a list mixes {sorted(map(str, kinds))} values: {value!r}")
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    return "string"


def _field(value: Any) -> str:
    """One CSV field: empty for no value (Neo4j stores none), strings always quoted."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, list):
        return _quote(ARRAY_DELIMITER.join(_element(v) for v in value)) if value else ""
    return _quote(str(value))


def _element(value: Any) -> str:
    text = _field(value) if isinstance(value, (bool, int, float)) else str(value)
    if ARRAY_DELIMITER in text:
        raise ImportFileError(f"{text!r} holds the array delimiter {ARRAY_DELIMITER_OPTION}")
    return text


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def write_import_files(
    relations: Iterable[Relation],
    folder: str | Path,
    *,
    on_error: OnError = "raise",
    on_skip: OnSkip | None = None,
    aliases: AliasTable | None = None,
) -> ImportFiles:
    """Write the graph of `relations` as neo4j-admin import files into `folder`, and `import.sh`.

    Articles are grouped and checked exactly as `kg.store.neo4j.load_relations` does: an
    article holding a relation that cannot be loaded raises an `ArticleSchemaError`, or,
    with on_error="skip", is skipped whole (its error handed to `on_skip`).

    Args:
        relations: The relations, in the order `kg load` would read them.
        folder: Created if missing; files of an earlier export are overwritten.
        on_error: "raise" or "skip" an article that cannot be loaded.
        on_skip: Called with the error of each article skipped (its `article_id` names it).
        aliases: The alias table entities are resolved with, as `kg load` does (default: shipped).
    """
    folder = Path(folder).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    result = ImportFiles(folder)

    def skip(error: KGError) -> None:
        result.skipped.append(error.article_id if isinstance(error, ArticleError) else str(error))
        if on_skip is not None:
            on_skip(error)

    groups = group_by_article(relations, on_error, skip)
    # resolved as kg load resolves them into an empty database: all the articles at once
    identity = Identity.of_resolution(resolve_relations([r for _, rs in groups for r in rs], aliases))
    keys: dict[str, Row] = {}
    statements_of: dict[str, list[tuple[str | None, str, Row]]] = {}
    with ExitStack() as stack:

        def table(name: str, keys_: list[str], columns: list[str]) -> _Table:
            return _Table(folder, name, keys_, columns, stack)

        articles = statements = None
        mentions = table(
            "mentions", [":START_ID(Article)", ":END_ID(Entity)"], ["name", "type", "aliases", "key", "rule", "tail"]
        )
        subject = table("subject", [":START_ID(Statement)", ":END_ID(Entity)"], [])
        object_ = table("object", [":START_ID(Statement)", ":END_ID(Entity)"], [])
        from_ = table("from", [":START_ID(Statement)", ":END_ID(Article)"], [])
        for pending in batches(groups, _BATCH):
            batch = article_batch(pending, identity)
            for article in batch.articles:
                if articles is None:
                    articles = table("articles", ["id:ID(Article)"], list(article["properties"]))
                articles.write([article["id"]], article["properties"])
                result.articles += 1
                for mention in article["mentions"]:
                    mentions.write([article["id"], mention["entity"]], mention)
                published = article["properties"].get("published")
                for statement in article["statements"]:
                    properties = statement["properties"]
                    if statements is None:
                        statements = table("statements", ["id:ID(Statement)"], [c for c in properties if c != "id"])
                    statements.write([statement["id"]], properties)
                    subject.write([statement["id"], statement["subject"]], {})
                    object_.write([statement["id"], statement["object"]], {})
                    from_.write([statement["id"], article["id"]], {})
                    slim = {"id": statement["id"], "properties": {k: properties[k] for k in AGGREGATE_INPUTS}}
                    statements_of.setdefault(statement["triple"], []).append((published, article["id"], slim))
            result.statements += batch.size
            for key in batch.keys:
                keys.setdefault(key["triple"], key)
        result.relations = result.statements
        nodes = table("entities", ["id:ID(Entity)", ":LABEL"], list(entity_properties("", "", [])))
        rows = identity.rows()
        for row in rows:
            nodes.write([row["id"], ["Entity", row["type"]]], row["properties"])
        result.entities = len(rows)
        edges = table(
            "relations",
            [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"],
            list(aggregate_properties({"predicate": "", "triple": ""}, [])),
        )
        for triple, key in keys.items():
            edges.write([key["subject"], key["object"], key["type"]], aggregate_properties(key, statements_of[triple]))
        result.edges = len(keys)
        tables = [nodes, articles, statements, mentions, subject, object_, from_, edges]
        for t in tables:
            if t is not None:
                t.write_header()
    result.nodes = [("", "entities.header.csv", "entities.csv")]
    if articles is not None:
        result.nodes += [("Article", "articles.header.csv", "articles.csv")]
    if statements is not None:
        result.nodes += [("Statement", "statements.header.csv", "statements.csv")]
    result.relationships = [
        ("MENTIONS", "mentions.header.csv", "mentions.csv"),
        ("SUBJECT", "subject.header.csv", "subject.csv"),
        ("OBJECT", "object.header.csv", "object.csv"),
        ("FROM", "from.header.csv", "from.csv"),
        ("", "relations.header.csv", "relations.csv"),
    ]
    _write_script(result)
    return result


def _write_script(files: ImportFiles) -> None:
    """import.sh: the import command, with file names relative to the script's folder."""

    def shell(argument: str) -> str:
        if argument == "DATABASE":
            return '"$DATABASE"'
        if str(files.folder) in argument:
            return '"' + argument.replace(str(files.folder), "$HERE") + '"'
        return shlex.quote(argument)

    command = " \\\n  ".join(shell(a) for a in files.import_arguments("DATABASE"))
    script = f"""#!/bin/sh
# Import these files into a new, empty Neo4j 5 database with neo4j-admin (offline: the
# database must not exist, or stop the server and add --overwrite-destination=true).
#   NEO4J_ADMIN=/path/to/neo4j/bin/neo4j-admin ./import.sh [DATABASE]   (default: neo4j)
# Then start Neo4j (CREATE DATABASE for a database other than the default) and run
#   kg init-db       # constraints and indexes: the import tool creates none
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
DATABASE=${{1:-neo4j}}
"${{NEO4J_ADMIN:-neo4j-admin}}" {command}
"""
    path = files.folder / "import.sh"
    path.write_text(script, encoding="utf-8")
    path.chmod(0o755)
