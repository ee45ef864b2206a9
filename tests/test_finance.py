"""Money and contracts between actors: who gives a loan, a grant or a contract to whom."""

from __future__ import annotations

import pytest

from tests.helpers import relations_of, triples_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Corella Resources has received a 200 million dollar loan from Export Finance Australia.",
            ("Export Finance Australia", "lend_to", "Corella Resources"),
        ),
        (
            "Airbus secured a loan of 2 billion euros from the European Investment Bank.",
            ("European Investment Bank", "lend_to", "Airbus"),
        ),
        (
            "Northvolt, which obtained a 5 billion dollar loan from Goldman Sachs, filed for bankruptcy.",
            ("Goldman Sachs", "lend_to", "Northvolt"),
        ),
        ("Boeing landed a contract from the Pentagon.", ("Pentagon", "award_contract_to", "Boeing")),
        ("Kenya borrowed 1 billion dollars from China.", ("China", "lend_to", "Kenya")),
        ("Boeing won an order from Ryanair.", ("Ryanair", "place_order_with", "Boeing")),
        ("Ukraine received 50 billion euros from the European Union.", ("EU", "pay_to", "Ukraine")),
        (
            "Airbus received 2 billion euros in loans from the European Investment Bank.",
            ("European Investment Bank", "lend_to", "Airbus"),
        ),
        ("Unilever received a takeover offer from Kraft Heinz.", ("Kraft Heinz", "bid_for", "Unilever")),
    ],
)
def test_money_received_from_names_the_giver(sentence: str, expected: tuple[str, str, str]) -> None:
    triples = triples_of(sentence)
    assert expected in triples
    assert (expected[2], expected[0]) not in {(s, o) for s, _, o in triples}  # not the receiver's reading


def test_a_court_order_is_no_purchase() -> None:
    assert not any(p == "place_order_with" for _, p, _ in triples_of("Boeing won a court order from the High Court."))


def test_money_refused_is_no_loan() -> None:
    # "rejected a loan from" says the loan was offered, not given
    triples = triples_of("Lufthansa rejected a loan from the German government.")
    assert not any(p == "lend_to" for _, p, _ in triples)


def test_money_received_carries_negation_and_future() -> None:
    [loan] = [
        r for r in relations_of("Hellenic Skyways did not receive a loan from Eurobank.") if r.predicate == "lend_to"
    ]
    assert loan.negated
    [grant] = [
        r for r in relations_of("Intel will receive a grant from the Commerce Department.") if r.predicate == "fund"
    ]
    assert grant.modality != "asserted"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Greek government and three banks have agreed a 1.1 billion euro rescue of Hellenic Skyways.",
            ("Greece Government", "rescue", "Hellenic Skyways"),
        ),
        ("The German government completed the bailout of Lufthansa.", ("Germany Government", "bail_out", "Lufthansa")),
    ],
)
def test_rescue_agreed_names_the_rescuer(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The European Commission approved the bailout of Alitalia.",  # who approves does not rescue
        "The Swiss government arranged the rescue of Credit Suisse by UBS.",  # the rescuer is named after "by"
    ],
)
def test_rescue_by_another_is_not_the_subjects(sentence: str) -> None:
    assert not {p for _, p, _ in triples_of(sentence)} & {"rescue", "bail_out"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Siemens will sell Osram to Thyssenkrupp.", ("Thyssenkrupp", "buy", "Osram")),
        ("Osram was sold to Thyssenkrupp for 4 billion euros.", ("Thyssenkrupp", "buy", "Osram")),
        ("Siemens sold its 18% stake in Osram to Thyssenkrupp.", ("Thyssenkrupp", "buy_stake_in", "Osram")),
        (
            "The government sold its stake in Royal Mail to investors including Vanguard.",
            ("Vanguard", "buy_stake_in", "Royal Mail"),
        ),
    ],
)
def test_sold_to_buyer_names_the_buyer(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(sentence)


def test_goods_sold_have_no_buyer_of_a_company() -> None:
    assert not any(p == "buy" for _, p, _ in triples_of("Russia sells gas to China."))
    [sale] = [r for r in relations_of("Siemens did not sell Osram to Thyssenkrupp.") if r.predicate == "buy"]
    assert sale.negated


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Mubadala is an investor in Aston Martin.", ("Mubadala", "fund", "Aston Martin")),
        ("Amazon is the largest shareholder in Rivian.", ("Amazon", "shareholder_of", "Rivian")),
        ("China is the biggest lender to Sri Lanka.", ("China", "lend_to", "Sri Lanka")),
        (
            "Jaguar Land Rover, a subsidiary of Tata Motors, reported a loss.",
            ("Jaguar Land Rover", "subsidiary_of", "Tata Motors"),
        ),
    ],
)
def test_backer_of_names_whom_the_subject_backs(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(sentence)


def test_a_firms_investor_works_there() -> None:
    # "a Sequoia investor" is someone at Sequoia, not one who funds it
    assert not any(p == "fund" for _, p, _ in triples_of("Jane Fraser, a Sequoia investor, joined the board."))
