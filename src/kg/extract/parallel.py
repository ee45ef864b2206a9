"""Extraction in several processes: each worker loads the pipeline once, parses and
extracts whole chunks of articles, and sends back only the relations.

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

from kg.model import Article, Relation

#: Chunks in flight per worker: enough to keep every worker busy, few enough to bound memory.
_IN_FLIGHT_PER_WORKER = 2


def chunked(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """Consecutive lists of `size` items (the last may be shorter)."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def extract_chunk(articles: list[Article], model: str, batch_size: int) -> list[list[Relation]]:
    """The relations of each article of a chunk, in order (runs in a worker)."""
    from kg.extract import extract_relations

    return [relations for _, relations in extract_relations(articles, model=model, batch_size=batch_size)]


def _load(model: str) -> None:
    from kg.extract.pipeline import load_pipeline

    load_pipeline(model)


def extract_in_processes(
    articles: Iterable[Article],
    *,
    model: str,
    workers: int,
    chunk_size: int = 16,
    batch_size: int = 32,
) -> Iterator[tuple[Article, list[Relation]]]:
    """Like `extract_relations`, in `workers` processes; yields articles in input order."""
    context = get_context("spawn")  # no fork of a process that may hold threads (progress bar)
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_load, initargs=(model,)) as pool:
        pending: deque[tuple[list[Article], Future[list[list[Relation]]]]] = deque()
        for chunk in chunked(articles, chunk_size):
            pending.append((chunk, pool.submit(extract_chunk, chunk, model, batch_size)))
            if len(pending) >= workers * _IN_FLIGHT_PER_WORKER:
                yield from _collect(*pending.popleft())
        while pending:
            yield from _collect(*pending.popleft())


def _collect(chunk: list[Article], future: Future[list[list[Relation]]]) -> Iterator[tuple[Article, list[Relation]]]:
    yield from zip(chunk, future.result(), strict=True)
