"""Common nouns for groups, staff and institutions that act as one: "Labour MPs", "Tory backbenchers",
"Citigroup traders", "the police", "the prosecutor", "the Executive", "the Queen". A head noun in →
a `Description` of the actor it stands for, or None."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.body_people import staff_of
from kg.extract.description_record import Description, phrase_start
from kg.extract.head_nouns import NameHeads, sovereign
from kg.model import Entity
from kg.resolve import canonical_key

#: Singular nouns for an institution acting as one ("the police said").
INSTITUTION_NOUNS = frozenset(
    {"police", "military", "army", "navy", "cabinet", "parliament", "judiciary", "prosecutor"}
)
DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "this", "that", "these", "those"})
#: Words that count members rather than name a group ("fewer MPs", "more peers").
_COUNTING = frozenset({"fewer", "more", "less", "many", "few", "most"})
#: Nouns that say no more of a group than that it belongs to the body: "members of the National Assembly"
#: are the group "National Assembly members", whose name already ties it to the Assembly (no member_of).
_MEMBERSHIP = frozenset({"members", "member"})


def group_of(token: Token, owner: dict[int, Entity]) -> Description | None:
    """ "MPs", "Labour MPs", "Tory backbenchers", "hereditary peers": a group, a member of the
    organization that modifies it."""
    organization = None
    words: list[Token] = []
    for child in token.lefts:
        if child.lower_ in _COUNTING:
            return None  # "had fewer MPs": a number of seats, not a group that acts
        if child.dep_ in ("det", "poss", "predet", "nummod", "quantmod") or child.lower_ in DETERMINERS:
            continue
        if child.lower_ == "own":
            continue  # "her own backbenchers" are backbenchers
        if child.dep_ in ("compound", "amod", "nmod"):
            if child.i in owner and owner[child.i].type in ("Organization", "Group") and child.pos_ != "ADJ":
                organization = owner[child.i]  # "Labour MPs"; not "European officials"
            words.extend(t for t in child.subtree)
    words.append(token)
    name = " ".join(t.text for t in sorted(words, key=lambda t: t.i) if t.is_alpha or t.text == "-")
    name = name.replace(" - ", "-")
    entity = Entity(canonical_key(name), name, "Group")
    return Description(
        min(t.i for t in words), token.i + 1, token.i, entity, "group noun", new=True, member_of=organization
    )


def staff_group(token: Token, owner: dict[int, Entity]) -> Description | None:
    """ "Citigroup traders", "staff at the BBC" → a group, members of the body (see `staff_of`)."""
    found = staff_of(token, owner)
    if found is None:
        return None
    group, body, stated = found
    return Description(
        phrase_start(token),
        token.i + 1,
        token.i,
        group,
        "staff of a named body",
        new=True,
        member_of=body if stated and token.lower_ not in _MEMBERSHIP else None,
    )


def institution(token: Token, owner: dict[int, Entity]) -> Description | None:
    """ "the police", "the British military": the institution itself."""
    words = [c for c in token.lefts if c.dep_ in ("amod", "compound") and (c.i in owner or c.is_title)]
    name = " ".join(
        [*(owner[c.i].name if c.i in owner and owner[c.i].type == "Country" else c.text for c in words), token.lower_]
    )
    entity = Entity(canonical_key(name), name, "Organization")
    return Description(phrase_start(token), token.i + 1, token.i, entity, "institution noun", new=True)


def institution_again(token: Token, found: list[Description]) -> Description | None:
    """ "referred the case to the prosecutor … prosecutors cannot pursue Citigroup itself": plain
    "prosecutors" are the office the article called "the prosecutor" before, not a group of their own."""
    if token.lemma_.lower() not in INSTITUTION_NOUNS or any(c.dep_ != "det" for c in token.lefts):
        return None
    for earlier in found:
        if earlier.rule == "institution noun" and token.doc[earlier.head].lower_ == token.lemma_.lower():
            return Description(token.i, token.i + 1, token.i, earlier.entity, "institution named before")
    return None


def named_by_head(token: Token, heads: NameHeads) -> Description | None:
    """ "the executive" → Scottish Executive; "the Queen" → the Queen."""
    entity = heads.entity_for(token)
    if entity is not None:
        return Description(token.i - 1, token.i + 1, token.i, entity, "head noun of a name in the article")
    entity = sovereign(token)
    if entity is not None:
        return Description(token.i - 1, token.i + 1, token.i, entity, "sovereign's title", new=True)
    return None
