"""One article's mentions → its entities: the alias table, governments and groups, then short
forms ("Rutte" joins "Mark Rutte") and acronyms ("IMF" joins "International Monetary Fund")
that the article itself ties to a fuller name, and a type voted by all mentions."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from kg.countries import known_place
from kg.keys import canonical_key, initials, is_acronym
from kg.model import Entity, Merge
from kg.resolve.aliases import AliasTable, shipped_aliases
from kg.resolve.canonical import Canonical, canonical_form
from kg.resolve.names import person_name, titles_agree
from kg.resolve.votes import voted_type

RULE_SHORT_IN_ARTICLE = "short form of a full name in the article"
RULE_ACRONYM_IN_ARTICLE = "acronym of a name in the article"
RULE_COUNTRY = "country name, code or demonym (pycountry)"
RULE_TITLE = "title, article or possessive dropped"


@dataclass(frozen=True, slots=True)
class NamedMention:
    """What resolution needs to know of one mention: its cleaned name and tagged type."""

    name: str
    type: str
    surface: str = ""  # the words as written, when they differ from the name ("the Russians")


@dataclass(slots=True)
class _Cluster:
    name: str
    key: str  # `canonical_key(name)`
    words: tuple[str, ...]  # the key's words
    pinned: bool = False
    fixed_type: str | None = None
    types: Counter[str] = field(default_factory=Counter)
    surface: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)
    into: _Cluster | None = None  # merged into another cluster (acronyms)

    def final(self) -> _Cluster:
        return self if self.into is None else self.into.final()


def resolve_mentions(mentions: Sequence[NamedMention], aliases: AliasTable | None = None) -> list[Entity]:
    """Group the mentions of one article into entities; returns the entity of each mention, in order."""
    return resolve_with_merges(mentions, "", aliases)[0]


def resolve_with_merges(
    mentions: Sequence[NamedMention], doc_id: str, aliases: AliasTable | None = None
) -> tuple[list[Entity], list[Merge]]:
    """As `resolve_mentions`, and the merge decisions: which mention became which entity, by which rule.

    Names the alias table knows (the shipped one when `aliases` is None), governments and groups
    are named first. Then full names are placed first, and a shorter mention joins the single
    longer person name it ends ("Rutte" → "Mark Rutte", "von der Leyen") or, for one word, starts;
    when two names fit it stays apart rather than guess. An acronym joins the one name of the
    article whose initials it spells.
    """
    table = shipped_aliases() if aliases is None else aliases
    forms = [_person_or_form(m, canonical_form(m.name, table)) for m in mentions]
    keys = [canonical_key(form.name) for form in forms]
    # a person's surname ("Mr Montenegro" of Luis Montenegro) is placed before a place of the same name
    surnames = {m.name.split()[-1] for m in mentions if m.type == "Person" and len(m.name.split()) > 1}
    order = sorted(
        range(len(mentions)),
        key=lambda i: (-len(forms[i].name.split()), not _surname(mentions[i], surnames)),
    )
    clusters: list[_Cluster] = []
    by_word: dict[str, list[_Cluster]] = {}  # the clusters whose name begins or ends with a word
    by_key: dict[str, _Cluster] = {}
    owner: dict[int, _Cluster] = {}
    rules: dict[int, str] = {}
    bodies: set[str] = set()  # the short forms of organizations' names
    first: dict[str, int] = {}  # where each name is first mentioned
    for i, key in enumerate(keys):
        first.setdefault(key, i)
    usage = _Usage(Counter(zip(keys, (m.type for m in mentions))), first, keys)
    for i in order:
        mention, form, key = mentions[i], forms[i], keys[i]
        cluster = by_key.get(key)
        if cluster is not None and cluster.pinned and not form.pinned:
            cluster = None  # "Mr Montenegro" is not the country "Montenegro" the article also names
        if cluster is None and not form.pinned:
            cluster = _short_form_owner(mention, key, by_word, usage)
            if cluster is None:
                cluster = _organization_short_form(mention, key, by_word, usage)
                if cluster is not None:
                    bodies.add(key)  # its tags (a person's, often) do not make the body a person
            if cluster is not None:
                rules[i] = RULE_SHORT_IN_ARTICLE
        if cluster is None:
            cluster = _Cluster(name=form.name, key=key, words=tuple(key.split("-")), pinned=form.pinned)
            clusters.append(cluster)
            for word in {cluster.words[0], cluster.words[-1]}:
                by_word.setdefault(word, []).append(cluster)
        if key not in by_key or not form.pinned:
            by_key[key] = cluster
        if form.type is not None and form.pinned:
            cluster.fixed_type = cluster.fixed_type or form.type
        cluster.types["Organization" if key in bodies else mention.type] += 1
        cluster.surface.add(mention.name)
        cluster.titles.update(person_name(mention.surface or mention.name).titles)
        owner[i] = cluster
        if form.rule:
            rules.setdefault(i, form.rule)
    for i in _acronyms_joined(clusters, owner):
        rules[i] = RULE_ACRONYM_IN_ARTICLE
    entities = {id(c): _entity(c) for c in clusters if c.into is None}
    resolved = [entities[id(owner[i].final())] for i in range(len(mentions))]
    return resolved, _merges(mentions, forms, resolved, rules, doc_id)


def _surname(mention: NamedMention, surnames: set[str]) -> bool:
    return mention.type == "Person" and mention.name in surnames


def _person_or_form(mention: NamedMention, form: Canonical) -> Canonical:
    """A person's surname that is also a place's name ("Mr Montenegro") names the person: the table's
    place is not pinned on a mention typed a person."""
    if mention.type == "Person" and form.pinned and form.type in ("Country", "Location"):
        return Canonical(mention.name)
    return form


def _merges(
    mentions: Sequence[NamedMention],
    forms: Sequence[Canonical],
    resolved: Sequence[Entity],
    rules: dict[int, str],
    doc_id: str,
) -> list[Merge]:
    merges = []
    seen: set[tuple[str, str]] = set()
    for i, (mention, entity) in enumerate(zip(mentions, resolved)):
        rule = rules.get(i) or _plain_rule(mention, entity)
        written = mention.surface or mention.name
        if rule and (written, entity.id) not in seen:
            seen.add((written, entity.id))
            merges.append(Merge(doc_id, written, entity.id, entity.name, rule))
    return merges


def _plain_rule(mention: NamedMention, entity: Entity) -> str | None:
    """The rule that made `mention` part of `entity` when no merge rule did, or None for its own name."""
    if mention.type == "Country" and mention.surface and canonical_key(mention.surface) != entity.id:
        return RULE_COUNTRY
    if mention.type != entity.type:
        return f"type voted by all mentions ({mention.type} → {entity.type})"
    if mention.surface and canonical_key(mention.surface) != entity.id:
        return RULE_TITLE
    return None


@dataclass(frozen=True, slots=True)
class _Usage:
    """How the article uses its names (by key): the types tagged over each name's mentions, where each
    name comes first, and the key of each mention in order."""

    votes: Counter[tuple[str, str]]  # (name's key, type): how many of its mentions were tagged so
    first: dict[str, int]
    keys: Sequence[str]

    def organization_before(self, key: str, longer: _Cluster) -> bool:
        """True when the name `key` is mostly tagged an organization (more often than the longer name
        a person) and is written twice before the longer name first is."""
        organization = self.votes[key, "Organization"]
        if organization <= self.votes[key, "Person"] or organization <= longer.types["Person"]:
            return False
        return self.written_before(key, longer) >= 2

    def written_before(self, key: str, longer: _Cluster) -> int:
        """How many times the name `key` is written before the longer name first is."""
        return self.keys[: self.first.get(longer.key, -1)].count(key)


def _short_form_owner(
    mention: NamedMention, key: str, by_word: dict[str, list[_Cluster]], usage: _Usage
) -> _Cluster | None:
    """The one longer person name this mention (its name's key: `key`) shortens ("Rutte", "von der
    Leyen"), if exactly one (`by_word`: the clusters so far by the first and the last word of their names).

    A name the article mostly tags as an organization, and writes twice before the longer name, is
    no one's short form ("Lufthansa" before a "Lufthansa Cargo" taken for a person)."""
    if mention.type in ("Country", "Location", "Group"):
        return None
    words = tuple(key.split("-"))
    n = len(words)
    candidates = [
        c
        for c in by_word.get(words[-1], ())
        if len(c.words) > n
        and (c.words[-n:] == words or (n == 1 and c.words[0] == words[0]))
        and not c.pinned
        and c.types["Person"]
    ]
    if len(candidates) != 1:
        return None
    written = person_name(mention.surface or mention.name)
    if not titles_agree(written, frozenset(candidates[0].titles)):
        return None
    if usage.organization_before(key, candidates[0]):
        return None
    return candidates[0]


def _organization_short_form(
    mention: NamedMention, word: str, by_word: dict[str, list[_Cluster]], usage: _Usage
) -> _Cluster | None:
    """The one organization whose longer name this one word (its key: `word`) begins, or ends after a
    hyphen: "Corvana" for Corvana Logistics (even where the tagger took it for a place, unless it is a
    known one), "Maersk" for AP Moller-Maersk; or the party whose members a plural names ("Greens").
    Not a word the article writes twice before the longer name ("Lufthansa … Lufthansa Cargo": two bodies)."""
    if "-" in word or mention.type not in ("Organization", "Person", "Other", "Location", "Group"):
        return None
    # the clusters whose name begins or ends with the word, or with the word less its plural's "s"
    named = {id(c): c for c in (*by_word.get(word, ()), *by_word.get(word[:-1], ()))}
    candidates = [
        c
        for c in named.values()
        if not c.pinned
        and len(c.words) > 1
        and (
            mention.type != "Group"
            and (c.words[0] == word or c.words[-1] == word and "-" in c.name.split()[-1])
            or _members_of_party(word, c.words)
        )
        and c.types["Organization"] > c.types["Person"]
    ]
    if len(candidates) != 1 or mention.type == "Location" and known_place(mention.name):
        return None  # "Frankfurt" stays the city beside a "Frankfurt Stock Exchange"
    longer = candidates[0]
    return None if usage.written_before(word, longer) >= 2 else longer


def _members_of_party(word: str, name: tuple[str, ...]) -> bool:
    """ "Socialists" for the Socialist Party, "Greens" for the Green Party: a party's members by its adjective."""
    return len(name) == 2 and name[-1] == "party" and word == name[0] + "s"


def _acronyms_joined(clusters: list[_Cluster], owner: dict[int, _Cluster]) -> list[int]:
    """Join each acronym cluster ("IMF") to the one longer non-person name whose initials it spells;
    returns the mentions that moved."""
    moved: list[int] = []
    spelled: list[tuple[_Cluster, str]] | None = None  # the longer names and their initials, found once
    for cluster in clusters:
        if cluster.pinned or not is_acronym(cluster.name) or cluster.types["Person"] == sum(cluster.types.values()):
            continue
        if spelled is None:
            spelled = [(c, initials(c.name)) for c in clusters if len(c.words) > 1]
        letters = cluster.name.replace(".", "").lower()
        fits = [
            c
            for c, spells in spelled
            if spells == letters
            and c is not cluster
            and c.into is None
            and not (c.types["Person"] and not c.fixed_type)
        ]
        if len(fits) == 1:
            cluster.into = fits[0]
            fits[0].types.update(cluster.types)
            fits[0].surface.update(cluster.surface)
            moved.extend(i for i, c in owner.items() if c is cluster)
    return moved


def _entity(cluster: _Cluster) -> Entity:
    multi_word_person = bool(cluster.types["Person"]) and len(cluster.words) > 1
    entity_type = voted_type(cluster.types, cluster.fixed_type, multi_word_person)
    aliases = tuple(sorted(s for s in cluster.surface if s != cluster.name))
    return Entity(id=cluster.key, name=cluster.name, type=entity_type, aliases=aliases)
