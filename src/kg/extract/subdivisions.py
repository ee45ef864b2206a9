"""A country's parts named by their kind: "the province" is Alberta, "the southern state" Tamil Nadu,
when the article has named exactly one province or state before (ISO 3166-2 through pycountry says
which places are which).

Named mentions and their entities in → for "the state" or "the province", the one place it stands for.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from kg.countries import subdivision_types
from kg.extract.mentions import Mention
from kg.model import Entity

#: Nouns for a country's part, with the ISO 3166-2 subdivision types each may stand for.
SUBDIVISION_NOUNS: dict[str, frozenset[str]] = {
    "state": frozenset({"state"}),
    "province": frozenset({"province"}),
}
#: Adjectives that place a part in its country without making it another one ("the southern state").
_COMPASS = frozenset(
    """northern southern eastern western north-eastern north-western south-eastern south-western
    northeastern northwestern southeastern southwestern central""".split()
)


def the_subdivision(token: Token, mentions: Sequence[Mention], entities: Sequence[Entity]) -> Entity | None:
    """ "the province", "this state", "the southern state" → the one province or state the article
    named before; None when it named none or several, and for "the state broadcaster", "the state of
    the economy", "a state"."""
    kinds = SUBDIVISION_NOUNS.get(token.lower_)
    if kinds is None or token.dep_ in ("compound", "amod") or not token.is_lower:
        return None
    lefts = list(token.lefts)
    if (
        not lefts
        or lefts[0].lower_ not in ("the", "this")
        or any(t.dep_ not in ("det", "amod") or t.dep_ == "amod" and t.lower_ not in _COMPASS for t in lefts)
    ):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.rights):
        return None
    found: dict[str, Entity] = {}
    times: dict[str, int] = {}
    for m, e in zip(mentions, entities):  # of any type: the tagger reads some states as people ("Tamil Nadu")
        if m.start < token.i and e.type != "Country" and subdivision_types(e.name) & kinds:
            found[e.id] = e
            times[e.id] = times.get(e.id, 0) + 1
    if len(found) == 1:
        return next(iter(found.values()))
    # several: the one the article is about, named more often than all the others together ("Alberta will
    # challenge … Saskatchewan's premier … The province's justice minister")
    first = next(iter(found), None)
    if first is not None and 2 * times[first] > sum(times.values()) and times[first] >= 3:
        return found[first]
    return None
