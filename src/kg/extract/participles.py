"""Relation rules for a past participle after its noun, with its doer after "by": "sanctions imposed by
the EU on Russia" (EU –sanction→ Russia), "a letter sent by Gordon Brown to Tony Blair" (send_letter_to).

Each rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate, verb_lemma
from kg.extract.grammar import preposition_object
from kg.vocabulary import Vocabulary, normalise_predicate

#: Prepositions after the participle that name the other participant ("imposed … on Russia", "sent … to").
_PARTICIPANT_PREPS = frozenset({"on", "against", "to", "with", "into", "for"})


def participle_with_doer(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """A participle after its noun, its doer after "by" and another actor after a preposition:
    "sanctions imposed by the EU on Russia" → EU –sanction→ Russia."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.pos_ != "NOUN":
        return
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    doer = preposition_object(agent) if agent is not None else None
    if agent is None or doer is None:
        return
    noun, lemma = verb.head, verb_lemma(verb)
    known = None
    if lemma in vocabulary.light_verbs:
        known = vocabulary.for_noun(noun.lower_) or vocabulary.for_noun(noun.lemma_.lower())
    for prep in (*verb.children, *doer.children):  # the parse may hang "on Russia" from the doer
        if prep.dep_ != "prep" or prep.lower_ not in _PARTICIPANT_PREPS or prep.i < agent.i and known is None:
            continue
        predicate = known or normalise_predicate(f"{lemma} {noun.lemma_.lower()} {prep.lower_}")
        words = f"{noun.text} {verb.text} … {prep.text}"
        for actor in prep.children:
            if actor.dep_ == "pobj":
                confidence = 0.75 if known else 0.55
                yield Candidate(
                    doer, predicate, actor, verb, "participle_with_doer", confidence, reach=False, words=words
                )
