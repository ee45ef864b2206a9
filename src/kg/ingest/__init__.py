"""Read articles from files, folders, stdin and JSON Lines into `Article` records.

`read_articles` is the one entry point; each format has a module of its own.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import partial
from pathlib import Path

from kg.errors import InputError, OnError, OnSkip, check_on_error, skip_or_raise
from kg.ingest.dates import publication_date
from kg.ingest.files import ARTICLE_SUFFIXES, Ignored, check_inputs, walk_folder
from kg.ingest.html import read_html
from kg.ingest.jsonl import read_jsonl_lines
from kg.ingest.language import foreign_language, language_name
from kg.ingest.pdf import looks_like_pdf, read_pdf
from kg.ingest.text import decode_text, read_text
from kg.model import Article, ArticleMeta

#: File suffixes read as articles in a folder; other files there are named as ignored.
SUFFIXES = ARTICLE_SUFFIXES


def read_lines(text: str, *, source: str) -> Iterator[Article]:
    """Every non-blank line of `text` as its own article, whose id is its 1-based line number.

    >>> [(a.id, a.text) for a in read_lines("One.\\n\\nTwo.", source="-")]
    [('1', 'One.'), ('3', 'Two.')]
    """
    for lineno, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield Article(ArticleMeta(id=str(lineno), source=source), line)


def read_articles(
    inputs: Iterable[str],
    *,
    on_error: OnError = "raise",
    on_skip: OnSkip | None = None,
    on_ignore: Callable[[Ignored], None] | None = None,
    one_per_line: bool = False,
    language: str | None = None,
) -> Iterator[Article]:
    """Yield the articles in files, folders (recursively) and `-` (stdin).

    A named input that does not exist is an error before anything is read. In a folder,
    the files with an article suffix (`SUFFIXES`) are read, except README, LICENSE and
    the like (`kg.ingest.files.FOLDER_NOTES`), which are passed to `on_ignore` with the
    other files and hidden folders that are not read. A file named on the command line
    is read whatever it is called. PDFs are recognised by their content.

    An article whose metadata has no publication date gets the one its text states
    (front matter, a "Published:" line, a dateline: see `kg.ingest.dates`), with
    `published_from` saying where it was read.

    Args:
        inputs: paths of files or folders, or "-" for standard input.
        on_error: "raise" to stop at the first unreadable input (an `InputError`), "skip"
            to hand its error to `on_skip` and go on with the rest.
        on_skip: called with the `InputError` of every skipped file or line.
        on_ignore: called for every file of a folder that is not an article.
        one_per_line: read every line of a text input as its own article (see `read_lines`).
        language: an ISO 639-1 code; articles detectably written in another language are
            skipped with an `InputError` (see `language.detect_language`).

    Raises:
        InputError: for a named input that does not exist (whatever `on_error` says), and
            when `on_error` is "raise" and an input cannot be read.
    """
    check_on_error(on_error)
    inputs = list(inputs)
    check_inputs(inputs)
    report = partial(skip_or_raise, on_error=on_error, on_skip=on_skip)  # raises, or reports and reads on
    for name in inputs:
        for source in _expand(name, report):
            if isinstance(source, Ignored):
                if on_ignore is not None:
                    on_ignore(source)
                continue
            try:
                for article in _read_source(source, one_per_line, report):
                    article = _dated(article)
                    if language is None or _in_language(article, language, report):
                        yield article
            except InputError as error:  # the whole file: unreadable, empty, not text
                report(error)


def _dated(article: Article) -> Article:
    """The article with the publication date its text states, when its metadata gave none."""
    if article.meta.published:
        return article
    found = publication_date(article.text)
    if found is None:
        return article
    return Article(replace(article.meta, published=found.date, published_from=found.source), article.text)


def _in_language(article: Article, language: str, report: OnSkip) -> bool:
    """True when the article is in `language` (or cannot be told); else its error goes to `report`."""
    found = foreign_language(article.text, language)
    if found is None:
        return True
    where = article.meta.source or article.id
    if where != article.id and article.id not in where:
        where = f"{where} ({article.id})"
    report(
        InputError(
            f"{where}: written in {language_name(found)} ({found}), not {language_name(language)} "
            f"(pass --model with a '{found}' pipeline to read it)"
        )
    )
    return False


def _expand(name: str, report: OnSkip) -> Iterator[str | Path | Ignored]:
    if name == "-":
        yield "-"
        return
    path = Path(name)
    if path.is_dir():
        found = False
        for item in walk_folder(path, report):
            found = found or isinstance(item, Path)
            yield item
        if not found:
            report(InputError(f"{name}: no article files in this folder (kg reads {' '.join(SUFFIXES)})"))
    else:
        yield path


def _read_source(source: str | Path, one_per_line: bool, report: OnSkip) -> Iterator[Article]:
    if source == "-":
        data = sys.stdin.buffer.read()
        if looks_like_pdf(data[:1024]):
            yield read_pdf(data, doc_id="stdin", source="-", name="<stdin>")
            return
        text = decode_text(data, "<stdin>")
        if one_per_line:
            yield from read_lines(text, source="-")
        elif text.lstrip().startswith("{"):
            yield from read_jsonl_lines(text.split("\n"), "<stdin>", source="-", on_bad_line=report)
        else:
            yield read_text(text, doc_id="stdin", source="-", name="<stdin>")
        return
    source = Path(source)
    try:
        data = source.read_bytes()
    except OSError as error:
        raise InputError(f"{source}: cannot read ({error.strerror or error})") from error
    suffix = source.suffix.lower()
    if suffix == ".pdf" or looks_like_pdf(data[:1024]):
        if not looks_like_pdf(data[:1024]):
            raise InputError(f"{source}: not a PDF, though named .pdf (it does not start with %PDF-)")
        yield read_pdf(data, doc_id=source.stem, source=str(source), name=str(source))
        return
    text = decode_text(data, str(source))
    if one_per_line and suffix not in (".jsonl", ".html", ".htm"):
        yield from read_lines(text, source=str(source))
    elif suffix == ".jsonl":
        yield from read_jsonl_lines(text.split("\n"), str(source), source=str(source), on_bad_line=report)
    elif suffix in (".html", ".htm"):
        yield read_html(text, doc_id=source.stem, source=str(source), name=str(source))
    else:
        yield read_text(text, doc_id=source.stem, source=str(source), name=str(source))
