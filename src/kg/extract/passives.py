"""Passive clauses with their doer: "Trump was praised by Rutte" → Rutte –praise→ Trump, a participle
after its noun ("Manchester United, owned by Malcolm Glazer"), one set before its clause ("Backed by
Qatar, Hamas …") and a "by" the parse hung elsewhere. A verb in → `Candidate`s out.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate, amount, verb_lemma, vocabulary_predicate
from kg.extract.clause_subjects import clause_subject
from kg.extract.grammar import SUBJECTS
from kg.vocabulary import Vocabulary


def passive_agent(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """Passive clause with an agent: "Trump was praised by Rutte" → Rutte –praise→ Trump, and a
    participle after its noun: "Manchester United, owned by Malcolm Glazer, …" → own."""
    patients = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not patients and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("PROPN", "NOUN"):
        head = verb.head
        # "Gazprom, the energy giant controlled by the Kremlin": the name the noun describes
        patients = [head.head if head.dep_ == "appos" and head.pos_ == "NOUN" and head.head.pos_ == "PROPN" else head]
    if not patients and _fronted_participle(verb):
        main = clause_subject(verb.head)  # "Backed by Qatar, the group …", "Having been criticised by Labour, he …"
        patients = [main] if main is not None else []
    if (
        not patients
        and verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and not any(c.dep_ in SUBJECTS for c in verb.children)
    ):
        # "was appointed by X and sacked by Y", "Kraft bought Cadbury and was criticised by Unite"
        shared = ("nsubjpass", "nsubj") if any(c.dep_ == "auxpass" for c in verb.children) else ("nsubjpass",)
        patients = [c for c in verb.head.children if c.dep_ in shared]
    if not patients and verb.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in verb.children):
        # "Cadbury agreed to be bought by Kraft", "Mr Lewis is expected to be replaced by Mr Murphy"
        patient = clause_subject(verb)
        patients = [patient] if patient is not None else []
    if not patients:
        return
    for agent in (*verb.children, *_agents_after_as(verb), *_agents_after_sum(verb)):
        if agent.dep_ != "agent" and not _stray_agent(verb, agent):
            continue
        for pobj in agent.children:
            if pobj.dep_ == "pobj":
                predicate, known = vocabulary_predicate(vocabulary, verb_lemma(verb))
                for patient in patients:
                    yield Candidate(pobj, predicate, patient, verb, "passive_agent", 0.9 if known else 0.7)


def _fronted_participle(verb: Token) -> bool:
    """True for a passive participle set before its clause, without a subject of its own: "Backed by Qatar,
    the group …", "Having been criticised by Labour, Mr Blair …"."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and verb.i < verb.head.i
        and not any(c.dep_ in SUBJECTS or c.dep_ == "mark" for c in verb.children)
    )


def _stray_agent(verb: Token, prep: Token) -> bool:
    """A passive's "by" the parse took for a plain preposition after a sum: "Meta was fined £1m by Ofcom"."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "by"
        and any(c.dep_ == "auxpass" for c in verb.children)
        and any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in prep.children)
    )


def _agents_after_sum(verb: Token) -> list[Token]:
    """A passive's "by" the parse hung from the sum it takes: "Google was fined 2.4 billion euros by the
    European Commission" (a stray agent, as `_stray_agent` reads it, only once found)."""
    return [
        by
        for noun in verb.children
        if noun.dep_ == "dobj" and (amount(noun) or any(c.dep_ == "nummod" for c in noun.children))
        for by in noun.children
        if by.dep_ == "prep" and by.lower_ == "by"
    ]


def _agents_after_as(verb: Token) -> list[Token]:
    """A passive's "by" the parse hung from the noun of its "as": "Mr Ghosn was replaced as chairman by Mr
    Senard", "the Law Lords will be replaced as the highest court by a Supreme Court"."""
    return [
        by
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "as"
        for role in prep.children
        if role.dep_ == "pobj"
        for by in role.children
        if by.dep_ == "prep" and by.lower_ == "by"
    ]
