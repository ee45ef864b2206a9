"""spaCy named entities → typed mentions with clean names (titles, articles and possessives dropped)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from kg.countries import country_name

_LABELS = {
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "Location",
    "LOC": "Location",
    "FAC": "Location",
    "NORP": "Group",
    "EVENT": "Event",
}

# Words that name a role, not a person: "NATO Chief Mark Rutte", "US President Donald Trump".
TITLES = frozenset(
    """president vice prime minister secretary general chief head leader chairman chairwoman chair
    chancellor king queen prince princess sen senator rep representative gov governor mayor judge
    ambassador envoy spokesman spokeswoman spokesperson director ceo cfo founder commander general
    gen col colonel lt sergeant admiral mr mrs ms dr prof professor sir lord lady dame pope
    foreign defence defense finance interior deputy acting former""".split()
)

_POSSESSIVE = {"'s", "’s", "'", "’"}
# A name has a letter and none of the characters of keyboard shortcuts, handles or URLs.
_NOT_A_NAME = re.compile(r"[+@#/\\|=<>{}\[\]_~^*]")


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity mention: token span [start, end) in the doc, its clean name and type."""

    start: int
    end: int
    name: str
    type: str


def entity_mentions(doc: Doc) -> list[Mention]:
    """The named-entity mentions of `doc` that can be actors, in document order."""
    mentions = []
    for ent in doc.ents:
        mention = _mention(ent)
        if mention is not None:
            mentions.append(mention)
    return mentions


def _mention(ent: Span) -> Mention | None:
    entity_type = _LABELS.get(ent.label_)
    if entity_type is None:
        return None
    tokens = list(ent)
    for i, token in enumerate(tokens):
        if token.text in _POSSESSIVE and i > 0:
            tokens = tokens[:i]  # "Trump’s Efforts" names Trump
            break
    while tokens and (tokens[0].lower_ in ("the", "a", "an") or tokens[0].lower_ in TITLES and len(tokens) > 1):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].text in _POSSESSIVE):
        tokens = tokens[:-1]
    if not tokens:
        return None
    doc = ent.doc
    name = doc.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
    if not any(c.isalpha() for c in name) or _NOT_A_NAME.search(name) or "\n" in name:
        return None
    if entity_type in ("Location", "Group"):
        country = country_name(name, demonyms=entity_type == "Group")
        if country is not None:
            name, entity_type = country, "Country"
    return Mention(tokens[0].i, tokens[-1].i + 1, name, entity_type)
