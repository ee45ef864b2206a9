"""Relations → the parameter rows the loader's Cypher takes. Pure: no driver here.

The mapping between `kg.model` records and graph properties is derived from the
dataclass fields (`statement_properties`, `article_properties`), so a field added to
`Relation`, `Evidence` or `ArticleMeta` is stored, and read back by `kg.store.read`,
without touching this module. Labels and relationship types are checked here, before
any row reaches a driver.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from operator import attrgetter
from typing import Any, get_args, get_type_hints

from kg.errors import ArticleSchemaError, KGError, OnError, OnSkip, SchemaError, check_on_error, skip_or_raise
from kg.keys import statement_id, triple_key
from kg.model import ENTITY_TYPES, ArticleMeta, Evidence, Relation
from kg.store.identity import Identity, entity_properties  # noqa: F401 (entity_properties: used by bulk_import)
from kg.store.unchanged import DIGEST_PROPERTY, article_digest
from kg.vocabulary import relationship_type

Row = dict[str, Any]

#: Statement properties the loader computes; no model field may use these names. `subject_key` and
#: `object_key` keep the key the article gave an end when resolution put it in another entity.
STATEMENT_BOOKKEEPING = frozenset({"id", "triple", "fact", "subject_key", "object_key"})


@dataclass(frozen=True, slots=True)
class ArticleBatch:
    """The rows that replace a group of whole articles in the database.

    articles: {id, properties, keep, mentions, statements}. `keep` holds the ids of the
        article's statements, `mentions` one {entity, name, type, aliases} per entity as
        the article resolved it, `statements` {id, subject, object, triple, properties}
        (properties include the bookkeeping id, triple and fact).
    entities: {id, name, type, aliases, names}; `names` is every name and alias the batch
        gives the entity, `aliases` the same without `name`.
    keys: {triple, subject, object, predicate, type, properties}: the aggregate edges to
        write, with the properties they have if the batch's statements are all there is.
    """

    articles: list[Row]
    entities: list[Row]
    keys: list[Row]
    size: int  # statements

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
    nested = {name for name, _ in nested_record_fields()}
    return tuple(
        f.name
        for f in dataclasses.fields(Relation)
        if not dataclasses.is_dataclass(hints[f.name]) and f.name not in nested
    )


@cache
def nested_record_fields() -> tuple[tuple[str, type], ...]:
    """Optional small records of a `Relation` (`time: TimeRef | None`), stored flattened:
    field `time` with fields `text`, `date` becomes properties `time_text`, `time_date`."""
    found: list[tuple[str, type]] = []
    for name, hint in get_type_hints(Relation).items():
        records = [a for a in get_args(hint) if isinstance(a, type) and dataclasses.is_dataclass(a)]
        if records and type(None) in get_args(hint):
            found.append((name, records[0]))
    return tuple(found)


def nested_properties(relation: Relation) -> Row:
    """The flattened properties of the relation's nested records (None where a record is absent)."""
    properties: Row = {}
    for name, record in nested_record_fields():
        value = getattr(relation, name)
        for field in dataclasses.fields(record):
            properties[f"{name}_{field.name}"] = None if value is None else _property(getattr(value, field.name))
    return properties


@cache
def evidence_fields() -> tuple[str, ...]:
    """The `Evidence` fields, stored as Statement properties under their own name."""
    fields = tuple(f.name for f in dataclasses.fields(Evidence))
    flattened = [f"{name}_{f.name}" for name, record in nested_record_fields() for f in dataclasses.fields(record)]
    names = [*fields, *relation_scalar_fields(), *flattened, *STATEMENT_BOOKKEEPING]
    if len(set(names)) != len(names):  # a model change this mapping cannot express: fail, never lose data
        raise SchemaError(f"Relation and Evidence fields collide as Statement properties: {sorted(names)}")
    return fields


@cache
def _getters() -> tuple[
    tuple[str, ...],
    Callable[[Any], tuple],
    tuple[str, ...],
    Callable[[Any], tuple],
    tuple[str, ...],
    Callable[[Any], tuple],
]:
    # attrgetter fetches every field in one call: rows are built for every relation loaded
    relation, evidence = relation_scalar_fields(), evidence_fields()
    article = tuple(f.name for f in dataclasses.fields(ArticleMeta) if f.name != "id")
    return (relation, attrgetter(*relation), evidence, attrgetter(*evidence), article, attrgetter(*article))


