"""`kg browse`: get a Neo4j server ready for Neo4j Browser and say how to open it.

Consumes the NEO4J_* settings (and optionally triples to load); produces, on stdout,
the Browser address with the connection filled in, the credentials, what the graph
holds and how to apply the style sheet schemas/neo4j/kg.grass.
"""

from __future__ import annotations

import os
import urllib.error
import urllib.request
from importlib import resources
from pathlib import Path
from urllib.parse import quote, urlsplit

import click

from kg.cli.inputs import input_name, open_text
from kg.cli.options import Skips, neo4j_options, progress
from kg.cli.resolution import aliases_option
from kg.records import read_relations
from kg.resolve import AliasTable
from kg.store.neo4j import Neo4jSettings, apply_constraints, connect, load_relations, safe_uri

GRAPH_COUNTS = """
RETURN COUNT { (:Entity) } AS entities, COUNT { (:Article) } AS articles, COUNT { (:Statement) } AS statements,
       COUNT { (:Entity)-[]->(:Entity) } AS edges
"""


def browser_base_url(settings: Neo4jSettings, http_url: str | None) -> str:
    """Where Browser is served: the given HTTP URL, else port 7474 on the Bolt host.

    >>> browser_base_url(Neo4jSettings(uri="bolt://localhost:7687"), None)
    'http://localhost:7474'
    """
    if http_url:
        return http_url.rstrip("/")
    host = urlsplit(settings.uri).hostname or "localhost"
    return f"http://{host}:7474"


def browser_link(settings: Neo4jSettings, base: str) -> str:
    """The Browser address that fills in the connection URL, user and database."""
    parts = urlsplit(settings.uri)
    connect_url = f"{parts.scheme}://{quote(settings.user, safe='')}@{parts.hostname}:{parts.port or 7687}"
    return f"{base}/browser/?dbms={quote(connect_url, safe='')}&db={quote(settings.database, safe='')}"


def browser_answers(base: str, timeout: float = 5.0) -> bool:
    """True when `<base>/browser/` serves a page."""
    try:
        with urllib.request.urlopen(f"{base}/browser/", timeout=timeout) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError, ValueError):
        return False


def style_sheet_path() -> Path:
    """schemas/neo4j/kg.grass, as installed."""
    return Path(str(resources.files("kg.schemas").joinpath("neo4j", "kg.grass")))


@click.command()
@click.argument("triples", nargs=-1, metavar="[TRIPLES.jsonl]...")
@click.option(
    "--http-url",
    envvar="NEO4J_HTTP_URL",
    default=None,
    metavar="URL",
    help="Neo4j's HTTP address, where Browser is served [env NEO4J_HTTP_URL; default: port 7474 on the Bolt host].",
)
@aliases_option
@neo4j_options
@click.pass_context
def browse(
    ctx: click.Context, triples: tuple[str, ...], http_url: str | None, aliases: AliasTable, settings: Neo4jSettings
) -> None:
    """Get Neo4j ready for Neo4j Browser: load triples (optional), print the address and credentials.

    Creates the constraints and indexes, loads the given triples files (as `kg load`),
    and prints the Browser address with the connection filled in, the user and
    password to type, what the graph holds, and how to apply the style sheet.
    `make browser` starts a local server with Browser, builds the example graph and
    runs this; with docker compose, run it against the compose service.

    \b
    Example:
      kg browse kg-out/triples.jsonl
      docker compose up -d neo4j && NEO4J_PASSWORD=kg-password kg browse
    """
    skips = Skips()
    with connect(settings) as driver:
        apply_constraints(driver, settings.database)
        for path in triples:
            with open_text(path) as stream:
                relations = list(read_relations(stream, input_name(path), on_error=skips.on_error, on_skip=skips))
            with progress("loading", total=len(relations)) as advance:
                summary = load_relations(
                    driver, relations, database=settings.database, progress=advance, aliases=aliases
                )
            click.echo(f"kg: loaded {path}: {summary.describe()}", err=True)
        records, _, _ = driver.execute_query(GRAPH_COUNTS, database_=settings.database)
        counts = records[0].data()
    base = browser_base_url(settings, http_url)
    served = browser_answers(base)
    click.echo(f"Neo4j Browser: {browser_link(settings, base)}")
    if not served:
        click.echo(
            f"  (nothing answers at {base}/browser/ yet: start the server with Browser, "
            "e.g. `make browser` or `docker compose up -d neo4j`)"
        )
    click.echo(f"  connect URL: {safe_uri(settings.uri)}")
    click.echo(f"  user:        {settings.user}")
    click.echo(f"  password:    {settings.password or '(none set: NEO4J_PASSWORD)'}")
    click.echo(f"  database:    {settings.database}")
    click.echo(
        f"  graph:       {counts['entities']} entities, {counts['edges']} relation edges, "
        f"{counts['statements']} statements, {counts['articles']} articles"
    )
    click.echo(f"  style:       in Browser's editor type `:style `, paste {style_sheet_path()} after it, run")
    click.echo("  try:         :param name => 'Mark Rutte'   then paste queries/neighbourhood.cypher")
    if os.environ.get("KG_NEO4J_HOME"):
        click.echo(f"  stop with:   scripts/neo4j-local stop --home {os.environ['KG_NEO4J_HOME']}")
    ctx.exit(skips.exit_status())
