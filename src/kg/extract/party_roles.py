"""Party and body affiliations read around a person's name without a title: "Liberal Democrat Paul
Tyler", "Labour's Robin Cook", "Tories Ken Clarke and Sir George Young", "Mr Tyler, a Liberal
Democrat", "Benjamin Netanyahu's Likud party". Mentions and their entities in → `Role`s out."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Token

from kg.extract.doc_words import span_root
from kg.extract.mentions import Mention
from kg.extract.role_holders import Role
from kg.extract.title_owners import PARTY_SOURCES, a_party, ended_before
from kg.keys import canonical_key
from kg.model import Entity
from kg.resolve import Alias, shipped_aliases

#: Last words of a party's name ("United Democratic Alliance", "Orange Democratic Movement").
_PARTY_HEADS = frozenset({"party", "alliance", "movement", "front", "congress", "league"})


def _named_party(party: Entity) -> bool:
    """A party the alias table knows or whose name says it is a party or a political alliance."""
    return a_party(party) or party.type == "Organization" and party.name.lower().split()[-1] in _PARTY_HEADS


def persons_party(doc: Doc, mention: Mention, party: Entity, by_token) -> Iterator[Role]:
    """ "<person>'s <party>": "Benjamin Netanyahu's Likud party", "Mr Blair's Labour Party", "President
    William Ruto's United Democratic Alliance" (a member)."""
    k = mention.start - 1
    if k >= 1 and doc[k].text in ("'s", "’s") and k - 1 in by_token and _named_party(party):
        owner_mention, person = by_token[k - 1]
        if person.type == "Person":
            yield Role(person, party, "", "member_of", owner_mention.start, mention.end)


#: What a party does that a person of the same name would not ("whose DMK governs the state").
_GOVERNING = frozenset({"govern", "rule"})


def whose_party(doc: Doc, mention: Mention, person: Entity, by_token) -> Iterator[Role]:
    """ "<person>, whose <party> …": "Mr Barzani, whose Kurdistan Democratic Party won the most seats"
    (a member)."""
    root = doc[mention.start : mention.end].root
    for clause in (c for c in root.children if c.dep_ == "relcl"):
        for noun in clause.children:
            whose = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
            found = by_token.get(noun.i) if whose is not None else None
            if whose is not None and found is None and noun.lower_ == "party":  # "whose Civic Platform party"
                named = next((c for c in noun.children if c.dep_ == "compound" and c.i in by_token), None)
                found = by_token[named.i] if named is not None else None
                if found is not None and found[1].type in ("Organization", "Group"):
                    yield Role(person, found[1], "", "member_of", mention.start, noun.i + 1)
                continue
            if found is None or found[1].id == person.id:
                continue
            if _named_party(found[1]):
                yield Role(person, found[1], "", "member_of", mention.start, found[0].end)
            elif noun.dep_ == "nsubj" and clause.lemma_ in _GOVERNING and found[1].type in ("Person", "Other"):
                # "M.K. Stalin, whose Dravida Munnetra Kazhagam governs the state": what governs is a party
                party = replace(found[1], type="Organization")
                yield Role(person, party, "", "member_of", mention.start, found[0].end)


def party_before_name(doc: Doc, mention: Mention, person: Entity, by_token, entities) -> Iterator[Role]:
    """A party or group named right before a person: "Liberal Democrat Paul Tyler", "Labour's Robin
    Cook", "the Green Party's Caroline Lucas", "Tories Ken Clarke and Sir George Young" (both are members)."""
    i = mention.start - 1
    # "Labour's Robin Cook", "the Conservatives' Oliver Letwin"
    owned = i >= 1 and (doc[i].text in ("'s", "’s") or doc[i].text in ("'", "’") and doc[i - 1].lower_.endswith("s"))
    if owned:
        i -= 1
    found = by_token.get(i)
    if found is None and not owned:  # "Tories Ken Clarke and Sir George Young": a party no mention holds
        word = party_word(doc, i, by_token, entities)
        start, organization = word if word is not None else (i, None)
    elif found is not None and found[1].type in ("Organization", "Group"):
        start, organization = found[0].start, found[1]
    else:
        return
    if organization is None:
        return
    before = doc[start - 1].lower_ if start > 0 else ""
    if before == "of" or before == "the" and not (owned and a_party(organization)):
        return  # "Secretary of State Condoleezza Rice": the name ends a title; "told the BBC Michael Howard had"
    # "the BBC's Jeremy Paxman" works there; "Labour's Robin Cook" is a member
    predicate = "member_of" if a_party(organization) or not owned else "works_for"
    ended = ended_before(doc, start)  # "former Tory Michael Portillo"
    yield Role(person, organization, "", predicate, start, mention.end, ended)
    root = span_root(doc, mention.start, mention.end)
    for other in root.conjuncts:
        if other.i > root.i and other.i in by_token and by_token[other.i][1].type == "Person":
            other_mention, other_person = by_token[other.i]
            before_name = other_mention.start - 1
            if before_name in by_token or before_name > 0 and doc[before_name].text in ("'s", "’s"):
                continue  # "… and Liberal Democrat Paul Tyler": a party of his own
            if _own_party_word(doc, other_mention, by_token, entities):
                continue  # "… and Tory George Osborne", the party word inside the name the tagger gave
            yield Role(other_person, organization, "", predicate, start, other.i + 1, ended)


