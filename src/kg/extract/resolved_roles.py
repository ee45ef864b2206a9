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
from kg.extract.possessive_titles import possessive_titles
from kg.extract.role_holders import Role, may_hold
from kg.extract.roles import attributes
from kg.extract.title_owners import (
    a_party,
    ended_before,
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
_SHE_HE_POSS = frozenset({"his", "her"})
_COPULAS = frozenset({"be", "become", "remain"})
_AS, _PARTY, _GOVERNMENT = frozenset({"as"}), frozenset({"party"}), frozenset({"government"})
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


#: Verbs by which one leads the party named as "his party".
_LEADING = frozenset({"lead", "head"})


def led_party_roles(doc: Doc, entity_of: Callable[[Token], Entity | None], known: Sequence[Role]) -> Iterator[Role]:
    """ "his party" led by the person the pronoun stands for, whose party a title named before: "Liberal
    leader Jeremy Thorpe … Mr Thorpe was in high spirits, having just led his party to a jump in support"
    → Jeremy Thorpe –lead→ Liberal Party."""
    party_words = word_positions(doc, _PARTY)
    for i in party_words:
        noun = doc[i]
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_.lower() not in _LEADING or verb.pos_ != "VERB":
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in _SHE_HE_POSS), None)
        if owner is None:
            continue
        person = entity_of(owner)
        if person is None or person.type != "Person":
            continue
        bodies = [
            r.organization
            for r in known
            if r.person.id == person.id
            and r.predicate in ("lead", "member_of")
            and r.organization.type in ("Organization", "Group")
        ]
        # a party the alias table knows, or else the one body a title put the person in ("Liberal leader")
        parties = {o.id: o for o in bodies if a_party(o)} or {o.id: o for o in bodies}
        if len(parties) == 1:  # a person named with two parties or bodies leaves "his party" open
            (party,) = parties.values()
            yield Role(person, party, f"{verb.text} {owner.text} {noun.text}", "lead", verb.i, noun.i + 1)


def possessed_party_roles(
    doc: Doc, entity_of: Callable[[Token], Entity | None], known: Sequence[Role]
) -> Iterator[Role]:
    """ "his own party", "Ruto's party", once resolved to a party the article names: the possessor is a
    member of it ("a challenge to Mr Ruto's authority from within his own party"); not when another
    person is named before "his" in the sentence, nor when the article put the possessor in another party."""
    for i in word_positions(doc, _PARTY):
        noun = doc[i]
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None or owner.pos_ == "PRON" and owner.lower_ not in _SHE_HE_POSS:
            continue
        person, party = entity_of(owner), entity_of(noun)
        if person is None or party is None or person.type != "Person" or party.type not in ("Organization", "Group"):
            continue
        if any(c.lower_ in ENDED for c in noun.lefts):
            continue  # "his former party"
        if owner.pos_ == "PRON" and _other_person_before(owner, person, entity_of):
            continue  # "Chega's leader, Andre Ventura, … said his party": "his" may be either
        if any(
            r.person.id == person.id and r.organization.id != party.id and r.predicate in ("lead", "member_of")
            for r in known
        ):
            continue
        yield Role(person, party, f"{owner.text} {noun.text}", "member_of", owner.i, noun.i + 1)


def _other_person_before(pronoun: Token, person: Entity, entity_of: Callable[[Token], Entity | None]) -> bool:
    """True when the pronoun's sentence names, before it, a person other than the one it stands for."""
    for token in pronoun.doc[pronoun.sent.start : pronoun.i]:
        if token.pos_ == "PROPN":
            named = entity_of(token)
            if named is not None and named.type == "Person" and named.id != person.id:
                return True
    return False


#: Titles of a head of government before a name ("Prime Minister Narendra Modi's government").
_GOVERNMENT_HEADS = frozenset({"prime", "president", "premier", "chancellor"})
#: The same, for "his government": a British chancellor says it of the government he serves.
_PRONOUN_HEADS = _GOVERNMENT_HEADS - {"chancellor"}
_MINISTER = frozenset({"minister"})


