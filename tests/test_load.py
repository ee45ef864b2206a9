"""Loading into the real Neo4j: counts, idempotence, article replacement, queries, and the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from kg.model import ArticleMeta, Entity
from kg.store.neo4j import load_relations
from tests.helpers import NATO, RUSSIA, RUTTE, TRUMP, kg, relation

ROOT = Path(__file__).resolve().parents[1]


RELATIONS = [
    relation(RUTTE, "meet", TRUMP, "a1", 0),
    relation(RUTTE, "praise", TRUMP, "a1", 40),
    relation(NATO, "pressure", RUSSIA, "a1", 80, modality="obligation"),
    relation(RUTTE, "meet", TRUMP, "a2", 0),
    relation(TRUMP, "meet", RUTTE, "a2", 50, negated=True),
]


def counts(driver) -> dict[str, int]:
    records, _, _ = driver.execute_query(
        "MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS relationships"
    )
    labels, _, _ = driver.execute_query("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n")
    return {
        "nodes": records[0]["nodes"],
        "relationships": records[0]["relationships"],
        **{row["label"]: row["n"] for row in labels},
    }


def test_load_creates_entities_articles_statements_and_aggregates(neo4j_db) -> None:
    summary = load_relations(neo4j_db, RELATIONS)
    assert (summary.articles, summary.relations, summary.entities_created) == (2, 5, 4)
    # 5 statements × (SUBJECT, OBJECT, FROM) + 6 MENTIONS + 4 aggregate edges
    assert counts(neo4j_db) == {
        "nodes": 11,
        "relationships": 25,
        "Entity": 4,
        "Person": 2,
        "Organization": 1,
        "Country": 1,
        "Article": 2,
        "Statement": 5,
    }
    records, _, _ = neo4j_db.execute_query(
        "MATCH (:Entity {id: 'mark-rutte'})-[r:MEET]->(:Entity {id: 'donald-trump'}) "
        "RETURN r.mentions AS mentions, r.articles AS articles, r.facts AS facts, "
        "r.first_seen AS first, r.last_seen AS last"
    )
    assert [r.data() for r in records] == [
        {"mentions": 2, "articles": 2, "facts": 2, "first": "2025-01-01", "last": "2025-01-02"}
    ]


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
        "ORDER BY article, predicate"
    )
    assert [tuple(r.values()) for r in records] == [("a1", "pressure"), ("a2", "meet"), ("a2", "meet")]
    records, _, _ = neo4j_db.execute_query(
        "MATCH (:Entity {id: 'mark-rutte'})-[r:MEET]->(:Entity {id: 'donald-trump'}) RETURN r.mentions AS n"
    )
    assert [r["n"] for r in records] == [1]
    assert not neo4j_db.execute_query("MATCH ()-[r:PRAISE]->() RETURN r").records


def test_entities_no_article_mentions_any_more_are_removed(neo4j_db) -> None:
    load_relations(neo4j_db, RELATIONS[:3])
    load_relations(neo4j_db, [relation(RUTTE, "meet", TRUMP, "a1", 0)])
    records, _, _ = neo4j_db.execute_query("MATCH (e:Entity) RETURN e.id AS id ORDER BY id")
    assert [r["id"] for r in records] == ["donald-trump", "mark-rutte"]


def test_cli_build_load_and_query_on_the_examples(neo4j_db, neo4j_settings, tmp_path: Path) -> None:
    kg("build", "examples/articles", "--out", str(tmp_path), "--neo4j", check=True)
    first = counts(neo4j_db)
    result = kg("load", str(tmp_path / "triples.jsonl"), check=True)
    assert "loaded" in result.stderr and neo4j_settings.password not in result.stderr
    assert counts(neo4j_db) == first
    table = kg("query", "top-actors", "--param", "limit=5", check=True).stdout
    assert "Mark Rutte" in table
    rows = json.loads(kg("query", "predicates", "--format", "json", check=True).stdout)
    triples = [json.loads(line) for line in (tmp_path / "triples.jsonl").read_text().splitlines()]
    assert sum(r["statements"] for r in rows) == len(triples)


def test_cli_names_the_uri_and_not_the_password_when_refused(neo4j_settings) -> None:
    result = kg("init-db", "--uri", neo4j_settings.uri, "--password", "wrong-secret-123")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"kg: error: Neo4j at {neo4j_settings.uri} refused the credentials of user 'neo4j' (check NEO4J_PASSWORD)"
    )


def test_cli_reports_a_server_that_is_down() -> None:
    result = kg("init-db", "--uri", "bolt://127.0.0.1:1", "--password", "x")
    assert result.returncode == 1
    assert result.stderr.startswith("kg: error: cannot reach Neo4j at bolt://127.0.0.1:1")
    assert len(result.stderr.strip().splitlines()) == 1


def test_wipe_asks_for_confirmation(neo4j_db, neo4j_settings, tmp_path: Path) -> None:
    load_relations(neo4j_db, RELATIONS)
    triples = tmp_path / "t.jsonl"
    triples.write_text("")
    result = subprocess.run(
        [sys.executable, "-m", "kg", "load", str(triples), "--wipe"],
        input="n\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 1 and counts(neo4j_db)["Entity"] == 4
    kg("load", str(triples), "--wipe", "--yes", check=True)
    assert counts(neo4j_db)["nodes"] == 0


@pytest.mark.parametrize("bad", ["", "not-a-type"])
def test_relationship_type_check_rejects_bad_predicates(bad: str) -> None:
    from kg.vocabulary import relationship_type

    with pytest.raises(ValueError):
        relationship_type(bad)


# --- what the loader guarantees ------------------------------------------------------

SNAPSHOT = """
MATCH (n) WITH n ORDER BY labels(n), n.id
WITH collect([labels(n), properties(n)]) AS nodes
OPTIONAL MATCH (a)-[r]->(b)
WITH nodes, a, r, b ORDER BY type(r), a.id, b.id
RETURN nodes, collect([a.id, type(r), properties(r), b.id]) AS relationships
"""


def snapshot(driver) -> tuple:
    """Every node and relationship with all its labels and properties, in a stable order."""
    record = driver.execute_query(SNAPSHOT).records[0]
    return record["nodes"], record["relationships"]


def test_loading_twice_changes_no_node_relationship_or_property(neo4j_db) -> None:
    first = load_relations(neo4j_db, RELATIONS)
    before = snapshot(neo4j_db)
    again = load_relations(neo4j_db, RELATIONS, batch_size=2)
    assert snapshot(neo4j_db) == before
    assert (first.relations_created, first.articles_new, first.edges_created) == (5, 2, 4)
    assert (again.relations_created, again.relations_replaced, again.relations_removed) == (0, 0, 0)
    assert (again.articles_new, again.articles_replaced, again.articles_unchanged) == (0, 0, 2)
    assert (again.relations_unchanged, again.entities_created, again.edges_created, again.edges_removed) == (5, 0, 0, 0)
    assert "5 relations from 2 articles (0 new, 0 replaced, 2 unchanged)" in again.describe()


def test_reloading_writes_only_the_articles_that_changed(neo4j_db) -> None:
    load_relations(neo4j_db, RELATIONS)
    a1 = [r for r in RELATIONS if r.article.id == "a1"]
    a2 = [replace(r, confidence=0.5) for r in RELATIONS if r.article.id == "a2"]
    summary = load_relations(neo4j_db, a1 + a2)
    assert (summary.articles_unchanged, summary.articles_replaced, summary.articles_new) == (1, 1, 0)
    assert (summary.relations_unchanged, summary.relations_replaced) == (len(a1), len(a2))
    reference = snapshot(neo4j_db)
    neo4j_db.execute_query("MATCH (n) DETACH DELETE n")
    load_relations(neo4j_db, a1 + a2)
    assert snapshot(neo4j_db) == reference  # the same graph as a clean load of the new version


def test_batch_size_does_not_change_the_graph(neo4j_db) -> None:
    """Edges of triples new to the database are computed in Python, the others in Cypher: same result."""
    load_relations(neo4j_db, RELATIONS, batch_size=10_000)
    whole = snapshot(neo4j_db)
    neo4j_db.execute_query("MATCH (n) DETACH DELETE n")
    load_relations(neo4j_db, RELATIONS, batch_size=1)
    assert snapshot(neo4j_db) == whole


def test_reloading_an_article_reports_and_recomputes_what_changed(neo4j_db) -> None:
    load_relations(neo4j_db, RELATIONS)
    rutte = Entity("mark-rutte", "Mark Rutte", "Person", ("Mr Rutte",))  # a new alias, "Rutte" gone
    summary = load_relations(
        neo4j_db,
        [relation(rutte, "meet", TRUMP, "a1", 0, confidence=0.5), relation(rutte, "sanction", RUSSIA, "a1", 120)],
    )
    assert (
        summary.articles_replaced,
        summary.relations_created,
        summary.relations_replaced,
        summary.relations_removed,
    ) == (1, 1, 1, 2)
    assert (summary.entities_removed, summary.edges_created, summary.edges_removed) == (1, 1, 2)  # NATO
    records, _, _ = neo4j_db.execute_query(
        "MATCH (x:Entity)-[r]->(y:Entity) RETURN x.id AS x, type(r) AS type, y.id AS y, r.mentions AS mentions, "
        "r.confidence AS confidence ORDER BY x, type, y"
    )
    assert [tuple(r.values()) for r in records] == [
        ("donald-trump", "MEET", "mark-rutte", 1, 1.0),
        ("mark-rutte", "MEET", "donald-trump", 2, 1.0),
        ("mark-rutte", "SANCTION", "russia", 1, 1.0),
    ]
    records, _, _ = neo4j_db.execute_query(
        "MATCH (e:Entity {id: 'mark-rutte'}) RETURN e.aliases AS aliases, e.alias_keys AS keys"
    )
    assert records[0].data() == {"aliases": ["Mr Rutte", "Rutte"], "keys": ["mr rutte", "rutte"]}  # a2 says Rutte
    assert "1 replaced" in summary.describe() and "2 removed" in summary.describe()


def test_read_relations_gives_back_exactly_what_was_loaded_as_resolved(neo4j_db) -> None:
    from kg.resolve import resolve_relations
    from kg.store.read import read_relations

    nameless = relation(
        Entity("x", "X Corp", "Organization", ("XC", "X")),
        "sue",
        NATO,
        "a9",
        3,
        attributed_to="Reuters",
        relation_text="filed suit against",
        confidence=0.25,
    )
    nameless = replace(nameless, article=ArticleMeta("a9"))  # no title, url, date or source
    loaded = [*RELATIONS, nameless]
    load_relations(neo4j_db, loaded)
    resolved = resolve_relations(loaded).relations
    assert sorted(read_relations(neo4j_db), key=repr) == sorted(resolved, key=repr)
    load_relations(neo4j_db, loaded[:1])  # a1 now holds one relation
    assert set(read_relations(neo4j_db)) == set(resolve_relations([loaded[0], *loaded[3:]]).relations)


def test_read_relations_gives_the_entity_and_mentions_keep_each_articles_view(neo4j_db) -> None:
    from kg.store.read import read_relations

    late = relation(Entity("mark-rutte", "Mark Rutte", "Person", ("Secretary General Rutte",)), "meet", TRUMP, "a2", 0)
    load_relations(neo4j_db, [RELATIONS[0], late])
    rutte = Entity("mark-rutte", "Mark Rutte", "Person", ("Rutte", "Secretary General Rutte"))
    assert {r.subject for r in read_relations(neo4j_db)} == {rutte}
    records, _, _ = neo4j_db.execute_query(
        "MATCH (a:Article)-[m:MENTIONS]->(:Entity {id: 'mark-rutte'}) RETURN a.id AS article, m.aliases AS aliases "
        "ORDER BY article"
    )
    assert [tuple(r.values()) for r in records] == [("a1", ["Rutte"]), ("a2", ["Secretary General Rutte"])]


def test_read_relations_round_trips_the_examples(neo4j_db, tmp_path: Path) -> None:
    from kg.records import read_relations as read_jsonl
    from kg.resolve import resolve_relations
    from kg.store.read import read_relations

    kg("extract", "examples/articles", "-o", str(tmp_path / "t.jsonl"), check=True)
    with open(tmp_path / "t.jsonl", encoding="utf-8") as stream:
        loaded = list(read_jsonl(stream, "t.jsonl", on_error="raise"))
    load_relations(neo4j_db, loaded, batch_size=3)
    assert set(read_relations(neo4j_db)) == set(resolve_relations(loaded).relations) and len(loaded) >= 10


HOSTILE_PREDICATES = ["meet]->() MATCH (n) DETACH DELETE n //", "MEET", "meet`", "meet:KNOWS", "x" * 65, ""]


@pytest.mark.parametrize("predicate", HOSTILE_PREDICATES)
def test_a_hostile_predicate_never_reaches_cypher(neo4j_db, predicate: str) -> None:
    from kg.errors import SchemaError

    load_relations(neo4j_db, RELATIONS[3:])
    before = snapshot(neo4j_db)
    bad = relation(RUTTE, "meet", TRUMP, "a1", 0)
    with pytest.raises(SchemaError, match="article 'a1'"):
        load_relations(neo4j_db, [*RELATIONS[:2], replace(bad, predicate=predicate)])
    assert snapshot(neo4j_db) == before
    skipped: list[str] = []
    summary = load_relations(
        neo4j_db,
        [replace(bad, predicate=predicate), *RELATIONS[3:]],
        on_error="skip",
        on_skip=lambda error: skipped.append(error.article_id),
    )
    assert skipped == ["a1"] == summary.skipped
    assert snapshot(neo4j_db) == before


def test_a_hostile_entity_type_never_becomes_a_label(neo4j_db) -> None:
    from kg.errors import SchemaError

    evil = Entity("evil", "Evil", "Person:Admin")
    with pytest.raises(SchemaError, match="type 'Person:Admin'"):
        load_relations(neo4j_db, [relation(evil, "meet", TRUMP, "a1", 0)])
    assert counts(neo4j_db)["nodes"] == 0


def test_hostile_names_are_stored_as_data(neo4j_db) -> None:
    from kg.store.query import run_query

    hostile = Entity("x'}) DETACH DELETE n //", "Robert'); MATCH (n) DETACH DELETE n; //", "Person", ("`}{$x",))
    load_relations(neo4j_db, [relation(hostile, "meet", TRUMP, "a1", 0), *RELATIONS[3:]])
    records, _, _ = neo4j_db.execute_query(
        "MATCH (e:Entity {id: $id}) RETURN e.name AS name, e.aliases AS aliases", id=hostile.id
    )
    assert records[0].data() == {"name": hostile.name, "aliases": ["`}{$x"]}
    assert counts(neo4j_db)["Entity"] == 3
    _, rows = run_query(neo4j_db, "actor", {"name": "`}{$X"}, database="neo4j")
    assert [(r["subject"], r["object"]) for r in rows] == [(hostile.name, "Donald Trump")]


def test_a_permanent_error_is_not_retried_and_is_one_line_naming_the_uri(neo4j_db, neo4j_settings, monkeypatch) -> None:
    import kg.store.neo4j as writer
    from kg.errors import DatabaseError

    calls = []
    original = writer._write_batch
    monkeypatch.setattr(writer, "_write_batch", lambda tx, batch: calls.append(1) or original(tx, batch))
    neo4j_db.execute_query(
        "CREATE CONSTRAINT test_unique_name_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.name IS UNIQUE"
    )
    twin = Entity("donald-trump-2", "Donald Trump", "Person")
    try:
        with pytest.raises(DatabaseError) as raised, writer.connect(neo4j_settings) as driver:
            load_relations(driver, [relation(RUTTE, "meet", TRUMP, "a1", 0), relation(twin, "meet", RUTTE, "a2", 0)])
    finally:
        neo4j_db.execute_query("DROP CONSTRAINT test_unique_name_key IF EXISTS")
    message = str(raised.value)
    assert calls == [1]
    assert message.startswith(
        f"Neo4j at {neo4j_settings.uri}: writing article 'a1' and 1 more failed: "
        "Neo.ClientError.Schema.ConstraintValidationFailed"
    )
    assert "\n" not in message and neo4j_settings.password not in message
    assert counts(neo4j_db)["nodes"] == 0  # the transaction was rolled back


def test_a_transient_error_is_retried_and_the_batch_written_once(neo4j_db, monkeypatch) -> None:
    from neo4j.exceptions import ServiceUnavailable

    import kg.store.neo4j as writer

    calls = []
    original = writer._write_batch

    def flaky(tx, batch):
        result = original(tx, batch)  # all the work, then the connection "drops" before the commit
        calls.append(1)
        if len(calls) == 1:
            raise ServiceUnavailable("connection lost (test)")
        return result

    monkeypatch.setattr(writer, "_write_batch", flaky)
    summary = load_relations(neo4j_db, RELATIONS)
    assert calls == [1, 1]
    assert (summary.relations_created, summary.entities_created) == (5, 4)
    monkeypatch.setattr(writer, "_write_batch", original)
    reference = snapshot(neo4j_db)
    neo4j_db.execute_query("MATCH (n) DETACH DELETE n")
    load_relations(neo4j_db, RELATIONS)
    assert snapshot(neo4j_db) == reference


def test_cli_load_prints_the_summary(neo4j_db, neo4j_settings, tmp_path: Path) -> None:
    from kg.records import write_relations

    triples = tmp_path / "t.jsonl"
    with open(triples, "w", encoding="utf-8") as stream:
        write_relations(RELATIONS, stream)
    result = kg("load", str(triples), "--batch-size", "2", check=True)
    assert result.stderr.startswith(
        f"kg: loaded into {neo4j_settings.uri}: 5 relations from 2 articles (2 new, 0 replaced) in "
    )
    assert "relations: 5 created, 0 replaced, 0 removed; entities: 4 created, 0 matched, 0 removed" in result.stderr


def test_cli_load_of_an_unchanged_file_says_so(neo4j_db, neo4j_settings, tmp_path: Path) -> None:
    from kg.records import write_relations

    triples = tmp_path / "t.jsonl"
    with open(triples, "w", encoding="utf-8") as stream:
        write_relations(RELATIONS, stream)
    kg("load", str(triples), check=True)
    result = kg("load", str(triples), check=True)
    assert result.stderr.startswith(
        f"kg: loaded into {neo4j_settings.uri}: 5 relations from 2 articles (0 new, 0 replaced, 2 unchanged) in "
    )
    assert "relations: 0 created, 0 replaced, 5 unchanged, 0 removed" in result.stderr


def test_cli_load_skips_and_names_what_cannot_be_loaded(neo4j_db, tmp_path: Path) -> None:
    from kg.records import write_relations

    triples = tmp_path / "t.jsonl"
    with open(triples, "w", encoding="utf-8") as stream:
        write_relations([replace(RELATIONS[0], predicate="meet]->(n) DETACH DELETE n //"), *RELATIONS[3:]], stream)
    result = kg("load", str(triples))
    assert result.returncode == 3
    assert "kg: skipped:" in result.stderr and "2 relations from 1 articles" in result.stderr
    assert counts(neo4j_db)["Statement"] == 2


# --- the warm-up (kg.store.warm_up, run by scripts/neo4j-local start) ------------------


def _cypher_sent(monkeypatch, action) -> set[str]:
    """The texts of the queries `action` sends in transactions (the driver's own run, recorded)."""
    from neo4j._sync.work.transaction import TransactionBase

    sent: set[str] = set()
    run = TransactionBase.run

    def recording_run(self, query, parameters=None, **kwargs):
        sent.add(query)
        return run(self, query, parameters, **kwargs)

    monkeypatch.setattr(TransactionBase, "run", recording_run)
    action()
    monkeypatch.undo()
    return sent


def test_the_warm_up_plans_every_loader_query_and_leaves_no_data(neo4j_db, monkeypatch, example_relations) -> None:
    from kg.store.warm_up import warm_up

    planned = _cypher_sent(monkeypatch, lambda: warm_up(neo4j_db))
    counts = neo4j_db.execute_query("RETURN COUNT { (n) } AS nodes, COUNT { ()-[]->() } AS edges").records[0]
    assert (counts["nodes"], counts["edges"]) == (0, 0)
    indexes = {record["name"] for record in neo4j_db.execute_query("SHOW INDEXES YIELD name").records}
    assert {"kg_entity_id", "kg_mentions_key", "kg_mentions_tail", "kg_statement_triple"} <= indexes
    # Whatever the loader sends in its transactions, a load and reloads of the examples
    # included, the warm-up has sent the same text (plans are cached by text).
    summaries = []
    loaded = _cypher_sent(
        monkeypatch,
        lambda: summaries.extend(
            [
                load_relations(neo4j_db, example_relations),
                load_relations(neo4j_db, example_relations),
                load_relations(neo4j_db, [replace(r, confidence=0.5) for r in example_relations[::2]]),
            ]
        ),
    )
    assert loaded <= planned, [query[:300] for query in loaded - planned]
    # The first load found an empty database: nothing of the warm-up was matched.
    articles = len({relation.article.id for relation in example_relations})
    assert (summaries[0].articles_new, summaries[0].entities_matched) == (articles, 0)
    assert summaries[1].articles_unchanged == articles and summaries[2].relations_replaced > 0


# --- a load streams its input ------------------------------------------------------------


def test_load_writes_each_batch_before_reading_further(neo4j_db) -> None:
    read: list[int] = []
    written: list[tuple[int, int]] = []  # (relations written so far, relations read by then)

    def stream():
        for n, one in enumerate(RELATIONS, start=1):
            read.append(n)
            yield one

    sizes = {"a1": 3, "a2": 2}
    summary = load_relations(
        neo4j_db, stream(), sizes=sizes, batch_size=1, progress=lambda n: written.append((n, len(read)))
    )
    assert written == [(3, 3), (2, 5)]  # a1 went to the database before a2's first relation was read
    assert (summary.articles_new, summary.relations_created) == (2, 5)


@pytest.mark.parametrize("stdin", [False, True], ids=["file", "stdin"])
def test_cli_load_of_scattered_articles_and_bad_lines_loads_each_article_whole(
    neo4j_db, tmp_path: Path, stdin: bool
) -> None:
    from kg.records import relation_to_record

    load_relations(neo4j_db, RELATIONS)
    reference = snapshot(neo4j_db)
    neo4j_db.execute_query("MATCH (n) DETACH DELETE n")
    lines = [json.dumps(relation_to_record(r)) for r in RELATIONS]
    scattered = [lines[0], lines[3], "{not json", lines[1], lines[4], lines[2]]  # a1, a2, a1, a2, a1
    triples = tmp_path / "t.jsonl"
    triples.write_text("\n".join(scattered) + "\n", encoding="utf-8")
    result = (
        kg("load", "-", "--batch-size", "1", stdin=triples.read_text("utf-8"))
        if stdin
        else kg("load", str(triples), "--batch-size", "1")
    )
    name = "<stdin>" if stdin else str(triples)
    assert result.returncode == 3
    assert (
        result.stderr.splitlines()[0] == f"kg: skipped: {name}:3: not valid JSON (Expecting property name "
        "enclosed in double quotes)"
    )
    assert "5 relations from 2 articles (2 new, 0 replaced)" in result.stderr
    assert snapshot(neo4j_db) == reference  # the graph a load of the articles in order gives
