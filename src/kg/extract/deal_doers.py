"""Relation rule for a deal the subject acts on, named with the one who makes it after "by": "he blocked
the takeover of Kimberley Rare Earths by Huaxin Mining" → block_takeover_by Huaxin Mining (the rule of
verb, object and preposition gives block_takeover_of Kimberley Rare Earths).

The rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate, verb_lemma, vocabulary_predicate
from kg.extract.clause_subjects import clause_subject
from kg.vocabulary import Vocabulary, normalise_predicate

#: Nouns of a deal one company makes for another: "the takeover of X by Y".
DEALS = frozenset({"takeover", "acquisition", "purchase", "buyout", "bid", "merger"})
#: Entity labels that name no one who makes a deal: "by 2026", "by 5%".
_NOT_DOERS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "CARDINAL", "QUANTITY", "ORDINAL"})


def deal_by_doer(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The maker of a deal the subject blocks, clears or reviews, after "by" beside the deal's target:
    "the minister blocked the takeover of Kimberley by Huaxin Mining", "Brussels cleared the purchase of
    Monsanto by Bayer" → block_takeover_by, clear_purchase_by (the parse hangs "by" on the deal or the verb)."""
    deal = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in DEALS), None)
    if deal is None or not any(p.dep_ == "prep" and p.lower_ == "of" for p in deal.children):
        return  # "the takeover of X" names the target; without it, "by" may say how
    subject = clause_subject(verb)
    if subject is None:
        return
    action = vocabulary_predicate(vocabulary, verb_lemma(verb))[0]  # "criticised" → criticize
    for by in (*deal.children, *verb.children):
        if by.dep_ != "prep" or by.lower_ != "by" or by.i < deal.i:
            continue
        for doer in by.children:
            if doer.dep_ == "pobj" and doer.pos_ == "PROPN" and doer.ent_type_ not in _NOT_DOERS:
                predicate = normalise_predicate(f"{action} {deal.lower_} by")
                words = f"{verb.text} {deal.text} by"
                yield Candidate(subject, predicate, doer, verb, "deal_by_doer", 0.65, reach=False, words=words)
