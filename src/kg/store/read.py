"""Neo4j → relations: every :Statement with its subject, object and article, as the
`Relation` records the exporters take. Only driver calls and record building here."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import Any

from kg.model import ArticleMeta, Entity, Evidence, Relation

#: Relation fields built from the statement's links rather than its properties.
_LINKED = frozenset({"subject", "predicate", "object", "evidence", "article"})


@cache
def _cypher(name: str) -> str:
    return resources.files("kg.store").joinpath("cypher", f"{name}.cypher").read_text("utf-8")


def read_relations(driver: Any, database: str) -> Iterator[Relation]:
    """Stream every statement in the database as a `Relation`, ordered by article, offset and id.

    Records are read as the server sends them, so memory does not grow with the database.
    Relation fields beyond the core ones are read from the statement's property of the same name.
    """
    with driver.session(database=database, default_access_mode="READ") as session:
        for record in session.run(_cypher("read_relations")):
            yield relation_from_record(record["statement"], record["subject"], record["object"], record["article"])


def relation_from_record(statement: dict[str, Any], subject: dict[str, Any], obj: dict[str, Any],
                         article: dict[str, Any]) -> Relation:
    """A `Relation` from the properties of a :Statement, its two :Entity nodes and its :Article."""
    meta = ArticleMeta(**{f.name: article.get(f.name) for f in dataclasses.fields(ArticleMeta)})
    evidence = Evidence(doc_id=meta.id, sentence=statement["sentence"], start=statement["start"],
                        end=statement["end"], rule=statement["rule"])
    extra = {f.name: statement[f.name] for f in dataclasses.fields(Relation)
             if f.name not in _LINKED and statement.get(f.name) is not None}
    return Relation(subject=_entity(subject), predicate=statement["predicate"], object=_entity(obj),
                    evidence=evidence, article=meta, **extra)


def _entity(node: dict[str, Any]) -> Entity:
    return Entity(node["id"], node["name"], node["type"], tuple(node.get("aliases") or ()))


__all__ = ["read_relations", "relation_from_record"]
