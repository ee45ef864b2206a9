"""Headline rules for a noun stack whose first name is the other party of the act the noun names: "Microsoft
faces EU probe" → EU –investigate→ Microsoft, "M&S rejects Green bid" → Green –bid_for→ M&S, "Tesco agrees
Booker deal" → Tesco –deal_with→ Booker, "EU clears Sony BMG merger" → Sony –merge_with→ BMG.

Each rule takes a headline's verb, the mention index and the vocabulary and yields `Candidate`s, as the
rules of `headlines.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.arguments import ArgumentIndex
from kg.extract.candidates import Candidate
from kg.extract.headline_words import OWNER_TYPES
from kg.vocabulary import Vocabulary

#: Verbs by which the subject has an act done to it ("faces EU probe"), and the nouns of those acts
#: with what their doer does.
_UNDERGOING = frozenset("face receive get attract draw suffer".split())
_DONE_TO = {
    "probe": "investigate",
    "investigation": "investigate",
    "inquiry": "investigate",
    "fine": "fine",
    "lawsuit": "sue",
    "suit": "sue",
    "action": "sue",
    "challenge": "challenge",
    "sanctions": "sanction",
    "criticism": "criticize",
    "bid": "bid_for",
    "offer": "bid_for",
    "approach": "bid_for",
    "claim": "claim_against",
}
#: Verbs by which the subject answers a bid its maker made for it ("rejects Green bid").
_ANSWERING = frozenset("reject rebuff spurn accept welcome consider weigh back snub".split())
_BIDS = frozenset({"bid", "offer", "approach", "proposal"})
#: Verbs by which the subject makes a deal with the one the stack names ("agrees Booker deal").
_DEALING = frozenset("agree seal sign strike clinch complete finalise finalize announce reach ink".split())
_DEALS = {"deal": "deal_with", "pact": "deal_with", "alliance": "ally", "partnership": "ally", "takeover": "buy"}
#: Nouns of a deal two named parties make together ("Sony BMG merger", "BA-Iberia tie-up").
_SHARED = {"merger": "merge_with", "deal": "deal_with", "tie-up": "ally", "alliance": "ally", "talks": "talk"}
#: The stack words that may stand between the name and its noun: "EU tax probe", "Green £9bn bid".
_STACK_DEPS = frozenset({"compound", "nmod", "amod", "nummod", "quantmod"})


def act_in_stack(verb: Token, index: ArgumentIndex, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The name a noun stack begins with, who did the act the noun names to the subject, or made the deal
    the subject made: "Microsoft faces EU probe", "M&S rejects Green bid", "Tesco agrees Booker deal"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return
    lemma = verb.lemma_.lower()
    for noun in _objects(verb):
        kind = noun.lower_ if noun.lower_ in _DONE_TO else noun.lemma_.lower()
        if lemma in _UNDERGOING and kind in _DONE_TO:
            predicate, doer_first = _DONE_TO[kind], True
        elif lemma in _ANSWERING and kind in _BIDS:
            predicate, doer_first = "bid_for", True
        elif lemma in _DEALING and kind in _DEALS:
            predicate, doer_first = _DEALS[kind], False
        else:
            continue
        names = _stack_names(noun, index)
        if len(names) != 1:
            continue  # "EU clears Sony BMG merger": the pair's rule
        words = f"{noun.text}"
        if doer_first:
            yield Candidate(names[0], predicate, subject, verb, "act_in_stack", 0.65, reach=False, words=words)
        else:
            yield Candidate(subject, predicate, names[0], verb, "act_in_stack", 0.65, reach=False, words=words)


def pair_in_stack(verb: Token, index: ArgumentIndex, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """Two names that begin the stack of a shared deal: "EU clears Sony BMG merger" → Sony –merge_with→ BMG."""
    for noun in _objects(verb):
        predicate = _SHARED.get(noun.lower_)
        names = _stack_names(noun, index) if predicate is not None else []
        if predicate is not None and len(names) == 2:
            yield Candidate(names[0], predicate, names[1], verb, "pair_in_stack", 0.65, reach=False, words=noun.text)


def _objects(verb: Token) -> list[Token]:
    """The nouns a headline's verb acts on, as the parse may hang them ("agrees Booker deal": an attribute)."""
    return [c for c in verb.children if c.dep_ in ("dobj", "attr") and c.pos_ in ("NOUN", "PROPN")]


def _stack_names(noun: Token, index: ArgumentIndex) -> list[Token]:
    """The first token of each name in the stack before `noun`, when the rest are modifiers: "EU probe" →
    [EU], "Sony BMG merger" → [Sony, BMG] (none when the noun is itself a name's word)."""
    if noun.i in index.by_token:
        return []
    names: list[Token] = []
    previous = None
    for token in noun.doc[noun.left_edge.i : noun.i]:
        entity = index.by_token.get(token.i)
        if entity is None:
            if token.dep_ not in _STACK_DEPS and token.text not in ("-", "/"):
                return []
            previous = None
            continue
        if entity.type not in OWNER_TYPES:
            return []
        if previous is None or previous.id != entity.id:
            names.append(token)
        previous = entity
    return names
