"""Roles read from a title before a name, for `roles.title_roles`: "Tory MP Douglas Hogg", "Germany's
Chancellor Gerhard Schroeder", "BBC presenters Jeremy Paxman and John Humphrys" (a plural title shared by
the names after it). Mentions and their entities in → `Role`s out."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.countries import country_name
from kg.extract.doc_words import span_root
from kg.extract.mentions import Mention
from kg.extract.party_roles import party_before_name
from kg.extract.role_holders import Role
from kg.extract.title_owners import (
    a_nationality,
    a_party,
    department_office,
    ended_before,
    implied_owner,
    serves_state,
)
from kg.extract.titled_names import named_elsewhere
from kg.extract.titles import DEPARTMENTS, ENDED, HONORIFICS, RANKS, ROLE_TITLES, TITLES, singular, title_predicate
from kg.model import Entity

#: At most this many words between an organization and a name make a title.
_TITLE_WORDS = 6
_LINKS = frozenset({"'s", "’s", "'", "’", "-"})
#: The words before a name that the title's words end before: "manager Sir Alex Ferguson", "Colonel …".
_HONORIFICS_OR_RANKS = HONORIFICS | RANKS


def prenominal_roles(
    doc: Doc, mention: Mention, person: Entity, by_token, entities: Sequence[Entity]
) -> Iterator[Role]:
    """ "<organization>['s] [former] <title> <person>": "Tory MP Douglas Hogg", "Germany's Chancellor Gerhard
    Schroeder", "US Secretary of State Condoleezza Rice", "Spanish Agriculture Minister Luis Planas"."""
    named = mention.start  # the title's words end before an honorific: "manager Sir Alex Ferguson"
    while named > 0 and named - 1 not in by_token and doc[named - 1].lower_ in _HONORIFICS_OR_RANKS:
        named -= 1
    i = _title_start(doc, named - 1, mention.start, by_token)
    # "Secretary of State": the department is part of the title (also when no mention holds "State")
    office = department_office(doc, i) if i in by_token else department_office(doc, named - 1)
    if office is None and i == named - 1:  # no title words: most names
        yield from party_before_name(doc, mention, person, by_token, entities)
        return
    head = named  # the words that say the role end here
    if office is not None:
        head = office + 1
        i = _title_start(doc, office, mention.start, by_token)
    title = doc[i + 1 : named]
    words = [t.text for t in doc[i + 1 : head] if t.lower_ not in ENDED and t.lower_ != "then"]
    plural = bool(words) and singular(words[-1].lower()) != words[-1].lower()  # "Labour MPs Jo Cox and …"
    predicate = title_predicate([*words[:-1], singular(words[-1].lower())] if plural else words)
    if predicate is None and title and by_token.get(i) is not None and a_party(by_token[i][1]):
        predicate = "member_of"  # "his Tory opposite number Mr Davis"
    if predicate is None:
        yield from party_before_name(doc, mention, person, by_token, entities)
        return
    ended = any(t.lower_ in ENDED or t.lower_ == "then" for t in title) or ended_before(doc, i + 1)
    while i >= 0 and doc[i].text in _LINKS:
        i -= 1
    found = by_token.get(i)
    if found is None and title and i >= 1 and doc[i].lower_ == "and" and i - 1 in by_token:
        found = _shared_owner(doc, by_token[i - 1], by_token, entities)  # "… Hu Jintao and Premier Wen Jiabao"
    if found is None:
        owner = implied_owner(doc, i, list(title), by_token, entities)  # "Spanish Agriculture Minister"
        if owner is None and i >= 0:
            found = named_elsewhere(doc[i], entities)  # "Unifor national president Lana Payne", untagged here
    if found is None:
        if owner is not None:
            ended = ended or ended_before(doc, i)  # "ex-Tory minister"
            if predicate == "works_for" and a_party(owner):
                predicate = "member_of"
            yield Role(person, owner, title.text, predicate, max(i, 0), mention.end, ended)
        return
    org_mention, organization = found
    if _named_after_nation(doc, org_mention.start):
        return  # "Anglo American chairman Stuart Chambers": a company's name, not the United States
    if a_nationality(organization):
        return  # "Scottish Justice Minister Cathy Jamieson": a nation's adjective, not a body
    if organization.type == "Country" and not serves_state(list(title)):
        return  # "Russian oil boss Igor Sechin" works for no state
    if ended_before(doc, org_mention.start):
        ended = True  # "ex-Labour minister"
    if predicate == "works_for" and a_party(organization):
        predicate = "member_of"  # "a Tory minister" is the party's member, not its employee
    yield Role(person, organization, title.text, predicate, org_mention.start, mention.end, ended)


