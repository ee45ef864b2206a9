"""Page furniture: lines of a scraped page that are not the article (calls to action,
share and subscribe prompts, keyboard hints, related-story headlines, banners).

Text in → character spans with a reason out. The text itself is never rewritten, so
evidence offsets keep pointing into the original article; extraction ignores the
sentences and mentions inside these spans. Each rule reads one line and has a name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

# Verbs that open a call to action addressed to the reader.
_CTA_VERBS = frozenset(
    """follow join subscribe share sign click tap press download like read watch listen register
    support donate comment tweet email print save bookmark get install visit see""".split()
)
# Words that only interface text uses: platforms, buttons, keys.
_UI_WORDS = re.compile(
    r"\b(telegram|twitter|facebook|instagram|youtube|tiktok|whatsapp|linkedin|newsletter|podcast|"
    r"app|button|link|click|ctrl|cmd|alt|shift|enter|subscribe|subscription|sign[ -]?up|log[ -]?in|"
    r"cookies?|notifications?|channel|feed|rss|comments?)\b",
    re.IGNORECASE,
)
_HANDLE_OR_URL = re.compile(r"(?<!\w)@\w{2,}|https?://|www\.\w", re.IGNORECASE)
_KEY_COMBO = re.compile(r"\b(ctrl|cmd|alt|shift)\s*\+\s*\w+", re.IGNORECASE)
# Labels scrapers leave before a link or a picture.
_LABEL = re.compile(
    r"^(read more|read also|see also|related|more on this|recommended|advertisement|sponsored|"
    r"image|photo|picture|video|caption|source|getty images|ap photo|reuters photo|copyright|©)\b",
    re.IGNORECASE,
)
_SENTENCE_END = tuple(".!?:;\"”’'…)")
# Words that stay lower case in a title-cased headline.
_MINOR = frozenset("a an the and or but nor for of on in at to by with from as vs via per is are".split())
#: A headline or banner is at most this many words.
SHORT_LINE_WORDS = 14


@dataclass(frozen=True, slots=True)
class Furniture:
    """A span of the text that is page furniture: [start, end) in characters, and why."""

    start: int
    end: int
    reason: str
    text: str


def furniture_spans(text: str) -> list[Furniture]:
    """The lines of `text` that are page furniture, in order.

    The first non-blank line is the headline and always stays.

    >>> [f.reason for f in furniture_spans("Talks resume\\nThe talks resumed on Monday.\\nJOIN US ON TELEGRAM\\n")]
    ['all-caps banner']
    """
    found = []
    first = True
    for start, line in _lines(text):
        words = line.split()
        if not words:
            continue
        if first:
            first = False
            continue
        for rule in LINE_RULES:
            reason = rule(line, words)
            if reason:
                found.append(Furniture(start, start + len(line), reason, line))
                break
    return found


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """(offset, line without surrounding blanks) for every line of the text."""
    offset = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        yield offset + (raw.find(stripped) if stripped else 0), stripped
        offset += len(raw) + 1


def all_caps_banner(line: str, words: list[str]) -> str | None:
    """A short line in capitals without a full stop: "JOIN US ON TELEGRAM", "BREAKING NEWS"."""
    if len(words) > SHORT_LINE_WORDS:
        return None  # a paragraph: its letters need no reading
    letters = [c for c in line if c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters):
        if not line.endswith(_SENTENCE_END):
            return "all-caps banner"
    return None


def call_to_action(line: str, words: list[str]) -> str | None:
    """An instruction to the reader about the page: "Follow our coverage on @channel",
    "Subscribe to our newsletter", "You can also highlight the text and press Ctrl + Enter"."""
    if len(words) > 2 * SHORT_LINE_WORDS:
        return None
    first = re.sub(r"\W", "", words[0]).lower()
    addressed = first in _CTA_VERBS or line.lower().startswith(("you can", "please ", "don't forget", "do not forget"))
    if addressed and (_UI_WORDS.search(line) or _HANDLE_OR_URL.search(line)):
        return "call to action"
    if _KEY_COMBO.search(line):
        return "keyboard hint"
    return None


def social_handle_or_link(line: str, words: list[str]) -> str | None:
    """A short line that points elsewhere: "@KyivPost", "https://t.me/…", "Read more: …"."""
    if _LABEL.match(line) and (len(words) <= SHORT_LINE_WORDS or ":" in line[:20]):
        return "link or caption label"
    if len(words) <= SHORT_LINE_WORDS and _HANDLE_OR_URL.search(line) and not line.endswith((".", "”", '"')):
        return "social handle or link"
    return None


def pasted_headline(line: str, words: list[str]) -> str | None:
    """A related-story headline pasted between paragraphs: a short title-cased line with no
    final punctuation, such as "Leaders Clash Over Budget as Talks Stall"."""
    if len(words) < 3 or len(words) > SHORT_LINE_WORDS or line.endswith(_SENTENCE_END):
        return None
    content = [w for w in words if w[0].isalpha() and w.lower() not in _MINOR]
    if len(content) < 2:
        return None
    capitalised = sum(w[0].isupper() for w in content)
    return "pasted headline" if capitalised == len(content) else None


#: The line rules, in the order they are tried; the first reason found is reported.
LINE_RULES: tuple[Callable[[str, list[str]], str | None], ...] = (
    all_caps_banner,
    call_to_action,
    social_handle_or_link,
    pasted_headline,
)
