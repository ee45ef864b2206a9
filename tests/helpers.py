"""Small helpers shared by tests: extraction of short texts as (subject, predicate, object) tuples."""

from __future__ import annotations

from kg.extract import extract_relations
from kg.model import Article, ArticleMeta, Relation


def relations_of(text: str, doc_id: str = "t", **meta: str) -> list[Relation]:
    """Extract the relations of one text with the default pipeline."""
    article = Article(ArticleMeta(id=doc_id, **meta), text)
    [(_, relations)] = list(extract_relations([article]))
    return relations


def triples_of(text: str) -> set[tuple[str, str, str]]:
    """The (subject name, predicate, object name) of every relation in `text`."""
    return {(r.subject.name, r.predicate, r.object.name) for r in relations_of(text)}
