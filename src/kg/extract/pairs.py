"""Plural descriptions that stand for two actors the article just named: "the two leaders",
"both companies", "the pair", "both of them". A token in → the kind of actor it counts, or None."""

from __future__ import annotations

import numpy as np
from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

#: Nouns that by themselves name two people: "the pair settled on a pact".
_PAIR_NOUNS = frozenset({"pair", "couple", "duo"})
#: Plural nouns for people, counted by "the two" or "both": "the two men", "both leaders".
_PEOPLE = frozenset(
    """men women leaders ministers politicians presidents executives bosses brothers sisters rivals
    candidates officials heads""".split()
)
#: Plural nouns for bodies, counted the same way: "both companies", "the two banks".
_BODIES = frozenset(
    """companies firms banks groups businesses clubs teams sides parties airlines carriers lenders
    insurers retailers brewers operators rivals""".split()
)
#: Plural nouns for countries: "the two countries".
_COUNTRIES = frozenset({"countries", "nations", "states", "neighbours", "neighbors", "governments"})

PEOPLE = frozenset({"Person"})
BODIES = frozenset({"Organization", "Group"})
COUNTRIES = frozenset({"Country"})


def _counted_by_two(token: Token) -> bool:
    """ "the two men", "both companies", "both the banks" — not "two men were arrested"."""
    words = {c.lower_ for c in token.children if c.dep_ in ("det", "predet", "nummod", "preconj")}
    return "both" in words or "two" in words and "the" in words


def pair_kind(token: Token) -> frozenset[str] | None:
    """The entity types the two actors `token` stands for must have, or None when it counts none."""
    lower = token.lower_
    if lower in _PAIR_NOUNS:
        has_the = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        plain = not any(c.dep_ in ("prep", "amod", "compound") for c in token.children)
        return PEOPLE if has_the and plain else None  # not "a couple of weeks", "the pair of shoes"
    if token.tag_ != "NNS" or not _counted_by_two(token):
        return None
    if lower in _PEOPLE and lower not in _BODIES:
        return PEOPLE
    if lower in _COUNTRIES:
        return COUNTRIES
    if lower in _BODIES and lower not in _PEOPLE:
        return BODIES
    return None


def both_of(token: Token) -> Token | None:
    """The pronoun that "both of them" / "the two of them" counts, or None."""
    if token.lower_ not in ("both", "two"):
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.lower_ in ("them", "us"):
                    return pobj
    return None


def counting_words(doc: Doc) -> list[int]:
    """The indices of the words of `doc` that count two actors (found off the doc's array once)."""
    strings = doc.vocab.strings
    words = sorted(_PAIR_NOUNS | _PEOPLE | _BODIES | _COUNTRIES | {"both", "two"})
    hashes = np.fromiter((strings.add(w) for w in words), dtype=np.uint64)
    found = np.flatnonzero(np.isin(doc.to_array(LOWER), hashes)).tolist()
    return [i for i in found if pair_kind(doc[i]) is not None or both_of(doc[i]) is not None]
