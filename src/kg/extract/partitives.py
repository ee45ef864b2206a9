"""Relation rules for an act done to some of a group: "Mr Ruto lobbied several of the rebels" →
William Ruto –lobby→ the rebels (the parse makes "several" the object, and "several" names no one).

Each rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate, verb_lemma, vocabulary_predicate
from kg.extract.clause_subjects import clause_subject
from kg.extract.object_prepositions import NOT_ACTIONS
from kg.vocabulary import Vocabulary

#: Words for a part of a group, written before "of" and the group: "two of his ministers".
PARTS = frozenset(
    """some several many most all both few none each any half one two three four five six seven eight nine ten
    dozen dozens scores hundreds thousands""".split()
)


def partitive_object(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The group some of whom a verb acts on: "Mr Ruto had lobbied several of the rebels" → lobby the
    rebels, "Mr Johnson sacked two of his ministers" (not "bought 20% of Vodafone": a share is no one)."""
    if verb_lemma(verb) in NOT_ACTIONS or verb_lemma(verb) == "have":
        return
    part = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in PARTS), None)
    if part is None:
        return
    of = next((p for p in part.children if p.dep_ == "prep" and p.lower_ == "of"), None)
    # "met each of them": who "them" are is too loosely known to name a part of them
    group = next((g for g in of.children if g.dep_ == "pobj" and g.pos_ != "PRON"), None) if of is not None else None
    subject = clause_subject(verb) if group is not None else None
    if group is None or subject is None:
        return
    predicate, known = vocabulary_predicate(vocabulary, verb_lemma(verb))
    yield Candidate(subject, predicate, group, verb, "partitive_object", 0.8 if known else 0.6, reach=False)
