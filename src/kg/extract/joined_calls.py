"""Relation rules for calls on someone that the subject joins or backs: "The Liberal Democrats joined calls
for David Blunkett to resign" → Liberal Democrats –call→ David Blunkett, "Labour MPs backed calls for
Mr Prescott to quit", "echoed demands for Mr Blair to apologise" (the calls are the subject's own too).

Each rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate, vocabulary_predicate
from kg.extract.clause_subjects import clause_subject
from kg.vocabulary import Vocabulary

#: Verbs by which the subject makes others' calls its own: "joined calls", "backed calls", "echoed calls".
JOINING = frozenset({"join", "back", "support", "echo", "lead", "add", "endorse"})
#: Nouns of a call on someone to act.
_CALLS = frozenset({"call", "calls", "demand", "demands"})


def _called(calls: Token) -> Iterator[Token]:
    """Whom the calls are on: the subject of "for X to act" after the noun, however the parse hangs it."""
    for child in calls.children:
        if child.dep_ == "advcl" and child.tag_ == "VB":  # "calls for Mr Blunkett to resign", "for" a mark
            if any(c.dep_ == "mark" and c.lower_ == "for" for c in child.children):
                yield from (c for c in child.children if c.dep_ == "nsubj")
        elif child.dep_ == "prep" and child.lower_ == "for":  # "for Mr Blunkett" with the infinitive after it
            for pobj in child.children:
                if pobj.dep_ == "pobj" and any(c.dep_ in ("acl", "relcl") and c.tag_ == "VB" for c in pobj.children):
                    yield pobj


def joined_calls(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """Whom the subject calls on by joining or backing calls for them to act: "The Liberal Democrats joined
    calls for David Blunkett to resign" → call."""
    if verb.lemma_.lower() not in JOINING:
        return
    calls = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _CALLS), None)
    subject = clause_subject(verb) if calls is not None else None
    if calls is None or subject is None:
        return
    predicate, _ = vocabulary_predicate(vocabulary, "urge")
    for called in _called(calls):
        words = f"{verb.text} {calls.text} for"
        yield Candidate(subject, predicate, called, verb, "joined_calls", 0.7, reach=False, words=words)
