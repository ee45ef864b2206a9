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
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from kg.extract.mentions import Mention
from kg.extract.title_owners import (
    a_party,
    department_office,
    ended_before,
    implied_owner,
    organization_of,
    scoped,
    serves_state,
    title_of,
    widened_name,
)
from kg.extract.titles import (
    BODY_DEPARTMENTS,
    DEPARTMENTS,
    ENDED,
    GENERIC_BODIES,
    HONORIFICS,
    MINISTRY_WORDS,
    RANKS,
    ROLE_TITLES,
    TITLES,
    singular,
    title_predicate,
)
from kg.model import Entity

#: At most this many words between an organization and a name make a title.
_TITLE_WORDS = 6
_AFFILIATED_TYPES = frozenset({"Organization", "Country", "Group"})
#: Roles only people hold (a body may be a member of another, or a unit of it).
_HELD_BY_PEOPLE = frozenset({"lead", "works_for", "chair", "spokesperson_for"})
# Where a title phrase set off by commas stands on its own, not inside a clause ("as US President, Tony Blair").
_NOUN_PHRASE_DEPS = frozenset({"nsubj", "nsubjpass", "appos", "npadvmod", "dep", "ROOT"})
#: Titles of those who work for a person rather than a body ("Mr Blair's communications director").
_PERSONAL_STAFF = frozenset({"adviser", "advisor", "aide", "director", "secretary", "assistant", "lawyer", "solicitor"})
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
        widened = widened_name(doc, mention, entity, entities) if entity.type != "Person" else None
        if widened is not None:  # "Liberal Democrat leader": the party, not "Democrat"
            mention, entity = widened
        for i in range(mention.start, mention.end):
            by_token[i] = (mention, entity)
    roles: dict[tuple[str, str, int], Role] = {}
    for mention, person in zip(mentions, entities):
        held = person  # whom may_hold judges: a name set beside a title only people hold is a person's
        if person.type in ("Organization", "Other", "Location") and _person_titled(doc, mention, person.type):
            held = replace(person, type="Person")  # "Pesafy's co-founder, Wanjiru Kamau" (tagged a body)
            found: Iterator[Role] = _appositive(doc, mention, person, by_token)
        elif person.type == "Other" and _addressed(doc, mention):
            held = replace(person, type="Person")  # "Baroness Boothroyd, who was …" (tagged no person)
            found = itertools.chain(
                _appositive(doc, mention, person, by_token), _copular(doc, mention, person, by_token)
            )
        elif person.type in ("Organization", "Other"):
            found = _owned_body(doc, mention, person, by_token)
        elif person.type == "Person":
            found = itertools.chain(
                _owned_body(doc, mention, person, by_token),  # "Lufthansa's subsidiary Eurowings" (tagged a person)
                _plural_prenominal(doc, mention, person, by_token, entities),
                _appositive(doc, mention, person, by_token),
                _copular(doc, mention, person, by_token),
            )
        else:
            continue
        for role in found:
            if role.organization.type == "Country" and role.title.lower().split()[-1:] == ["commander"]:
                role = replace(role, predicate="works_for")  # "British Commander Bob Stewart" serves the state
            judged = replace(role, person=held)
            if role.organization.id != person.id and (may_hold(judged) or _owned_place(doc, judged, by_token)):
                roles.setdefault((role.person.id, role.organization.id, role.start), role)
    return sorted(roles.values(), key=lambda r: r.start)


