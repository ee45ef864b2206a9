"""Relation rule for the body a person left to join another: "Charlie Nunn joined Lloyds from HSBC" →
Charlie Nunn –leave→ HSBC (joining Lloyds is the rule of verb and object's).

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

#: Verbs of joining a body whose "from" names the body left.
JOINING = frozenset({"join", "rejoin"})


def left_to_join(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The body after "from" that the subject left to join the verb's object: "Jane Fraser, who joined
    Citigroup from McKinsey" → leave McKinsey (not "joined Lloyds from London": a place)."""
    if verb_lemma(verb) not in JOINING or not any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in verb.children):
        return
    subject = clause_subject(verb)
    if subject is None:
        return
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            for body in prep.children:
                if body.dep_ == "pobj" and body.pos_ == "PROPN" and not known_place(proper_name(body)):
                    words = f"{verb.text} … {prep.text}"
                    yield Candidate(subject, "leave", body, verb, "left_to_join", 0.7, words=words)
