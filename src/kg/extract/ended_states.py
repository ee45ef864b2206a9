"""Roles and holds a clause says have ended: "Mr Musk, who once led PayPal", "who led Labour from 1983 to
1992". A relation's verb in, a yes or no out; read for a relation's `ended`."""

from __future__ import annotations

from spacy.tokens import Token

#: Verbs of a standing role or hold over something: done "once" or "formerly", it no longer holds.
_STATE_VERBS = frozenset(
    "lead head run chair own control manage govern rule represent coach edit employ advise".split()
)
#: Adverbs that put a state in the past: "who once led PayPal", "which formerly owned the site".
_BYGONE = frozenset({"once", "formerly", "previously"})


def ended_state(verb: Token) -> bool:
    """True when the verb's role or hold has ended: "Mr Musk, who once led PayPal", "who led Labour from
    1983 to 1992", "ran Barclays until 2015" (not "led PayPal", whose tense alone does not say it ended)."""
    if verb.lemma_.lower() not in _STATE_VERBS or verb.tag_ not in ("VBD", "VBN"):
        return False
    return any(
        c.dep_ == "advmod"
        and c.lower_ in _BYGONE
        or c.dep_ == "prep"
        and c.lower_ in ("until", "till")
        or _span_closed(c)
        for c in verb.children
    )


def _span_closed(prep: Token) -> bool:
    """ "from 1983 to 1992", "between 2010 and 2015": a span of time with an end (a year or a date)."""
    if prep.dep_ != "prep" or prep.lower_ not in ("from", "between"):
        return False
    return any(t.ent_type_ == "DATE" for t in prep.subtree) and any(
        t.lower_ in ("to", "until", "and", "till") for t in prep.subtree
    )
