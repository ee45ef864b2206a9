"""Relation rules for two parties acting on "each other": "Israel and Hamas accused each other of
breaking the truce" → Israel –accuse→ Hamas and Hamas –accuse→ Israel, "Colombia and Ecuador have
imposed tariffs on each other's goods" (each is both doer and the one done to).

Each rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate, verb_lemma, vocabulary_predicate
from kg.extract.clause_subjects import clause_subject
from kg.extract.counted_pairs import pair_kind
from kg.extract.doc_words import child_deps
from kg.extract.object_prepositions import NOT_ACTIONS
from kg.vocabulary import Vocabulary, normalise_predicate

#: The words of a reciprocal: "each other", "one another".
RECIPROCALS = frozenset({"other", "another"})


def _reciprocal(token: Token) -> bool:
    """True for "each other" or "one another", or a noun they own ("each other's goods")."""
    if token.lower_ == "one" and any(c.lower_ == "another" for c in token.children):
        return True  # "blamed one another", parsed with "one" as the object
    if token.lower_ in RECIPROCALS:
        return (
            any(c.lower_ in ("each", "one") for c in token.children)
            or token.i > 0
            and (token.doc[token.i - 1].lower_ in ("each", "one"))
        )
    return any(c.dep_ == "poss" and _reciprocal(c) for c in token.children)


def _predicate(verb: Token, vocabulary: Vocabulary) -> tuple[str, str] | None:
    """The predicate and words of what the verb does to "each other", wherever the reciprocal sits: its
    object ("accused each other"), after its preposition ("spoke to each other") or after its object's
    ("imposed sanctions on each other")."""
    lemma = verb_lemma(verb)
    thing = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if thing is None and verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and "dobj" not in child_deps(verb):
        thing = verb.head  # "the tariffs they imposed on each other's goods": the noun is the object
    for child in verb.children:
        if child.dep_ == "dobj" and _reciprocal(child):
            return vocabulary_predicate(vocabulary, lemma)[0], verb.text
        if child.dep_ == "prep" and any(g.dep_ == "pobj" and _reciprocal(g) for g in child.children):
            if thing is not None:  # "cut tariffs on each other's cars", the parse hanging "on" from the verb
                return _measure(lemma, thing, child, vocabulary), f"{verb.text} {thing.text} {child.text}"
            return vocabulary_predicate(vocabulary, lemma, child.lower_)[0], f"{verb.text} {child.text}"
    if thing is None:
        return None
    for prep in thing.children:
        if prep.dep_ == "prep" and any(g.dep_ == "pobj" and _reciprocal(g) for g in prep.children):
            return _measure(lemma, thing, prep, vocabulary), f"{verb.text} {thing.text} {prep.text}"
    return None


def _measure(lemma: str, thing: Token, prep: Token, vocabulary: Vocabulary) -> str:
    """The predicate of a verb, its object and a preposition: "imposed sanctions on" → sanction (a light
    verb's noun says it), "cut tariffs on" → cut_tariff_on, "lifted sanctions on" → lift_sanction_on."""
    light = lemma in vocabulary.light_verbs
    known = vocabulary.for_noun(thing.lower_) or vocabulary.for_noun(thing.lemma_.lower()) if light else None
    return known or normalise_predicate(f"{lemma} {thing.lemma_.lower()} {prep.lower_}")


def each_other(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """Coordinated subjects doing the verb to each other, both ways: "Israel and Hamas accused each
    other" → accuse both ways, "Mr Petro and Mr Noboa imposed tariffs on each other's goods", and a counted
    pair: "the two neighbours have imposed tariffs on each other's goods"."""
    if verb_lemma(verb) in NOT_ACTIONS:
        return
    found = _predicate(verb, vocabulary)
    subject = clause_subject(verb) if found is not None else None
    partners = [c for c in subject.children if c.dep_ == "conj"] if subject is not None else []
    if found is None or subject is None:
        return
    predicate, words = found
    if not partners and pair_kind(subject) is not None:
        # "the tariffs the two neighbours have imposed on each other's goods": the pair the words count,
        # each end standing for both actors (an actor never acts on itself)
        yield Candidate(subject, predicate, subject, verb, "each_other", 0.7, reach=False, words=words)
    for partner in partners:
        yield Candidate(subject, predicate, partner, verb, "each_other", 0.7, reach=False, words=words)
        yield Candidate(partner, predicate, subject, verb, "each_other", 0.7, reach=False, words=words)
