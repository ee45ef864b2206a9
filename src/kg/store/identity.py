"""Resolution results → the identity rows the loader writes: which entity node each article's
view of an entity (its key) belongs to and by which rule (MENTIONS), and the entity nodes.

Pure: the loader (`kg.store.neo4j`) and the bulk import (`kg.store.bulk_import`) build the
same rows from the same `Identity`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from kg.model import Entity, Relation
from kg.resolve import Resolution, mention_records

Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Identity:
    """Where each key belongs: `targets` maps a key to (entity id, rule), `entities` an entity id
    to the record relations carry and `ids` to the other keys that entity stands for.
    A key that is not in `targets` is its own entity."""

    targets: Mapping[str, tuple[str, str | None]] = field(default_factory=dict)
    entities: Mapping[str, Entity] = field(default_factory=dict)
    ids: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def of_resolution(cls, resolution: Resolution) -> Identity:
        targets = {key: (a.target, a.rule) for key, a in resolution.assignments.items()}
        entities = {i: c.entity for i, c in resolution.entities.items()}
        return cls(targets, entities, {i: c.ids for i, c in resolution.entities.items()})

    @classmethod
    def of_relations(cls, relations: Iterable[Relation]) -> Identity:
        """Every entity its own, named and typed as the first relation has it, with all its aliases."""
        entities: dict[str, Entity] = {}
        for relation in relations:
            for entity in (relation.subject, relation.object):
                known = entities.setdefault(entity.id, entity)
                if not set(entity.aliases) <= set(known.aliases):
                    aliases = tuple(sorted({*known.aliases, *entity.aliases} - {known.name}))
                    entities[entity.id] = replace(known, aliases=aliases)
        return cls({}, entities, {})

    def target(self, key: str) -> tuple[str, str | None]:
        return self.targets.get(key, (key, None))

    def entity(self, local: Entity) -> Entity:
        return self.entities.get(self.target(local.id)[0], local)

    def resolved(self, relation: Relation) -> Relation:
        """The relation with both ends replaced by their entities."""
        subject, obj = self.entity(relation.subject), self.entity(relation.object)
        if subject is relation.subject and obj is relation.object:
            return relation
        return replace(relation, subject=subject, object=obj)

    def views(self, relations: Sequence[Relation]) -> list[Row]:
        """The MENTIONS rows of one article: its view of each key its relations name."""
        rows = []
        for (_, key), record in mention_records(relations).items():
            target, rule = self.target(key)
            rows.append(
                {
                    "entity": target,
                    "key": key,
                    "name": record.name,
                    "type": record.type,
                    "aliases": list(record.aliases),
                    "rule": rule,
                    "tail": key_tail(key),
                }
            )
        return rows

    def rows(self) -> list[Row]:
        """The entity rows merge_entities.cypher takes: {id, type, properties}."""
        return [
            {
                "id": i,
                "type": e.type,
                "properties": entity_properties(e.name, e.type or "", e.aliases, self.ids.get(i, ())),
            }
            for i, e in sorted(self.entities.items())
        ]


def entity_properties(name: str, type_: str, aliases: Sequence[str], ids: Sequence[str] = ()) -> Row:
    """An Entity node's properties besides `id`: `name_key` is `toLower(name)`; `ids` the keys of the
    names it absorbed (old ids that stay valid); `alias_keys` the lower-cased aliases and those ids,
    which queries look names up in; `alias_text` feeds the full-text index. An empty list is not
    stored (no property, as `kg.store.rows._property` says why)."""
    keys = sorted({*(a.lower() for a in aliases), *ids})
    return {
        "name": name,
        "type": type_,
        "name_key": name.lower(),
        "aliases": list(aliases) or None,
        "alias_keys": keys or None,
        "alias_text": "".join(f"{a} " for a in aliases),
        "ids": list(ids) or None,
    }


def key_tail(key: str) -> str:
    """The last word of a key ("tony-blair" → "blair"): a short form and its full name share it."""
    return key.rsplit("-", 1)[-1]
