"""Electoral seats named as a verb's object: "he took Dunfermline East, a new constituency" is a seat
won, not a place or a body acted on. An object token in → whether it is a seat.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Nouns for a seat contested at an election: "a new constituency", "a Labour seat", "a marginal".
SEAT_NOUNS = frozenset({"constituency", "seat", "ward", "riding", "marginal", "electorate"})


def contested_seat(obj: Token) -> bool:
    """Whether the object `obj` is described beside it as an electoral seat: "took Dunfermline East, a
    new constituency", "held Sedgefield, a safe Labour seat"."""
    return any(c.dep_ == "appos" and c.lemma_.lower() in SEAT_NOUNS for c in obj.children)
