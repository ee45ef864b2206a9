"""The identity of entities across a corpus, as a function of what its articles say.

Consumes `KeyStats`: for each key an article gave an entity, how many articles named it how,
with which type, under which aliases. Produces where each key belongs (`Assignment`) and the
corpus entities (`CorpusEntity`). The result depends on the counts only, never on the order
articles came in: loading day by day gives the graph loading everything at once gives.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from kg.keys import canonical_key
from kg.model import Entity
from kg.resolve.aliases import AliasTable
from kg.resolve.canonical import Canonical, canonical_form
from kg.resolve.names import IDENTITY_TITLES, PersonName, person_name, titles_agree
from kg.resolve.votes import voted_type

RULE_SHORT_ACROSS = "short form of the one full name it fits in other articles"
RULE_SAME_NAME = "same name, other spelling"


@dataclass(slots=True)
class KeyStats:
    """What the corpus says of one key: names and types counted once per article, and aliases."""

    names: Counter[str] = field(default_factory=Counter)
    types: Counter[str | None] = field(default_factory=Counter)
    aliases: set[str] = field(default_factory=set)

    def add(
        self, name: str, entity_type: str | None, aliases: tuple[str, ...] | list[str] = (), count: int = 1
    ) -> None:
        self.names[name] += count
        self.types[entity_type] += count
        self.aliases.update(aliases)

    def update(self, other: KeyStats) -> None:
        self.names.update(other.names)
        self.types.update(other.types)
        self.aliases |= other.aliases

    def name(self) -> str:
        """The most frequent name, ties broken alphabetically."""
        return most_frequent(self.names)


def most_frequent(counts: Counter[str]) -> str:
    """The most frequent of `counts`, ties broken alphabetically."""
    if len(counts) == 1:
        return next(iter(counts))
    return min(counts.items(), key=lambda item: (-item[1], item[0]))[0]


@dataclass(frozen=True, slots=True)
class Assignment:
    """Where a key belongs: the id of its entity, and the rule that put it there (None: its own)."""

    target: str
    rule: str | None = None


@dataclass(frozen=True, slots=True)
class CorpusEntity:
    """An entity of the corpus: the record relations carry, the other keys it stands for (old ids
    that stay valid) and, for a group, its organisation."""

    entity: Entity
    ids: tuple[str, ...] = ()
    organisation: str | None = None


@dataclass(slots=True)
class _Base:
    """The keys whose names the name-only rules give one canonical name."""

    key: str
    form: Canonical
    stats: KeyStats = field(default_factory=KeyStats)
    person: PersonName = field(default_factory=lambda: PersonName(frozenset(), ()))
    titles: set[str] = field(default_factory=set)
    target: str = ""

    @property
    def is_full_person(self) -> bool:
        person = self.form.type == "Person" or (self.form.type is None and self.stats.types["Person"] > 0)
        return person and self.person.is_full

    @property
    def may_shorten(self) -> bool:
        """May this name be a short form of a person's full name?"""
        if self.form.pinned or self.is_full_person:
            return False
        return voted_type(self.stats.types) not in ("Country", "Location", "Group", "Event")


def resolve_keys(
    stats: Mapping[str, KeyStats], table: AliasTable
) -> tuple[dict[str, Assignment], dict[str, CorpusEntity]]:
    """Assign every key to a corpus entity, and describe those entities.

    1. Name-only rules: the alias table, governments, groups (`canonical_form`); keys whose
       names become one canonical name share one entity.
    2. A full personal name that ends another, longer one joins it when that is the only one.
    3. A short name ("Blair", "Mr Blair") joins the full personal name it ends when exactly one
       full name of the corpus fits, titles agreeing (`titles_agree`); two fits: it stays apart.
    """
    bases: dict[str, _Base] = {}
    base_of: dict[str, str] = {}
    for key in sorted(stats):
        key_stats = stats[key]
        form = canonical_form(key_stats.name(), table)
        base_key = canonical_key(form.name) if form.pinned or form.rule else key
        base = bases.get(base_key)
        if base is None:
            base = bases[base_key] = _Base(base_key, form)
        elif form.pinned and not base.form.pinned:
            base.form = form
        base.stats.update(key_stats)
        base_of[key] = base_key
    for base in bases.values():
        base.person = person_name(base.form.name)
        base.titles = {t for name in (*base.stats.names, *base.stats.aliases) for t in person_name(name).titles}
    _join_short_forms(bases)
    assignments = {}
    for key in stats:
        base = bases[base_of[key]]
        rule: str | None
        if base.target != base.key:
            rule = RULE_SHORT_ACROSS
        elif base.key != key:
            rule = base.form.rule or RULE_SAME_NAME
        else:
            rule = base.form.rule
        assignments[key] = Assignment(base.target, rule)
    return assignments, _entities(bases, base_of, stats)


