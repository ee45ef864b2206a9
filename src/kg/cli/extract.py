"""`kg extract`: articles in, one JSON relation per line out (and, with --report, why)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import asdict
from typing import IO

import click

from kg.cli.options import Skips, model_option, progress
from kg.extract import ExtractOptions, extract_articles
from kg.ingest import read_articles
from kg.model import Article, Decision, Merge, Relation
from kg.records import write_relations
from kg.resolve import resolve_across_articles


def extracted(
    inputs: tuple[str, ...],
    model: str,
    skips: Skips,
    counts: dict[str, int],
    options: ExtractOptions = ExtractOptions(),
    *,
    one_per_line: bool = False,
    workers: int = 1,
    report: IO[str] | None = None,
) -> list[Relation]:
    """Read, parse and extract with a progress bar, then resolve entities across the whole run.

    Counts articles and relations into `counts`; writes decisions and merges to `report`.
    """
    relations: list[Relation] = []
    articles = _counted(read_articles(inputs, on_skip=skips, one_per_line=one_per_line), counts)
    with progress("extracting") as advance:
        for result in extract_articles(articles, options, model=model, workers=workers):
            advance(1)
            relations.extend(result.relations)
            if report is not None:
                _write_report(report, result.merges, result.decisions)
    relations, merges = resolve_across_articles(relations)
    if report is not None:
        _write_report(report, merges, ())
    counts["relations"] += len(relations)
    return relations


def _counted(articles: Iterator[Article], counts: dict[str, int]) -> Iterator[Article]:
    for article in articles:
        counts["articles"] += 1
        yield article


def _write_report(stream: IO[str], merges: tuple[Merge, ...] | list[Merge], decisions: tuple[Decision, ...]) -> None:
    """One JSON object per line: merges as outcome "merged", then what was kept and dropped."""
    for merge in merges:
        record = {"doc_id": merge.doc_id, "outcome": "merged", "reason": merge.rule, "text": merge.mention,
                  "entity": {"id": merge.entity_id, "name": merge.entity_name}}
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    for decision in decisions:
        stream.write(json.dumps(asdict(decision), ensure_ascii=False) + "\n")


@click.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              show_default=True, help="Where to write the JSON Lines ('-' is stdout).")
@click.option("--open", "open_mode", is_flag=True,
              help="Also emit open tuples whose ends are any noun phrases (subject.text, relation_text, object.text).")
@click.option("--one-per-line", is_flag=True, help="Every line of a text input is its own document; doc_id is its line number.")
@click.option("--report", type=click.Path(dir_okay=False, allow_dash=True),
              help="Write what was kept, dropped (with the reason) and merged, as JSON Lines.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Drop relations below this confidence (they appear in --report).")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True, help="Parser processes.")
@model_option
@click.pass_context
def extract(ctx: click.Context, inputs: tuple[str, ...], output: str, open_mode: bool, one_per_line: bool,
            report: str | None, min_confidence: float, workers: int, model: str) -> None:
    """Extract relations from articles and write them as JSON Lines.

    INPUT is a file (.txt, .md, .html, .jsonl), a folder (read recursively) or '-'
    for stdin. Each output line follows schemas/triple.schema.json. Entities are
    resolved across all inputs before anything is written.

    \b
    Example:
      kg extract examples/articles -o triples.jsonl
      kg extract article.txt --report why.jsonl | jq .predicate
      kg extract --open --one-per-line sentences.txt -o tuples.jsonl
    """
    skips = Skips()
    counts = {"articles": 0, "relations": 0}
    options = ExtractOptions(open=open_mode, min_confidence=min_confidence, report=report is not None)
    report_stream = None
    if report is not None:
        report_stream = sys.stderr if report == "-" else open(report, "w", encoding="utf-8")
    try:
        relations = extracted(inputs, model, skips, counts, options, one_per_line=one_per_line, workers=workers,
                              report=report_stream)
    finally:
        if report_stream is not None and report_stream is not sys.stderr:
            report_stream.close()
    if output == "-":
        write_relations(relations, sys.stdout)
        sys.stdout.flush()
    else:
        with open(output, "w", encoding="utf-8") as stream:
            write_relations(relations, stream)
    click.echo(f"kg: {counts['articles']} articles read, {len(skips.errors)} skipped, "
               f"{counts['relations']} relations written to {'stdout' if output == '-' else output}", err=True)
    ctx.exit(skips.exit_status())
