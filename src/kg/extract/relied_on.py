"""Relation rules for what a subject relies on from another: "Pemex depends on support from the Mexican
government" → Mexico Government –support→ Pemex (the giver gives, as with "won backing from").

Each rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate
from kg.extract.clause_subjects import clause_subject
from kg.extract.grammar import preposition_object
from kg.vocabulary import Vocabulary

#: Verbs of relying, whose "on" names what the subject needs from someone.
RELYING = frozenset({"rely", "depend", "count", "lean"})
#: An actor's own affairs, whose dependence is the actor's: "Pemex's finances depend on support from …".
_OWN_AFFAIRS = frozenset(
    "finance finances economy budget survival future recovery operation operations business growth stability".split()
)


def relied_on_giver(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """Who gives what the subject relies on: "Pemex depends on continuous support from the Ministry of
    Finance" → support, "Ukraine relies on funding from the EU" → fund (a noun of the vocabulary only:
    "relies on exports to China" names no giver); the subject's affairs are its owner's: "the company's
    finances depend on support from the Ministry of Finance" → the company."""
    if verb.lemma_.lower() not in RELYING:
        return
    on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"), None)
    noun = preposition_object(on) if on is not None else None
    predicate = vocabulary.for_noun(noun.lower_) or vocabulary.for_noun(noun.lemma_.lower()) if noun else None
    if noun is None or predicate is None:
        return
    givers = [
        pobj
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "from"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
    subject = clause_subject(verb) if givers else None
    if subject is None:
        return
    subject = _owner_of_affairs(subject) or subject
    for giver in givers:
        words = f"{verb.text} on {noun.text} from"
        yield Candidate(giver, predicate, subject, verb, "relied_on_giver", 0.65, reach=False, words=words)


def _owner_of_affairs(subject: Token) -> Token | None:
    """Whose affairs a subject is, when it is one: "the company's finances" → company."""
    if subject.lower_ not in _OWN_AFFAIRS and subject.lemma_.lower() not in _OWN_AFFAIRS:
        return None
    return next((c for c in subject.children if c.dep_ == "poss"), None)
