"""Business relations named by a noun or a participle: a loan with both its ends, a rival named beside
its noun, a trade measure with its imposer after "by"."""

from __future__ import annotations

import pytest

from tests.helpers import triples_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The deal includes a loan of 2 billion euros from Deutsche Bank to Siemens Energy.",
            ("Deutsche Bank", "lend_to", "Siemens Energy"),
        ),
        ("The World Bank's loan to Kenya was approved on Monday.", ("World Bank", "lend_to", "Kenya")),
        ("China's loans to Zambia have grown fast.", ("China", "lend_to", "Zambia")),
    ],
)
def test_a_loan_with_both_ends(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(sentence)


def test_a_loan_refused_is_not_lent() -> None:
    triples = triples_of("Lufthansa rejected a loan of 9 billion euros from the German government to the airline.")
    assert not any(p == "lend_to" for _, p, _ in triples)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Airbus, Boeing's biggest competitor, raised output on Tuesday.", ("Airbus", "rival", "Boeing")),
        ("Tesco's rival Asda cut prices on Monday.", ("Asda", "rival", "Tesco")),
        ("Tesco and its rival Asda cut prices on Monday.", ("Asda", "rival", "Tesco")),
    ],
)
def test_a_rival_named_beside_its_noun(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(sentence)


def test_a_former_rival_gives_nothing() -> None:
    assert not any(
        p == "rival" for _, p, _ in triples_of("Airbus, Boeing's former competitor, raised output on Tuesday.")
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Tariffs on Canadian steel imposed by the United States took effect on Friday.",
            ("United States", "impose_tariff_on", "Canada"),
        ),
        (
            "Tariffs on Canada imposed by Washington in March hit car makers.",
            ("United States", "impose_tariff_on", "Canada"),
        ),
        (
            "Sanctions on Iran imposed by the United States have cut its oil exports.",
            ("United States", "sanction", "Iran"),
        ),
        (
            "The fine on Google imposed by the European Commission was upheld.",
            ("European Commission", "impose_fine_on", "Google"),
        ),
    ],
)
def test_a_measure_with_its_imposer_after_the_participle(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(sentence)
