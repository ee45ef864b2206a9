"""Relations → the parameter rows the loader's Cypher takes. Pure: no driver here.

The mapping between `kg.model` records and graph properties is derived from the
dataclass fields (`statement_properties`, `article_properties`), so a field added to
`Relation`, `Evidence` or `ArticleMeta` is stored, and read back by `kg.store.read`,
without touching this module. Labels and relationship types are checked here, before
any row reaches a driver.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, get_type_hints

from kg.errors import SchemaError
from kg.model import ENTITY_TYPES, ArticleMeta, Entity, Evidence, Relation
from kg.vocabulary import relationship_type

Row = dict[str, Any]

#: Statement properties the loader computes; no model field may use these names.
STATEMENT_BOOKKEEPING = frozenset({"id", "triple", "fact"})


@dataclass(frozen=True, slots=True)
class ArticleBatch:
    """The rows that replace a group of whole articles in the database."""

    articles: list[Row]  # {id, properties, keep}: keep = the article's statement ids
    entities: list[Row]  # {id, name, type}
    mentions: list[Row]  # {article, entity, name, type, aliases}: the entity as the article resolved it
    statements: list[Row]  # {id, article, subject, object, triple, properties}
    keys: list[Row]  # {triple, subject, object, predicate, type}: the aggregate edges to refresh

    @property
    def size(self) -> int:
        return len(self.statements)

    @property
    def article_ids(self) -> list[str]:
        return [a["id"] for a in self.articles]


@cache
def relation_scalar_fields() -> tuple[str, ...]:
    """The `Relation` fields stored as Statement properties under their own name.

    Every field except those holding records (subject, object, evidence, article),
    which become nodes, relationships or, for `Evidence`, properties of their own.
    """
    hints = get_type_hints(Relation)
    return tuple(f.name for f in dataclasses.fields(Relation) if not dataclasses.is_dataclass(hints[f.name]))


@cache
def evidence_fields() -> tuple[str, ...]:
    """The `Evidence` fields, stored as Statement properties under their own name."""
    fields = tuple(f.name for f in dataclasses.fields(Evidence))
    clash = (set(fields) & set(relation_scalar_fields())) | (set(fields) & STATEMENT_BOOKKEEPING) | (
        set(relation_scalar_fields()) & STATEMENT_BOOKKEEPING)
    if clash:  # a model change the property mapping cannot express: fail loudly, not lossily
        raise TypeError(f"Relation/Evidence fields {sorted(clash)} collide as Statement properties")
    return fields


def statement_properties(relation: Relation) -> Row:
    """Every scalar field of the relation and of its evidence, plus `fact` (for queries)."""
    properties = {name: _property(getattr(relation, name)) for name in relation_scalar_fields()}
    properties.update({name: _property(getattr(relation.evidence, name)) for name in evidence_fields()})
    properties["fact"] = relation.is_fact
    return properties


def article_properties(meta: ArticleMeta) -> Row:
    """The article's metadata fields except `id` (the node key)."""
    return {f.name: _property(getattr(meta, f.name)) for f in dataclasses.fields(ArticleMeta) if f.name != "id"}


def _property(value: Any) -> Any:
    """Neo4j stores scalars and lists of scalars; tuples become lists."""
    return list(value) if isinstance(value, tuple) else value


def statement_id(relation: Relation) -> str:
    """A deterministic id for one relation as read in one sentence of one article.

    It is also the local name of the statement's IRI in the RDF export, so a Statement
    node in Neo4j and a statement resource in RDF name each other.
    """
    e = relation.evidence
    parts = (e.doc_id, relation.subject.id, relation.predicate, relation.object.id, str(e.start),
             str(e.end), str(relation.negated), relation.modality)
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()


def triple_key(subject: str, predicate: str, obj: str) -> str:
    """The key shared by a triple's statements and its aggregate edge: a JSON array, readable in Browser."""
    return json.dumps([subject, predicate, obj], ensure_ascii=False, separators=(",", ":"))


