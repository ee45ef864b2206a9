"""Neo4j → `kg.model.Relation`s again: every loaded relation, as it was loaded and resolved.

Consumes the graph `kg.store.neo4j.load_relations` writes; produces the records the
RDF exporter takes (`kg export --from-neo4j`). The mapping mirrors `kg.store.rows`:
a Statement node holds every scalar field of the relation and of its evidence, the
Article node the article's metadata, and the Entity nodes its ends as entity resolution
made them (what `kg.resolve.resolve_relations` gives for the same relations). The
loader also reads each article's own view of its entities back (`kg.store.known`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import Any

from kg.model import ArticleMeta, Entity, Evidence, Relation
from kg.store.rows import evidence_fields, nested_record_fields, relation_scalar_fields


@cache
def _read_query() -> str:
    return resources.files("kg.store").joinpath("cypher", "read_relations.cypher").read_text("utf-8")


def read_relations(driver: Any, database: str = "neo4j") -> Iterator[Relation]:
    """Every relation in the database, ordered by article id, then offset.

    Streams: the rows are read as they arrive, in one read-only auto-commit query.

    Args:
        driver: a `neo4j.Driver`.
        database: the database to read.
    """
    with driver.session(database=database, default_access_mode="READ") as session:
        for record in session.run(_read_query()):
            yield relation_from_record(record)


def relation_from_record(record: Any) -> Relation:
    """A relation from one row of `read_relations.cypher` (statement, article, subject, object)."""
    statement: dict[str, Any] = record["statement"]
    article: dict[str, Any] = record["article"]
    return Relation(
        subject=_entity(record["subject"]),
        object=_entity(record["object"]),
        evidence=_build(Evidence, statement, evidence_fields()),
        article=_build(ArticleMeta, article, [f.name for f in dataclasses.fields(ArticleMeta)]),
        **_values(Relation, statement, relation_scalar_fields()),
        **_nested(statement),
    )


def _nested(properties: dict[str, Any]) -> dict[str, Any]:
    """The relation's nested records from their flattened properties (see `nested_record_fields`)."""
    values = {}
    for name, record in nested_record_fields():
        names = [f.name for f in dataclasses.fields(record)]
        present = any(f"{name}_{sub}" in properties for sub in names)
        values[name] = record(**{sub: properties.get(f"{name}_{sub}") for sub in names}) if present else None
    return values


def _entity(row: dict[str, Any]) -> Entity:
    return Entity(id=row["id"], name=row["name"], type=row["type"], aliases=tuple(row["aliases"] or ()))


def _build(cls: type, properties: dict[str, Any], names: Any) -> Any:
    return cls(**_values(cls, properties, names))


def _values(cls: type, properties: dict[str, Any], names: Any) -> dict[str, Any]:
    """Field values from properties; a missing property (Neo4j does not store nulls) takes the
    field's default, or None; lists go back into tuples where the field is a tuple."""
    fields = {f.name: f for f in dataclasses.fields(cls)}
    values: dict[str, Any] = {}
    for name in names:
        field = fields[name]
        if name in properties:
            value = properties[name]
            if isinstance(value, list) and str(field.type).startswith("tuple"):
                value = tuple(value)
        elif field.default is not dataclasses.MISSING:
            value = field.default
        elif field.default_factory is not dataclasses.MISSING:
            value = field.default_factory()
        else:
            value = None
        values[name] = value
    return values
