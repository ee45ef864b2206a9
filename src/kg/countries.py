"""Country names: many spellings and demonyms → one country, by pycountry (ISO 3166).

pycountry knows official names and codes; the short table below adds only the everyday
names and demonyms ISO does not list ("Russia", "UK", "the Russians").
"""

from __future__ import annotations

from functools import cache

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
_DISPLAY = {"RU": "Russia", "IR": "Iran", "SY": "Syria", "KR": "South Korea", "KP": "North Korea",
            "VE": "Venezuela", "BO": "Bolivia", "TZ": "Tanzania", "MD": "Moldova", "TW": "Taiwan",
            "VN": "Vietnam", "LA": "Laos", "GB": "United Kingdom", "US": "United States"}

# Demonyms used as actors ("the Russians", "the Americans").
_DEMONYMS = {
    "Russian": "RU", "Russians": "RU", "American": "US", "Americans": "US", "British": "GB", "Brits": "GB",
    "Ukrainian": "UA", "Ukrainians": "UA", "Chinese": "CN", "French": "FR", "Germans": "DE", "German": "DE",
    "Israeli": "IL", "Israelis": "IL", "Iranian": "IR", "Iranians": "IR", "Turkish": "TR", "Turks": "TR",
    "Japanese": "JP", "Indian": "IN", "Indians": "IN", "Syrian": "SY", "Syrians": "SY", "Polish": "PL",
    "Poles": "PL", "Italian": "IT", "Italians": "IT", "Spanish": "ES", "Canadian": "CA", "Canadians": "CA",
    "Palestinian": "PS", "Palestinians": "PS", "Saudi": "SA", "Saudis": "SA", "North Koreans": "KP",
    "South Koreans": "KR", "Belarusian": "BY", "Belarusians": "BY", "Georgians": "GE", "Hungarian": "HU",
}


def country_name(text: str, *, demonyms: bool = False) -> str | None:
    """The display name of the country `text` names, or None.

    >>> country_name("U.S."), country_name("Russia"), country_name("the Russians", demonyms=True)
    ('United States', 'Russia', 'Russia')
    """
    key = _strip(text)
    code = _index().get(key.casefold())
    if code is None and demonyms:
        code = _DEMONYMS.get(key)
    return _display(code) if code else None


def _strip(text: str) -> str:
    text = text.strip()
    if text.lower().startswith("the "):
        text = text[4:]
    return text.strip()


@cache
def _display(code: str) -> str:
    import pycountry

    if code in _DISPLAY:
        return _DISPLAY[code]
    country = pycountry.countries.get(alpha_2=code)
    name = getattr(country, "common_name", None) or country.name
    return name.split(",")[0]


@cache
def _index() -> dict[str, str]:
    import pycountry

    index: dict[str, str] = {}
    for country in pycountry.countries:
        names = (country.name, getattr(country, "common_name", None), getattr(country, "official_name", None))
        for name in names:
            if name:
                index.setdefault(name.casefold(), country.alpha_2)
                index.setdefault(name.split(",")[0].casefold(), country.alpha_2)
    index["us"] = "US"  # two-letter codes are words too ("IN", "IT"): only these two are names
    index["uk"] = "GB"
    for code, names in _EVERYDAY.items():
        for name in names:
            index[_strip(name).casefold()] = code
    return index
