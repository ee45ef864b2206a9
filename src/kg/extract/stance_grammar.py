"""What the stance rules share: the `Stance` record, and the tests of a clause they all ask (is it
stated, asked, whose doing is it)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

#: Clause modalities of a statement: what is only feared, asked or supposed judges no one.
STATED = frozenset({"asserted", "opinion"})
_RELATIVE = frozenset({"that", "which", "who"})


@dataclass(frozen=True, slots=True)
class Stance:
    """The speaker's judgement of the actor of `target`, said with `cue` (criticize, praise, warn …), found by `rule`."""

    cue: Token
    target: Token
    predicate: str
    rule: str
    judge: Token | None = None  # who judges, when the clause names them ("Davis called …"); else the speaker


def asked(verb: Token) -> bool:
    """A quoted question inside a statement: '"Has Tesco misled its suppliers?" asked Ms Tacon.'"""
    after = verb.right_edge.i + 1
    return any(c.text == "?" for c in verb.children) or after < len(verb.doc) and verb.doc[after].text == "?"


def doer(verb: Token) -> Token | None:
    """The subject of `verb`, or the noun a relative clause is about ("a government that despises …")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in _RELATIVE and verb.dep_ == "relcl":
        return verb.head
    if subject is None and verb.dep_ == "conj":
        return doer(verb.head)  # "UKIP have over-reacted and overshot the runway"
    if subject is None or subject.pos_ == "PRON" and subject.lower_ in ("it", "this", "that", "there"):
        return None
    return subject


def hyphenated(token: Token) -> bool:
    """True for a word joined by a hyphen to the one before or after it ("anti-war", "war-torn")."""
    doc, i = token.doc, token.i
    return i > 0 and doc[i - 1].text == "-" or i + 1 < len(doc) and doc[i + 1].text == "-"
