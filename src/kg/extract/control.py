"""Relation rule for control taken of a body, with "of" hung on the verb: "Sony took control of Zee
Entertainment" → Sony –control→ Zee Entertainment.

The rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate, verb_lemma
from kg.extract.clause_subjects import clause_subject
from kg.vocabulary import Vocabulary

#: Verbs by which a subject comes to control a body: "took control of", "seized control of".
TAKING = frozenset("take gain seize assume acquire win wrest".split())


def control_taken_of(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """Control of a body taken by the subject, "of" hung on the verb: "Vivendi has taken control of Telecom
    Italia", "the state will take control of the carrier" ("acquired control of" with "of" on the noun is
    the rule of verb and object's)."""
    control = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "control"), None)
    if verb_lemma(verb) not in TAKING or control is None:
        return
    subject = clause_subject(verb)
    if subject is None:
        return
    for prep in (*verb.children, *control.children):  # "took control of Booker": "of" on either
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for body in prep.children:
                if body.dep_ == "pobj":
                    words = f"{verb.text} control {prep.text}"
                    yield Candidate(subject, "control", body, verb, "control_taken_of", 0.7, words=words)
