"""Grammar gaps: the party of a deal one leaves, a partner owned by a company, praise and support said
with a light verb, a second accused with its own charge, the owner of a possessive in an infinitive."""

from __future__ import annotations

import pytest

from tests.helpers import relations_of


def _triples(sentence: str) -> set[tuple[str, str, str]]:
    return {(r.subject.name, r.predicate, r.object.name) for r in relations_of(sentence)}


def _pairs(sentence: str) -> set[tuple[str, str]]:
    return {(s, o) for s, _, o in _triples(sentence)}


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        ("The United States withdrew from the nuclear deal with Iran in 2018.", ("United States", "Iran")),
        ("Britain pulled out of talks with the European Union.", ("Britain", "European Union")),
        ("Washington walked away from the agreement with Tehran last year.", ("Washington", "Tehran")),
    ],
)
def test_the_party_of_a_deal_left_is_not_a_co_doer(sentence: str, wrong: tuple[str, str]) -> None:
    assert wrong not in _pairs(sentence)


def test_a_verb_with_its_own_with_keeps_it() -> None:
    assert ("France", "withdraw_with", "Germany") in _triples("France withdrew from Mali with Germany.")
    assert ("Rutte", "meet", "Trump") in _triples("Rutte met with Trump.")
