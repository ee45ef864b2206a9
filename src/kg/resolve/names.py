"""What a name says about its bearer: a person's titles and name words, a group of an organisation's
members ("Labour MPs"), a country's government ("British government"). Pure string work."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.keys import key_words

# Titles that are part of who someone is: "Baroness Kennedy" is not "Charles Kennedy", "Prince
# Charles" is not "Ray Charles". A short form carrying one joins only a full name seen with it.
IDENTITY_TITLES = frozenset(
    (
        "lord lady baroness baron viscount viscountess earl countess duke duchess marquess marchioness king queen "
        "prince princess pope sheikh emir sultan cardinal archbishop bishop"
    ).split()
)
_MALE = frozenset({"mr", "sir", "lord", "baron", "viscount", "earl", "duke", "marquess", "king", "prince"})
_FEMALE = frozenset("mrs ms miss lady dame baroness viscountess countess duchess marchioness queen princess".split())

# Plural nouns for the members of an organisation: "Labour MPs", "Tory backbenchers".
GROUP_NOUNS = frozenset(
    """mps meps backbenchers frontbenchers ministers members officials leaders supporters
    activists peers rebels councillors candidates delegates sources spokesmen spokeswomen grandees loyalists
    critics colleagues diplomats negotiators lawyers executives shareholders staff workers troops soldiers
    voters campaigners politicians senators congressmen lawmakers legislators deputies representatives
    whips modernisers modernizers donors officers bosses chiefs""".split()
)

_GOVERNMENT = re.compile(
    r"^(?:(?P<before>.+?)\s+government|government\s+of\s+(?:the\s+)?(?P<after>.+))$", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class PersonName:
    """A personal name split for matching: leading titles and the name words (case-folded)."""

    titles: frozenset[str]
    words: tuple[str, ...]

    @property
    def is_full(self) -> bool:
        """A given name and a surname ("Tony Blair"), not a surname alone or a title and a surname."""
        return len(self.words) > 1

    @property
    def gender(self) -> str | None:
        male, female = bool(self.titles & _MALE), bool(self.titles & _FEMALE)
        return "m" if male and not female else "f" if female and not male else None


@cache
def person_name(name: str) -> PersonName:
    """Split `name` into its leading titles (nameparser's list of titles) and the words after them.

    >>> person_name("Baroness Kennedy")
    PersonName(titles=frozenset({'baroness'}), words=('kennedy',))
    >>> person_name("Charles Kennedy").is_full
    True
    """
    from nameparser.config import CONSTANTS

    words = key_words(name)
    titles = set()
    while len(words) > 1 and words[0] in CONSTANTS.titles:
        titles.add(words[0])
        words = words[1:]
    return PersonName(frozenset(titles), words)


def titles_agree(short: PersonName, full_titles: frozenset[str]) -> bool:
    """May a short form written with `short.titles` name someone seen with `full_titles`?

    A peerage, royal or church title must have been seen on the full name too, and a title
    of one sex never joins a name seen with a title of the other.
    """
    if not short.titles & IDENTITY_TITLES <= full_titles:
        return False
    other = PersonName(full_titles, ()).gender
    return short.gender is None or other is None or short.gender == other


def group_parts(name: str) -> tuple[str, str] | None:
    """("Labour", "MPs") for a group named by its organisation and a plural member noun, else None.

    >>> group_parts("Tory backbenchers"), group_parts("Labour Party")
    (('Tory', 'backbenchers'), None)
    """
    parts = name.split()
    if len(parts) < 2 or parts[-1].casefold().strip(".,") not in GROUP_NOUNS:
        return None
    return " ".join(parts[:-1]), parts[-1]


def government_of(name: str) -> str | None:
    """The country a government name refers to ("British government" → "United Kingdom"), or None.

    >>> government_of("British government"), government_of("Government of Iraq"), government_of("Labour")
    ('United Kingdom', 'Iraq', None)
    """
    from kg.countries import country_name

    match = _GOVERNMENT.match(name.strip())
    if match is None:
        return None
    place = (match.group("before") or match.group("after") or "").strip()
    if place.casefold() in ("hm", "her majesty's", "his majesty's", "her majesty’s", "his majesty’s"):
        return "United Kingdom"
    try:
        return country_name(place, demonyms=True)
    except (AttributeError, LookupError):  # a code pycountry does not know: no country named
        return None
