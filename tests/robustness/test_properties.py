"""Property-based tests: whatever the text, records round-trip, predicates stay identifiers,
and ingestion either reads an article or names the file and the cause."""

from __future__ import annotations

import io
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.ingest import read_articles
from kg.model import ENTITY_TYPES, MODALITIES, ArticleMeta, Entity, Evidence, Relation
from kg.records import read_relations, write_relations
from kg.vocabulary import PREDICATE_PATTERN, normalise_predicate, relationship_type

IDENTIFIER = st.from_regex(PREDICATE_PATTERN, fullmatch=True)
TEXT = st.text(min_size=1)


@st.composite
def entities(draw) -> Entity:
    return Entity(draw(TEXT), draw(TEXT), draw(st.sampled_from(ENTITY_TYPES)), tuple(draw(st.lists(st.text()))))


@st.composite
def relations(draw) -> Relation:
    doc = draw(TEXT)
    start = draw(st.integers(min_value=0, max_value=10**9))
    return Relation(
        subject=draw(entities()),
        predicate=draw(IDENTIFIER),
        object=draw(entities()),
        evidence=Evidence(doc, draw(st.text()), start, start + draw(st.integers(0, 10**6)), draw(st.text())),
        article=ArticleMeta(
            doc,
            draw(st.none() | st.text()),
            draw(st.none() | st.text()),
            draw(st.none() | st.text()),
            draw(st.none() | st.text()),
        ),
        negated=draw(st.booleans()),
        modality=draw(st.sampled_from(MODALITIES)),
        confidence=draw(st.floats(min_value=0, max_value=1)),
        attributed_to=draw(st.none() | st.text()),
        relation_text=draw(st.none() | st.text()),
    )


@given(st.lists(relations(), max_size=5))
def test_jsonl_write_then_read_gives_the_same_relations(items: list[Relation]) -> None:
    buffer = io.StringIO()
    write_relations(items, buffer)
    assert buffer.getvalue().count("\n") == len(items)  # newlines inside text never split a record
    assert list(read_relations(buffer.getvalue().splitlines(), "t.jsonl", on_error="raise")) == items


@given(st.text())
def test_normalised_predicates_are_identifiers_or_refused(text: str) -> None:
    try:
        name = normalise_predicate(text)
    except ValueError:
        assert not any(c in string.ascii_letters + string.digits for c in text.lower())
        return
    assert PREDICATE_PATTERN.fullmatch(name)
    assert relationship_type(name) == name.upper() and relationship_type(name).replace("_", "").isalnum()


@given(st.text())
def test_relationship_types_accept_only_identifiers(text: str) -> None:
    if PREDICATE_PATTERN.fullmatch(text):
        assert relationship_type(text) == text.upper()
    else:
        with pytest.raises(ValueError):
            relationship_type(text)


# no deadline: the first HTML example imports trafilatura, which takes longer than any one example should
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=200, deadline=None)
@given(data=st.binary(max_size=4096), suffix=st.sampled_from([".txt", ".md", ".html", ".jsonl"]))
def test_arbitrary_bytes_give_articles_or_a_named_error(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    errors: list[InputError] = []
    articles = list(read_articles([str(path)], on_error="skip", on_skip=errors.append))
    for error in errors:
        assert str(error).startswith(str(path)) and "\n" not in str(error)
    for article in articles:
        assert article.text.strip()
    assert articles or errors
