"""Front matter: the YAML block (`---` … `---`) or TOML block (`+++` … `+++`) that static-site
and note-taking tools put at the top of Markdown articles, read for title, date and URL.

The block is blanked in the article text (spaces, line breaks kept) rather than cut, so
that evidence offsets still count from the start of the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

_BLOCK = re.compile(r"\A(?P<fence>---|\+\+\+)[ \t]*\n(?P<body>.*?\n)?(?:---|\.\.\.|\+\+\+)[ \t]*(?:\n|\Z)", re.DOTALL)

#: Keys that hold the publication date, the title and the address, by the tools' spellings.
DATE_KEYS = (
    "published",
    "date_published",
    "datepublished",
    "publishdate",
    "publish_date",
    "pubdate",
    "date",
    "created",
)
TITLE_KEYS = ("title", "headline")
URL_KEYS = ("url", "canonical_url", "canonicalurl", "link", "source_url", "permalink")


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """What a front-matter block says, and the article text with the block blanked."""

    title: str | None
    published: str | None  # ISO date as written in the block, or None
    url: str | None
    text: str


def read_front_matter(text: str) -> FrontMatter | None:
    """The front matter at the very top of `text`, or None when there is none (or it does not parse).

    >>> fm = read_front_matter("---\\ntitle: Rutte in Washington\\ndate: 2025-03-04\\n---\\nRutte met Trump.")
    >>> fm.title, fm.published, fm.text.lstrip()
    ('Rutte in Washington', '2025-03-04', 'Rutte met Trump.')
    """
    match = _BLOCK.match(text)
    if match is None:
        return None
    fields = _parse(match["body"] or "", toml=match["fence"] == "+++")
    if fields is None:
        return None
    keys = {str(k).lower().replace("-", "_"): v for k, v in fields.items()}
    blank = re.sub(r"[^\n]", " ", match.group(0))
    return FrontMatter(
        title=_text(keys, TITLE_KEYS),
        published=_date(keys),
        url=_text(keys, URL_KEYS),
        text=blank + text[match.end() :],
    )


def _parse(body: str, *, toml: bool) -> dict[str, Any] | None:
    try:
        if toml:
            import tomllib

            fields = tomllib.loads(body)
        else:
            import yaml

            fields = yaml.safe_load(body)
    except Exception:
        return None
    return fields if isinstance(fields, dict) else None


def _text(fields: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = fields.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _date(fields: dict[str, Any]) -> str | None:
    from kg.ingest.dates import read_date

    for key in DATE_KEYS:
        value = fields.get(key)
        if isinstance(value, datetime):
            return value.date().isoformat()
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, str) and value.strip():
            words = value.strip()
            iso = re.match(r"\d{4}-\d{2}-\d{2}(?=$|[T ])", words)
            found = read_date(iso.group(0) if iso else words)
            if found:
                return found
    return None


__all__ = ["DATE_KEYS", "TITLE_KEYS", "URL_KEYS", "FrontMatter", "read_front_matter"]
