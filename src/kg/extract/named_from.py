"""Relation rules for the named body after "from" of a verb whose object is named too: the seller of a
body bought ("Siemens agreed to buy Alstom from General Electric" → Siemens –buy_from→ General
Electric) and the body left to join another ("Charlie Nunn joined Lloyds from HSBC" → Charlie Nunn
–leave→ HSBC); the relation to the object itself is the rule of verb and object's.

Each rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.countries import known_place
from kg.extract.candidates import Candidate, verb_lemma
from kg.extract.clause_subjects import clause_subject
from kg.extract.invested import proper_name
from kg.vocabulary import Vocabulary

#: Verbs of buying whose "from" names the seller.
BUYING = frozenset({"buy", "acquire", "purchase"})
#: Verbs of joining a body whose "from" names the body left.
JOINING = frozenset({"join", "rejoin"})


def _named_from(verb: Token, lemmas: frozenset[str]) -> Iterator[tuple[Token, Token, Token]]:
    """The subject, the "from" and the named body after it, for a verb of `lemmas` with a named object
    (not a place: "bought Alstom from Paris", "joined Lloyds from London")."""
    if verb_lemma(verb) not in lemmas or not any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in verb.children):
        return
    subject = clause_subject(verb)
    if subject is None:
        return
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            for body in prep.children:
                if body.dep_ == "pobj" and body.pos_ == "PROPN" and not known_place(proper_name(body)):
                    yield subject, prep, body


def bought_from_seller(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The seller after "from" of a named body the subject buys: "Kessler was in talks to buy Elettro
    Adriatica from the private equity firm Ardian" (with a common noun, "bought the brand from Unilever",
    the rule of verb, object and preposition reads it)."""
    for subject, _, seller in _named_from(verb, BUYING):
        yield Candidate(subject, "buy_from", seller, verb, "bought_from_seller", 0.7)


def left_to_join(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The body after "from" that the subject left to join the verb's object: "Jane Fraser, who joined
    Citigroup from McKinsey" → leave McKinsey."""
    for subject, prep, body in _named_from(verb, JOINING):
        yield Candidate(subject, "leave", body, verb, "left_to_join", 0.7, words=f"{verb.text} … {prep.text}")
