"""Roles read once pronouns resolve, their holder or organization named by a pronoun or the text
before: "his appointment as chairman of the British Council", "its chief executive Paul Polman",
"Chief Executive Martin Sorrell told Reuters that WPP …" after a sentence about WPP. Mentions,
entities and the doc's pronoun resolution in → `Role`s out."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from spacy.attrs import DEP, LEMMA
from spacy.tokens import Doc, Token

from kg.extract.allies import ally_roles
from kg.extract.article_country import article_country
from kg.extract.doc_words import doc_column, positions_among, word_hashes, word_positions
from kg.extract.grammar import preposition_object
from kg.extract.mentions import Mention
from kg.extract.ownership import bought_from_roles, spun_off_roles
from kg.extract.possessed_roles import SHE_HE_POSS, government_roles, led_party_roles, possessed_party_roles
from kg.extract.possessive_titles import possessive_titles
from kg.extract.role_holders import Role, may_hold
from kg.extract.roles import attributes
from kg.extract.title_owners import (
    a_party,
    implied_country,
    organization_of,
    scoped,
    state_office,
    title_of,
)
from kg.extract.titles import ENDED, title_predicate
from kg.model import Entity

#: Verbs that give a person the role named after "as" ("was appointed as chairman of the Council").
_APPOINTING = frozenset({"appoint", "name", "elect", "install", "confirm", "choose", "select", "nominate"})
#: Verbs whose object held the role named after "as" ("succeeded John Major as Tory leader": his has ended).
_SUCCEEDING = frozenset({"succeed", "replace"})
_PAST = frozenset({"VBD", "VBN"})
#: Verbs whose subject holds the role named after "as" ("took over as chairman"), joins its
#: organization ("joined Barclays as chief economist") or leaves it ("resigned as chairman": ended).
_HOLDING = frozenset({"serve", "take", "remain", "continue", "return", "act", "stay"})
_JOINING = frozenset({"join", "leave"})
_LEAVING = frozenset({"step", "resign", "quit", "retire", "stand", "leave"})
_SHE_HE = frozenset({"he", "she"})
#: Offices one person holds at a time: a description by one of them names its holder.
_SOLE = frozenset({"lead", "chair"})
_COPULAS = frozenset({"be", "become", "remain"})
_AS = frozenset({"as"})
_COUNTERPART = frozenset({"counterpart"})


def as_title_roles(
    doc: Doc, mentions: Sequence[Mention], entities: Sequence[Entity], entity_of: Callable[[Token], Entity | None]
) -> Iterator[Role]:
    """A role named after "as" or as the complement of an appointment: "his appointment as chairman of
    the British Council", "Lord Smith was appointed chief executive of the Environment Agency", "Greg
    Dyke resigned as director general of the BBC" (ended), "joined Goldman Sachs as chief economist".
    `entity_of` resolves the owner or subject (a pronoun, often)."""
    by_token = {i: (m, e) for m, e in zip(mentions, entities) for i in range(m.start, m.end)}
    strings = doc.vocab.strings
    preps = word_positions(doc, _AS)
    titles = [preposition_object(doc[i]) for i in preps if doc[i].dep_ == "prep"]
    titles += [doc[i] for i in positions_among(doc_column(doc, DEP), frozenset({strings.add("oprd")}))]
    for title in titles:
        if title is None or title.i in by_token:
            continue
        words = title_of(title)
        predicate = title_predicate([t.text for t in words if t.lower_ not in ENDED]) if words else None
        if predicate is None:
            continue
        head = title.head.head if title.dep_ == "pobj" else title.head
        verb = head.lemma_.lower()
        organization = organization_of(title, by_token)
        if organization is None and verb in _JOINING:  # "joined Goldman Sachs as chief economist"
            organization = next((by_token[c.i][1] for c in head.children if c.dep_ == "dobj" and c.i in by_token), None)
        if organization is None and verb in _APPOINTING:  # "Shell appointed John Doe as chief executive"
            appointer = next((by_token[c.i][1] for c in head.children if c.dep_ == "nsubj" and c.i in by_token), None)
            organization = appointer if appointer is not None and appointer.type in ("Organization", "Group") else None
        if verb in _APPOINTING and any(c.tag_ in ("MD", "TO") for c in head.children):
            continue  # "Shell will appoint John Doe as chief executive": not held yet
        holder = _holder(head, verb)
        person = entity_of(holder) if holder is not None else None
        if person is not None and person.type == "Other" and verb in _APPOINTING and predicate in ("lead", "chair"):
            # "Rolls-Royce appointed Warren East as its chief executive": only people lead so, and "its" is
            # the appointer's, not the name the tagger left untyped
            person = replace(person, type="Person")
            if organization is not None and organization.id == person.id:
                appointer = next(
                    (by_token[c.i][1] for c in head.children if c.dep_ == "nsubj" and c.i in by_token), None
                )
                organization = appointer if appointer is not None and appointer.type == "Organization" else None
        if organization is None or holder is None or person is None or person.type != "Person":
            continue
        if person.id == organization.id or holder.pos_ == "PRON" and not _named_near(holder, person, by_token):
            continue
        past = head.tag_ in _PAST and verb in _SUCCEEDING | _LEAVING or head.tag_ == "VBD" and verb == "serve"
        role = Role(
            person,
            organization,
            " ".join(t.text for t in words),
            scoped(predicate, title, by_token),
            min(head.i, holder.i),
            title.right_edge.i + 1,
            any(t.lower_ in ENDED for t in title.lefts) or past,
        )
        if may_hold(role):
            yield role
        successor = _successor(head, verb)
        named = entity_of(successor) if successor is not None else None
        if successor is None or named is None or not role.ended or named.type != "Person":
            continue
        if named.id not in (person.id, organization.id):
            # "Mahmoud Abbas, who succeeded Yasser Arafat as Palestinian leader": the office is now his
            held = replace(role, person=named, start=min(successor.i, role.start), ended=False)
            if may_hold(held):
                yield held


def _successor(head: Token, verb: str) -> Token | None:
    """The subject of "succeeded" or "replaced" in the past ("Jane Fraser, who replaced Michael Corbat as
    chief executive", "Ms Fraser succeeded him as chief executive"): the one who took the office over."""
    if verb not in _SUCCEEDING or head.tag_ not in _PAST or head.pos_ != "VERB":
        return None
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("who", "that") and head.dep_ == "relcl":
        return head.head
    return subject if subject is not None and subject.pos_ == "PROPN" else None


def _holder(head: Token, verb: str) -> Token | None:
    """Who holds the role a verb names: the owner of "his appointment", the one appointed, the one
    succeeded, or the subject of "served", "resigned", "took over"."""
    if head.pos_ == "NOUN":
        dep = "poss"
    elif verb in _APPOINTING and head.dep_ == "acl" and head.tag_ == "VBN":
        return head.head  # "Jane Fraser, named Citigroup's chief executive in 2021, said"
    elif verb in _APPOINTING:  # "was appointed chairman", "appointed John Doe as chairman"
        dep = "nsubjpass" if any(c.dep_ == "nsubjpass" for c in head.children) else "dobj"
    elif verb in _SUCCEEDING:
        dep = "dobj"  # "to succeed Mr Blair as Labour leader": Mr Blair holds it
    elif verb in _HOLDING or verb in _LEAVING or verb in _JOINING:
        dep = "nsubj"
    else:
        return None
    return next((c for c in head.children if c.dep_ == dep), None)


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
    by_token = {i: (m, e) for m, e in zip(mentions, entities) for i in range(m.start, m.end)}
    for person, owner, title, predicate, start, end, ended in possessive_titles(doc, mentions, entities, entity_of):
        if any(r.person.id == person.id and r.start < end and start < r.end for r in known):
            continue
        if owner.type == "Person" and not _named_near(doc[start], owner, by_token):
            continue  # "his spokesman": the person named in this sentence or the one before
        if predicate == "works_for" and a_party(owner):
            predicate = "member_of"
        role = Role(person, owner, " ".join(t.text for t in title), predicate, start, end, ended)
        if may_hold(role):
            yield role
    yield from led_party_roles(doc, entity_of, known)
    yield from possessed_party_roles(doc, entity_of, known)
    yield from ally_roles(doc, mentions, entities, entity_of)
    yield from spun_off_roles(doc, entity_of)
    yield from bought_from_roles(doc, entity_of)
    yield from government_roles(doc, entity_of, known, lambda: article_country(doc, mentions, entities))


def pronoun_copular_roles(
    doc: Doc, mentions: Sequence[Mention], entities: Sequence[Entity], entity_of: Callable[[Token], Entity | None]
) -> Iterator[Role]:
    """A title stated by "be", "become" or "remain" of "he" or "she": "He is also head of the judiciary and a member of the
    Cabinet" → the person the pronoun stands for is a member of the Cabinet; "was" says it has ended."""
    by_token = {i: (m, e) for m, e in zip(mentions, entities) for i in range(m.start, m.end)}
    for i in positions_among(doc_column(doc, LEMMA), word_hashes(_COPULAS)):
        verb = doc[i]
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in _SHE_HE), None)
        person = entity_of(subject) if subject is not None else None
        if subject is None or person is None or person.type != "Person" or not _named_near(subject, person, by_token):
            continue
        for noun in attributes(verb):
            words = title_of(noun) if noun.i not in by_token else []
            predicate = title_predicate([t.text for t in words if t.lower_ not in ENDED]) if words else None
            organization = organization_of(noun, by_token) if predicate else None
            if organization is None or predicate is None or organization.id == person.id:
                continue
            role = Role(
                person,
                organization,
                " ".join(t.text for t in words),
                scoped(predicate, noun, by_token),
                min(subject.i, noun.left_edge.i),
                noun.right_edge.i + 1,
                any(t.lower_ in ENDED for t in noun.lefts) or verb.tag_ == "VBD" and verb.lemma_ == "be",
            )
            if may_hold(role):
                yield role


