"""The Cypher library in queries/: find a query by name or path, run it, format the rows."""

from __future__ import annotations

import csv
import io
import json
from importlib import resources
from pathlib import Path
from typing import Any

from kg.errors import QueryError


def query_names() -> list[str]:
    """The names of the queries shipped in queries/."""
    return sorted(p.name[: -len(".cypher")] for p in resources.files("kg.queries").iterdir()
                  if p.name.endswith(".cypher"))


def query_text(name_or_file: str) -> str:
    """The Cypher of a shipped query (by name) or of a file path."""
    path = Path(name_or_file)
    if name_or_file.endswith(".cypher") and path.is_file():
        return path.read_text(encoding="utf-8")
    resource = resources.files("kg.queries").joinpath(f"{name_or_file}.cypher")
    if resource.is_file():
        return resource.read_text("utf-8")
    raise QueryError(f"no query named {name_or_file!r}; known: {', '.join(query_names())} (or give a .cypher file)")


def parse_param(text: str) -> tuple[str, Any]:
    """Parse KEY=VALUE; the value is JSON when it parses ("5", "true", "[1,2]"), else text.

    >>> parse_param("limit=5"), parse_param("name=Mark Rutte")
    (('limit', 5), ('name', 'Mark Rutte'))
    """
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise QueryError(f"parameter {text!r} is not KEY=VALUE")
    try:
        return key.strip(), json.loads(value)
    except json.JSONDecodeError:
        return key.strip(), value


def run_query(driver: Any, name_or_file: str, parameters: dict[str, Any], *, database: str) -> tuple[list[str], list[dict]]:
    """Run a query (read access); returns the column names and the rows as dicts."""
    from neo4j import RoutingControl
    from neo4j.exceptions import ClientError

    text = query_text(name_or_file)
    try:
        records, summary, keys = driver.execute_query(
            text, parameters_=parameters, database_=database, routing_=RoutingControl.READ
        )
    except ClientError as error:
        raise QueryError(f"query {name_or_file!r} failed: {error.message}") from None
    return list(keys), [record.data() for record in records]


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
    console = Console(file=io.StringIO(), width=160, force_terminal=False)
    console.print(table)
    console.print(f"{len(rows)} row{'s' if len(rows) != 1 else ''}")
    return console.file.getvalue()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)
