"""RDF export: every format and engine gives the rdflib reference graph; facts, statements,
provenance and named graphs as documented; deterministic and streamed."""

from __future__ import annotations

import io
from itertools import product

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib import namespace as ns
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.rdf.export import ENGINES, FORMATS, relations_to_graph, write_rdf
from kg.rdf.iri import Minter
from kg.rdf.terms import KG, KGV, SCHEMA, predicate_iri
from tests.rdf_cases import EXTRACTED_AT, entity, export, nasty_relations, parse, parse_dataset, relation

# rdflib's own N-Quads parser and serializer use its deprecated Dataset API.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")

M = Minter()


RDF, RDFS, XSD, PROV, SKOS = ns.RDF, ns.RDFS, ns.XSD, ns.PROV, ns.SKOS


def reference(relations) -> Graph:
    """The rdflib engine's graph, through N-Triples so that rdflib normalises its literals as any parse does."""
    graph = relations_to_graph(relations, extracted_at=EXTRACTED_AT)
    return Graph().parse(data=graph.serialize(format="nt"), format="nt")


def assert_same_graph(expected, actual) -> None:
    if not isomorphic(expected, actual):
        _, only_expected, only_actual = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
        raise AssertionError(
            f"graphs differ:\nonly expected:\n{sorted(only_expected)[:8]}\nonly actual:\n{sorted(only_actual)[:8]}"
        )


@pytest.mark.parametrize(("fmt", "engine"), list(product(FORMATS, ENGINES)))
def test_every_format_and_engine_parses_back_to_the_reference_graph(
    fmt, engine, example_relations, sample_relations
) -> None:
    relations = example_relations + sample_relations + nasty_relations()
    assert_same_graph(reference(relations), parse(export(relations, fmt, engine), fmt))


@pytest.mark.parametrize("fmt", ["turtle", "ntriples", "trig", "nquads"])
def test_the_fast_engines_parse_with_oxigraph_too(fmt, example_relations) -> None:
    import pyoxigraph

    relations = example_relations + nasty_relations()
    counts = {
        engine: len(
            list(
                pyoxigraph.parse(
                    export(relations, fmt, engine),
                    {
                        "turtle": pyoxigraph.RdfFormat.TURTLE,
                        "ntriples": pyoxigraph.RdfFormat.N_TRIPLES,
                        "trig": pyoxigraph.RdfFormat.TRIG,
                        "nquads": pyoxigraph.RdfFormat.N_QUADS,
                    }[fmt],
                )
            )
        )
        for engine in ("stream", "oxigraph")
    }
    assert counts["stream"] == counts["oxigraph"] > 100


def test_an_asserted_relation_is_a_plain_triple_and_a_statement() -> None:
    a, b = entity("Mark Rutte", "mark-rutte", "Person"), entity("NATO", "nato")
    r = relation(a, "meet", b, confidence=0.9, relation_text="met")
    graph = parse(export([r]), "turtle")
    ea, eb = URIRef(M.entity("mark-rutte")), URIRef(M.entity("nato"))
    assert (ea, KG.meet, eb) in graph
    [statement] = graph.subjects(RDF.type, RDF.Statement)
    expected = {
        RDF.subject: ea,
        RDF.predicate: KG.meet,
        RDF.object: eb,
        PROV.wasDerivedFrom: URIRef(M.article("doc-1")),
        PROV.wasGeneratedBy: URIRef(M.run(EXTRACTED_AT)),
        KG.sentence: Literal("A sentence."),
        KG.start: Literal(0),
        KG.end: Literal(11),
        KG.rule: Literal("test_rule"),
        KG.confidence: Literal("0.9", datatype=XSD.decimal),
        KG.negated: Literal(False),
        KG.modality: Literal("asserted"),
        KG.relationText: Literal("met"),
        RDFS.label: Literal("Mark Rutte met NATO", lang="en"),
    }
    for predicate, value in expected.items():
        assert list(graph.objects(statement, predicate)) == [value], predicate
    run = URIRef(M.run(EXTRACTED_AT))
    assert graph.value(run, PROV.endedAtTime) == Literal("2025-03-04T12:00:00+00:00", datatype=XSD.dateTime)
    assert (run, RDF.type, PROV.Activity) in graph


