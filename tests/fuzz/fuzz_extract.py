"""Fuzz extraction: any text gives relations whose evidence points into the text and whose
records match the JSON Schema.

    python tests/fuzz/fuzz_extract.py -max_total_time=20
"""

from __future__ import annotations

import sys

import atheris
import jsonschema  # noqa: F401 — imported first so that only kg's own code is instrumented
import spacy  # noqa: F401

with atheris.instrument_imports():
    from kg.extract import relations_from_doc
    from kg.extract.pipeline import load_pipeline
    from kg.model import Article, ArticleMeta
    from kg.records import record_to_relation, relation_to_record

NLP = load_pipeline()
SEED = "NATO Chief Mark Rutte met Donald Trump. He praised Trump, and the Russians did not meet them."


def one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    text = provider.ConsumeUnicodeNoSurrogates(2000)
    if provider.ConsumeBool():
        text = SEED + " " + text  # keep entities around so the relation rules run
    article = Article(ArticleMeta("fuzz"), text)
    for relation in relations_from_doc(NLP(text), article):
        evidence = relation.evidence
        assert 0 <= evidence.start <= evidence.end <= len(text)
        assert text[evidence.start : evidence.end] == evidence.sentence
        assert record_to_relation(relation_to_record(relation)) == relation


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
