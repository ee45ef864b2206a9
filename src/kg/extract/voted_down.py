"""Relation rules for a vote that defeats someone's measure when the parse reads the particle as a
preposition: "MPs voted down Theresa May's Brexit deal" → vote_down (reached through the deal's owner).

Each rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate
from kg.extract.clause_subjects import clause_subject
from kg.extract.grammar import preposition_object
from kg.vocabulary import Vocabulary, normalise_predicate

#: Verbs whose "down" defeats what follows, with the predicate they give.
DEFEATING = {"vote": "vote_down"}


def voted_down(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """What a vote defeats, "down" parsed as a preposition: "the Senate voted down Mr Trump's tariffs",
    "MPs voted down Theresa May's deal" (the parse with a particle is the plain object rule's)."""
    predicate = DEFEATING.get(verb.lemma_.lower())
    if predicate is None:
        return
    down = next((c for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ == "down"), None)
    defeated = preposition_object(down) if down is not None else None
    subject = clause_subject(verb) if defeated is not None else None
    if defeated is None or subject is None:
        return
    owner = next((c for c in defeated.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is not None:  # "voted down Theresa May's deal": whose deal
        predicate = normalise_predicate(f"{predicate} {defeated.lemma_.lower()} of")
        defeated = owner
    yield Candidate(subject, predicate, defeated, verb, "voted_down", 0.7, reach=False, words=f"{verb.text} down")
