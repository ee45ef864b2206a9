"""Relation rule for a loan named with both its ends: "a loan of 2 billion euros from Deutsche Bank to
Siemens Energy", "the European Investment Bank's loan to Northvolt" → lender –lend_to→ borrower.

The rule takes a noun and yields `Candidate`s, as the rules of `nouns.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate, verb_lemma
from kg.extract.grammar import preposition_object
from kg.vocabulary import Vocabulary

#: Nouns of money lent.
LOANS = frozenset({"loan", "loans"})
#: Verbs whose object loan is not (yet) lent: "rejected a loan from", "is seeking a loan from".
_NOT_LENT = frozenset(
    """reject refuse decline block veto cancel withdraw deny seek request ask want need consider discuss
    negotiate oppose turn""".split()
)


def loan_between(noun: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """A loan with its lender after "from" or before it as an owner, and its borrower after "to": "a loan
    of $2bn from Deutsche Bank to Siemens Energy", "A loan from the EIB to Northvolt was approved", "China's
    loans to Zambia" → lend_to (not "rejected a loan from Berlin to Lufthansa": one not lent)."""
    if noun.lower_ not in LOANS or noun.pos_ != "NOUN":
        return
    clause = noun.head if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and noun.head.pos_ in ("VERB", "AUX") else noun
    if clause is not noun and verb_lemma(clause).split()[0] in _NOT_LENT:
        return
    preps = [c for c in noun.children if c.dep_ == "prep"]
    to = next((preposition_object(p) for p in preps if p.lower_ == "to"), None)
    lender = next((preposition_object(p) for p in preps if p.lower_ == "from"), None)
    if lender is None:
        lender = next((c for c in noun.children if c.dep_ == "poss"), None)
    if to is None or lender is None or to.pos_ != "PROPN":
        return
    yield Candidate(lender, "lend_to", to, clause, "loan_between", 0.65, reach=False, words=f"{noun.text} to")
