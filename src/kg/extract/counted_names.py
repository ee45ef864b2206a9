"""A place's name counted by a number word before it is a company's name: no one counts a country, so
"Three UK said" names the mobile operator, not the United Kingdom. A tagged span in → the span of the name.
"""

from __future__ import annotations

from spacy.tokens import Span


def counted_place_name(ent: Span) -> Span:
    """`ent` with a capitalised number word before it joined as an organization's name, when the place is
    the head of its phrase and singular: "Three UK said …", "merge with Three UK" (but in "Three UK
    soldiers were killed" the place only describes the soldiers)."""
    if ent.label_ != "GPE" or ent.start == 0:
        return ent
    number, root = ent.doc[ent.start - 1], ent.root
    if not (number.is_alpha and number.is_title and number.ent_type_ == "CARDINAL" and number.dep_ == "nummod"):
        return ent
    if number.head.i != root.i or root.tag_ != "NNP" or root.dep_ in ("compound", "amod", "nmod"):
        return ent
    return Span(ent.doc, number.i, ent.end, label="ORG")
