"""Resolution against what the real Neo4j already holds: day-by-day loads give the graph one load
gives, in any order; a later full name takes in a stored short form, whose old id stays valid;
a short form that becomes ambiguous is split off again; every move is in the merge log."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.model import ArticleMeta, Entity, Evidence, Relation
from kg.resolve import canonical_key, resolve_relations
from kg.store.neo4j import load_relations
from kg.store.query import run_query
from tests.helpers import kg

ROOT = Path(__file__).resolve().parents[1]

NODES = "MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties"
RELATIONSHIPS = "MATCH (x)-[r]->(y) RETURN x.id AS start, type(r) AS type, y.id AS end, properties(r) AS properties"


def entity(name: str, type_: str) -> Entity:
    return Entity(canonical_key(name), name, type_)


# Each article's view of its entities, as `kg extract` of one article might give it.
ARTICLES = {
    "d01": [("Blair", "Person", "meet", "Bush", "Organization")],
    "d02": [
        ("Tony Blair", "Person", "criticize", "Michael Howard", "Person"),
        ("Tony Blair", "Person", "meet", "George W Bush", "Person"),
    ],
    "d03": [("Howard", "Person", "attack", "Labour", "Organization")],
    "d04": [("Tories", "Organization", "back", "British government", "Organization")],
    "d05": [("Cherie Blair", "Person", "visit", "Turkey", "Location")],
    "d06": [("Charles Kennedy", "Person", "criticize", "Tony Blair", "Person")],
    "d07": [("Baroness Kennedy", "Person", "praise", "Lib Dems", "Organization")],
    "d08": [("Kennedy", "Person", "meet", "EU", "Organization")],
    "d09": [("Labour MPs", "Person", "urge", "Blair", "Person")],
    "d10": [
        ("Nato", "Organization", "pressure", "Russia", "Country"),
        ("Conservatives", "Organization", "criticize", "Howard", "Organization"),
    ],
}


def relations(*docs: str) -> list[Relation]:
    found = []
    for doc in docs:
        for i, (subject, s_type, predicate, obj, o_type) in enumerate(ARTICLES[doc]):
            sentence = f"{subject} {predicate} {obj}."
            start = 100 * i
            found.append(
                Relation(
                    entity(subject, s_type),
                    predicate,
                    entity(obj, o_type),
                    Evidence(doc, sentence, start, start + len(sentence), "test"),
                    ArticleMeta(doc, title=f"Article {doc}", published=f"2005-01-{doc[1:]}"),
                )
            )
    return found


def snapshot(driver) -> tuple[list[str], list[str]]:
    """Every node and relationship with its labels, type and properties, in a stable order."""
    nodes = sorted(
        repr((sorted(r["labels"]), sorted(r["properties"].items()))) for r in driver.execute_query(NODES).records
    )
    relationships = sorted(
        repr((r["start"], r["type"], r["end"], sorted(r["properties"].items())))
        for r in driver.execute_query(RELATIONSHIPS).records
    )
    return nodes, relationships


def differences(got: tuple, want: tuple) -> str:
    return "; ".join(
        f"{kind}: only here {sorted(set(g) - set(w))[:3]}, only there {sorted(set(w) - set(g))[:3]}"
        for kind, g, w in zip(("nodes", "relationships"), got, want)
        if g != w
    )


def entity_ids(driver) -> list[str]:
    return [r["id"] for r in driver.execute_query("MATCH (e:Entity) RETURN e.id AS id ORDER BY id").records]


ALL = sorted(ARTICLES)


def test_day_by_day_in_any_order_gives_the_graph_of_one_load(neo4j_db) -> None:
    load_relations(neo4j_db, relations(*ALL))
    at_once = snapshot(neo4j_db)
    ids = entity_ids(neo4j_db)
    # one node per actor; two Blairs and two Kennedys in the corpus: the bare surnames stay apart
    assert {
        "tony-blair",
        "cherie-blair",
        "blair",
        "michael-howard",
        "george-w-bush",
        "charles-kennedy",
        "baroness-kennedy",
        "kennedy",
        "conservative-party",
        "labour-party",
        "liberal-democrats",
        "labour-party-mps",
        "united-kingdom-government",
        "eu",
        "nato",
        "turkey",
        "russia",
    } == set(ids)
    days = [["d01", "d02", "d03"], ["d04", "d05", "d06", "d07"], ["d08", "d09", "d10"]]
    for order in (days, [list(reversed(day)) for day in reversed(days)], [[doc] for doc in reversed(ALL)]):
        neo4j_db.execute_query("MATCH (n) DETACH DELETE n")
        for day in order:
            load_relations(neo4j_db, relations(*day))
        got = snapshot(neo4j_db)
        assert got == at_once, f"loading {order} gave another graph: {differences(got, at_once)}"
    neo4j_db.execute_query("MATCH (n) DETACH DELETE n")
    load_relations(neo4j_db, relations(*ALL), batch_size=1)  # one transaction per article
    got = snapshot(neo4j_db)
    assert got == at_once, differences(got, at_once)


def test_the_database_holds_what_resolving_in_memory_gives(neo4j_db) -> None:
    from kg.store.read import read_relations

    for doc in ALL:
        load_relations(neo4j_db, relations(doc))
    assert set(read_relations(neo4j_db)) == set(resolve_relations(relations(*ALL)).relations)


def test_a_later_full_name_takes_in_a_stored_short_form_and_its_old_id_stays_valid(neo4j_db) -> None:
    load_relations(neo4j_db, relations("d03"))
    assert "howard" in entity_ids(neo4j_db)
    summary = load_relations(neo4j_db, relations("d02"))
    assert "howard" not in entity_ids(neo4j_db)
    assert summary.articles_repointed == 1
    moved = [m for m in summary.merges if m.doc_id == "d03"]
    assert [(m.mention, m.entity_id) for m in moved] == [("Howard", "michael-howard")]
    assert moved[0].rule.startswith("short form of the one full name")
    record = neo4j_db.execute_query(
        "MATCH (e:Entity {id: 'michael-howard'}) RETURN e.ids AS ids, e.alias_keys AS keys"
    ).records[0]
    assert record["ids"] == ["howard"] and "howard" in record["keys"]
    # the old id answers the queries that look an actor up by name
    _, rows = run_query(neo4j_db, "actor", {"name": "howard"}, database="neo4j")
    assert {(r["subject"], r["object"]) for r in rows} == {
        ("Michael Howard", "Labour Party"),
        ("Tony Blair", "Michael Howard"),
    }
    # the article keeps its own view, and why it is part of the entity
    view = neo4j_db.execute_query(
        "MATCH (:Article {id: 'd03'})-[m:MENTIONS]->(e:Entity {id: 'michael-howard'}) "
        "RETURN m.name AS name, m.key AS key, m.rule AS rule"
    ).records[0]
    assert (view["name"], view["key"]) == ("Howard", "howard") and view["rule"].startswith("short form")


def test_a_short_form_that_becomes_ambiguous_is_split_off_and_the_split_is_logged(neo4j_db) -> None:
    load_relations(neo4j_db, relations("d01", "d02"))
    assert "blair" not in entity_ids(neo4j_db)
    summary = load_relations(neo4j_db, relations("d05"))  # Cherie Blair: "Blair" alone could be either
    assert "blair" in entity_ids(neo4j_db)
    split = [m for m in summary.merges if m.doc_id == "d01" and m.mention == "Blair"]
    assert split and split[0].entity_id == "blair" and split[0].rule.startswith("split from tony-blair")


def test_a_user_alias_pins_a_name_and_a_reload_with_it_fixes_the_stored_graph(neo4j_db, tmp_path: Path) -> None:
    from kg.resolve import load_aliases

    load_relations(neo4j_db, relations("d02", "d03"))
    assert "howard" not in entity_ids(neo4j_db)
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("alias,canonical,type\nHoward,Howard,Person\n", encoding="utf-8")
    load_relations(neo4j_db, relations("d03"), aliases=load_aliases(aliases))
    assert "howard" in entity_ids(neo4j_db)


def test_kg_load_report_and_aliases_on_the_command_line(neo4j_db, tmp_path: Path) -> None:
    from kg.records import write_relations

    for name, docs in (("day1.jsonl", ("d03",)), ("day2.jsonl", ("d02",))):
        with open(tmp_path / name, "w", encoding="utf-8") as stream:
            write_relations(relations(*docs), stream)
    assert kg("load", str(tmp_path / "day1.jsonl")).returncode == 0
    result = kg("load", str(tmp_path / "day2.jsonl"), "--report", str(tmp_path / "merges.jsonl"))
    assert result.returncode == 0, result.stderr
    assert "1 stored articles re-pointed" in result.stderr
    log = [json.loads(line) for line in (tmp_path / "merges.jsonl").read_text().splitlines()]
    assert {(r["doc_id"], r["text"], r["entity"]["id"]) for r in log} >= {("d03", "Howard", "michael-howard")}
    bad = tmp_path / "bad.csv"
    bad.write_text("alias,canonical,type\nHoward,Michael Howard,Wizard\n", encoding="utf-8")
    result = kg("load", str(tmp_path / "day2.jsonl"), "--aliases", str(bad))
    assert result.returncode == 1 and "bad.csv:2: unknown type 'Wizard'" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("batch_size", [1, 10_000])
def test_loading_twice_changes_nothing_with_resolution(neo4j_db, batch_size: int) -> None:
    load_relations(neo4j_db, relations(*ALL))
    before = snapshot(neo4j_db)
    summary = load_relations(neo4j_db, relations(*ALL), batch_size=batch_size)
    assert snapshot(neo4j_db) == before and summary.articles_repointed == 0


def test_kg_entities_from_neo4j_explains_the_merges_of_the_database(neo4j_db) -> None:
    for doc in ALL:
        load_relations(neo4j_db, relations(doc))
    result = kg("entities", "--from-neo4j")
    assert result.returncode == 0, result.stderr
    assert "Michael Howard [Person] michael-howard: 3 articles" in result.stdout
    assert "Howard (2 articles) — short form of the one full name it fits in other articles" in result.stdout
    assert "old ids that still find it: howard" in result.stdout
    assert "Tories (1 articles) — alias table (uk-politics" in result.stdout
    duplicates = json.loads(kg("entities", "--from-neo4j", "--duplicates", "--format", "json").stdout)["duplicates"]
    pairs = {(d["first"]["name"], d["second"]["name"], d["reason"]) for d in duplicates}
    assert ("Kennedy", "Charles Kennedy", "same surname") in pairs and ("Blair", "Tony Blair", "same surname") in pairs
