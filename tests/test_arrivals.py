"""Visits written as a coming: "is due in Europe", "arrived in Beijing for talks"."""

from __future__ import annotations

import pytest

from tests.helpers import relations_of, triples_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Pope is due to arrive in Kenya on Sunday.", ("The Pope", "visit", "Kenya")),
        (
            "Emmanuel Macron arrived in Beijing on Tuesday for a three-day state visit.",
            ("Emmanuel Macron", "visit", "Beijing"),
        ),
        ("Angela Merkel landed in Paris on Monday.", ("Angela Merkel", "visit", "Paris")),
        ("Keir Starmer was in Washington on Thursday for talks on Ukraine.", ("Keir Starmer", "visit", "Washington")),
    ],
)
def test_a_coming_with_a_visitor_or_purpose_is_a_visit(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


def test_being_due_in_a_place_is_a_visit_to_come() -> None:
    relations = relations_of("Following his inauguration, George Bush is due in Europe at the end of January.")
    visit = next(r for r in relations if r.predicate == "visit")
    assert (visit.subject.name, visit.object.name, visit.modality) == ("George Bush", "Europe", "future")


@pytest.mark.parametrize(
    "text",
    [
        "Shell arrived in Nigeria in 1937.",  # a body, no visit written
        "Tony Blair was in Africa last week.",  # a stay, no purpose written
        "The first payment from Greece is due in March.",
    ],
)
def test_a_coming_without_a_visitor_or_purpose_is_no_visit(text: str) -> None:
    assert not [t for t in triples_of(text) if t[1] == "visit"]


@pytest.mark.parametrize(
    "text",
    [
        "Joe Biden headed to Beijing on Monday.",
        "Joe Biden jetted to Beijing on Monday.",
        "Joe Biden flew into Beijing on Monday.",
    ],
)
def test_heading_to_a_country_or_city_is_a_visit(text: str) -> None:
    assert ("Joe Biden", "visit", "Beijing") in triples_of(text)


def test_heading_to_a_court_is_no_visit() -> None:
    assert not [t for t in triples_of("Joe Biden's case headed to the Supreme Court.") if t[1] == "visit"]


def test_a_person_who_will_be_in_a_city_visits_it() -> None:
    visit = next(r for r in relations_of("Joe Biden will be in Paris next week.") if r.predicate == "visit")
    assert (visit.subject.name, visit.object.name, visit.modality) == ("Joe Biden", "Paris", "future")


def test_a_body_that_will_be_in_a_country_does_not_visit_it() -> None:
    assert not [t for t in triples_of("Shell will be in Nigeria for decades.") if t[1] == "visit"]
