"""Business relations read off the grammar of news: a company listed on an exchange, a counted pair of
countries putting tariffs on each other's goods."""

from __future__ import annotations

import pytest

from tests.helpers import relations_of, triples_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Shanda Interactive is listed on the Nasdaq in New York, the company said.", ("Shanda Interactive", "Nasdaq")),
        ("Sina, which is listed on the Nasdaq, said its shares were bought by Shanda.", ("Sina", "Nasdaq")),
        (
            "Shares of Alibaba are listed on the New York Stock Exchange and in Hong Kong.",
            ("Alibaba", "New York Stock Exchange"),
        ),
        ("Shanda, listed on the Nasdaq since 2004, made its name with online games.", ("Shanda", "Nasdaq")),
        ("Tullow Oil's shares are traded on the London Stock Exchange.", ("Tullow Oil", "London Stock Exchange")),
    ],
)
def test_a_company_listed_on_an_exchange(sentence: str, expected: tuple[str, str]) -> None:
    assert (expected[0], "listed_on", expected[1]) in triples_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Shares of Alibaba are also listed in Hong Kong.",  # a city is where, not an exchange
        "Hamas is listed on the European Union's register of terrorist organisations.",
        "The minister was listed on the ballot paper in Wakefield.",
        "Mr Smith was quoted on the BBC as saying the plan would fail.",  # a person quoted, not a share
    ],
)
def test_a_listing_needs_a_named_exchange(sentence: str) -> None:
    assert not any(p == "listed_on" for _, p, _ in triples_of(sentence))


def test_a_future_listing_keeps_its_modality() -> None:
    [listed] = [
        r
        for r in relations_of("Air China will be listed on the London Stock Exchange next month.")
        if r.predicate == "listed_on"
    ]
    assert listed.modality != "asserted"


ARTICLE = (
    "Colombia and Ecuador trade accusations\n\n"
    "The presidents of Colombia and Ecuador clashed at a summit in Lima on Friday, trading accusations over "
    "border security and the tariffs the two neighbours have imposed on each other's goods.\n\n"
    "Colombia said on Monday that Ecuador had closed the border. Both countries accused each other of "
    "failing to stop smugglers.\n"
)


def test_a_counted_pair_acts_on_each_other() -> None:
    triples = triples_of(ARTICLE)
    assert ("Colombia", "impose_tariff_on", "Ecuador") in triples
    assert ("Ecuador", "impose_tariff_on", "Colombia") in triples
    assert ("Colombia", "accuse", "Ecuador") in triples and ("Ecuador", "accuse", "Colombia") in triples


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The European Commission approved the purchase of Monsanto by Bayer on Wednesday.",
            ("European Commission", "approve_purchase_by", "Bayer"),
        ),
        (
            "Angela Merkel criticised the takeover of Opel by General Motors in a speech.",
            ("Angela Merkel", "criticize_takeover_by", "General Motors"),
        ),
    ],
)
def test_the_maker_of_a_deal_acted_on(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Shareholders of Unilever must approve the takeover of the company by 2026.",
        "The board of Unilever approved the takeover by a vote of nine to two.",  # no target, no name
    ],
)
def test_a_deal_by_needs_a_target_and_a_maker(sentence: str) -> None:
    assert not any(p.endswith("_by") for _, p, _ in triples_of(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Canadian government ended a strike at Canada Post last year, officials said.",
            ("Canada Government", "end_strike_at", "Canada Post"),
        ),
        (
            "Ottawa ended a lockout at Canadian National Railway in 2024.",
            ("Canada", "end_lockout_at", "Canadian National Railway"),
        ),
    ],
)
def test_a_stoppage_ended_at_an_employer(sentence: str, expected: tuple[str, str, str]) -> None:
    triples = triples_of(sentence)
    assert expected in triples
    assert not any(p == "strike_against" for _, p, _ in triples)  # who ends a strike is not on strike


def test_a_strike_spoken_of_is_no_strike() -> None:
    triples = triples_of("Mr Smith criticised the strike at Lufthansa on Monday.")
    assert not any(o == "Lufthansa" and p == "strike_against" for _, p, o in triples)
