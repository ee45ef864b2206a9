"""The vocabulary: schemas/ontology.ttl and context.jsonld are generated from
schemas/relations.json and the term table; the namespace is closed; every kg: term the
shapes, the context and the exporter use is declared."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib import namespace as ns

from kg.rdf.ontology import build_ontology, context_json, ontology_turtle
from kg.rdf.terms import KG, KG_IRI, TERMS, model_field_names, vocabulary_names
from kg.vocabulary import load_vocabulary
from tests.rdf_cases import export, nasty_relations, parse

SCHEMAS = Path(__file__).resolve().parents[1] / "schemas"
RDF, RDFS, OWL, XSD = ns.RDF, ns.RDFS, ns.OWL, ns.XSD


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(SCHEMAS / "ontology.ttl", format="turtle")


def test_committed_ontology_is_the_generated_one() -> None:
    assert (SCHEMAS / "ontology.ttl").read_text("utf-8") == ontology_turtle(), (
        "schemas/ontology.ttl is stale: run `python -m kg.rdf.ontology` (make schemas)"
    )


def test_committed_context_is_the_generated_one() -> None:
    assert (SCHEMAS / "context.jsonld").read_text("utf-8") == context_json(), (
        "schemas/context.jsonld is stale: run `python -m kg.rdf.ontology` (make schemas)"
    )


def test_the_namespace_is_closed() -> None:
    assert KG.meet == URIRef(KG_IRI + "meet")
    with pytest.raises(AttributeError):
        KG.meeet  # noqa: B018 - a typo must fail, not mint an IRI
    with pytest.raises(AttributeError):
        KG["sentance"]


def test_the_term_table_and_the_namespace_agree() -> None:
    assert {t.name for t in TERMS} == set(KG.__annotations__)


def test_the_vocabulary_holds_predicates() -> None:
    assert len(load_vocabulary().predicates) >= 20  # else the parametrized test below has nothing to check


@pytest.mark.parametrize("name", list(load_vocabulary().predicates))
def test_every_vocabulary_predicate_is_a_labelled_object_property(ontology: Graph, name: str) -> None:
    spec = load_vocabulary().predicates[name]
    term = KG[name]
    assert (term, RDF.type, OWL.ObjectProperty) in ontology
    assert ontology.value(term, RDFS.label) == Literal(spec.label, lang="en")
    assert ontology.value(term, RDFS.comment) == Literal(spec.comment, lang="en")
    assert (term, RDFS.subPropertyOf, KG.relatedTo) in ontology
    assert ((term, RDF.type, OWL.SymmetricProperty) in ontology) == spec.symmetric
    if spec.inverse:
        assert (term, OWL.inverseOf, KG[spec.inverse]) in ontology
        assert (KG[spec.inverse], RDF.type, OWL.ObjectProperty) in ontology


def test_classes_are_aligned_to_schema_org(ontology: Graph) -> None:
    schema = ns.Namespace("https://schema.org/")
    expected = {
        "Person": "Person",
        "Organization": "Organization",
        "Country": "Country",
        "Location": "Place",
        "Group": "Organization",
        "Event": "Event",
        "Other": "Thing",
    }
    for kg_class, schema_class in expected.items():
        assert (KG[kg_class], RDFS.subClassOf, schema[schema_class]) in ontology
        assert (KG[kg_class], RDFS.subClassOf, KG.Entity) in ontology


def test_every_term_has_a_label_and_a_comment(ontology: Graph) -> None:
    terms = set(ontology.subjects(RDFS.isDefinedBy, URIRef(KG_IRI.rstrip("#"))))
    assert len(terms) == len(TERMS) + len(vocabulary_names()) + len(set(model_field_names()) - {t.name for t in TERMS})
    for term in terms:
        assert ontology.value(term, RDFS.label) and ontology.value(term, RDFS.comment), term


def _kg_terms(text: str) -> set[str]:
    return set(re.findall(r"\bkg:([A-Za-z_][A-Za-z0-9_]*)", text))


def test_shapes_and_context_use_declared_terms_only(ontology: Graph) -> None:
    declared = {str(s)[len(KG_IRI) :] for s in ontology.subjects() if str(s).startswith(KG_IRI)}
    assert _kg_terms((SCHEMAS / "shapes.ttl").read_text("utf-8")) <= declared
    assert _kg_terms((SCHEMAS / "context.jsonld").read_text("utf-8")) <= declared


def test_exports_use_declared_kg_terms_only(ontology: Graph, example_relations) -> None:
    declared = {str(s) for s in ontology.subjects() if str(s).startswith(KG_IRI)}
    graph = parse(export(example_relations + nasty_relations(), "ntriples"), "ntriples")
    used = {str(t) for triple in graph for t in triple if isinstance(t, URIRef) and str(t).startswith(KG_IRI)}
    assert used and used <= declared


def test_the_ontology_parses_as_owl_with_no_blank_nodes(ontology: Graph) -> None:
    assert len(ontology) == len(build_ontology())
    assert (URIRef(KG_IRI.rstrip("#")), RDF.type, OWL.Ontology) in ontology
    assert not [t for triple in ontology for t in triple if isinstance(t, BNode)]


def test_context_is_valid_json_ld_for_the_export(example_relations) -> None:
    context = json.loads((SCHEMAS / "context.jsonld").read_text("utf-8"))["@context"]
    assert context["kg"] == KG_IRI
    assert context["start"] == {"@id": "kg:start", "@type": "xsd:integer"}
    assert context["meet"] == {"@id": "kg:meet", "@type": "@id"}


def test_the_shipped_context_holds_every_prefix_an_export_uses(example_relations) -> None:
    from kg.rdf.export import ExportOptions, export_prefixes

    context = json.loads((SCHEMAS / "context.jsonld").read_text("utf-8"))["@context"]
    for prefix, namespace in export_prefixes(ExportOptions()).items():
        assert context.get(prefix) == namespace, prefix
    for prefix in ("entity", "article", "statement", "run", "graph"):
        assert prefix in context


@pytest.mark.parametrize("fmt", ["jsonld", "turtle"])
def test_an_export_read_through_the_shipped_context_alone_has_no_relative_iri(fmt, example_relations) -> None:
    """A user who compacts or reads kg's JSON-LD with schemas/context.jsonld gets every IRI absolute."""
    import pyoxigraph

    shipped = json.loads((SCHEMAS / "context.jsonld").read_text("utf-8"))
    if fmt == "jsonld":
        document = json.loads(export(example_relations, "jsonld"))
        document["@context"] = shipped["@context"]
    else:  # the Turtle's data compacted by hand with the shipped context's prefixes
        graph = parse(export(example_relations, "turtle"), "turtle")
        document = json.loads(graph.serialize(format="json-ld", context=shipped["@context"], auto_compact=True))
        document["@context"] = shipped["@context"]
    text = json.dumps(document).encode("utf-8")
    triples = list(pyoxigraph.parse(text, pyoxigraph.RdfFormat.JSON_LD))
    iris = {
        t.value
        for triple in triples
        for t in (triple.subject, triple.predicate, triple.object)
        if isinstance(t, pyoxigraph.NamedNode)
    }
    assert iris and all(re.match(r"^(https?|urn):", iri) for iri in iris), sorted(
        i for i in iris if not i.startswith("http")
    )[:5]
    reference = {
        (str(s), str(p), str(o))
        for s, p, o in parse(export(example_relations, "turtle"), "turtle")
        if not any(isinstance(t, BNode) for t in (s, p, o))
    }
    read = {(t.subject.value, t.predicate.value, t.object.value) for t in triples}
    assert read == reference
