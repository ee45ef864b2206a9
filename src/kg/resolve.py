"""Canonical entity keys and alias merging, pure and in memory.

Mentions in → one `Entity` per real-world thing out: "Rutte" joins "Mark Rutte", a
mis-tagged "Trump" (ORG) joins "Donald Trump", and the type is voted by all mentions.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from kg.model import Entity, Merge, Relation

_WORD = re.compile(r"\w+")

# When votes tie, the more specific type wins.
_TYPE_ORDER = ("Person", "Country", "Organization", "Group", "Event", "Location", "Other")


def canonical_key(name: str) -> str:
    """A stable key for an entity name: case, accents' composition, spacing and punctuation do not matter.

    >>> canonical_key("Mark  Rutte"), canonical_key("mark rutte,")
    ('mark-rutte', 'mark-rutte')
    """
    words = _WORD.findall(unicodedata.normalize("NFKC", name).casefold())
    if words:
        return "-".join(words)
    return "x-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True, slots=True)
class NamedMention:
    """What resolution needs to know of one mention: its cleaned name and tagged type."""

    name: str
    type: str
    surface: str = ""  # the words as written, when they differ from the name ("the Russians")


@dataclass(slots=True)
class _Cluster:
    name: str
    words: tuple[str, ...]
    types: Counter[str] = field(default_factory=Counter)
    surface: set[str] = field(default_factory=set)
    keys: set[str] = field(default_factory=set)


def resolve_mentions(mentions: Sequence[NamedMention]) -> list[Entity]:
    """Group the mentions of one article into entities; returns the entity of each mention, in order.

    Full names are placed first, then a one-word mention joins the single multi-word
    person name it ends or starts ("Rutte" → "Mark Rutte"); when two names share that
    word it stays apart rather than guess.
    """
    return resolve_with_merges(mentions, "")[0]


def resolve_with_merges(mentions: Sequence[NamedMention], doc_id: str) -> tuple[list[Entity], list[Merge]]:
    """As `resolve_mentions`, and the merge decisions: which mention became which entity, by which rule."""
    order = sorted(range(len(mentions)), key=lambda i: -len(mentions[i].name.split()))
    clusters: list[_Cluster] = []
    by_key: dict[str, _Cluster] = {}
    owner: dict[int, _Cluster] = {}
    short_forms: set[int] = set()
    for i in order:
        mention = mentions[i]
        key = canonical_key(mention.name)
        cluster = by_key.get(key)
        if cluster is None:
            cluster = _short_form_owner(mention, clusters)
            if cluster is not None:
                short_forms.add(i)
        if cluster is None:
            cluster = _Cluster(name=mention.name, words=tuple(key.split("-")))
            clusters.append(cluster)
        by_key[key] = cluster
        cluster.keys.add(key)
        cluster.types[mention.type] += 1
        cluster.surface.add(mention.name)
        owner[i] = cluster
    entities = {id(c): _entity(c) for c in clusters}
    resolved = [entities[id(owner[i])] for i in range(len(mentions))]
    merges = []
    seen: set[tuple[str, str]] = set()
    for i, (mention, entity) in enumerate(zip(mentions, resolved)):
        rule = _merge_rule(mention, entity, i in short_forms)
        if rule and (mention.surface or mention.name, entity.id) not in seen:
            seen.add((mention.surface or mention.name, entity.id))
            merges.append(Merge(doc_id, mention.surface or mention.name, entity.id, entity.name, rule))
    return resolved, merges


def _merge_rule(mention: NamedMention, entity: Entity, short_form: bool) -> str | None:
    """The rule that made `mention` part of `entity`, or None when the mention is the entity's own name."""
    if short_form:
        return "short form of a full name in the article"
    if mention.type == "Country" and mention.surface and canonical_key(mention.surface) != entity.id:
        return "country name, code or demonym (pycountry)"
    if mention.type != entity.type:
        return f"type voted by all mentions ({mention.type} → {entity.type})"
    if mention.surface and canonical_key(mention.surface) != entity.id:
        return "title, article or possessive dropped"
    return None


