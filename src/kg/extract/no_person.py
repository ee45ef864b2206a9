"""Person names that stand for no one a pronoun may mean: a name inside the title of a body's
programme ("the BBC's Breakfast with Frost") and a name no person bears ("BBC1")."""

from __future__ import annotations

from spacy.tokens import Token

from kg.model import Entity


def in_programme_title(root: Token, by_token: dict[int, Entity]) -> bool:
    """True for a name inside the title of a body's programme or paper: "the BBC's Breakfast with
    Frost", "Channel 4's Dinner with Portillo" (a title is a proper noun owned by a body, just
    before the preposition, however the parser attached the preposition)."""
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.i == 0:
        return False
    title = root.doc[prep.i - 1]
    if title.pos_ != "PROPN":
        return False
    owner = next((c for c in title.children if c.dep_ == "poss"), None)
    if owner is None:
        return False
    found = by_token.get(owner.i)
    # an acronym ("BBC1", "ITV") names a body, whatever type the tagger gave it
    return found is not None and (found.type != "Person" or owner.text.isupper() or not owner.is_alpha)


def no_person_name(name: str) -> bool:
    """True for a name no person bears, whatever the tagger made of it: "BBC1", "ITV"."""
    return any(map(str.isdigit, name)) or name.isupper() and len(name) > 1 and name.isalpha()
