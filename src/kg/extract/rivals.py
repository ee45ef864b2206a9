"""Relation rule for a company or person named as another's rival: "Asda, a rival of Tesco", "Tesco's
rival Asda", "Tesco and its rival Asda" → Asda –rival→ Tesco.

The rule takes a noun and yields `Candidate`s, as the rules of `nouns.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate
from kg.extract.titles import ENDED
from kg.vocabulary import Vocabulary

#: The words of a rival.
RIVAL_WORDS = frozenset({"rival", "rivals", "competitor", "competitors"})


def rival_named(noun: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """A name with a rival noun whose other side the sentence names: "Asda, a rival of Tesco", "Asda,
    Tesco's biggest competitor" (the noun set beside the name), "Tesco's rival Asda", "its rival Asda"
    (the word before the name), "Tesco's rivals, Asda and Morrisons" (the names set beside the noun)."""
    if noun.pos_ == "PROPN":
        word = next((c for c in noun.lefts if c.lower_ in RIVAL_WORDS and c.dep_ in ("amod", "compound")), None)
        other = next((c for c in noun.lefts if c.dep_ == "poss"), None)
        if word is not None and other is not None and other.i < word.i and not _ended(noun):
            yield Candidate(noun, "rival", other, noun, "rival_named", 0.65, words=word.text)
        return
    if noun.lower_ not in RIVAL_WORDS or _ended(noun):
        return
    other = next((c for c in noun.children if c.dep_ == "poss"), None)
    if other is None:
        of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in ("of", "to")), None)
        other = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if other is None:
        return
    names = [c for c in noun.rights if c.dep_ == "appos"]
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        names.append(noun.head)
    for name in names:
        if name.pos_ == "PROPN":
            yield Candidate(name, "rival", other, noun, "rival_named", 0.65, words=noun.text)


def _ended(noun: Token) -> bool:
    """True for a rivalry that is over: "its former rival"."""
    return any(c.lower_ in ENDED for c in noun.lefts)