def plural_prenominal_roles(doc: Doc, mention: Mention, person: Entity, by_token, entities) -> Iterator[Role]:
    """Titles before a name, a plural one shared by the names coordinated after it: "BBC presenters
    Jeremy Paxman and John Humphrys" both work for the BBC."""
    for role in prenominal_roles(doc, mention, person, by_token, entities):
        yield role
        last = role.title.split()[-1].lower() if role.title else ""
        if singular(last) == last:
            continue
        root = span_root(doc, mention.start, mention.end)
        for other in root.conjuncts:
            found = by_token.get(other.i) if other.i > root.i else None
            if found is not None and found[1].type == "Person" and doc[found[0].start - 1].text in ("and", ","):
                yield replace(role, person=found[1], end=found[0].end)


def _shared_owner(doc: Doc, before: tuple[Mention, Entity], by_token, entities: Sequence[Entity]):
    """The organization of the titled person coordinated before: "Chinese President Hu Jintao and
    Premier Wen Jiabao" (China), "Siemens chief executive Peter Loescher and finance director Joe Kaeser"."""
    mention, person = before
    if person.type != "Person":
        return None
    for role in prenominal_roles(doc, mention, person, by_token, entities):
        if role.start in by_token and by_token[role.start][1].id == role.organization.id:
            return by_token[role.start]  # named beside that title, not itself shared or implied
    return None


def _named_after_nation(doc: Doc, start: int) -> bool:
    """A nation's adjective that ends a name begun by another one ("Anglo American", "Anglo Irish"):
    the two words name one company, and the second is no country ("Greek Cypriot" still names Cyprus)."""
    before = doc[start - 1] if start > 0 else None
    if before is None or before.ent_type_ != "NORP" or doc[start].ent_iob_ != "B" or not before.is_title:
        return False
    return country_name(before.text, demonyms=True) is None and country_name(doc[start].text, demonyms=True) is not None


def _title_start(doc: Doc, i: int, name: int, by_token) -> int:
    """The word before the title words that end at token `i` (the name at `name`)."""
    while i >= 0 and name - i <= _TITLE_WORDS and i not in by_token and _title_word(doc[i]):
        i -= 1
    return i


#: Prefixes joined by a hyphen to a title word: "co-chairman", "vice-president", "co-ordinator".
_TITLE_PREFIXES = frozenset({"co", "vice", "joint"})


def _prefixed_title(prefix: Token, word: Token) -> bool:
    """ "co - chairman", "co - ordinator", "left - winger" as the tokenizer splits them: a prefix and a
    title word, or the halves of a title the list holds whole."""
    lower = prefix.lower_
    return lower in _TITLE_PREFIXES and _titled(word) or f"{lower}-{word.lower_}" in ROLE_TITLES


def _titled(token: Token) -> bool:
    return token.lower_ in TITLES or token.lower_ in ROLE_TITLES


def _title_word(token: Token) -> bool:
    """A word of a title: a known title word, or a modifier of one ("home affairs", "shadow", "former")."""
    lower = singular(token.lower_)  # "Labour MPs", "BBC presenters"
    if token.tag_ == "VBN" and token.i > 0 and token.doc[token.i - 1].text == "-":
        return False  # "Iran-backed candidate": the name before the participle is its doer, not the owner
    if lower in TITLES or lower in ROLE_TITLES or lower in ENDED or lower in DEPARTMENTS:
        return True  # "Agriculture Minister", "Home Secretary"
    if token.text == "-":  # "ex-minister", "then-President", "Secretary-General"
        doc = token.doc
        joined = 0 < token.i < len(doc) - 1 and (
            all(_titled(doc[k]) for k in (token.i - 1, token.i + 1))
            or _prefixed_title(doc[token.i - 1], doc[token.i + 1])
        )
        return joined or ended_before(doc, token.i + 1)
    if lower == "then":  # "the then Foreign Secretary", "then-President"
        doc = token.doc
        return (
            token.i > 0 and doc[token.i - 1].lower_ == "the" or token.i + 1 < len(doc) and doc[token.i + 1].text == "-"
        )
    if token.is_title and title_predicate([token.text]) is not None:
        return True  # "Prime", "Minister", "Chief Executive"
    if (lower, token.nbor(-1).lower_ if token.i > 0 else "") == ("number", "opposite"):
        return True  # "his Tory opposite number Mr Davis"
    return token.is_alpha and token.is_lower and token.dep_ in ("compound", "amod", "nmod")
