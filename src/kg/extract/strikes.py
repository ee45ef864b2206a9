"""Relation rules for military action on targets in a place: "Israel struck targets in Lebanon" → Israel
–attack→ Lebanon (the targets are no actor; the place they are in is the one attacked).

Each rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate, verb_lemma
from kg.extract.grammar import clause_subject
from kg.vocabulary import Vocabulary

#: Nouns of what is struck in a war, never a deal or a note ("struck a deal in China" is no attack).
TARGETS = frozenset(
    """target targets position positions site sites base bases facility facilities installation installations
    refinery refineries depot depots airfield airfields airbase airbases camp camps stronghold strongholds
    infrastructure""".split()
)
#: Prepositions that put the targets in a place.
_IN_PLACE = frozenset({"in", "across", "inside", "throughout"})


def attack_in_place(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The place whose targets a verb of attack struck: "Israel struck targets in Lebanon", "Ukraine
    attacked an oil refinery in Russia" → attack."""
    if vocabulary.by_lemma.get(verb_lemma(verb)) != "attack":
        return
    subject = clause_subject(verb)
    targets = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in TARGETS), None)
    if subject is None or targets is None:
        return
    for prep in (*targets.children, *verb.children):
        if prep.dep_ == "prep" and prep.lower_ in _IN_PLACE and prep.i > targets.i:
            for place in prep.children:
                if place.dep_ == "pobj" and place.ent_type_ in ("GPE", "LOC"):
                    words = f"{verb.text} {targets.text} {prep.text}"
                    yield Candidate(subject, "attack", place, verb, "attack_in_place", 0.65, reach=False, words=words)
