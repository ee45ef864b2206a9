"""Articles → relations: parse with spaCy in batches, then read each doc once (see
`document`): page furniture masked, mentions resolved, relation rules over every verb."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from kg.errors import OnError, OnSkip, check_on_error
from kg.extract.options import DEFAULT_PIPELINE, ArticleExtraction, ExtractOptions
from kg.model import Article, Relation
from kg.vocabulary import Vocabulary, load_vocabulary

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "DEFAULT_PIPELINE",
    "ArticleExtraction",
    "ExtractOptions",
    "extract_articles",
    "extract_relations",
    "relations_from_doc",
]


def extract_articles(
    articles: Iterable[Article],
    options: ExtractOptions = ExtractOptions(),
    *,
    model: str = DEFAULT_PIPELINE,
    batch_size: int = 32,
    workers: int = 1,
    on_error: OnError = "raise",
    on_skip: OnSkip | None = None,
) -> Iterator[ArticleExtraction]:
    """Parse the articles in batches and yield what was read from each, in input order.

    Args:
        articles: the articles, in the order their results are yielded.
        options: open mode, confidence bar, decision report.
        model: an installed spaCy pipeline.
        batch_size: texts per `nlp.pipe` batch.
        workers: processes that each parse and extract (see `parallel`); 1 works in this one (`local`).
        on_error: for an article whose extraction fails, "raise" its `ExtractionError`, or
            "skip" it: the error goes to `on_skip`, and its result (with nothing read) is yielded.
        on_skip: called with the `ExtractionError` of every skipped article.
    """
    from kg.extract.local import extract_in_this_process, reporting_failures

    check_on_error(on_error)
    if workers > 1:
        from kg.extract.parallel import extract_in_processes

        results = extract_in_processes(articles, options, model=model, workers=workers, batch_size=batch_size)
    else:
        results = extract_in_this_process(articles, options, model=model, batch_size=batch_size)
    yield from reporting_failures(results, on_error, on_skip)


def extract_relations(
    articles: Iterable[Article], *, model: str = DEFAULT_PIPELINE, batch_size: int = 32
) -> Iterator[tuple[Article, list[Relation]]]:
    """Parse the articles in batches and yield each with the relations read from it."""
    for result in extract_articles(articles, model=model, batch_size=batch_size):
        yield result.article, list(result.relations)


def relations_from_doc(doc: Doc, article: Article, vocabulary: Vocabulary | None = None) -> list[Relation]:
    """The relations between entities in one parsed article."""
    from kg.extract.document import extract_doc

    return list(extract_doc(doc, article, vocabulary or load_vocabulary(), ExtractOptions()).relations)
