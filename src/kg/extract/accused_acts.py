"""Relation rules for what someone is accused of doing to another's things: "Veltrix accused Hanbit of
poaching its engineers" → Hanbit –poach_engineer_of→ Veltrix (an act on someone's engineers, staff or
share is an act on them, said by the accuser).

Each rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate, verb_lemma
from kg.vocabulary import Vocabulary, normalise_predicate

#: Verbs of accusing, and the prepositions that bring the act they charge: "accused X of", "blamed X for".
ACCUSING = {
    "accuse": frozenset({"of"}),
    "blame": frozenset({"for"}),
    "criticise": frozenset({"for"}),
    "criticize": frozenset({"for"}),
    "condemn": frozenset({"for"}),
    "sue": frozenset({"for"}),
}

#: Acts that take from another what is theirs: "its" after them is the accuser's ("accused Hanbit of
#: poaching its engineers"); after other acts it may be the accused's own ("… of bullying its partners").
_TAKING = frozenset(
    "poach steal copy withhold infringe misappropriate misuse seize divert hack take appropriate plagiarise"
    " plagiarize pirate lure".split()
)


def accused_of_act_on_owner(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The accused's act on the owner of its object: "accused Hanbit of poaching its engineers" → Hanbit
    –poach_engineer_of→ (its) Veltrix, "accused Baghdad of withholding the region's share of oil revenue"
    (an act on an actor itself is the plain object rule's: "accused Labour of betraying voters")."""
    preps = ACCUSING.get(verb.lemma_.lower())
    if preps is None:
        return
    accused = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if accused is None:
        return
    for prep in (*verb.children, *accused.children):
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for act in prep.children:
            if act.dep_ != "pcomp" or act.pos_ != "VERB":
                continue
            thing = next((c for c in act.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
            owner = next((c for c in thing.children if c.dep_ == "poss"), None) if thing is not None else None
            if thing is None or owner is None or owner.lower_ in ("their", "our", "my", "your"):
                continue  # "their" may be the accused's own; "our" is the speaker's
            if owner.pos_ == "PRON" and act.lemma_.lower() not in _TAKING:
                continue  # "accused Washington of bullying its trading partners": its own, not the accuser's
            predicate = normalise_predicate(f"{verb_lemma(act)} {thing.lemma_.lower()} of")
            words = f"{act.text} {owner.text} {thing.text}"
            yield Candidate(accused, predicate, owner, act, "accused_of_act_on_owner", 0.6, reach=False, words=words)
