"""Relation rule for a sum put into a body when the parse hangs "in" on the sum: "Microsoft has
invested $10bn in OpenAI" (in read as a part of "$10bn") → Microsoft –fund→ OpenAI.

The rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.countries import known_place
from kg.extract.candidates import Candidate, amount, verb_lemma, vocabulary_predicate
from kg.extract.clause_subjects import clause_subject
from kg.vocabulary import Vocabulary

#: Verbs that put a sum into whoever follows "in" or "into": "invested $10bn in", "poured $2bn into".
INVESTING = frozenset({"invest", "pour", "plough", "plow", "inject", "sink"})


def sum_invested_in(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """A sum put "in" or "into" a body, with the preposition hung on the sum: "SoftBank invested $500m
    in Grab", "Tencent poured $2bn into Epic Games" → fund (not "invested $1bn in Texas": a place)."""
    sums = [c for c in verb.children if c.dep_ == "dobj" and amount(c)]
    subject = clause_subject(verb) if sums and verb_lemma(verb) in INVESTING else None
    if subject is None:
        return
    predicate, known = vocabulary_predicate(vocabulary, "invest", "in")
    for prep in sums[0].children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "into"):
            continue
        for receiver in prep.children:
            if receiver.dep_ == "pobj" and receiver.pos_ == "PROPN" and not known_place(proper_name(receiver)):
                words = f"{verb.text} {sums[0].text} {prep.text}"
                yield Candidate(
                    subject, predicate, receiver, verb, "sum_invested_in", 0.8 if known else 0.6, words=words
                )


def proper_name(noun: Token) -> str:
    """A proper noun with the names before it: "Epic Games", "New Mexico"."""
    start = min([noun.i, *(c.i for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN")])
    return noun.doc[start : noun.i + 1].text
