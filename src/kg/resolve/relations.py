"""The resolution stage over relations: each article's view of its entities in, one entity per
real-world thing across the corpus out, with every merge and the rule that made it.

`kg build`, `kg extract`, `kg load` (against what the database already holds) and the bulk
import all call `resolve_relations`; only what they pass as `known` differs.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from kg.model import Entity, Merge, Relation
from kg.resolve.aliases import AliasTable, shipped_aliases
from kg.resolve.corpus import Assignment, CorpusEntity, KeyStats, most_frequent, resolve_keys
from kg.resolve.votes import voted_type


@dataclass(frozen=True, slots=True)
class MentionRecord:
    """One article's view of one entity: the key, name, type and aliases its relations give it."""

    doc_id: str
    key: str
    name: str
    type: str | None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Resolution:
    """What the stage made of a set of relations.

    relations: the relations with each end replaced by its corpus entity (open-tuple ends
        without a type are left alone; a relation whose two ends became one is dropped).
    merges: one per article view that resolution moved or renamed, with the rule.
    entities: the corpus entities by id; assignments: the entity id of each key.
    mentions: each article's view, by (article id, key).
    """

    relations: tuple[Relation, ...]
    merges: tuple[Merge, ...]
    entities: Mapping[str, CorpusEntity]
    assignments: Mapping[str, Assignment]
    mentions: Mapping[tuple[str, str], MentionRecord]

    def entity_of(self, key: str) -> Entity:
        return self.entities[self.assignments[key].target].entity


def mention_records(relations: Iterable[Relation]) -> dict[tuple[str, str], MentionRecord]:
    """Each article's view of each entity its relations name, by (article id, entity id): the name
    and type most of its relations give (ties alphabetical), and the union of their aliases."""
    views: dict[tuple[str, str], list[Entity]] = {}
    for relation in relations:
        doc_id = relation.article.id
        for entity in (relation.subject, relation.object):
            if entity.type is not None:
                views.setdefault((doc_id, entity.id), []).append(entity)
    records = {}
    for where in sorted(views):
        seen = views[where]
        first = seen[0]
        if all(e == first for e in seen):  # the usual case: one article, one view
            records[where] = MentionRecord(
                where[0], where[1], first.name, first.type, tuple(sorted(set(first.aliases) - {first.name}))
            )
            continue
        name = most_frequent(Counter(e.name for e in seen))
        aliases = {a for e in seen for a in e.aliases} - {name}
        records[where] = MentionRecord(
            where[0], where[1], name, voted_type(Counter(e.type for e in seen)), tuple(sorted(aliases))
        )
    return records


def key_stats(records: Iterable[MentionRecord]) -> dict[str, KeyStats]:
    """The corpus statistics of each key: one vote per article view."""
    stats: dict[str, KeyStats] = defaultdict(KeyStats)
    for record in records:
        stats[record.key].add(record.name, record.type, record.aliases)
    return dict(stats)


def resolve_relations(
    relations: Iterable[Relation],
    aliases: AliasTable | None = None,
    known: Mapping[str, KeyStats] | None = None,
) -> Resolution:
    """Resolve the entities of `relations` across all their articles (and `known` ones).

    Args:
        relations: relations whose ends are each article's view of an entity.
        aliases: the alias table (default: the shipped one).
        known: statistics of keys seen elsewhere (articles already in the database, not
            among `relations`): they take part in every rule as if their articles were here.
    """
    table = shipped_aliases() if aliases is None else aliases
    relations = list(relations)
    records = mention_records(relations)
    stats = key_stats(records.values())
    for key, extra in (known or {}).items():
        stats.setdefault(key, KeyStats()).update(extra)
    assignments, entities = resolve_keys(stats, table)
    rewritten = [r for r in (_rewrite(r, assignments, entities) for r in relations) if r is not None]
    merges = []
    for (doc_id, key), record in records.items():
        assignment = assignments[key]
        if assignment.rule is not None:
            entity = entities[assignment.target].entity
            merges.append(Merge(doc_id, record.name, entity.id, entity.name, assignment.rule))
    return Resolution(tuple(rewritten), tuple(merges), entities, assignments, records)


def resolve_across_articles(
    relations: Iterable[Relation], aliases: AliasTable | None = None
) -> tuple[list[Relation], list[Merge]]:
    """The relations resolved across all their articles, and the merges made (`resolve_relations`)."""
    resolution = resolve_relations(relations, aliases)
    return list(resolution.relations), list(resolution.merges)


def _rewrite(
    relation: Relation, assignments: Mapping[str, Assignment], entities: Mapping[str, CorpusEntity]
) -> Relation | None:
    subject, obj = relation.subject, relation.object
    if subject.type is not None:
        subject = entities[assignments[subject.id].target].entity
    if obj.type is not None:
        obj = entities[assignments[obj.id].target].entity
    if subject.id == obj.id:
        return None
    if subject == relation.subject and obj == relation.object:
        return relation
    return replace(relation, subject=subject, object=obj)
