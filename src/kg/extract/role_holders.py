"""The role record every role rule yields, and who may hold such a role: a person's role in an
organization, a country or a group, a mayor's in a city, an aide's for a person. Entities in, `Role`
and yes or no out."""

from __future__ import annotations

from dataclasses import dataclass

from kg.extract.titles import BODY_DEPARTMENTS, DEPARTMENTS, GENERIC_BODIES, MINISTRY_WORDS
from kg.model import Entity

#: Words of a title's department or level, never a body's whole name ("Union Home", "Law").
_LEVELS = frozenset({"union", "federal", "law"})
#: Titles of the head of a place only ("Karnataka's chief minister"), never of a person's staff.
_PLACE_HEADS = frozenset({"chief minister", "first minister", "governor", "mayor"})
#: Titles of the head of a region's own government ("the prime minister of the Kurdistan Region").
_REGION_HEADS = frozenset({"prime minister", "first minister", "chief minister"})
_AFFILIATED_TYPES = frozenset({"Organization", "Country", "Group"})
#: Roles only people hold (a body may be a member of another, or a unit of it).
_HELD_BY_PEOPLE = frozenset({"lead", "works_for", "chair", "spokesperson_for"})
#: Titles of those who work for a person rather than a body ("Mr Blair's communications director").
_PERSONAL_STAFF = frozenset({"adviser", "advisor", "aide", "director", "secretary", "assistant", "lawyer", "solicitor"})
#: Titles held in a body only, never in a person's service: the one-word name they go with is a body the
#: tagger took for a person ("Chega's leader", "an analyst at Berenberg", "the bloc's four full members").
_BODY_ONLY_TITLES = frozenset(
    {"leader", "executive", "president", "chairman", "chairwoman", "member", "members", "analyst", "shareholder"}
)
#: Words that make a title a second's, which a person may have ("Mr Trump's vice-president").
_SECONDS = frozenset({"vice", "deputy", "vice-president", "assistant"})


@dataclass(frozen=True, slots=True)
class Role:
    """A person's role in an organization: `predicate` is lead, chair, member_of, works_for or
    spokesperson_for; `title` the words that say so; tokens [start, end) the phrase."""

    person: Entity
    organization: Entity
    title: str
    predicate: str
    start: int
    end: int
    ended: bool = False

    @property
    def leads(self) -> bool:
        """True for a current leader's role ("Chief", "Prime Minister"), not a past or partial one."""
        return self.predicate == "lead" and not self.ended


def may_hold(role: Role) -> bool:
    """True when the role's other end can have such a member: an organization, a country or a group;
    a city or region has a mayor or governor ("the Mayor of London, Ken Livingstone"); a spokesman
    may speak for a person or a body the tagger took for one ("a spokesman for Crossrail"), and an
    aide or adviser works for a person ("Mr Blair's former communications director")."""
    kind = role.organization.type
    name = role.organization.name.lower()
    if (name in DEPARTMENTS or name in MINISTRY_WORDS) and name not in BODY_DEPARTMENTS or name.startswith("non-"):
        return False  # "when he was home secretary", "the only non-Nato member": no organization's title
    if (
        all(w in DEPARTMENTS or w in MINISTRY_WORDS or w in _LEVELS for w in name.split())
        and name not in BODY_DEPARTMENTS
    ):
        return False  # "Union Home Minister", "Law Minister": words of the title the tagger took for a body
    if name in GENERIC_BODIES:
        return False  # "Office" cut from "the Foreign Office": which office is not said
    if kind == "Country" and role.title.split()[-1].lower() == "mayor":
        return False  # "London's mayor": a city the tagger took for its country
    if role.person.type in ("Organization", "Country", "Location") and role.predicate in _HELD_BY_PEOPLE:
        return False  # "SQM, Chile's largest lithium producer": a company, not anyone's staff
    if role.predicate in _HELD_BY_PEOPLE and role.person.name.lower().split()[-1] in GENERIC_BODIES:
        return False  # "The European Commission, the EU's executive": a body the tagger took for a person
    if kind in _AFFILIATED_TYPES:
        return True
    if kind == "Location":  # "the prime minister of Iraq's Kurdistan Region, Masrour Barzani"
        words = role.title.lower().split()
        heads = {" ".join(words[-2:]), *words[-1:]}
        return role.predicate == "lead" and bool(heads & {"mayor", "governor", "premier", *_REGION_HEADS})
    words = role.title.lower().split()
    if kind == "Person" and role.predicate == "lead" and {" ".join(words[-2:]), *words[-1:]} & _PLACE_HEADS:
        return True  # "Karnataka's chief minister": no person has one, so the tagger's person is a place
    if kind == "Person" and _body_taken_for_person(role):
        return True
    if kind == "Person" and role.predicate == "works_for":  # "Mr Blair's former communications director"
        return role.title.split()[-1].lower() in _PERSONAL_STAFF
    return kind == "Person" and role.predicate == "spokesperson_for"


def _body_taken_for_person(role: Role) -> bool:
    """True for a one-word name the tagger typed a person beside a title only a body has: "Chega's
    leader, Andre Ventura", "Martin Keller, an analyst at Berenberg", "Northline's chief executive" for a
    Northline Rail the headline's tagger took for a person (not "Mr Trump's vice-president")."""
    words = role.title.lower().replace("-", " ").split()
    if not _body_name(role.organization) or not words or _SECONDS & set(words):
        return False
    return words[-1] in _BODY_ONLY_TITLES


def _body_name(entity: Entity) -> bool:
    """A name of one word, or one the article shortens to its first word as bodies' names are shortened
    ("Northline" for Northline Rail; a person's is shortened to the last: "Ruto")."""
    words = entity.name.split()
    return len(words) == 1 or words[0] in entity.aliases and words[-1] not in entity.aliases
