"""Roles and affiliations read from titles: "NATO Chief Mark Rutte" → Mark Rutte –lead→ NATO,
"Tory MP Douglas Hogg" → member_of, "BBC correspondent Carol Walker" → works_for.

Mentions and their entities in → `Role`s out. A title is never part of a name (see
`mentions`); "former", "ex-" or "outgoing" before it makes the role one that has ended. The
shapes: the title before the name ("LSE chief executive Clara Furse", "BBC presenters Jeremy
Paxman and John Humphrys": `prenominal_titles`), an apposition ("Guy Mansfield, chairman of
the Bar Council", "Komeito's secretary general, Hiroshi Tanabe"), a title stated by "be" ("who
was the first woman to be Commons Speaker"), "Name of Organization" ("Andy Richards, of
Swansea UAF"); a party without a title is `party_roles`'s.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.extract.clause_subjects import clause_subject
from kg.extract.doc_words import child_deps, span_root
from kg.extract.grammar import SAYING_VERBS, preposition_object
from kg.extract.its_bodies import body_of_its_owner
from kg.extract.left_posts import left_post
from kg.extract.mentions import Mention
from kg.extract.owned_bodies import owned_body, owned_by_name
from kg.extract.party_roles import (
    apposed_party,
    conjuncts_of_a_swallowed_title,
    party_office,
    persons_party,
    whose_party,
)
from kg.extract.persons_bodies import persons_company
from kg.extract.prenominal_titles import plural_prenominal_roles, prenominal_roles
from kg.extract.role_holders import Role, may_hold
from kg.extract.tie_titles import owned_tie
from kg.extract.title_owners import (
    ended_before,
    organization_of,
    scoped,
    serves_state,
    title_of,
    widened_name,
)
from kg.extract.titled_names import addressed, owned_place, person_titled
from kg.extract.titles import ENDED, HONORIFICS, title_predicate
from kg.extract.whose_titles import whose_title
from kg.model import Entity

# Where a title phrase set off by commas stands on its own, not inside a clause ("as US President, Tony Blair").
_NOUN_PHRASE_DEPS = frozenset({"nsubj", "nsubjpass", "appos", "npadvmod", "dep", "ROOT"})
#: Roles a body holds in another, read beside its name ("Pemberley Capital, the company's largest shareholder").
_HELD_BY_BODIES = frozenset({"shareholder_of", "member_of", "owner_of"})


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
        held, found = _mention_roles(doc, mention, person, by_token, entities)
        for role in found:
            if role.organization.type == "Country" and role.title.lower().split()[-1:] == ["commander"]:
                role = replace(role, predicate="works_for")  # "British Commander Bob Stewart" serves the state
            if role.predicate in ("lead", "works_for") and party_office(role.title, role.organization):
                # "the Tory former chancellor" holds a state's office; he left the office, not the party
                role = replace(role, predicate="member_of", ended=ended_before(doc, role.start))
            if owned_tie(doc, role):
                continue  # "Nissan, Renault's former partner": a tie between the two, not a post
            if (
                not role.ended
                and role.predicate != "member_of"
                and role.person.id == person.id
                and left_post(doc, mention)
            ):
                role = replace(role, ended=True)  # "Tesco's chairman, John Allan, stepped down" (a Tory
                # minister who resigned is still a Tory)
            # the role as `may_hold` judges it: held by the person retyped, where the mention was retyped
            judged = replace(role, person=held) if role.person.id == person.id and role.person is not held else role
            if role.organization.id != role.person.id and (
                may_hold(judged)
                or owned_place(doc, judged.organization, judged.person, judged.start, judged.end, by_token)
            ):
                roles.setdefault((role.person.id, role.organization.id, role.start), role)
    return sorted(roles.values(), key=lambda r: r.start)


def _mention_roles(
    doc: Doc, mention: Mention, entity: Entity, by_token, entities: Sequence[Entity]
) -> tuple[Entity, Iterator[Role]]:
    """The roles a mention's entity may hold by the shapes its type allows, and the entity `may_hold`
    judges: a name the tagger typed a body or a place is a person's beside a title only people hold
    ("Pesafy's co-founder, Wanjiru Kamau") or after a form of address ("Baroness Boothroyd, who was …")."""
    if entity.type in ("Organization", "Other", "Location") and person_titled(doc, mention, entity.type):
        return replace(entity, type="Person"), itertools.chain(
            prenominal_roles(doc, mention, entity, by_token, entities), _appositive(doc, mention, entity, by_token)
        )
    if entity.type == "Other" and addressed(doc, mention):
        return replace(entity, type="Person"), itertools.chain(
            _appositive(doc, mention, entity, by_token), _copular(doc, mention, entity, by_token)
        )
    root = span_root(doc, mention.start, mention.end)
    if entity.type in ("Organization", "Other", "Group"):
        apposed = root.dep_ == "appos" or "appos" in child_deps(root)
        return entity, itertools.chain(
            owned_body(doc, mention, entity, by_token),
            body_of_its_owner(doc, mention, entity, by_token),
            owned_by_name(doc, mention, entity, by_token),
            (r for r in _appositive(doc, mention, entity, by_token) if r.predicate in _HELD_BY_BODIES)
            if apposed
            else (),
            persons_party(doc, mention, entity, by_token),
            persons_company(doc, mention, entity, by_token),
            whose_title(doc, mention, entity, by_token),
        )
    if entity.type == "Person":
        kind = mention.start > 0 and doc[mention.start - 1].is_lower  # "Lufthansa's subsidiary Eurowings"
        return entity, itertools.chain(
            owned_body(doc, mention, entity, by_token) if kind else (),  # (a body the tagger took for a person)
            plural_prenominal_roles(doc, mention, entity, by_token, entities),
            conjuncts_of_a_swallowed_title(doc, mention, by_token, entities),
            _appositive(doc, mention, entity, by_token),
            _copular(doc, mention, entity, by_token),
            whose_party(doc, mention, entity, by_token),
            whose_title(doc, mention, entity, by_token),
        )
    return entity, iter(())


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
    root = span_root(doc, mention.start, mention.end)
    verbs = []
    if root.dep_ in ("nsubj",) and root.head.lemma_ in ("be", "become", "remain"):
        verbs.append(root.head)
    if root.dep_ in ("nsubj", "nsubjpass"):
        verbs.extend(_title_taken(root))  # "Ms McCall left easyJet to become chief executive of ITV"
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


def _title_taken(subject: Token) -> list[Token]:
    """The "to become" whose doer is the subject of the verb it hangs from: "left easyJet to become chief
    executive of ITV", "is set to become chairman of BP" (not "urged Mr Lewis to become …": his act)."""
    if subject.head.lemma_.lower() not in _BECOMING_FRAMES:
        return []  # not "refused to become", "wants to become": no post taken
    return [
        c
        for c in subject.head.children
        if c.dep_ == "xcomp" and c.lemma_ == "become" and getattr(clause_subject(c), "i", -1) == subject.i
    ]


