"""The examples in the RDF modules' docstrings run, and every RDF command is documented."""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

MODULES = ["kg.export.iri", "kg.export.fields", "kg.export.terms", "kg.export.writers"]
README = Path(__file__).resolve().parents[1] / "README.md"


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize("text", ["kg export", "kg import-rdf", "kg validate", "--from-neo4j", "--base-iri",
                                  "--extracted-at", "schemas/ontology.ttl", "schemas/shapes.ttl",
                                  "schemas/context.jsonld", "make schemas"])
def test_the_readme_documents_rdf(text: str) -> None:
    assert text in README.read_text("utf-8")
