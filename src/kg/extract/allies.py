"""Political allies named beside a name: "Senator Jane Cheruiyot, who … has been one of Mr Ruto's closest
allies" and "Ms Reyes, President Marcos's closest ally" → ally_of. Mentions, entities and the run's
entity lookup in → `Role`s between two people out."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from spacy.tokens import Doc, Token

from kg.extract.grammar import preposition_object
from kg.extract.mentions import Mention
from kg.extract.role_holders import Role
from kg.extract.titles import ENDED
from kg.model import Entity

_ALLIES = frozenset({"ally", "allies"})
_COPULAS = frozenset({"be", "become", "remain"})


def ally_roles(
    doc: Doc, mentions: Sequence[Mention], entities: Sequence[Entity], entity_of: Callable[[Token], Entity | None]
) -> Iterator[Role]:
    """A person said to be another's ally, in apposition or by "who is/has been": "one of Mr Ruto's
    closest allies", "President Marcos's closest ally"; "a former ally" has ended, "not one of" is none."""
    for mention, person in zip(mentions, entities):
        if person.type != "Person":
            continue
        root = doc[mention.start : mention.end].root
        for said in _said_of(root):
            noun: Token | None = said
            if said.lower_ == "one":  # "one of Mr Ruto's closest allies"
                prep = next((c for c in said.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                noun = preposition_object(prep) if prep is not None else None
            if noun is None or noun.lower_ not in _ALLIES:
                continue
            other = _whose(noun, entity_of)
            if other is None or other.type != "Person" or other.id == person.id:
                continue
            ended = any(t.lower_ in ENDED for t in noun.lefts)
            start, end = min(mention.start, noun.left_edge.i), max(mention.end, noun.right_edge.i + 1)
            yield Role(person, other, "ally", "ally_of", start, end, ended)


def _said_of(root: Token) -> list[Token]:
    """The nouns said of a name: its appositions, and what "be" says of it, in its own clause or in a
    relative clause ("who … has been one of …"); a negated "be" says nothing."""
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        nouns.append(root.head)
    verbs = [root.head] if root.dep_ == "nsubj" else []
    for clause in (c for c in root.children if c.dep_ == "relcl"):
        if any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children):
            verbs.extend([clause, *clause.conjuncts])
    for verb in verbs:
        if verb.lemma_ in _COPULAS and not any(c.dep_ == "neg" for c in verb.children):
            nouns.extend(c for c in verb.children if c.dep_ == "attr")
    return nouns


def _whose(noun: Token, entity_of: Callable[[Token], Entity | None]) -> Entity | None:
    """Whose ally the noun says: its owner ("Mr Ruto's"); "an ally of Mr Ruto" is the ties rules' own."""
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    return entity_of(owner) if owner is not None else None
