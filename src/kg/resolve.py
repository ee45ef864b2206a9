"""Canonical entity keys and alias merging, pure and in memory.

Mentions in → one `Entity` per real-world thing out: "Rutte" joins "Mark Rutte", a
mis-tagged "Trump" (ORG) joins "Donald Trump", and the type is voted by all mentions.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from kg.model import Entity

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
    order = sorted(range(len(mentions)), key=lambda i: -len(mentions[i].name.split()))
    clusters: list[_Cluster] = []
    by_key: dict[str, _Cluster] = {}
    owner: dict[int, _Cluster] = {}
    for i in order:
        mention = mentions[i]
        key = canonical_key(mention.name)
        cluster = by_key.get(key) or _short_form_owner(mention, clusters)
        if cluster is None:
            cluster = _Cluster(name=mention.name, words=tuple(key.split("-")))
            clusters.append(cluster)
        by_key[key] = cluster
        cluster.keys.add(key)
        cluster.types[mention.type] += 1
        cluster.surface.add(mention.name)
        owner[i] = cluster
    entities = {id(c): _entity(c) for c in clusters}
    return [entities[id(owner[i])] for i in range(len(mentions))]


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
