"""The `kg` command line: thin commands that compose the stages.

Library errors (`KGError`) become one-line messages on stderr and exit status 1.
"""

from __future__ import annotations

import importlib
import logging
import sys

import click

from kg import __version__
from kg.errors import KGError

#: Each command and the module that defines it, imported only when the command runs or
#: its help is shown: `kg query` never pays for spaCy, rdflib or networkx.
COMMANDS = {
    "extract": "kg.cli.extract",
    "build": "kg.cli.build",
    "load": "kg.cli.database",
    "entities": "kg.cli.entities",
    "export": "kg.cli.export",
    "import-rdf": "kg.cli.rdf",
    "validate": "kg.cli.rdf",
    "query": "kg.cli.database",
    "init-db": "kg.cli.database",
    "browse": "kg.cli.browse",
    "report": "kg.cli.report",
}


class LazyGroup(click.Group):
    """A group whose commands are imported from `COMMANDS` when first asked for (click's
    documented pattern for lazily loaded subcommands)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            module = importlib.import_module(COMMANDS[cmd_name])
            self.add_command(getattr(module, cmd_name.replace("-", "_")), cmd_name)
        return super().get_command(ctx, cmd_name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
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
