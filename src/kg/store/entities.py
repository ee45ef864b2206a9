"""The entities of a Neo4j database for review (`kg entities --from-neo4j`): names, counts and
the rule behind each merge, read from the MENTIONS the loader wrote."""

from __future__ import annotations

from importlib import resources
from typing import Any

from kg.resolve import AliasTable, shipped_aliases
from kg.resolve.canonical import canonical_form
from kg.resolve.duplicates import RULE_WITHIN_ARTICLE, EntityListing, NameUse


def read_entities(driver: Any, database: str = "neo4j", aliases: AliasTable | None = None) -> list[EntityListing]:
    """Every entity of the database, most mentioned first; a name merged within its article is
    given the name-only rule that explains it (the alias table, …) when one does."""
    table = shipped_aliases() if aliases is None else aliases
    query = resources.files("kg.store").joinpath("cypher", "list_entities.cypher").read_text("utf-8")
    found = []
    with driver.session(database=database, default_access_mode="READ") as session:
        for row in session.run(query):
            uses = [NameUse(n["name"], n["articles"], n["rule"]) for n in row["names"]]
            uses += [
                NameUse(a["name"], a["articles"], canonical_form(a["name"], table).rule or RULE_WITHIN_ARTICLE)
                for a in row["aliases"]
            ]
            names = sorted(uses, key=lambda u: (u.name != row["name"], -u.articles, u.name))
            found.append(
                EntityListing(
                    row["id"],
                    row["name"],
                    row["type"],
                    row["articles"],
                    row["mentions"],
                    tuple(names),
                    tuple(row["ids"]),
                )
            )
    return sorted(found, key=lambda e: (-e.mentions, -e.articles, e.name))
