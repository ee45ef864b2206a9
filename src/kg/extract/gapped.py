"""A second object and its own phrase after "and", with the verb left out: "accused Paul Manafort of
fraud and Rick Gates of perjury" → accuse Rick Gates too (the parse hangs the second name on the verb).

The rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate, verb_lemma, vocabulary_predicate
from kg.extract.clause_subjects import clause_subject
from kg.extract.grammar import SUBJECTS
from kg.vocabulary import Vocabulary


def gapped_object(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """A name coordinated with the verb itself, after its object, with the same preposition the object
    has: "Prosecutors accused Paul Manafort of fraud and Rick Gates of perjury" → accuse Rick Gates;
    "charged Smith with fraud and Jones with perjury" → charge Jones."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
    if obj is None:
        return
    preps = {c.lower_ for c in obj.children if c.dep_ == "prep"}
    preps |= {c.lower_ for c in verb.children if c.dep_ == "prep" and c.i > obj.i}
    subject = None
    for second in (*verb.children, *_after_content(verb, obj)):
        if (
            second.dep_ != "conj"
            or second.pos_ != "PROPN"
            or second.i < obj.i
            or any(c.dep_ in SUBJECTS or c.dep_ == "aux" for c in second.children)
            or not _own_phrase(verb, second, preps)
        ):
            continue
        subject = subject or clause_subject(verb)
        if subject is None:
            return
        predicate, known = vocabulary_predicate(vocabulary, verb_lemma(verb))
        yield Candidate(subject, predicate, second, verb, "gapped_object", 0.85 if known else 0.65)


def _after_content(verb: Token, obj: Token) -> list[Token]:
    """Names the parse coordinates with the common noun of the object's phrase: in "accused Biden of
    weakness and Harris of incompetence", Harris hangs on "weakness" (not "met Scholz in Berlin and
    Meloni in Rome", whose "Berlin" is a name)."""
    found: list[Token] = []
    for prep in (*obj.children, *verb.children):
        for noun in prep.children if prep.dep_ == "prep" and prep.i > obj.i else ():
            if noun.dep_ == "pobj" and (noun.pos_ == "NOUN" or noun.ent_type_ in _WHENS):
                # "bought Jaguar in 1989 and Volvo in 1999": Volvo hangs on the year
                found.extend(c for c in noun.children if c.dep_ == "conj")
    return found


#: Entity labels of a time or an amount, which a second object the parse coordinates with is no part of.
_WHENS = frozenset({"DATE", "TIME", "MONEY", "CARDINAL"})


def _own_phrase(verb: Token, second: Token, preps: set[str]) -> bool:
    """True when the second name has a preposition of the object's own, on it or, as the parse may
    hang it, on the verb or the noun before "and", right after it: "… and France of espionage"."""
    after = second.right_edge.i + 1
    return any(c.dep_ == "prep" and c.lower_ in preps for c in second.children) or any(
        c.dep_ == "prep" and c.i == after and c.lower_ in preps for c in (*verb.children, *second.head.children)
    )