#: Verbs after which "to become" is a post taken or settled: a move ("left … to become"), a choice made
#: ("was named to become") or a step all but certain ("is set / expected / due to become").
_BECOMING_FRAMES = frozenset(
    "leave quit resign step move return set expect due poise tip appoint name choose select pick elect hire".split()
)


def _appositive(doc: Doc, mention: Mention, person: Entity, by_token) -> Iterator[Role]:
    """ "Guy Mansfield, chairman of the Bar Council", "the chairman of the Bar Council, Guy Mansfield",
    "Clara Furse, the LSE's chief executive", "Andy Richards, of Swansea UAF"."""
    root = span_root(doc, mention.start, mention.end)
    nouns = [c for c in root.children if c.dep_ == "appos"] if "appos" in child_deps(root) else []
    if root.dep_ == "appos":
        nouns.append(root.head)
        if root.head.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i not in by_token:
            nouns.append(root.head.head)  # "the company's largest shareholder, the fund Pemberley Capital"
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
    yield from _speaker_at(doc, mention, person, root, by_token)
    for noun in nouns:
        if noun.i in by_token:
            yield from apposed_party(doc, noun, mention, person, by_token)
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
        ended = _ended_description(noun)
        organization = organization_of(noun, by_token)
        if organization is not None and organization.type == "Country" and not serves_state(title):
            continue  # "Petroleos Mexicanos, Mexico's state-controlled oil producer": a trade, not the state's
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


def _ended_description(noun: Token) -> bool:
    """True when a title set beside a name says the role has ended: "a former Labour leader", "the then
    Labour leader", "then the Labour leader", "Labour's leader until 1992"."""
    before = noun.doc[max(noun.left_edge.i - 1, 0) : noun.i]  # "then" may hang from the name before
    hyphened = noun.i >= 2 and noun.doc[noun.i - 1].text == "-" and noun.doc[noun.i - 2].lower_ == "ex"
    return (
        hyphened  # "the ex-president of Boeing", the parse hanging "ex" apart from the title
        or any(t.lower_ in ENDED for t in noun.lefts)
        or any(t.lower_ == "then" and t.pos_ == "ADV" for t in before)
        or any(c.dep_ == "prep" and c.lower_ in ("until", "till") for c in noun.rights)
    )


def _speaker_at(doc: Doc, mention: Mention, person: Entity, root: Token, by_token) -> Iterator[Role]:
    """A speaker named with the firm they speak from: "said Jim Reid at Deutsche Bank" works for it."""
    if root.dep_ != "nsubj" or root.head.lemma_ not in SAYING_VERBS:
        return
    prep = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "at" and c.i == mention.end), None)
    if prep is not None and _firm(prep, by_token):
        organization = by_token[next(c.i for c in prep.children if c.dep_ == "pobj")][1]
        yield Role(person, organization, "at", "works_for", mention.start, prep.right_edge.i + 1)


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
    pobj = preposition_object(prep)
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
        # "Speaking in Kent, the Tory leader said": a place or person ending an opening phrase is no
        # apposition to the subject of the clause after the comma
        opening = span_root(doc, mention.start, mention.end).dep_ == "pobj"
        found.extend(
            t
            for t in (edge, *edge.ancestors)
            if t.left_edge.i == edge.i
            and t.i > mention.end
            and t.dep_ in _NOUN_PHRASE_DEPS
            and not (opening and t.dep_ in ("nsubj", "nsubjpass"))
            and title_of(t)
        )
    return found[:1]


def _up_to_coordination(token: Token) -> list[Token]:
    """The token and its heads, up to the first conjunct: "Nigeria's foreign minister, X, and his Nigerien
    counterpart, Y": Y's phrase is "his … counterpart", never the minister it is coordinated with."""
    chain = [token]
    while chain[-1].dep_ != "conj" and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain
