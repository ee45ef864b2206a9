"""Extraction in this process: articles cut into pieces spaCy accepts, parsed in batches of
bounded text (`nlp.pipe`), each doc read once by `document.extract_doc`, and the pieces'
results joined into one per article, in input order."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.tokens import Doc

from kg.errors import ExtractionError, OnError, OnSkip, skip_or_raise
from kg.extract.document import ArticleExtraction, ExtractOptions, extract_doc
from kg.extract.pipeline import load_pipeline
from kg.model import Article, ArticleMeta  # noqa: F401 (ArticleMeta: the doctest of article_pieces)
from kg.vocabulary import Vocabulary, load_vocabulary

log = logging.getLogger("kg.extract")

#: Longer articles are parsed in pieces cut at paragraph breaks: spaCy's memory grows with
#: the length of a doc, and it refuses docs longer than `nlp.max_length`.
MAX_DOC_CHARS = 100_000
#: A batch of docs holds at most this much text, so that memory stays bounded whatever
#: the mix of short and long articles (the batch size alone counts docs, not text).
MAX_BATCH_CHARS = 250_000


def extract_in_this_process(
    articles: Iterable[Article], options: ExtractOptions, *, model: str, batch_size: int
) -> Iterator[ArticleExtraction]:
    """Parse the articles in batches and yield what was read from each, in input order."""
    nlp = load_pipeline(model)
    vocabulary = load_vocabulary()
    pairs = (
        (piece.text, (article, piece, offset, last))
        for article in articles
        for piece, offset, last in article_pieces(article)
    )
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
    except Exception as error:
        log.debug("extraction of %s failed", article.id, exc_info=True)
        return ArticleExtraction(article, (), failure=f"extraction failed ({type(error).__name__}: {error})")


def extraction_error(result: ArticleExtraction) -> ExtractionError:
    """The error of a failed article, naming its file and id: `news/a.txt (a): extraction failed (…)`."""
    article = result.article
    where = article.meta.source or article.id
    if article.id not in where:
        where = f"{where} ({article.id})"
    return ExtractionError(article.id, result.failure or "extraction failed", where=where)


def reporting_failures(
    results: Iterable[ArticleExtraction], on_error: OnError, on_skip: OnSkip | None
) -> Iterator[ArticleExtraction]:
    """The results, each failed article's `ExtractionError` raised or handed to `on_skip` first
    (a skipped article is still yielded, with nothing read from it, so a journal can record it)."""
    for result in results:
        if result.failure:
            skip_or_raise(extraction_error(result), on_error, on_skip)
        yield result


def _shifted(result: ArticleExtraction, offset: int) -> ArticleExtraction:
    """Offsets of a piece's results made offsets into the whole article."""
    if not offset:
        return result
    relations = tuple(
        replace(r, evidence=replace(r.evidence, start=r.evidence.start + offset, end=r.evidence.end + offset))
        for r in result.relations
    )
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
