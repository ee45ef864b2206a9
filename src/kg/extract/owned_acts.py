"""Relation rules for an act named by a noun its doer owns, the other side after a preposition the
noun takes: "Labour's victory over the Conservatives" → defeat, "the Tories' defeat by Labour" →
Labour –defeat→ Conservative Party, "Mr Brown's speech to the CBI" → address, and an owner given by
"whose": "Jack Straw, whose talks with Iran ended" → talk.

Each rule takes a noun and yields `Candidate`s, as the rules of `nouns.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate
from kg.extract.grammar import preposition_object
from kg.vocabulary import Vocabulary

#: Nouns of an act the owner does to the actor after one of the prepositions, and the predicate.
DONE = {
    "victory": (frozenset({"over", "against"}), "defeat"),
    "win": (frozenset({"over", "against"}), "defeat"),
    "triumph": (frozenset({"over"}), "defeat"),
    "defeat": (frozenset({"of"}), "defeat"),
    "speech": (frozenset({"to"}), "address"),
    "apology": (frozenset({"to"}), "apologise_to"),
    "warning": (frozenset({"to"}), "warn"),
    "appeal": (frozenset({"to"}), "call"),
    "challenge": (frozenset({"to"}), "challenge"),
    "snub": (frozenset({"to"}), "snub"),
    "rebuke": (frozenset({"to", "of"}), "criticize"),
}
#: Nouns of an act the owner suffers, done by the actor after one of the prepositions: "the Tories'
#: defeat by Labour", "Labour's loss to the SNP".
SUFFERED = {
    "defeat": (frozenset({"by", "to"}), "defeat"),
    "loss": (frozenset({"to"}), "defeat"),
}
OWNED_ACTS = frozenset(DONE) | frozenset(SUFFERED)


def _owner(noun: Token) -> Token | None:
    """The owner of `noun`; for "whose", the name the relative clause describes ("Jack Straw, whose
    talks with Iran ended …" → Straw)."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ != "whose":
        return owner
    clause = noun.head
    while clause.dep_ not in ("relcl", "ROOT") and clause.head is not clause:
        clause = clause.head
    if clause.dep_ == "relcl" and clause.head.pos_ == "PROPN":
        return clause.head
    return None


def _others(noun: Token, preps: frozenset[str]) -> Iterator[Token]:
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            pobj = preposition_object(prep)
            if pobj is not None:
                yield pobj


def owned_act(noun: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The owner of an act noun and the other side after its preposition: "Labour's victory over the
    Conservatives" → Labour –defeat→ Conservatives, "the Conservatives' defeat by Labour" → Labour
    –defeat→ Conservatives (suffered), "Gordon Brown's speech to the CBI" → address; with "whose",
    also the vocabulary's nouns: "Mr Straw, whose talks with Iran ended on Monday" → talk."""
    if noun.pos_ != "NOUN":
        return
    owner = _owner(noun)
    if owner is None:
        return
    lemma = noun.lemma_.lower()
    words = noun.text
    if lemma in SUFFERED:
        preps, predicate = SUFFERED[lemma]
        for doer in _others(noun, preps):
            yield Candidate(doer, predicate, owner, noun, "owned_act", 0.7, reach=False, words=words)
    if lemma in DONE:
        preps, predicate = DONE[lemma]
        for other in _others(noun, preps):
            yield Candidate(owner, predicate, other, noun, "owned_act", 0.7, reach=False, words=words)
    elif owner.i != next(c.i for c in noun.children if c.dep_ == "poss"):  # "whose talks with Iran"
        known = vocabulary.for_noun(noun.lower_) or vocabulary.for_noun(lemma)
        if known is not None:
            for other in _others(noun, frozenset({"with", "to", "on", "against"})):
                yield Candidate(owner, known, other, noun, "owned_act", 0.7, reach=False, words=words)
