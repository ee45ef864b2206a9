"""Articles → relations: parse with spaCy in batches, then read each doc once (see
`document`): page furniture masked, mentions resolved, relation rules over every verb."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.tokens import Doc

from kg.extract.document import ArticleExtraction, ExtractOptions, extract_doc
from kg.extract.pipeline import DEFAULT_PIPELINE, load_pipeline
from kg.model import Article, ArticleMeta, Relation
from kg.vocabulary import Vocabulary, load_vocabulary

log = logging.getLogger("kg.extract")

#: Longer articles are parsed in pieces cut at paragraph breaks: spaCy's memory grows with
#: the length of a doc, and it refuses docs longer than `nlp.max_length`.
MAX_DOC_CHARS = 100_000
#: A batch of docs holds at most this much text, so that memory stays bounded whatever
#: the mix of short and long articles (the batch size alone counts docs, not text).
MAX_BATCH_CHARS = 250_000

__all__ = ["DEFAULT_PIPELINE", "ArticleExtraction", "ExtractOptions", "extract_articles", "extract_relations",
           "relations_from_doc"]


def extract_articles(
    articles: Iterable[Article],
    options: ExtractOptions = ExtractOptions(),
    *,
    model: str = DEFAULT_PIPELINE,
    batch_size: int = 32,
    workers: int = 1,
) -> Iterator[ArticleExtraction]:
    """Parse the articles in batches and yield what was read from each, in input order.

    Args:
        articles: the articles, in the order their results are yielded.
        options: open mode, confidence bar, decision report.
        model: an installed spaCy pipeline.
        batch_size: texts per `nlp.pipe` batch.
        workers: processes that each parse and extract (see `parallel`); 1 works in this one.
    """
    if workers > 1:
        from kg.extract.parallel import extract_in_processes

        yield from extract_in_processes(articles, options, model=model, workers=workers, batch_size=batch_size)
        return
    nlp = load_pipeline(model)
    vocabulary = load_vocabulary()
    pairs = ((piece.text, (article, piece, offset, last))
             for article in articles for piece, offset, last in article_pieces(article))
    parts: list[ArticleExtraction] = []
    for batch in _batches(pairs, batch_size):
        for doc, (article, piece, offset, last) in nlp.pipe(batch, as_tuples=True, batch_size=len(batch)):
            parts.append(_shifted(_extract_or_fail(doc, piece, vocabulary, options), offset))
            if last:
                yield _joined(article, parts)
                parts = []


def _batches(pairs: Iterable[tuple[str, object]], size: int) -> Iterator[list[tuple[str, object]]]:
    """Lists of at most `size` texts and `MAX_BATCH_CHARS` characters (a longer text goes alone)."""
    batch: list[tuple[str, object]] = []
    chars = 0
    for pair in pairs:
        if batch and (len(batch) >= size or chars + len(pair[0]) > MAX_BATCH_CHARS):
            yield batch
            batch, chars = [], 0
        batch.append(pair)
        chars += len(pair[0])
    if batch:
        yield batch


def article_pieces(article: Article, limit: int = MAX_DOC_CHARS) -> Iterator[tuple[Article, int, bool]]:
    """The article in pieces of at most `limit` characters, cut at a paragraph break, else a line
    break, else a space: (piece, its offset in the article, whether it is the last).

    >>> [(p.text, offset, last) for p, offset, last in article_pieces(Article(ArticleMeta("a"), "One.\\n\\nTwo."), 8)]
    [('One.\\n\\n', 0, False), ('Two.', 6, True)]
    """
    text = article.text
    if len(text) <= limit:
        yield article, 0, True
        return
    start = 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            for separator in ("\n\n", "\n", " "):
                cut = text.rfind(separator, start + 1, end)
                if cut > start:
                    end = cut + len(separator)
                    break
        yield Article(article.meta, text[start:end]), start, end >= len(text)
        start = end


def _extract_or_fail(doc: Doc, article: Article, vocabulary: Vocabulary, options: ExtractOptions) -> ArticleExtraction:
    """Extract; an unexpected error fails this article only, and says so."""
    try:
        return extract_doc(doc, article, vocabulary, options)
    except Exception as error:  # noqa: BLE001 — one odd article must not stop an archive
        log.debug("extraction of %s failed", article.id, exc_info=True)
        return ArticleExtraction(article, (), failure=f"extraction failed ({type(error).__name__}: {error})")


def _shifted(result: ArticleExtraction, offset: int) -> ArticleExtraction:
    """Offsets of a piece's results made offsets into the whole article."""
    if not offset:
        return result
    relations = tuple(replace(r, evidence=replace(r.evidence, start=r.evidence.start + offset,
                                                  end=r.evidence.end + offset)) for r in result.relations)
    decisions = tuple(replace(d, start=d.start + offset, end=d.end + offset) for d in result.decisions)
    return replace(result, relations=relations, decisions=decisions)


def _joined(article: Article, parts: list[ArticleExtraction]) -> ArticleExtraction:
    if len(parts) == 1:
        return replace(parts[0], article=article)
    failures = [p.failure for p in parts if p.failure]
    return ArticleExtraction(
        article,
        tuple(r for p in parts for r in p.relations),
        tuple(m for p in parts for m in p.merges),
        tuple(d for p in parts for d in p.decisions),
        failures[0] if failures else None,
    )


def extract_relations(
    articles: Iterable[Article], *, model: str = DEFAULT_PIPELINE, batch_size: int = 32
) -> Iterator[tuple[Article, list[Relation]]]:
    """Parse the articles in batches and yield each with the relations read from it."""
    for result in extract_articles(articles, model=model, batch_size=batch_size):
        yield result.article, list(result.relations)


def relations_from_doc(doc: Doc, article: Article, vocabulary: Vocabulary | None = None) -> list[Relation]:
    """The relations between entities in one parsed article."""
    return list(extract_doc(doc, article, vocabulary or load_vocabulary(), ExtractOptions()).relations)
