"""Relation rules for one actor standing between two others: "Qatar has been mediating between Israel
and Hamas" → Qatar –mediate→ Israel, Qatar –mediate→ Hamas; "between the two leaders" stands for the two
just named. A verb in → `Candidate`s out, as the rules of `rules.py` do."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate, verb_lemma
from kg.extract.clause_subjects import clause_subject
from kg.extract.counted_pairs import pair_kind
from kg.vocabulary import Vocabulary

#: Verbs of going between two sides to settle their quarrel.
MEDIATING = frozenset({"mediate", "arbitrate"})


def mediated_between(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The sides a mediator stands between, each named after "between": "Egypt mediated between Israel
    and Hamas", "Turkey has offered to mediate between Russia and Ukraine" (a plan, by the chain); "tried
    to mediate between the two leaders" (the two the article just named, resolved with the object)."""
    if verb_lemma(verb) not in MEDIATING:
        return
    subject = clause_subject(verb)
    if subject is None:
        return
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "between":
            continue
        for side in prep.children:
            if side.dep_ != "pobj":
                continue
            if side.pos_ != "PROPN" and pair_kind(side) is not None:
                yield Candidate(subject, "mediate", side, verb, "mediated_between", 0.7, reach=False)
                continue
            if side.pos_ != "PROPN":
                continue
            for party in (side, *side.conjuncts):
                if party.pos_ == "PROPN":
                    yield Candidate(subject, "mediate", party, verb, "mediated_between", 0.7, reach=False)


#: Verbs whose participle names who brought a deal about between its parties: "a deal brokered by Qatar".
BROKERING = frozenset({"broker", "mediate"})


def brokered_deal(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The broker of a deal its parties made, named after "by": "Israel and Hamas agreed a ceasefire deal
    brokered by Qatar and Egypt" → Qatar –mediate→ Israel, Qatar –mediate→ Hamas (and Egypt the same)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb_lemma(verb) not in BROKERING or verb.head.dep_ != "dobj":
        return
    party = clause_subject(verb.head.head)
    if party is None:
        return
    for agent in verb.children:
        if agent.dep_ == "agent":
            for broker in agent.children:
                if broker.dep_ == "pobj" and broker.pos_ == "PROPN":
                    yield Candidate(broker, "mediate", party, verb, "brokered_deal", 0.7, reach=False)
