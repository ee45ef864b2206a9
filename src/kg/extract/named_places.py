"""Names that go on with "for" and a place ("the Alternative for Germany"): entity spans in, the same spans
with each such name joined into one organization's span out, the place inside it no longer a span of its own."""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from kg.extract.doc_words import doc_column
from kg.extract.titles import TITLES


def names_for_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """A name that goes on with "for" and a place is one body's name, and the place inside it no actor:
    "the Alternative for Germany" (not Germany), "the Party for Freedom" (but "Minister for Europe" is a title)."""
    places = {s.start: s for s in spans if s.label_ in ("GPE", "LOC")}
    if not places:
        return spans
    # "for" is read off the doc's words: most spans have none after them
    lower, word_for = doc_column(doc, LOWER), doc.vocab.strings.add("for")
    joined: dict[int, Span] = {}
    for span in spans:
        k = span.end
        if k + 1 in places and lower[k] == word_for and span.label_ in ("ORG", "NORP", "NAME"):
            last = doc[k - 1]
            if last.pos_ == "PROPN" and last.is_title and last.lower_ not in TITLES:
                joined[span.start] = Span(doc, span.start, places[k + 1].end, label="ORG")
    taken = {i for span in spans for i in range(span.start, span.end)}
    for place in places.values():
        if place.start < 2 or lower[place.start - 1] != word_for:
            continue  # no name runs into "for" + the place
        start = _untagged_name_before_for(doc, place.start, taken)
        if start is not None:  # "The far-right Alternative for Germany (AfD)": the tagger saw only Germany
            joined[start] = Span(doc, start, place.end, label="ORG")
            spans = [*spans, joined[start]]
    if not joined:
        return spans
    inside = {i for span in joined.values() for i in range(span.start, span.end)}
    return [joined.get(s.start, s) for s in spans if s.start in joined or s.start not in inside]


def _untagged_name_before_for(doc: Doc, place: int, taken: set[int]) -> int | None:
    """Where a name the tagger missed starts, when it runs into "for" + `place`: capitalised proper nouns
    that are no title ("Alternative for Germany"; not "Minister for Europe", "Secretary of State for Wales")."""
    k = place - 1
    if k < 1 or doc[k].lower_ != "for":
        return None
    start = k
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and start - 1 not in taken:
        if doc[start - 1].lower_ in TITLES:
            return None
        start -= 1
    if start == k or start > 0 and (doc[start - 1].lower_ in TITLES or doc[start - 1].lower_ == "of"):
        return None
    return start
