"""The Neo4j server killed in the middle of `kg load`: the run fails in one line, and the
same `kg load` after a restart leaves exactly what a clean load leaves.

Runs a server of its own (scripts/neo4j_local.py) in a temporary home, SIGKILLs its JVM
while `kg load` writes small batches, restarts it on the same home and loads again.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from kg.model import ArticleMeta, Entity, Evidence, Relation
from kg.records import write_relations

ROOT = Path(__file__).resolve().parents[2]
ARTICLES, PER_ARTICLE, ENTITIES = 400, 20, 600  # about 15 s in batches of 200 relations (10 articles)
RETRY_SECONDS = 4  # NEO4J_MAX_RETRY_TIME for the killed run: how long the driver retries a dead server
TYPES = ("Person", "Organization", "Country", "Location", "Group")
PREDICATES = ("meet", "praise", "pressure", "criticize", "support", "accuse")


def synthetic_relations() -> list[Relation]:
    """ARTICLES articles of PER_ARTICLE relations among ENTITIES entities, the same every run."""
    rng = random.Random(7)
    entities = [Entity(f"entity-{i}", f"Entity {i}", TYPES[i % len(TYPES)], (f"E{i}",)) for i in range(ENTITIES)]
    relations = []
    for a in range(ARTICLES):
        doc = f"art-{a:04d}"
        meta = ArticleMeta(doc, title=f"Article {a}", published=f"2025-{a % 12 + 1:02d}-{a % 28 + 1:02d}")
        for k in range(PER_ARTICLE):
            subject, obj = rng.sample(entities, 2)
            predicate = rng.choice(PREDICATES)
            sentence = f"{subject.name} {predicate}s {obj.name} (sentence {k})."
            relations.append(
                Relation(
                    subject,
                    predicate,
                    obj,
                    Evidence(doc, sentence, 100 * k, 100 * k + len(sentence), "test"),
                    meta,
                    negated=k % 7 == 0,
                    modality="asserted" if k % 5 else "hedged",
                )
            )
    return relations


SNAPSHOT = """
MATCH (n) WITH n ORDER BY labels(n), n.id
WITH collect([labels(n), properties(n)]) AS nodes
OPTIONAL MATCH (a)-[r]->(b)
WITH nodes, a, r, b ORDER BY type(r), a.id, b.id, r.name, r.triple
RETURN nodes, collect([a.id, type(r), properties(r), b.id]) AS relationships
"""


def snapshot(driver) -> tuple[Counter, Counter]:
    """Every node and relationship with its labels and properties, as multisets (duplicates count)."""
    record = driver.execute_query(SNAPSHOT).records[0]

    def freeze(value: Any) -> Any:
        if isinstance(value, dict):
            return tuple(sorted((k, repr(v)) for k, v in value.items()))
        return tuple(value) if isinstance(value, list) else value

    nodes = Counter((tuple(sorted(labels)), freeze(props)) for labels, props in record["nodes"])
    relationships = Counter(tuple(freeze(part) for part in row) for row in record["relationships"])
    return nodes, relationships


def census(driver) -> tuple[dict[str, int], dict[str, int]]:
    """Node counts per label and relationship counts per type."""
    labels = driver.execute_query("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n").records
    types = driver.execute_query("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n").records
    return {r["label"]: r["n"] for r in labels}, {r["type"]: r["n"] for r in types}


def statements_per_article(driver) -> dict[str, int]:
    records = driver.execute_query(
        "MATCH (a:Article) OPTIONAL MATCH (s:Statement)-[:FROM]->(a) RETURN a.id AS id, count(s) AS n"
    ).records
    return {r["id"]: r["n"] for r in records}


def kg_load(triples: Path, settings, **env: str) -> subprocess.Popen[str]:
    environment = {**os.environ, **settings.as_env(), **env}
    return subprocess.Popen(
        [sys.executable, "-m", "kg", "load", str(triples), "--batch-size", "200"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=environment,
    )


def driver_for(settings):
    from neo4j import GraphDatabase

    return GraphDatabase.driver(settings.uri, auth=(settings.user, settings.password))


@pytest.fixture
def triples(tmp_path: Path) -> Path:
    path = tmp_path / "triples.jsonl"
    with open(path, "w", encoding="utf-8") as stream:
        write_relations(synthetic_relations(), stream)
    return path


def test_a_load_killed_mid_way_fails_in_one_line_and_a_rerun_equals_a_clean_load(
    neo4j_local, neo4j_jars, neo4j_db, neo4j_settings, triples: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    server = neo4j_local.LocalNeo4j(home=home, heap="512m")
    settings = server.start()
    try:
        # 1. Load, and SIGKILL the server once some batches have committed.
        with driver_for(settings) as driver:
            loading = kg_load(triples, settings, NEO4J_MAX_RETRY_TIME=str(RETRY_SECONDS))
            deadline = time.monotonic() + 120
            while driver.execute_query("MATCH (a:Article) RETURN count(a) AS n").records[0]["n"] < 30:
                assert loading.poll() is None, f"kg load ended before the kill: {loading.communicate()}"
                assert time.monotonic() < deadline, "no batch committed within 120 s"
                time.sleep(0.2)
        assert loading.poll() is None, "kg load finished before the kill: make the data bigger"
        pid = neo4j_local.running_pid(home)
        assert pid is not None
        os.killpg(os.getpgid(pid), signal.SIGKILL)
        killed = time.monotonic()
        out, err = loading.communicate(timeout=120)
        seconds = time.monotonic() - killed
        server.stop()  # reaps the JVM and removes its pid file; the home (kept) holds the data

        assert loading.returncode == 1, err
        lines = err.strip().splitlines()
        assert len(lines) == 1, err
        assert lines[0].startswith(f"kg: error: Neo4j at {settings.uri}: writing article 'art-"), err
        # Killed between queries: the driver retries until its retry time, then "failed (retried for N s)".
        # Killed during a commit: IncompleteCommit, rightly not retried (whether it committed is unknown;
        # the rerun below settles it either way).
        assert "failed (retried for" in lines[0] or "IncompleteCommit" in lines[0], err
        assert settings.password not in err + out
        assert seconds < RETRY_SECONDS + 20, f"a dead server took {seconds:.1f} s to be given up"

        # 2. Restart on the same home: whole articles only, then the same load completes.
        server = neo4j_local.LocalNeo4j(home=home, heap="512m")
        settings = server.start()
        with driver_for(settings) as driver:
            partial = statements_per_article(driver)
            assert 30 <= len(partial) < ARTICLES
            assert set(partial.values()) == {PER_ARTICLE}, "an article was half loaded"
            rerun = kg_load(triples, settings)
            out, err = rerun.communicate(timeout=300)
            assert rerun.returncode == 0, err
            # the articles loaded before the kill are there whole, so they are left alone
            assert (
                f"{ARTICLES * PER_ARTICLE} relations from {ARTICLES} articles ({ARTICLES - len(partial)} new, "
                f"0 replaced, {len(partial)} unchanged)" in err
            )
            resumed = census(driver), snapshot(driver)

        # 3. A clean load of the same file into a fresh database.
        clean = kg_load(triples, neo4j_settings)
        out, err = clean.communicate(timeout=300)
        assert clean.returncode == 0, err
        assert resumed[0] == census(neo4j_db)
        assert resumed[0][0]["Article"] == ARTICLES and resumed[0][0]["Statement"] == ARTICLES * PER_ARTICLE
        assert resumed[1] == snapshot(neo4j_db)
    finally:
        server.stop()
