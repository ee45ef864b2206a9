"""kg: turn news articles into a knowledge graph of who did what to whom.

The stages, each a function over the typed records of `kg.model` (see README, "Python API"):

    read_articles → extract_corpus → resolve_relations → build_graph → load (Neo4j) | export_rdf | render_html

`build` runs the middle three as `kg build` does. (`kg.extract` and `kg.resolve` are the
packages of those stages, which is why their functions are named for what they take.)

`import kg` is cheap: each name is imported from its module when first used, so spaCy,
rdflib and the Neo4j driver load only with the stage that needs them.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

#: Each public name → the module that defines it.
_WHERE = {
    # the stages
    "read_articles": "kg.ingest",
    "extract_corpus": "kg.stages",
    "resolve_relations": "kg.resolve",
    "build_graph": "kg.graph",
    "load": "kg.stages",
    "export_rdf": "kg.stages",
    "render_html": "kg.view.graph_page",
    "build": "kg.stages",
    "read_relations": "kg.records",
    "write_relations": "kg.records",
    "load_aliases": "kg.resolve",
    # the records
    "Article": "kg.model",
    "ArticleMeta": "kg.model",
    "Entity": "kg.model",
    "Evidence": "kg.model",
    "TimeRef": "kg.model",
    "Relation": "kg.model",
    "Merge": "kg.model",
    "Decision": "kg.model",
    "Extraction": "kg.stages",
    "Build": "kg.stages",
    "Resolution": "kg.resolve",
    "AliasTable": "kg.resolve",
    "Neo4jSettings": "kg.store.neo4j",
    "LoadSummary": "kg.store.neo4j",
    "ExportOptions": "kg.rdf.statements",
    # errors and the bad-input protocol
    "KGError": "kg.errors",
    "InputError": "kg.errors",
    "ExtractionError": "kg.errors",
    "SchemaError": "kg.errors",
    "DatabaseError": "kg.errors",
    "RDFError": "kg.errors",
    "OnError": "kg.errors",
    "OnSkip": "kg.errors",
}

__all__ = [
    "AliasTable",
    "Article",
    "ArticleMeta",
    "Build",
    "DatabaseError",
    "Decision",
    "Entity",
    "Evidence",
    "ExportOptions",
    "Extraction",
    "ExtractionError",
    "InputError",
    "KGError",
    "LoadSummary",
    "Merge",
    "Neo4jSettings",
    "OnError",
    "OnSkip",
    "RDFError",
    "Relation",
    "Resolution",
    "SchemaError",
    "TimeRef",
    "__version__",
    "build",
    "build_graph",
    "export_rdf",
    "extract_corpus",
    "load",
    "load_aliases",
    "read_articles",
    "read_relations",
    "render_html",
    "resolve_relations",
    "write_relations",
]


def __getattr__(name: str) -> Any:
    try:
        module = _WHERE[name]
    except KeyError:
        raise AttributeError(f"module 'kg' has no attribute {name!r}") from None
    value = getattr(import_module(module), name)
    globals()[name] = value  # the next access is a plain lookup
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_WHERE})


if TYPE_CHECKING:  # what type checkers and editors see
    from kg.errors import DatabaseError, ExtractionError, InputError, KGError, OnError, OnSkip, RDFError, SchemaError
    from kg.graph import build_graph
    from kg.ingest import read_articles
    from kg.model import Article, ArticleMeta, Decision, Entity, Evidence, Merge, Relation, TimeRef
    from kg.rdf.statements import ExportOptions
    from kg.records import read_relations, write_relations
    from kg.resolve import AliasTable, Resolution, load_aliases, resolve_relations
    from kg.stages import Build, Extraction, build, export_rdf, extract_corpus, load
    from kg.store.neo4j import LoadSummary, Neo4jSettings
    from kg.view.graph_page import render_html
