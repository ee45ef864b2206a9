"""Country names: many spellings and demonyms → one country.

pycountry (ISO 3166) knows official names and codes; countryinfo adds demonyms
("Russian" → RU) and alternative spellings ("Holland", "Great Britain"). The short
tables below add only the everyday names and irregular plural demonyms that neither
lists ("Russia", "the Brits", "the Poles").
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

# Everyday names ISO 3166 does not carry, by alpha-2 code.
_EVERYDAY = {
    "RU": ("Russia",),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "England"),
    "US": ("U.S.", "U.S.A.", "USA", "America", "the States"),
    "KR": ("South Korea",),
    "KP": ("North Korea",),
    "IR": ("Iran",),
    "SY": ("Syria",),
    "VN": ("Vietnam",),
    "TW": ("Taiwan",),
    "VE": ("Venezuela",),
    "BO": ("Bolivia",),
    "TZ": ("Tanzania",),
    "MD": ("Moldova",),
    "CZ": ("Czech Republic",),
    "LA": ("Laos",),
}

# Short display names where ISO's name is formal ("Russian Federation").
_DISPLAY = {
    "RU": "Russia",
    "IR": "Iran",
    "SY": "Syria",
    "KR": "South Korea",
    "KP": "North Korea",
    "VE": "Venezuela",
    "BO": "Bolivia",
    "TZ": "Tanzania",
    "MD": "Moldova",
    "TW": "Taiwan",
    "VN": "Vietnam",
    "LA": "Laos",
    "GB": "United Kingdom",
    "US": "United States",
    "TR": "Turkey",
    "CZ": "Czech Republic",
}

# Plural demonyms that are not the adjective plus "s" (countryinfo lists the adjective only).
_IRREGULAR_DEMONYMS = {
    "Brits": "GB",
    "Poles": "PL",
    "Turks": "TR",
    "Swedes": "SE",
    "Danes": "DK",
    "Finns": "FI",
    "Scots": "GB",
    "Saudi": "SA",
    "Saudis": "SA",
    "Filipinos": "PH",
    "Kiwis": "NZ",
}


def country_name(text: str, *, demonyms: bool = False) -> str | None:
    """The display name of the country `text` names, or None.

    >>> country_name("U.S."), country_name("Russia"), country_name("the Russians", demonyms=True)
    ('United States', 'Russia', 'Russia')
    """
    key = _strip(text)
    code = _index().get(key.casefold())
    if code is None and demonyms:
        code = _demonyms().get(key)
    return _display(code) if code else None  # None also for a code ISO 3166 does not list


def _strip(text: str) -> str:
    text = text.strip()
    if text.lower().startswith("the "):
        text = text[4:]
    return text.strip()


@cache
def _display(code: str) -> str | None:
    """The display name of an alpha-2 code; None for a code ISO 3166 does not list (countryinfo
    knows some, such as Kosovo's "XK", that pycountry does not)."""
    import pycountry

    if code in _DISPLAY:
        return _DISPLAY[code]
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return None
    name = getattr(country, "common_name", None) or country.name
    return name.split(",")[0]


@cache
def _index() -> dict[str, str]:
    import pycountry

    index: dict[str, str] = {}
    for country in pycountry.countries:
        spellings = (country.name, getattr(country, "common_name", None), getattr(country, "official_name", None))
        for name in spellings:
            if name:
                index.setdefault(name.casefold(), country.alpha_2)
                index.setdefault(name.split(",")[0].casefold(), country.alpha_2)
    for spelling, code in _alternative_spellings():
        index.setdefault(spelling.casefold(), code)
    index["us"] = "US"  # two-letter codes are words too ("IN", "IT"): only these two are names
    index["uk"] = "GB"
    for code, names in _EVERYDAY.items():
        for name in names:
            index[_strip(name).casefold()] = code
    return index


def _countryinfo() -> list[Any]:
    import countryinfo  # heavy-ish data; only needed when a place or group is named

    return countryinfo.all_countries()


def _alternative_spellings() -> list[tuple[str, str]]:
    """countryinfo's other names of countries, without the codes (three letters are words too: "CAN")."""
    found = []
    for country in _countryinfo():
        code = country.iso(2)
        if not code or _display(code) is None:
            continue
        for spelling in country.alt_spellings() or ():
            if len(spelling) > 3 and not spelling.isupper():
                found.append((spelling, code))
    return found


@cache
def _demonyms() -> dict[str, str]:
    """Demonym → alpha-2 code, singular ("Russian") and plural ("Russians").

    A demonym several territories share goes to the most populous when it dwarfs the
    others ("Chinese" → China, not Macao); when it does not ("Congolese") it names none.
    """
    seen: dict[str, dict[str, int]] = {}
    for country in _countryinfo():
        demonym, code = country.demonym(), country.iso(2)
        if not demonym or not code or _display(code) is None:
            continue  # a territory ISO 3166 no longer lists ("Serbia and Montenegro") names no country
        forms = [demonym]
        if demonym[-1] in "ni":  # Russian → Russians, Israeli → Israelis; Chinese, French stay
            forms.append(demonym + "s")
        for form in forms:
            seen.setdefault(form, {})[code] = country.population() or 0
    index = {}
    for form, populations in seen.items():
        ranked = sorted(populations.items(), key=lambda item: -item[1])
        if len(ranked) == 1 or ranked[0][1] >= 10 * max(ranked[1][1], 1):
            index[form] = ranked[0][0]
    index.update(_IRREGULAR_DEMONYMS)
    return index


def capital_country(text: str) -> str | None:
    """The country whose capital `text` names, or None: "Budapest" → Hungary, "Washington" →
    United States (countryinfo's capitals). Whether the capital stands for its government in a
    sentence is the caller's to decide ("Beijing said" yes, "talks in Beijing" no).

    >>> capital_country("Budapest"), capital_country("Washington"), capital_country("Manchester")
    ('Hungary', 'United States', None)
    """
    code = _capitals().get(_fold(_strip(text)))
    return _display(code) if code else None


@lru_cache(maxsize=1 << 14)  # the same names in every article
def _fold(text: str) -> str:
    """Case and accents folded: "Brasília" and "Brasilia" alike."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _capitals() -> dict[str, str]:
    index: dict[str, str] = {}
    for country in _countryinfo():
        code = country.iso(2)
        if not code or _display(code) is None:
            continue
        try:
            capitals = country.capital()
        except (KeyError, AttributeError):
            continue
        for capital in capitals if isinstance(capitals, list) else [capitals]:
            if capital:
                index.setdefault(_fold(capital), code)
                index.setdefault(_fold(capital.split(",")[0].removesuffix(" D.C.").strip()), code)
    return index


@cache
def metonyms() -> dict[str, tuple[str, str]]:
    """Places that stand for an institution when they act (schemas/metonyms.csv): folded place name →
    (the actor's name, its type)."""
    import csv
    from importlib import resources

    text = resources.files("kg.schemas").joinpath("metonyms.csv").read_text("utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if line and not line.startswith("#"))
    return {_fold(row["place"]): (row["stands_for"], row["type"]) for row in rows}


def stands_for(text: str) -> tuple[str, str] | None:
    """The actor a place stands for when it acts, and its type: "Brussels" → the European Union,
    "Budapest" → Hungary; None for a place that stands for nobody.

    >>> stands_for("Brussels"), stands_for("the Kremlin"), stands_for("Budapest"), stands_for("Leeds")
    (('European Union', 'Organization'), ('Russia Government', 'Organization'), ('Hungary', 'Country'), None)
    """
    key = _fold(_strip(text))
    if key in metonyms():
        return metonyms()[key]
    country = capital_country(text)
    return (country, "Country") if country else None


def subdivision_types(name: str) -> frozenset[str]:
    """The ISO 3166-2 types of the country parts called `name`, lower-cased (pycountry).

    >>> sorted(subdivision_types("Alberta")), sorted(subdivision_types("Tamil Nadu")), sorted(subdivision_types("Calgary"))
    (['province'], ['state'], [])
    """
    return _subdivisions().get(_fold(name), frozenset())


@cache
def _subdivisions() -> dict[str, frozenset[str]]:
    import pycountry

    table: dict[str, set[str]] = {}
    for part in pycountry.subdivisions:
        table.setdefault(_fold(part.name), set()).add(part.type.lower())
    return {name: frozenset(kinds) for name, kinds in table.items()}


def known_place(text: str) -> bool:
    """Whether `text` names a country, a capital, a country's part or a city of 15,000 people or more
    (GeoNames, schemas/places.txt): "Frankfurt" and "Manchester" are places, "Corvana" is not.

    >>> known_place("Frankfurt"), known_place("Manchester"), known_place("Ontario"), known_place("Corvana")
    (True, True, True, False)
    """
    return _known_place(text)


@lru_cache(maxsize=1 << 14)  # asked of the same names in every article
def _known_place(text: str) -> bool:
    return (
        country_name(text) is not None
        or capital_country(text) is not None
        or bool(subdivision_types(text))
        or _fold(_strip(text)) in _cities()
    )


@cache
def _cities() -> frozenset[str]:
    """The folded city names of schemas/places.txt (GeoNames, rebuilt by `make places`)."""
    from importlib import resources

    text = resources.files("kg.schemas").joinpath("places.txt").read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))
