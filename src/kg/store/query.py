"""The Cypher library in queries/: find a query by name or path, read its header, type and
check its parameters, run it, format the rows.

Each query file opens with a comment: what it answers, then its parameters, one a line,
each with its type::

    // Top actors by degree: ...
    //
    // Parameters:
    //   $limit: integer  how many actors (default 10)

`kg query` reads every `--param` as its declared type (`--param name=2025` is the text
"2025"; `--param limit=five` is an error naming `limit`), fills in the defaults and
names a missing parameter; the header is also what a Neo4j Browser user reads before
setting `:param limit => 10`.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from kg.errors import QueryError

_PARAMETER = re.compile(r"^//\s+\$(\w+)(?:\s*:\s*(\w+))?\s+(.*?)(?:\s+\(default (.+)\))?\s*$")
_INTEGER = re.compile(r"^[+-]?\d+$")

#: Parameter types a header may declare. Text types that name something in the graph
#: (`actor`, `predicate`, `article`, `triple`) also say what an empty answer should check.
#: A parameter declared without a type is read as JSON when it parses, else as text.
PARAMETER_TYPES = ("text", "integer", "number", "boolean", "actor", "predicate", "article", "triple", "json")
TEXT_TYPES = frozenset({"text", "actor", "predicate", "article", "triple"})


@dataclass(frozen=True, slots=True)
class Parameter:
    name: str
    description: str
    default: Any = None
    required: bool = True
    type: str = "json"

    def read(self, value: Any, query: str) -> Any:
        """The value as this parameter's type; a string from the command line is converted.

        >>> Parameter("limit", "how many", type="integer").read("5", "q")
        5
        >>> Parameter("name", "who", type="actor").read("2025", "q")
        '2025'
        >>> Parameter("limit", "how many", type="integer").read("five", "top-actors")
        Traceback (most recent call last):
        kg.errors.QueryError: query 'top-actors': limit must be an integer, not 'five'
        """
        if self.type in TEXT_TYPES:
            return value if isinstance(value, str) else str(value)
        if self.type == "integer":
            if isinstance(value, int) and not isinstance(value, bool):
                return value
            if isinstance(value, str) and _INTEGER.match(value.strip()):
                return int(value)
            raise QueryError(f"query {query!r}: {self.name} must be an integer, not {value!r}")
        if self.type == "number":
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                return value
            try:
                return float(value)
            except (TypeError, ValueError):
                raise QueryError(f"query {query!r}: {self.name} must be a number, not {value!r}") from None
        if self.type == "boolean":
            if isinstance(value, bool):
                return value
            if isinstance(value, str) and value.strip().lower() in {"true", "false", "yes", "no", "1", "0"}:
                return value.strip().lower() in {"true", "yes", "1"}
            raise QueryError(f"query {query!r}: {self.name} must be true or false, not {value!r}")
        return _json_or_text(value) if isinstance(value, str) else value


@dataclass(frozen=True, slots=True)
class Query:
    """A query of the library: its name, Cypher text, description (the header's comment
    before the parameters, whole) and parameters. `declared` is False for a file whose
    header has no `Parameters:` section: it takes any parameter."""

    name: str
    text: str
    summary: str
    parameters: tuple[Parameter, ...]
    declared: bool = True

    def bind(self, given: dict[str, Any]) -> dict[str, Any]:
        """The given parameters, each read as its declared type, plus defaults.

        Raises:
            QueryError: naming a missing parameter, an unknown one, or a value of the wrong type.
        """
        by_name = {p.name: p for p in self.parameters}
        unknown = sorted(set(given) - set(by_name))
        if unknown and self.declared:
            takes = ", ".join(by_name) or "no parameters"
            raise QueryError(f"query {self.name!r} has no parameter {unknown[0]!r} (it takes: {takes})")
        values = {key: by_name[key].read(value, self.name) if key in by_name else value for key, value in given.items()}
        for parameter in self.parameters:
            if parameter.name in values:
                continue
            if parameter.required:
                raise QueryError(f"query {self.name!r} needs --param {parameter.name}=VALUE ({parameter.description})")
            values[parameter.name] = parameter.default
        return values


def parse_header(name: str, text: str) -> Query:
    """The description and parameters declared by the comment a query file opens with."""
    header = []
    for line in text.splitlines():
        if not line.startswith("//"):
            break
        header.append(line)
    described = []
    for line in header:
        if line.startswith("// Parameters:"):
            break
        described.append(line[2:].strip())
    summary = " ".join(" ".join(described).split())
    parameters = []
    listed = False
    for line in header:
        listed = listed or line.startswith("// Parameters:")
        match = _PARAMETER.match(line) if listed else None
        if match:
            key, kind, description, default = match.groups()
            if kind is not None and kind not in PARAMETER_TYPES:
                raise QueryError(
                    f"query {name!r}: parameter ${key} has unknown type {kind!r} (one of {', '.join(PARAMETER_TYPES)})"
                )
            parameters.append(
                Parameter(key, description, json.loads(default) if default else None, default is None, kind or "json")
            )
    declared = any(line.startswith("// Parameters:") for line in header)
    return Query(name, text, summary, tuple(parameters), declared)


def query_names() -> list[str]:
    """The names of the queries shipped in queries/."""
    return sorted(
        p.name[: -len(".cypher")] for p in resources.files("kg.queries").iterdir() if p.name.endswith(".cypher")
    )


def load_query(name_or_file: str) -> Query:
    """A shipped query (by name) or a .cypher file."""
    path = Path(name_or_file)
    if name_or_file.endswith(".cypher") and path.is_file():
        return parse_header(path.stem, path.read_text(encoding="utf-8"))
    resource = resources.files("kg.queries").joinpath(f"{name_or_file}.cypher")
    if resource.is_file():
        return parse_header(name_or_file, resource.read_text("utf-8"))
    raise QueryError(f"no query named {name_or_file!r}; known: {', '.join(query_names())} (or give a .cypher file)")


def query_text(name_or_file: str) -> str:
    """The Cypher of a shipped query (by name) or of a file path."""
    return load_query(name_or_file).text


def parse_param(text: str) -> tuple[str, str]:
    """Split KEY=VALUE; the value stays text until the query's declaration types it.

    >>> parse_param("limit=5"), parse_param("name=Mark Rutte"), parse_param("triple=a|b=c|d")
    (('limit', '5'), ('name', 'Mark Rutte'), ('triple', 'a|b=c|d'))
    """
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise QueryError(f"parameter {text!r} is not KEY=VALUE")
    return key.strip(), value


def _json_or_text(value: str) -> Any:
    try:
        return json.loads(value)
    except json.JSONDecodeError:
        return value


def run_query(
    driver: Any, name_or_file: str, parameters: dict[str, Any], *, database: str
) -> tuple[list[str], list[dict]]:
    """Run a query with read access; returns the column names and the rows as plain values.

    Missing parameters take the defaults the query's header declares. Nodes become
    `{"labels": [...], **properties}`, relationships `{"type", "start", "end", **properties}`
    (start and end are the node ids), paths `{"nodes": [...], "relationships": [...]}`.
    """
    from neo4j import RoutingControl
    from neo4j.exceptions import ClientError

    query = load_query(name_or_file)
    try:
        records, _, keys = driver.execute_query(
            query.text, parameters_=query.bind(parameters), database_=database, routing_=RoutingControl.READ
        )
    except ClientError as error:
        raise QueryError(f"query {name_or_file!r} failed: {error.message}") from None
    return list(keys), [{key: plain(value) for key, value in record.items()} for record in records]


def plain(value: Any) -> Any:
    """A driver value as JSON-ready Python (nodes, relationships and paths become dicts)."""
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node):
        return {"labels": sorted(value.labels), **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        start, end = value.start_node, value.end_node
        return {
            "type": value.type,
            "start": start.get("id") if start is not None else None,
            "end": end.get("id") if end is not None else None,
            **{k: plain(v) for k, v in value.items()},
        }
    if isinstance(value, Path):
        return {"nodes": [plain(n) for n in value.nodes], "relationships": [plain(r) for r in value.relationships]}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):  # neo4j.time values
        return value.iso_format()
    return value


def format_rows(keys: list[str], rows: list[dict], fmt: str = "table") -> str:
    """Rows as a readable table, JSON (one array) or CSV."""
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=keys, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _cell(row.get(k)) for k in keys})
        return buffer.getvalue()
    from rich.console import Console
    from rich.table import Table

    table = Table(*keys, show_lines=False)
    for row in rows:
        table.add_row(*(_cell(row.get(k)) for k in keys))
    text = io.StringIO()
    console = Console(file=text, width=160, force_terminal=False)
    console.print(table)
    console.print(f"{len(rows)} row{'s' if len(rows) != 1 else ''}")
    return text.getvalue()


def _cell(value: Any) -> str:
    """A value as table or CSV text: a node by its name, a relationship as start-[:TYPE]->end."""
    if value is None:
        return ""
    if isinstance(value, dict) and "labels" in value:
        return str(value.get("name", value.get("id", "")))
    if isinstance(value, dict) and {"type", "start", "end"} <= value.keys():
        return f"{value['start']}-[:{value['type']}]->{value['end']}"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)
