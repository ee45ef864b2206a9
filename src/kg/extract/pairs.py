"""Relation rules for two coordinated subjects caught up in one shared event or quarrel: "Vodafone
and Orange are in talks" → talk, "Britain and France are at odds over fishing" → at_odds_with.

Each rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate
from kg.vocabulary import Vocabulary

#: Nouns of a shared state two parties are "in" or "at", and the predicate each gives.
_SHARED_STATES = {
    "talks": "talk",
    "negotiations": "talk",
    "discussions": "talk",
    "dispute": "dispute_with",
    "row": "row_with",
    "war": "war_with",
    "conflict": "conflict_with",
    "standoff": "dispute_with",
    "stand-off": "dispute_with",
    "odds": "at_odds_with",
    "loggerheads": "at_loggerheads_with",
}
#: Verbs that put their subject in a state: "are in talks", "have been locked in a dispute".
_BEING = frozenset({"be", "lock", "remain", "embroil", "engage", "enter"})


def pair_in_state(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """Two coordinated subjects in a shared state with no third party after "with": "Vodafone and
    Orange are in merger talks" → Vodafone –talk→ Orange, "the US and China have been locked in a
    trade war" → war_with (not "Britain and France are in talks with Iran": Iran is the other side)."""
    if verb.lemma_.lower() not in _BEING:
        return
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    partner = next((c for c in subject.children if c.dep_ == "conj"), None) if subject is not None else None
    if subject is None or partner is None:
        return
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
            continue
        for noun in prep.children:
            state = _SHARED_STATES.get(noun.lower_) if noun.dep_ == "pobj" else None
            if state is None or any(p.dep_ == "prep" and p.lower_ in ("with", "between") for p in noun.children):
                continue
            kind = next((c.lower_ for c in noun.children if c.dep_ == "compound"), None)
            if state == "talk":
                state = vocabulary.for_noun("talks") or state
            elif kind is not None and kind.isalpha():
                state = f"{kind}_{state}"  # "a trade war" is not a war
            words = f"{prep.text} {noun.text}"
            yield Candidate(subject, state, partner, verb, "pair_in_state", 0.65, reach=False, words=words)