def _own_party_word(doc: Doc, mention: Mention, by_token, entities: Sequence[Entity]) -> bool:
    """True when a name's first words, or the word before it, name a party ("Tory George Osborne")."""
    first = mention.start + 1 if mention.end - mention.start > 2 else mention.start
    return any(party_word(doc, k, {}, entities) is not None for k in (mention.start - 1, mention.start, first))


def apposed_party(doc: Doc, noun: Token, mention: Mention, person: Entity, by_token) -> Iterator[Role]:
    """A party in apposition, as "a" member names it: "Mr Tyler, a Liberal Democrat, said" (a member)."""
    party_mention, party = by_token[noun.i]
    if (
        person.type == "Person"
        and noun.dep_ == "appos"
        and party.type in ("Organization", "Group")
        and a_party(party)
        and party_mention.start > 0
        and doc[party_mention.start - 1].lower_ in ("a", "an")
    ):
        ended = ended_before(doc, party_mention.start)
        yield Role(person, party, "", "member_of", mention.start, party_mention.end, ended)


def party_word(doc: Doc, i: int, by_token, entities: Sequence[Entity]) -> tuple[int, Entity] | None:
    """The party one or two capitalised words ending at token `i` name by the alias table, no mention
    holding them ("Tories Ken Clarke", "Lib Dem Charles Kennedy"): where they start, and the party."""
    last = min(i + 1, len(doc))
    for start in (i - 1, i):
        # the words' own tests before their text: most words are in lower case
        if start < 0 or any(k in by_token or not (doc[k].is_title and doc[k].is_alpha) for k in range(start, last)):
            continue
        row = _party_row(doc[start : i + 1].text)
        if row is not None:
            key = canonical_key(row.canonical)
            return start, next((e for e in entities if e.id == key), None) or Entity(key, row.canonical, row.type)
    return None


#: Offices of a state or a town, held by a party's member, not led for the party ("the Tory former chancellor").
_HELD_FOR_THE_STATE = frozenset({"chancellor", "minister", "premier", "mayor", "governor", "senator"})


def party_office(title: str, party: Entity) -> bool:
    """True when `title` is an office of the state its party's member holds: "Tory chancellor"."""
    words = title.lower().split()
    return bool(words) and words[-1] in _HELD_FOR_THE_STATE and a_party(party)


@cache
def _party_row(words: str) -> Alias | None:
    row = shipped_aliases().lookup(words)
    if row is None or not row.source.startswith(PARTY_SOURCES) or row.type not in ("Organization", "Group"):
        return None
    return row


def conjuncts_of_a_swallowed_title(doc: Doc, mention: Mention, by_token, entities) -> Iterator[Role]:
    """The names coordinated after a name the tagger grew over a party and a plural title: "Labour MPs
    Dennis Skinner and Kate Hoey" (Kate Hoey is a member); the grown name itself is left alone."""
    if mention.end - mention.start < 3 or not _PLURAL_MEMBERS.intersection(
        (doc[mention.start + 1].lower_, doc[mention.start + 2].lower_)
    ):
        return  # no plural title among the words the tests below read (the cheaper test first)
    word = party_word(doc, mention.start + 1, {}, entities) or party_word(doc, mention.start, {}, entities)
    if word is None or word[0] != mention.start:
        return
    _, party = word
    title = mention.start + 2 if doc[mention.start + 1].lower_ not in _PLURAL_MEMBERS else mention.start + 1
    if title >= mention.end - 1 or doc[title].lower_ not in _PLURAL_MEMBERS:
        return
    root = span_root(doc, mention.start, mention.end)
    for other in root.conjuncts:
        found = by_token.get(other.i) if other.i > root.i else None
        if (
            found is not None
            and found[1].type == "Person"
            and doc[found[0].start - 1].text in ("and", ",")
            and not _own_party_word(doc, found[0], by_token, entities)
        ):
            yield Role(found[1], party, doc[title].text, "member_of", mention.start, found[0].end)


#: Plural titles of a party's members: "Labour MPs", "Tory peers".
_PLURAL_MEMBERS = frozenset({"mps", "meps", "msps", "peers", "councillors", "activists", "candidates", "members"})
