"""Relation rules for a decision or a vote in someone's favour: "the WTO ruled in favour of Airbus" →
WTO –rule_in_favour_of→ Airbus, "the court found in Samsung's favour" (the preposition "in" says where
or when with most verbs, so the rule of verb and preposition leaves it).

Each rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate, verb_lemma
from kg.extract.clause_subjects import clause_subject
from kg.extract.grammar import preposition_object
from kg.vocabulary import Vocabulary, normalise_predicate

#: The nouns of "in favour of" in both spellings, and of "in support of".
FAVOUR = frozenset({"favour", "favor", "support"})


def in_favour_of(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """Whom a verb's "in favour of" or "in X's favour" names: "ruled in favour of Airbus", "found in
    Samsung's favour", "voted in favour of Mr Brown"; "came out in support of Mr Sunak" is support."""
    for prep in verb.children:
        noun = preposition_object(prep) if prep.lower_ == "in" and prep.dep_ == "prep" else None
        if noun is None or noun.lower_ not in FAVOUR:
            continue
        support = noun.lower_ == "support"  # "came out in support of Rishi Sunak": support
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN" and not support), None)
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        favoured = owner if owner is not None else preposition_object(of) if of is not None else None
        subject = clause_subject(verb) if favoured is not None else None
        if favoured is not None and subject is not None:
            predicate = normalise_predicate(f"{verb_lemma(verb)} in favour of")
            words = f"{verb.text} in {noun.lower_} of"
            if support:
                predicate = vocabulary.for_noun("support") or "support"
            yield Candidate(subject, predicate, favoured, verb, "in_favour_of", 0.7, reach=False, words=words)
