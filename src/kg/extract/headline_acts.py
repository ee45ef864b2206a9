"""Headlines with no verb that put an actor "in" an act aimed at another, read by their words (the parser
makes little of them): "Howard in fresh attack on Blair" → criticize, "Brown in warning to Tories" → warn,
"Kennedy in call for Blair apology" → call. The headline span and the mention index in, `Candidate`s out.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from kg.extract.arguments import ArgumentIndex
from kg.extract.candidates import Candidate
from kg.vocabulary import Vocabulary

#: Nouns of an act aimed at someone, the prepositions naming whom, and the predicate.
ACTS = {
    "attack": (frozenset({"on"}), "criticize"),
    "broadside": (frozenset({"at", "against"}), "criticize"),
    "swipe": (frozenset({"at"}), "criticize"),
    "dig": (frozenset({"at"}), "criticize"),
    "rebuke": (frozenset({"to", "for"}), "criticize"),
    "warning": (frozenset({"to", "over"}), "warn"),
    "call": (frozenset({"for", "on", "to"}), "call"),
    "plea": (frozenset({"to", "for"}), "call"),
    "appeal": (frozenset({"to", "for"}), "call"),
    "challenge": (frozenset({"to"}), "challenge"),
    "snub": (frozenset({"to"}), "snub"),
    "apology": (frozenset({"to"}), "apologise_to"),
    "praise": (frozenset({"for"}), "praise"),
    "backing": (frozenset({"for"}), "support"),
}
#: At most this many words between "in" and the act ("in fresh attack", "in new warning").
_BEFORE_ACT = 3
#: At most this many words after the preposition to the name ("call for Blair apology", "on the Tories").
_AFTER_PREP = 3


def in_act(span: Span, index: ArgumentIndex, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """A name, "in", an act noun and the one it is aimed at: "Howard in fresh attack on Blair" → Michael
    Howard –criticize→ Tony Blair (not "Air China in $1bn London listing": no act; not a headline with a
    verb before "in", which the verb rules read)."""
    doc = span.doc
    ins = [t for t in span if t.lower_ == "in" and t.i > span.start and t.i - 1 in index.by_token]
    if len(ins) != 1 or any(t.pos_ == "VERB" and t.i < ins[0].i for t in span):
        return
    at = ins[0].i
    act = next((t for t in doc[at + 1 : min(at + 2 + _BEFORE_ACT, span.end)] if t.lower_ in ACTS), None)
    if act is None or any(not t.is_lower for t in doc[at + 1 : act.i]):
        return  # "Blair in Brown attack": whose attack is unclear
    preps, predicate = ACTS[act.lower_]
    prep = doc[act.i + 1] if act.i + 1 < span.end else None
    if prep is None or prep.lower_ not in preps:
        return
    target = next((t for t in doc[prep.i + 1 : min(prep.i + 1 + _AFTER_PREP, span.end)] if t.i in index.by_token), None)
    if target is None or any(not (t.is_lower or t.i in index.by_token) for t in doc[prep.i + 1 : target.i]):
        return
    subject = doc[at - 1]
    if index.by_token[subject.i].id == index.by_token[target.i].id:
        return
    yield Candidate(subject, predicate, target, act, "headline_act", 0.7, reach=False, words=f"in {act.text}")
