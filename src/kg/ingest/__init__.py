"""Read articles from files, folders, stdin and JSON Lines into `Article` records.

`read_articles` is the one entry point; each format has a module of its own.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg.errors import InputError
from kg.ingest.html import read_html
from kg.ingest.jsonl import read_jsonl_lines
from kg.ingest.language import foreign_language, language_name
from kg.ingest.text import decode_text, read_text
from kg.model import Article, ArticleMeta

#: File suffixes read as articles; others in a folder are ignored.
SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")


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
    on_error: str = "skip",
    on_skip: Callable[[InputError], None] | None = None,
    one_per_line: bool = False,
    language: str | None = None,
) -> Iterator[Article]:
    """Yield the articles in files, folders (recursively) and `-` (stdin).

    Args:
        inputs: paths of files or folders, or "-" for standard input.
        on_error: "raise" to stop at the first unreadable input, "skip" to report it
            through `on_skip` and go on with the rest.
        on_skip: called with the error for every skipped file or line.
        one_per_line: read every line of a text input as its own article (see `read_lines`).
        language: an ISO 639-1 code; articles detectably written in another language are
            skipped with an `InputError` (see `language.detect_language`).

    Raises:
        InputError: when `on_error` is "raise" and an input cannot be read.
    """
    if on_error not in ("raise", "skip"):
        raise ValueError(f"on_error must be 'raise' or 'skip', not {on_error!r}")
    for name in inputs:
        for source in _expand(name):
            try:
                for item in _read_source(source, one_per_line):
                    if isinstance(item, Article) and language is not None:
                        item = _in_language(item, language)
                    if isinstance(item, InputError):
                        _skip(item, on_error, on_skip)  # a bad JSONL line or a foreign article: read on
                    else:
                        yield item
            except InputError as error:
                _skip(error, on_error, on_skip)


def _in_language(article: Article, language: str) -> Article | InputError:
    found = foreign_language(article.text, language)
    if found is None:
        return article
    where = article.meta.source or article.id
    if where != article.id and article.id not in where:
        where = f"{where} ({article.id})"
    return InputError(f"{where}: written in {language_name(found)} ({found}), not {language_name(language)} "
                      f"(pass --model with a '{found}' pipeline to read it)")


def _skip(error: InputError, on_error: str, on_skip: Callable[[InputError], None] | None) -> None:
    if on_error == "raise":
        raise error
    if on_skip is not None:
        on_skip(error)


def _expand(name: str) -> Iterator[str | Path]:
    if name == "-":
        yield "-"
        return
    path = Path(name)
    if path.is_dir():
        for found in sorted(path.rglob("*")):
            if found.suffix.lower() not in SUFFIXES:
                continue
            if found.is_file():
                yield found
            elif found.is_symlink() and not found.exists():
                yield InputError(f"{found}: broken link to {os.readlink(found)}")  # reported by _read_source
    elif path.exists():
        yield path
    else:
        yield InputError(f"{name}: no such file or folder")


def _read_source(source: str | Path | InputError, one_per_line: bool = False) -> Iterator[Article | InputError]:
    if isinstance(source, InputError):
        raise source
    if source == "-":
        data = sys.stdin.buffer.read()
        text = decode_text(data, "<stdin>")
        if one_per_line:
            yield from read_lines(text, source="-")
        elif text.lstrip().startswith("{"):
            yield from read_jsonl_lines(text.split("\n"), "<stdin>", source="-")
        else:
            yield read_text(text, doc_id="stdin", source="-", name="<stdin>")
        return
    assert isinstance(source, Path)
    try:
        data = source.read_bytes()
    except OSError as error:
        raise InputError(f"{source}: cannot read ({error.strerror or error})") from error
    suffix = source.suffix.lower()
    text = decode_text(data, str(source))
    if one_per_line and suffix not in (".jsonl", ".html", ".htm"):
        yield from read_lines(text, source=str(source))
    elif suffix == ".jsonl":
        yield from read_jsonl_lines(text.split("\n"), str(source), source=str(source))
    elif suffix in (".html", ".htm"):
        yield read_html(text, doc_id=source.stem, source=str(source), name=str(source))
    else:
        yield read_text(text, doc_id=source.stem, source=str(source), name=str(source))
