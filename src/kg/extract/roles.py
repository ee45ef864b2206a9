"""Roles and affiliations read from titles: "NATO Chief Mark Rutte" → Mark Rutte –lead→ NATO,
"Tory MP Douglas Hogg" → member_of, "BBC correspondent Carol Walker" → works_for.

Mentions and their entities in → `Role`s out. A title is never part of a name (see
`mentions`); "former" or "ex-" before it makes the role one that has ended. Three shapes:
the title before the name ("LSE chief executive Clara Furse", "Germany's Chancellor
Gerhard Schroeder"), an apposition ("Guy Mansfield, chairman of the Bar Council",
"the new chairman of the Bar Council, Guy Mansfield") and "Name of Organization"
("Andy Richards, of Swansea UAF").
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np
from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from kg.extract.grammar import preposition_object
from kg.extract.mentions import Mention
from kg.extract.titles import ENDED, HONORIFICS, ROLE_TITLES, TITLES, title_predicate
from kg.model import Entity

#: At most this many words between an organization and a name make a title.
_TITLE_WORDS = 6
_AFFILIATED_TYPES = frozenset({"Organization", "Country", "Group"})
# Where a title phrase set off by commas stands on its own, not inside a clause ("as US President, Tony Blair").
_NOUN_PHRASE_DEPS = frozenset({"nsubj", "nsubjpass", "appos", "npadvmod", "dep", "ROOT"})
_LINKS = frozenset({"'s", "’s", "'", "’", "-"})


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


def title_roles(doc: Doc, mentions: Sequence[Mention], entities: Sequence[Entity]) -> list[Role]:
    """Every role the doc states by a title before a name, an apposition or "Name of Organization"."""
    by_token: dict[int, tuple[Mention, Entity]] = {}
    for mention, entity in zip(mentions, entities):
        for i in range(mention.start, mention.end):
            by_token[i] = (mention, entity)
    roles: dict[tuple[str, str, int], Role] = {}
    for mention, person in zip(mentions, entities):
        if person.type in ("Organization", "Other"):
            found: Iterator[Role] = _owned_body(doc, mention, person, by_token)
        elif person.type == "Person":
            found = itertools.chain(
                _prenominal(doc, mention, person, by_token),
                _appositive(doc, mention, person, by_token),
                _copular(doc, mention, person, by_token),
            )
        else:
            continue
        for role in found:
            if role.organization.id != person.id and _may_hold(role):
                roles.setdefault((role.person.id, role.organization.id, role.start), role)
    return sorted(roles.values(), key=lambda r: r.start)


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
        words = _title_of(title)
        predicate = title_predicate([t.text for t in words if t.lower_ not in ENDED]) if words else None
        organization = _organization_of(title, by_token) if predicate else None
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
        if _may_hold(role):
            yield role


def _may_hold(role: Role) -> bool:
    """True when the role's other end can have such a member: an organization, a country or a group;
    a city or region has a mayor or governor ("the Mayor of London, Ken Livingstone"); a spokesman
    may speak for a person or a body the tagger took for one ("a spokesman for Crossrail")."""
    kind = role.organization.type
    if kind in _AFFILIATED_TYPES:
        return True
    if kind == "Location":
        return role.predicate == "lead" and role.title.split()[-1].lower() in ("mayor", "governor", "premier")
    return kind == "Person" and role.predicate == "spokesperson_for"


def _prenominal(doc: Doc, mention: Mention, person: Entity, by_token) -> Iterator[Role]:
    """ "<organization>['s] [former] <title> <person>": "Tory MP Douglas Hogg", "Germany's Chancellor Gerhard Schroeder"."""
    i = mention.start - 1
    while i >= 0 and mention.start - i <= _TITLE_WORDS and i not in by_token and _title_word(doc[i]):
        i -= 1
    title = doc[i + 1 : mention.start]
    predicate = title_predicate([t.text for t in title if t.lower_ not in ENDED])
    if predicate is None and title and by_token.get(i) is not None and _a_party(by_token[i][1]):
        predicate = "member_of"  # "his Tory opposite number Mr Davis"
    if predicate is None:
        yield from _party_before_name(doc, mention, person, by_token)
        return
    ended = any(t.lower_ in ENDED for t in title) or (i >= 0 and doc[i].lower_ in ENDED)
    while i >= 0 and doc[i].text in _LINKS:
        i -= 1
    found = by_token.get(i)
    if found is None:
        return
    org_mention, organization = found
    if i >= 1 and doc[org_mention.start - 1].lower_ in ENDED:
        ended = True  # "ex-Labour minister"
    yield Role(person, organization, title.text, predicate, org_mention.start, mention.end, ended)


#: Nouns that say what kind of body an organization is within another ("Germany's financial
#: watchdog BaFin", "BBC Radio Scotland's Sunday Live programme", "China's national airline").
BODY_KINDS = frozenset(
    """watchdog regulator airline carrier programme program show unit subsidiary division arm
    branch agency newspaper paper channel station broadcaster bank""".split()
)


def _owned_body(doc: Doc, mention: Mention, body: Entity, by_token) -> Iterator[Role]:
    """ "<owner>'s [adjectives] <kind> <name>": the name is the owner's body of that kind
    ("Germany's financial watchdog BaFin" → BaFin –watchdog_of→ Germany)."""
    i = mention.start - 1
    words: list[Token] = []
    while i >= 0 and i not in by_token and doc[i].is_lower and doc[i].is_alpha and mention.start - i <= 4:
        words.insert(0, doc[i])
        i -= 1
    if not words or words[-1].lemma_.lower() not in BODY_KINDS:
        return
    if i >= 1 and doc[i].text in ("'s", "’s") and i - 1 in by_token:
        owner_mention, owner = by_token[i - 1]
        if owner.id != body.id:
            yield Role(
                body,
                owner,
                " ".join(t.text for t in words),
                f"{words[-1].lemma_.lower()}_of",
                owner_mention.start,
                mention.end,
            )


def _a_party(entity: Entity) -> bool:
    """A political party or movement: a group named by its members ("Tory", "Liberal Democrat"),
    or a name that says it is a party."""
    return entity.type == "Group" or entity.name.lower().split()[-1] in ("party", "parties")


def _party_before_name(doc: Doc, mention: Mention, person: Entity, by_token) -> Iterator[Role]:
    """A party or group named right before a person: "Liberal Democrat Paul Tyler", "Labour's Robin
    Cook", "Tories Ken Clarke and Sir George Young" (both are members)."""
    i = mention.start - 1
    if i >= 0 and doc[i].text in ("'s", "’s"):
        i -= 1
    found = by_token.get(i)
    if found is None or found[1].type not in ("Organization", "Group") or found[1].type == "Person":
        return
    org_mention, organization = found
    if org_mention.start > 0 and doc[org_mention.start - 1].lower_ in ("of", "the"):
        return  # "Secretary of State Condoleezza Rice": the name ends a title; "told the BBC Michael Howard had"
    yield Role(person, organization, "", "member_of", org_mention.start, mention.end)
    root = doc[mention.start : mention.end].root
    for other in root.conjuncts:
        if other.i > root.i and other.i in by_token and by_token[other.i][1].type == "Person":
            other_mention = by_token[other.i][0]
            before = other_mention.start - 1
            if before in by_token or before > 0 and doc[before].text in ("'s", "’s"):
                continue  # "… and Liberal Democrat Paul Tyler": a party of his own
            yield Role(by_token[other.i][1], organization, "", "member_of", org_mention.start, other.i + 1)