def may_hold(role: Role) -> bool:
    """True when the role's other end can have such a member: an organization, a country or a group;
    a city or region has a mayor or governor ("the Mayor of London, Ken Livingstone"); a spokesman
    may speak for a person or a body the tagger took for one ("a spokesman for Crossrail"), and an
    aide or adviser works for a person ("Mr Blair's former communications director")."""
    kind = role.organization.type
    name = role.organization.name.lower()
    if (name in DEPARTMENTS or name in MINISTRY_WORDS) and name not in BODY_DEPARTMENTS or name.startswith("non-"):
        return False  # "when he was home secretary", "the only non-Nato member": no organization's title
    if name in GENERIC_BODIES:
        return False  # "Office" cut from "the Foreign Office": which office is not said
    if kind == "Country" and role.title.split()[-1].lower() == "mayor":
        return False  # "London's mayor": a city the tagger took for its country
    if role.person.type in ("Organization", "Country", "Location") and role.predicate in _HELD_BY_PEOPLE:
        return False  # "SQM, Chile's largest lithium producer": a company, not anyone's staff
    if kind in _AFFILIATED_TYPES:
        return True
    if kind == "Location":
        return role.predicate == "lead" and role.title.split()[-1].lower() in ("mayor", "governor", "premier")
    if kind == "Person" and role.predicate == "works_for":  # "Mr Blair's former communications director"
        return role.title.split()[-1].lower() in _PERSONAL_STAFF
    return kind == "Person" and role.predicate == "spokesperson_for"


#: Last words of titles no body holds: a name set beside one is a person's, whatever the tagger said.
_PERSON_TITLES = frozenset(
    """president chairman chairwoman chairperson founder co-founder cofounder spokesman spokeswoman
    spokesperson minister secretary general executive ceo director""".split()
)


#: Roles of an office, not of a trade ("producer", "manager" are said of companies too).
_OFFICES = frozenset({"lead", "chair", "spokesperson_for", "founder_of", "member_of"})


def _person_titled(doc: Doc, mention: Mention, entity_type: str | None) -> bool:
    """True for a name in apposition to a title only people hold: "Pesafy's co-founder, Wanjiru Kamau"."""
    root = doc[mention.start : mention.end].root
    nouns = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    for noun in nouns:
        words = title_of(noun) if noun.i < mention.start or noun.i >= mention.end else []
        last = "".join(t.text for t in doc[noun.i - 2 : noun.i + 1]).lower() if noun.i >= 2 else noun.lower_
        if words and (noun.lower_ in _PERSON_TITLES or last == "co-founder"):
            return True
        if words and entity_type == "Location" and title_predicate([t.text for t in words]) in _OFFICES:
            return (
                True  # "The Conservative leader, Kemi Badenoch": no place holds an office (but "the largest producer")
            )
    return False


def _addressed(doc: Doc, mention: Mention) -> bool:
    """True for a name that opens with a form of address and ends with no title: "Baroness Boothroyd"."""
    words = doc[mention.start : mention.end]
    return len(words) > 1 and words[0].lower_ in HONORIFICS and not _titled(words[-1])


def _owned_place(doc: Doc, role: Role, by_token) -> bool:
    """True when the grammar makes a body of what the tagger took for a place: an owner of a person's
    title ("Komeito's secretary general, Hiroshi Tanabe") or the workplace after "at" ("Laura Ochoa, a
    fund manager at Amundi"); not a posting ("Paris correspondent John Smith")."""
    if role.organization.type != "Location" or role.person.type != "Person":
        return False
    for i in range(role.end - 1, doc[role.start].sent.start - 1, -1):  # the owner nearest the name
        found = by_token.get(i)
        if found is not None and found[1].id == role.organization.id:
            mention = found[0]
            after = doc[mention.end].text if mention.end < len(doc) else ""
            return after in ("'s", "’s") or mention.start > 0 and doc[mention.start - 1].lower_ == "at"
    return False


