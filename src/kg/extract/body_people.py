"""People of a named body: its unnamed spokesperson, who speaks as the body ("a UKIP spokesman
said"), and its staff as a group ("Citigroup traders", "staff at the BBC").

A noun token and the tokens' named entities in → the body, or the group and its body.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.grammar import preposition_object
from kg.model import Entity
from kg.resolve import canonical_key

#: Plural nouns for the people who work for or belong to a body; a group only with the body named
#: ("Citigroup traders", "members of UKIP"); "traders" alone are anyone's.
STAFF_NOUNS = frozenset(
    """staff workers employees traders bankers executives engineers journalists reporters lawyers managers
    directors activists members researchers scientists pilots""".split()
)
#: Prepositions that join staff to their body: "traders at Citigroup", "members of UKIP".
_OF_BODY = frozenset({"at", "of", "from"})


#: Nouns for a body's unnamed voice: "a UKIP spokesman said", "the spokeswoman said".
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def spokesperson_body(token: Token, owner: dict[int, Entity], voices: list[Entity]) -> Entity | None:
    """An unnamed spokesperson speaks as the body: "a BaFin spokeswoman said" and, later, "the
    spokeswoman said" are BaFin (so the "we" of the quote is BaFin); not "Tony Blair's spokesman",
    and only when one body had an unnamed spokesperson before."""
    if token.lower_ not in SPOKESPEOPLE or any(c.dep_ == "appos" for c in token.children):
        return None
    body = None
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            child = next((c for c in child.children if c.dep_ == "pobj"), child)
        elif child.dep_ not in ("compound", "nmod", "poss"):
            continue
        found = owner.get(child.i)
        if found is not None and found.type == "Organization":
            body = found
    if body is None and _bare_the(token) and len({e.id for e in voices}) == 1:
        body = voices[-1]  # "the spokeswoman said"
    if body is not None:
        voices.append(body)
    return body


def staff_of(token: Token, owner: dict[int, Entity]) -> tuple[Entity, Entity, bool] | None:
    """The group "Citigroup traders", Citigroup, and whether the sentence says where they work (not
    only who they are): "traders at US banking giant Citigroup" does, "Citigroup traders" names them;
    None when no organization is named with them."""
    body, stated = None, False
    for child in token.children:
        if child.dep_ in ("compound", "amod", "nmod") and child.i in owner:
            body = owner[child.i]
        elif child.dep_ == "prep" and child.lower_ in _OF_BODY:
            pobj = preposition_object(child)
            if pobj is not None and pobj.i in owner:
                body, stated = owner[pobj.i], True
    if body is None or body.type != "Organization":
        return None
    name = f"{body.name} {token.lower_}"
    return Entity(canonical_key(name), name, "Group"), body, stated


def _bare_the(token: Token) -> bool:
    """ "the spokeswoman": "the" and no other word before the noun."""
    lefts = list(token.lefts)
    return len(lefts) == 1 and lefts[0].lower_ == "the" and lefts[0].dep_ == "det"
