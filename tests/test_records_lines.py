"""A relation's JSON line stays one line whatever characters its sentence holds."""

from __future__ import annotations

import io

import pytest

from kg.model import ArticleMeta, Entity, Evidence, Relation
from kg.records import read_relations, write_relations


def _relation(sentence: str) -> Relation:
    return Relation(
        subject=Entity("mark-rutte", "Mark Rutte", "Person"),
        predicate="meet",
        object=Entity("donald-trump", "Donald Trump", "Person"),
        evidence=Evidence("a", sentence, 0, len(sentence), "subject_verb_object"),
        article=ArticleMeta("a"),
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Mark Rutte met Donald Trump in Washington.",
        "Mark Rutte met Donald Trump\u2028in Washington.",
        "Mark Rutte met Donald Trump\u2029 on Tuesday\x85 and praised him.",
    ],
)
def test_a_relation_is_written_on_one_line_and_read_back(sentence: str) -> None:
    stream = io.StringIO()
    assert write_relations([_relation(sentence), _relation(sentence)], stream) == 2
    lines = stream.getvalue().splitlines()
    assert len(lines) == 2
    assert [r.evidence.sentence for r in read_relations(lines, "test")] == [sentence, sentence]
