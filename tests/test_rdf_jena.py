"""Interoperability with a triple store kg did not write: Apache Jena 5.6 (resolved from Maven
Central by scripts/jena_local.py) parses every format strictly, finds the same triples in
Turtle, N-Triples, JSON-LD and the union of TriG's graphs, validates the Turtle and the TriG
with its own SHACL engine with kg validate's results, and answers the analysts' queries from
TDB2 with unionDefaultGraph as from the Turtle.

Like the Neo4j tier: under CI=true these tests fail when Jena cannot be had; elsewhere they
are skipped, loudly.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import NoReturn

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import SH

from bench.rdf_validate import DEFECTS, results_of_report, with_defects
from kg.rdf.statements import ExportOptions
from tests.conftest import fail_or_skip, load_script
from tests.rdf_cases import ANALYST_QUERIES, PREFIXES, export, nasty_relations, oxigraph_answers

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")

SHAPES = Path(__file__).resolve().parents[1] / "schemas" / "shapes.ttl"


def jena_unavailable(reason: str) -> NoReturn:
    fail_or_skip("Apache Jena", "JENA INTEROP TESTS", reason)


@pytest.fixture(scope="module")
def jena() -> ModuleType:
    """scripts/jena_local.py, with Jena's jars resolved and java found."""
    module = load_script("jena_local")
    try:
        module.java_executable()
        module.resolve_jena()
    except module.JenaLocalError as error:
        jena_unavailable(str(error))
    return module


def run(jena: ModuleType, tool: str, *args: str) -> str:
    done = jena.run_jena(tool, *args)
    assert done.returncode == 0, f"{tool} {' '.join(args)} exited {done.returncode}: {done.stderr[-2000:]}"
    return done.stdout


@pytest.fixture(scope="module")
def relations(example_relations, sample_relations) -> list:
    return example_relations + sample_relations + nasty_relations()


@pytest.fixture(scope="module")
def files(tmp_path_factory, relations) -> dict[str, Path]:
    """The export in every format and variant, written once."""
    folder = tmp_path_factory.mktemp("jena")
    variants = {
        "graph.ttl": ("turtle", {}),
        "graph.nt": ("ntriples", {}),
        "graph.jsonld": ("jsonld", {}),
        "graph.trig": ("trig", {}),
        "graph.nq": ("nquads", {}),
        "star.ttl": ("turtle", {"options": ExportOptions(rdf_star=True)}),
        "star.nq": ("nquads", {"options": ExportOptions(rdf_star=True), "engine": "oxigraph"}),
        "with-ontology.trig": ("trig", {"with_ontology": True}),
    }
    written = {}
    for name, (fmt, options) in variants.items():
        path = folder / name
        path.write_bytes(export(relations, fmt, **options))
        written[name] = path
    return written


def test_riot_validates_every_format_strictly_without_a_warning(jena, files) -> None:
    done = jena.run_jena("riot", "--validate", "--strict", *map(str, files.values()))
    problems = [line for line in done.stderr.splitlines() if "WARN" in line or "ERROR" in line]
    assert done.returncode == 0 and not problems, "\n".join(problems[:20]) or done.stderr[-2000:]


def _ntriples(jena: ModuleType, path: Path) -> set[str]:
    return {line for line in run(jena, "riot", "--out=nt", str(path)).splitlines() if line.strip()}


def test_jena_reads_the_same_triples_from_every_format(jena, files) -> None:
    turtle = _ntriples(jena, files["graph.ttl"])
    assert len(turtle) > 500
    for name in ("graph.nt", "graph.jsonld"):
        assert _ntriples(jena, files[name]) == turtle, name
    for name in ("graph.trig", "graph.nq"):  # every quad is in a named graph, and their union is the Turtle
        quads = [line for line in run(jena, "riot", "--out=nq", str(files[name])).splitlines() if line.strip()]
        assert {line.rsplit(" ", 2)[0] + " ." for line in quads} == turtle, name


def _conforms(report: str) -> bool:
    graph = Graph().parse(data=report, format="turtle")
    return list(graph.objects(None, SH.conforms)) == [Literal(True)]


def test_jena_shacl_finds_the_turtle_and_every_graph_of_the_trig_valid(jena, files) -> None:
    assert _conforms(run(jena, "shacl", "validate", "--shapes", str(SHAPES), "--data", str(files["graph.ttl"])))
    assert _conforms(run(jena, "shacl-union", str(SHAPES), str(files["graph.trig"])))


def test_jena_shacl_and_kg_validate_agree_on_injected_defects(jena, files, tmp_path: Path) -> None:
    broken = tmp_path / "defects.nt"
    broken.write_bytes(with_defects(files["graph.ttl"].read_bytes()))
    expected = results_of_report(
        Graph().parse(
            data=run(jena, "shacl", "validate", "--shapes", str(SHAPES), "--data", str(broken)), format="turtle"
        )
    )
    from bench.rdf_validate import shifty

    assert len(expected) >= len(DEFECTS)
    assert shifty(broken) == expected


def _tdb2_rows(jena: ModuleType, location: Path, query: str, *, union: bool, tmp_path: Path) -> list[str]:
    query_file = tmp_path / "query.rq"
    query_file.write_text(PREFIXES + query, encoding="utf-8")
    args = ["--loc", str(location), "--results=TSV", "--query", str(query_file)]
    if union:
        args[:0] = ["--set", "tdb:unionDefaultGraph=true"]
    return run(jena, "tdb2.tdbquery", *args).splitlines()[1:]  # the header line names the variables


def test_tdb2_with_union_default_graph_answers_the_analysts_queries_as_the_turtle(
    jena, files, tmp_path, example_relations
) -> None:
    trig_db, turtle_db = tmp_path / "trig-db", tmp_path / "turtle-db"
    run(jena, "tdb2.tdbloader", "--loc", str(trig_db), str(files["graph.trig"]))
    run(jena, "tdb2.tdbloader", "--loc", str(turtle_db), str(files["graph.ttl"]))
    for name, query in ANALYST_QUERIES.items():
        from_trig = _tdb2_rows(jena, trig_db, query, union=True, tmp_path=tmp_path)
        from_turtle = _tdb2_rows(jena, turtle_db, query, union=False, tmp_path=tmp_path)
        assert from_trig, f"{name}: no answer from TDB2 with unionDefaultGraph"
        assert from_trig == from_turtle, name
        in_oxigraph = oxigraph_answers(files["graph.trig"].read_bytes(), "trig", query, union=True)
        assert len(from_trig) == len(in_oxigraph), name
