"""Relation rules for acting against another actor's stated wishes: "Brazil's Senate passes mining bill
despite Lula's objections" → Brazilian Senate –defy→ Lula, "over the objections of the unions".

Each rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate
from kg.extract.clause_subjects import clause_subject
from kg.vocabulary import Vocabulary

#: Nouns of someone's stated wish against an act, and the prepositions that set the act against it.
OBJECTIONS = frozenset("objection objections opposition protest protests wishes veto warnings resistance".split())
_AGAINST = frozenset({"despite", "over", "against", "in spite of"})


def defied_objection(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The actor whose objection the subject acted against: "passes mining bill despite Lula's
    objections", "went ahead over the objections of the unions", "against the wishes of the board"."""
    subject = clause_subject(verb)
    if subject is None:
        return
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _AGAINST:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lower_ not in OBJECTIONS:
                continue
            owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")]
            owners += [
                pobj
                for of in noun.children
                if of.dep_ == "prep" and of.lower_ in ("of", "from")
                for pobj in of.children
                if pobj.dep_ == "pobj"
            ]
            for owner in owners:
                words = f"{prep.text} {noun.text}"
                yield Candidate(subject, "defy", owner, verb, "defied_objection", 0.6, reach=False, words=words)
