"""Whose government "the government" is: the article's country's ("the government", "the federal
Liberal government"), the one a modifier names ("the British government", "Germany's government", "the
Labour government"), or a region's ("the Scottish government", "the government of Tamil Nadu").

A "government" token, the named tokens' entities and the article's country in → the government's
entity and the rule that found it, or None.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.countries import capital_country, country_name, subdivision_types
from kg.extract.article_country import institution_country
from kg.extract.possessed_bodies import possessor
from kg.model import Entity
from kg.resolve import canonical_key

#: Nouns for the government of a country.
GOVERNMENT_NOUNS = frozenset({"government", "administration"})
#: Words for a kind of government, which without "the" or "his" names the kind: "coalition government".
_KINDS_OF_GOVERNMENT = frozenset({"coalition", "minority", "majority", "unity", "caretaker", "interim", "national"})
_DEFINITE = frozenset({"the", "its", "their", "his", "her", "our", "this", "that", "these", "those"})


def government(
    token: Token, owner: dict[int, Entity], country: Entity | None, homes: dict[str, Entity] | None = None
) -> tuple[Entity, str] | None:
    """ "the government", "the British government", "Germany's government", "government plans";
    not "a coalition government" (one that does not exist yet, or any one). `homes`: the country
    each titled person holds office in, for "her government" (the one she leads)."""
    if any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "another", "no") for c in token.children):
        return None
    if token.lower_ == "administration" and any(c.lower_ == "public" for c in token.lefts):
        return None  # "the Commons public administration committee": a field, not a government
    if any(c.lower_ in _KINDS_OF_GOVERNMENT for c in token.lefts) and not any(
        c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in token.children
    ):
        return None  # "returning to coalition government": a kind, not the government of the day
    in_article = _named_government(token, owner)
    if in_article is not None:
        return in_article, "government named in the article"
    seat = _seat(token)
    if seat is not None:  # "the federal government in Baghdad": the government that sits there
        country = seat
    # "the federal Liberal government": the country's, whatever party or people's word stands beside it
    national = any(c.lower_ in _NATIONAL for c in token.lefts)
    for child in [*token.children, *(p for c in token.rights if c.lower_ == "of" for p in c.children)]:
        found = owner.get(child.i)
        if child.dep_ in ("amod", "compound", "poss", "nmod", "pobj") and found is not None:
            if found.type == "Country":
                country = found
                break
            home = institution_country(found.name)
            if home is not None:  # "the Labour government": the party's country
                country = Entity(canonical_key(home), home, "Country")
                break
        if child.dep_ == "amod":
            named = country_name(child.text, demonyms=True)
            if named is not None:
                country = Entity(canonical_key(named), named, "Country")
                break
        if national:
            continue
        if child.dep_ in ("compound", "poss", "pobj") and found is not None and subdivision(found):
            # "the Kano State government", "the government of Tamil Nadu": a state's, not the country's
            name = f"{found.name} Government"
            entity = Entity(canonical_key(name), name, "Organization")
            return entity, "government of a region"
        if _region(child, found):
            name = f"{child.text} Government"  # "the Scottish government", "the Catalan government"
            entity = Entity(canonical_key(name), name, "Organization")
            return entity, "government of a region"
    led = _possessor_country(token, owner, homes or {})
    if led is not None:  # "her government": the one she leads, wherever the article is set
        name = f"{led.name} Government"
        return Entity(canonical_key(name), name, "Organization"), "government its possessor serves"
    if country is None:
        return None
    name = f"{country.name} Government"
    entity = Entity(canonical_key(name), name, "Organization")
    return entity, "government of the article's country"


def _seat(token: Token) -> Entity | None:
    """The country whose capital "in" names after "government": "the government in Baghdad" → Iraq
    (also when the parse hangs "in" on the verb: "accused the government in Baghdad of …")."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    for preposition in (*token.rights, *([after] if after is not None and after.head.i == token.head.i else [])):
        if preposition.dep_ == "prep" and preposition.lower_ == "in":
            for place in preposition.children:
                named = capital_country(place.text) if place.dep_ == "pobj" else None
                if named is not None:
                    return Entity(canonical_key(named), named, "Country")
    return None


#: Words that say a government is the country's, not a region's: "the federal government".
_NATIONAL = frozenset({"federal", "national", "central", "union"})


#: Last words of the names of a country's parts ("Kano State", "Sichuan Province").
_SUBDIVISION_WORDS = frozenset({"state", "province", "region", "county", "territory", "prefecture", "oblast"})


def subdivision(entity: Entity) -> bool:
    """A place below a country, whose government is its own: "Ontario", "Kano State"."""
    return (
        entity.type == "Location"
        or entity.name.rsplit(" ", 1)[-1].lower() in _SUBDIVISION_WORDS
        or entity.type != "Country"
        and bool(subdivision_types(entity.name))
    )


def _region(modifier: Token, named: Entity | None) -> bool:
    """A people's adjective that is not a country's before "government": "Scottish", "Catalan",
    "Welsh" (a party, a person or a country before it say whose government, not where)."""
    return (
        modifier.dep_ in ("amod", "compound")
        and modifier.is_title
        and (not modifier.is_sent_start or modifier.ent_type_ == "NORP")  # "Scottish government clash"
        and (named is None and modifier.pos_ == "ADJ" or named is not None and named.type == "Group")
        and country_name(modifier.text, demonyms=True) is None
    )


def _possessor_country(token: Token, owner: dict[int, Entity], homes: dict[str, Entity]) -> Entity | None:
    """ "New Zealand Prime Minister Jacinda Ardern said her government would …" → New Zealand: "his"
    or "her" government, "Mr Sudani's government", is the one the possessor serves, when a title tied
    that person to a country."""
    person = possessor(token, owner)
    return None if person is None else homes.get(person.id)


def _named_government(token: Token, owner: dict[int, Entity]) -> Entity | None:
    """ "the regional government" → the Kurdistan Regional Government: the one government the article
    names whose name ends in the words of the description (not "the federal government", a country's)."""
    doc = token.doc
    k = token.i - 1
    while k >= 0 and doc[k].pos_ == "ADJ" and doc[k].is_lower and doc[k].lower_ not in _NATIONAL:
        k -= 1  # the words, not the parse: "a claim the regional government rejects" is often misread
    words = [t.lower_ for t in doc[k + 1 : token.i]]
    if not words or k < 0 or doc[k].lower_ != "the":
        return None
    ending = " ".join([*words, token.lower_])
    found = {e.id: e for e in owner.values() if e.type == "Organization" and e.name.lower().endswith(" " + ending)}
    return next(iter(found.values())) if len(found) == 1 else None
