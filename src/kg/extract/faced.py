"""What a subject faces from another actor, beyond inquiries and rebukes: a penalty ("Google faces a fine
from the Commission") and the maker of what it faces named in a clause after it ("a lawsuit brought by
the FTC"). Tokens in, predicates and prepositions out, for `participants.received_from`."""

from __future__ import annotations

from spacy.tokens import Token

#: Penalties a subject faces, gets or is hit with, and what their maker does: "faces a fine from the EU".
PENALTY_NOUNS = {"fine": "fine", "penalty": "fine", "sanction": "sanction", "ban": "ban"}
#: Verbs of a clause after a noun that name its maker after "by": "a lawsuit brought by the FTC".
_MAKING = frozenset("bring file launch lodge impose issue levy open start".split())


def maker_agents(noun: Token) -> list[Token]:
    """The "by" of a clause that says who made what a subject faces: "a lawsuit brought by the FTC", "a
    fine imposed by the European Commission" (not "a lawsuit about prices set by retailers")."""
    return [
        agent
        for clause in noun.children
        if clause.dep_ == "acl" and clause.tag_ == "VBN" and clause.lemma_.lower() in _MAKING
        for agent in clause.children
        if agent.dep_ == "agent"
    ]