def _named_near(pronoun: Token, person: Entity, by_token) -> bool:
    """True when the person a pronoun stands for is named in its sentence or the one before: a title
    is not pinned on an antecedent further back."""
    sentence = pronoun.sent
    start = pronoun.doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
    return any(by_token.get(i, (None, None))[1] == person for i in range(start, pronoun.i))


def counterpart_roles(
    doc: Doc,
    mentions: Sequence[Mention],
    entities: Sequence[Entity],
    entity_of: Callable[[Token], Entity | None],
    known: Sequence[Role],
) -> Iterator[Role]:
    """ "his <nationality> counterpart <Name>" holds in that country the office the pronoun's person
    holds in his: "Russian President Vladimir Putin and his Ukrainian counterpart Leonid Kuchma" →
    Leonid Kuchma –lead→ Ukraine."""
    if not word_positions(doc, _COUNTERPART):
        return  # no counterpart in the article (most articles)
    by_token = {i: (m, e) for m, e in zip(mentions, entities) for i in range(m.start, m.end)}
    for mention, person in zip(mentions, entities):
        k = mention.start - 1
        if k >= 0 and doc[k].text == ",":
            k -= 1
        if person.type != "Person" or k < 2 or doc[k].lower_ != "counterpart" or doc[k - 2].lower_ not in SHE_HE_POSS:
            continue
        nation = by_token.get(k - 1)  # "his Nigerien counterpart": a nationality the tagger took for a name
        country = nation[1] if nation is not None and nation[1].type == "Country" else None
        country = country or implied_country(doc[k - 1], entities)
        holder = entity_of(doc[k - 2])
        if country is None or country.type != "Country" or holder is None or holder.id == person.id:
            continue
        office = next(
            (r for r in known if r.person.id == holder.id and r.organization.type == "Country" and not r.ended), None
        )
        if office is not None and office.organization.id != country.id:
            yield Role(person, country, office.title, office.predicate, k - 2, mention.end)
        elif office is None and not any(r.person.id == holder.id for r in known):
            # "Foreign Secretary Jack Straw met his Israeli counterpart Silvan Shalom": an office whose
            # body the article leaves unnamed; the counterpart holds one in his state (not a company
            # boss's counterpart: the boss's own role is known)
            yield Role(person, country, "counterpart", "works_for", k - 2, mention.end)