@pytest.mark.parametrize(
    ("negated", "modality", "claimant"),
    [
        (True, "asserted", None),
        (False, "hedged", None),
        (False, "conditional", None),
        (False, "question", None),
        (True, "future", None),
        (False, "asserted", "a spokesman"),
        (False, "intent", "Olaf Scholz"),
    ],
)
def test_negated_hypothetical_or_reported_relations_are_never_asserted(negated, modality, claimant) -> None:
    a, b = entity("Olaf Scholz", "olaf-scholz", "Person"), entity("Vladimir Putin", "vladimir-putin", "Person")
    r = relation(a, "meet", b, negated=negated, modality=modality, attributed_to=claimant)
    for fmt in FORMATS:
        graph = parse(export([r], fmt), fmt)
        assert not list(graph.triples((URIRef(M.entity("olaf-scholz")), KG.meet, None))), fmt
        [statement] = graph.subjects(RDF.type, RDF.Statement)
        assert graph.value(statement, KG.negated) == Literal(negated)
        assert graph.value(statement, KG.modality) == Literal(modality)


def test_negated_relations_of_the_sample_article_are_statements_only(sample_relations) -> None:
    graph = parse(export(sample_relations), "turtle")
    facts = {(r.subject.id, r.predicate, r.object.id) for r in sample_relations if r.is_fact}
    not_facts = [r for r in sample_relations if not r.is_fact]
    assert any(r.negated for r in not_facts) and any(r.modality != "asserted" for r in not_facts)
    for r in not_facts:
        if (r.subject.id, r.predicate, r.object.id) not in facts:
            triple = (URIRef(M.entity(r.subject.id)), predicate_iri(r.predicate), URIRef(M.entity(r.object.id)))
            assert triple not in graph, r


def test_a_fact_stays_asserted_when_another_article_denies_it() -> None:
    a, b = entity("A", "a"), entity("B", "b")
    graph = parse(
        export([relation(a, "meet", b, doc="one"), relation(a, "meet", b, doc="two", negated=True)]), "turtle"
    )
    assert (URIRef(M.entity("a")), KG.meet, URIRef(M.entity("b"))) in graph
    assert len(list(graph.subjects(RDF.type, RDF.Statement))) == 2


def test_entities_are_typed_with_kg_and_schema_classes_and_labelled() -> None:
    a = entity("Mark Rutte", "mark-rutte", "Person", aliases=("Rutte", "Mark Rutte"))
    graph = parse(export([relation(a, "lead", entity("Dutch", "dutch", "Group"))]), "turtle")
    node = URIRef(M.entity("mark-rutte"))
    assert set(graph.objects(node, RDF.type)) == {KG.Person, SCHEMA.Person}
    assert set(graph.objects(URIRef(M.entity("dutch")), RDF.type)) == {KG.Group, SCHEMA.Organization}
    assert list(graph.objects(node, RDFS.label)) == [Literal("Mark Rutte", lang="en")]
    assert list(graph.objects(node, SKOS.altLabel)) == [Literal("Rutte", lang="en")]
    assert graph.value(node, KG.key) == Literal("mark-rutte")


def test_articles_are_news_articles_with_title_url_and_date() -> None:
    graph = parse(export([relation(entity("A", "a"), "meet", entity("B", "b"), doc="energy-deal")]), "turtle")
    article = URIRef(M.article("energy-deal"))
    assert (article, RDF.type, SCHEMA.NewsArticle) in graph
    assert graph.value(article, SCHEMA.headline) == Literal("Title of energy-deal", lang="en")
    assert graph.value(article, RDFS.label) == Literal("Title of energy-deal", lang="en")
    assert graph.value(article, SCHEMA.url) == Literal("https://news.example/energy-deal", datatype=XSD.anyURI)
    assert graph.value(article, SCHEMA.datePublished) == Literal("2025-03-04", datatype=XSD.date)
    assert graph.value(article, SCHEMA.identifier) == Literal("energy-deal")


