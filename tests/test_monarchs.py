"""Monarchs named with their country: "King Abdullah of Jordan" leads it; "former" or "ex-" ends it."""

from __future__ import annotations

import pytest

from tests.helpers import relations_of


def _leads(text: str) -> dict[tuple[str, str], bool]:
    return {(r.subject.name, r.object.name): r.ended for r in relations_of(text) if r.predicate == "lead"}


@pytest.mark.parametrize(
    ("text", "expected", "ended"),
    [
        ("King Abdullah of Saudi Arabia met the US president in Riyadh.", ("Abdullah", "Saudi Arabia"), False),
        ("The late King Hussein of Jordan signed the treaty in 1994.", ("Hussein", "Jordan"), True),
        ("The memoir was praised by ex-King Michael of Romania.", ("Michael", "Romania"), True),
    ],
)
def test_monarch_leads_country(text: str, expected: tuple[str, str], ended: bool) -> None:
    assert _leads(text).get(expected) is ended


@pytest.mark.parametrize(
    "text",
    [
        "Queen Rania of Jordan opened the school on Tuesday.",  # a queen may be a consort
        "Prince Hamzah of Jordan was placed under house arrest.",  # an heir or a royal, no ruler
    ],
)
def test_no_reign_without_a_ruler_s_title(text: str) -> None:
    assert not _leads(text)
