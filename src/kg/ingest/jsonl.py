"""JSON Lines of articles: one object per line with `text` and optional title, url, published, id."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from kg.errors import InputError, OnSkip
from kg.model import Article, ArticleMeta

_OPTIONAL = ("title", "url", "published")


def read_jsonl_lines(lines: Iterable[str], name: str, *, source: str, on_bad_line: OnSkip) -> Iterator[Article]:
    """Yield one article per non-blank line; a malformed line's `InputError`, naming the file
    and line, goes to `on_bad_line` (which raises it, or reports it so that reading goes on)."""
    for lineno, line in enumerate(lines, start=1):
        if line.strip():
            try:
                article = _article(line, f"{name}:{lineno}", lineno, source)
            except InputError as error:
                on_bad_line(error)
                continue
            yield article


def _article(line: str, where: str, lineno: int, source: str) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(f"{where}: not valid JSON ({error.msg})") from None
    if not isinstance(record, dict):
        raise InputError(f"{where}: expected a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{where}: missing or empty 'text'")
    fields = {}
    for key in _OPTIONAL:
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(f"{where}: '{key}' must be a string")
        fields[key] = value
    doc_id = record.get("id")
    doc_id = str(doc_id) if doc_id is not None else f"{source.rsplit('/', 1)[-1]}:{lineno}"
    published_from = "jsonl" if fields["published"] else None
    return Article(
        ArticleMeta(id=doc_id, source=source, published_from=published_from, **fields), text.replace("\r\n", "\n")
    )
