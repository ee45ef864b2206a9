"""Relation rules for a shared event named before the clause that says who shared it: "the trade
agreement that the EU and Mercosur concluded" → EU –sign→ Mercosur, "the talks the two unions held".

Each rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate
from kg.vocabulary import Vocabulary

#: Verbs by which two parties make or hold a deal or talks together ("brokered" is done for others).
MAKING_TOGETHER = frozenset("sign conclude reach strike agree negotiate hold forge form seal ink hammer".split())
#: The vocabulary's predicates of events two parties share.
_SHARED = frozenset({"sign", "talk", "meet", "ally"})


def deal_made_by_pair(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """Two coordinated subjects of a relative clause that makes the shared event it describes: "the
    trade agreement that the EU and Mercosur concluded in 2024" → EU –sign→ Mercosur, "the talks
    Unite and British Airways held last week" → talk."""
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in MAKING_TOGETHER:
        return
    noun = verb.head
    predicate = vocabulary.for_noun(noun.lower_) or vocabulary.for_noun(noun.lemma_.lower())
    if predicate not in _SHARED or any(c.dep_ == "dobj" and c.pos_ != "PRON" for c in verb.children):
        return  # "the deal under which Tesco and Asda sold stores": the clause has an object of its own
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    partner = next((c for c in subject.children if c.dep_ == "conj"), None) if subject is not None else None
    if subject is None or partner is None or any(p.dep_ == "prep" and p.lower_ == "with" for p in verb.children):
        return
    yield Candidate(subject, predicate, partner, verb, "deal_made_by_pair", 0.7, reach=False, words=noun.text)
