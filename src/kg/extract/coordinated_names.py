"""Two names the tagger took for one because "and" joins them: "Tesco bought Booker and Home Retail
Group" names two companies. An entity span in → the spans of its names (itself when it is one name)."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span

from kg.countries import country_name
from kg.extract.name_context import LEGAL_FORMS

#: Last words that make a name a company's on its own: "Home Retail Group", "Arm Holdings plc".
_COMPANY_ENDS = LEGAL_FORMS | {"group", "holdings", "corporation"}


def coordinated_names(ent: Span, alone: Collection[str]) -> tuple[Span, ...]:
    """The two names of a span "A and B" whose second name is the parser's conjunct of the first, when
    each is a name of a kind known on its own (a country, a name the article also writes alone, a
    company's name by its last word) and one of them is known from more than its last word; `alone`
    holds the names of bodies and places the article's other entities write (people's names joined are
    left whole: the tagger's "Lula and Milei" is seldom a body, but the parts' kinds are unknown).

    A country's or a body's own name with "and" in it stays whole: "Bosnia and Herzegovina",
    "the Securities and Exchange Commission" (where "Securities" modifies the name's head).
    """
    if ent.label_ not in ("ORG", "GPE") or " and " not in ent.text:
        return (ent,)
    joins = [t for t in ent if t.lower_ == "and" and t.dep_ == "cc"]
    if len(joins) != 1 or country_name(ent.text) is not None:
        return (ent,)
    join = joins[0]
    if not ent.start < join.i < ent.end - 1:
        return (ent,)
    first, second = ent.doc[ent.start : join.i], ent.doc[join.i + 1 : ent.end]
    if first.root.head.i in range(ent.start, ent.end) or second.root.dep_ != "conj" or second.root.head != first.root:
        return (ent,)  # "Securities and Exchange Commission": one name's words, not two names
    known = [country_name(p.text) is not None or p.text in alone for p in (first, second)]
    kinds = [k or len(p) > 1 and p[-1].lower_ in _COMPANY_ENDS for k, p in zip(known, (first, second), strict=True)]
    if not any(known) or not all(kinds):
        return (ent,)
    return (Span(ent.doc, first.start, first.end, ent.label_), Span(ent.doc, second.start, second.end, ent.label_))
