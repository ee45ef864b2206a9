"""Options and output shared by the commands that resolve entities: `--aliases FILE` and the
merge log of `--report`."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import IO, Any

import click

from kg.model import Merge
from kg.resolve import AliasTable, load_aliases


def _alias_table(ctx: click.Context, param: click.Parameter, value: str | None) -> AliasTable:
    return load_aliases(value)  # a bad file is an InputError naming it: one line, exit status 1


def aliases_option(command: Callable[..., Any]) -> Callable[..., Any]:
    """`--aliases FILE`: passes `aliases`, the shipped alias table extended by FILE."""
    return click.option(
        "--aliases",
        type=click.Path(dir_okay=False, exists=True),
        callback=_alias_table,
        metavar="FILE",
        help="Aliases that extend or override the shipped table (schemas/aliases.csv): CSV with the columns "
        "alias,canonical,type, or YAML. A row naming itself keeps a name apart; an empty canonical "
        "cancels a shipped alias.",
    )(command)


def merge_record(merge: Merge) -> dict[str, Any]:
    """One line of the merge log: the mention, the entity it became and the rule."""
    return {
        "doc_id": merge.doc_id,
        "outcome": "merged",
        "reason": merge.rule,
        "text": merge.mention,
        "entity": {"id": merge.entity_id, "name": merge.entity_name},
    }


def write_merges(stream: IO[str], merges: Iterable[Merge]) -> int:
    """Write the merge log as JSON Lines; returns the number of lines."""
    count = 0
    for merge in merges:
        stream.write(json.dumps(merge_record(merge), ensure_ascii=False) + "\n")
        count += 1
    return count


@contextmanager
def report_stream(path: str) -> Iterator[IO[str]]:
    """The file a --report goes to ('-' is stderr), closed after."""
    if path == "-":
        yield sys.stderr
        return
    with open(path, "w", encoding="utf-8") as stream:
        yield stream
