"""Publication dates written in an article's own text, for articles whose metadata has none.

Consumes the text of an article; produces a `FoundDate`: the ISO date, which kind of line
it was read from and the words as written. Four kinds are looked for near the top (the
"Published" kind also in the last lines), in this order of trust:

- "published line": `Published: 4 March 2025`, `Posted on Mar. 4, 2025`, `Date: 2025-03-04`;
- "dateline": the place and date opening a wire story, `BRUSSELS, March 4, 2025 —`,
  `LONDON, 4 March 2025 (Reuters) -`, `KYIV, Ukraine, Feb. 24, 2025 /PRNewswire/ --`;
- "byline": `By Jane Doe | March 4, 2025`;
- "date line": a line holding only a date, as news sites print one under the headline
  (`Tuesday 4 March 2025 10.32 GMT`).

Only full dates (day, month and year) count; `03/04/2025` is ambiguous and is not read,
`14/03/2025` is. Finding the lines is done here; reading the date is dateparser's work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

#: Non-blank lines looked at from the top, and (for "Published" lines) from the bottom.
HEAD_LINES = 10
TAIL_LINES = 5

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
_ORDINAL = r"(?:st|nd|rd|th)?"
_DATE = (
    rf"{_WEEKDAY}(?:"
    rf"{_MONTH}\s+\d{{1,2}}{_ORDINAL},?\s+\d{{4}}"  # March 4, 2025
    rf"|\d{{1,2}}{_ORDINAL}\.?\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}"  # 4 March 2025
    r"|\d{4}-\d{2}-\d{2}"  # 2025-03-04
    r"|\d{1,2}\.\d{1,2}\.\d{4}"  # 04.03.2025
    r"|\d{1,2}/\d{1,2}/\d{4}"  # 14/03/2025 (only when day and month cannot be swapped)
    r")"
)
_TIME = r"(?:\s*(?:,|\||at|·|-)?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,5}|UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?)?)?"
_DASH = r"(?:—|–|--|-|:)"

_PUBLISHED = re.compile(
    rf"(?:\b(?:first\s+)?(?:published|posted)|^\s*(?:publication\s+date|date\s+published|date))(?:\s+on)?\s*[:\-–—]?\s*"
    rf"(?P<date>{_DATE})",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}(?:,\s*[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}){0,2})"
    r"\s*(?:\([^()\n]{1,30}\))?\s*[,:]\s*"
    rf"(?P<date>{_DATE}){_TIME}\s*(?:\([^()\n]{{1,30}}\)\s*)?(?:/[^/\n]{{1,40}}/\s*)?{_DASH}"
)
_BYLINE = re.compile(rf"^\s*By\s+[^|,\n]{{2,60}}?\s*[|,·•–—-]\s*(?P<date>{_DATE})", re.IGNORECASE)
_DATE_ONLY = re.compile(rf"^\s*(?:Updated\s*)?(?P<date>{_DATE}){_TIME}\s*$", re.IGNORECASE)

_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A publication date read from the text: ISO date, the kind of line, the words as written."""

    date: str
    source: str
    text: str


def publication_date(text: str) -> FoundDate | None:
    """The publication date an article's text states, or None.

    >>> publication_date("Rutte meets Trump\\n\\nBRUSSELS, March 4, 2025 — NATO chief Mark Rutte met ...")
    FoundDate(date='2025-03-04', source='dateline', text='March 4, 2025')
    >>> publication_date("Talks\\nPublished: 4 March 2025, 10:32 GMT\\nThe talks ended.").source
    'published line'
    >>> publication_date("WASHINGTON (AP) — The talks ended on Thursday.") is None
    True
    """
    lines = [line for line in text.splitlines() if line.strip()]
    head, tail = lines[:HEAD_LINES], lines[HEAD_LINES:][-TAIL_LINES:]
    for pattern, source, where in (
        (_PUBLISHED, "published line", head + tail),
        (_DATELINE, "dateline", head),
        (_BYLINE, "byline", head),
        (_DATE_ONLY, "date line", head),
    ):
        for line in where:
            match = pattern.search(line[:300])
            if match:
                found = read_date(match["date"])
                if found is not None:
                    return FoundDate(found, source, match["date"].strip())
    return None


def read_date(words: str) -> str | None:
    """The ISO date of a full date as written, or None when it is not one or is ambiguous.

    >>> read_date("Tuesday, March 4th, 2025"), read_date("04.03.2025"), read_date("03/04/2025")
    ('2025-03-04', '2025-03-04', None)
    """
    words = words.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", words):
            return date.fromisoformat(words).isoformat()
        numeric = _DOTTED.fullmatch(words) or _SLASHED.fullmatch(words)
        if numeric:
            first, second, year = (int(g) for g in numeric.groups())
            if _DOTTED.fullmatch(words):  # 04.03.2025: day first, as everywhere dots are used
                return date(year, second, first).isoformat()
            if first > 12 >= second:
                return date(year, second, first).isoformat()
            if second > 12 >= first:
                return date(year, first, second).isoformat()
            return None
    except ValueError:
        return None
    return _parse_words(words)


@lru_cache(maxsize=1024)
def _parse_words(words: str) -> str | None:
    import dateparser  # heavy; only needed when an article states its date in words

    parsed = dateparser.parse(
        words, languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True}
    )
    return parsed.date().isoformat() if parsed is not None else None


__all__ = ["FoundDate", "publication_date", "read_date"]
