"""Relation rule for the seller of a named body a subject buys: "Siemens agreed to buy Alstom from General
Electric" → Siemens –buy_from→ General Electric (the buyer's relation to the body itself is the rule of
verb and object's).

The rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.countries import known_place
from kg.extract.candidates import Candidate, verb_lemma
from kg.extract.grammar import clause_subject
from kg.extract.invested import proper_name
from kg.vocabulary import Vocabulary

#: Verbs of buying whose "from" names the seller.
BUYING = frozenset({"buy", "acquire", "purchase"})


def bought_from_seller(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The seller after "from" of a named body the subject buys: "Kessler was in talks to buy Elettro
    Adriatica from the private equity firm Ardian" (with a common noun, "bought the brand from Unilever",
    the rule of verb, object and preposition reads it; "bought Alstom from Paris" names a place)."""
    if verb_lemma(verb) not in BUYING or not any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in verb.children):
        return
    subject = clause_subject(verb)
    if subject is None:
        return
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            for seller in prep.children:
                if seller.dep_ == "pobj" and seller.pos_ == "PROPN" and not known_place(proper_name(seller)):
                    yield Candidate(subject, "buy_from", seller, verb, "bought_from_seller", 0.7)
