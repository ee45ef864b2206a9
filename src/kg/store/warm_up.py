"""A warm-up for a Neo4j server that has just started: the loader's queries, planned once.

Consumes a driver; sends every query `kg.store.neo4j.load_relations` sends, on a few
made-up articles, in one transaction that is rolled back, so that a user's first load
finds their plans cached. Leaves kg's constraints and indexes behind, and no data.
"""

from __future__ import annotations

import time
from typing import Any

from kg.model import ArticleMeta, Entity, Evidence, Relation, TimeRef
from kg.resolve import shipped_aliases
from kg.store.neo4j import PendingBatch, _write_batch, apply_constraints
from kg.store.rows import group_by_article

#: Prefix of the made-up article ids: nothing the warm-up writes is ever committed.
ARTICLE_PREFIX = "kg-warm-up-"


def _person(name: str, *aliases: str) -> Entity:
    return Entity(name.lower().replace(" ", "-"), name, "Person", aliases)


# Made-up actors: full names and short forms (resolution's tail lookup, and a stored short
# form that a later full name takes in), a country of the alias table (a pinned name), an
# organisation and a group (types whose tails are never looked up).
_VERHOEVEN = _person("Alma Verhoeven", "Verhoeven")
_SHORT_VERHOEVEN = _person("Verhoeven")
_OKAFOR = _person("Daniel Okafor")
_LINDQVIST = _person("Eva Lindqvist")
_SHORT_LINDQVIST = _person("Lindqvist")
_NORWAY = Entity("norway", "Norway", "Country")
_COUNCIL = Entity("northwind-council", "Northwind Council", "Organization", ("the Council",))
_FARMERS = Entity("northwind-farmers", "Northwind farmers", "Group")


def _relation(article: str, number: int, subject: Entity, predicate: str, obj: Entity, **qualifiers: Any) -> Relation:
    sentence = f"Sentence {number} of a made-up article, where {subject.name} {predicate}s {obj.name}."
    meta = ArticleMeta(
        ARTICLE_PREFIX + article,
        title=f"Warm-up {article}",
        url=f"https://example.org/{article}",
        published="2025-03-04",
        source="warm-up",
    )
    return Relation(
        subject,
        predicate,
        obj,
        Evidence(meta.id, sentence, 100 * number, 100 * number + len(sentence), "warm_up"),
        meta,
        relation_text=predicate,
        **qualifiers,
    )


def warm_up_rounds() -> list[list[Relation]]:
    """The loads the warm-up makes, one after the other, each seeing the ones before.

    A first load into an empty database; the same again (every article unchanged); a
    re-extracted article (statements kept, added and removed; aggregate edges and
    entities recomputed); a full name that takes in a stored short form (the stored
    article re-pointed). Negated, conditional, attributed and dated relations among them.
    """
    first = [
        _relation("a", 1, _VERHOEVEN, "meet", _OKAFOR, time=TimeRef("on Tuesday", "2025-03-04")),
        _relation("a", 2, _VERHOEVEN, "lead", _COUNCIL, confidence=0.8),
        _relation("a", 3, _OKAFOR, "visit", _NORWAY),
        _relation("b", 1, _SHORT_VERHOEVEN, "criticize", _FARMERS, attributed_to="Daniel Okafor"),
        _relation("b", 2, _FARMERS, "pressure", _COUNCIL, modality="conditional"),
        _relation("b", 3, _SHORT_LINDQVIST, "praise", _FARMERS),
    ]
    changed = [first[0], _relation("a", 4, _OKAFOR, "support", _COUNCIL, negated=True), first[2]]
    later = [
        _relation("c", 1, _LINDQVIST, "visit", _NORWAY),
        _relation("c", 2, _SHORT_VERHOEVEN, "meet", _LINDQVIST),
    ]
    return [first, first, changed, later]


def warm_up(driver: Any, database: str = "neo4j") -> int:
    """Plan the loader's queries on the server, and leave no data; returns the loads made.

    Creates kg's constraints and indexes first (as every load does: a schema change would
    discard the plans), then runs the loads of `warm_up_rounds` in one transaction, which
    is rolled back: the database holds what it held before, with the plans cached.
    Raises the driver's errors.
    """
    apply_constraints(driver, database)
    table = shipped_aliases()
    rounds = warm_up_rounds()
    with driver.session(database=database) as session:
        tx = session.begin_transaction()
        try:
            for relations in rounds:
                _write_batch(tx, PendingBatch(group_by_article(relations), table))
        finally:
            tx.rollback()
    return len(rounds)


def main() -> int:
    """`python -m kg.store.warm_up`: warm up the server of NEO4J_URI (NEO4J_USER, NEO4J_PASSWORD,
    NEO4J_DATABASE); one line on stderr; exit status 1 if the server cannot be reached."""
    import sys

    from kg.errors import KGError
    from kg.store.neo4j import Neo4jSettings, connect, safe_uri

    settings = Neo4jSettings.from_env()
    started = time.monotonic()
    try:
        with connect(settings) as driver:
            loads = warm_up(driver, settings.database)
    except KGError as error:
        print(f"kg: warm-up: {error}", file=sys.stderr)
        return 1
    print(
        f"kg: warmed up {safe_uri(settings.uri)} ({loads} loads, rolled back) in {time.monotonic() - started:.1f} s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
