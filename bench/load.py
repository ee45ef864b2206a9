"""Loading into Neo4j: the batched loader against a naive one-query-per-relation loader.

Generates 100,000 synthetic relations among 20,000 entities (10 per article, a skewed
choice of actors so that some are hubs, predicates from the vocabulary), starts a
throwaway local Neo4j (scripts/neo4j-local), and in the same run loads

- the first 5,000 with a naive loader: one auto-commit query per relation that MERGEs
  the same graph (article, entities, mentions, statement, aggregate edge);
- all 100,000 with `kg.store.neo4j.load_relations`, for each batch size asked for,

each into an empty database, and prints relationships (relations) per second and the ratio.

    .venv/bin/python -m bench.load                      # defaults
    .venv/bin/python -m bench.load --batch-sizes 2000,5000,10000,20000
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from kg.model import ENTITY_TYPES, ArticleMeta, Entity, Evidence, Relation
from kg.store.neo4j import DEFAULT_BATCH_SIZE, apply_constraints, load_relations, wipe
from kg.store.rows import article_properties, statement_id, statement_properties, triple_key
from kg.vocabulary import load_vocabulary, relationship_type

ROOT = Path(__file__).resolve().parents[1]

# What a first attempt at a loader looks like: the whole graph of one relation, in one query.
NAIVE_CYPHER = """
MERGE (a:Article {id: $article}) SET a += $article_properties
MERGE (x:Entity {id: $subject.id})
  ON CREATE SET x.name = $subject.name, x.type = $subject.type, x.name_key = toLower($subject.name), x:$($subject.type)
MERGE (y:Entity {id: $object.id})
  ON CREATE SET y.name = $object.name, y.type = $object.type, y.name_key = toLower($object.name), y:$($object.type)
