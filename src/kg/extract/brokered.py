"""Relation rules for a deal brokered between two sides: "Egypt brokered a ceasefire between Israel and the
Palestinians" → Egypt –mediate→ Israel and the Palestinians, "the deal was brokered by Norway between the
government and the Tamil Tigers", "agreed to a ceasefire brokered by Egypt" (the deal after a preposition;
after the verb's object it is `mediators.brokered_deal`'s).

Each rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate
from kg.extract.clause_subjects import clause_subject
from kg.extract.grammar import preposition_object
from kg.vocabulary import Vocabulary

#: Verbs of bringing two sides to a deal: "brokered a truce between", "negotiated a peace deal between".
BROKERING = frozenset({"broker", "negotiate"})


def _sides(*heads: Token) -> Iterator[Token]:
    """The first side named after "between" on any of `heads` (its conjuncts follow from it)."""
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "between":
                side = preposition_object(prep)
                if side is not None:
                    yield side
                    return


def _broker(verb: Token) -> Token | None:
    """Who brokered: the agent of a passive, else the clause's subject."""
    for agent in verb.children:
        if agent.dep_ == "agent":
            return preposition_object(agent)
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    return clause_subject(verb)


def brokered_between(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The sides a broker brought to a deal, named after "between" on the verb or on the deal: "Egypt
    brokered a ceasefire between Israel and the Palestinians", "The deal was brokered by Norway between
    the government and the Tamil Tigers" → mediate, each side."""
    if verb.lemma_.lower() not in BROKERING:
        return
    deal = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    broker = _broker(verb)
    if broker is None or deal is None:
        return
    for side in _sides(verb, deal):
        yield Candidate(broker, "mediate", side, verb, "brokered_between", 0.7, reach=False)


def deal_brokered_for(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The broker of a deal its parties came to, the deal after a preposition: "Israel and the Palestinians
    agreed to a ceasefire brokered by Egypt" → Egypt –mediate→ Israel (and the Palestinians)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in BROKERING:
        return
    deal = verb.head
    if deal.dep_ != "pobj" or deal.head.dep_ != "prep" or deal.head.head.pos_ not in ("VERB", "AUX"):
        return
    party = clause_subject(deal.head.head)
    broker = next((preposition_object(c) for c in verb.children if c.dep_ == "agent"), None)
    if party is not None and broker is not None:
        yield Candidate(broker, "mediate", party, verb, "deal_brokered_for", 0.7, reach=False)
