"""Monarchs named with their country: "King Abdullah of Jordan" leads Jordan, "ex-King Michael of
Romania" led it (ended). Mentions and their entities in → `Role`s out."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc

from kg.extract.doc_words import word_positions
from kg.extract.mentions import Mention
from kg.extract.role_holders import Role
from kg.extract.titles import ENDED
from kg.model import Entity

#: Titles of a reigning monarch. Not "queen" nor "empress", which name a king's wife as often ("Queen
#: Rania of Jordan"), nor "prince", an heir.
MONARCHS = frozenset({"king", "emperor", "sultan", "emir", "shah", "tsar", "czar"})


def monarch_roles(doc: Doc, mentions: Sequence[Mention], entities: Sequence[Entity]) -> Iterator[Role]:
    """ "<Monarch title> <Name> of <Country>": the title right before the name, "of" and the country
    right after it; "former", "late" or "ex-" before the title says the reign has ended."""
    if not word_positions(doc, MONARCHS):
        return  # no monarch's title in the article (most articles)
    by_start = {m.start: (m, e) for m, e in zip(mentions, entities)}
    for mention, person in zip(mentions, entities):
        if person.type != "Person" or mention.start == 0 or mention.end + 1 >= len(doc):
            continue
        title = doc[mention.start - 1]
        if title.lower_ not in MONARCHS or not title.is_title or doc[mention.end].lower_ != "of":
            continue
        found = by_start.get(mention.end + 1)
        if found is None or found[1].type != "Country":
            continue
        country_mention, country = found
        before = doc[title.i - 1].lower_ if title.i > 0 else ""
        hyphened = title.i > 1 and before == "-" and doc[title.i - 2].lower_ == "ex"
        ended = before in ENDED or hyphened
        start = title.i - 2 if hyphened else title.i - 1 if before in ENDED else title.i
        yield Role(person, country, title.lower_, "lead", start, country_mention.end, ended)