def _prenominal(doc: Doc, mention: Mention, person: Entity, by_token, entities: Sequence[Entity]) -> Iterator[Role]:
    """ "<organization>['s] [former] <title> <person>": "Tory MP Douglas Hogg", "Germany's Chancellor Gerhard
    Schroeder", "US Secretary of State Condoleezza Rice", "Spanish Agriculture Minister Luis Planas"."""
    named = mention.start  # the title's words end before an honorific: "manager Sir Alex Ferguson"
    while (
        named > 0
        and (doc[named - 1].lower_ in HONORIFICS or doc[named - 1].lower_ in RANKS)
        and named - 1 not in by_token
    ):
        named -= 1
    i = _title_start(doc, named - 1, mention.start, by_token)
    # "Secretary of State": the department is part of the title (also when no mention holds "State")
    office = department_office(doc, i) if i in by_token else department_office(doc, named - 1)
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
        yield from _party_before_name(doc, mention, person, by_token)
        return
    ended = any(t.lower_ in ENDED or t.lower_ == "then" for t in title) or ended_before(doc, i + 1)
    while i >= 0 and doc[i].text in _LINKS:
        i -= 1
    found = by_token.get(i)
    if found is None and title and i >= 1 and doc[i].lower_ == "and" and i - 1 in by_token:
        found = _shared_owner(doc, by_token[i - 1], by_token, entities)  # "… Hu Jintao and Premier Wen Jiabao"
    if found is None:
        owner = implied_owner(doc, i, list(title), by_token, entities)  # "Spanish Agriculture Minister"
        if owner is not None:
            ended = ended or ended_before(doc, i)  # "ex-Tory minister"
            if predicate == "works_for" and a_party(owner):
                predicate = "member_of"
            yield Role(person, owner, title.text, predicate, max(i, 0), mention.end, ended)
        return
    org_mention, organization = found
    if organization.type == "Country" and not serves_state(list(title)):
        return  # "Russian oil boss Igor Sechin" works for no state
    if ended_before(doc, org_mention.start):
        ended = True  # "ex-Labour minister"
    if predicate == "works_for" and a_party(organization):
        predicate = "member_of"  # "a Tory minister" is the party's member, not its employee
    yield Role(person, organization, title.text, predicate, org_mention.start, mention.end, ended)


def _plural_prenominal(doc: Doc, mention: Mention, person: Entity, by_token, entities) -> Iterator[Role]:
    """Titles before a name, a plural one shared by the names coordinated after it: "BBC presenters
    Jeremy Paxman and John Humphrys" both work for the BBC."""
    for role in _prenominal(doc, mention, person, by_token, entities):
        yield role
        last = role.title.split()[-1].lower() if role.title else ""
        if singular(last) == last:
            continue
        root = doc[mention.start : mention.end].root
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
    for role in _prenominal(doc, mention, person, by_token, entities):
        if role.start in by_token and by_token[role.start][1].id == role.organization.id:
            return by_token[role.start]  # named beside that title, not itself shared or implied
    return None


def _title_start(doc: Doc, i: int, name: int, by_token) -> int:
    """The word before the title words that end at token `i` (the name at `name`)."""
    while i >= 0 and name - i <= _TITLE_WORDS and i not in by_token and _title_word(doc[i]):
        i -= 1
    return i


#: Nouns that say what kind of body an organization is within another ("Germany's financial
#: watchdog BaFin", "BBC Radio Scotland's Sunday Live programme", "China's national airline").
BODY_KINDS = frozenset(
    """watchdog regulator airline carrier programme program show unit subsidiary division arm
    branch agency newspaper paper channel station broadcaster bank""".split()
)


