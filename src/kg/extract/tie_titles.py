"""Titles that, owned by someone, name a tie rather than a post: "Nissan, Renault's former partner"
is Renault's partner in business, not its staff (a partner at a law firm is one, "a partner at Freshfields")."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.role_holders import Role

#: Titles that are posts after "at" or before a name, but ties after an owner's possessive.
_TIE_TITLES = frozenset({"partner", "partners"})


def owned_tie(doc: Doc, role: Role) -> bool:
    """True for a staff role read from a tie noun with a possessive owner: "Renault's former partner"."""
    if role.predicate != "works_for" or not _TIE_TITLES.intersection(role.title.lower().split()[-1:]):
        return False
    return any(
        t.lower_ in _TIE_TITLES and any(c.dep_ == "poss" for c in t.children) for t in doc[role.start : role.end]
    )
