"""The office of a country's leader, named by its holder's title: "informed the prime minister's
office", "the president's office said" → the Japan Prime Minister's Office, of the country the article
is about (or the one the title names: "the French president's office").

A noun token and the article's country in → the office's entity, or None.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.countries import country_name
from kg.model import Entity
from kg.resolve import canonical_key

#: A leader's title (its last word, and the word that must come before it) → the office's name.
_LEADERS = {("minister", "prime"): "Prime Minister's Office", ("president", None): "President's Office"}


def leader_office(token: Token, country: Entity | None) -> Entity | None:
    """ "the prime minister's office" → `country`'s Prime Minister's Office; not "his office", "a
    minister's office", "the office of the prime minister's wife"."""
    if token.lower_ != "office":
        return None
    for title in token.children:
        if title.dep_ != "poss" or not title.is_lower:
            continue
        words = [c for c in title.lefts if c.dep_ in ("compound", "amod")]
        before = next((c.lower_ for c in words if c.lower_ == "prime"), None)
        name = _LEADERS.get((title.lower_, before))
        if name is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in title.children):
            return None
        for word in words:
            named = country_name(word.text, demonyms=True)
            if named is not None:
                country = Entity(canonical_key(named), named, "Country")
        if country is None:
            return None
        full = f"{country.name} {name}"
        return Entity(canonical_key(full), full, "Organization")
    return None