MERGE (a)-[mx:MENTIONS]->(x) SET mx.name = $subject.name, mx.type = $subject.type, mx.aliases = $subject.aliases
MERGE (a)-[my:MENTIONS]->(y) SET my.name = $object.name, my.type = $object.type, my.aliases = $object.aliases
MERGE (s:Statement {id: $id}) SET s += $properties, s.triple = $triple
MERGE (s)-[:SUBJECT]->(x)
MERGE (s)-[:OBJECT]->(y)
MERGE (s)-[:FROM]->(a)
WITH x, y
// MERGE (x)-[r:$($type)]->(y) would scan every relationship (see refresh_aggregates.cypher):
// the naive loader gets the same workaround, so that the comparison measures batching only.
CALL (x, y) {
  OPTIONAL MATCH (x)-[r]->(other) WHERE other = y AND type(r) = $type
  RETURN collect(r)[0] AS old
}
CALL (x, y, old) {
  WITH * WHERE old IS NULL
  CREATE (x)-[r:$($type)]->(y)
  SET r.predicate = $predicate, r.triple = $triple, r.mentions = 1
}
CALL (old) {
  WITH * WHERE old IS NOT NULL
  SET old.mentions = old.mentions + 1
}
"""


def synthetic_relations(
    count: int = 100_000, entities: int = 20_000, per_article: int = 10, seed: int = 7
) -> list[Relation]:
    """`count` relations among `entities` entities, `per_article` per article; deterministic."""
    return list(iter_synthetic_relations(count, entities, per_article, seed))


def iter_synthetic_relations(
    count: int = 100_000, entities: int = 20_000, per_article: int = 10, seed: int = 7
) -> Iterator[Relation]:
    """The relations of `synthetic_relations`, made one at a time."""
    rng = random.Random(seed)
    predicates = sorted(load_vocabulary().predicates)
    actors = [
        Entity(f"e{i:05d}", f"Actor {i}", ENTITY_TYPES[i % (len(ENTITY_TYPES) - 1)], (f"A{i}",))
        for i in range(entities)
    ]
    for n in range(count):
        article = n // per_article
        doc = f"art{article:06d}"
        meta = ArticleMeta(
            doc,
            title=f"Article {article}",
            url=f"https://news.example/{article}",
            published=f"2025-{article % 12 + 1:02d}-{article % 28 + 1:02d}",
            source="bench",
        )
        # rng.random() ** 2 favours low indices: a few hubs, a long tail
        x, y = (int(entities * rng.random() ** 2) for _ in range(2))
        if x == y:
            y = (y + 1) % entities
        offset = (n % per_article) * 100
        sentence = f"{actors[x].name} and {actors[y].name}, sentence {n}."
        yield Relation(
            actors[x],
            rng.choice(predicates),
            actors[y],
            Evidence(doc, sentence, offset, offset + len(sentence), "bench"),
            meta,
            negated=rng.random() < 0.05,
            confidence=round(rng.uniform(0.5, 1.0), 2),
        )


def naive_load(driver, relations: Sequence[Relation], database: str) -> None:
    """One auto-commit query per relation."""
    for r in relations:

        def entity(e: Entity) -> dict:
            return {"id": e.id, "name": e.name, "type": e.type, "aliases": list(e.aliases)}

        driver.execute_query(
            NAIVE_CYPHER,
            database_=database,
            article=r.article.id,
            article_properties=article_properties(r.article),
            subject=entity(r.subject),
            object=entity(r.object),
            id=statement_id(r),
            properties=statement_properties(r),
            triple=triple_key(r.subject.id, r.predicate, r.object.id),
            type=relationship_type(r.predicate),
            predicate=r.predicate,
        )


def timed(label: str, count: int, action) -> float:
    started = time.perf_counter()
    action()
    seconds = time.perf_counter() - started
    rate = count / seconds
    print(f"  {label:<34} {count:>7,} relations in {seconds:7.2f} s = {rate:>9,.0f} relations/s", flush=True)
    return rate


def local_neo4j():
    """scripts/neo4j_local.py, imported by path (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location("neo4j_local", ROOT / "scripts" / "neo4j_local.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["neo4j_local"] = module
    spec.loader.exec_module(module)
    return module


def rust_extension_active() -> bool:
    """True when the driver packs with neo4j-rust-ext (the driver exposes no public flag)."""
    try:
        from neo4j._codec.packstream._common import RUST_AVAILABLE
    except ImportError:
        return False
    return bool(RUST_AVAILABLE)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__.splitlines()[0])
    parser.add_argument("--relations", type=int, default=100_000)
    parser.add_argument("--entities", type=int, default=20_000)
    parser.add_argument("--naive", type=int, default=5_000, help="relations for the naive loader")
    parser.add_argument(
        "--batch-sizes",
        default=str(DEFAULT_BATCH_SIZE),
        help="comma-separated batch sizes to measure (default: %(default)s)",
    )
    parser.add_argument("--heap", default="1g", help="Neo4j heap (default: %(default)s)")
    parser.add_argument("--pagecache", default="512m", help="Neo4j page cache (default: %(default)s)")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.batch_sizes.split(",")]

    import neo4j

    relations = synthetic_relations(args.relations, args.entities)
    print(f"  neo4j driver {neo4j.__version__}, neo4j-rust-ext active: {rust_extension_active()}")
    print(
        f"  {len(relations):,} relations, {args.entities:,} entities, "
        f"{len({r.article.id for r in relations}):,} articles"
    )
    neo4j_local = local_neo4j()
    config = {"server.memory.pagecache.size": args.pagecache}
    with neo4j_local.LocalNeo4j(heap=args.heap, config=config) as settings:
        driver = neo4j.GraphDatabase.driver(settings.uri, auth=(settings.user, settings.password))
        with driver:
            apply_constraints(driver, settings.database)
            naive = timed(
                "naive, one query per relation",
                args.naive,
                lambda: naive_load(driver, relations[: args.naive], settings.database),
            )
            for size in sizes:
                wipe(driver, settings.database)
                rate = timed(
                    f"batched, batch size {size:,}",
                    len(relations),
                    lambda size=size: load_relations(driver, relations, database=settings.database, batch_size=size),
                )
                print(f"  {'':<34} {rate / naive:>7.1f}× naive", flush=True)
            rate = timed(
                "batched, same relations again",
                len(relations),
                lambda: load_relations(driver, relations, database=settings.database, batch_size=sizes[-1]),
            )


if __name__ == "__main__":
    main()
