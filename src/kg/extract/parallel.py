"""Extraction in several processes: each worker loads the pipeline once, parses and
extracts whole chunks of articles, and sends back only what it read from them.

Parsing dominates the cost and does not share a process well (`nlp.pipe(n_process=2)`
gains little), while a pool of workers that parse *and* extract scales with the cores.
Chunks are submitted a few at a time, so memory stays bounded however long the input.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from multiprocessing import get_context

from kg.extract.document import ArticleExtraction, ExtractOptions
from kg.extract.local import extract_in_this_process
from kg.model import Article, Decision, Merge, Relation

#: Chunks in flight per worker: enough to keep every worker busy, few enough to bound memory.
_IN_FLIGHT_PER_WORKER = 2

#: What a worker sends back for one article (the article itself stays with the caller).
ChunkResult = list[tuple[tuple[Relation, ...], tuple[Merge, ...], tuple[Decision, ...], str | None]]


def chunked(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """Consecutive lists of `size` items (the last may be shorter)."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def extract_chunk(articles: list[Article], options: ExtractOptions, model: str, batch_size: int) -> ChunkResult:
    """What was read from each article of a chunk, in order (runs in a worker)."""
    return [
        (r.relations, r.merges, r.decisions, r.failure)
        for r in extract_in_this_process(articles, options, model=model, batch_size=batch_size)
    ]


def pair(chunk: list[Article], results: ChunkResult) -> Iterator[ArticleExtraction]:
    """Each article of a chunk with what a worker read from it."""
    for article, (relations, merges, decisions, failure) in zip(chunk, results, strict=True):
        yield ArticleExtraction(article, relations, merges, decisions, failure)


def _load(model: str) -> None:
    from kg.extract.pipeline import load_pipeline

    load_pipeline(model)


def extract_in_processes(
    articles: Iterable[Article],
    options: ExtractOptions,
    *,
    model: str,
    workers: int,
    chunk_size: int = 16,
    batch_size: int = 32,
) -> Iterator[ArticleExtraction]:
    """Like `extract_articles`, in `workers` processes; yields articles in input order."""
    context = get_context("spawn")  # no fork of a process that may hold threads (progress bar)
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_load, initargs=(model,)) as pool:
        pending: deque[tuple[list[Article], Future[ChunkResult]]] = deque()
        for chunk in chunked(articles, chunk_size):
            pending.append((chunk, pool.submit(extract_chunk, chunk, options, model, batch_size)))
            if len(pending) >= workers * _IN_FLIGHT_PER_WORKER:
                chunk, future = pending.popleft()
                yield from pair(chunk, future.result())
        while pending:
            chunk, future = pending.popleft()
            yield from pair(chunk, future.result())
