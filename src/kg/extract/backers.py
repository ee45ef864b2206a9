"""Relation rules over nouns of one who funds, lends to or holds shares in another, or is a body owned
by it, said as what the subject is: "Mubadala is an investor in Aston Martin" → Mubadala –fund→ Aston
Martin, "Temasek, an early investor in Zilingo, …" → fund, "Amazon is the largest shareholder in Rivian"
→ shareholder_of, "Waymo, a unit of Alphabet, …" → unit_of.

Each rule takes a noun and yields `Candidate`s, as the noun rules of `nouns.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate
from kg.extract.clause_subjects import clause_subject
from kg.vocabulary import Vocabulary

#: Nouns of a backer or an owned body, the prepositions that name the other, and the predicate.
BACKERS: dict[str, tuple[frozenset[str], str]] = {
    "investor": (frozenset({"in"}), "fund"),
    "financier": (frozenset({"of"}), "fund"),
    "shareholder": (frozenset({"in", "of"}), "shareholder_of"),
    "stakeholder": (frozenset({"in"}), "shareholder_of"),
    "lender": (frozenset({"to"}), "lend_to"),
    "creditor": (frozenset({"to", "of"}), "lend_to"),
    "subsidiary": (frozenset({"of"}), "subsidiary_of"),
    "unit": (frozenset({"of"}), "unit_of"),
    "division": (frozenset({"of"}), "division_of"),
    "affiliate": (frozenset({"of"}), "affiliate_of"),
}


def backer_of(noun: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """What its subject (or the name it is in apposition to) is a backer of: "Mubadala is an investor in
    Aston Martin", "Temasek, an early investor in Zilingo, wrote off its stake" → fund (not "a Sequoia
    investor", whose firm is where the person works; nor "investors in Tesla", which names no one)."""
    entry = BACKERS.get(noun.lemma_.lower())
    if entry is None or noun.tag_ != "NN" or any(c.dep_ == "poss" for c in noun.children):
        return
    preps, predicate = entry
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        holder, clause = clause_subject(noun.head), noun.head
    elif noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        holder, clause = noun.head, noun.head.head
    else:
        return
    if holder is None:
        return
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            for backed in prep.children:
                if backed.dep_ == "pobj" and backed.pos_ == "PROPN":
                    words = f"{noun.text} {prep.text}"
                    yield Candidate(holder, predicate, backed, clause, "backer_of", 0.6, reach=False, words=words)
