"""Roles of the party or government a possessive names, once pronouns resolve: "his party" led by the
person a title made its leader, "Ruto's party" whose member he is, "his government" led by the head of
government the article titled. The doc and its pronoun resolution in → `Role`s out."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from spacy.tokens import Doc, Token

from kg.extract.doc_words import word_positions
from kg.extract.role_holders import Role
from kg.extract.title_owners import a_party, ended_before
from kg.extract.titles import ENDED
from kg.model import Entity

_PARTY, _GOVERNMENT = frozenset({"party"}), frozenset({"government"})
#: "his", "her": the possessives that name one person.
SHE_HE_POSS = frozenset({"his", "her"})


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
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in SHE_HE_POSS), None)
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
        if owner is None or owner.pos_ == "PRON" and owner.lower_ not in SHE_HE_POSS:
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
