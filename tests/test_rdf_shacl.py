"""SHACL: exports of the examples and the sample article conform in every format; broken
exports give readable violations; `kg validate` says so by its exit status."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib import namespace as ns

from kg.export.iri import Minter
from kg.export.rdf import FORMATS
from kg.export.shacl import validate_graph
from kg.export.terms import KG
from tests.rdf_cases import entity, export, nasty_relations, parse, relation

# rdflib's own N-Quads parser and serializer use its deprecated Dataset API.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")

ROOT = Path(__file__).resolve().parents[1]
M = Minter()
RDF, RDFS, XSD, PROV = ns.RDF, ns.RDFS, ns.XSD, ns.PROV


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_exports_of_the_examples_and_the_sample_article_conform(fmt, example_relations, sample_relations) -> None:
    conforms, violations = validate_graph(parse(export(example_relations + sample_relations, fmt), fmt))
    assert conforms, "\n".join(map(str, violations))


def test_nasty_names_conform() -> None:
    conforms, violations = validate_graph(parse(export(nasty_relations()), "turtle"))
    assert conforms, "\n".join(map(str, violations))


def _statement(graph):
    return next(graph.subjects(RDF.type, RDF.Statement))


A, B = URIRef(M.entity("a")), URIRef(M.entity("b"))

#: (what is broken, how, a fragment of the violation it must give)
BREAKAGES = [
    ("no evidence sentence", lambda g: g.remove((_statement(g), KG.sentence, None)), "evidence sentence"),
    ("confidence above 1", lambda g: g.set((_statement(g), KG.confidence, Literal("1.5", datatype=XSD.decimal))),
     "confidence is one xsd:decimal in [0, 1]"),
    ("no source article", lambda g: g.remove((_statement(g), PROV.wasDerivedFrom, None)), "schema:NewsArticle"),
    ("a negated relation asserted", lambda g: g.set((_statement(g), KG.negated, Literal(True))),
     "no statement supports it as a fact"),
    ("an unknown modality", lambda g: g.set((_statement(g), KG.modality, Literal("rumoured"))), "kg:modality"),
    ("an entity without label", lambda g: g.remove((A, RDFS.label, None)), "rdfs:label"),
    ("an entity without kg type", lambda g: g.remove((A, RDF.type, KG.Organization)), "one kg type"),
    ("end before start", lambda g: g.set((_statement(g), KG.end, Literal(-1))), "kg:end"),
    ("a run without time", lambda g: g.remove((None, PROV.endedAtTime, None)), "prov:endedAtTime"),
]


@pytest.mark.parametrize(("broken", "breakage", "message"), BREAKAGES, ids=[b[0] for b in BREAKAGES])
def test_broken_exports_give_readable_violations(broken, breakage, message) -> None:
    graph = parse(export([relation(entity("A", "a"), "meet", entity("B", "b"))]), "turtle")
    assert validate_graph(graph)[0]
    breakage(graph)
    conforms, violations = validate_graph(graph)
    assert not conforms
    text = "\n".join(map(str, violations))
    assert message in text, text


def kg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=ROOT, timeout=300)


def test_cli_validate_exit_status(tmp_path: Path) -> None:
    good = tmp_path / "good.ttl"
    good.write_bytes(export([relation(entity("A", "a"), "meet", entity("B", "b"))]))
    result = kg("validate", str(good))
    assert result.returncode == 0, result.stderr
    assert "conforms" in result.stderr and result.stdout == ""
    bad = tmp_path / "bad.nt"
    bad.write_bytes(export([relation(entity("A", "a"), "meet", entity("B", "b"))], "ntriples")
                    .replace(b'"A"', b'""'))
    result = kg("validate", str(bad))
    assert result.returncode == 1
    assert "does not conform: 1 violation" in result.stderr
    assert result.stdout.startswith("Violation: entity:a rdfs:label:")
    result = kg("validate", str(tmp_path / "missing.ttl"))
    assert result.returncode == 1 and "missing.ttl" in result.stderr
