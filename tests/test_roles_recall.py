"""Roles read from descriptions, pronouns and titles the name rules leave: "his government" of a head
of government the article titled without a country, and the like."""

from __future__ import annotations

from tests.helpers import triples_of


def test_his_government_of_a_prime_minister_titled_without_a_country() -> None:
    text = (
        "Portugal's parliament rejected the budget on Wednesday, a blow to Prime Minister Luis Montenegro. "
        "Mr Montenegro said his government would present a revised budget within 30 days."
    )
    assert ("Luis Montenegro", "lead", "Portugal Government") in triples_of(text)


def test_his_government_of_a_chancellor_is_not_led() -> None:
    text = (
        "Britain's economy grew by 0.1% in the third quarter, official figures showed. "
        "Chancellor Rachel Reeves said her government would not raise income tax."
    )
    assert not any(p == "lead" for _, p, _ in triples_of(text))
