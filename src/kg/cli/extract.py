"""`kg extract`: articles in, one JSON relation per line out, written as they go — in this
process, in worker processes or on a Dask cluster; resumable into a file; with --report, why."""

from __future__ import annotations

import json
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import asdict
from itertools import chain
from pathlib import Path
from typing import IO

import click

from kg.cli.options import Skips, model_option, progress, strict_option
from kg.cli.output import is_special, output_file, prepare_parent, replace_folder
from kg.cli.resolution import aliases_option, write_merges
from kg.errors import KGError
from kg.extract import ArticleExtraction, ExtractOptions, extract_articles
from kg.extract.resume import Journal, content_hash, extraction_fingerprint, partial_path
from kg.ingest import read_articles
from kg.ingest.files import check_inputs
from kg.model import Article, Decision, Merge
from kg.records import write_relations
from kg.resolve import AliasTable


def workers_option(command: Callable) -> Callable:
    return click.option(
        "--workers",
        type=click.IntRange(min=1),
        default=1,
        show_default=True,
        help="Processes that parse and extract in parallel, one pipeline each.",
    )(command)


def _counted(articles: Iterable[Article], counts: dict[str, int]) -> Iterator[Article]:
    for article in articles:
        counts["articles"] += 1
        yield article


def _write_report(stream: IO[str], merges: Iterable[Merge], decisions: Iterable[Decision]) -> None:
    """One JSON object per line: merges as outcome "merged", then what was kept and dropped."""
    write_merges(stream, merges)
    for decision in decisions:
        stream.write(json.dumps(asdict(decision), ensure_ascii=False) + "\n")


