"""The examples in the RDF modules' docstrings run, and every RDF command is documented."""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

MODULES = [
    "kg.rdf.iri",
    "kg.rdf.fields",
    "kg.rdf.terms",
    "kg.rdf.writers",
    "kg.rdf.sources",
    "kg.rdf.formats",
    "kg.view.network",
]
README = Path(__file__).resolve().parents[1] / "README.md"


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize(
    "text",
    [
        "kg export",
        "kg import-rdf",
        "kg validate",
        "--from-neo4j",
        "--base-iri",
        "--extracted-at",
        "schemas/ontology.ttl",
        "schemas/shapes.ttl",
        "schemas/context.jsonld",
        "make schemas",
        "--vocab-iri",
        "KG_VOCAB_IRI",
        "KG_BASE_IRI",
        "--with-ontology",
        "--keep-paths",
        "--rdf-star",
        "--language",
        "--format gexf",
        "--format graphml",
        "https://w3id.org/kg-news/ns",
        "owl:imports",
        "unionDefaultGraph",
        "scripts/jena-local",
        "bench.rdf_validate",
        "kg:ArticleGraph",
        "kg:timeText",
    ],
)
def test_the_readme_documents_rdf(text: str) -> None:
    assert text in README.read_text("utf-8")


def _squeezed(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize(
    "name", ["top actors", "relations of one actor", "provenance of one relation", "rdf-star", "facts", "by graph"]
)
def test_the_readme_shows_the_queries_the_tests_ask(name: str) -> None:
    from tests.rdf_cases import (
        ANALYST_QUERIES,
        RELATIONS_OF_ONE_ACTOR_BY_GRAPH,
        RELATIONS_OF_ONE_ACTOR_FACTS,
        RELATIONS_OF_ONE_ACTOR_RDF_STAR,
    )

    query = {
        **ANALYST_QUERIES,
        "rdf-star": RELATIONS_OF_ONE_ACTOR_RDF_STAR,
        "facts": RELATIONS_OF_ONE_ACTOR_FACTS,
        "by graph": RELATIONS_OF_ONE_ACTOR_BY_GRAPH,
    }[name]
    assert _squeezed(query) in _squeezed(README.read_text("utf-8"))
