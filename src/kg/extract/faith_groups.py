"""A faith's people named in general: "Muslims had to travel to Llanelli", "Catholics in the town" name
no party that acts, unlike "the Muslim Council of Britain". A tagged span in → whether it is one.
"""

from __future__ import annotations

from spacy.tokens import Span

#: The people of a faith, as English names them in the singular.
FAITH_PEOPLE = frozenset(
    "muslim christian catholic protestant jew hindu sikh buddhist anglican evangelical mormon".split()
)


def faith_in_general(ent: Span) -> bool:
    """Whether `ent` is a bare plural of a faith's people, with no article or owner before it:
    "Muslims visit Llanelli" (but not "the Catholic Church" nor "Britain's Muslims")."""
    if len(ent) != 1 or ent[0].tag_ not in ("NNPS", "NNS"):
        return False
    word = ent[0]
    if word.lower_.rstrip("s") not in FAITH_PEOPLE:
        return False
    return not any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in word.children)
