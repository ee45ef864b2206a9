"""A minister of a federation's national level: "Federal Labour Minister" is the one country's minister,
even with a portfolio ("Labour") that is also a party's name."""

from __future__ import annotations

from tests.helpers import relations_of


def _roles(text: str) -> set[tuple[str, str, str]]:
    return {(r.subject.name, r.predicate, r.object.name) for r in relations_of(text)}


def test_federal_minister_with_a_party_word_portfolio() -> None:
    text = "Canada's unions are angry. Federal Labour Minister Carla Desjardins appointed a mediator."
    assert ("Carla Desjardins", "works_for", "Canada") in _roles(text)


def test_portfolio_without_a_level_names_no_state() -> None:
    text = "Germany's coalition is split. Labour Minister Baerbel Bas said the plan was unfair."
    assert not any(s == "Baerbel Bas" for s, _, _ in _roles(text))