def government_roles(
    doc: Doc,
    entity_of: Callable[[Token], Entity | None],
    known: Sequence[Role] = (),
    country_of_article: Callable[[], Entity | None] = lambda: None,
) -> Iterator[Role]:
    """ "<Name>'s government", once resolved to a government, is the one the person leads when a head of
    government's title goes with the name: "Prime Minister Narendra Modi's government", or went with it
    where the article named the country's head ("Prime Minister Mohammed Shia al-Sudani … Mr Sudani's
    government", in an article about Iraq); "his government" only of a person the article titled that
    country's head of government (a minister says it of the government he serves)."""
    for i in word_positions(doc, _GOVERNMENT):
        noun = doc[i]
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        government = entity_of(noun) if owner is not None else None
        if owner is None or government is None or government.type != "Organization":
            continue
        person = entity_of(owner)
        if person is None or person.type != "Person":
            continue
        before = doc[owner.left_edge.i : owner.i]
        if (
            owner.pos_ == "PROPN"
            and not any(t.lower_ in _GOVERNMENT_HEADS for t in before)
            and (
                _heads_state(person, government, known)
                if _heads_state(person, None, known)
                else _titled_head(doc, person, entity_of) and _of_country(government, country_of_article())
            )
        ):
            yield Role(person, government, f"{owner.text} {noun.text}", "lead", owner.left_edge.i, noun.i + 1)
        elif owner.pos_ == "PRON" and (
            _heads_state(person, government, known)
            if _heads_state(person, None, known)
            else (_titled_head(doc, person, entity_of, _PRONOUN_HEADS) or _described_head(doc, person, entity_of))
            and _of_country(government, country_of_article())
        ):
            # "Mr Montenegro … said his government would present a budget", when the article made him
            # that country's prime minister, or titled him "Prime Minister Luis Montenegro" in an article
            # about Portugal (a minister's "his government" is one he serves: no title)
            yield Role(person, government, f"{owner.text} {noun.text}", "lead", owner.i, noun.i + 1)
        elif any(t.lower_ in _GOVERNMENT_HEADS for t in before):
            ended = any(t.lower_ in ENDED for t in before)  # "former Prime Minister John Major's government"
            yield Role(person, government, f"{owner.text} {noun.text}", "lead", owner.left_edge.i, noun.i + 1, ended)


def _heads_state(person: Entity, government: Entity | None, known: Sequence[Role]) -> bool:
    """True when the article gave the person a current head of government's title in the government's
    country ("Iraqi Prime Minister Mohammed Shia al-Sudani" for the Iraq Government), or in any
    country when `government` is None."""
    return any(
        r.person.id == person.id
        and r.leads
        and r.organization.type == "Country"
        and (government is None or _of_country(government, r.organization))
        and any(w in _GOVERNMENT_HEADS for w in r.title.lower().split())
        for r in known
    )


def _of_country(government: Entity, country: Entity | None) -> bool:
    return country is not None and government.name == f"{country.name} Government"


def _titled_head(
    doc: Doc, person: Entity, entity_of: Callable[[Token], Entity | None], heads: frozenset[str] = _GOVERNMENT_HEADS
) -> bool:
    """True when the article names the person with a head of government's title before the name ("A
    spokesman for Prime Minister Mohammed Shia al-Sudani"), whatever country it holds it in."""
    for token in doc:
        if token.is_title and token.lower_ in heads | {"minister"} and token.i + 1 < len(doc):
            start = token.i - 1 if token.lower_ == "minister" else token.i
            head = token.lower_ != "minister" or start >= 0 and doc[start].lower_ == "prime"
            if head and not ended_before(doc, start) and entity_of(doc[token.i + 1]) == person:
                return True
    return False


def _described_head(doc: Doc, person: Entity, entity_of: Callable[[Token], Entity | None]) -> bool:
    """True when "the prime minister" of the article stands for the person ("The prime minister said …
    Mr Blair said his government would …"); not "the then prime minister" or "the former prime minister"."""
    for i in word_positions(doc, _MINISTER):
        if i > 0 and doc[i - 1].lower_ == "prime" and not ended_before(doc, i - 1) and entity_of(doc[i]) == person:
            return True
    return False


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
        if person.type != "Person" or k < 2 or doc[k].lower_ != "counterpart" or doc[k - 2].lower_ not in _SHE_HE_POSS:
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