def _copular(doc: Doc, mention: Mention, person: Entity, by_token) -> Iterator[Role]:
    """A title stated by "be": "Peter Nielson, who is UKIP Scotland chairman", "Mr Brown was
    chancellor of the exchequer"."""
    root = doc[mention.start : mention.end].root
    verbs = []
    if root.dep_ in ("nsubj",) and root.head.lemma_ in ("be", "become", "remain"):
        verbs.append(root.head)
    for child in root.children:  # "Peter Nielson, who is …"
        if (
            child.dep_ == "relcl"
            and child.lemma_ in ("be", "become", "remain")
            and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in child.children)
        ):
            verbs.append(child)
    for verb in verbs:
        for noun in verb.children:
            if noun.dep_ != "attr" or noun.i in by_token:
                continue
            title = _title_of(noun)
            predicate = title_predicate([t.text for t in title if t.lower_ not in ENDED]) if title else None
            organization = _organization_of(noun, by_token) if predicate else None
            if organization is not None and predicate is not None:
                ended = any(t.lower_ in ENDED for t in noun.lefts)
                yield Role(
                    person,
                    organization,
                    " ".join(t.text for t in title),
                    predicate,
                    min(mention.start, noun.left_edge.i),
                    max(mention.end, noun.right_edge.i + 1),
                    ended,
                )


