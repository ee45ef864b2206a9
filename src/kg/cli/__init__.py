"""The `kg` command line: thin commands that compose the stages.

Library errors (`KGError`) become one-line messages on stderr and exit status 1.
"""

from __future__ import annotations

import logging
import sys

import click

from kg import __version__
from kg.cli.browse import browse
from kg.cli.build import build
from kg.cli.database import init_db, load, query
from kg.cli.entities import entities
from kg.cli.export import export
from kg.cli.extract import extract
from kg.cli.rdf import import_rdf, validate
from kg.cli.report import report
from kg.errors import KGError


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="kg")
def cli() -> None:
    """Build a knowledge graph of who did what to whom from news articles.

    \b
    Typical use:
      kg build examples/articles --out kg-out          # triples.jsonl, graph.ttl, graph.html
      kg extract article.txt -o triples.jsonl          # relations as JSON Lines
      kg load triples.jsonl                            # into Neo4j (NEO4J_URI, NEO4J_PASSWORD)
      kg entities triples.jsonl                        # entities, their names, likely duplicates
      kg query top-actors                              # a question from queries/
      kg export --input triples.jsonl -o graph.ttl     # RDF; kg validate graph.ttl checks it
      kg browse                                        # open the graph in Neo4j Browser
      kg report triples.jsonl -o report.html           # one page: top actors, timeline, conflict

    Exit status: 0 when every input was read and extracted; 1 on an error (one line
    on stderr, nothing half-done); 3 when some inputs were skipped or failed, each
    named on stderr, while the rest was processed (--strict stops at the first one).
    """


for command in (extract, build, load, entities, export, import_rdf, validate, query, init_db, browse, report):
    cli.add_command(command)


def _log_to_stderr() -> None:
    """Library warnings ("a.txt: not UTF-8, read as Windows-1252") as one line each on stderr."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("kg: %(levelname)s: %(message)s"))
    logging.addLevelName(logging.WARNING, "warning")
    root = logging.getLogger("kg")
    root.addHandler(handler)
    root.setLevel(logging.WARNING)
    # The driver logs each retry and routing failure; without a handler of its own they
    # would reach stderr through logging's last resort. kg reports the outcome in one line.
    driver = logging.getLogger("neo4j")
    driver.addHandler(logging.NullHandler())
    driver.propagate = False


def main() -> None:
    """Console-script entry point."""
    _log_to_stderr()
    try:
        status = cli.main(standalone_mode=False, prog_name="kg")
    except click.exceptions.Abort:
        click.echo("kg: aborted", err=True)
        sys.exit(1)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except KGError as error:
        click.echo(f"kg: error: {error}", err=True)
        sys.exit(1)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(1)
    # Without standalone mode click returns the status a command passed to ctx.exit().
    sys.exit(status if isinstance(status, int) else 0)
