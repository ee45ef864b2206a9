"""Relation rules for a measure put on an actor when the parse hangs the actor's "on" from the verb:
"Mr Trump slapped tariffs on Canada" → slap_tariff_on, "the Commission levied a fine on Google" (a
plain verb's "on" mostly says when or about what, so only a measure's object opens it).

Each rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate, light_verb_nouns, verb_lemma
from kg.extract.clause_subjects import clause_subject
from kg.extract.measures import NAMED_MEASURES
from kg.vocabulary import Vocabulary, normalise_predicate

#: Nouns of a measure or penalty one actor puts on another.
PENALTIES = NAMED_MEASURES | {"fine", "fines", "penalty", "penalties", "sanctions", "charge", "charges"}
_ON = frozenset({"on", "against"})


def measure_put_on(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """Whom a measure the verb puts in place hits, when "on" hangs from the verb: "Donald Trump slapped
    tariffs on Canada", "Brussels levied a fine on Google" (a light verb's own rule reads "imposed
    sanctions on Iran")."""
    measure = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in PENALTIES), None)
    if measure is None or light_verb_nouns(verb, vocabulary):
        return
    subject = clause_subject(verb)
    if subject is None:
        return
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _ON or prep.i < measure.i:
            continue
        known = vocabulary.for_noun(measure.lower_) if verb_lemma(verb) in vocabulary.light_verbs else None
        predicate = known or normalise_predicate(f"{verb_lemma(verb)} {measure.lemma_.lower()} {prep.lower_}")
        words = f"{verb.text} {measure.text} {prep.text}"
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN":
                yield Candidate(subject, predicate, pobj, verb, "measure_put_on", 0.65, reach=False, words=words)


def measure_put_on_by(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """A measure put on an actor in the passive, with its doer after "by": "Sanctions were imposed on Iran
    by the United States" → United States –sanction→ Iran, "a fine was levied on Google by the Commission",
    with "on" after the measure: "Tariffs on Canada were announced by Washington", and as a participle
    after it: "sanctions on Iran imposed by the United States", "tariffs on Canada imposed by Washington"."""
    measure = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ in PENALTIES), None)
    if measure is None:
        measure = _measure_before_participle(verb)
    if measure is None:
        return
    doers = [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    doers = [d for d in doers if d.pos_ == "PROPN"]
    if not doers:
        return
    known = vocabulary.for_noun(measure.lower_) if verb_lemma(verb) in vocabulary.light_verbs else None
    for prep in (*verb.children, *measure.children):
        if prep.dep_ != "prep" or prep.lower_ not in _ON:
            continue
        predicate = known or normalise_predicate(f"{verb_lemma(verb)} {measure.lemma_.lower()} {prep.lower_}")
        words = f"{measure.text} {verb.text} {prep.text}"
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN":
                for doer in doers:
                    yield Candidate(doer, predicate, pobj, verb, "measure_put_on_by", 0.65, reach=False, words=words)


def _measure_before_participle(verb: Token) -> Token | None:
    """The measure a participle with an agent describes: "sanctions on Iran imposed by the United States"
    (hung from "sanctions"), "tariffs on Canada imposed by Washington" (the parse hangs it from Canada)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or not any(c.dep_ == "agent" for c in verb.children):
        return None
    head = verb.head
    if head.lower_ in PENALTIES:
        return head
    if head.dep_ == "pobj" and head.head.lower_ in _ON and head.head.head.lower_ in PENALTIES:
        return head.head.head
    return None
