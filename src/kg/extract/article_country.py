"""The country an article is about, for "the government": the country it names most often as a
noun, counting the national institutions it names (schemas/institutions.csv, and the places of
schemas/metonyms.csv that stand for a government) as mentions of their country."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import cache, lru_cache

from spacy.tokens import Doc

from kg.countries import country_name, metonyms
from kg.extract.doc_words import span_root
from kg.extract.mentions import Mention
from kg.model import Entity
from kg.resolve import canonical_key

_GOVERNMENT = " Government"


def article_country(doc: Doc, mentions: Sequence[Mention], entities: Sequence[Entity]) -> Entity | None:
    """The country an article is about: the one it names most often as a noun or through its
    institutions (the first of equals); "Chinese investors" says who the investors are, not where
    the story is. A mention in the headline or lead counts three times."""
    counts: Counter[str] = Counter()
    first: dict[str, Entity] = {}
    opening = _opening_end(doc)
    for mention, entity in zip(mentions, entities):
        if entity.type == "Country":
            if _adjectival(doc, mention):
                continue
            country = entity
        else:
            home = institution_country(entity.name) or institution_country(mention.name)
            if home is None:
                continue
            country = Entity(canonical_key(home), home, "Country")
        counts[country.id] += 3 if mention.start < opening else 1  # the headline and lead say what it is about
        first.setdefault(country.id, country)
    if not counts:
        return None
    top = max(counts.values())
    return next(first[k] for k in counts if counts[k] == top)


@lru_cache(maxsize=8192)  # the same few names in every article
def institution_country(name: str) -> str | None:
    """The country of a national institution: "House of Lords" → United Kingdom, "Whitehall" (which
    stands for the UK Government) → United Kingdom; None for any other name.

    >>> institution_country("Downing Street"), institution_country("Kremlin"), institution_country("Brussels")
    ('United Kingdom', 'Russia', None)
    >>> institution_country("Supreme Court of India"), institution_country("Bank of the Thames")
    ('India', None)
    """
    known = _institutions().get(_fold(name))
    if known is not None or " of " not in name:
        return known
    # a body named "<body> of <country>" is that country's: "Supreme Court of India", "Central Bank of Nigeria"
    body, _, place = name.rpartition(" of ")
    place = place.removeprefix("the ")
    return country_name(place) if body and place[:1].isupper() else None


@cache
def _institutions() -> dict[str, str]:
    import csv
    from importlib import resources

    text = resources.files("kg.schemas").joinpath("institutions.csv").read_text("utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if line and not line.startswith("#"))
    table = {_fold(row["institution"]): row["country"] for row in rows}
    for place, (actor, _) in metonyms().items():  # the places are folded already
        if actor.endswith(_GOVERNMENT):
            country = country_name(actor.removesuffix(_GOVERNMENT))
            if country is not None:
                table.setdefault(place, country)
                table.setdefault(_fold(actor), country)
    return table


@lru_cache(maxsize=1 << 14)  # asked again for every mention of the same name
def _fold(text: str) -> str:
    """Case and accents folded, as the metonym table's places are: "Élysée" and "elysee" alike."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _opening_end(doc: Doc) -> int:
    """The token where the article's first two sentences (a headline and its lead) end."""
    for k, sentence in enumerate(doc.sents):
        if k == 1:
            return sentence.end
    return len(doc)


def _adjectival(doc: Doc, mention: Mention) -> bool:
    """A demonym used as an adjective, "Chinese" in "Chinese investors", or a country's name before a
    business: "a Hong Kong investment fund" says where the fund is from, not where the story is."""
    root = span_root(doc, mention.start, mention.end)
    if root.dep_ == "compound" and root.head.lemma_.lower() in _FOREIGN_BUSINESS:
        return True  # but "UK troops", "UK ministers" are the country's own
    return root.pos_ == "ADJ" or root.dep_ == "amod"


#: Nouns for private businesses and their backers, which a country's name before them places abroad.
_FOREIGN_BUSINESS = frozenset(
    """fund investor company firm group bank conglomerate business businessman tycoon buyer bidder
    lender insurer carrier airline miner maker manufacturer""".split()
)