@click.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option(
    "-o",
    "--output",
    type=click.Path(allow_dash=True),
    default="-",
    show_default=True,
    help="Where to write the JSON Lines ('-' is stdout; a missing folder is created); a folder with --engine dask.",
)
@click.option(
    "--open",
    "open_mode",
    is_flag=True,
    help="Also emit open tuples whose ends are any noun phrases (subject.text, relation_text, object.text).",
)
@click.option(
    "--one-per-line", is_flag=True, help="Every line of a text input is its own document; doc_id is its line number."
)
@click.option(
    "--report",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="Write what was kept, dropped (with the reason) and merged, as JSON Lines ('-' is stderr).",
)
@click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    default=0.0,
    show_default=True,
    help="Drop relations below this confidence (they appear in --report).",
)
@model_option
@workers_option
@click.option(
    "--resume",
    is_flag=True,
    help="Continue an interrupted run into the same -o FILE: finished articles (same text, "
    "model and rules) are skipped, a half-written one is redone. FILE.journal is kept "
    "afterwards, so that a later --resume adds only new or changed articles.",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="'dask' runs on a Dask cluster and writes OUTPUT/part-NNNNN.jsonl.",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Dask scheduler address (tcp://host:8786); without it, a local cluster of --workers processes.",
)
@aliases_option
@strict_option
@click.pass_context
def extract(
    ctx: click.Context,
    inputs: tuple[str, ...],
    output: str,
    open_mode: bool,
    one_per_line: bool,
    report: str | None,
    min_confidence: float,
    model: str,
    workers: int,
    resume: bool,
    engine: str,
    scheduler: str | None,
    aliases: AliasTable,
    strict: bool,
) -> None:
    """Extract relations from articles and write them as JSON Lines.

    INPUT is a file (.txt, .md, .html, .jsonl, .pdf), a folder (read recursively;
    README, LICENSE and other files that are not articles are named and ignored) or '-'
    for stdin; an INPUT that does not exist is an error. Each output line follows
    schemas/triple.schema.json. Articles are read, parsed in batches and written as they
    go, so memory does not grow with the input; -o FILE is replaced only once the run is
    complete (until then it is FILE.partial, journalled in FILE.journal).
    Entities are resolved within each article, with the alias table ("the Tories" is the
    Conservative Party); what depends on other articles ("Trump" in one, "Donald Trump" in
    another) is resolved where the whole corpus is: `kg build`, and `kg load` against the
    database.

    \b
    Example:
      kg extract examples/articles -o triples.jsonl
      kg extract article.txt --report why.jsonl | jq .predicate
      kg extract --open --one-per-line sentences.txt -o tuples.jsonl
      kg extract archive/ -o triples.jsonl --workers 2 --resume
      kg extract archive/ --engine dask --scheduler tcp://10.0.0.5:8786 -o triples/
      kg extract news/ --aliases my-aliases.csv -o triples.jsonl
    """
    from kg.extract.pipeline import pipeline_language  # spaCy: here, not when the commands are listed

    skips = Skips(strict=strict)
    check_inputs(inputs)  # a typo stops here, before any output is touched
    counts = {"articles": 0, "relations": 0, "done": 0}
    options = ExtractOptions(open=open_mode, min_confidence=min_confidence, report=report is not None, aliases=aliases)
    articles = _counted(
        read_articles(
            inputs,
            on_error=skips.on_error,
            on_skip=skips,
            on_ignore=skips.ignore,
            one_per_line=one_per_line,
            language=pipeline_language(model),
        ),
        counts,
    )
    if engine == "dask":
        if is_special(output) or resume or report:
            raise click.UsageError("--engine dask writes partitions into -o FOLDER, without --resume or --report")
        where = _extract_on_dask(articles, Path(output), options, model, workers, scheduler, counts, inputs, skips)
    else:
        if resume and is_special(output):
            raise click.UsageError("--resume needs -o FILE (a file, not stdout or a device)")
        with ExitStack() as outputs:
            report_stream = (
                None if report is None else sys.stderr if report == "-" else outputs.enter_context(output_file(report))
            )
            if is_special(output):
                stream = sys.stdout if output == "-" else outputs.enter_context(_open_special(output))
                _write(
                    extract_articles(
                        articles, options, model=model, workers=workers, on_error=skips.on_error, on_skip=skips
                    ),
                    stream,
                    counts,
                    report_stream,
                )
                require_articles(counts["articles"], inputs, skips)
                where = "stdout" if output == "-" else output
            else:
                _extract_to_file(
                    articles, Path(output), options, model, workers, resume, counts, skips, report_stream, inputs
                )
                where = output
    done = f", {counts['done']} already extracted" if counts["done"] else ""
    click.echo(
        f"kg: {counts['articles']} articles read{done}, {skips.summary()}, "
        f"{counts['relations']} relations written to {where}",
        err=True,
    )
    ctx.exit(skips.exit_status())


def require_articles(articles: int, inputs: Iterable[str], skips: Skips, kept: str | None = None) -> None:
    """Stop with an error when the inputs held no article at all (`articles` is 0): nothing is
    written then, and `kept` (an earlier output) is left as it was."""
    if articles:
        return
    left = f"; {kept} left as it was" if kept and os.path.exists(kept) else ""
    raise KGError(f"no article read from {' '.join(inputs)} ({skips.summary()}){left}")


def _open_special(path: str) -> IO[str]:
    """A device or pipe named with -o (/dev/null, a FIFO): written as it is, never truncated."""
    try:
        return open(path, "w", encoding="utf-8")
    except OSError as error:
        raise click.FileError(path, error.strerror) from None


def _write(
    results: Iterable[ArticleExtraction],
    stream: IO[str],
    counts: dict[str, int],
    report: IO[str] | None,
    journal: Journal | None = None,
    hashes: deque[str] | None = None,
) -> None:
    with progress("extracting") as advance:
        for result in results:
            counts["relations"] += write_relations(result.relations, stream)
            if report is not None:
                _write_report(report, result.merges, result.decisions)
            if journal is not None and hashes is not None:
                journal.record(hashes.popleft(), result.article.id, len(result.relations), stream)
            advance(1)
    stream.flush()


def _extract_to_file(
    articles: Iterable[Article],
    output: Path,
    options: ExtractOptions,
    model: str,
    workers: int,
    resume: bool,
    counts: dict[str, int],
    skips: Skips,
    report: IO[str] | None,
    inputs: Iterable[str],
) -> None:
    """Extract into FILE.partial, journalled, and rename it to FILE once complete (kg.extract.resume)."""
    fingerprint = extraction_fingerprint(model) + ("/open" if options.open else "") + f"/{options.min_confidence}"
    if options.aliases is not None:
        fingerprint += f"/aliases:{options.aliases.digest()}"
    prepare_parent(output)
    if output.is_dir():
        raise KGError(f"cannot write {output}: it is a folder (give a file name)")
    journal = Journal.load(output, resume=resume)
    hashes: deque[str] = deque()  # content hashes of the articles in flight, in input order

    def pending() -> Iterator[Article]:
        for article in articles:
            article_hash = content_hash(article, fingerprint)
            if article_hash in journal.done:
                counts["done"] += 1
                continue
            hashes.append(article_hash)
            yield article

    todo = pending()
    first = next(todo, None)  # read before the output is opened: nothing to do touches nothing
    if first is None:
        require_articles(counts["articles"], inputs, skips, kept=str(output))
        journal.finish()
        return
    stream = journal.start()
    try:
        _write(
            extract_articles(
                chain([first], todo), options, model=model, workers=workers, on_error=skips.on_error, on_skip=skips
            ),
            stream,
            counts,
            report,
            journal,
            hashes,
        )
    except BaseException:
        journal.close()
        kept = f"{output} left as it was; " if output.exists() else ""
        click.echo(
            f"kg: stopped: {kept}{partial_path(output)} holds the articles finished so far: run the same "
            "command with --resume to go on",
            err=True,
        )
        raise
    journal.finish()


def _extract_on_dask(
    articles: Iterable[Article],
    output: Path,
    options: ExtractOptions,
    model: str,
    workers: int,
    scheduler: str | None,
    counts: dict[str, int],
    inputs: Iterable[str],
    skips: Skips,
) -> str:
    """Partitions into a staging folder, moved into `output` once all are written (earlier
    partitions beyond the new ones are removed then)."""
    from kg.extract.distributed import extract_on_dask

    with replace_folder(output, stale=("part-*.jsonl",)) as folder, progress("extracting on dask") as advance:

        def on_partition(articles_done: int, relations: int) -> None:
            counts["relations"] += relations
            advance(articles_done)

        run = extract_on_dask(
            articles,
            folder.staging,
            model=model,
            options=options,
            address=scheduler,
            workers=workers,
            on_partition=on_partition,
            on_error=skips.on_error,
            on_skip=skips,
        )
        require_articles(counts["articles"], inputs, skips, kept=str(output))
    return f"{run.partitions} partitions in {output}"
