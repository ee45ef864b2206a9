"""The Cypher library (queries/): every file run on the real server against a small graph,
with the exact rows it must return; the header convention; `kg query` output formats."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from kg.store.neo4j import load_relations
from kg.store.query import load_query, query_names, run_query
from tests.helpers import KREMLIN, NATO, REUTERS, RUSSIA, RUTTE, TRUMP, kg, relation

ROOT = Path(__file__).resolve().parents[1]


# a1: Rutte meets and praises Trump, NATO must pressure Russia; a2: Rutte meets Trump, Trump
# did not meet Rutte, Trump criticizes NATO; a3: Rutte did not meet Trump, Russia criticizes Trump
# (says the Kremlin: a claim, not a fact); a4: the Kremlin tells Reuters something.
GRAPH = [
    relation(RUTTE, "meet", TRUMP, "a1", 0),
    relation(RUTTE, "praise", TRUMP, "a1", 40, confidence=0.8),
    relation(NATO, "pressure", RUSSIA, "a1", 80, modality="obligation", attributed_to="Mark Rutte"),
    relation(RUTTE, "meet", TRUMP, "a2", 0),
    relation(TRUMP, "meet", RUTTE, "a2", 50, negated=True),
    relation(TRUMP, "criticize", NATO, "a2", 100),
    relation(RUTTE, "meet", TRUMP, "a3", 0, negated=True),
    relation(RUSSIA, "criticize", TRUMP, "a3", 60, attributed_to="Kremlin"),
    relation(KREMLIN, "say", REUTERS, "a4", 0),
]

MEET = "Mark Rutte meet Donald Trump."
#: The evidence of Mark Rutte –meet→ Donald Trump, however the triple is named.
RUTTE_MEETS_TRUMP = [
    {
        "published": f"2025-01-0{n}",
        "article": f"a{n}",
        "title": f"Article a{n}",
        "negated": n == 3,
        "modality": "asserted",
        "attributed_to": None,
        "sentence": MEET,
    }
    for n in (1, 2, 3)
]


def edge(subject, predicate, obj, mentions, articles, facts, negated, first, last, evidence):
    return {
        "subject": subject,
        "predicate": predicate,
        "object": obj,
        "mentions": mentions,
        "articles": articles,
        "facts": facts,
        "negated": negated,
        "first_seen": first,
        "last_seen": last,
        "evidence": evidence,
    }


RUTTE_EDGES = [
    edge("Mark Rutte", "meet", "Donald Trump", 3, 3, 2, 1, "2025-01-01", "2025-01-03", MEET),
    edge("Donald Trump", "meet", "Mark Rutte", 1, 1, 0, 1, "2025-01-02", "2025-01-02", "Donald Trump meet Mark Rutte."),
    edge(
        "Mark Rutte",
        "praise",
        "Donald Trump",
        1,
        1,
        1,
        0,
        "2025-01-01",
        "2025-01-01",
        "Mark Rutte praise Donald Trump.",
    ),
]


def statement(published, article, subject, predicate, obj, negated=False, modality="asserted"):
    return {
        "published": published,
        "article": article,
        "title": f"Article {article}",
        "subject": subject,
        "predicate": predicate,
        "object": obj,
        "negated": negated,
        "modality": modality,
        "sentence": f"{subject} {predicate} {obj}.",
    }


# (query, parameters, expected rows): every file in queries/ appears at least once.
CASES = [
    (
        "top-actors",
        {"limit": 3},
        [
            {"actor": "Donald Trump", "type": "Person", "relations": 5, "statements": 7, "articles": 3},
            {"actor": "Mark Rutte", "type": "Person", "relations": 3, "statements": 5, "articles": 3},
            {"actor": "NATO", "type": "Organization", "relations": 2, "statements": 2, "articles": 2},
        ],
    ),
    ("actor", {"name": "rutte"}, RUTTE_EDGES),
    ("actor", {"name": "MARK RUTTE"}, RUTTE_EDGES),
    ("actor", {"name": "nobody"}, []),
    ("between", {"a": "Trump", "b": "mark rutte"}, RUTTE_EDGES),
    (
        "between",
        {"a": "Russia", "b": "NATO"},
        [
            edge("NATO", "pressure", "Russia", 1, 1, 0, 0, "2025-01-01", "2025-01-01", "NATO pressure Russia."),
        ],
    ),
    (
        "evidence",
        {"triple": "mark-rutte|meet|donald-trump"},
        RUTTE_MEETS_TRUMP,
    ),
    (
        "shortest-paths",
        {"a": "Rutte", "b": "Russia"},
        [
            {"hops": 2, "path": "Mark Rutte -meet-> Donald Trump <-criticize- Russia"},
            {"hops": 2, "path": "Mark Rutte -praise-> Donald Trump <-criticize- Russia"},
            {"hops": 2, "path": "Mark Rutte <-meet- Donald Trump <-criticize- Russia"},
        ],
    ),
    (
        "shortest-paths",
        {"a": "NATO", "b": "Rutte", "limit": 1},
        [
            {"hops": 2, "path": "NATO <-criticize- Donald Trump -meet-> Mark Rutte"},
        ],
    ),
    (
        "who-does",
        {"predicate": "criticize"},
        [
            {
                "subject": "Donald Trump",
                "object": "NATO",
                "mentions": 1,
                "articles": 1,
                "facts": 1,
                "negated": 0,
                "first_seen": "2025-01-02",
                "last_seen": "2025-01-02",
            },
            {
                "subject": "Russia",
                "object": "Donald Trump",
                "mentions": 1,
                "articles": 1,
                "facts": 0,
                "negated": 0,
                "first_seen": "2025-01-03",
                "last_seen": "2025-01-03",
            },
        ],
    ),
    ("who-does", {"predicate": "sanction"}, []),
    (
        "co-mentioned",
        {},
        [
            {"actor": "Donald Trump", "other": "Mark Rutte", "articles": 3, "article_ids": ["a1", "a2", "a3"]},
            {"actor": "Donald Trump", "other": "NATO", "articles": 2, "article_ids": ["a1", "a2"]},
            {"actor": "Donald Trump", "other": "Russia", "articles": 2, "article_ids": ["a1", "a3"]},
            {"actor": "Mark Rutte", "other": "NATO", "articles": 2, "article_ids": ["a1", "a2"]},
            {"actor": "Mark Rutte", "other": "Russia", "articles": 2, "article_ids": ["a1", "a3"]},
        ],
    ),
    (
        "co-mentioned",
        {"min_articles": 3},
        [
            {"actor": "Donald Trump", "other": "Mark Rutte", "articles": 3, "article_ids": ["a1", "a2", "a3"]},
        ],
    ),
    (
        "timeline",
        {"name": "Russia"},
        [
            statement("2025-01-01", "a1", "NATO", "pressure", "Russia", modality="obligation"),
            statement("2025-01-03", "a3", "Russia", "criticize", "Donald Trump"),
        ],
    ),
    (
        "timeline",
        {"name": "trump"},
        [
            statement("2025-01-01", "a1", "Mark Rutte", "meet", "Donald Trump"),
            statement("2025-01-01", "a1", "Mark Rutte", "praise", "Donald Trump"),
            statement("2025-01-02", "a2", "Mark Rutte", "meet", "Donald Trump"),
            statement("2025-01-02", "a2", "Donald Trump", "meet", "Mark Rutte", negated=True),
            statement("2025-01-02", "a2", "Donald Trump", "criticize", "NATO"),
            statement("2025-01-03", "a3", "Mark Rutte", "meet", "Donald Trump", negated=True),
            statement("2025-01-03", "a3", "Russia", "criticize", "Donald Trump"),
        ],
    ),
    (
        "article",
        {"article": "a3"},
        [
            {
                "start": 0,
                "subject": "Mark Rutte",
                "predicate": "meet",
                "object": "Donald Trump",
                "negated": True,
                "modality": "asserted",
                "attributed_to": None,
                "confidence": 1.0,
                "sentence": MEET,
            },
            {
                "start": 60,
                "subject": "Russia",
                "predicate": "criticize",
                "object": "Donald Trump",
                "negated": False,
                "modality": "asserted",
                "attributed_to": "Kremlin",
                "confidence": 1.0,
                "sentence": "Russia criticize Donald Trump.",
            },
        ],
    ),
    ("article", {"article": "A3"}, []),
    (
        "contradictions",
        {},
        [
            {
                "subject": "Mark Rutte",
                "predicate": "meet",
                "object": "Donald Trump",
                "asserted": 2,
                "negated": 1,
                "asserted_in": ["a1", "a2"],
                "negated_in": ["a3"],
            },
        ],
    ),
    (
        "predicates",
        {},
        [
            {"predicate": "meet", "statements": 4, "triples": 2, "articles": 3},
            {"predicate": "criticize", "statements": 2, "triples": 2, "articles": 2},
            {"predicate": "praise", "statements": 1, "triples": 1, "articles": 1},
            {"predicate": "pressure", "statements": 1, "triples": 1, "articles": 1},
            {"predicate": "say", "statements": 1, "triples": 1, "articles": 1},
        ],
    ),
    (
        "evidence",
        {"triple": "Mark Rutte|meet|Donald Trump"},
        RUTTE_MEETS_TRUMP,
    ),
    (
        "evidence",
        {"triple": " rutte | MEET | trump "},
        RUTTE_MEETS_TRUMP,
    ),
    (
        "evidence",
        {"triple": "NATO|pressure|Russia"},
        [
            {
                "published": "2025-01-01",
                "article": "a1",
                "title": "Article a1",
                "negated": False,
                "modality": "obligation",
                "attributed_to": "Mark Rutte",
                "sentence": "NATO pressure Russia.",
            },
        ],
    ),
    ("evidence", {"triple": "Russia|pressure|NATO"}, []),
    ("evidence", {"triple": "NATO|pressure"}, []),
    (
        "said-by",
        {"name": "rutte"},
        [
            {
                "date": "2025-01-01",
                "article": "a1",
                "title": "Article a1",
                "speaker": "Mark Rutte",
                "subject": "NATO",
                "predicate": "pressure",
                "object": "Russia",
                "negated": False,
                "modality": "obligation",
                "sentence": "NATO pressure Russia.",
            },
        ],
    ),
    (
        "said-by",
        {"name": "KREMLIN"},
        [
            {
                "date": "2025-01-03",
                "article": "a3",
                "title": "Article a3",
                "speaker": "Kremlin",
                "subject": "Russia",
                "predicate": "criticize",
                "object": "Donald Trump",
                "negated": False,
                "modality": "asserted",
                "sentence": "Russia criticize Donald Trump.",
            },
            {
                "date": "2025-01-04",
                "article": "a4",
                "title": "Article a4",
                "speaker": "Kremlin",
                "subject": "Kremlin",
                "predicate": "say",
                "object": "Reuters",
                "negated": False,
                "modality": "asserted",
                "sentence": "Kremlin say Reuters.",
            },
        ],
    ),
    ("said-by", {"name": "Donald Trump"}, []),
    ("search", {"text": "rut*"}, [{"name": "Mark Rutte", "type": "Person", "aliases": ["Rutte"]}]),
    ("search", {"text": "rut"}, [{"name": "Mark Rutte", "type": "Person", "aliases": ["Rutte"]}]),
    ("search", {"text": "Mark Rut"}, [{"name": "Mark Rutte", "type": "Person", "aliases": ["Rutte"]}]),
    ("search", {"text": "donld trmp"}, [{"name": "Donald Trump", "type": "Person", "aliases": ["Trump"]}]),
    ("search", {"text": "Rusia"}, [{"name": "Russia", "type": "Country", "aliases": None}]),
    ("search", {"text": "kreml"}, [{"name": "Kremlin", "type": "Organization", "aliases": None}]),
    ("search", {"text": "--"}, []),
    ("search", {"text": "trump", "limit": 5}, [{"name": "Donald Trump", "type": "Person", "aliases": ["Trump"]}]),
]


@pytest.fixture(scope="module")
def graph(neo4j_driver, neo4j_settings):
    """The small graph, loaded once for the module (the queries only read)."""
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n", database_=neo4j_settings.database)
    load_relations(neo4j_driver, GRAPH, database=neo4j_settings.database)
    return neo4j_driver


@pytest.mark.parametrize(
    ("name", "parameters", "expected"), CASES, ids=[f"{name}-{i}" for i, (name, _, _) in enumerate(CASES)]
)
def test_query_returns_exact_rows(graph, neo4j_settings, name: str, parameters: dict, expected: list[dict]) -> None:
    keys, rows = run_query(graph, name, parameters, database=neo4j_settings.database)
    assert rows == expected
    if expected:
        assert keys == list(expected[0])


def test_neighbourhood_returns_the_actor_its_edges_and_neighbours(graph, neo4j_settings) -> None:
    keys, rows = run_query(graph, "neighbourhood", {"name": "nato"}, database=neo4j_settings.database)
    assert keys == ["actor", "relation", "other"]
    assert [
        (
            r["actor"]["name"],
            r["actor"]["labels"],
            r["relation"]["type"],
            r["relation"]["start"],
            r["relation"]["end"],
            r["relation"]["mentions"],
            r["other"]["name"],
        )
        for r in rows
    ] == [
        ("NATO", ["Entity", "Organization"], "CRITICIZE", "donald-trump", "nato", 1, "Donald Trump"),
        ("NATO", ["Entity", "Organization"], "PRESSURE", "nato", "russia", 1, "Russia"),
    ]


def test_every_query_file_is_tested() -> None:
    tested = {name for name, _, _ in CASES} | {"neighbourhood"}
    assert set(query_names()) == tested
    assert len(tested) >= 10


@pytest.mark.parametrize("name", query_names())
def test_every_query_opens_with_what_it_answers_and_declares_its_parameters(name: str) -> None:
    query = load_query(name)
    lines = query.text.splitlines()
    assert lines[0].startswith("// ") and len(query.summary) > 20
    header = [line for line in lines if line.startswith("//")]
    assert any(line.startswith("// Parameters:") for line in header)
    body = "\n".join(line.split("//")[0] for line in lines if not line.startswith("//"))
    used = set(re.findall(r"\$(\w+)", body))
    assert used == {p.name for p in query.parameters}


def test_cli_query_prints_a_table_json_and_csv(graph) -> None:
    table = kg("query", "who-does", "--param", "predicate=criticize", check=True).stdout
    assert "Donald Trump" in table and "NATO" in table and table.rstrip().endswith("2 rows")
    rows = json.loads(kg("query", "who-does", "--param", "predicate=criticize", "--format", "json", check=True).stdout)
    assert [(r["subject"], r["object"]) for r in rows] == [("Donald Trump", "NATO"), ("Russia", "Donald Trump")]
    text = kg("query", "co-mentioned", "--param", "min_articles=3", "--format", "csv", check=True).stdout
    assert list(csv.DictReader(io.StringIO(text))) == [
        {"actor": "Donald Trump", "other": "Mark Rutte", "articles": "3", "article_ids": '["a1", "a2", "a3"]'}
    ]
    graph_rows = kg("query", "neighbourhood", "--param", "name=NATO", "--format", "csv", check=True).stdout.splitlines()
    assert graph_rows == [
        "actor,relation,other",
        "NATO,donald-trump-[:CRITICIZE]->nato,Donald Trump",
        "NATO,nato-[:PRESSURE]->russia,Russia",
    ]


def test_cli_query_names_a_missing_parameter_and_lists_the_library(graph) -> None:
    result = kg("query", "between", "--param", "a=Trump")
    assert result.returncode == 1
    assert result.stderr.startswith("kg: error: query 'between' needs --param b=VALUE")
    listing = kg("query", "--list", check=True).stdout
    for name in query_names():
        assert name in listing


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (
            ["top-actors", "--param", "limit=five"],
            1,
            "kg: error: query 'top-actors': limit must be an integer, not 'five'",
        ),
        (
            ["top-actors", "--param", "limit=2.5"],
            1,
            "kg: error: query 'top-actors': limit must be an integer, not '2.5'",
        ),
        (
            ["top-actors", "--param", "limt=5"],
            1,
            "kg: error: query 'top-actors' has no parameter 'limt' (it takes: limit)",
        ),
        (["actor", "--param", "name=2025"], 0, "kg: no rows: name: no actor is named '2025'"),
    ],
)
def test_cli_reads_parameters_as_the_query_declares_them(graph, args: list[str], status: int, message: str) -> None:
    result = kg("query", *args)
    assert result.returncode == status
    assert result.stderr.startswith(message), result.stderr
    assert "NumericHelper" not in result.stderr and "Exception" not in result.stderr


def test_parameters_are_typed_by_the_declaration() -> None:
    assert load_query("actor").bind({"name": "2025"}) == {"name": "2025"}
    assert load_query("actor").bind({"name": 2025}) == {"name": "2025"}
    assert load_query("top-actors").bind({"limit": " 5"}) == {"limit": 5}
    assert load_query("co-mentioned").bind({}) == {"min_articles": 2, "limit": 25}
    assert [(p.name, p.type) for p in load_query("shortest-paths").parameters] == [
        ("a", "actor"),
        ("b", "actor"),
        ("limit", "integer"),
    ]


@pytest.mark.parametrize(
    ("args", "notes"),
    [
        (["actor", "--param", "name=Rute"], ["name: no actor is named 'Rute'; nearest: Mark Rutte"]),
        (
            ["between", "--param", "a=Rutte", "--param", "b=Russland"],
            ["b: no actor is named 'Russland'; nearest: Russia"],
        ),
        (
            ["between", "--param", "a=Rutte", "--param", "b=Russia"],
            ["Mark Rutte and Russia are in the graph, but nothing answers 'between' for them"],
        ),
        (
            ["who-does", "--param", "predicate=condemn"],
            ["predicate: 'condemn' is recorded as the predicate 'criticize'"],
        ),
        (
            ["who-does", "--param", "predicate=critisize"],
            ["predicate: no relation has the predicate 'critisize'; nearest: criticize"],
        ),
        (
            ["who-does", "--param", "predicate=sanction"],
            ["predicate: no loaded relation uses the predicate 'sanction' (it is in the vocabulary)"],
        ),
        (["article", "--param", "article=A3"], ["article: no article has the id 'A3'; nearest: a3"]),
        (["article", "--param", "article=zz"], ["article: no article has the id 'zz' (ids look like: a1, a2, a3)"]),
        (
            ["evidence", "--param", "triple=Russia|pressure|NATO"],
            ["triple: Russia and NATO are linked only by: NATO –pressure→ Russia"],
        ),
        (
            ["evidence", "--param", "triple=NATO|pressure"],
            ["triple: 'NATO|pressure' is not subject|predicate|object (e.g. NATO|pressure|Russia)"],
        ),
        (
            ["evidence", "--param", "triple=Nato|presure|Rusia"],
            [
                "triple object: no actor is named 'Rusia'; nearest: Russia",
                "triple predicate: no relation has the predicate 'presure'; nearest: pressure",
            ],
        ),
    ],
)
def test_empty_answers_say_what_matched_nothing_and_what_is_nearest(graph, args: list[str], notes: list[str]) -> None:
    result = kg("query", *args, "--format", "json", check=True)
    assert json.loads(result.stdout) == []
    assert result.stderr.splitlines() == [f"kg: no rows: {note}" for note in notes]


def test_query_list_shows_whole_descriptions_wrapped() -> None:
    from kg.cli.database import describe_library

    listing = describe_library(width=72)
    assert all(len(line) <= 72 for line in listing.splitlines())
    words = " ".join(listing.split())
    for name in query_names():
        assert " ".join(load_query(name).summary.split()) in words
    assert "with the sentence and the date (the relation's own date, else the article's), oldest first" in words
