"""Roles read once pronouns resolve, their holder or organization named by a pronoun or the text
before: "his appointment as chairman of the British Council", "its chief executive Paul Polman",
"Chief Executive Martin Sorrell told Reuters that WPP …" after a sentence about WPP. Mentions,
entities and the doc's pronoun resolution in → `Role`s out."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

import numpy as np
from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from kg.extract.grammar import preposition_object
from kg.extract.mentions import Mention
from kg.extract.roles import Role, may_hold, organization_of, title_of
from kg.extract.title_owners import a_party, possessive_titles
from kg.extract.titles import ENDED, title_predicate
from kg.model import Entity

#: Verbs that give a person the role named after "as" ("was appointed as chairman of the Council").
_APPOINTING = frozenset({"appoint", "name", "elect", "install", "confirm", "choose", "select", "nominate"})


def as_title_roles(
    doc: Doc, mentions: Sequence[Mention], entities: Sequence[Entity], entity_of: Callable[[Token], Entity | None]
) -> Iterator[Role]:
    """A role named after "as": "his appointment as chairman of the British Council" → the owner of
    the appointment chairs it; "Lord Smith was appointed as chairman of the Environment Agency".
    `entity_of` resolves the owner or subject (a pronoun, often)."""
    by_token = {i: (m, e) for m, e in zip(mentions, entities) for i in range(m.start, m.end)}
    strings = doc.vocab.strings
    as_hash = strings.add("as")
    for i in np.flatnonzero(doc.to_array(LOWER) == as_hash).tolist():
        prep = doc[i]
        if prep.dep_ != "prep":
            continue
        title = preposition_object(prep)
        if title is None or title.i in by_token:
            continue
        words = title_of(title)
        predicate = title_predicate([t.text for t in words if t.lower_ not in ENDED]) if words else None
        organization = organization_of(title, by_token) if predicate else None
        if organization is None:
            continue
        head = prep.head
        if head.pos_ == "NOUN":
            holder = next((c for c in head.children if c.dep_ == "poss"), None)
        elif head.lemma_.lower() in _APPOINTING:
            holder = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        else:
            holder = None
        person = entity_of(holder) if holder is not None else None
        if (
            person is None
            or holder is None
            or predicate is None
            or person.type != "Person"
            or person.id == organization.id
        ):
            continue
        role = Role(
            person,
            organization,
            " ".join(t.text for t in words),
            predicate,
            min(head.i, holder.i),
            title.right_edge.i + 1,
            any(t.lower_ in ENDED for t in title.lefts),
        )
        if may_hold(role):
            yield role


def owner_title_roles(
    doc: Doc,
    mentions: Sequence[Mention],
    entities: Sequence[Entity],
    entity_of: Callable[[Token], Entity | None],
    known: Sequence[Role],
) -> Iterator[Role]:
    """Roles whose organization a pronoun or the text before names: "its chief executive Paul Polman",
    "Chief Executive Martin Sorrell told Reuters that WPP …" after a sentence about WPP (see
    `title_owners.possessive_titles`); a person already given a role there keeps that one."""
    for person, owner, title, predicate, start, end, ended in possessive_titles(doc, mentions, entities, entity_of):
        if any(r.person.id == person.id and r.start < end and start < r.end for r in known):
            continue
        if predicate == "works_for" and a_party(owner):
            predicate = "member_of"
        role = Role(person, owner, " ".join(t.text for t in title), predicate, start, end, ended)
        if may_hold(role):
            yield role