def test_verb_predicates_are_kgv_terms_declared_under_related_to() -> None:
    graph = parse(export([relation(entity("A", "a"), "step_up", entity("B", "b"))]), "turtle")
    assert (URIRef(M.entity("a")), KGV.step_up, URIRef(M.entity("b"))) in graph
    assert graph.value(KGV.step_up, RDFS.subPropertyOf) == KG.relatedTo
    assert graph.value(KGV.step_up, RDFS.label) == Literal("step up", lang="en")


@pytest.mark.parametrize("fmt", ["trig", "nquads"])
def test_each_article_has_a_named_graph_of_its_own(fmt, example_relations) -> None:
    dataset = parse_dataset(export(example_relations, fmt), fmt)
    articles = {r.article.id for r in example_relations}
    named = {str(g.identifier): g for g in dataset.graphs() if str(g.identifier).startswith(M.graph_ns)}
    assert set(named) == {M.graph(a) for a in articles}
    for article_id in articles:
        graph = named[M.graph(article_id)]
        sources = set(graph.objects(None, PROV.wasDerivedFrom))
        assert sources == {URIRef(M.article(article_id))}


@pytest.mark.parametrize("fmt", ["turtle", "trig"])
def test_every_prefix_is_bound(fmt, example_relations) -> None:
    text = export(example_relations + nasty_relations(), fmt).decode("utf-8")
    assert "ns1:" not in text
    for namespace in ("https://schema.org/", "http://www.w3.org/ns/prov#", "https://kg.example.org/ns#"):
        assert f"<{namespace}" not in text.split("\n", 20)[-1], namespace
    assert "entity:mark-rutte" in text and "kg:meet" in text


def test_jsonld_is_compacted_with_the_shipped_context(example_relations) -> None:
    import json

    document = json.loads(export(example_relations, "jsonld"))
    assert document["@context"]["kg"] == "https://w3id.org/kg-news/ns#"
    text = json.dumps(document)
    assert '"sentence"' in text and '"confidence"' in text


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_same_input_gives_the_same_bytes(fmt, example_relations) -> None:
    assert export(example_relations, fmt) == export(example_relations, fmt)


def test_base_iri_is_configurable_and_checked() -> None:
    from kg.errors import RDFError

    r = relation(entity("A", "a"), "meet", entity("B", "b"))
    text = export([r], "ntriples", base="urn:example:kg").decode()
    assert "<urn:example:kg/entity/a>" in text
    with pytest.raises(RDFError, match="not an absolute IRI"):
        export([r], base="no scheme here")


def test_export_streams_its_input(example_relations) -> None:
    """The stream engine writes before it has read every relation: memory does not hold them all."""
    many = [relation(entity(f"E{i}", f"e{i}"), "meet", entity(f"F{i}", f"f{i}"), doc=f"d{i}") for i in range(20_000)]
    out = io.BytesIO()
    written_when_half_read = []

    def relations():
        for i, r in enumerate(many):
            if i == len(many) // 2:
                written_when_half_read.append(out.tell())
            yield r

    write_rdf(relations(), out, "ntriples", extracted_at=EXTRACTED_AT)
    assert written_when_half_read[0] > 0


# --- What leaves the machine -------------------------------------------------------------------------


def _sourced(source: str, url: str | None = None):
    from kg.model import ArticleMeta

    return relation(
        entity("A", "a"), "meet", entity("B", "b"), article=ArticleMeta("doc", title="T", url=url, source=source)
    )


@pytest.mark.parametrize(
    ("source", "written"),
    [
        ("/home/alice/news/2025/energy-deal.txt", "energy-deal.txt"),
        ("news/energy-deal.txt", "news/energy-deal.txt"),
        ("../../alice/energy-deal.txt", "energy-deal.txt"),
        ("~/energy-deal.txt", "energy-deal.txt"),
        ("C:\\Users\\alice\\energy-deal.txt", "energy-deal.txt"),
        ("-", "-"),
    ],
)
def test_no_absolute_local_path_leaves_the_machine(source, written) -> None:
    for fmt in FORMATS:
        data = export([_sourced(source)], fmt)
        assert b"alice" not in data, fmt
        graph = parse(data, fmt)
        assert graph.value(URIRef(M.article("doc")), KG.source) == Literal(written), fmt
        assert graph.value(URIRef(M.article("doc")), SCHEMA.url) is None


