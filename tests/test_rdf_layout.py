"""The named-graph layout: every quad in exactly one named graph, so that a store querying
the union of the graphs (Oxigraph here, Jena TDB2 in test_rdf_jena.py) answers the same
SPARQL as the Turtle export; TriG writes each graph as one block whatever the input order;
and the same question can be asked of every statement layout."""

from __future__ import annotations

import random
import re
from collections import Counter

import pyoxigraph
import pytest
from rdflib import URIRef
from rdflib import namespace as ns

from kg.rdf.export import ENGINES
from kg.rdf.iri import Minter
from kg.rdf.statements import ExportOptions, asserts_fact
from kg.rdf.terms import KG, SCHEMA
from tests.rdf_cases import (
    ANALYST_QUERIES,
    RELATIONS_OF_ONE_ACTOR_BY_GRAPH,
    RELATIONS_OF_ONE_ACTOR_FACTS,
    RELATIONS_OF_ONE_ACTOR_RDF_STAR,
    export,
    nasty_relations,
    oxigraph_answers,
    parse_dataset,
)

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")

M = Minter()
RDF, PROV = ns.RDF, ns.PROV
OX_FORMATS = {"trig": pyoxigraph.RdfFormat.TRIG, "nquads": pyoxigraph.RdfFormat.N_QUADS}


@pytest.fixture(scope="module")
def relations(example_relations, sample_relations) -> list:
    return example_relations + sample_relations + nasty_relations()


@pytest.mark.parametrize("fmt", ["trig", "nquads"])
@pytest.mark.parametrize("name", list(ANALYST_QUERIES))
def test_union_of_the_named_graphs_answers_as_the_turtle(fmt, name, example_relations) -> None:
    turtle = oxigraph_answers(export(example_relations, "turtle"), "turtle", ANALYST_QUERIES[name], union=False)
    quads = oxigraph_answers(export(example_relations, fmt), fmt, ANALYST_QUERIES[name], union=True)
    assert turtle, f"{name}: no answer on the Turtle export"
    assert quads == turtle


@pytest.mark.parametrize("fmt", ["trig", "nquads"])
def test_every_quad_is_in_exactly_one_named_graph(fmt, relations) -> None:
    quads = list(pyoxigraph.parse(export(relations, fmt), OX_FORMATS[fmt]))
    assert not [q for q in quads if isinstance(q.graph_name, pyoxigraph.DefaultGraph)]
    triples = Counter((q.subject, q.predicate, q.object) for q in quads)
    assert max(triples.values()) == 1, "a triple in two graphs would count twice in some stores"
    turtle = {
        (t.subject, t.predicate, t.object)
        for t in pyoxigraph.parse(export(relations, "turtle"), pyoxigraph.RdfFormat.TURTLE)
    }
    assert set(triples) == turtle


def test_article_graphs_hold_an_article_and_its_statements_and_say_so(relations) -> None:
    dataset = parse_dataset(export(relations, "trig"), "trig")
    graphs = {str(g.identifier): g for g in dataset.graphs() if len(g)}
    facts = graphs.pop(M.facts_graph)
    articles = {r.article.id for r in relations}
    assert set(graphs) == {M.graph(a) for a in articles}
    for article_id in articles:
        graph, name, article = graphs[M.graph(article_id)], URIRef(M.graph(article_id)), URIRef(M.article(article_id))
        assert set(graph.objects(name, PROV.wasDerivedFrom)) == {article}
        assert (name, RDF.type, KG.ArticleGraph) in graph
        assert (article, RDF.type, SCHEMA.NewsArticle) in graph
        assert set(graph.objects(None, PROV.wasDerivedFrom)) == {article}
        assert set(graph.subjects(RDF.type, RDF.Statement))
        assert not list(graph.subjects(KG.key, None)), "entities belong in the facts graph"
    assert set(facts.subjects(KG.key, None)) == {
        URIRef(M.entity(e.id)) for r in relations for e in (r.subject, r.object)
    }
    assert not list(facts.subjects(RDF.type, RDF.Statement))
    plain = {(s, o) for s, _, o in facts if str(s).startswith(M.entity_ns) and str(o).startswith(M.entity_ns)}
    assert plain == {
        (URIRef(M.entity(r.subject.id)), URIRef(M.entity(r.object.id))) for r in relations if asserts_fact(r)
    }


def _blocks(text: str) -> list[str]:
    return re.findall(r"^(\S+) \{$", text, flags=re.M)


@pytest.mark.parametrize("engine", ["stream", "oxigraph", "rdflib"])
def test_trig_writes_each_graph_as_one_block_in_any_input_order(engine, relations) -> None:
    shuffled = relations[:]
    random.Random(4).shuffle(shuffled)  # articles interleaved, as a concatenation of files may give
    text = export(shuffled, "trig", engine).decode("utf-8")
    blocks = _blocks(text)
    assert len(blocks) == len(set(blocks)) == len({r.article.id for r in relations}) + 1
    assert parse_dataset(text.encode(), "trig")


def test_trig_from_a_long_export_keeps_one_block_per_graph() -> None:
    """Past the in-memory chunk size, graph text goes through the spool; still one block each."""
    from tests.rdf_cases import entity, relation

    many = [
        relation(entity(f"E{i % 300}", f"e{i % 300}"), "meet", entity(f"F{i}", f"f{i}"), doc=f"d{i % 7}", start=i)
        for i in range(3000)
    ]
    text = export(many, "trig").decode("utf-8")
    assert sorted(_blocks(text)) == sorted([f"<{M.facts_graph}>", *(f"graph:d{i}" for i in range(7))])


@pytest.mark.parametrize("engine", ["stream", "oxigraph"])
def test_the_same_question_of_every_statement_layout(engine, example_relations) -> None:
    reified = oxigraph_answers(
        export(example_relations, "turtle"), "turtle", ANALYST_QUERIES["relations of one actor"], union=False
    )
    star = oxigraph_answers(
        export(example_relations, "turtle", engine, options=ExportOptions(rdf_star=True)),
        "turtle",
        RELATIONS_OF_ONE_ACTOR_RDF_STAR,
        union=False,
    )
    assert star == reified
    facts = oxigraph_answers(export(example_relations, "turtle"), "turtle", RELATIONS_OF_ONE_ACTOR_FACTS, union=False)
    rutte = [r for r in example_relations if r.subject.name == "Mark Rutte"]
    assert len(facts) == len({(r.predicate, r.object.id) for r in rutte if asserts_fact(r)}) > 0
    by_graph = oxigraph_answers(export(example_relations, "trig"), "trig", RELATIONS_OF_ONE_ACTOR_BY_GRAPH, union=True)
    assert {row[:2] for row in by_graph} == {row[:2] for row in reified}


@pytest.mark.parametrize("engine", ENGINES)
def test_every_engine_gives_the_same_dataset(engine, relations) -> None:
    from rdflib.compare import isomorphic

    reference = parse_dataset(export(relations, "nquads", "rdflib"), "nquads")
    other = parse_dataset(export(relations, "nquads", engine), "nquads")
    for graph in reference.graphs():
        assert isomorphic(graph, other.graph(graph.identifier)), graph.identifier
