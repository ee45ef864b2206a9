"""Whose deal a verb's "with" names: a prepositional phrase that spaCy hangs on the verb but that
continues the agreement noun just before it ("withdrew from a deal with Russia")."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.pairs import AGREEMENT_NOUNS

#: Nouns of a joint undertaking whose "with" names the other party.
_JOINT_NOUNS = AGREEMENT_NOUNS | frozenset({"talks", "negotiation", "negotiations", "contract", "arrangement"})
#: Prepositions that name what one leaves: "withdrew from", "pulled out of".
_LEAVING_PREPS = frozenset({"from", "of"})


def party_of_left_deal(prep: Token) -> bool:
    """True when a verb's "with" follows the agreement the verb leaves, whose party it names:
    "Germany withdrew from a deal with Russia" (Germany did not withdraw with Russia)."""
    if prep.lower_ != "with":
        return False
    for left in _leaving_preps(prep.head):
        if left.i > prep.i:
            continue
        for deal in left.children:
            if deal.dep_ == "pobj" and deal.lemma_.lower() in _JOINT_NOUNS and deal.right_edge.i + 1 == prep.i:
                return True
    return False


def _leaving_preps(verb: Token) -> list[Token]:
    """The verb's "from" and "of", also where the parser hangs them from a particle: "backed out of its
    deal with Orange", "walked away from the merger"."""
    found = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in _LEAVING_PREPS:
            found.append(child)
        elif child.dep_ in ("prep", "prt", "advmod") and child.lower_ in ("out", "away"):
            found.extend(g for g in child.children if g.dep_ == "prep" and g.lower_ in _LEAVING_PREPS)
    return found
