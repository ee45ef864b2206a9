"""Definite common nouns that stand for one named actor of the article: "the executive" for the
Scottish Executive, "the commission" for the European Commission (the one organization whose name
has that head noun), and a sovereign's title alone ("the Queen", "the Pope").

Mentions and their entities in → for a noun token, the entity it stands for, or None.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from kg.extract.mentions import Mention
from kg.model import Entity
from kg.resolve import canonical_key

#: Titles that name one person when written alone with a capital: "the Queen invited Mr Wilson".
SOVEREIGNS = frozenset({"queen", "king", "pope", "emperor", "empress"})
#: Head nouns too common in organization names to point to one of them.
_TOO_COMMON = frozenset({"party", "group", "government", "people", "news", "times", "post", "office"})


class NameHeads:
    """The organizations an article names with a name of two or more words, by their head noun
    ("Scottish Executive" → executive, "Ministry of Defence" → ministry)."""

    def __init__(self, mentions: Sequence[Mention], entities: Sequence[Entity]) -> None:
        self.by_head: dict[str, dict[str, Entity]] = {}
        for entity in entities:
            if entity.type != "Organization":
                continue
            words = entity.name.split()
            if len(words) < 2:
                continue
            head = words[0] if "of" in words[1:-1] else words[-1]
            if head.isalpha() and head[0].isupper() and head.lower() not in _TOO_COMMON:
                self.by_head.setdefault(head.lower(), {})[entity.id] = entity

    def entity_for(self, token: Token) -> Entity | None:
        """The one organization whose name's head is this noun, when the noun stands alone after
        "the": "working with the executive"; not "the executive director", "a commission"."""
        named = self.by_head.get(token.lower_)
        if not named or len(named) != 1 or not token.is_lower or token.tag_ != "NN":
            return None
        if token.dep_ == "compound" or not _bare_definite(token):
            return None
        [entity] = named.values()
        return entity

    def institution_for(self, token: Token) -> Entity | None:
        """The one force the article names for an institution's noun, with "the" or none: "contacted
        police" and the headline's "Police probe …" are the South Wales Police it names."""
        named = self.by_head.get(token.lower_)
        if not named or len(named) != 1 or token.dep_ == "compound":
            return None
        if not (token.is_lower or token.is_sent_start and token.is_title):
            return None
        lefts = list(token.lefts)
        if lefts and not _bare_definite(token):
            return None
        [entity] = named.values()
        return entity


def sovereign(token: Token) -> Entity | None:
    """ "the Queen", "the Pope": a title written with a capital, alone after "the", names the one
    person who holds it; not "the Queen's Lancashire Regiment", "the Queen Mother"."""
    if token.lower_ not in SOVEREIGNS or not token.is_title or token.is_sent_start or not _bare_definite(token):
        return None
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    if following is not None and (following.is_title or following.lower_ in ("'s", "’s", "of")):
        return None  # "the Queen Mother", "the Queen's Regiment", "the King of Spain": a longer name
    if token.dep_ in ("compound", "poss"):
        return None
    name = f"The {token.text}"
    return Entity(canonical_key(name), name, "Person")


def _bare_definite(token: Token) -> bool:
    """ "the executive": "the" and no other word before the noun."""
    lefts = list(token.lefts)
    return len(lefts) == 1 and lefts[0].lower_ == "the" and lefts[0].dep_ == "det"
