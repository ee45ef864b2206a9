"""Relation rules for a verb of penalty whose patient the parse takes into the sum after it: "the EU
fined Google €4bn" (Google read as a part of "€4bn", or as an indirect object) → EU –fine→ Google.

Each rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate, verb_lemma, vocabulary_predicate
from kg.extract.clause_subjects import clause_subject
from kg.vocabulary import Vocabulary

#: Verbs that make someone pay a sum, named after the verb and before the sum: "fined Google €4bn".
PENALTY_VERBS = frozenset({"fine", "charge", "bill", "sue"})
_AMOUNTS = frozenset({"MONEY", "CARDINAL", "QUANTITY"})
#: Currencies, which the parser does not always mark as a sum: "50 billion euros", "fined Google 2.4bn euros".
CURRENCIES = frozenset("dollar euro pound yen yuan renminbi rupee rouble ruble franc won real rand peso lira".split())


def _number(token: Token) -> bool:
    """A number as written in news: "400,000", "4", "2.4bn", "150m"."""
    return token.like_num or token.text[:1].isdigit()


def _amount(token: Token) -> bool:
    """True for a sum: "€4bn", "$150m", "£400,000", "2.4bn euros" (a number, or a noun a number or
    currency sits in)."""
    return (
        token.ent_type_ in _AMOUNTS
        or _number(token)
        or token.lemma_.lower() in CURRENCIES
        or any(c.tag_ == "$" or _number(c) for c in token.children)
    )


def penalty_with_sum(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """A verb of penalty whose patient stands before the sum: "The FTC fined Twitter $150m" → FTC
    –fine→ Twitter, with Twitter parsed as an indirect object or as a word of "$150m"."""
    lemma = verb_lemma(verb)
    if lemma not in PENALTY_VERBS:
        return
    sums = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod") and _amount(c)]
    if not sums:
        return
    patient = next((c for c in verb.children if c.dep_ == "dative" and c.pos_ == "PROPN"), None)
    if patient is None and verb.i + 1 < sums[0].i:
        # the name right after the verb, parsed as a word of the sum: "fined Twitter $150m", "fined
        # Google 2.4bn euros" (Google a word of "2.4bn", itself a word of "euros")
        first = verb.doc[verb.i + 1]
        if first.pos_ == "PROPN" and first.dep_ in ("compound", "nmod") and first.left_edge.i == first.i:
            patient = first if sums[0].left_edge.i == first.i else None
    subject = clause_subject(verb) if patient is not None else None
    if patient is None or subject is None:
        return
    predicate, known = vocabulary_predicate(vocabulary, lemma)
    yield Candidate(subject, predicate, patient, verb, "penalty_with_sum", 0.8 if known else 0.6)
