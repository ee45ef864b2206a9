"""Relation rules for an act named by a noun in -ing with its doer and its patient: "Russia's shelling
of Kharkiv" → Russia –shelling_of→ Kharkiv, "the sacking of Mr Cummings by Mr Johnson" (no ending of
`EVENT_SUFFIXES` shows these are events).

Each rule takes a noun and yields `Candidate`s, as the noun rules of `nouns.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate
from kg.extract.grammar import preposition_object
from kg.vocabulary import Vocabulary, normalise_predicate

#: Nouns in -ing that name a thing, a state or a time, not an act on someone.
_NOT_ACTS = frozenset(
    """building meeting holding listing offering ruling funding spending hearing briefing training housing
    pricing rating ending beginning thinking feeling being opening setting ceiling wedding morning evening
    standing understanding following warning backing ranking earning filing reading recording painting
    saving lending borrowing trading""".split()
)


def _after(noun: Token, word: str) -> Token | None:
    """The object of the noun's preposition `word`."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == word), None)
    return preposition_object(prep) if prep is not None else None


def gerund_of_actor(noun: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The doer (owner, or after "by") of an act in -ing and its patient after "of": "Russia's shelling
    of Kharkiv", "Labour condemned the sacking of Mr Cummings by Mr Johnson" (not "the building of
    Tesco": a thing)."""
    text = noun.lower_
    if not text.endswith("ing") or len(text) < 6 or noun.tag_ != "NN" or text in _NOT_ACTS:
        return
    if vocabulary.for_noun(text) is not None:
        return  # "the backing of the TUC": the vocabulary's noun rules read it
    patient = _after(noun, "of")
    if patient is None:
        return
    doer = next((c for c in noun.children if c.dep_ == "poss"), None) or _after(noun, "by")
    if doer is None or doer.i == patient.i or doer.pos_ == "PRON":
        return  # "an investigation into Microsoft over its bundling of Teams": whose is not sure
    predicate = normalise_predicate(f"{text} of")
    yield Candidate(doer, predicate, patient, noun, "gerund_of_actor", 0.55, reach=False, words=noun.text)
