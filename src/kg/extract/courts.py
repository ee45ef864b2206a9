"""Relation rules for taking a fight to a named court: "the foundation would challenge the law in the
Supreme Federal Court" → challenge_law_in, "Ryanair will contest the approval at the General Court"
(the verb's rule leaves "in" and "at", which mostly say where or when).

Each rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate, verb_lemma
from kg.extract.clause_subjects import clause_subject
from kg.vocabulary import Vocabulary, normalise_predicate

#: Verbs of a legal fight whose "in", "at" or "before" a court names where it is fought.
CONTESTING = frozenset("challenge contest appeal fight sue file lodge bring overturn".split())
#: The head nouns of a court's name: "the Federal Court of Australia", "the Employment Tribunal".
COURTS = frozenset({"court", "tribunal"})
_BEFORE = frozenset({"in", "at", "before"})


def contested_in_court(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The court where the subject fights an act: "would challenge the decision in the Federal Court of
    Australia" → challenge_decision_in, "said it would challenge any approval at the EU's General
    Court" (the parse may hang the court on the object), "filed a lawsuit in the High Court"."""
    if verb.lemma_.lower() not in CONTESTING:
        return
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    places = [p for p in (*verb.children, *(c for o in objects for c in o.children)) if p.dep_ == "prep"]
    courts = [
        pobj
        for prep in places
        if prep.lower_ in _BEFORE
        for pobj in prep.children
        if pobj.dep_ == "pobj" and pobj.lower_ in COURTS and pobj.pos_ == "PROPN"
    ]
    subject = clause_subject(verb) if courts else None
    if subject is None:
        return
    thing = next((o for o in objects if o.pos_ == "NOUN"), None)
    for court in courts:
        prep = court.head.lower_
        words = (
            f"{verb_lemma(verb)} {thing.lemma_.lower()} {prep}" if thing is not None else f"{verb_lemma(verb)} {prep}"
        )
        yield Candidate(subject, normalise_predicate(words), court, verb, "contested_in_court", 0.65, reach=False)