def _owned_body(doc: Doc, mention: Mention, body: Entity, by_token) -> Iterator[Role]:
    """ "<owner>'s [adjectives] <kind> <name>" or "<owner>'s <name> <kind>": the name is the owner's
    body of that kind ("Germany's financial watchdog BaFin" → BaFin –watchdog_of→ Germany, "United
    Business Media's NOP World market research unit" → unit_of)."""
    i = mention.start - 1
    words: list[Token] = []
    while i >= 0 and i not in by_token and doc[i].is_lower and doc[i].is_alpha and mention.start - i <= 4:
        words.insert(0, doc[i])
        i -= 1
    if not words:  # "<owner>'s <name> [adjectives] <kind>": "Radio 4's Today programme"
        k = mention.end
        while k < len(doc) and k not in by_token and doc[k].is_lower and doc[k].is_alpha and k - mention.end < 4:
            k += 1
        words = list(doc[mention.end : k])
        if not words or k < len(doc) and doc[k].pos_ in ("NOUN", "PROPN") or words[-1].pos_ != "NOUN":
            return  # the kind must end the noun phrase: not "Radio 4's Today programme schedule"
        i = mention.start - 1
    if not words or words[-1].lemma_.lower() not in BODY_KINDS:
        return
    if i >= 1 and doc[i].text in ("'s", "’s") and i - 1 in by_token:
        owner_mention, owner = by_token[i - 1]
        root = doc[mention.start : mention.end].root
        bodies = [(body, mention.end)]
        if words[-1].tag_ == "NNS":  # "Lufthansa's subsidiaries Eurowings and Lufthansa Cargo"
            bodies += [(by_token[c.i][1], c.i + 1) for c in root.conjuncts if c.i > root.i and c.i in by_token]
        for named, end in bodies:
            if named.id != owner.id:
                kind = f"{words[-1].lemma_.lower()}_of"
                yield Role(named, owner, " ".join(t.text for t in words), kind, owner_mention.start, end)


def _party_before_name(doc: Doc, mention: Mention, person: Entity, by_token) -> Iterator[Role]:
    """A party or group named right before a person: "Liberal Democrat Paul Tyler", "Labour's Robin
    Cook", "the Green Party's Caroline Lucas", "Tories Ken Clarke and Sir George Young" (both are members)."""
    i = mention.start - 1
    owned = i >= 0 and doc[i].text in ("'s", "’s")
    if owned:
        i -= 1
    found = by_token.get(i)
    if found is None or found[1].type not in ("Organization", "Group") or found[1].type == "Person":
        return
    org_mention, organization = found
    before = doc[org_mention.start - 1].lower_ if org_mention.start > 0 else ""
    if before == "of" or before == "the" and not (owned and a_party(organization)):
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


def attributes(verb: Token) -> list[Token]:
    """What "be" says its subject is, each of a coordination: "He is head of the judiciary and a member of the
    Cabinet", and the title "the first woman to be Speaker" names."""
    found = [c for c in verb.children if c.dep_ == "attr"]
    found = [*found, *(c for noun in found for c in noun.conjuncts if c.i > noun.i)]
    # "who was the first woman to be Commons Speaker": the title after the infinitive
    return [*found, *(t for noun in found for c in noun.children if _to_be(c) for t in attributes(c))]


def _to_be(token: Token) -> bool:
    """ "to be" after a noun ("the first woman to be Speaker")."""
    return token.dep_ in ("relcl", "acl") and token.lemma_ == "be" and any(c.tag_ == "TO" for c in token.children)


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
        for noun in attributes(verb):
            if noun.i in by_token:
                continue
            title = title_of(noun)
            predicate = title_predicate([t.text for t in title if t.lower_ not in ENDED]) if title else None
            organization = organization_of(noun, by_token) if predicate else None
            if organization is not None and predicate is not None:
                # "who was BBC chairman" has ended; "who became chairman" still holds
                ended = any(t.lower_ in ENDED for t in noun.lefts) or verb.tag_ == "VBD" and verb.lemma_ == "be"
                yield Role(
                    person,
                    organization,
                    " ".join(t.text for t in title),
                    scoped(predicate, noun, by_token),
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
        if c.dep_ == "prep"
        and (
            c.lower_ in ("of", "from")
            and c.i == mention.end + 1
            and doc[mention.end].text == ","
            or c.lower_ == "of"
            and c.i == mention.end
            and _firm(c, by_token)
        )
    )  # "Andy Richards, of Swansea UAF, said", "Mark Smith of Barclays Capital said", "Jo Ray, from Shelter, said"
    for noun in nouns:
        if noun.i in by_token:
            continue
        if noun.pos_ == "ADP" and noun.lower_ in ("of", "from"):  # "Andy Richards, of Swansea UAF"
            organization = organization_of(noun, by_token)
            if organization is not None and (noun.lower_ == "of" or organization.type in ("Organization", "Group")):
                yield Role(
                    person, organization, "of", "member_of", min(noun.i, mention.start), max(noun.i, mention.end)
                )
            continue
        title = title_of(noun)
        predicate = title_predicate([t.text for t in title if t.lower_ not in ENDED]) if title else None
        if predicate is None:
            continue
        ended = any(t.lower_ in ENDED for t in noun.lefts)
        organization = organization_of(noun, by_token)
        if organization is not None:
            yield Role(
                person,
                organization,
                " ".join(t.text for t in title),
                scoped(predicate, noun, by_token),
                min(noun.left_edge.i, mention.start),
                max(noun.right_edge.i + 1, mention.end),
                ended,
            )
            yield from _joint_titles(noun, person, organization, by_token)


