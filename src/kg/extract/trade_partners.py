"""Relation rule for a company said to be another's supplier, customer or lender, the other named as the
noun's owner: "Rolls-Royce, Boeing's biggest supplier, …" → Rolls-Royce –supply→ Boeing, "Ryanair is
Boeing's biggest customer" → customer_of, "Barclays is Carillion's biggest lender" → lend_to.

The rule takes a noun and yields `Candidate`s, as the noun rules of `nouns.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate
from kg.extract.clause_subjects import clause_subject
from kg.vocabulary import Vocabulary

#: Nouns of one company's dealings with another, and what the one does to the other.
TRADE_PARTNERS = {
    "supplier": "supply",
    "customer": "customer_of",
    "client": "client_of",
    "lender": "lend_to",
    "creditor": "lend_to",
    "backer": "fund",
    "investor": "fund",
}


def partner_of_owner(noun: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """Who is the possessor's supplier, customer or lender: the subject of "is" ("Ryanair is Boeing's
    biggest customer"), the name the noun is in apposition to ("Rolls-Royce, Boeing's supplier, …") or
    the name set beside it ("Boeing's biggest customer, Ryanair, …")."""
    predicate = TRADE_PARTNERS.get(noun.lemma_.lower())
    if predicate is None or noun.tag_ != "NN":
        return  # "Boeing's customers" names no one
    other = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if other is None:
        return
    holder: Token | None
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        holder = clause_subject(noun.head)
    elif noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        holder = noun.head
    else:
        holder = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if holder is not None and holder.i != other.i:
        yield Candidate(holder, predicate, other, noun, "partner_of_owner", 0.6, reach=False, words=noun.text)
