"""Relation rules for what a subject demands another do: quit ("the Liberals demanded Sir Edward Heath
quit" → demand_resignation_of), or act ("Mr Macron demanded that Russia withdraw its troops" → call).

Each rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate, verb_lemma, vocabulary_predicate
from kg.extract.clause_subjects import clause_subject
from kg.vocabulary import Vocabulary

#: Verbs of asking for someone to go, and the verbs of going: "Liberals demanded Sir Edward Heath quit".
DEMANDING = frozenset("demand want insist urge".split())
_QUITTING = frozenset("quit resign go".split())


def demanded_to_quit(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """A demand that someone leave office: "the Liberals demanded Sir Edward Heath quit" → Liberal Party
    –demand_resignation_of→ Edward Heath, "MPs want the minister to resign"."""
    if verb.lemma_.lower() not in DEMANDING:
        return
    subject = clause_subject(verb)
    if subject is None:
        return
    for clause in verb.children:
        if clause.dep_ in ("ccomp", "xcomp") and (
            clause.lemma_.lower() in _QUITTING or verb_lemma(clause) == "step down"
        ):
            if any(c.dep_ == "neg" for c in clause.children):
                continue
            for quitter in clause.children:
                if quitter.dep_ == "nsubj" and quitter.pos_ in ("PROPN", "NOUN"):
                    words = f"{verb.text} … {clause.text}"
                    yield Candidate(
                        subject, "demand_resignation_of", quitter, verb, "demanded_to_quit", 0.7, words=words
                    )


#: Verbs of demanding whose clause, in the base form, is what another must do.
DEMANDING_THAT = frozenset({"demand", "insist", "ask", "request", "recommend", "propose"})


def demanded_of(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """A demand that another actor act, in the subjunctive: "Mr Macron demanded that Russia withdraw its
    troops" → Macron –call→ Russia (not "insisted that Russia is winning": a claim, not a demand)."""
    if verb.lemma_.lower() not in DEMANDING_THAT:
        return
    subject = clause_subject(verb)
    if subject is None:
        return
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.tag_ != "VB" or any(c.dep_ in ("aux", "neg") for c in clause.children):
            continue
        if clause.lemma_.lower() in _QUITTING or verb_lemma(clause) == "step down":
            continue  # "demanded Sir Edward Heath quit": demanded_to_quit
        for actor in clause.children:
            if actor.dep_ == "nsubj" and actor.pos_ in ("PROPN", "NOUN"):
                predicate, _ = vocabulary_predicate(vocabulary, "urge")
                yield Candidate(subject, predicate, actor, verb, "demanded_of", 0.65, words=verb.text)
