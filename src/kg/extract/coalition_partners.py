"""Parties set in a coalition by "partner in": "the CDS-People's Party, the junior partner in Prime
Minister Luis Montenegro's Democratic Alliance coalition" → the CDS is a member of the Democratic
Alliance. Named mentions and their entities in → `Role`s out."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Token

from kg.extract.doc_words import word_positions
from kg.extract.grammar import preposition_object
from kg.extract.mentions import Mention
from kg.extract.role_holders import Role
from kg.model import Entity

_PARTNER = frozenset({"partner", "partners"})
#: Nouns for a joint body a partner is in, which a name before them names ("the Democratic Alliance coalition").
_JOINT = frozenset({"coalition", "alliance", "bloc", "front", "pact"})
_BODIES = frozenset({"Organization", "Group"})


def coalition_partner_roles(doc: Doc, mentions: Sequence[Mention], entities: Sequence[Entity]) -> Iterator[Role]:
    """A body named beside "the (junior) partner in <named> coalition" (in apposition, or after "is"
    or "became") is a member of the coalition so named; the coalition must be named, not "the
    governing coalition", and "a former partner" is none now."""
    positions = word_positions(doc, _PARTNER)
    if not positions:
        return
    by_token = {i: e for m, e in zip(mentions, entities) for i in range(m.start, m.end)}
    for i in positions:
        partner = doc[i]
        if i in by_token or any(c.lower_ in ("former", "ex", "previous") for c in partner.lefts):
            continue
        body = _partner_named(partner, by_token)
        coalition = _named_coalition(partner, by_token)
        if body is None or coalition is None or body.type not in _BODIES or body.id == coalition.id:
            continue
        start, end = min(partner.head.i, partner.left_edge.i), partner.right_edge.i + 1
        yield Role(body, coalition, partner.text, "member_of", start, end)


def _partner_named(partner: Token, by_token: dict[int, Entity]) -> Entity | None:
    """The name "partner" stands beside: "X, the junior partner in …", "X is the junior partner in …"."""
    if partner.dep_ == "appos":
        return by_token.get(partner.head.i)
    if partner.dep_ == "attr" and partner.head.lemma_ in ("be", "become", "remain"):
        subject = next((c for c in partner.head.children if c.dep_ == "nsubj"), None)
        return by_token.get(subject.i) if subject is not None else None
    return None


def _named_coalition(partner: Token, by_token: dict[int, Entity]) -> Entity | None:
    """The named coalition after "in": "in the Democratic Alliance coalition", "in the Alliance"."""
    prep = next((c for c in partner.children if c.dep_ == "prep" and c.lower_ == "in"), None)
    joint = preposition_object(prep) if prep is not None else None
    if joint is None:
        return None
    if joint.i in by_token:  # "in the Alliance": a name that says it is a coalition
        found = by_token[joint.i]
        joined = any(word in _JOINT for word in found.name.lower().split())
        return found if found.type in _BODIES and joined else None
    if joint.lower_ not in _JOINT:
        return None
    named = [by_token[c.i] for c in joint.lefts if c.dep_ == "compound" and c.i in by_token]
    return named[-1] if named and named[-1].type in _BODIES else None
