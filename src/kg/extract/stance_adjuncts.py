"""Relation rules for a stance an act takes towards someone, said by an "in <noun> <preposition>" phrase:
"Labour MPs voted against the bill in defiance of Tony Blair" → defy, "walked out in protest at the
government's plans" → protest_against (the plans' owner), "marched in solidarity with the miners" →
support, "voted in opposition to the government" → oppose ("in support of" is `favour`'s).

Each rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate
from kg.extract.clause_subjects import clause_subject
from kg.extract.grammar import preposition_object
from kg.vocabulary import Vocabulary

#: The nouns of a stance after "in", the prepositions that name whom it is taken towards, the predicate.
STANCES = {
    "defiance": (frozenset({"of"}), "defy"),
    "protest": (frozenset({"at", "against", "over"}), "protest_against"),
    "solidarity": (frozenset({"with"}), "support"),
    "sympathy": (frozenset({"with"}), "support"),
    "opposition": (frozenset({"to"}), "oppose"),
}


def _stance_nouns(verb: Token) -> Iterator[Token]:
    """The stance nouns of the verb's "in" phrases: "in defiance of", "in protest at"."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            noun = preposition_object(prep)
            if noun is not None and noun.lower_ in STANCES:
                yield noun


def stance_in_act(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """Whom the subject's act defies, protests at or stands with: "Labour MPs voted against the bill in
    defiance of Tony Blair" → Labour MPs –defy→ Tony Blair; "walked out in protest at the government's
    plans" reaches the plans' owner."""
    for noun in _stance_nouns(verb):
        preps, predicate = STANCES[noun.lower_]
        subject = clause_subject(verb)
        if subject is None:
            return
        # the preposition hangs from the noun, or from the verb right after it ("walked out in protest
        # at the plans", as the parse may attach it)
        following = [c for c in verb.children if c.i == noun.i + 1]
        for prep in (*noun.children, *following):
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            target = preposition_object(prep)
            if target is not None:
                words = f"in {noun.text} {prep.text}"
                yield Candidate(subject, predicate, target, verb, "stance_in_act", 0.7, words=words)
