"""Option groups and small pieces shared by the commands: Neo4j settings, skipped-input
reporting, progress bars."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import click

from kg.errors import ExtractionError, KGError, OnError
from kg.store.neo4j import DEFAULT_BATCH_SIZE, DEFAULT_MAX_RETRY_TIME, DEFAULT_URI, Neo4jSettings

if TYPE_CHECKING:  # the readers of kg.ingest: only the commands that read articles import them
    from kg.ingest.files import Ignored

#: Exit status when some inputs were skipped or failed but the rest was processed.
EXIT_SKIPPED = 3


def neo4j_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--uri, --user, --password, --database, --max-retry-time (defaults from NEO4J_* variables) → `settings`."""

    @click.option(
        "--uri",
        envvar="NEO4J_URI",
        default=DEFAULT_URI,
        show_default=True,
        help="Neo4j URI [env NEO4J_URI]; neo4j:// or neo4j+s:// for clusters and Aura.",
    )
    @click.option("--user", envvar="NEO4J_USER", default="neo4j", show_default=True, help="[env NEO4J_USER]")
    @click.option(
        "--password",
        envvar="NEO4J_PASSWORD",
        default="",
        show_default=False,
        help="[env NEO4J_PASSWORD]; prefer the variable to the flag.",
    )
    @click.option(
        "--database", envvar="NEO4J_DATABASE", default="neo4j", show_default=True, help="[env NEO4J_DATABASE]"
    )
    @click.option(
        "--max-retry-time",
        envvar="NEO4J_MAX_RETRY_TIME",
        type=click.FloatRange(min=0),
        default=DEFAULT_MAX_RETRY_TIME,
        show_default=True,
        metavar="SECONDS",
        help="How long a transaction failing with a transient error (lock timeout, deadlock, "
        "lost connection) is retried, with backoff, before the command fails "
        "[env NEO4J_MAX_RETRY_TIME].",
    )
    @functools.wraps(command)
    def wrapper(
        *args: Any, uri: str, user: str, password: str, database: str, max_retry_time: float, **kwargs: Any
    ) -> Any:
        settings = Neo4jSettings(
            uri=uri, user=user, password=password, database=database, max_retry_time=max_retry_time
        )
        return command(*args, settings=settings, **kwargs)

    return wrapper


def model_option(command: Callable[..., Any]) -> Callable[..., Any]:
    from kg.extract.options import DEFAULT_PIPELINE

    def installed(ctx: click.Context, param: click.Parameter, value: str) -> str:
        from kg.extract.pipeline import pipeline_name  # spaCy: when the command runs, not when listed

        return pipeline_name(value)

    return click.option(
        "--model",
        default=DEFAULT_PIPELINE,
        show_default=True,
        metavar="NAME",
        callback=installed,
        help="Any installed spaCy pipeline (package name or path). The default is spaCy's "
        "en_core_web_sm 3.8.0 as published on PyPI; `en_core_web_sm` names it too.",
    )(command)


def batch_size_option(command: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--batch-size",
        type=click.IntRange(min=1),
        default=DEFAULT_BATCH_SIZE,
        show_default=True,
        help="Relations per Neo4j transaction.",
    )(command)


@dataclass(slots=True)
class Skips:
    """The `on_skip` callback of every command (`kg.errors.OnSkip`): collects the inputs that
    were not processed, each printed at once on one line: `kg: skipped: <file>: <cause>`
    (unreadable), `kg: skipped: article '<id>': <cause>` (cannot be loaded) or
    `kg: failed: <article>: <cause>` (extraction); and files of a folder that are not
    articles, `kg: ignored: <file>: <why>`.

    With `strict`, the first skipped or failed one stops the run instead (`on_error` is then
    "raise": a `KGError`, exit status 1). Ignored files change neither the exit status nor a
    strict run.
    """

    errors: list[KGError] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    strict: bool = False

    @property
    def on_error(self) -> OnError:
        """What the library is told to do with a bad input: "raise" when strict, else "skip"."""
        return "raise" if self.strict else "skip"

    def __call__(self, error: KGError) -> None:
        if self.strict:
            raise error
        if isinstance(error, ExtractionError):
            self.failures.append(error.where or error.article_id)
            click.echo(f"kg: failed: {error}", err=True)
            return
        self.errors.append(error)
        click.echo(f"kg: skipped: {error}", err=True)

    def ignore(self, item: Ignored) -> None:
        self.ignored.append(item.path)
        click.echo(f"kg: ignored: {item.path}: {item.reason}", err=True)

    def summary(self) -> str:
        """ "K skipped, F failed" (", I ignored" first when files were ignored) for the closing line."""
        ignored = f"{len(self.ignored)} ignored, " if self.ignored else ""
        return f"{ignored}{len(self.errors)} skipped, {len(self.failures)} failed"

    def exit_status(self) -> int:
        return EXIT_SKIPPED if self.errors or self.failures else 0


def strict_option(command: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--strict",
        is_flag=True,
        help="Stop at the first input that cannot be read or extracted (exit status 1) "
        "instead of naming it and going on (exit status 3 at the end).",
    )(command)


@contextmanager
def progress(description: str, total: int | None = None) -> Iterator[Callable[[int], None]]:
    """A progress bar on stderr (hidden when stderr is not a terminal); yields `advance(n)`."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    columns = [
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    ]
    with Progress(*columns, console=console, transient=True, disable=not console.is_terminal) as bar:
        task = bar.add_task(description, total=total)

        def advance(n: int = 1) -> None:
            bar.advance(task, n)

        yield advance
