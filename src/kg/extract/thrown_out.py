"""Relation rules for a member put out of a body by a phrasal verb in the passive: "George Galloway was
thrown out of the Labour Party" → Labour Party –expel→ George Galloway, "was kicked out of the party",
"was drummed out of Ukip" (the one-word verbs, "was expelled from", are `participants.put_out_from`'s).

Each rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate, vocabulary_predicate
from kg.extract.grammar import preposition_object
from kg.vocabulary import Vocabulary

#: Verbs that with "out of" put someone out of a body: "thrown out of", "kicked out of", "drummed out of".
THROWING_OUT = frozenset({"throw", "kick", "drum", "boot", "turf", "force", "hound"})


def _out_of(verb: Token) -> Token | None:
    """The object of "out of" after the verb, the particle parsed as a preposition or a particle."""
    for out in verb.children:
        if out.lower_ != "out" or out.dep_ not in ("prep", "prt", "advmod"):
            continue
        of = next((c for c in out.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None:  # "thrown out of": "of" hung from the verb after the particle
            of = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == out.i + 1), None)
        if of is not None:
            return preposition_object(of)
    return None


def thrown_out_of(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The body that put its member out, in a passive with no agent: "George Galloway was thrown out of
    the Labour Party in 2003" → Labour Party –expel→ George Galloway ("out of office" names no body and
    is dropped where the ends are resolved)."""
    if verb.lemma_.lower() not in THROWING_OUT or any(c.dep_ == "agent" for c in verb.children):
        return
    patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if patient is None and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i < verb.i:
        patient = verb.head  # "George Galloway, thrown out of Labour in 2003, is standing"
    body = _out_of(verb) if patient is not None else None
    if patient is None or body is None:
        return
    predicate, _ = vocabulary_predicate(vocabulary, "expel")
    words = f"{verb.text} out of"
    yield Candidate(body, predicate, patient, verb, "thrown_out_of", 0.7, reach=False, words=words)
