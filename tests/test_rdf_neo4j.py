"""`kg export --from-neo4j`: what the database holds exports to the same RDF as the
triples it was loaded from (real Neo4j, no mocks)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib.compare import isomorphic

from kg.records import write_relations
from kg.store.neo4j import load_relations
from kg.store.read import read_relations
from tests.rdf_cases import EXTRACTED_AT, export, nasty_relations, parse

# rdflib's own N-Quads parser and serializer use its deprecated Dataset API.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("fmt", ["turtle", "trig"])
def test_database_export_equals_direct_export(
    neo4j_db, neo4j_settings, fmt, example_relations, sample_relations
) -> None:
    relations = example_relations + sample_relations + nasty_relations()
    load_relations(neo4j_db, relations, database=neo4j_settings.database)
    from_database = list(read_relations(neo4j_db, neo4j_settings.database))
    assert len(from_database) == len(
        {
            (
                r.evidence.doc_id,
                r.evidence.start,
                r.subject.id,
                r.predicate,
                r.object.id,
                r.negated,
                r.modality,
                r.evidence.end,
            )
            for r in relations
        }
    )
    assert isomorphic(parse(export(relations, fmt), fmt), parse(export(from_database, fmt), fmt))


def test_database_export_after_reloading_an_article_is_the_accumulated_graph(
    neo4j_db, neo4j_settings, example_relations
) -> None:
    load_relations(neo4j_db, example_relations, database=neo4j_settings.database)
    load_relations(
        neo4j_db, [r for r in example_relations if r.article.id == "energy-deal"], database=neo4j_settings.database
    )
    from_database = list(read_relations(neo4j_db, neo4j_settings.database))
    assert isomorphic(parse(export(example_relations), "turtle"), parse(export(from_database), "turtle"))


def test_cli_export_from_neo4j(neo4j_db, neo4j_settings, tmp_path: Path, example_relations) -> None:
    triples = tmp_path / "triples.jsonl"
    with open(triples, "w", encoding="utf-8") as stream:
        write_relations(example_relations, stream)
    stamp = EXTRACTED_AT.isoformat()
    run = [sys.executable, "-m", "kg"]
    subprocess.run([*run, "load", str(triples)], check=True, cwd=ROOT, capture_output=True, timeout=300)
    direct = subprocess.run(
        [*run, "export", "--input", str(triples), "--format", "nquads", "--extracted-at", stamp],
        check=True,
        cwd=ROOT,
        capture_output=True,
        timeout=300,
    )
    database = subprocess.run(
        [*run, "export", "--from-neo4j", "--format", "nquads", "--extracted-at", stamp],
        cwd=ROOT,
        capture_output=True,
        timeout=300,
    )
    assert database.returncode == 0, database.stderr.decode()
    assert isomorphic(parse(direct.stdout, "nquads"), parse(database.stdout, "nquads"))
    assert f"{len(example_relations)} relations" in database.stderr.decode()


def test_cli_export_from_neo4j_writes_each_named_graph_as_one_block(
    neo4j_db, neo4j_settings, tmp_path: Path, example_relations, sample_relations
) -> None:
    import re

    from kg.rdf.shacl import validate_file

    relations = example_relations + sample_relations
    load_relations(neo4j_db, relations, database=neo4j_settings.database)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "kg",
            "export",
            "--from-neo4j",
            "--format",
            "trig",
            "--extracted-at",
            EXTRACTED_AT.isoformat(),
        ],
        cwd=ROOT,
        capture_output=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr.decode()
    blocks = re.findall(r"^(\S+) \{$", result.stdout.decode("utf-8"), flags=re.M)
    assert len(blocks) == len(set(blocks)) == len({r.article.id for r in relations}) + 1
    assert validate_file(result.stdout, "trig").conforms
