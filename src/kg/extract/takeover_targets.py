"""Relation rules for a takeover its target agrees to, accepts or fends off, with the buyer after "by" or
"from": "Cadbury agreed to a takeover by Kraft" → Kraft –buy→ Cadbury (the verb's own rule gives the target's
answer). Each rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate, verb_lemma
from kg.extract.clause_subjects import clause_subject
from kg.extract.grammar import preposition_object
from kg.vocabulary import Vocabulary

#: Verbs only the company being bought does to its takeover: it agrees to it, accepts or faces it, fends
#: it off ("the union opposed the takeover by Kraft" is a third party's answer, so "oppose" is not here).
TARGET_ANSWERS = frozenset("agree accept face receive rebuff resist recommend fend fight succumb bow submit".split())
#: Of those, the answers that leave the takeover a bid still: "fended off a takeover by Kraft" → bid_for.
_BID_ONLY = frozenset("face receive rebuff resist fend fight".split())
#: Nouns of one company buying another.
TAKEOVERS = frozenset({"takeover", "acquisition", "buyout", "purchase"})
#: Words that make a takeover no buying of the subject: "a takeover of Asda by Walmart" names its own target.
_OWN_TARGET = frozenset({"of"})


def takeover_answered(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The buyer after "by" or "from" in a takeover its subject answers: "Cadbury agreed to a takeover by
    Kraft", "Severn Water agrees £3bn takeover by Canadian fund", "P&O accepted a buyout from DP World" →
    the buyer –buy→ the subject (not "a takeover of Asda by Walmart": Asda is bought, not the subject)."""
    if verb_lemma(verb).split()[0] not in TARGET_ANSWERS:
        return
    target = clause_subject(verb)
    if target is None:
        return
    for noun in _takeover_nouns(verb):
        preps = [p for p in noun.children if p.dep_ == "prep"]
        if any(p.lower_ in _OWN_TARGET for p in preps):
            continue
        if not any(c.dep_ == "auxpass" for c in verb.children):  # "fended off a takeover by Kraft": by on the verb
            preps += [p for p in verb.children if p.dep_ == "prep" and p.i > noun.i]
        for prep in preps:
            buyer = preposition_object(prep) if prep.lower_ in ("by", "from") else None
            if buyer is not None:
                words = f"{noun.text} {prep.text}"
                predicate = "bid_for" if verb.lemma_.lower() in _BID_ONLY else "buy"
                yield Candidate(buyer, predicate, target, verb, "takeover_answered", 0.65, reach=False, words=words)
                break  # the first buyer named; its conjuncts follow


def _takeover_nouns(verb: Token) -> list[Token]:
    """The takeover nouns a verb takes as its object or after its preposition: "agreed to a takeover",
    "fended off a takeover", "succumbed to a £3bn buyout"."""
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    nouns += [n for p in verb.children if p.dep_ == "prep" for n in p.children if n.dep_ == "pobj"]
    return [n for n in nouns if n.lemma_.lower() in TAKEOVERS]
