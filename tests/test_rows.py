"""Rows for the loader (pure): every model field becomes a property, keys are unambiguous,
labels and types are checked."""

from __future__ import annotations

import dataclasses

import pytest

from kg.errors import KGError, SchemaError
from kg.model import ArticleMeta, Entity, Evidence, Relation, TimeRef
from kg.store.rows import (
    article_batch,
    article_groups,
    article_properties,
    check_relation,
    statement_properties,
    triple_key,
)

RELATION = Relation(
    Entity("a", "A", "Person"),
    "meet",
    Entity("b", "B", "Country"),
    Evidence("d1", "A met B.", 0, 8, "svo"),
    ArticleMeta("d1", title="T"),
    attributed_to="C",
    relation_text="met",
)


def test_every_scalar_field_of_the_relation_and_its_evidence_is_a_statement_property() -> None:
    properties = statement_properties(RELATION)
    records = {"subject", "object", "evidence", "article", "time"}
    expected = {f.name for f in dataclasses.fields(Relation)} - records
    expected |= {f.name for f in dataclasses.fields(Evidence)} | {"fact"}
    expected |= {f"time_{f.name}" for f in dataclasses.fields(TimeRef)}  # nested records are flattened
    assert set(properties) == expected
    assert properties["attributed_to"] == "C" and properties["sentence"] == "A met B."
    assert properties["fact"] is False  # a claim C makes about A is not the article's own fact


def test_article_properties_are_every_metadata_field_but_the_key() -> None:
    assert article_properties(RELATION.article) == {
        "title": "T",
        "url": None,
        "published": None,
        "source": None,
        "published_from": None,
    }


@pytest.mark.parametrize(
    ("subject", "obj", "key"),
    [
        ("a", "b", "a|meet|b"),
        ("a|meet|b", "c", "a\\|meet\\|b|meet|c"),
        ("a", "meet|b|c", "a|meet|meet\\|b\\|c"),
        ("a\\", "b", "a\\\\|meet|b"),
    ],
)
def test_triple_keys_never_collide(subject: str, obj: str, key: str) -> None:
    assert triple_key(subject, "meet", obj) == key


@pytest.mark.parametrize(
    "change",
    [
        {"predicate": "meet]->()"},
        {"predicate": "Meet"},
        {"subject": Entity("a", "A", "Person`")},
        {"object": Entity("b", "B", "")},
    ],
)
def test_check_relation_refuses_what_cannot_be_a_type_or_label(change: dict) -> None:
    with pytest.raises(SchemaError):
        check_relation(dataclasses.replace(RELATION, **change))


def test_a_batch_keeps_one_mention_per_entity_and_article_with_all_aliases() -> None:
    twin = dataclasses.replace(RELATION, subject=Entity("a", "A", "Person", ("Ay",)), predicate="call")
    batch = article_batch([("d1", [RELATION, twin])])
    [article] = batch.articles
    assert [m["entity"] for m in article["mentions"]] == ["a", "b"]
    assert article["mentions"][0]["aliases"] == ["Ay"]
    assert batch.size == 2 and len(batch.keys) == 2
    assert {e["id"]: e["properties"]["aliases"] for e in batch.entities} == {"a": ["Ay"], "b": None}
    assert [(m["key"], m["rule"], m["tail"]) for m in article["mentions"]] == [("a", None, "a"), ("b", None, "b")]


# --- articles grouped for a streaming load ----------------------------------------------


def _of(doc: str, n: int, predicate: str = "meet") -> Relation:
    return Relation(
        Entity("a", "A", "Person"),
        predicate,
        Entity("b", "B", "Country"),
        Evidence(doc, f"A met B ({n}).", n * 20, n * 20 + 12, "svo"),
        ArticleMeta(doc),
    )


def _tracked(relations: list[Relation], read: list[str]):
    for relation in relations:
        read.append(relation.article.id)
        yield relation


def test_each_article_is_yielded_once_its_last_relation_is_read() -> None:
    relations = [_of("d1", 0), _of("d1", 1), _of("d2", 0), _of("d3", 0), _of("d3", 1)]
    read: list[str] = []
    groups = article_groups(_tracked(relations, read), sizes={"d1": 2, "d2": 1, "d3": 2})
    assert next(groups) == ("d1", relations[:2]) and read == ["d1", "d1"]  # nothing read ahead
    assert next(groups) == ("d2", relations[2:3]) and len(read) == 3
    assert list(groups) == [("d3", relations[3:])]


def test_scattered_articles_are_yielded_whole_in_first_seen_order() -> None:
    relations = [_of("d1", 0), _of("d2", 0), _of("d1", 1), _of("d3", 0), _of("d2", 1)]
    expected = [("d1", [relations[0], relations[2]]), ("d2", [relations[1], relations[4]]), ("d3", [relations[3]])]
    assert list(article_groups(iter(relations), sizes={"d1": 2, "d2": 2, "d3": 1})) == expected
    assert list(article_groups(relations)) == expected  # a list is counted
    assert list(article_groups(iter(relations))) == expected  # no sizes: read whole first


def test_a_refused_article_is_dropped_whole_and_holds_nothing_up() -> None:
    relations = [_of("d1", 0), _of("d2", 0), _of("d1", 1, predicate="no such type!"), _of("d1", 2), _of("d2", 1)]
    skipped: list[str] = []
    groups = article_groups(
        iter(relations), "skip", lambda error: skipped.append(error.article_id), sizes={"d1": 3, "d2": 2}
    )
    assert list(groups) == [("d2", [relations[1], relations[4]])] and skipped == ["d1"]


def test_an_article_longer_than_counted_stops_the_stream() -> None:
    relations = [_of("d1", 0), _of("d2", 0), _of("d1", 1)]
    groups = article_groups(iter(relations), sizes={"d1": 1, "d2": 1})
    assert next(groups) == ("d1", relations[:1])
    with pytest.raises(KGError, match="article 'd1' has more relations than were counted"):
        list(groups)
