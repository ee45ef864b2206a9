"""Roles from titles before a name: "NATO Chief Mark Rutte" → Mark Rutte is NATO's chief.

The title is not part of the name (see `mentions`); it becomes an affiliation that
resolves "we" in the person's quotes, and a `lead` relation when the title is a leader's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kg.extract.mentions import TITLES, Mention
from kg.model import Entity

# Titles of whoever leads the organization or country named before them.
LEADER_TITLES = frozenset(
    """president chief head leader chairman chairwoman chair chancellor king queen ceo
    premier general secretary director commander""".split()
)
_LEADER_PHRASES = frozenset({"secretary general", "prime minister", "chief executive", "chief executive officer",
                             "managing director", "director general", "head of state", "supreme leader"})
#: At most this many words between an organization and a name make a title.
_TITLE_WORDS = 5
_AFFILIATED_TYPES = frozenset({"Organization", "Country", "Group"})
_LINKS = frozenset({"'s", "’s", "-"})


@dataclass(frozen=True, slots=True)
class Role:
    person: Entity
    organization: Entity
    title: str
    start: int  # token span of "ORG title... Name"
    end: int

    @property
    def leads(self) -> bool:
        """A leader's title names no department and no past: "Chief", "Prime Minister" —
        not "foreign policy chief", "former president" or "deputy head"."""
        title = " ".join(self.title.lower().replace("-", " ").split())
        return title in LEADER_TITLES or title in _LEADER_PHRASES


def title_roles(doc: Doc, mentions: Sequence[Mention], entities: Sequence[Entity]) -> list[Role]:
    """Roles written as "<organization> <title> <person>" ("US President Donald Trump")."""
    owner_of_end = {m.end: (m, e) for m, e in zip(mentions, entities)}
    roles = []
    for mention, person in zip(mentions, entities):
        if person.type != "Person":
            continue
        i = mention.start - 1
        while i >= 0 and mention.start - i <= _TITLE_WORDS and _title_word(doc[i]):
            i -= 1
        title = doc[i + 1 : mention.start]
        if len(title) and title[-1].lower_ not in TITLES:
            continue  # "EU climate policy Josep Borrell" names no role
        while i >= 0 and doc[i].text in _LINKS:
            i -= 1
        found = owner_of_end.get(i + 1)
        if found is None or not len(title):
            continue
        org_mention, organization = found
        if organization.type in _AFFILIATED_TYPES and organization.id != person.id:
            roles.append(Role(person, organization, title.text, org_mention.start, mention.end))
    return roles


def _title_word(token: Token) -> bool:
    """A word of a title: a known title word, or a lower-case modifier of one ("foreign policy chief")."""
    if token.lower_ in TITLES:
        return True
    return token.is_lower and token.is_alpha and token.dep_ in ("compound", "amod")
