"""Relations → the parameter rows the loader's Cypher takes. Pure: no driver here.

Statement ids hash what a statement says and where, so reloading the same triples
MERGEs onto the same nodes and changes no count.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from kg.model import Relation
from kg.vocabulary import relationship_type

Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class ArticleBatch:
    """The rows that replace a group of whole articles in the database."""

    article_ids: list[str]
    articles: list[Row]
    entities: list[Row]
    mentions: list[Row]
    statements: list[Row]

    @property
    def size(self) -> int:
        return len(self.statements)


def statement_id(relation: Relation) -> str:
    """A deterministic id for one relation as read in one sentence of one article."""
    e = relation.evidence
    parts = (e.doc_id, relation.subject.id, relation.predicate, relation.object.id, str(e.start),
             str(e.end), str(relation.negated), relation.modality)
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()


def article_batch(relations_by_article: Sequence[tuple[str, Sequence[Relation]]]) -> ArticleBatch:
    """Rows for the given articles and all their relations."""
    articles: dict[str, Row] = {}
    entities: dict[str, Row] = {}
    mentions: dict[tuple[str, str], Row] = {}
    statements: dict[str, Row] = {}
    for article_id, relations in relations_by_article:
        for relation in relations:
            meta = relation.article
            articles.setdefault(article_id, {"id": article_id, "title": meta.title, "url": meta.url,
                                             "published": meta.published, "source": meta.source})
            for entity in (relation.subject, relation.object):
                row = entities.setdefault(entity.id, {"id": entity.id, "name": entity.name,
                                                      "type": entity.type, "aliases": []})
                row["aliases"] = sorted({*row["aliases"], *entity.aliases} - {row["name"]})
                mentions[(article_id, entity.id)] = {"article": article_id, "entity": entity.id}
            sid = statement_id(relation)
            statements[sid] = _statement_row(sid, article_id, relation)
    return ArticleBatch(
        article_ids=[a for a, _ in relations_by_article],
        articles=list(articles.values()),
        entities=list(entities.values()),
        mentions=list(mentions.values()),
        statements=list(statements.values()),
    )


def _statement_row(sid: str, article_id: str, relation: Relation) -> Row:
    e = relation.evidence
    return {
        "id": sid,
        "article": article_id,
        "subject": relation.subject.id,
        "object": relation.object.id,
        "predicate": relation.predicate,
        "type": relationship_type(relation.predicate),
        "negated": relation.negated,
        "modality": relation.modality,
        "fact": relation.is_fact,
        "confidence": relation.confidence,
        "attributed_to": relation.attributed_to,
        "sentence": e.sentence,
        "start": e.start,
        "end": e.end,
        "rule": e.rule,
        "relation_text": relation.relation_text,
    }


def group_by_article(relations: Iterable[Relation]) -> list[tuple[str, list[Relation]]]:
    """Relations grouped by article id, articles in first-seen order."""
    groups: dict[str, list[Relation]] = {}
    for relation in relations:
        groups.setdefault(relation.evidence.doc_id, []).append(relation)
    return list(groups.items())


def batches(groups: Sequence[tuple[str, Sequence[Relation]]], batch_size: int) -> Iterable[ArticleBatch]:
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


def aggregate_keys(statements: Iterable[Row]) -> list[Row]:
    """The distinct (subject, predicate, type, object) keys of statement rows."""
    keys = {(s["subject"], s["predicate"], s["type"], s["object"]) for s in statements}
    return [{"subject": s, "predicate": p, "type": t, "object": o} for s, p, t, o in sorted(keys)]
