"""Docstring examples of the extraction modules run as tests; each module listed holds some."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "kg.countries",
    "kg.keys",
    "kg.resolve.names",
    "kg.resolve.aliases",
    "kg.resolve.canonical",
    "kg.resolve.votes",
    "kg.ingest",
    "kg.extract.furniture",
    "kg.extract.timing",
    "kg.extract.phrases",
    "bench.carb",
    "kg.store.query",
    "kg.store.explain",
    "kg.view.colors",
    "kg.view.graph_page",
    "kg.extract.titles",
]
# Input, output and loading helpers.
MODULES += [
    "kg.ingest.dates",
    "kg.ingest.files",
    "kg.ingest.front_matter",
    "kg.ingest.pdf",
    "kg.cli.output",
    "kg.extract.pipeline",
    "kg.store.unchanged",
    "kg.store.unreachable",
    "kg.records",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0, f"{name}: no docstring example ran"
    assert result.failed == 0


def test_the_module_list_is_not_empty() -> None:
    assert len(MODULES) >= 20
