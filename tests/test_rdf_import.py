"""`kg import-rdf`: an export read back gives the relations, and export → import → export
gives the same RDF, in every format."""

from __future__ import annotations

import dataclasses
import io
import json
import os
import re
from pathlib import Path

import pytest
from rdflib.compare import isomorphic

from kg.errors import RDFError
from kg.model import ArticleMeta, Entity, Evidence, Relation, TimeRef
from kg.rdf.export import FORMATS
from kg.rdf.read import read_rdf
from kg.rdf.sources import public_source
from tests.helpers import kg
from tests.rdf_cases import EXTRACTED_AT, entity, export, nasty_relations, parse, relation

# rdflib's own N-Quads parser and serializer use its deprecated Dataset API.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_export_import_export_is_lossless(fmt, example_relations, sample_relations) -> None:
    relations = example_relations + sample_relations + nasty_relations()
    first = export(relations, fmt)
    imported = read_rdf(io.BytesIO(first), fmt)
    assert imported.extracted_at == EXTRACTED_AT
    second = export(imported.relations, fmt, extracted_at=imported.extracted_at)
    assert isomorphic(parse(first, fmt), parse(second, fmt))


def _as_exported(relations: list[Relation]) -> list[Relation]:
    """What an export keeps of entities: per key, the first name and type seen (as Neo4j does), and
    the union of the aliases seen, minus the name."""
    first: dict[str, Entity] = {}
    aliases: dict[str, set[str]] = {}
    for r in relations:
        for e in (r.subject, r.object):
            first.setdefault(e.id, e)
            aliases.setdefault(e.id, set()).update(e.aliases)

    def fix(e: Entity) -> Entity:
        kept = first[e.id]
        return dataclasses.replace(kept, aliases=tuple(sorted(aliases[e.id] - {kept.name})))

    def private(a: ArticleMeta) -> ArticleMeta:  # no absolute local path leaves the machine
        return dataclasses.replace(a, source=public_source(a.source)) if a.source else a

    return [
        dataclasses.replace(r, subject=fix(r.subject), object=fix(r.object), article=private(r.article))
        for r in relations
    ]


def test_import_gives_back_every_field_of_every_relation(example_relations, sample_relations) -> None:
    relations = _as_exported(example_relations + sample_relations + nasty_relations())
    imported = read_rdf(io.BytesIO(export(relations, "nquads")), "nquads").relations
    assert sorted(imported, key=repr) == sorted(set(relations), key=repr)


def test_every_field_of_the_model_is_carried() -> None:
    """Each record field set to a non-default value comes back: none is dropped on the way."""
    full = Relation(
        subject=Entity("s-key", "S Name", "Country", ("S alias",)),
        predicate="sanction",
        object=Entity("o-key", "O Name", "Event", ("O alias", "O other")),
        evidence=Evidence("doc-9", "Sentence\nwith newline.", 5, 27, "light_verb"),
        article=ArticleMeta(
            "doc-9", "Title", "https://news.example/x", "2025-01-02T03:04:05+01:00", "x.txt", "dateline"
        ),
        negated=True,
        modality="conditional",
        confidence=0.25,
        attributed_to="Someone",
        relation_text="imposed",
        time=TimeRef("on Thursday", "2025-01-02"),
        subject_text="they",
        object_text="the O",
        arguments=("in 1717",),
        open=True,
        ended=True,
    )
    for record in (full, full.evidence, full.article, full.subject):
        defaults = type(record)(
            **{
                f.name: getattr(record, f.name)
                for f in dataclasses.fields(record)
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
            }
        )
        changed = [f.name for f in dataclasses.fields(record) if getattr(record, f.name) != getattr(defaults, f.name)]
        optional = [
            f.name
            for f in dataclasses.fields(record)
            if f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING
        ]
        assert set(optional) <= set(changed), f"set every optional field of {type(record).__name__} in this test"
    [back] = read_rdf(io.BytesIO(export([full], "turtle")), "turtle").relations
    assert back == full


def test_a_graph_that_is_not_a_kg_export_is_a_clear_error() -> None:
    text = b"""@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
    <http://x/s1> a rdf:Statement ; rdf:subject <http://x/a> ; rdf:predicate <http://x/p> ; rdf:object <http://x/b> ."""
    with pytest.raises(RDFError, match=re.escape("has no <http://www.w3.org/ns/prov#wasDerivedFrom>")):
        read_rdf(io.BytesIO(text), "turtle")
    with pytest.raises(RDFError, match="not valid turtle"):
        read_rdf(io.BytesIO(b"this is not turtle"), "turtle")


def test_a_foreign_predicate_is_named() -> None:
    r = relation(entity("A", "a"), "meet", entity("B", "b"))
    text = export([r], "ntriples").replace(b"https://w3id.org/kg-news/ns#meet", b"http://other.example/meet")
    with pytest.raises(RDFError, match=r"other\.example/meet.* is neither in the kg vocabulary"):
        read_rdf(io.BytesIO(text), "ntriples")


def test_cli_export_import_export_round_trip(tmp_path: Path, example_relations) -> None:
    from kg.records import write_relations

    triples = tmp_path / "triples.jsonl"
    with open(triples, "w", encoding="utf-8") as stream:
        write_relations(example_relations, stream)
    os.utime(triples, (1_700_000_000, 1_700_000_000))
    kg("export", "--input", str(triples), "-o", str(tmp_path / "one.nq"), check=True)
    result = kg("import-rdf", str(tmp_path / "one.nq"), "-o", str(tmp_path / "back.jsonl"), check=True)
    assert f"{len(example_relations)} relations read" in result.stderr
    assert os.stat(tmp_path / "back.jsonl").st_mtime == 1_700_000_000  # the extraction time travels
    kg("export", "--input", str(tmp_path / "back.jsonl"), "-o", str(tmp_path / "two.nq"), check=True)
    assert (tmp_path / "one.nq").read_bytes() == (tmp_path / "two.nq").read_bytes()
    records = [json.loads(line) for line in (tmp_path / "back.jsonl").read_text("utf-8").splitlines()]
    assert len(records) == len(example_relations)


def test_cli_import_needs_a_format_for_stdin() -> None:
    result = kg("import-rdf", "-", stdin="")
    assert result.returncode == 1
    assert "give --format" in result.stderr


def test_an_export_in_a_moved_vocabulary_reads_back(example_relations) -> None:
    from kg.rdf.statements import ExportOptions

    options = ExportOptions(vocabulary="https://vocab.example.net/news/ns", base="urn:example:kg")
    for fmt in ("turtle", "nquads", "jsonld"):
        data = export(example_relations, fmt, options=options)
        assert b"w3id.org" not in data
        back = read_rdf(io.BytesIO(data), fmt).relations
        assert sorted(back, key=repr) == sorted(set(_as_exported(example_relations)), key=repr), fmt
