"""Entities as a user reviews them (`kg entities`): each with its names, how many articles use
each and the rule that merged it; and the likely duplicates resolution left apart, found with
RapidFuzz, each with the alias row that would merge them."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from kg.keys import initials, key_words
from kg.resolve.aliases import AliasTable, shipped_aliases
from kg.resolve.canonical import canonical_form
from kg.resolve.names import person_name
from kg.resolve.relations import Resolution

RULE_WITHIN_ARTICLE = "merged within its article (kg extract --report says by which rule)"

#: Names this alike (RapidFuzz ratio, 0–100) are listed as spelled alike.
SIMILAR_SPELLING = 90
#: Above this many entities, spellings are not compared pairwise (the other reasons still are).
MAX_PAIRWISE = 20_000


@dataclass(frozen=True, slots=True)
class NameUse:
    """One name an entity goes by: how many articles use it, and the rule that made it the entity's."""

    name: str
    articles: int
    rule: str | None = None


@dataclass(frozen=True, slots=True)
class EntityListing:
    """An entity for review: its names (its own first), and in how many articles and relation ends it is."""

    id: str
    name: str
    type: str
    articles: int
    mentions: int
    names: tuple[NameUse, ...] = ()
    ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Duplicate:
    """Two entities that may be one, why, how alike their names are (0–100), and the alias row
    (alias,canonical,type) that would merge the first into the second."""

    first: EntityListing
    second: EntityListing
    reason: str
    score: float

    @property
    def alias_row(self) -> str:
        return f"{_csv(self.first.name)},{_csv(self.second.name)},{self.second.type}"


def _csv(text: str) -> str:
    return f'"{text}"' if "," in text or '"' in text else text


def listings(resolution: Resolution, aliases: AliasTable | None = None) -> list[EntityListing]:
    """The entities of a resolution, most mentioned first. A name merged within its article is
    given the name-only rule that explains it (the alias table, …) when one does."""
    table = shipped_aliases() if aliases is None else aliases
    ends: Counter[str] = Counter()
    for relation in resolution.relations:
        for entity in (relation.subject, relation.object):
            if entity.type is not None:
                ends[entity.id] += 1
    uses: dict[str, Counter[tuple[str, str | None]]] = defaultdict(Counter)
    articles: dict[str, set[str]] = defaultdict(set)
    for (doc_id, key), record in resolution.mentions.items():
        assignment = resolution.assignments[key]
        uses[assignment.target][(record.name, assignment.rule)] += 1
        for alias in record.aliases:  # merged within the article, before the corpus was seen
            uses[assignment.target][(alias, canonical_form(alias, table).rule or RULE_WITHIN_ARTICLE)] += 1
        articles[assignment.target].add(doc_id)
    found = []
    for entity_id, corpus in resolution.entities.items():
        entity = corpus.entity
        names = sorted(
            (NameUse(name, n, rule) for (name, rule), n in uses[entity_id].items()),
            key=lambda u: (u.name != entity.name, -u.articles, u.name),
        )
        found.append(
            EntityListing(
                entity_id,
                entity.name,
                entity.type or "Other",
                len(articles[entity_id]),
                ends[entity_id],
                tuple(names),
                corpus.ids,
            )
        )
    return sorted(found, key=lambda e: (-e.mentions, -e.articles, e.name))


def likely_duplicates(entities: Sequence[EntityListing]) -> list[Duplicate]:
    """Pairs of entities that may be one, strongest first: an acronym of the other's initials
    ("ECB", "European Central Bank"), a name inside the other ("Liberal", "Liberal Democrats"),
    the same surname ("Kennedy", "Charles Kennedy"), or names spelled alike ("Yanukovich",
    "Yanukovych"). The shorter (or less mentioned) name comes first: the alias to add."""
    from rapidfuzz import fuzz, process

    found: dict[tuple[str, str], Duplicate] = {}

    def add(a: EntityListing, b: EntityListing, reason: str) -> None:
        first, second = sorted((a, b), key=lambda e: (len(e.name), e.mentions, e.name))
        pair = (first.id, second.id)
        if first.id != second.id and pair not in found:
            score = fuzz.token_set_ratio(first.name.casefold(), second.name.casefold())
            found[pair] = Duplicate(first, second, reason, round(score, 1))

    by_word: dict[str, list[EntityListing]] = defaultdict(list)
    by_initials: dict[str, list[EntityListing]] = defaultdict(list)
    by_surname: dict[str, list[EntityListing]] = defaultdict(list)
    for entity in entities:
        words = key_words(entity.name)
        for word in set(words):
            by_word[word].append(entity)
        if len(words) > 1:
            by_initials[initials(entity.name)].append(entity)
        if entity.type == "Person":
            person = person_name(entity.name)
            if person.words:
                by_surname[person.words[-1]].append(entity)
    for entity in entities:
        letters = entity.name.replace(".", "")
        if letters.isalpha() and 2 <= len(letters) <= 6 and " " not in entity.name:
            for other in by_initials.get(letters.casefold(), ()):
                add(entity, other, "acronym of the other's initials")
    for group in by_word.values():
        if len(group) > 200:  # a word as common as "party" says nothing
            continue
        for a, b in combinations(group, 2):
            if a.type == b.type == "Person" and _surname(a) == _surname(b):
                add(a, b, "same surname")
            elif set(key_words(a.name)) < set(key_words(b.name)) or set(key_words(b.name)) < set(key_words(a.name)):
                add(a, b, "name contained in the other")
    if len(entities) <= MAX_PAIRWISE:
        names = [e.name.casefold() for e in entities]
        scores = process.cdist(names, names, scorer=fuzz.ratio, score_cutoff=SIMILAR_SPELLING, dtype="uint8")
        for i, j in zip(*scores.nonzero()):
            if i < j:
                add(entities[i], entities[j], "names spelled alike")
    order = {
        "acronym of the other's initials": 0,
        "same surname": 1,
        "name contained in the other": 2,
        "names spelled alike": 3,
    }
    return sorted(found.values(), key=lambda d: (order[d.reason], -d.score, d.first.name, d.second.name))


def _surname(entity: EntityListing) -> str | None:
    words = person_name(entity.name).words
    return words[-1] if words else None


def entity_table(entities: Iterable[EntityListing]) -> list[dict[str, Any]]:
    """JSON-ready records of entities."""
    return [
        {
            "id": e.id,
            "name": e.name,
            "type": e.type,
            "articles": e.articles,
            "mentions": e.mentions,
            "ids": list(e.ids),
            "names": [{"name": u.name, "articles": u.articles, "rule": u.rule} for u in e.names],
        }
        for e in entities
    ]
