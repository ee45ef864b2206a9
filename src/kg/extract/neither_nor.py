"""Negation by "neither … nor …": of the verbs it joins ("has neither condemned nor supported Russia"),
of their subjects ("Neither Mr Howard nor Mr Kennedy supported him") and of their objects ("met neither
Kraft nor Nestle"). A verb and its chain in → whether the clause is denied."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from kg.extract.doc_words import word_positions

#: The words of "neither … nor …": a doc without them has no verb or argument they deny.
_NEITHER = frozenset({"neither", "nor"})


def neither_nor(verb: Token, chain: Sequence[Token]) -> bool:
    """True when "neither … nor …" denies the verb, or a subject or object of a verb of its chain."""
    if not word_positions(verb.doc, _NEITHER):
        return False
    return _neither_nor(verb) or any(_neither_subject(link) or _neither_argument(link) for link in chain)


def _neither_nor(verb: Token) -> bool:
    """True for a verb that "neither" opens or that "nor" joins: "neither condemned nor supported Russia"."""
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in verb.children):
        return True
    if verb.dep_ != "conj":
        return False
    head = verb.head
    return any(c.dep_ == "cc" and c.lower_ == "nor" for c in head.children) and any(
        c.dep_ == "preconj" and c.lower_ == "neither" for c in head.children
    )


def _neither_subject(link: Token) -> bool:
    """True when the verb's subject opens with "neither" (… "nor"): none of them did it."""
    return any(
        c.dep_ == "nsubj" and any(p.dep_ == "preconj" and p.lower_ == "neither" for p in c.children)
        for c in link.children
    )


def _neither_argument(link: Token) -> bool:
    """True when a subject or object of the verb is "neither … nor …": "Neither Labour nor the Tories backed
    the bill", "he met neither Mr Blair nor Mr Brown"."""
    arguments = [c for c in link.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    arguments += [o for p in link.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(
        c.lower_ == "neither" and c.i < argument.i or c.dep_ == "cc" and c.lower_ == "nor"
        for argument in arguments
        for c in argument.children
    )
