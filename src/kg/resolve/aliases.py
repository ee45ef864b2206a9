"""The alias table: short forms, nicknames and acronyms → one canonical name and type.

The shipped table is data (schemas/aliases.csv, rebuilt by scripts/build_aliases.py); a user
file (`--aliases FILE`, CSV or YAML) extends or overrides it. A row whose canonical name is
empty cancels a shipped alias; a row naming itself pins a name so that no rule merges it.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.keys import canonical_key, is_acronym
from kg.model import ENTITY_TYPES

SHIPPED = "schemas/aliases.csv"


@dataclass(frozen=True, slots=True)
class Alias:
    """One row: `alias` names `canonical` (of `type`, when given); `source` says where the row is from."""

    alias: str
    canonical: str
    type: str | None
    source: str

    @property
    def cancelled(self) -> bool:
        return not self.canonical


@dataclass(frozen=True, slots=True)
class AliasTable:
    """Aliases by key. Acronyms written in capitals ("WHO", "EU") match only a name written so;
    every other alias matches whatever its case and punctuation ("Lib Dems", "lib dems")."""

    by_key: dict[str, Alias] = field(default_factory=dict)
    acronyms: dict[str, Alias] = field(default_factory=dict)

    @classmethod
    def of(cls, rows: Iterable[Alias]) -> AliasTable:
        """A table of `rows`, later rows overriding earlier ones; each canonical name also names itself."""
        by_key: dict[str, Alias] = {}
        acronyms: dict[str, Alias] = {}
        for row in rows:
            alias = _bare(row.alias)
            if is_acronym(alias):
                acronyms[alias.replace(".", "")] = row
            else:
                by_key[canonical_key(alias)] = row
        for row in [*by_key.values(), *acronyms.values()]:
            if row.canonical and not is_acronym(row.canonical):
                by_key.setdefault(
                    canonical_key(row.canonical), Alias(row.canonical, row.canonical, row.type, row.source)
                )
            elif row.canonical:
                acronyms.setdefault(
                    row.canonical.replace(".", ""), Alias(row.canonical, row.canonical, row.type, row.source)
                )
        return cls(by_key, acronyms)

    def lookup(self, name: str) -> Alias | None:
        """The row naming `name`, or None (also for a cancelled row).

        >>> table = AliasTable.of([Alias("Tories", "Conservative Party", "Organization", "test")])
        >>> table.lookup("the Tories").canonical, table.lookup("Conservative Party").type
        ('Conservative Party', 'Organization')
        """
        bare = _bare(name)
        row = self.acronyms.get(bare.replace(".", "")) if is_acronym(bare) else None
        if row is None:
            row = self.by_key.get(canonical_key(bare))
            if row is not None and is_acronym(_bare(row.alias)) and not is_acronym(bare):
                row = None
        return None if row is None or row.cancelled else row

    def extended(self, rows: Iterable[Alias]) -> AliasTable:
        """This table with `rows` added; they win over rows of the same alias."""
        return AliasTable.of([*self.rows(), *rows])

    def rows(self) -> list[Alias]:
        """The explicit rows (not the canonical names naming themselves), in a stable order."""
        explicit = {id(r): r for r in [*self.by_key.values(), *self.acronyms.values()]}
        return sorted(explicit.values(), key=lambda r: (r.canonical, r.alias))

    def digest(self) -> str:
        """A short hash of the rows, for fingerprints of work that depends on the table."""
        text = "\n".join(f"{r.alias}\x1f{r.canonical}\x1f{r.type}" for r in self.rows())
        return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]

    def __len__(self) -> int:
        return len(self.rows())


def _bare(name: str) -> str:
    """The name without a leading article or a trailing possessive ("the Tories'" → "Tories")."""
    text = name.strip()
    if text[:4].lower() == "the ":
        text = text[4:].strip()
    for ending in ("'s", "’s", "'", "’"):
        if text.endswith(ending) and len(text) > len(ending):
            text = text[: -len(ending)]
            break
    return text


@cache
def shipped_aliases() -> AliasTable:
    """The table shipped with kg (schemas/aliases.csv)."""
    text = resources.files("kg.schemas").joinpath("aliases.csv").read_text("utf-8")
    return AliasTable.of(parse_csv(text, SHIPPED))


def load_aliases(path: str | Path | None = None) -> AliasTable:
    """The shipped table, extended by the user's file when given (CSV or YAML, by its extension).

    Raises:
        InputError: naming the file (and line) that cannot be read.
    """
    table = shipped_aliases()
    if path is None:
        return table
    return table.extended(read_alias_file(path))


def read_alias_file(path: str | Path) -> list[Alias]:
    """The rows of a user's alias file: CSV (alias,canonical,type) or YAML."""
    path = Path(path)
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: cannot read the alias file ({error.__class__.__name__}: {error})") from None
    if path.suffix.lower() in (".yaml", ".yml"):
        return parse_yaml(text, str(path))
    return parse_csv(text, str(path))


