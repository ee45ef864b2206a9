"""Bare descriptions in headlines: "Hong Kong fund" is the one body the article calls a Hong Kong fund."""

from __future__ import annotations

import pytest

from tests.helpers import triples_of

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
]

#: Two bodies of that kind, or one of another place: the headline's phrase stays unread.
OPEN = [
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
]


@pytest.mark.parametrize(("text", "triple"), CASES)
def test_bare_kind_phrase_is_the_one_body_of_that_kind(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples_of(text)


@pytest.mark.parametrize(("text", "subject"), OPEN)
def test_bare_kind_phrase_with_no_single_body_stays_unread(text: str, subject: str) -> None:
    assert not any(s == subject and o == "Aldergate Capital" and p == "order" for s, p, o in triples_of(text))
