"""Bare descriptions in headlines: "Hong Kong fund" is the one body the article calls a Hong Kong fund."""

from __future__ import annotations

import pytest

from tests.helpers import relations_of

CASES = [
    (
        "Canada orders Singapore fund to sell stake in lithium firm\n\n"
        "Industry Minister Melanie Joly has ordered Aldergate Capital, a Singapore investment fund, "
        "to sell its stake in Nordlith Mining.",
        ("Canada", "order", "Aldergate Capital"),
    ),
    (
        "Brazil fines Dutch trader over soy shipments\n\n"
        "Brazil's environment agency fined Vandermeer Group, a Dutch commodities trader, on Monday.",
        ("Brazil", "fine", "Vandermeer Group"),
    ),
    (
        "Canada orders Singapore fund to sell stake in lithium firm\n\n"
        "Industry Minister Melanie Joly has ordered the Singapore investment fund Aldergate Capital to sell "
        "its stake in Nordlith Mining.",
        ("Canada", "order", "Aldergate Capital"),
    ),
    (
        "Arm sues Chinese chip designer over licence\n\n"
        "Arm Holdings has sued Hanxin Semiconductor, a Beijing chip designer, in a London court.",
        ("Arm Holdings", "sue", "Hanxin Semiconductor"),
    ),
    (
        "Canada orders Singapore fund to sell stake in lithium firm\n\n"
        "Ottawa has ordered Aldergate Capital to sell its stake in Nordlith Mining. Aldergate Capital is a "
        "Singapore investment fund with assets of 4 billion dollars.",
        ("Canada", "order", "Aldergate Capital"),
    ),
]

#: Two bodies of that kind, one of another place, or one said not to be of that kind: the headline's
#: phrase stays unread.
OPEN = [
    (
        "Canada orders Singapore fund to sell stake in lithium firm\n\n"
        "Ottawa has ordered Aldergate Capital to sell its stake in Nordlith Mining. Aldergate Capital is not a "
        "Singapore investment fund, its lawyers said.",
        "Canada",
    ),
    (
        "Canada orders Singapore fund to sell stake\n\n"
        "Ottawa ordered Aldergate Capital, a Singapore investment fund, and Marlow Partners, a Singapore "
        "pension fund, to sell their stakes in Nordlith Mining.",
        "Canada",
    ),
    (
        "Canada orders Singapore fund to sell stake\n\n"
        "Ottawa ordered Aldergate Capital, a Hong Kong investment fund, to sell its stake in Nordlith Mining.",
        "Canada",
    ),
    (
        "Canada orders Singapore fund to sell stake in lithium firm\n\n"
        "Industry Minister Melanie Joly has ordered the Singapore investment fund Aldergate Capital and the "
        "Singapore pension fund Marlow Partners to sell their stakes.",
        "Canada",
    ),
]


@pytest.mark.parametrize(("text", "triple"), CASES)
def test_bare_kind_phrase_is_the_one_body_of_that_kind(text: str, triple: tuple[str, str, str]) -> None:
    headline = text.split("\n", 1)[0]
    found = {
        (r.subject.name, r.predicate, r.object.name) for r in relations_of(text) if r.evidence.sentence == headline
    }
    assert triple in found


@pytest.mark.parametrize(("text", "subject"), OPEN)
def test_bare_kind_phrase_with_no_single_body_stays_unread(text: str, subject: str) -> None:
    headline = text.split("\n", 1)[0]
    found = [r for r in relations_of(text) if r.evidence.sentence == headline]
    assert not any(r.subject.name == subject and r.object.name == "Aldergate Capital" for r in found)


LEADERS = [
    (
        "Kurdish leader accuses Ankara of blocking trade\n\n"
        "The prime minister of Iraq's Kurdistan Region, Masrour Barzani, accused the government in Ankara "
        "on Friday of blocking trade.",
        ("Masrour Barzani", "accuse", "Turkey"),
    ),
    (
        "Tesla boss meets Chinese premier in Beijing\n\n"
        "Tesla chief executive Elon Musk met Chinese Premier Li Qiang in Beijing on Sunday.",
        ("Elon Musk", "meet", "Li Qiang"),
    ),
    (
        "ECB chief warns Italy over debt\n\n"
        "European Central Bank president Christine Lagarde warned Italy on Monday about the country's debt.",
        ("Christine Lagarde", "warn", "Italy"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), LEADERS)
def test_bare_leader_is_the_one_person_leading_what_it_names(text: str, triple: tuple[str, str, str]) -> None:
    headline = text.split("\n", 1)[0]
    found = {
        (r.subject.name, r.predicate, r.object.name) for r in relations_of(text) if r.evidence.sentence == headline
    }
    assert triple in found


def test_bare_leader_of_no_named_body_stays_unread() -> None:
    text = (
        "Party leader accuses Ankara of blocking trade\n\n"
        "The prime minister of Iraq's Kurdistan Region, Masrour Barzani, accused the government in Ankara "
        "on Friday of blocking trade."
    )
    assert not [r for r in relations_of(text) if r.evidence.sentence.startswith("Party leader")]


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "ECB chief warning on euro zone debt\n\n"
            "European Central Bank president Christine Lagarde has warned that rising debt could hurt growth.",
            ("Christine Lagarde", "ECB"),
        ),
        (
            "Nissan boss meets Japanese trade minister\n\n"
            "Nissan chief executive Ivan Espinosa met Japan's trade minister Yoji Muto in Tokyo on Monday.",
            ("Ivan Espinosa", "Nissan"),
        ),
    ],
)
def test_bare_body_chief_in_headline_states_the_role(text: str, triple: tuple[str, str]) -> None:
    headline = text.split("\n", 1)[0]
    found = {(r.subject.name, r.object.name) for r in relations_of(text) if r.evidence.sentence == headline}
    assert triple in found


def test_country_adjective_of_another_country_stays_unread() -> None:
    text = (
        "Arm sues Chinese chip designer over licence\n\n"
        "Arm Holdings has sued Hanxin Semiconductor, a Taipei chip designer, in a London court."
    )
    assert not [r for r in relations_of(text) if r.evidence.sentence.startswith("Arm sues")]