def parse_csv(text: str, name: str) -> list[Alias]:
    """Rows of a CSV alias table: a header naming alias, canonical and (optionally) type and source;
    lines starting with # are comments."""
    lines = [
        (n, line)
        for n, line in enumerate(text.splitlines(), start=1)
        if line.strip() and not line.lstrip().startswith("#")
    ]
    if not lines:
        return []
    reader = csv.reader(io.StringIO("\n".join(line for _, line in lines)))
    header = [h.strip().lower() for h in next(reader)]
    if "alias" not in header or "canonical" not in header:
        raise InputError(f"{name}:{lines[0][0]}: the header must name the columns alias,canonical,type")
    rows = []
    for (lineno, _), values in zip(lines[1:], reader):
        record = dict(zip(header, (v.strip() for v in values)))
        rows.append(_row(record, f"{name}:{lineno}"))
    return rows


def parse_yaml(text: str, name: str) -> list[Alias]:
    """Rows of a YAML alias table, either a list of {alias, canonical, type} or a mapping
    canonical → {type, aliases: [...]} (or canonical → [aliases])."""
    import yaml

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise InputError(f"{name}: not valid YAML ({str(error).splitlines()[0]})") from None
    return list(_yaml_rows(data, name))


def _yaml_rows(data: Any, name: str) -> Iterator[Alias]:
    if data is None:
        return
    if isinstance(data, list):
        for i, item in enumerate(data, start=1):
            if not isinstance(item, dict):
                raise InputError(f"{name}: item {i} is not a mapping of alias, canonical and type")
            yield _row({k: "" if v is None else str(v) for k, v in item.items()}, f"{name}#{i}")
    elif isinstance(data, dict):
        for canonical, spec in data.items():
            entry_type, aliases = None, spec
            if isinstance(spec, dict):
                entry_type, aliases = spec.get("type"), spec.get("aliases") or []
            if not isinstance(aliases, list):
                raise InputError(f"{name}: {canonical!r} needs a list of aliases")
            yield _row(
                {"alias": str(canonical), "canonical": str(canonical), "type": entry_type or ""}, f"{name}:{canonical}"
            )
            for alias in aliases:
                yield _row(
                    {"alias": str(alias), "canonical": str(canonical), "type": entry_type or ""}, f"{name}:{canonical}"
                )
    else:
        raise InputError(f"{name}: expected a list or a mapping of aliases")


def _row(record: dict[str, Any], where: str) -> Alias:
    alias = (record.get("alias") or "").strip()
    if not alias:
        raise InputError(f"{where}: the alias is empty")
    entry_type = (record.get("type") or "").strip() or None
    if entry_type is not None and entry_type not in ENTITY_TYPES:
        raise InputError(f"{where}: unknown type {entry_type!r}; known: {', '.join(ENTITY_TYPES)}")
    source = (record.get("source") or "").strip() or where
    return Alias(alias, (record.get("canonical") or "").strip(), entry_type, source)