def statement_properties(relation: Relation) -> Row:
    """Every scalar field of the relation and of its evidence, plus `fact` (for queries)."""
    names, get, evidence_names, get_evidence, _, _ = _getters()
    properties = dict(zip(names, map(_property, _tuple(get(relation)))))
    properties.update(zip(evidence_names, map(_property, _tuple(get_evidence(relation.evidence)))))
    properties.update(nested_properties(relation))
    properties["fact"] = relation.is_fact
    return properties


def article_properties(meta: ArticleMeta) -> Row:
    """The article's metadata fields except `id` (the node key)."""
    _, _, _, _, names, get = _getters()
    return dict(zip(names, map(_property, _tuple(get(meta)))))


def _tuple(values: Any) -> tuple:
    return values if type(values) is tuple else (values,)  # attrgetter of one name returns the value


def _property(value: Any) -> Any:
    """Neo4j stores scalars and lists of scalars; tuples become lists, and an empty one None.

    An empty list is stored as no property, like None: `neo4j-admin database import`
    cannot store an empty array, and the graph `kg load` writes must be the one an import
    of `kg export --format neo4j-import` gives (kg.store.read reads a missing list as ()).
    """
    return (list(value) or None) if type(value) is tuple else value


def check_relation(relation: Relation) -> None:
    """Raise `SchemaError` unless the relation's predicate and entity types may become a type and labels."""
    try:
        relationship_type(relation.predicate)
    except ValueError as error:
        raise SchemaError(str(error)) from None
    for entity in (relation.subject, relation.object):
        if entity.type not in ENTITY_TYPES:
            raise SchemaError(f"entity {entity.id!r} has type {entity.type!r}; known: {', '.join(ENTITY_TYPES)}")


def article_batch(
    relations_by_article: Sequence[tuple[str, Sequence[Relation]]], identity: Identity | None = None
) -> ArticleBatch:
    """Rows for the given articles and all their relations (checked with `check_relation` first).

    Args:
        relations_by_article: each article's relations, their ends as the article sees them.
        identity: where each key belongs (`kg.store.identity`); None: every entity is its own.
    """
    identity = identity or Identity.of_relations(r for _, rs in relations_by_article for r in rs)
    articles: list[Row] = []
    keys: dict[str, Row] = {}
    by_key: dict[str, list[tuple[str | None, str, Row]]] = {}  # triple → (published, article, statement)
    size = 0
    for article_id, relations in relations_by_article:
        for relation in relations:
            check_relation(relation)
        statements: dict[str, Row] = {}
        for relation in relations:
            resolved = identity.resolved(relation)
            subject, obj, predicate = resolved.subject, resolved.object, resolved.predicate
            key = triple_key(subject.id, predicate, obj.id)
            if key not in keys:
                keys[key] = {
                    "triple": key,
                    "subject": subject.id,
                    "object": obj.id,
                    "predicate": predicate,
                    "type": relationship_type(predicate),
                }
            sid = statement_id(resolved)
            properties = statement_properties(resolved)
            properties["id"], properties["triple"] = sid, key
            properties["subject_key"] = relation.subject.id if relation.subject.id != subject.id else None
            properties["object_key"] = relation.object.id if relation.object.id != obj.id else None
            statements[sid] = {
                "id": sid,
                "subject": subject.id,
                "object": obj.id,
                "triple": key,
                "properties": properties,
            }
        first = relations[0].article if relations else ArticleMeta(article_id)
        properties = article_properties(first)
        row = {
            "id": article_id,
            "properties": properties,
            "keep": list(statements),
            "mentions": identity.views(relations),
            "statements": list(statements.values()),
        }
        properties[DIGEST_PROPERTY] = article_digest(row)  # kg.store.unchanged: reloads that change nothing
        articles.append(row)
        for statement in statements.values():
            by_key.setdefault(statement["triple"], []).append((properties.get("published"), article_id, statement))
        size += len(statements)
    for key, row in keys.items():
        row["properties"] = aggregate_properties(row, by_key[key])
    return ArticleBatch(articles=articles, entities=identity.rows(), keys=list(keys.values()), size=size)


