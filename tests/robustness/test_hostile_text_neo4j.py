"""Hostile text through Neo4j and RDF: loaded, queried back with `kg query`, read back,
exported from the database as Turtle and JSON-LD and parsed again — always as data.

Covered elsewhere: hostile predicates and entity types never reaching Cypher and hostile
names stored as data (tests/test_load.py), the HTML view in Chromium
(test_html_view.py), predicate and relationship-type sanitising (test_properties.py).
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import rdflib
from rdflib.namespace import RDFS

from kg.model import ArticleMeta, Entity, Evidence, Relation
from kg.records import write_relations
from tests.helpers import kg

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = [
    "Robert'); MATCH (n) DETACH DELETE n; //",
    'say "hi" `x` {a: $b} // }) RETURN 1',
    "<script>alert(1)</script>",
    "line one\nline two\r\n\ttab",
    "\u202eRTL\u200f mark \u05e9\u05dc\u05d5\u05dd",
    "emoji \U0001f600\U0001f1fa\U0001f1e6 \u200d",
]
BYSTANDER = Relation(
    Entity("nato", "NATO", "Organization"),
    "pressure",
    Entity("russia", "Russia", "Country"),
    Evidence("calm", "NATO pressured Russia.", 0, 22, "test"),
    ArticleMeta("calm", title="Calm"),
)


def hostile_relations() -> list[Relation]:
    relations = []
    for i, text in enumerate(HOSTILE):
        doc = f"doc {text} {i}"
        subject = Entity(f"{text} key {i}", f"{text} {i}", "Person", (f"alias {text}",))
        obj = Entity(f"other {i}", f"Other {i} {text}", "Organization")
        sentence = f"{subject.name} met {obj.name}."
        relations.append(
            Relation(
                subject,
                "meet",
                obj,
                Evidence(doc, sentence, 0, len(sentence), text[:20]),
                ArticleMeta(doc, title=text, url=f"https://example.org/{i}?q={text}"),
                attributed_to=text,
                relation_text=text,
            )
        )
    return relations


def test_hostile_text_round_trips_through_neo4j_queries_and_rdf(neo4j_db, neo4j_settings, tmp_path: Path) -> None:
    from kg.store.read import read_relations

    relations = hostile_relations()
    bad_predicate = replace(
        relations[0],
        predicate="meet]->() MATCH (n) DETACH DELETE n //",
        evidence=replace(relations[0].evidence, doc_id="evil"),
        article=ArticleMeta("evil"),
    )
    triples = tmp_path / "hostile.jsonl"
    with open(triples, "w", encoding="utf-8") as stream:
        write_relations([BYSTANDER, *relations, bad_predicate], stream)

    loaded = kg("load", str(triples))
    assert loaded.returncode == 3, loaded.stderr  # the line with the hostile predicate skipped, and named
    assert f"kg: skipped: {triples}:{len(relations) + 2}: predicate: " in loaded.stderr
    assert f"{len(relations) + 1} relations from {len(relations) + 1} articles" in loaded.stderr
    assert sorted(read_relations(neo4j_db), key=repr) == sorted([BYSTANDER, *relations], key=repr)

    for i, text in enumerate(HOSTILE):  # parameters stay data, whatever they hold
        rows = json.loads(kg("query", "actor", "--param", f"name=alias {text}", "--format", "json").stdout)
        assert {(r["subject"], r["object"]) for r in rows} == {(f"{text} {i}", f"Other {i} {text}")}
        rows = json.loads(kg("query", "article", "--param", f"article=doc {text} {i}", "--format", "json").stdout)
        assert [r["sentence"] for r in rows] == [relations[i].evidence.sentence]
    assert json.loads(kg("query", "actor", "--param", "name=NATO", "--format", "json").stdout)  # still there

    for fmt, suffix in (("turtle", "ttl"), ("jsonld", "jsonld")):
        out = tmp_path / f"graph.{suffix}"
        exported = kg("export", "--from-neo4j", "--format", fmt, "-o", str(out))
        assert exported.returncode == 0, exported.stderr
        graph = rdflib.Graph().parse(out, format="json-ld" if fmt == "jsonld" else fmt)
        labels = {str(o) for o in graph.objects(None, RDFS.label)}
        assert {f"{text} {i}" for i, text in enumerate(HOSTILE)} <= labels, fmt
        literals = {str(o) for o in graph.objects() if isinstance(o, rdflib.Literal)}
        assert {r.evidence.sentence for r in relations} <= literals, fmt
        assert set(HOSTILE) <= literals, fmt  # titles, attributions, relation texts