def test_keep_paths_records_a_file_url(tmp_path) -> None:
    from kg.rdf.statements import ExportOptions

    source = str(tmp_path / "energy deal.txt")
    graph = parse(export([_sourced(source)], options=ExportOptions(keep_paths=True)), "turtle")
    url = (tmp_path / "energy deal.txt").as_uri()
    assert graph.value(URIRef(M.article("doc")), KG.source) == Literal(url)
    assert graph.value(URIRef(M.article("doc")), SCHEMA.url) == Literal(url, datatype=XSD.anyURI)
    kept = parse(
        export([_sourced(source, url="https://news.example/x")], options=ExportOptions(keep_paths=True)), "turtle"
    )
    assert kept.value(URIRef(M.article("doc")), SCHEMA.url) == Literal("https://news.example/x", datatype=XSD.anyURI)


# --- Typed time and language-tagged labels -----------------------------------------------------------


@pytest.mark.parametrize(
    ("date", "datatype"),
    [
        ("2025-03-06", XSD.date),
        ("2025-03", XSD.gYearMonth),
        ("2025", XSD.gYear),
        ("2025-03-06T10:00:00Z", XSD.dateTime),
        ("2025-W09", None),
    ],
)
def test_time_is_a_typed_date_beside_the_phrase(date, datatype) -> None:
    from kg.model import TimeRef

    graph = parse(
        export([relation(entity("A", "a"), "meet", entity("B", "b"), time=TimeRef("on Thursday", date))]), "turtle"
    )
    [statement] = graph.subjects(RDF.type, RDF.Statement)
    assert graph.value(statement, KG.time) == Literal(date, datatype=datatype)
    assert graph.value(statement, KG.timeText) == Literal("on Thursday")


@pytest.mark.parametrize(
    ("published", "datatype"),
    [("2025-03-04", XSD.date), ("2025-03", XSD.gYearMonth), ("2025", XSD.gYear), ("March 2025", None)],
)
def test_publication_dates_are_typed_by_precision(published, datatype) -> None:
    from kg.model import ArticleMeta

    r = relation(entity("A", "a"), "meet", entity("B", "b"), article=ArticleMeta("doc", published=published))
    graph = parse(export([r]), "turtle")
    assert graph.value(URIRef(M.article("doc")), SCHEMA.datePublished) == Literal(published, datatype=datatype)


def test_labels_carry_the_language_given() -> None:
    from kg.rdf.statements import ExportOptions

    a = entity("Angela Merkel", "angela-merkel", "Person", aliases=("Merkel",))
    graph = parse(export([relation(a, "meet", entity("Bund", "bund"))], options=ExportOptions(language="de")), "turtle")
    node = URIRef(M.entity("angela-merkel"))
    assert graph.value(node, RDFS.label) == Literal("Angela Merkel", lang="de")
    assert graph.value(node, SKOS.altLabel) == Literal("Merkel", lang="de")
    assert graph.value(URIRef(M.article("doc-1")), SCHEMA.headline) == Literal("Title of doc-1", lang="de")
    [statement] = graph.subjects(RDF.type, RDF.Statement)
    assert graph.value(statement, RDFS.label) == Literal("Angela Merkel met Bund", lang="en")  # kg's words


def test_statement_labels_name_their_qualifiers() -> None:
    from kg.rdf.statements import statement_label

    a, b = entity("Olaf Scholz", "olaf-scholz", "Person"), entity("Vladimir Putin", "vladimir-putin", "Person")
    assert (
        statement_label(relation(a, "meet", b, negated=True, modality="hedged", attributed_to="Tass"))
        == "Olaf Scholz met Vladimir Putin (negated, hedged, according to Tass)"
    )
    assert statement_label(relation(a, "step_up", b)) == "Olaf Scholz step up Vladimir Putin"


