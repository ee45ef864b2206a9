"""Relation rules for an offer one actor receives from another: "Unilever rejected a takeover bid
from Kraft Heinz" → Kraft Heinz –bid_for→ Unilever (the verb's own rule gives Unilever's answer).

Each rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate, verb_lemma
from kg.extract.grammar import clause_subject
from kg.vocabulary import Vocabulary

#: Verbs by which a subject receives or answers an offer made to it.
_ANSWERING = frozenset(
    "receive get reject rebuff spurn accept welcome consider weigh review study examine attract turn down".split()
)
#: Nouns of an offer, and the compounds that make it an offer to buy ("a takeover bid").
_OFFERS = frozenset({"bid", "offer", "approach", "overture"})
_BUYING = frozenset({"takeover", "buyout", "merger", "acquisition", "cash", "share"})


def offer_received(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The maker of an offer its subject receives or answers: "AstraZeneca rebuffed a takeover offer
    from Pfizer" → Pfizer –bid_for→ AstraZeneca, "Ukraine rejected an offer from Russia" → offer_to."""
    if verb_lemma(verb) not in _ANSWERING:
        return
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _OFFERS), None)
    subject = clause_subject(verb) if noun is not None else None
    if noun is None or subject is None:
        return
    buying = noun.lemma_.lower() == "bid" or any(c.lemma_.lower() in _BUYING for c in noun.lefts)
    predicate = "bid_for" if buying else "offer_to"
    preps = [p for p in (*noun.children, *verb.children) if p.dep_ == "prep" and p.lower_ == "from" and p.i > noun.i]
    for prep in preps[:1]:
        for maker in prep.children:
            if maker.dep_ == "pobj":
                words = f"{noun.text} {prep.text}"
                yield Candidate(maker, predicate, subject, verb, "offer_received", 0.65, reach=False, words=words)
