"""Word polarity from the VADER lexicon, which the vaderSentiment wheel ships as a data file (MIT): mean
human ratings from -4 to +4 for some 7,500 English words ("despises" -2.0, "delighted" +2.3).

A token in → its rating; nothing else of VADER (its sentence scorer) is used.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib import resources

from spacy.tokens import Token

#: The least mean rating (VADER's scale runs from -4 to +4) a word needs to judge its doer: "despises"
#: (-2.0), "overreacted" (-1.7), "failed" (-2.3); not "refused" (-1.2) or "cut" (-1.1).
STRONG = 1.5
#: Prefixes that a hyphen keeps apart from the word they make: "over-reacted" is "overreacted".
_PREFIXES = ("over", "under", "mis", "ill")


@cache
def polarity_lexicon() -> Mapping[str, float]:
    """VADER's word → mean rating (-4 … +4), read once from the package's own data file."""
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    lexicon: dict[str, float] = {}
    for line in text.splitlines():
        fields = line.split("\t")
        if len(fields) >= 2 and fields[0].isalpha():
            lexicon[fields[0]] = float(fields[1])
    return lexicon


@cache
def strong_negative_words() -> frozenset[str]:
    """The word forms the lexicon rates strongly negative, with the tail of a prefixed one ("reacted" of
    "overreacted"), which `polarity` joins again: the words a rule of blame may start from."""
    strong = {word for word, score in polarity_lexicon().items() if score <= -STRONG}
    tails = {word[len(p) :] for word in strong for p in _PREFIXES if word.startswith(p) and len(word) > len(p) + 3}
    return frozenset(strong | tails)


def polarity(token: Token) -> float:
    """The lexicon's rating of a word, joined to a hyphenated prefix before it ("over-reacted")."""
    lexicon = polarity_lexicon()
    doc, i = token.doc, token.i
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in _PREFIXES:
        return lexicon.get(doc[i - 2].lower_ + token.lower_, 0.0)
    return lexicon.get(token.lower_, 0.0)
