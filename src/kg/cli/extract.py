"""`kg extract`: articles in, one JSON relation per line out — in this process, in a pool
of worker processes, or on a Dask cluster; resumable when writing to a file."""

from __future__ import annotations

import sys
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path

import click

from kg.cli.options import Skips, model_option, progress
from kg.extract import extract_relations
from kg.extract.parallel import extract_in_processes
from kg.extract.resume import Journal, content_hash, extraction_fingerprint
from kg.ingest import read_articles
from kg.model import Article, Relation
from kg.records import write_relations


def extract_articles(articles: Iterable[Article], model: str, workers: int) -> Iterator[tuple[Article, list[Relation]]]:
    """Each article with its relations, in input order, in `workers` processes."""
    if workers > 1:
        return extract_in_processes(articles, model=model, workers=workers)
    return extract_relations(articles, model=model)


def extracted(inputs: tuple[str, ...], model: str, skips: Skips, counts: dict[str, int],
              workers: int = 1) -> Iterator[Relation]:
    """Read, parse and extract, with a progress bar; counts articles and relations into `counts`."""
    articles = _counted(read_articles(inputs, on_skip=skips), counts)
    with progress("extracting") as advance:
        for _, relations in extract_articles(articles, model, workers):
            advance(1)
            counts["relations"] += len(relations)
            yield from relations


def _counted(articles: Iterable[Article], counts: dict[str, int]) -> Iterator[Article]:
    for article in articles:
        counts["articles"] += 1
        yield article


def workers_option(command):
    return click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
                        help="Processes that parse and extract in parallel (one pipeline each).")(command)


@click.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", type=click.Path(allow_dash=True), default="-", show_default=True,
              help="Where to write the JSON Lines ('-' is stdout); a folder with --engine dask.")
@model_option
@workers_option
@click.option("--resume", is_flag=True,
              help="Continue an interrupted run into the same -o FILE: finished articles (same text, "
                   "model and rules) are skipped, a half-written one is redone.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="'dask' runs on a Dask cluster and writes OUTPUT/part-NNNNN.jsonl.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Dask scheduler address (tcp://host:8786); without it, a local cluster of --workers processes.")
@click.pass_context
def extract(ctx: click.Context, inputs: tuple[str, ...], output: str, model: str, workers: int, resume: bool,
            engine: str, scheduler: str | None) -> None:
    """Extract relations from articles and write them as JSON Lines.

    INPUT is a file (.txt, .md, .html, .jsonl), a folder (read recursively) or '-'
    for stdin. Each output line follows schemas/triple.schema.json. Articles are read,
    parsed in batches and written as they go, so memory does not grow with the input.

    \b
    Example:
      kg extract examples/articles -o triples.jsonl
      cat article.txt | kg extract - | jq .predicate
      kg extract archive/ -o triples.jsonl --workers 2 --resume
      kg extract archive/ --engine dask --scheduler tcp://10.0.0.5:8786 -o triples/
    """
    skips = Skips()
    counts = {"articles": 0, "relations": 0, "done": 0}
    articles = _counted(read_articles(inputs, on_skip=skips), counts)
    if engine == "dask":
        where = _extract_on_dask(articles, output, model, workers, scheduler, resume, counts)
    elif output == "-":
        if resume:
            raise click.UsageError("--resume needs -o FILE")
        _write(extract_articles(articles, model, workers), sys.stdout, counts)
        where = "stdout"
    else:
        _extract_to_file(articles, Path(output), model, workers, resume, counts)
        where = output
    done = f", {counts['done']} already extracted" if counts["done"] else ""
    click.echo(f"kg: {counts['articles']} articles read{done}, {len(skips.errors)} skipped, "
               f"{counts['relations']} relations written to {where}", err=True)
    ctx.exit(skips.exit_status())


def _write(pairs: Iterable[tuple[Article, list[Relation]]], stream, counts: dict[str, int],
           journal: Journal | None = None, hashes: deque[str] | None = None) -> None:
    with progress("extracting") as advance:
        for article, relations in pairs:
            counts["relations"] += write_relations(relations, stream)
            if journal is not None and hashes is not None:
                journal.record(hashes.popleft(), article.id, len(relations), stream)
            advance(1)
    stream.flush()


def _extract_to_file(articles: Iterable[Article], output: Path, model: str, workers: int, resume: bool,
                     counts: dict[str, int]) -> None:
    fingerprint = extraction_fingerprint(model)
    journal, stream = Journal.open(output, resume=resume)
    hashes: deque[str] = deque()  # content hashes of the articles in flight, in input order

    def pending() -> Iterator[Article]:
        for article in articles:
            article_hash = content_hash(article, fingerprint)
            if article_hash in journal.done:
                counts["done"] += 1
                continue
            hashes.append(article_hash)
            yield article

    try:
        _write(extract_articles(pending(), model, workers), stream, counts, journal, hashes)
    finally:
        stream.close()
        journal.close()


def _extract_on_dask(articles: Iterable[Article], output: str, model: str, workers: int, scheduler: str | None,
                     resume: bool, counts: dict[str, int]) -> str:
    from kg.extract.distributed import extract_on_dask

    if output == "-" or resume:
        raise click.UsageError("--engine dask writes partitions into -o FOLDER and does not --resume")
    with progress("extracting on dask") as advance:
        def on_partition(articles_done: int, relations: int) -> None:
            counts["relations"] += relations
            advance(articles_done)

        run = extract_on_dask(articles, Path(output), model=model, address=scheduler, workers=workers,
                              on_partition=on_partition)
    return f"{run.partitions} partitions in {output}"
