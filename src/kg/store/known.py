"""Resolution against what the database already holds, inside a batch's write transaction.

Reads, for the keys a batch names, everything the resolution rules look at (the entity
nodes those keys, their tails and their canonical names reach, and each stored key's names,
types and aliases counted once per article), resolves the batch and the stored keys
together, and re-reads the articles whose entities moved, so the batch rewrites them too.
The database then holds what resolving every article at once would give.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from kg.keys import canonical_key
from kg.model import Merge, Relation
from kg.resolve import AliasTable, KeyStats, Resolution, mention_records, resolve_relations
from kg.resolve.canonical import canonical_form
from kg.store.identity import key_tail

#: Rounds of reading more of the database before resolution gives up widening its view.
MAX_ROUNDS = 6
#: Types that are nobody's short form nor full name: their keys' tails are not looked up.
_NO_TAIL = frozenset({"Country", "Location", "Group", "Event"})


@cache
def _cypher(name: str) -> str:
    return resources.files("kg.store").joinpath("cypher", f"{name}.cypher").read_text("utf-8")


@dataclass(slots=True)
class Known:
    """What the database holds of the keys read so far."""

    nodes: set[str] = field(default_factory=set)
    stats: dict[str, KeyStats] = field(default_factory=dict)
    placed: dict[str, set[str]] = field(default_factory=dict)  # key → the nodes its MENTIONS point at
    tails: set[str] = field(default_factory=set)
    ids: set[str] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class BatchResolution:
    """A batch resolved against the database: the resolution, the stored articles it re-points
    (their relations as they saw their entities) and the merge log of both."""

    resolution: Resolution
    reloaded: list[tuple[str, list[Relation]]]
    merges: list[Merge]
    stored: dict[str, dict[str, Any]]  # the properties of the entity nodes read, by id

    def changed(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The entity rows whose node is new or whose properties resolution changed."""

        def differs(row: dict[str, Any]) -> bool:
            wanted = {k: v for k, v in row["properties"].items() if v is not None}
            return self.stored.get(row["id"]) != {**wanted, "id": row["id"]}

        return [row for row in rows if differs(row)]


def resolve_batch(tx: Any, groups: Sequence[tuple[str, Sequence[Relation]]], table: AliasTable) -> BatchResolution:
    """Resolve the relations of `groups` (article id → relations) together with the database."""
    from kg.store.read import relation_from_record

    incoming = [r for _, relations in groups for r in relations]
    batch_ids = [article_id for article_id, _ in groups]
    replaced = [r["id"] for r in tx.run(_cypher("existing_articles"), ids=batch_ids)]
    known = Known()
    ids, keys, tails = _reach(mention_records(incoming).values(), table)
    _read(tx, known, ids, keys, tails, replaced, skip=replaced, table=table)
    reloaded: dict[str, list[Relation]] = {}
    skip = set(batch_ids)
    for _ in range(MAX_ROUNDS):
        resolution = resolve_relations(incoming, table, known.stats)
        moved = [
            {"key": key, "node": node}
            for key, nodes in sorted(known.placed.items())
            for node in sorted(nodes)
            if resolution.assignments[key].target != node
        ]
        more = sorted({r["id"] for r in tx.run(_cypher("key_articles"), moved=moved)} - skip - set(reloaded))
        if not more:
            break
        for record in tx.run(_cypher("read_article_views"), ids=more):
            relation = relation_from_record(record)
            reloaded.setdefault(relation.article.id, []).append(relation)
        _read(tx, known, set(), set(), set(), more, skip=replaced, table=table)
    merges = list(resolution.merges)
    moved_keys = {key for key, nodes in known.placed.items() if nodes != {resolution.assignments[key].target}}
    records = mention_records(r for relations in reloaded.values() for r in relations)
    for (doc_id, key), record in records.items():
        if key in moved_keys:
            merges.append(_moved(doc_id, record.name, key, known.placed[key], resolution))
    stored = {r["id"]: r["properties"] for r in tx.run(_cypher("known_entities"), nodes=sorted(known.nodes))}
    return BatchResolution(resolution, sorted(reloaded.items()), merges, stored)


def _moved(doc_id: str, name: str, key: str, before: set[str], resolution: Resolution) -> Merge:
    """The merge-log line of a stored view that resolution moved to another entity."""
    assignment = resolution.assignments[key]
    entity = resolution.entities[assignment.target].entity
    if assignment.rule is not None:
        rule = f"{assignment.rule} (moved from {', '.join(sorted(before - {assignment.target})) or 'itself'})"
    else:
        rule = f"split from {', '.join(sorted(before))}: no single entity fits it any more"
    return Merge(doc_id, name, entity.id, entity.name, rule)


def _reach(records: Any, table: AliasTable) -> tuple[set[str], set[str], set[str]]:
    """The node ids, keys and tails a set of views reaches: each key, its canonical name's key,
    and the tail of each key the short-form rules may move."""
    ids: set[str] = set()
    keys: set[str] = set()
    tails: set[str] = set()
    for record in records:
        keys.add(record.key)
        ids.add(record.key)
        form = canonical_form(record.name, table)
        if form.pinned:
            ids.add(canonical_key(form.name))
        elif record.type not in _NO_TAIL:
            tails.add(key_tail(record.key))
    return ids, keys, tails


def _read(
    tx: Any,
    known: Known,
    ids: set[str],
    keys: set[str],
    tails: set[str],
    articles: list[str],
    *,
    skip: list[str],
    table: AliasTable,
) -> None:
    """Read the nodes the given ids, keys, tails and articles reach, and what the keys of those
    nodes reach in turn, until nothing new is reached."""
    for _ in range(MAX_ROUNDS):
        ids, tails = ids - known.ids, tails - known.tails
        known.ids |= ids
        known.tails |= tails
        nodes = {
            r["node"]
            for r in tx.run(
                _cypher("known_nodes"),
                ids=sorted(ids),
                keys=sorted(keys),
                tails=sorted(tails),
                articles=sorted(articles),
            )
        } - known.nodes
        if not nodes:
            return
        known.nodes |= nodes
        found = []
        for row in tx.run(_cypher("known_keys"), nodes=sorted(nodes), skip=skip):
            stats = known.stats.setdefault(row["key"], KeyStats())
            stats.add(row["name"], row["type"], row["aliases"] or (), count=row["n"])
            known.placed.setdefault(row["key"], set()).add(row["node"])
            found.append(row)
        ids, keys, tails, articles = set(), set(), set(), []
        for row in found:
            form = canonical_form(row["name"], table)
            if form.pinned:
                ids.add(canonical_key(form.name))
            elif row["type"] not in _NO_TAIL:
                tails.add(key_tail(row["key"]))
