"""Light verbs whose meaning sits in their noun: "maintain the pressure on Russia" → pressure Russia,
"impose sanctions on Iran" → sanction Iran, "hold talks with Kyiv" → talk Kyiv. A verb in →
`Candidate`s out.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate, light_verb_nouns
from kg.extract.clause_subjects import clause_subject
from kg.extract.strikes import labour_strike, verbal_attack
from kg.vocabulary import Vocabulary

#: Prepositions that attach a participant, not a time or place ("met with", "pressure on").
ARGUMENT_PREPS = frozenset({"with", "on", "against", "to", "toward", "towards", "from", "into", "over", "for", "at"})


def light_verb_noun(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """Light verb whose meaning sits in the noun: "maintain the pressure on Russia" → pressure Russia,
    "impose sanctions on Iran" → sanction Iran, "hold talks with Kyiv" → talk Kyiv."""
    subject = clause_subject(verb)
    if subject is None:
        return
    for noun, predicate in light_verb_nouns(verb, vocabulary):
        if predicate == "attack" and "criticize" in vocabulary.predicates and verbal_attack(noun):
            predicate = "criticize"  # "launched a scathing attack on Mr Netanyahu"
        if predicate == "attack" and labour_strike(noun) and _at_employer(verb, noun):
            continue  # "announced strikes at Amazon": a stoppage of work (strike_called_at)
        shared = vocabulary.predicates[predicate].symmetric if predicate in vocabulary.predicates else False
        # "held talks with Bush at the White House": talks are held at a place, a swipe is taken at someone
        own = [
            p
            for p in noun.children
            if p.dep_ == "prep" and p.lower_ in ARGUMENT_PREPS and not (shared and p.lower_ == "at")
        ]
        # the parser may hang "on Russia" from the verb; when the noun has its own, the verb's say more
        # about the circumstances ("raise the pressure on Blair over reform to the Lords")
        borrowed = [] if own else [p for p in verb.children if _borrowable(p) and _borrowed(verb, p, shared)]
        for prep in (*own, *borrowed):
            if _borrowable(prep):
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        yield Candidate(subject, predicate, pobj, verb, "light_verb_noun", 0.85)
        for aimed in noun.children:  # "announced new sanctions targeting Russia"
            if aimed.dep_ == "acl" and aimed.tag_ == "VBG" and aimed.lemma_.lower() in _AIMING:
                for target in aimed.children:
                    if target.dep_ == "dobj":
                        yield Candidate(subject, predicate, target, verb, "light_verb_noun", 0.8)


def _at_employer(verb: Token, noun: Token) -> bool:
    """True when a strike is "at" a named employer: "announced strikes at Amazon"."""
    return any(p.dep_ == "prep" and p.lower_ == "at" for p in (*noun.children, *verb.children))


#: Participles after a light verb's noun that name whom it is aimed at: "sanctions targeting Russia".
_AIMING = frozenset({"target", "hit"})
#: Prepositions a light verb's noun takes for its participant, when the parser hangs them from the verb.
_NOUN_PREPS = frozenset({"on", "against", "with"})
#: Light verbs of giving, whose "to" names the receiver: "offered support to Ukraine".
_GIVING_LIGHT_VERBS = frozenset({"offer", "give", "provide", "extend", "pledge", "lend"})


def _borrowable(prep: Token) -> bool:
    """True for a preposition the parse hangs on the verb, as "prep" or as a "to" it takes for a
    receiver ("gave his backing to Kamala Harris")."""
    return prep.dep_ == "prep" or prep.dep_ == "dative" and prep.lower_ == "to"


def _borrowed(verb: Token, prep: Token, shared: bool) -> bool:
    """True for a preposition hung from a light verb that belongs to its noun: "put pressure on",
    "offered support to Ukraine" (not "held talks in Paris", nor "offered talks to Pyongyang", which
    were offered, not held)."""
    if prep.lower_ == "to":
        return not shared and verb.lemma_.lower() in _GIVING_LIGHT_VERBS
    return prep.lower_ in _NOUN_PREPS
