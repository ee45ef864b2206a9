"""Family ties read from kin nouns: a sibling apposition, "their" after a couple, a child's bare first name."""

from __future__ import annotations

import pytest

from tests.helpers import relations_of


def _triples(text: str) -> set[tuple[str, str, str]]:
    return {(r.subject.name, r.predicate, r.object.name) for r in relations_of(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A comment by Mr Brown's former girlfriend, Princess Marguerite, the eldest daughter of ex-King "
            "Michael, was revealing.",
            ("Marguerite", "daughter_of", "Michael"),
        ),
        (
            "Jeremy Hunt married Lucia Guo in 2009, and the couple were hit by tragedy a year later. Their son "
            "Jack was born seven weeks early.",
            ("Jack", "son_of", "Lucia Guo"),
        ),
        (
            "Jeremy Hunt married Lucia Guo in 2009. In May 2011, the couple had a son - Jack - an event which "
            "he said changed his politics.",
            ("Jack", "son_of", "Jeremy Hunt"),
        ),
    ],
)
def test_kin_tie_found(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mr Hunt and Mr Cole met on Monday. Their son Jack was born early.",  # two people, no couple
        "Mr Hunt praised the firm. Their son Jack was born early.",  # a single antecedent
    ],
)
def test_kin_tie_not_guessed(text: str) -> None:
    assert not any(p.endswith("son_of") for _, p, _ in _triples(text))
