"""Names that go on with "for" and a place ("the Alternative for Germany"): entity spans in, the same spans
with each such name joined into one organization's span out, the place inside it no longer a span of its own."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.extract.titles import TITLES


def names_for_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """A name that goes on with "for" and a place is one body's name, and the place inside it no actor:
    "the Alternative for Germany" (not Germany), "the Party for Freedom" (but "Minister for Europe" is a title)."""
    places = {s.start: s for s in spans if s.label_ in ("GPE", "LOC")}
    joined: dict[int, Span] = {}
    for span in spans:
        k = span.end
        last = span[-1]
        if (
            span.label_ in ("ORG", "NORP", "NAME")
            and k + 1 < len(doc)
            and doc[k].lower_ == "for"
            and k + 1 in places
            and last.pos_ == "PROPN"
            and last.is_title
            and last.lower_ not in TITLES
        ):
            joined[span.start] = Span(doc, span.start, places[k + 1].end, label="ORG")
    if not joined:
        return spans
    inside = {i for span in joined.values() for i in range(span.start, span.end)}
    return [joined.get(s.start, s) for s in spans if s.start in joined or s.start not in inside]
