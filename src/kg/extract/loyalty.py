"""Relation rules for standing by someone under fire: "Mr Johnson stood by Mr Cummings", "Tory MPs
rallied behind Mr Sunak" → support (the preposition, not the verb, says it).

Each rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate
from kg.extract.clause_subjects import clause_subject
from kg.vocabulary import Vocabulary

#: Verbs and the prepositions with which they mean backing someone: "stand by", "rally round".
STANDING_BY = {
    "stand": frozenset({"by", "behind"}),
    "stick": frozenset({"by"}),
    "rally": frozenset({"behind", "round", "around", "to"}),
    "get": frozenset({"behind"}),
    "unite": frozenset({"behind"}),
    "line": frozenset({"behind"}),
    "throw": frozenset({"behind"}),
    "put": frozenset({"behind"}),
}
#: Verbs that back someone only with their weight as object: "threw its weight behind Kyiv".
_WEIGHTED = frozenset({"throw", "put"})
#: What one throws behind someone to back them: "its weight", "his support", "their backing".
_WEIGHTS = frozenset({"weight", "support", "backing"})


def stood_by(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """Whom the subject backs by standing or rallying behind them: "Downing Street said the prime
    minister was standing by Ms Patel" → support, "Labour MPs rallied behind Mr Starmer", "Germany
    threw its weight behind Ukraine" (only an actor counts: "stood by his remarks" names no one)."""
    preps = STANDING_BY.get(verb.lemma_.lower())
    if preps is None or "support" not in vocabulary.predicates:
        return
    if verb.lemma_.lower() in _WEIGHTED and not any(c.dep_ == "dobj" and c.lower_ in _WEIGHTS for c in verb.children):
        return  # "put the blame behind" is no backing; "threw its weight behind Ukraine" is
    subject = clause_subject(verb)
    if subject is None:
        return
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj":
                words = f"{verb.text} {prep.text}"
                yield Candidate(subject, "support", pobj, verb, "stood_by", 0.7, reach=False, words=words)
