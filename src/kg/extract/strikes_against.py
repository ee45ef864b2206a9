"""Relation rule for the employer a strike is "against", said after the strike noun: "The union went on
strike against General Motors", "Unite staged a strike against Ford" → strike_against.

The rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate
from kg.extract.grammar import clause_subject
from kg.extract.strikes import STOPPAGES, labour_strike
from kg.vocabulary import Vocabulary

#: Verbs by which workers call or stage a stoppage ("carried out strikes against" is of arms).
_CALLING = frozenset("stage hold call begin start announce organise organize plan threaten".split())


def strike_against(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """A strike "against" an employer, the strike the verb's object or after its "on": "the United Auto
    Workers went on strike against Ford", "pilots staged a walkout against Lufthansa" (not "air strikes
    against Gaza", "carried out strikes against Hezbollah": arms)."""
    strikes = [c for c in verb.children if c.dep_ == "dobj" and labour_strike(c) and verb.lemma_ in _CALLING]
    strikes += [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if labour_strike(g)
    ]
    subject = clause_subject(verb) if strikes else None
    if subject is None:
        return
    for strike in strikes:
        for prep in strike.children:
            if prep.dep_ == "prep" and prep.lower_ == "against":
                for employer in prep.children:
                    if employer.dep_ == "pobj":
                        words = f"{strike.text} {prep.text}"
                        yield Candidate(subject, "strike_against", employer, verb, "strike_against", 0.7, words=words)


#: The words a sentence must hold for the rule to find anything.
NEAR = STOPPAGES
