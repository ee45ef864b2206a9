"""Bodies named by whose they are: "his party", "Ruto's party" (the one party the article ties that
person to), the possessor "his" or "her" stands for (the subject of the clause that says it), and the
country each person's title ties them to (whose "her government" is).
A noun token, the named tokens' entities and the roles titles gave people in → an entity or None."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from kg.countries import country_name
from kg.extract.grammar import SUBJECTS
from kg.extract.role_holders import Role
from kg.extract.titled_people import PersonTitle
from kg.model import Entity
from kg.resolve import canonical_key

#: The roles that make a person one of a party's own: "leader", "member", "chairman".
_PARTY_ROLES = frozenset({"lead", "member_of", "chair"})


def possessor(token: Token, owner: dict[int, Entity]) -> Entity | None:
    """The person who owns `token`: "Mr Ruto's party" → Ruto; "Jordan Bardella said his party would
    not …" → Bardella (the subject of a clause above "his"), else the last person named before it in
    its sentence."""
    poss = next((c for c in token.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    if poss.i in owner:
        named = owner[poss.i]
        return named if named.type == "Person" else None
    if poss.lower_ not in ("his", "her"):
        return None
    for clause in token.ancestors:
        for subject in clause.children:
            if subject.dep_ in SUBJECTS and subject.i < poss.i and subject.i in owner:
                named = owner[subject.i]
                return named if named.type == "Person" else None
    sentence = token.sent
    before = [owner[i] for i in range(sentence.start, token.i) if i in owner and owner[i].type == "Person"]
    return before[-1] if before else None


def persons_party(token: Token, owner: dict[int, Entity], roles: Sequence[Role]) -> Entity | None:
    """ "his party", "Mr Ruto's party", "her own party" → the one body the article made its possessor
    a leader, chair or member of (none when it named two)."""
    if token.lower_ != "party" or token.dep_ == "compound":
        return None
    if any(c.dep_ in ("amod", "compound") and c.lower_ != "own" for c in token.lefts):
        return None  # "his former party", "his new party": not the one the titles name
    person = possessor(token, owner)
    if person is None:
        return None
    return _sole_body(person, roles, _PARTY_ROLES)


#: Nouns of the body a person works for, said with "his" or "her": "Mr Son said his firm would sue".
WORKPLACE_NOUNS = frozenset("company firm bank group airline business carrier retailer lender union club".split())
#: The roles that tie a person to the body they work for.
_WORK_ROLES = frozenset({"lead", "chair", "works_for", "founder_of", "spokesperson_for"})


def persons_workplace(token: Token, owner: dict[int, Entity], roles: Sequence[Role]) -> Entity | None:
    """ "his firm", "her bank", "Mr O'Leary's airline" → the one body the article made its possessor a
    leader, chair or employee of (none when it named two, nor "his former firm", "his own company")."""
    if (
        token.lower_ not in WORKPLACE_NOUNS
        or token.dep_ == "compound"
        or any(c.dep_ in ("amod", "compound") for c in token.lefts)
    ):
        return None
    person = possessor(token, owner)
    if person is None:
        return None
    return _sole_body(person, roles, _WORK_ROLES)


def _sole_body(person: Entity, roles: Sequence[Role], predicates: frozenset[str]) -> Entity | None:
    """The one body the article gives the person a current role of `predicates` in (none for two)."""
    held = {
        r.organization.id: r.organization
        for r in roles
        if r.person.id == person.id
        and not r.ended
        and r.predicate in predicates
        and r.organization.type == "Organization"
    }
    return next(iter(held.values())) if len(held) == 1 else None


def title_countries(titles: Sequence[PersonTitle], roles: Sequence[Role]) -> dict[str, Entity]:
    """The country each person's title names ("New Zealand Prime Minister Jacinda Ardern", "the
    Australian prime minister"), for people whose titles name one country only."""
    found: dict[str, dict[str, Entity]] = {}
    for role in roles:
        if role.organization.type == "Country" and not role.ended:
            found.setdefault(role.person.id, {})[role.organization.id] = role.organization
    for title in titles:
        home = title.organization if title.organization is not None and title.organization.type == "Country" else None
        if home is None:
            named = next((n for w in title.words if (n := country_name(w.title(), demonyms=True)) is not None), None)
            home = None if named is None else Entity(canonical_key(named), named, "Country")
        if home is not None:
            found.setdefault(title.person.id, {})[home.id] = home
    return {person: next(iter(held.values())) for person, held in found.items() if len(held) == 1}
