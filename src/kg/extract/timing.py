"""The `time` qualifier: the date expression attached to a relation's verb, resolved against
the article's publication date ("on Thursday" in an article of Saturday 8 March 2025 →
2025-03-06). Token in, `TimeRef` out; the publication date itself is never copied here.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from spacy.attrs import ENT_TYPE
from spacy.tokens import Doc, Token

from kg.extract.doc_words import doc_column, per_doc, positions_among, sentence_starts
from kg.model import TimeRef

_TIME_LABELS = frozenset({"DATE", "TIME"})
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Expressions of duration or frequency, not of a point in time ("for three years", "every day").
_NOT_A_POINT = re.compile(
    r"^(for|during|over|every|each|within|per|throughout)\b|\b(years|months|weeks|days) (old|long)\b", re.IGNORECASE
)


def time_of(verb: Token, published: str | None) -> TimeRef | None:
    """The time expression that modifies `verb` (a DATE entity in a child phrase), resolved if possible.

    "whom he met on Thursday" → TimeRef("on Thursday", <the Thursday before publication>).
    """
    doc = verb.doc
    if sentence_starts(doc)[verb.i] not in _dated_sentences(doc):
        return None  # no date or time in the clause's sentence (most are without one)
    for child in verb.children:
        if child.dep_ == "prep":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ in _TIME_LABELS:
                    return _time_ref(child, pobj, published)
        elif child.dep_ in ("npadvmod", "tmod", "advmod") and child.ent_type_ in _TIME_LABELS:
            return _time_ref(None, child, published)
    return None


@per_doc
def _dated_sentences(doc: Doc) -> frozenset[int]:
    """The sentences (by their first token) with a word of a date or time entity."""
    labels = frozenset(doc.vocab.strings[label] for label in _TIME_LABELS)  # their ids (symbols, not hashes)
    starts = sentence_starts(doc)
    return frozenset(starts[i] for i in positions_among(doc_column(doc, ENT_TYPE), labels))


def _time_ref(prep: Token | None, head: Token, published: str | None) -> TimeRef | None:
    entity = _entity_span(head)
    if entity is None:
        return None
    words = entity.text
    text = head.doc[prep.i : entity.end].text if prep is not None else words
    if _NOT_A_POINT.search(text) or _NOT_A_POINT.search(words):
        return None
    return TimeRef(text, resolve_date(words, published))


def _entity_span(token: Token):
    """The entity span `token` is part of, walked from its IOB tags (no scan of all entities)."""
    if not token.ent_type_:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


@lru_cache(maxsize=4096)  # the same expressions, in articles of the same day
def resolve_date(expression: str, published: str | None) -> str | None:
    """An ISO date for a time expression, at the precision it gives, or None.

    Relative expressions, and dates without a year, need the publication date; without it they stay
    unresolved (never placed by the day the tool runs).

    >>> resolve_date("Thursday", "2025-03-08"), resolve_date("last week", "2025-03-08")
    ('2025-03-06', '2025-W09')
    >>> resolve_date("March 2024", None), resolve_date("yesterday", None), resolve_date("in December", None)
    ('2024-03', None, None)
    """
    base = _parse_published(published)
    text = expression.strip().lower()
    text = re.sub(r"^(the|this past|this|on|in|at)\s+", "", text)
    weekday = _weekday(text, base)
    if weekday is not None or text in _WEEKDAYS:
        return weekday
    return _dateparser_resolve(text, base.isoformat() if base else None)


def _parse_published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return datetime.fromisoformat(published).date()
    except ValueError:
        try:
            return date.fromisoformat(published[:10])
        except ValueError:
            return None


def _weekday(text: str, base: date | None) -> str | None:
    """A bare weekday in news means the most recent one before publication ("on Thursday")."""
    name = text.removeprefix("last ").removeprefix("next ")
    if name not in _WEEKDAYS or base is None:
        return None
    delta = (base.weekday() - _WEEKDAYS.index(name)) % 7
    if text.startswith("next "):
        delta = -((_WEEKDAYS.index(name) - base.weekday()) % 7 or 7)
    elif delta == 0:
        delta = 7 if text.startswith("last ") else 0
    return (base - timedelta(days=delta)).isoformat()


@lru_cache(maxsize=4096)
def _dateparser_resolve(text: str, base: str | None) -> str | None:
    """Everything but bare weekdays goes to dateparser, which knows relative and absolute forms."""
    import dateparser.date  # heavy; only needed when a relation carries a time expression

    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first"}
    relative = bool(re.search(r"\b(ago|last|next|yesterday|today|tomorrow|this|earlier|later)\b", text))
    if base is None and (relative or not re.search(r"\b\d{4}\b", text)):
        return None  # "yesterday", "in December": without a publication date no year can be told
    if base is not None:
        settings["RELATIVE_BASE"] = datetime.fromisoformat(base)
    parser = dateparser.date.DateDataParser(languages=["en"], settings=settings)
    data = parser.get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    found = data.date_obj.date()
    if data.period == "year":
        return f"{found.year:04d}"
    if data.period == "month":
        return f"{found.year:04d}-{found.month:02d}"
    if data.period == "week":
        year, week, _ = found.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if data.period == "day" and not relative and not re.search(r"\d", text):
        return None  # "spring", "the summer": dateparser guesses a day we were not given
    return found.isoformat()