def _joint_titles(noun: Token, person: Entity, organization: Entity, by_token) -> Iterator[Role]:
    """The other titles coordinated with one: "chairman and chief executive of Barclays" leads it too."""
    for other in noun.conjuncts:
        words = title_of(other) if other.i > noun.i and other.i not in by_token else []
        predicate = title_predicate([t.text for t in words if t.lower_ not in ENDED]) if words else None
        if predicate is not None:
            owner = organization_of(other, by_token) or organization
            yield Role(person, owner, " ".join(t.text for t in words), predicate, other.left_edge.i, other.i + 1)


def _firm(prep: Token, by_token) -> bool:
    """True when "of" right after a name names an organization (not a place or a family: "Princess
    Marguerite of Romania", "Lord Kinnock of Bedwellty") and ends there."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.i not in by_token:
        return False
    mention, entity = by_token[pobj.i]
    return bool(entity.type == "Organization" and mention.end == pobj.right_edge.i + 1)


def _comma_neighbours(doc: Doc, mention: Mention) -> list[Token]:
    """Title phrases set off by a comma next to the name, however the parser attached them:
    "the chairman of the Bar Council, Guy Mansfield" and "Guy Mansfield, chairman of the Bar Council"."""
    found: list[Token] = []
    start = mention.start
    while start > 0 and doc[start - 1].lower_ in HONORIFICS:
        start -= 1  # "…, Lord Hunt, …"
    if start >= 2 and doc[start - 1].text == ",":
        edge = doc[start - 2]
        closed = mention.end < len(doc) and doc[mention.end].text in (",", ")")
        found.extend(
            t
            for t in _up_to_coordination(edge)
            if t.i < start
            and (t.dep_ in _NOUN_PHRASE_DEPS or t.dep_ == "pobj" and closed)  # "the support of the Mayor of X, Y,"
            and title_of(t)
            and not any(v.pos_ in ("VERB", "AUX") for v in doc[t.i : start])
        )
    if mention.end + 1 < len(doc) and doc[mention.end].text == ",":
        edge = doc[mention.end + 1]
        found.extend(
            t
            for t in (edge, *edge.ancestors)
            if t.left_edge.i == edge.i and t.i > mention.end and t.dep_ in _NOUN_PHRASE_DEPS and title_of(t)
        )
    return found[:1]


def _up_to_coordination(token: Token) -> list[Token]:
    """The token and its heads, up to the first conjunct: "Nigeria's foreign minister, X, and his Nigerien
    counterpart, Y": Y's phrase is "his … counterpart", never the minister it is coordinated with."""
    chain = [token]
    while chain[-1].dep_ != "conj" and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


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
        joined = 0 < token.i < len(doc) - 1 and all(_titled(doc[k]) for k in (token.i - 1, token.i + 1))
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
