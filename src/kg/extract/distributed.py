"""Extraction on a Dask cluster: chunks of articles go to the workers, each of which
loads the spaCy pipeline once (a worker plugin), and every chunk comes back as one
partition file `part-NNNNN.jsonl` of the output folder.

Dask fits batch NLP: a long-lived worker process keeps its pipeline between tasks, tasks
are plain Python functions over lists of articles, and a cluster is one address away
(`dask scheduler` / `dask worker`, Kubernetes, YARN, SLURM via dask-jobqueue).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KGError, OnError, OnSkip, check_on_error, skip_or_raise
from kg.extract.document import ExtractOptions
from kg.extract.local import extraction_error
from kg.extract.parallel import chunked, extract_chunk, pair
from kg.model import Article
from kg.records import write_relations

#: Chunks in flight per worker thread: keeps the cluster busy, bounds the client's memory.
_IN_FLIGHT_PER_WORKER = 3


@dataclass(slots=True)
class ClusterRun:
    """What a distributed extraction wrote."""

    partitions: int = 0
    articles: int = 0
    relations: int = 0


def _pipeline_plugin(model: str):
    """A worker plugin that loads the pipeline when a worker starts, so tasks find it ready."""
    from distributed.diagnostics.plugin import WorkerPlugin

    class LoadPipeline(WorkerPlugin):
        name = "kg-load-pipeline"

        def __init__(self, model: str) -> None:
            self.model = model

        def setup(self, worker) -> None:
            from kg.extract.pipeline import load_pipeline

            load_pipeline(self.model)

    return LoadPipeline(model)


def extract_on_dask(
    articles: Iterable[Article],
    out_dir: Path,
    *,
    model: str,
    options: ExtractOptions = ExtractOptions(),
    address: str | None = None,
    workers: int = 2,
    chunk_size: int = 64,
    batch_size: int = 32,
    on_partition: Callable[[int, int], None] | None = None,
    on_error: OnError = "raise",
    on_skip: OnSkip | None = None,
) -> ClusterRun:
    """Extract on the cluster at `address` (or a local cluster of `workers` processes).

    Partition N holds the relations of the Nth chunk of `chunk_size` articles, in input
    order, so the concatenated partitions equal a single-process run's output.

    Args:
        on_partition: called with (articles, relations) of each partition written.
        on_error: "raise" the `ExtractionError` of an article whose extraction failed, or
            "skip" it (the error goes to `on_skip`).

    Raises:
        KGError: when Dask is not installed or the scheduler cannot be reached.
    """
    check_on_error(on_error)
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise KGError("--engine dask needs Dask: pip install 'kg[dask]'") from None
    out_dir.mkdir(parents=True, exist_ok=True)
    for stale in out_dir.glob("part-*.jsonl"):
        stale.unlink()
    cluster = None
    try:
        if address is None:
            cluster = LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None, host="127.0.0.1"
            )
            client = Client(cluster)
        else:
            client = Client(address, timeout="20s")
    except OSError as error:
        raise KGError(f"cannot reach the Dask scheduler at {address}: {error}") from None
    run = ClusterRun()
    try:
        client.register_plugin(_pipeline_plugin(model))
        threads = max(1, sum(client.nthreads().values()))
        pending: deque = deque()

        def write_next() -> None:
            index, chunk, future = pending.popleft()
            results = future.result()
            for done in pair(chunk, results):
                if done.failure:
                    skip_or_raise(extraction_error(done), on_error, on_skip)
            with open(out_dir / f"part-{index:05d}.jsonl", "w", encoding="utf-8") as stream:
                count = write_relations((r for relations, *_ in results for r in relations), stream)
            run.partitions += 1
            run.articles += len(chunk)
            run.relations += count
            if on_partition is not None:
                on_partition(len(chunk), count)

        for index, chunk in enumerate(chunked(articles, chunk_size)):
            pending.append((index, chunk, client.submit(extract_chunk, chunk, options, model, batch_size, pure=False)))
            if len(pending) >= threads * _IN_FLIGHT_PER_WORKER:
                write_next()
        while pending:
            write_next()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return run
