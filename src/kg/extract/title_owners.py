"""Whose a title is: the title words and organization of a title noun ("chief executive of the BBC"),
and, when no mention names the organization beside the title, a nationality ("Spanish Agriculture
Minister Luis Planas" → Spain), a party the alias table knows ("ex-Labour minister"), "party
leader" (the party just named); "its chief executive" is `possessive_titles`'s. Tokens and
entities in, entities and title words out."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from spacy.tokens import Doc, Token

from kg.countries import country_name
from kg.extract.article_country import article_country
from kg.extract.mentions import Mention
from kg.extract.titles import (
    DEPARTMENTS,
    ENDED,
    GENERIC_BODIES,
    MINISTER_TITLES,
    MINISTRY_WORDS,
    ROLE_TITLES,
    TITLES,
    title_predicate,
)
from kg.keys import canonical_key
from kg.model import Entity
from kg.resolve import Alias, shipped_aliases

#: Titles of a state's office: a nationality before them names the state ("French President", "US envoy").
STATE_TITLES = frozenset(
    """president minister secretary chancellor premier taoiseach king queen ambassador envoy foreign
    prime head leader spokesman spokeswoman spokesperson negotiator representative official
    diplomat commissioner commander""".split()
)
#: Adjectives of a nation within a state: its ministers are not the state's ("Welsh Health Minister").
_REGIONAL = frozenset(
    "welsh scottish english catalan basque flemish walloon bavarian corsican kurdish northern".split()
)
#: Sources of the alias table whose rows are political parties (see schemas/aliases.csv).
PARTY_SOURCES = ("uk-politics",)


def implied_owner(doc: Doc, i: int, title: Sequence[Token], by_token, entities: Sequence[Entity]) -> Entity | None:
    """The organization a title names by a word that is no mention, `doc[i]` being the word before
    the title: "Spanish Agriculture Minister" (a nationality before a state's office), "ex-Labour
    minister" (a party the alias table knows), "party leader Nick Griffin" (the party last named)."""
    if i >= 1 and doc[i].lower_ in MINISTRY_WORDS and doc[i - 1].lower_ in _NATIONAL_LEVEL and i + 1 < len(doc):
        if doc[i + 1].lower_ in MINISTER_TITLES:  # "Federal Labour Minister": the level before the portfolio
            i -= 1
    if i >= 0 and i not in by_token and doc[i].is_title and doc[i].is_alpha:
        country = implied_country(doc[i], entities)
        if country is not None and state_office(title):
            return country
        if doc[i].lower_ in _NATIONAL_LEVEL and state_office(title):
            state = _one_country(entities) or _story_country(doc, by_token)
            if state is not None:
                return state  # "Federal Environment Minister": of the one country the article names
        row = _alias_row(doc[i].text)
        department = doc[i].lower_ in MINISTRY_WORDS and title[0].lower_ in MINISTER_TITLES and title[0].is_title
        if row is not None and row.type in ("Organization", "Group") and not department:
            return _entity(row.canonical, row.type, entities)
    if any(t.lower_ == "party" for t in title) and (i < 0 or doc[i].lower_ not in ("'s", "’s", "his", "her")):
        return _last_party(doc, title[0].i, by_token)
    if i >= 1 and doc[i].lower_ == "party" and doc[i + 1].text in ("'s", "’s") and doc[i - 1].lower_ == "the":
        return _last_party(doc, i, by_token)  # "the party's foreign affairs spokesman Menzies Campbell"
    return None


#: Words before a state's office that name the national level of a federation: "Federal Finance
#: Minister", "Union Home Minister".
_NATIONAL_LEVEL = frozenset({"federal", "union"})


def _story_country(doc: Doc, by_token) -> Entity | None:
    """The country the article is about, counting its national institutions ("Supreme Court of India")."""
    pairs = {m.start: (m, e) for m, e in by_token.values()}
    return article_country(doc, [m for m, _ in pairs.values()], [e for _, e in pairs.values()])


def _one_country(entities: Sequence[Entity]) -> Entity | None:
    """The country the article names, when it names exactly one."""
    countries = {e.id: e for e in entities if e.type == "Country"}
    return next(iter(countries.values())) if len(countries) == 1 else None


def party_of(noun: Token, by_token) -> Entity | None:
    """The party "the party's <title>" or "the party <title>" names: the party last named ("the
    party's leader, Michael Howard", "The party chairman, Liam Fox")."""
    for child in noun.children:
        if child.lower_ == "party" and child.dep_ in ("poss", "compound"):
            if any(d.lower_ == "the" for d in (*child.children, *noun.children)):
                return _last_party(noun.doc, child.i, by_token)
    return None


def implied_country(word: Token, entities: Sequence[Entity]) -> Entity | None:
    """The country a nationality adjective names ("Spanish" → Spain), not a nation within a state."""
    if not word.is_title or not word.is_alpha or word.lower_ in _REGIONAL:
        return None
    country = country_name(word.text, demonyms=True)
    return _entity(country, "Country", entities) if country is not None else None


def widened_name(
    doc: Doc, mention: Mention, entity: Entity, entities: Sequence[Entity]
) -> tuple[Mention, Entity] | None:
    """The organization the alias table names with the word before a mention, when the tagger left it
    out ("Liberal" of "Liberal Democrat"), and its widened mention; None when there is none."""
    k = mention.start - 1
    if k < 0:
        return None
    word = doc[k]
    if not (word.is_title or word.is_upper) or not word.is_alpha or word.lower_ in TITLES:
        return None
    surface = doc[k : mention.end].text
    row = _alias_row(surface)
    if row is not None and row.type in ("Organization", "Group"):
        return Mention(k, mention.end, row.canonical, row.type, surface), _entity(row.canonical, row.type, entities)
    if entity.name.lower() in GENERIC_BODIES and word.pos_ == "PROPN" and word.ent_type_ not in _WHEN:
        # "ECOWAS Commission President": the name says which commission the title is of
        return Mention(k, mention.end, surface, "Organization", surface), _entity(surface, "Organization", entities)
    return None


#: Entity labels of a time, never the name of a body ("Tuesday Commission").
_WHEN = frozenset({"DATE", "TIME"})


def a_nationality(entity: Entity) -> bool:
    """A group named by a nationality adjective ("Scottish", "Spanish"): people of a nation, not a body one
    serves or belongs to ("Scottish Justice Minister Cathy Jamieson" is no member of "Scottish")."""
    if " " in entity.name or not entity.name.isalpha():
        return False
    if entity.type != "Group":  # "Welsh Secretary Peter Hain": a nation's adjective the tagger took for a body
        return entity.type == "Organization" and entity.name.lower() in _REGIONAL
    return entity.name.lower() in _REGIONAL or country_name(entity.name, demonyms=True) is not None


def a_party(entity: Entity) -> bool:
    """A political party or movement: a group named by its members ("Tory", "Liberal Democrat"),
    a name that says it is a party, or a party the alias table knows ("BNP", "Liberal Democrats")."""
    if entity.type == "Group" or entity.name.lower().split()[-1] in ("party", "parties"):
        return True
    row = _alias_row(entity.name)
    return row is not None and row.source.startswith(PARTY_SOURCES)


def ended_before(doc: Doc, i: int) -> bool:
    """True when the words before token `i` say a role has ended: "former", "ex-", "the then"."""
    k = i - 1
    if k >= 0 and doc[k].text in ("-", "–"):
        k -= 1
    if k < 0:
        return False
    lower = doc[k].lower_
    return lower in ENDED or lower == "then" and (k + 1 < i or k > 0 and doc[k - 1].lower_ == "the")


def department_office(doc: Doc, i: int) -> int | None:
    """The word before an office named "<title> of [the] <department>" that ends at token `i`
    ("Secretary of State", "Chancellor of the Exchequer", "Minister of Defence"), or None."""
    if i < 2 or doc[i].lower_ not in DEPARTMENTS and doc[i].lower_ not in MINISTRY_WORDS:
        return None
    k = i - 1
    if doc[k].lower_ == "the":
        k -= 1
    if k < 1 or doc[k].lower_ not in ("of", "for") or title_predicate([doc[k - 1].text]) is None:
        return None
    return k - 1


#: Nouns by which a text names the company it is about ("the firm's chief executive").
_FIRMS = frozenset({"company", "firm", "group"})
#: Nouns that stand for a country named before: "the country's finance minister".
_NATIONS = frozenset({"country", "nation"})


def scoped(predicate: str, noun: Token, by_token) -> str:
    """A leader's title over a part of the organization is work for it: "the CPS's head of
    counter-terrorism" works for the CPS, it does not lead it."""
    if predicate not in ("lead", "chair"):
        return predicate
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for"):
            if any(c.dep_ == "pobj" and c.pos_ == "NOUN" and c.i not in by_token for c in prep.children):
                return "works_for"
    return predicate


def title_of(noun: Token) -> list[Token]:
    """The title words of a noun phrase headed by a title ("the new chief executive" → chief executive)."""
    if noun.lower_ not in TITLES and noun.lower_ not in ROLE_TITLES and title_predicate([noun.text]) is None:
        return []
    words = [*_hyphened_before(noun)]
    words += [c for c in noun.lefts if c.dep_ in ("compound", "amod") and (c.lower_ in TITLES or c.is_lower)]
    after = next((c for c in noun.rights if c.i == noun.i + 1 and c.dep_ == "amod" and c.lower_ in TITLES), None)
    return [*words, noun, after] if after is not None else [*words, noun]  # "director general of the BBC"


#: Words of a title's rank before a hyphened title: "senior vice-president", "executive vice-chairman".
_RANKS = frozenset({"senior", "executive", "associate", "junior", "first", "second", "group", "regional"})


def _hyphened_before(noun: Token) -> list[Token]:
    """The words a hyphen joins to the front of a title, which the parser may hang apart from it:
    "senior vice-president", "deputy vice-chair" (a second's office, not the whole body's)."""
    doc = noun.doc
    if noun.i < 2 or doc[noun.i - 1].text != "-" or doc[noun.i - 1].whitespace_ or doc[noun.i - 2].whitespace_:
        return []
    first = doc[noun.i - 2]
    if not (first.is_lower or first.lower_ in TITLES) or first.head.i == noun.i or first.lower_ in ENDED:
        return []  # a modifier of the title is among its own left children; "ex-" is no part of the office
    lefts = [c for c in first.lefts if c.dep_ in ("compound", "amod") and (c.lower_ in TITLES or c.lower_ in _RANKS)]
    return [*lefts, first, doc[noun.i - 1]]


def organization_of(noun: Token, by_token) -> Entity | None:
    """The organization a title noun names: "<org> <title>", "<org>'s <title>", "<title> of <org>",
    "its <title>" (the organization last named, in this sentence or the one before)."""
    party = party_of(noun, by_token)  # "the party's foreign affairs spokesman"
    if party is not None:
        return party
    # the title's own modifiers may hold the organization: "the BBC's director general" (BBC under "director")
    modifiers = [g for c in noun.children if c.dep_ in ("compound", "amod") for g in c.children]
    doc = noun.doc
    if noun.i >= 2 and doc[noun.i - 1].text == "-" and doc[noun.i - 2].lower_ == "co":
        modifiers.extend(doc[noun.i - 2].children)  # "Siemens' co-founder": the parse hangs the owner on "co"
    for child in [*noun.children, *modifiers]:
        if child.dep_ == "poss" and child.lower_ in ("its", "their"):
            return _last_organization(noun, by_token)
        if child.dep_ == "poss" and child.lower_ in _FIRMS and any(d.lower_ == "the" for d in child.children):
            return _last_organization(noun, by_token)  # "Terry Leahy, the firm's chief executive"
        if child.dep_ == "poss" and child.lower_ in _NATIONS and any(d.lower_ == "the" for d in child.children):
            return _last_organization(noun, by_token, ("Country",))  # "the country's finance minister"
        if child.dep_ in ("compound", "poss", "nmod", "amod") and child.i in by_token:
            if child.dep_ == "amod" and by_token[child.i][1].type == "Country" and _body_after(noun, by_token):
                continue  # "ByteDance, the Chinese owner of TikTok": its nationality; the body follows "of"
            return by_token[child.i][1]
        if child.dep_ == "prep" and (child.lower_ in ("of", "at", "for") or child.lower_ == "to" and _advising(noun)):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.i in by_token:
                    return by_token[pobj.i][1]
        if child.dep_ == "prep" and child.lower_ == "in" and noun.lemma_.lower() in _HOLDERS:
            for pobj in child.children:  # "the biggest shareholder in Tesco"
                if pobj.dep_ == "pobj" and pobj.i in by_token and by_token[pobj.i][1].type in _BODIES:
                    return by_token[pobj.i][1]
        if child.dep_ == "prep" and child.lower_ in ("with", "in") and _staff(noun):
            for pobj in child.children:  # "an economist with Capital Economics", "a prosecutor in the CPS"
                if pobj.dep_ != "pobj" or pobj.i not in by_token or by_token[pobj.i][1].type not in _BODIES:
                    continue
                if child.lower_ == "with" or doc[by_token[pobj.i][0].start - 1].lower_ == "the":
                    return by_token[pobj.i][1]  # not "an analyst in Lyon": a town the tagger took for a body
        if child.dep_ == "pobj" and child.i in by_token:  # "of" itself is the noun
            return by_token[child.i][1]
        if child.dep_ == "pobj" and child.lower_ in _BODY_NOUNS:  # "Mark Serwotka, of the PCS union"
            for name in child.children:
                if name.dep_ == "compound" and name.i in by_token and by_token[name.i][1].type in _BODIES:
                    return by_token[name.i][1]
    return None


def _body_after(noun: Token, by_token) -> bool:
    """True when "of" or "at" after a title names a body ("the American chief executive of Nissan", "the
    German head of the bank"), not a portfolio ("the French minister of finance")."""
    return any(
        pobj.dep_ == "pobj"
        and (pobj.i in by_token and by_token[pobj.i][1].type in _BODIES or pobj.lemma_.lower() in _OWNED_BODIES)
        for prep in noun.rights
        if prep.dep_ == "prep" and prep.lower_ in ("of", "at")
        for pobj in prep.children
    )


#: Nouns of a body a title after "of" may be held in: "the German head of the bank".
_OWNED_BODIES = frozenset("bank company firm group business carrier airline fund union club board agency".split())


#: Nouns of a body whose name stands before them: "the PCS union", "the Unite union", "the Stop the War campaign".
_BODY_NOUNS = frozenset({"union", "party", "campaign", "charity", "group", "firm", "company", "bank"})


_BODIES = ("Organization", "Group")


#: Titles of those who hold a part of a body, named after "in": "the biggest shareholder in Tesco".
_HOLDERS = frozenset({"shareholder", "stakeholder", "investor", "partner"})


def _staff(noun: Token) -> bool:
    """A title of one who works in a body, not of its head: "economist", "researcher", "member"."""
    return title_predicate([t.text for t in title_of(noun)]) in ("works_for", "member_of")


#: Titles whose holder serves the one named after "to" ("an adviser to Tony Blair"); an ambassador to
#: France serves another country.
_ADVISERS = frozenset({"adviser", "advisor", "aide", "consultant", "assistant"})


def _advising(noun: Token) -> bool:
    return noun.lemma_.lower() in _ADVISERS


def _last_organization(token: Token, by_token, types: tuple[str, ...] = ("Organization", "Other")) -> Entity | None:
    sentence = token.sent
    start = token.doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
    for i in range(token.i - 1, start - 1, -1):
        found = by_token.get(i)
        if found is not None and found[1].type in types and not _aside(token.doc[i], token):
            if _other_name(token.doc[i]):
                continue  # "the Foundation, known as Funai, said …": its is the Foundation's, named first
            return found[1]
    return None


def _other_name(token: Token) -> bool:
    """True for a name given as another name of a noun before it: "the Foundation, known as Funai"."""
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head
    head = token.head
    return (
        head.dep_ == "prep"
        and head.lower_ == "as"
        and head.head.lemma_.lower() == "know"
        and head.head.tag_ == "VBN"
        and head.head.dep_ == "acl"
    )


#: Nouns of a state's own services: "US military chief", "British army commander" serve the state.
_STATE_SERVICES = frozenset("army navy military intelligence police security government cabinet state".split())


def _aside(candidate: Token, title: Token) -> bool:
    """True for a name inside a relative clause the title is not in: "Barclays, which is advised by
    Goldman Sachs, said its chief executive …" — its is not Goldman Sachs's; nor the owner in an apposition
    that describes another name: "The CSU, the CDU's sister party, … Its leader" is the CSU's."""
    described = candidate.dep_ == "poss" and candidate.head.dep_ == "appos" and candidate.head.head.pos_ == "PROPN"
    return any(a.dep_ == "relcl" and not a.left_edge.i <= title.i <= a.right_edge.i for a in candidate.ancestors) or (
        described and not candidate.head.left_edge.i <= title.i <= candidate.head.right_edge.i
    )


def serves_state(title: Sequence[Token]) -> bool:
    """False when a noun before the title names a trade or body outside the state ("Russian oil
    boss", "German football chief"): the person works for that, not for the country."""
    return not any(
        t.pos_ == "NOUN"
        and t.is_lower
        and title_predicate([t.text]) is None
        and t.lower_ not in TITLES
        and t.lower_ not in DEPARTMENTS
        and t.lower_ not in MINISTRY_WORDS
        and t.lower_ not in _STATE_SERVICES
        for t in title[:-1]
    )


def state_office(title: Sequence[Token]) -> bool:
    """A state's office: its last word a state's title, the others departments or titles ("Agriculture
    Minister", "Foreign Secretary"), not "football chief" or "army commander"."""
    words = [t.lower_ for t in title if t.lower_ not in ENDED]
    return (
        bool(words)
        and words[-1] in STATE_TITLES
        and all(w in DEPARTMENTS or w in MINISTRY_WORDS or w in TITLES or w in STATE_TITLES for w in words)
    )


def _last_party(doc: Doc, i: int, by_token) -> Entity | None:
    """The party named last before token `i`, in its sentence or the one before."""
    sentence = doc[i].sent
    start = doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
    for k in range(i - 1, start - 1, -1):
        found = by_token.get(k)
        if found is not None and found[1].type in ("Organization", "Group") and a_party(found[1]):
            return found[1]
    return None


def _entity(name: str, kind: str, entities: Sequence[Entity]) -> Entity:
    """The article's entity of that name, else a new one."""
    key = canonical_key(name)
    return next((e for e in entities if e.id == key), None) or Entity(key, name, kind)


@cache
def _alias_row(word: str) -> Alias | None:
    return shipped_aliases().lookup(word)