def check_relation(relation: Relation) -> None:
    """Raise `SchemaError` unless the relation's predicate and entity types may become a type and labels."""
    try:
        relationship_type(relation.predicate)
    except ValueError as error:
        raise SchemaError(str(error)) from None
    for entity in (relation.subject, relation.object):
        if entity.type not in ENTITY_TYPES:
            raise SchemaError(f"entity {entity.id!r} has type {entity.type!r}; known: {', '.join(ENTITY_TYPES)}")


def article_batch(relations_by_article: Sequence[tuple[str, Sequence[Relation]]]) -> ArticleBatch:
    """Rows for the given articles and all their relations (checked with `check_relation` first)."""
    articles: dict[str, Row] = {}
    entities: dict[str, Row] = {}
    mentions: dict[tuple[str, str], Row] = {}
    statements: dict[str, Row] = {}
    keys: dict[str, Row] = {}
    for article_id, relations in relations_by_article:
        for relation in relations:
            check_relation(relation)
            article = articles.setdefault(article_id, {"id": article_id, "keep": [],
                                                       "properties": article_properties(relation.article)})
            for entity in (relation.subject, relation.object):
                entities.setdefault(entity.id, {"id": entity.id, "name": entity.name, "type": entity.type})
                _add_mention(mentions, article_id, entity)
            key = triple_key(relation.subject.id, relation.predicate, relation.object.id)
            keys.setdefault(key, {"triple": key, "subject": relation.subject.id, "object": relation.object.id,
                                  "predicate": relation.predicate, "type": relationship_type(relation.predicate)})
            sid = statement_id(relation)
            if sid not in statements:
                article["keep"].append(sid)
            statements[sid] = {"id": sid, "article": article_id, "subject": relation.subject.id,
                               "object": relation.object.id, "triple": key,
                               "properties": statement_properties(relation)}
    return ArticleBatch(
        articles=list(articles.values()),
        entities=list(entities.values()),
        mentions=list(mentions.values()),
        statements=list(statements.values()),
        keys=list(keys.values()),
    )


def _add_mention(mentions: dict[tuple[str, str], Row], article_id: str, entity: Entity) -> None:
    """The entity as this article names it; several records of one entity in one article merge their aliases."""
    row = mentions.get((article_id, entity.id))
    if row is None:
        mentions[(article_id, entity.id)] = {"article": article_id, "entity": entity.id, "name": entity.name,
                                             "type": entity.type, "aliases": list(entity.aliases)}
    elif entity.aliases and list(entity.aliases) != row["aliases"]:
        row["aliases"] = sorted({*row["aliases"], *entity.aliases} - {row["name"]})


def group_by_article(
    relations: Iterable[Relation],
    on_skip: Callable[[str, SchemaError], None] | None = None,
) -> list[tuple[str, list[Relation]]]:
    """Relations grouped by article id, articles in first-seen order.

    An article holding a relation that `check_relation` refuses is dropped whole, so
    the database never holds half of it: `on_skip(article_id, error)` is called, or,
    without `on_skip`, the `SchemaError` is raised naming the article.
    """
    groups: dict[str, list[Relation]] = {}
    refused: set[str] = set()
    for relation in relations:
        article_id = relation.article.id
        if article_id in refused:
            continue
        try:
            check_relation(relation)
        except SchemaError as error:
            if on_skip is None:
                raise SchemaError(f"article {article_id!r}: {error}") from None
            refused.add(article_id)
            groups.pop(article_id, None)
            on_skip(article_id, error)
            continue
        groups.setdefault(article_id, []).append(relation)
    return list(groups.items())


def batches(groups: Sequence[tuple[str, Sequence[Relation]]], batch_size: int) -> Iterator[ArticleBatch]:
    """Whole articles packed into batches of about `batch_size` relations (an article is never split)."""
    pending: list[tuple[str, Sequence[Relation]]] = []
    count = 0
    for group in groups:
        pending.append(group)
        count += len(group[1])
        if count >= batch_size:
            yield article_batch(pending)
            pending, count = [], 0
    if pending:
        yield article_batch(pending)
