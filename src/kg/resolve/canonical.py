"""One name → its canonical name and type by the rules that need no other mention: the alias
table, a country's government, a group of an organisation's members."""

from __future__ import annotations

from dataclasses import dataclass

from kg.resolve.aliases import AliasTable
from kg.resolve.names import government_of, group_parts

RULE_GOVERNMENT = "government of a country, by its name or its people's"
RULE_GROUP = "members of an organisation, named by its alias"


@dataclass(frozen=True, slots=True)
class Canonical:
    """What the name-only rules make of a name.

    name, type: the canonical name, and the type the rule gives (None: no opinion).
    rule: why the name changed (None when it did not).
    pinned: a table entry, government or group: short-form rules leave it alone.
    organisation: for a group, the organisation its members belong to.
    """

    name: str
    type: str | None = None
    rule: str | None = None
    pinned: bool = False
    organisation: str | None = None


def alias_rule(source: str) -> str:
    return f"alias table ({source})"


#: canonical_form's answers by (table, name): a pure function of both, asked again for every mention.
#: The table is kept beside its answers, so its id stays its own while they are cached.
_FORMS: dict[tuple[int, str], tuple[AliasTable, Canonical]] = {}
_FORMS_KEPT = 1 << 15


def canonical_form(name: str, table: AliasTable) -> Canonical:
    """The canonical name and type of `name` by the alias table, then the government and group rules.

    >>> from kg.resolve.aliases import Alias
    >>> table = AliasTable.of([Alias("Labour", "Labour Party", "Organization", "test")])
    >>> canonical_form("Labour MPs", table).name, canonical_form("British government", table).name
    ('Labour Party MPs', 'United Kingdom Government')
    """
    cached = _FORMS.get((id(table), name))
    if cached is not None and cached[0] is table:
        return cached[1]
    if len(_FORMS) >= _FORMS_KEPT:
        _FORMS.clear()
    form = _canonical_form(name, table)
    _FORMS[(id(table), name)] = (table, form)
    return form


def _canonical_form(name: str, table: AliasTable) -> Canonical:
    row = table.lookup(name)
    if row is not None:
        rule = alias_rule(row.source) if row.canonical != name else None
        return Canonical(row.canonical, row.type, rule, pinned=True)
    country = government_of(name)
    if country is not None:
        canonical = f"{country} Government"
        return Canonical(canonical, "Organization", RULE_GOVERNMENT if canonical != name else None, pinned=True)
    parts = group_parts(name)
    if parts is not None:
        prefix, noun = parts
        organisation = table.lookup(prefix)
        if organisation is not None and organisation.type in ("Organization", None):
            canonical = f"{organisation.canonical} {noun}"
            return Canonical(
                canonical,
                "Group",
                RULE_GROUP if canonical != name else None,
                pinned=True,
                organisation=organisation.canonical,
            )
        return Canonical(name, "Group", None, pinned=True)
    return Canonical(name)