def _join_short_forms(bases: dict[str, _Base]) -> None:
    full = sorted((b for b in bases.values() if b.is_full_person), key=lambda b: (-len(b.person.words), b.key))
    # "Baroness Kennedy", "Lord Falconer": a surname with a title of who they are. Never a target
    # across articles, but a bare "Kennedy" could be them as well as "Charles Kennedy".
    titled = [
        b
        for b in bases.values()
        if b.person.titles & IDENTITY_TITLES
        and not b.is_full_person
        and (b.form.type == "Person" or b.stats.types["Person"])
    ]
    by_tail: dict[str, list[_Base]] = {}
    titled_by_tail: dict[str, list[_Base]] = {}
    for base in full:
        by_tail.setdefault(base.person.words[-1], []).append(base)
    for base in titled:
        titled_by_tail.setdefault(base.person.words[-1], []).append(base)
    for base in bases.values():
        base.target = base.key
    for base in full:  # longest first: a longer name's own target is known when a shorter one asks
        base.target = _owner(base, by_tail, titled_by_tail) or base.key
    for base in bases.values():
        if base.may_shorten and base.person.words:
            base.target = _owner(base, by_tail, titled_by_tail) or base.key


def _owner(short: _Base, full: dict[str, list[_Base]], titled: dict[str, list[_Base]]) -> str | None:
    """The target of the one full name `short` ends, if exactly one entity fits."""
    words = short.person.words
    n = len(words)
    written = PersonName(frozenset(short.titles), words)
    fits = [
        f
        for f in full.get(words[-1], ())
        if f is not short
        and len(f.person.words) > n
        and f.person.words[-n:] == words
        and titles_agree(written, frozenset(f.titles))
    ]
    targets = {f.target for f in fits}
    if not written.titles & IDENTITY_TITLES:
        targets |= {t.key for t in titled.get(words[-1], ()) if t is not short and t.person.words[-n:] == words}
    return targets.pop() if len(targets) == 1 and targets <= {f.target for f in fits} else None


def _entities(
    bases: dict[str, _Base], base_of: dict[str, str], stats: Mapping[str, KeyStats]
) -> dict[str, CorpusEntity]:
    members: dict[str, list[str]] = {}
    for key in sorted(stats):
        members.setdefault(bases[base_of[key]].target, []).append(key)
    entities = {}
    for target, keys in members.items():
        own = bases.get(target)
        votes: Counter[str | None] = Counter()
        names: Counter[str] = Counter()
        seen: set[str] = set()
        for key in keys:
            votes.update(stats[key].types)
            seen.update(stats[key].names, stats[key].aliases)
            if base_of[key] == target:
                names.update(stats[key].names)
        if own is not None and own.form.pinned:
            name = own.form.name
        else:
            name = most_frequent(names or Counter({n: 1 for n in seen}))
        fixed = own.form.type if own is not None else None
        entity_type = voted_type(votes, fixed, own is not None and own.is_full_person)
        ids = sorted({*keys, *(base_of[k] for k in keys)} - {target})
        entity = Entity(target, name, entity_type, tuple(sorted(seen - {name})))
        entities[target] = CorpusEntity(entity, tuple(ids), own.form.organisation if own is not None else None)
    return entities