def _short_form_owner(mention: NamedMention, clusters: list[_Cluster]) -> _Cluster | None:
    """The one longer person name this mention shortens ("Rutte", "von der Leyen"), if exactly one."""
    if mention.type in ("Country", "Location"):
        return None
    words = tuple(canonical_key(mention.name).split("-"))
    n = len(words)
    candidates = [
        c for c in clusters
        if len(c.words) > n and c.types["Person"] and (c.words[-n:] == words or (n == 1 and c.words[0] == words[0]))
    ]
    return candidates[0] if len(candidates) == 1 else None


def _entity(cluster: _Cluster) -> Entity:
    if cluster.types["Person"] and len(cluster.words) > 1:
        entity_type = "Person"  # a full personal name outweighs stray ORG tags of its surname
    else:
        top = max(cluster.types.values())
        entity_type = min((t for t, n in cluster.types.items() if n == top), key=_TYPE_ORDER.index)
    aliases = tuple(sorted(s for s in cluster.surface if s != cluster.name))
    return Entity(id=canonical_key(cluster.name), name=cluster.name, type=entity_type, aliases=aliases)


def resolve_across_articles(relations: Iterable[Relation]) -> tuple[list[Relation], list[Merge]]:
    """Resolve entities over a whole run, before the graph is built.

    A short name ("Trump") joins the one full person name of the run it shortens
    ("Donald Trump") when exactly one does; an id's type is voted over all its relations.
    Open-tuple ends without a type are left alone. Returns the rewritten relations and
    the merges made.
    """
    relations = list(relations)
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    names: dict[str, Entity] = {}
    seen_aliases: dict[str, set[str]] = defaultdict(set)
    docs: dict[str, set[str]] = defaultdict(set)
    for relation in relations:
        for entity in (relation.subject, relation.object):
            if entity.type is not None:
                votes[entity.id][entity.type] += 1
                names.setdefault(entity.id, entity)
                seen_aliases[entity.id].update(entity.aliases)
                docs[entity.id].add(relation.evidence.doc_id)
    full_people = [e for e in names.values() if len(e.id.split("-")) > 1 and votes[e.id]["Person"]]
    target: dict[str, str] = {}
    merges = []
    for entity in names.values():
        if entity.type in ("Country", "Location"):
            continue
        words = tuple(entity.id.split("-"))
        owners = [p for p in full_people if p.id != entity.id and len(p.id.split("-")) > len(words)
                  and tuple(p.id.split("-"))[-len(words):] == words]
        if len(owners) == 1:
            target[entity.id] = owners[0].id
            votes[owners[0].id].update(votes[entity.id])
            merges.extend(Merge(doc_id, entity.name, owners[0].id, owners[0].name,
                                "short form of a full name in another article") for doc_id in sorted(docs[entity.id]))
    final: dict[str, Entity] = {}
    aliases: dict[str, set[str]] = defaultdict(set)
    for old, new in target.items():
        aliases[new].add(names[old].name)
        aliases[new].update(seen_aliases[old])
    for entity_id, entity in names.items():
        if entity_id in target:
            continue
        top = max(votes[entity_id].values())
        voted = min((t for t, n in votes[entity_id].items() if n == top), key=_TYPE_ORDER.index)
        if votes[entity_id]["Person"] and len(entity_id.split("-")) > 1:
            voted = "Person"
        all_aliases = seen_aliases[entity_id] | aliases[entity_id]
        final[entity_id] = replace(entity, type=voted, aliases=tuple(sorted(all_aliases - {entity.name})))
    return [r for r in (_rewrite(r, target, final) for r in relations) if r is not None], merges


def _rewrite(relation: Relation, target: dict[str, str], final: dict[str, Entity]) -> Relation | None:
    subject = final.get(target.get(relation.subject.id, relation.subject.id), relation.subject)
    obj = final.get(target.get(relation.object.id, relation.object.id), relation.object)
    if relation.subject.type is None:
        subject = relation.subject
    if relation.object.type is None:
        obj = relation.object
    if subject.id == obj.id:
        return None
    if subject is relation.subject and obj is relation.object:
        return relation
    return replace(relation, subject=subject, object=obj)
