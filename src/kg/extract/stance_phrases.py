"""Stances read from phrases of harm, lack and insight: "it would be very troubling if the government
did not accept the judgement" (warn), "initiated reforms without a clear outcome in mind", "has no
strategy" (criticize), "had learned military force was not the only way" (praise).

Tokens in → `Stance` candidates; `stance.stances` calls them at their cue words.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.evaluation import CRITICAL_NOUNS
from kg.extract.polarity import STRONG, polarity
from kg.extract.qualifiers import is_negated, modality
from kg.extract.stance_grammar import STATED, Stance, asked, doer, hyphenated

#: Nouns of what an actor needs to lead or decide, said to be lacking: "the government has no
#: strategy", "Labour has no credibility on tax", "they have no idea what they are doing".
LACKED_NOUNS = frozenset("credibility idea clue vision strategy answers mandate grip".split())


def lacking_stances_of_have(noun: Token) -> Iterator[Stance]:
    """An actor said to have no strategy, idea or credibility is criticised: "Mr Howard said the
    government had no strategy for Iraq" → the government. Not "no plans to" (an intention) or "no
    idea" asked."""
    head = noun.head
    if noun.lower_ not in LACKED_NOUNS or noun.dep_ != "dobj" or head.lemma_.lower() != "have":
        return
    if not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return
    target = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if target is None or target.pos_ == "PRON" and target.lower_ in ("it", "this", "that", "there", "i", "we"):
        return
    if asked(head) or modality(head) not in STATED:
        return
    yield Stance(noun, target, "criticize", "has_no_strategy")


#: Verbs of coming to see how things are, in the past or perfect: someone said to have learned or
#: understood that something is so is credited with seeing it.
_INSIGHT_FORMS = frozenset(
    "learned learnt understood recognised recognized realised realized grasped understands recognises recognizes".split()
)


_GENERAL_MODALS = frozenset({"must", "should", "can", "could", "cannot"})


def insight_stances(verb: Token) -> Iterator[Stance]:
    """An actor said to have learned or understood how things are is praised by the speaker: "The prime
    minister said Mr Bush had learned military force was not the only way to fight terrorism" → Mr Bush.
    Only with a clause of how things are, naming no one ("learned to fly", "realised a profit" or
    "learned that Iran was enriching uranium" is no insight), and not negated ("had not understood" is another judgement), asked or supposed."""
    if verb.lower_ not in _INSIGHT_FORMS or verb.pos_ != "VERB":
        return
    seen = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if seen is None:
        return
    # the clause's subject, or the object the parser took it for ("learned [military force] was not …")
    subject = next((c for c in seen.children if c.dep_ in ("nsubj", "nsubjpass")), None) or next(
        (c for c in verb.children if c.dep_ == "dobj" and c.i < seen.i), None
    )
    if subject is None or subject.pos_ != "NOUN" or any(t.pos_ in ("PROPN", "PRON") for t in seen.subtree):
        return  # "had learned that Iran was enriching uranium" is news about someone, not an insight
    if not (seen.lemma_.lower() == "be" or any(c.dep_ == "aux" and c.lower_ in _GENERAL_MODALS for c in seen.children)):
        return  # "had learned that the plot had failed": an event found out, not how things are
    target = doer(verb)
    if target is None or target.pos_ == "PRON" and target.lower_ in ("i", "we", "you", "one"):
        return
    if is_negated(verb) or asked(verb) or modality(verb) not in STATED:
        return
    yield Stance(verb, target, "praise", "credited_insight")


#: Marks of the clause whose doing a speaker foresees harm from: "if the government did not accept",
#: "for Britain to leave".
_CONDITION_MARKS = frozenset({"if", "for"})
_FORESEEING = frozenset({"would", "could", "will", "might", "may", "'d", "'ll", "wo"})
#: Words of a good outcome said of "it": "it would be good if …", "it is welcome that …".
GOOD_VERDICTS = frozenset(
    "good great excellent welcome right wonderful fantastic encouraging heartening helpful".split()
)
#: Verbs of what befalls a subject, no doing of theirs: "it is sad that Mr Smith has died".
_BEFALLING = frozenset("die lose suffer fail collapse crash struggle starve drown".split())


def warning_stances(word: Token) -> Iterator[Stance]:
    """An actor told of the harm their doing would bring is warned: "It would be very troubling if the
    government did not accept the judgement" → the government; "It would be a disaster for Britain to
    leave" → Britain. The harm is a word the lexicon rates strongly negative or a noun of blame
    ("a mistake"), said of "it"; "it is outrageous that Labour has cut the grant" blames Labour;
    "it would not be a disaster if …" warns no one, nor "it is sad that Mr Smith has died". A good
    outcome said of a deed praises its doer: "it is welcome that the Treasury has listened"."""
    head = word.head
    if word.dep_ not in ("acomp", "attr") or head.lemma_.lower() != "be":
        return
    good = word.lower_ in GOOD_VERDICTS
    if not good and polarity(word) > -STRONG and word.lower_ not in CRITICAL_NOUNS:  # "a mistake" (-1.4) is harm enough
        return
    if not any(c.dep_ in ("nsubj", "expl") and c.lower_ in ("it", "this", "that") for c in head.children):
        return
    if any(c.dep_ == "neg" for c in head.children) or asked(head):
        return
    for clause in (*head.children, *word.children):
        if clause.dep_ not in ("advcl", "ccomp", "acl", "xcomp"):
            continue
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        # harm foreseen warns; harm said of what was done ("it was a mistake for Tesco to expand",
        # "it is outrageous that Labour has cut the grant") blames
        foreseen = any(c.dep_ == "aux" and c.lower_ in _FORESEEING for c in head.children)
        if not marks & _CONDITION_MARKS and not ("that" in marks and not foreseen):
            continue
        if clause.lemma_.lower() in _BEFALLING:
            continue
        target = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if target is not None and not (target.pos_ == "PRON" and target.lower_ in ("it", "this", "that", "there")):
            if good:  # "it is welcome that …" praises; "it would be great for Britain to win" is only a hope
                if not foreseen and "that" in marks:
                    yield Stance(word, target, "praise", "good_that_done")
            else:
                yield Stance(
                    word, target, *(("warn", "warned_of_harm") if foreseen else ("criticize", "blamed_for_harm"))
                )


def lacking_stances(word: Token) -> Iterator[Stance]:
    """An actor said to act without a good thing is criticised: "she believed Tony Blair initiated
    reforms without a clear outcome in mind" → Tony Blair; "went to war without proper planning". The
    good is an adjective the lexicon rates strongly positive, so "without a hitch" or "without delay"
    judges no one; a negated, asked or supposed clause gives nothing."""
    verb = word.head
    if word.lower_ != "without" or word.dep_ != "prep" or verb.pos_ != "VERB":
        return
    lacked = next((c for c in word.children if c.dep_ == "pobj"), None)
    if lacked is None or not any(
        c.dep_ == "amod" and polarity(c) >= STRONG and not hyphenated(c) for c in lacked.children
    ):
        return
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return  # "the bill was passed without proper scrutiny": whoever passed it is not named here
    target = doer(verb)
    if target is None or is_negated(verb) or asked(verb) or modality(verb) not in STATED:
        return
    yield Stance(word, target, "criticize", "acted_without")


def insight_words() -> frozenset[str]:
    """The word forms `insight_stances` starts from."""
    return _INSIGHT_FORMS
