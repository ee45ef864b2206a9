"""Option groups and small pieces shared by the commands: Neo4j settings, skipped-input
reporting, progress bars."""

from __future__ import annotations

import functools
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Iterator

import click

from kg.errors import InputError
from kg.extract import DEFAULT_PIPELINE
from kg.store.neo4j import DEFAULT_BATCH_SIZE, DEFAULT_URI, Neo4jSettings

#: Exit status when some inputs were skipped but the rest was processed.
EXIT_SKIPPED = 3


def neo4j_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--uri, --user, --password, --database (defaults from NEO4J_* variables) → `settings`."""

    @click.option("--uri", envvar="NEO4J_URI", default=DEFAULT_URI, show_default=True,
                  help="Neo4j URI [env NEO4J_URI]; neo4j:// or neo4j+s:// for clusters and Aura.")
    @click.option("--user", envvar="NEO4J_USER", default="neo4j", show_default=True, help="[env NEO4J_USER]")
    @click.option("--password", envvar="NEO4J_PASSWORD", default="", show_default=False,
                  help="[env NEO4J_PASSWORD]; prefer the variable to the flag.")
    @click.option("--database", envvar="NEO4J_DATABASE", default="neo4j", show_default=True,
                  help="[env NEO4J_DATABASE]")
    @functools.wraps(command)
    def wrapper(*args: Any, uri: str, user: str, password: str, database: str, **kwargs: Any) -> Any:
        settings = Neo4jSettings(uri=uri, user=user, password=password, database=database)
        return command(*args, settings=settings, **kwargs)

    return wrapper


def model_option(command: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--model", default=DEFAULT_PIPELINE, show_default=True, metavar="NAME",
                        help="Any installed spaCy pipeline (package name or path).")(command)


def batch_size_option(command: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--batch-size", type=click.IntRange(min=1), default=DEFAULT_BATCH_SIZE,
                        show_default=True, help="Relations per Neo4j transaction.")(command)


@dataclass(slots=True)
class Skips:
    """Collects skipped inputs: each is printed at once as `kg: skipped: <file>: <cause>`."""

    errors: list[InputError] = field(default_factory=list)

    def __call__(self, error: InputError) -> None:
        self.errors.append(error)
        click.echo(f"kg: skipped: {error}", err=True)

    def exit_status(self) -> int:
        return EXIT_SKIPPED if self.errors else 0


@contextmanager
def progress(description: str, total: int | None = None) -> Iterator[Callable[[int], None]]:
    """A progress bar on stderr (hidden when stderr is not a terminal); yields `advance(n)`."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    columns = [SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()]
    with Progress(*columns, console=console, transient=True, disable=not console.is_terminal) as bar:
        task = bar.add_task(description, total=total)
        yield lambda n=1: bar.advance(task, n)
