"""Relation rules for an actor's coming to a country or city, which news writes as a visit without the
verb: "Mr Bush is due in Europe", "Mr Macron arrived in Beijing for talks", "was in Kyiv for a visit"
→ visit. A verb in → `Candidate`s out, as the rules of `rules.py` do."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate
from kg.extract.clause_subjects import clause_subject
from kg.vocabulary import Vocabulary

#: Verbs of reaching a place: "arrived in Beijing", "landed in Kyiv".
ARRIVING = frozenset({"arrive", "land"})
#: Nouns of what a visitor comes for: "arrived in Beijing for a state visit", "was in Paris for talks".
PURPOSES = frozenset({"visit", "trip", "tour", "talks", "summit", "meeting", "meetings", "negotiations"})
#: Subjects that name a visitor by themselves when no purpose is written: "She arrived in Kyiv".
_PERSON_PRONOUNS = frozenset({"he", "she"})
#: Entity labels of places one visits.
_PLACES = frozenset({"GPE", "LOC"})


def arrival_in_place(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """A visit written as a coming: "Mr Bush is due in Europe at the end of January" (be due in),
    "the Pope is due to arrive in Kenya", "Mr Macron arrived in Beijing for talks", "she landed in Kyiv",
    "Mr Scholz was in Washington for a summit", "Mr Biden will be in Paris next week" (not "Shell arrived
    in Nigeria in 1937", a body with no purpose written, nor "Mr Blair was in Africa", a stay with none)."""
    if "visit" not in vocabulary.predicates:
        return
    lemma = verb.lemma_.lower()
    anchor = verb  # the word the clause's time and mood are read from
    if lemma == "be":
        places = list(_places(verb))
        due = next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ == "due"), None)
        if due is not None:
            places += _places(due)  # "is due in Europe": a visit to come
            anchor = due
        elif not (_purpose(verb) or _visitor(verb) and _will(verb)):
            return  # "Mr Blair was in Africa": a stay; "Mr Biden will be in Paris next week": a visit to come
    elif lemma in ARRIVING:
        places = list(_places(verb))
        if not (_purpose(verb) or _visitor(verb) or verb.head.lower_ == "due"):
            return
    else:
        return
    subject = clause_subject(verb)
    if subject is None or not places:
        return
    for place in places:
        yield Candidate(subject, "visit", place, anchor, "arrival_in_place", 0.7, reach=False)


def _places(word: Token) -> Iterator[Token]:
    """The countries and cities after "in" hung from `word`: "in Beijing", "in Europe"."""
    for prep in word.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for place in prep.children:
                if place.dep_ == "pobj" and place.ent_type_ in _PLACES:
                    yield place


def _purpose(verb: Token) -> bool:
    """True when "for" names what the visitor came for: "for a three-day state visit", "for talks"."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "for"
        and any(n.dep_ == "pobj" and n.lower_ in PURPOSES for n in prep.children)
        for prep in verb.children
    )


def _will(verb: Token) -> bool:
    """True for a verb of what will be: "will be in Paris"."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in verb.children)


def _visitor(verb: Token) -> bool:
    """True when the one arriving is plainly a person: a person's name or "he", "she"."""
    subject = clause_subject(verb)
    return subject is not None and (subject.ent_type_ == "PERSON" or subject.lower_ in _PERSON_PRONOUNS)