def described_roles(
    doc: Doc,
    described: Sequence[tuple[int, Entity]],
    mentions: Sequence[Mention],
    entities: Sequence[Entity],
    known: Sequence[Role],
) -> Iterator[Role]:
    """A title that stands for a person named with it before, once the description is resolved:
    "Former Labour leader Neil Kinnock … The former Labour leader said …" restates Neil Kinnock –lead→
    Labour Party (ended) where it is said again. `described` holds each description's head token
    and the person it stands for. A role the article gave ends as it was given ("the Conservative leader"
    is not the "former Conservative leader" named before); a new one is read only from a title that
    names its organization ("The former Conservative leader said", not "Its president said")."""
    by_token = {i: (m, e) for m, e in zip(mentions, entities) for i in range(m.start, m.end)}
    for head, person in described:
        noun = doc[head]
        if person.type != "Person" or head in by_token:
            continue
        ended = any(t.lower_ in ENDED for t in noun.lefts)  # "The former UN commissioner … and Irish president"
        for title in [noun, *(c for c in noun.conjuncts if c.i > noun.i and c.i not in by_token)]:
            over = ended or any(t.lower_ in ENDED for t in title.lefts)
            role = _described_role(title, person, over, by_token, known, entities)
            if role is not None and may_hold(role):
                yield role


def _nation_of(noun: Token, words: Sequence[Token], entities: Sequence[Entity]) -> Entity | None:
    """The country a nationality before a state's office names: "the former Spanish prime minister"."""
    if not state_office(words):
        return None
    nationality = next((c for c in noun.lefts if c.dep_ in ("amod", "compound") and c.is_title), None)
    return implied_country(nationality, entities) if nationality is not None else None


def _described_role(
    noun: Token, person: Entity, ended: bool, by_token, known: Sequence[Role], entities: Sequence[Entity]
) -> Role | None:
    """The role a title noun of a description resolved to `person` states (see `described_roles`)."""
    words = title_of(noun)
    predicate = title_predicate([t.text for t in words if t.lower_ not in ENDED]) if words else None
    if predicate is None or scoped(predicate, noun, by_token) != predicate:
        return None
    organization = organization_of(noun, by_token) or _nation_of(noun, words, entities)
    if organization is None or organization.id == person.id:
        return None
    if any(
        r.person.id == person.id
        and r.organization.id == organization.id
        and r.predicate == predicate
        and r.ended != ended
        for r in known
    ):
        return None  # "the Conservative leader" is not the "former Conservative leader" named before
    named = any(by_token[i][1].id == organization.id for i in range(noun.left_edge.i, noun.i) if i in by_token)
    named = named or organization.type == "Country" and organization_of(noun, by_token) is None  # "Spanish" said it
    given = predicate in _SOLE and any(r.person.id == person.id and r.organization.id == organization.id for r in known)
    if not named and not given:
        return None  # a role the article did not give is said only by a title that names its organization
    return Role(
        person, organization, " ".join(t.text for t in words), predicate, noun.left_edge.i, noun.right_edge.i + 1, ended
    )
