"""Relation rules for an appointment to an office the sentence names: "Ruth Kelly was appointed education
secretary by Tony Blair" (the "by" hangs from the office) and "Tony Blair named Ruth Kelly education
secretary" (the name parsed into the office's words) → appoint.

Each rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate, vocabulary_predicate
from kg.extract.clause_subjects import clause_subject
from kg.extract.titles import DEPARTMENTS, TITLES, title_predicate
from kg.vocabulary import Vocabulary

#: Verbs that put someone in an office named as their complement: "appointed her home secretary".
APPOINTING = frozenset({"appoint", "name", "make", "nominate", "elect", "install", "choose", "select", "confirm"})
#: Verbs that keep their own word; the others appoint ("named her home secretary", "made him leader").
_OWN_WORD = frozenset({"appoint", "nominate", "elect", "confirm"})
#: Prepositions that introduce the office after the verb: "appointed as", "promoted to".
_OFFICE_PREPS = frozenset({"as", "to"})


def _office_word(noun: Token) -> bool:
    """A noun naming an office: "secretary", "chancellor", "leader", "chairman"."""
    lower = noun.lower_
    return noun.pos_ in ("NOUN", "PROPN") and (lower in TITLES or title_predicate([lower]) is not None)


def _offices(verb: Token) -> Iterator[Token]:
    """The office nouns of the verb: its complement or object, or the object of "as"/"to"."""
    for child in verb.children:
        if child.dep_ in ("oprd", "dobj") and _office_word(child):
            yield child
        elif child.dep_ == "prep" and child.lower_ in _OFFICE_PREPS:
            yield from (p for p in child.children if p.dep_ == "pobj" and _office_word(p))


def _appointer(office: Token) -> Token | None:
    """Who appointed, named after "by" on the office: "education secretary by Tony Blair"."""
    for prep in office.children:
        if prep.dep_ == "prep" and prep.lower_ == "by":
            return next((p for p in prep.children if p.dep_ == "pobj" and p.pos_ == "PROPN"), None)
    return None


def _named_in_office(office: Token) -> Token | None:
    """A person's name the parse made part of the office's words: "Ruth Kelly education secretary" →
    Kelly (the last word of the name, before the office's own words)."""
    names = [c for c in office.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"]
    if not names:
        return None
    words = [c for c in office.lefts if c.i > names[-1].i]
    if any(not (w.lower_ in DEPARTMENTS or w.is_lower or _office_word(w)) for w in words):
        return None  # "BBC director general": a body, not the office's words
    return names[-1]


def appointed_to_office(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """Who appointed whom to a named office: "Ruth Kelly was appointed education secretary by Tony Blair",
    "Tony Blair named Ruth Kelly education secretary" → Tony Blair –appoint→ Ruth Kelly (the plain
    passive with its agent on the verb, "was appointed by Mr Blair", is the passive rule's)."""
    if verb.lemma_.lower() not in APPOINTING:
        return
    lemma = verb.lemma_.lower()
    predicate, _ = vocabulary_predicate(vocabulary, lemma if lemma in _OWN_WORD else "appoint")
    patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    for office in _offices(verb):
        if patient is not None:
            appointer = _appointer(office)
            if appointer is not None:
                yield Candidate(appointer, predicate, patient, verb, "appointed_to_office", 0.7, reach=False)
            continue
        named = _named_in_office(office) if office.dep_ in ("oprd", "dobj") else None
        subject = clause_subject(verb) if named is not None else None
        if named is not None and subject is not None:
            yield Candidate(subject, predicate, named, verb, "appointed_to_office", 0.7, reach=False)
