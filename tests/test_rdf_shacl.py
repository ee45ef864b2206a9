"""SHACL: exports of the examples and the sample article conform in every format and
layout; broken exports give readable violations (each defect of the bench's corpus is
found); the named-graph layout is checked; `kg validate` says so by its exit status, and
says why in one line when it cannot read the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib import namespace as ns

from bench.rdf_validate import DEFECTS
from kg.rdf.export import FORMATS
from kg.rdf.iri import Minter
from kg.rdf.shacl import validate_graph
from kg.rdf.terms import KG
from tests.helpers import kg
from tests.rdf_cases import entity, export, nasty_relations, parse, parse_dataset, relation

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


@pytest.mark.parametrize("variant", ["rdf-star", "moved vocabulary", "with ontology", "german"])
@pytest.mark.parametrize("fmt", ["turtle", "trig"])
def test_every_variant_of_the_export_conforms(variant, fmt, example_relations) -> None:
    from kg.rdf.shacl import validate_file
    from kg.rdf.statements import ExportOptions

    options = {
        "rdf-star": {"options": ExportOptions(rdf_star=True)},
        "moved vocabulary": {
            "options": ExportOptions(vocabulary="https://vocab.example.net/ns", base="urn:example:kg"),
            "with_ontology": True,
        },
        "with ontology": {"with_ontology": True},
        "german": {"options": ExportOptions(language="de")},
    }[variant]
    result = validate_file(export(example_relations, fmt, **options), fmt)
    assert result.conforms, "\n".join(map(str, result.violations))


@pytest.mark.parametrize("defect", [d[0] for d in DEFECTS])
def test_every_defect_of_the_bench_corpus_is_found(defect, example_relations) -> None:
    from kg.rdf.shacl import validate_file

    graph = parse(export(example_relations), "turtle")
    dict(DEFECTS)[defect](graph)
    result = validate_file(graph.serialize(format="nt", encoding="utf-8"), "ntriples")
    assert not result.conforms and result.violations


def _statement(graph):
    return next(graph.subjects(RDF.type, RDF.Statement))


A, B = URIRef(M.entity("a")), URIRef(M.entity("b"))

#: (what is broken, how, a fragment of the violation it must give)
BREAKAGES = [
    ("no evidence sentence", lambda g: g.remove((_statement(g), KG.sentence, None)), "evidence sentence"),
    (
        "confidence above 1",
        lambda g: g.set((_statement(g), KG.confidence, Literal("1.5", datatype=XSD.decimal))),
        "confidence is one xsd:decimal in [0, 1]",
    ),
    ("no source article", lambda g: g.remove((_statement(g), PROV.wasDerivedFrom, None)), "schema:NewsArticle"),
    (
        "a negated relation asserted",
        lambda g: g.set((_statement(g), KG.negated, Literal(True))),
        "no statement supports it as a fact",
    ),
    ("an unknown modality", lambda g: g.set((_statement(g), KG.modality, Literal("rumoured"))), "kg:modality"),
    ("an entity without label", lambda g: g.remove((A, RDFS.label, None)), "rdfs:label"),
    ("an entity without kg type", lambda g: g.remove((A, RDF.type, KG.Organization)), "one kg type"),
    ("end before start", lambda g: g.set((_statement(g), KG.end, Literal(-1))), "kg:end"),
    ("end past the sentence", lambda g: g.set((_statement(g), KG.end, Literal(40))), "do not span its sentence"),
    ("a run without time", lambda g: g.remove((None, PROV.endedAtTime, None)), "prov:endedAtTime"),
    (
        "a reported relation asserted",
        lambda g: g.add((_statement(g), KG.attributedTo, Literal("a spokesman"))),
        "no statement supports it as a fact",
    ),
    ("a label without language", lambda g: g.set((A, RDFS.label, Literal("A"))), "with a language tag"),
    (
        "an absolute source path",
        lambda g: g.set((URIRef(M.article("doc-1")), KG.source, Literal("/home/alice/doc-1.txt"))),
        "never an absolute local path",
    ),
    (
        "a time that is no date",
        lambda g: g.add((_statement(g), KG.time, Literal("soon", datatype=XSD.date))),
        "kg:time is one xsd:date",
    ),
    (
        "an article graph of no article",
        lambda g: g.remove((URIRef(M.graph("doc-1")), PROV.wasDerivedFrom, None)),
        "an article graph is derived from exactly one schema:NewsArticle",
    ),
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


def test_cli_validate_exit_status(tmp_path: Path) -> None:
    good = tmp_path / "good.ttl"
    good.write_bytes(export([relation(entity("A", "a"), "meet", entity("B", "b"))]))
    result = kg("validate", str(good))
    assert result.returncode == 0, result.stderr
    assert "conforms" in result.stderr and result.stdout == ""
    bad = tmp_path / "bad.nt"
    bad.write_bytes(export([relation(entity("A", "a"), "meet", entity("B", "b"))], "ntriples").replace(b'"A"', b'""'))
    result = kg("validate", str(bad))
    assert result.returncode == 1
    assert "does not conform: 1 violation" in result.stderr
    assert result.stdout.startswith("Violation: entity:a rdfs:label:")
    result = kg("validate", str(tmp_path / "missing.ttl"))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"kg: error: {tmp_path / 'missing.ttl'}: cannot open (No such file or directory)"
    ]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("garbage.ttl", b"this is not turtle at all", "not valid turtle"),
        ("binary.nt", bytes(range(256)) * 4, "not valid ntriples"),
        ("broken.trig", b"<http://a/s> <http://a/p> { <http://a/o> .", "not valid trig"),
        ("half.jsonld", b'{"@context": {"kg": "https://w3id.org/kg-news/ns#"}, "@id": ', "jsonld"),
    ],
)
def test_cli_validate_says_in_one_line_why_a_file_is_unreadable(tmp_path: Path, name, content, reason) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = kg("validate", str(path))
    assert result.returncode == 1 and result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith(f"kg: error: {path}: ") and reason in line, line
    assert "line" in line or "position" in line or "column" in line or "jsonld" in name, line


def test_the_layout_of_named_graphs_is_checked(example_relations) -> None:
    from kg.rdf.shacl import validate_file

    dataset = parse_dataset(export(example_relations, "nquads"), "nquads")
    graphs = sorted(
        (g for g in dataset.graphs() if str(g.identifier).startswith(M.graph_ns)), key=lambda g: g.identifier
    )
    first, second = graphs[0], graphs[1]
    moved = next(first.subjects(RDF.type, RDF.Statement))
    for triple in list(first.triples((moved, None, None))):  # a statement in another article's graph
        first.remove(triple)
        second.add(triple)
    dataset.default_graph.add((URIRef("http://example.org/x"), RDFS.label, Literal("stray", lang="en")))
    result = validate_file(dataset.serialize(format="nquads", encoding="utf-8"), "nquads")
    text = "\n".join(map(str, result.violations))
    assert not result.conforms
    assert f"is in graph <{second.identifier}>, which does not hold its article" in text
    assert "1 triples are in the default graph" in text


def test_cli_validate_checks_every_graph_of_a_trig_file(tmp_path: Path) -> None:
    good = export([relation(entity("A", "a"), "meet", entity("B", "b"))], "trig")
    (tmp_path / "good.trig").write_bytes(good)
    result = kg("validate", str(tmp_path / "good.trig"))
    assert result.returncode == 0 and "in 2 named graphs" in result.stderr
    (tmp_path / "bad.trig").write_bytes(good.replace(b'kg:sentence "A sentence."', b"kg:sentence 7"))
    result = kg("validate", str(tmp_path / "bad.trig"))
    assert result.returncode == 1 and "kg:sentence" in result.stdout
