"""Loading into the real Neo4j: counts, idempotence, article replacement, queries, and the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from kg.model import ArticleMeta, Entity, Evidence, Relation
from kg.store.neo4j import load_relations
from kg.store.query import run_query

ROOT = Path(__file__).resolve().parents[1]

RUTTE = Entity("mark-rutte", "Mark Rutte", "Person", ("Rutte",))
TRUMP = Entity("donald-trump", "Donald Trump", "Person", ("Trump",))
NATO = Entity("nato", "NATO", "Organization")
RUSSIA = Entity("russia", "Russia", "Country")


def relation(subject: Entity, predicate: str, obj: Entity, doc: str, start: int, **qualifiers) -> Relation:
    sentence = f"{subject.name} {predicate} {obj.name}."
    return Relation(subject, predicate, obj, Evidence(doc, sentence, start, start + len(sentence), "test"),
                    ArticleMeta(doc, title=f"Article {doc}", published=f"2025-01-0{int(doc[-1])}"), **qualifiers)


RELATIONS = [
    relation(RUTTE, "meet", TRUMP, "a1", 0),
    relation(RUTTE, "praise", TRUMP, "a1", 40),
    relation(NATO, "pressure", RUSSIA, "a1", 80, modality="obligation"),
    relation(RUTTE, "meet", TRUMP, "a2", 0),
    relation(TRUMP, "meet", RUTTE, "a2", 50, negated=True),
]


def counts(driver) -> dict[str, int]:
    records, _, _ = driver.execute_query(
        "MATCH (n) WITH count(n) AS nodes "
        "OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS relationships")
    labels, _, _ = driver.execute_query("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n")
    return {"nodes": records[0]["nodes"], "relationships": records[0]["relationships"],
            **{row["label"]: row["n"] for row in labels}}


def test_load_creates_entities_articles_statements_and_aggregates(neo4j_db) -> None:
    summary = load_relations(neo4j_db, RELATIONS)
    assert (summary.articles, summary.relations, summary.entities_created) == (2, 5, 4)
    # 5 statements × (SUBJECT, OBJECT, FROM) + 6 MENTIONS + 4 aggregate edges
    assert counts(neo4j_db) == {"nodes": 11, "relationships": 25, "Entity": 4, "Person": 2, "Organization": 1,
                                "Country": 1, "Article": 2, "Statement": 5}
    records, _, _ = neo4j_db.execute_query(
        "MATCH (:Entity {id: 'mark-rutte'})-[r:MEET]->(:Entity {id: 'donald-trump'}) "
        "RETURN r.mentions AS mentions, r.articles AS articles, r.facts AS facts, "
        "r.first_seen AS first, r.last_seen AS last")
    assert [r.data() for r in records] == [{"mentions": 2, "articles": 2, "facts": 2, "first": "2025-01-01",
                                            "last": "2025-01-02"}]


def test_loading_twice_changes_nothing(neo4j_db) -> None:
    load_relations(neo4j_db, RELATIONS)
    before = counts(neo4j_db)
    load_relations(neo4j_db, RELATIONS, batch_size=1)
    assert counts(neo4j_db) == before


def test_reloading_an_article_replaces_its_relations(neo4j_db) -> None:
    load_relations(neo4j_db, RELATIONS)
    # a1 re-extracted: only the NATO statement survives, the Rutte–Trump ones are gone
    load_relations(neo4j_db, [RELATIONS[2]])
    records, _, _ = neo4j_db.execute_query(
        "MATCH (s:Statement)-[:FROM]->(a:Article) RETURN a.id AS article, s.predicate AS predicate "
        "ORDER BY article, predicate")
    assert [tuple(r.values()) for r in records] == [("a1", "pressure"), ("a2", "meet"), ("a2", "meet")]
    records, _, _ = neo4j_db.execute_query(
        "MATCH (:Entity {id: 'mark-rutte'})-[r:MEET]->(:Entity {id: 'donald-trump'}) RETURN r.mentions AS n")
    assert [r["n"] for r in records] == [1]
    assert not neo4j_db.execute_query("MATCH ()-[r:PRAISE]->() RETURN r").records


def test_entities_no_article_mentions_any_more_are_removed(neo4j_db) -> None:
    load_relations(neo4j_db, RELATIONS[:3])
    load_relations(neo4j_db, [relation(RUTTE, "meet", TRUMP, "a1", 0)])
    records, _, _ = neo4j_db.execute_query("MATCH (e:Entity) RETURN e.id AS id ORDER BY id")
    assert [r["id"] for r in records] == ["donald-trump", "mark-rutte"]


def test_injection_attempts_are_data(neo4j_db) -> None:
    hostile = Entity("x", "Robert'); MATCH (n) DETACH DELETE n; //", "Person", ("`}{$x",))
    load_relations(neo4j_db, [relation(hostile, "meet", TRUMP, "a1", 0), *RELATIONS[3:]])
    records, _, _ = neo4j_db.execute_query("MATCH (e:Entity {id: 'x'}) RETURN e.name AS name, e.aliases AS aliases")
    assert records[0].data() == {"name": hostile.name, "aliases": ["`}{$x"]}
    assert counts(neo4j_db)["Entity"] == 3


def test_top_actors_query_returns_expected_rows(neo4j_db) -> None:
    load_relations(neo4j_db, RELATIONS)
    keys, rows = run_query(neo4j_db, "top-actors", {"limit": 3}, database="neo4j")
    assert keys == ["actor", "type", "statements"]
    assert rows == [
        {"actor": "Donald Trump", "type": "Person", "statements": 4},
        {"actor": "Mark Rutte", "type": "Person", "statements": 4},
        {"actor": "NATO", "type": "Organization", "statements": 1},
    ]


def test_actor_query_finds_by_alias_in_any_case(neo4j_db) -> None:
    load_relations(neo4j_db, RELATIONS)
    _, rows = run_query(neo4j_db, "actor", {"name": "rutte"}, database="neo4j")
    assert [(r["subject"], r["predicate"], r["object"], r["negated"], r["article"]) for r in rows] == [
        ("Mark Rutte", "meet", "Donald Trump", False, "a1"),
        ("Mark Rutte", "praise", "Donald Trump", False, "a1"),
        ("Mark Rutte", "meet", "Donald Trump", False, "a2"),
        ("Donald Trump", "meet", "Mark Rutte", True, "a2"),
    ]


def kg(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=ROOT,
                            timeout=300)
    if check and result.returncode != 0:
        raise AssertionError(f"kg {' '.join(args)} exited {result.returncode}: {result.stderr}")
    return result


def test_cli_build_load_and_query_on_the_examples(neo4j_db, neo4j_settings, tmp_path: Path) -> None:
    kg("build", "examples/articles", "--out", str(tmp_path), "--neo4j")
    first = counts(neo4j_db)
    result = kg("load", str(tmp_path / "triples.jsonl"))
    assert "loaded" in result.stderr and neo4j_settings.password not in result.stderr
    assert counts(neo4j_db) == first
    table = kg("query", "top-actors", "--param", "limit=2").stdout
    assert "Mark Rutte" in table
    rows = json.loads(kg("query", "predicates", "--format", "json").stdout)
    triples = [json.loads(line) for line in (tmp_path / "triples.jsonl").read_text().splitlines()]
    assert sum(r["statements"] for r in rows) == len(triples)


def test_cli_names_the_uri_and_not_the_password_when_refused(neo4j_settings) -> None:
    result = kg("init-db", "--uri", neo4j_settings.uri, "--password", "wrong-secret-123", check=False)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"kg: error: Neo4j at {neo4j_settings.uri} refused the credentials of user 'neo4j' (check NEO4J_PASSWORD)")


def test_cli_reports_a_server_that_is_down() -> None:
    result = kg("init-db", "--uri", "bolt://127.0.0.1:1", "--password", "x", check=False)
    assert result.returncode == 1
    assert result.stderr.startswith("kg: error: cannot reach Neo4j at bolt://127.0.0.1:1")
    assert len(result.stderr.strip().splitlines()) == 1


def test_wipe_asks_for_confirmation(neo4j_db, neo4j_settings, tmp_path: Path) -> None:
    load_relations(neo4j_db, RELATIONS)
    triples = tmp_path / "t.jsonl"
    triples.write_text("")
    result = subprocess.run([sys.executable, "-m", "kg", "load", str(triples), "--wipe"], input="n\n",
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 1 and counts(neo4j_db)["Entity"] == 4
    kg("load", str(triples), "--wipe", "--yes")
    assert counts(neo4j_db)["nodes"] == 0


@pytest.mark.parametrize("bad", ["", "not-a-type"])
def test_relationship_type_check_rejects_bad_predicates(bad: str) -> None:
    from kg.vocabulary import relationship_type
    with pytest.raises(ValueError):
        relationship_type(bad)
