"""The record of a common-noun phrase that stands for an actor ("the company", "Labour MPs", "the
police"), and how one is made from its head noun: the phrase's start, the actor, the rule that read it."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from kg.model import Entity


@dataclass(frozen=True, slots=True)
class Description:
    """A common-noun phrase [start, end) standing for `entity`; `head` is its head noun's index.
    `new` is True when the entity is not one the article names ("Labour MPs")."""

    start: int
    end: int
    head: int
    entity: Entity
    rule: str
    new: bool = False
    member_of: Entity | None = None  # the body it belongs to ("Labour MPs")
    role: str = "member_of"  # how it belongs: a person's title says ("Scotland's justice minister": works_for)


def phrase_start(token: Token) -> int:
    """Where the phrase of a head noun starts: its modifiers, not its article or owner."""
    return min([token.i, *(c.left_edge.i for c in token.lefts if c.dep_ not in ("det", "poss", "predet"))])


def new_actor(token: Token, entity: Entity, rule: str) -> Description:
    """The phrase of `token` standing for an actor the article does not name ("Labour MPs")."""
    return Description(phrase_start(token), token.i + 1, token.i, entity, rule, new=True)


def standing_for(token: Token, entity: Entity, rule: str) -> Description:
    """The phrase of `token` standing for `entity`, an actor the article names."""
    return Description(phrase_start(token), token.i + 1, token.i, entity, rule)


def standing(token: Token, entity: Entity | None, rule: str) -> Description | None:
    """The phrase of `token` standing for `entity` by `rule`, if a rule found one."""
    return None if entity is None else standing_for(token, entity, rule)