def aggregate_properties(key: Row, statement_rows: list[tuple[str | None, str, Row]]) -> Row:
    """The aggregate edge of one triple from its statements as (published, article id, statement row).

    The same summary as cypher/refresh_aggregates.cypher computes in the database (the
    loader uses this one for triples the database does not hold yet); an empty list is
    None, as `_property` stores it (not at all). Lists and the
    evidence sentence follow publication date (undated last), article id, offset, id.
    """
    rows = sorted(
        statement_rows, key=lambda s: (s[0] is None, s[0] or "", s[1], s[2]["properties"]["start"], s[2]["id"])
    )
    ordered = [(published, article, row["properties"]) for published, article, row in rows]
    dates = [published for published, _, _ in ordered if published is not None]
    return {
        "predicate": key["predicate"],
        "triple": key["triple"],
        "mentions": len(ordered),
        "articles": len({article for _, article, _ in ordered}),
        "article_ids": list(dict.fromkeys(article for _, article, _ in ordered)),
        "facts": sum(1 for _, _, s in ordered if s["fact"]),
        "negated": sum(1 for _, _, s in ordered if s["negated"]),
        "modalities": list(dict.fromkeys(s["modality"] for _, _, s in ordered if s["modality"] is not None)) or None,
        "attributed_to": list(
            dict.fromkeys(s["attributed_to"] for _, _, s in ordered if s["attributed_to"] is not None)
        )
        or None,
        "confidence": max((s["confidence"] for _, _, s in ordered if s["confidence"] is not None), default=None),
        "first_seen": min(dates, default=None),
        "last_seen": max(dates, default=None),
        "evidence": ordered[0][2]["sentence"] if ordered else None,
    }


def group_by_article(
    relations: Iterable[Relation],
    on_error: OnError = "raise",
    on_skip: OnSkip | None = None,
) -> list[tuple[str, list[Relation]]]:
    """Relations grouped by article id, articles in first-seen order (`article_groups`, as a list)."""
    return list(article_groups(relations, on_error, on_skip))


def article_groups(
    relations: Iterable[Relation],
    on_error: OnError = "raise",
    on_skip: OnSkip | None = None,
    *,
    sizes: Mapping[str, int] | None = None,
) -> Iterator[tuple[str, list[Relation]]]:
    """Relations grouped by article id, each article yielded once, whole, in first-seen order.

    An article's relations need not be next to each other. `sizes` says how many relations
    each article has in `relations` (a `Sequence` is counted here): an article is yielded
    as soon as its last relation is read and every article first seen before it has been,
    so a stream whose articles come one after the other is never held whole. Without
    `sizes`, any other iterable is read to the end before the first article is yielded.

    An article holding a relation that `check_relation` refuses is refused whole, so the
    database never holds half of it: an `ArticleSchemaError` naming the article is raised,
    or, with on_error="skip", handed to `on_skip` and the article dropped.

    Raises:
        KGError: an article has more relations than `sizes` says (the input changed while
            it was read): yielding it again would replace what was yielded of it.
    """
    check_on_error(on_error)
    if sizes is None and isinstance(relations, Sequence):
        sizes = Counter(relation.article.id for relation in relations)
    pending: dict[str, list[Relation]] = {}  # first-seen order
    complete: set[str] = set()
    done: set[str] = set()  # yielded or refused
    refused: set[str] = set()
    for relation in relations:
        article_id = relation.article.id
        if article_id in refused:
            continue
        if article_id in done:
            raise KGError(
                f"article {article_id!r} has more relations than were counted before loading; "
                "the input changed while it was read"
            )
        try:
            check_relation(relation)
        except SchemaError as error:
            skip_or_raise(ArticleSchemaError(article_id, str(error)), on_error, on_skip)
            refused.add(article_id)
            done.add(article_id)
            pending.pop(article_id, None)
            complete.discard(article_id)
        else:
            group = pending.setdefault(article_id, [])
            group.append(relation)
            if sizes is not None and len(group) >= sizes.get(article_id, 0):
                complete.add(article_id)
        while pending and (head := next(iter(pending))) in complete:
            complete.discard(head)
            done.add(head)
            yield head, pending.pop(head)
    yield from pending.items()


Groups = list[tuple[str, Sequence[Relation]]]


def batches(groups: Iterable[tuple[str, Sequence[Relation]]], batch_size: int) -> Iterator[Groups]:
    """Whole articles packed into batches of about `batch_size` relations (an article is never split)."""
    pending: Groups = []
    count = 0
    for group in groups:
        pending.append(group)
        count += len(group[1])
        if count >= batch_size:
            yield pending
            pending, count = [], 0
    if pending:
        yield pending