# --- The vocabulary, imported or included, and moved ---------------------------------------------------


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_the_export_imports_the_ontology(fmt) -> None:
    from rdflib import OWL

    graph = parse(export([relation(entity("A", "a"), "meet", entity("B", "b"))], fmt), fmt)
    assert graph.value(URIRef(M.dataset), OWL.imports) == URIRef("https://w3id.org/kg-news/ns")
    assert (URIRef(M.dataset), RDF.type, OWL.Ontology) in graph


@pytest.mark.parametrize("fmt", ["turtle", "trig", "nquads", "jsonld"])
def test_with_ontology_puts_ontology_and_data_in_one_file(fmt) -> None:
    from kg.rdf.ontology import build_ontology

    graph = parse(export([relation(entity("A", "a"), "meet", entity("B", "b"))], fmt, with_ontology=True), fmt)
    assert graph.value(KG.meet, RDFS.label) == Literal("met", lang="en")
    assert all(triple in graph for triple in build_ontology())
    if fmt in ("trig", "nquads"):
        dataset = parse_dataset(
            export([relation(entity("A", "a"), "meet", entity("B", "b"))], fmt, with_ontology=True), fmt
        )
        assert len(dataset.graph(URIRef("https://w3id.org/kg-news/ns"))) == len(build_ontology())


def test_vocab_iri_moves_every_term_the_ontology_and_the_context() -> None:
    import json

    from kg.rdf.statements import ExportOptions

    options = ExportOptions(base="https://data.example.net/kg/", vocabulary="https://vocab.example.net/news/ns")
    r = relation(entity("A", "a", "Person"), "step_up", entity("B", "b"))
    for fmt in FORMATS:
        data = export([r], fmt, options=options, with_ontology=True)
        assert b"w3id.org" not in data.replace(b"w3id.org persistent identifier", b""), fmt
        assert b"kg.example.org" not in data, fmt
    graph = parse(export([r], options=options, with_ontology=True), "turtle")
    moved = ns.Namespace("https://vocab.example.net/news/ns#")
    assert (URIRef("https://data.example.net/kg/entity/a"), RDF.type, moved.Person) in graph
    assert graph.value(moved.meet, RDFS.label) == Literal("met", lang="en")
    document = json.loads(export([r], "jsonld", options=options))
    assert document["@context"]["kg"] == "https://vocab.example.net/news/ns#"
    assert document["@context"]["entity"] == "https://data.example.net/kg/entity/"


def test_rdf_star_statements_reify_the_triple_and_read_back() -> None:
    import pyoxigraph

    from kg.rdf.read import read_rdf
    from kg.rdf.statements import ExportOptions

    r = relation(entity("Mark Rutte", "mark-rutte", "Person"), "meet", entity("NATO", "nato"), confidence=0.5)
    for engine in ("stream", "oxigraph"):
        for fmt in ("turtle", "ntriples", "trig", "nquads"):
            data = export([r], fmt, engine, options=ExportOptions(rdf_star=True))
            reifies = [
                q
                for q in pyoxigraph.parse(
                    data,
                    {
                        "turtle": pyoxigraph.RdfFormat.TURTLE,
                        "ntriples": pyoxigraph.RdfFormat.N_TRIPLES,
                        "trig": pyoxigraph.RdfFormat.TRIG,
                        "nquads": pyoxigraph.RdfFormat.N_QUADS,
                    }[fmt],
                )
                if q.predicate.value.endswith("#reifies")
            ]
            assert len(reifies) == 1 and isinstance(reifies[0].object, pyoxigraph.Triple), (engine, fmt)
            assert reifies[0].object.predicate.value == str(KG.meet)
            assert b"rdf-syntax-ns#subject" not in data and b"rdf:subject" not in data
            assert read_rdf(io.BytesIO(data), fmt).relations == [r], (engine, fmt)


def test_rdf_star_is_refused_where_the_writer_has_no_triple_terms() -> None:
    from kg.errors import RDFError
    from kg.rdf.statements import ExportOptions

    r = relation(entity("A", "a"), "meet", entity("B", "b"))
    for fmt, engine in (("jsonld", "stream"), ("turtle", "rdflib")):
        with pytest.raises(RDFError, match="rdf-star"):
            export([r], fmt, engine, options=ExportOptions(rdf_star=True))