def _appositive(doc: Doc, mention: Mention, person: Entity, by_token) -> Iterator[Role]:
    """ "Guy Mansfield, chairman of the Bar Council", "the chairman of the Bar Council, Guy Mansfield",
    "Clara Furse, the LSE's chief executive", "Andy Richards, of Swansea UAF"."""
    root = doc[mention.start : mention.end].root
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        nouns.append(root.head)
    nouns.extend(_comma_neighbours(doc, mention))
    nouns.extend(
        c
        for c in root.children
        if c.dep_ == "prep" and c.lower_ == "of" and c.i == mention.end + 1 and doc[mention.end].text == ","
    )  # "Andy Richards, of Swansea UAF, said"
    for noun in nouns:
        if noun.i in by_token:
            continue
        if noun.pos_ == "ADP" and noun.lower_ == "of":  # "Andy Richards, of Swansea UAF"
            organization = _organization_of(noun, by_token)
            if organization is not None:
                yield Role(
                    person, organization, "of", "member_of", min(noun.i, mention.start), max(noun.i, mention.end)
                )
            continue
        title = _title_of(noun)
        predicate = title_predicate([t.text for t in title if t.lower_ not in ENDED]) if title else None
        if predicate is None:
            continue
        ended = any(t.lower_ in ENDED for t in noun.lefts)
        organization = _organization_of(noun, by_token)
        if organization is not None:
            yield Role(
                person,
                organization,
                " ".join(t.text for t in title),
                predicate,
                min(noun.left_edge.i, mention.start),
                max(noun.right_edge.i + 1, mention.end),
                ended,
            )


def _comma_neighbours(doc: Doc, mention: Mention) -> list[Token]:
    """Title phrases set off by a comma next to the name, however the parser attached them:
    "the chairman of the Bar Council, Guy Mansfield" and "Guy Mansfield, chairman of the Bar Council"."""
    found: list[Token] = []
    start = mention.start
    while start > 0 and doc[start - 1].lower_ in HONORIFICS:
        start -= 1  # "…, Lord Hunt, …"
    if start >= 2 and doc[start - 1].text == ",":
        edge = doc[start - 2]
        found.extend(
            t
            for t in (edge, *edge.ancestors)
            if t.i < start
            and t.dep_ in _NOUN_PHRASE_DEPS
            and _title_of(t)
            and not any(v.pos_ in ("VERB", "AUX") for v in doc[t.i : start])
        )
    if mention.end + 1 < len(doc) and doc[mention.end].text == ",":
        edge = doc[mention.end + 1]
        found.extend(
            t
            for t in (edge, *edge.ancestors)
            if t.left_edge.i == edge.i and t.i > mention.end and t.dep_ in _NOUN_PHRASE_DEPS and _title_of(t)
        )
    return found[:1]


def _title_of(noun: Token) -> list[Token]:
    """The title words of a noun phrase headed by a title ("the new chief executive" → chief executive)."""
    if noun.lower_ not in TITLES and noun.lower_ not in ROLE_TITLES and title_predicate([noun.text]) is None:
        return []
    words = [c for c in noun.lefts if c.dep_ in ("compound", "amod") and (c.lower_ in TITLES or c.is_lower)]
    return [*words, noun]


def _organization_of(noun: Token, by_token) -> Entity | None:
    """The organization a title noun names: "<org> <title>", "<org>'s <title>", "<title> of <org>",
    "its <title>" (the organization last named, in this sentence or the one before)."""
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ in ("its", "their"):
            return _last_organization(noun, by_token)
        if child.dep_ in ("compound", "poss", "nmod", "amod") and child.i in by_token:
            return by_token[child.i][1]
        if child.dep_ == "prep" and child.lower_ in ("of", "at", "for"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.i in by_token:
                    return by_token[pobj.i][1]
        if child.dep_ == "pobj" and child.i in by_token:  # "of" itself is the noun
            return by_token[child.i][1]
    return None


def _last_organization(token: Token, by_token) -> Entity | None:
    sentence = token.sent
    start = token.doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
    for i in range(token.i - 1, start - 1, -1):
        found = by_token.get(i)
        if found is not None and found[1].type in ("Organization", "Other") and not _aside(token.doc[i], token):
            return found[1]
    return None


def _aside(candidate: Token, title: Token) -> bool:
    """True for a name inside a relative clause the title is not in: "Barclays, which is advised by
    Goldman Sachs, said its chief executive …" — its is not Goldman Sachs's."""
    return any(a.dep_ == "relcl" and not a.left_edge.i <= title.i <= a.right_edge.i for a in candidate.ancestors)


def _title_word(token: Token) -> bool:
    """A word of a title: a known title word, or a modifier of one ("home affairs", "shadow", "former")."""
    lower = token.lower_
    if lower in TITLES or lower in ROLE_TITLES or lower in ENDED:
        return True
    if token.is_title and title_predicate([token.text]) is not None:
        return True  # "Prime", "Minister", "Chief Executive"
    return token.is_alpha and token.is_lower and token.dep_ in ("compound", "amod", "nmod")
