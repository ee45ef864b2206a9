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
    for left in prep.head.children:
        if left.dep_ != "prep" or left.lower_ not in _LEAVING_PREPS or left.i > prep.i:
            continue
        for deal in left.children:
            if deal.dep_ == "pobj" and deal.lemma_.lower() in _JOINT_NOUNS and deal.right_edge.i + 1 == prep.i:
                return True
    return False
