"""Business news, a second battery: company names that end in a nation's adjective, sums after a fined
company, read as an analyst would."""

from __future__ import annotations

import pytest

from tests.helpers import triples_of


@pytest.mark.parametrize(
    "text",
    [
        "Anglo American chairman Stuart Chambers rejected the offer from BHP.",
        "Anglo American chief executive Duncan Wanblad met investors in London.",
    ],
)
def test_a_nations_adjective_ending_a_company_name_is_no_country(text: str) -> None:
    assert not any(o == "United States" for _, _, o in triples_of(text))


def test_two_nations_adjectives_before_a_title_still_name_the_country() -> None:
    text = "Greek Cypriot leader Nikos Anastasiades met the UN envoy."
    assert ("Nikos Anastasiades", "lead", "Cyprus") in triples_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Commission fined Google £2m for misleading shoppers.", ("Commission", "fine", "Google")),
        ("Ofcom fined BT £10m for failing to handle calls.", ("Ofcom", "fine", "BT")),
    ],
)
def test_the_sum_after_a_fined_name_is_no_part_of_it(text: str, expected: tuple[str, str, str]) -> None:
    triples = triples_of(text)
    assert expected in triples
    assert not any("£" in n for s, _, o in triples for n in (s, o))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Apple buys most of its chips from Samsung.", ("Apple", "buy_chip_from", "Samsung")),
        ("Tesla buys some of its batteries from Panasonic.", ("Tesla", "buy_battery_from", "Panasonic")),
    ],
)
def test_a_part_of_a_thing_bought_from_a_supplier(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moody's cuts France's credit rating", ("Moody's", "cut_rating_of", "France")),
        ("Moody's downgrades France", ("Moody's", "downgrade", "France")),
        (
            "McDonald's sells its Russian restaurants to Alexander Govor",
            ("McDonald's", "sell_restaurant_to", "Alexander Govor"),
        ),
    ],
)
def test_a_name_in_s_before_a_verb_is_its_subject(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


def test_a_possessor_before_a_noun_is_still_no_subject() -> None:
    triples = triples_of("Barclays's chairman Nigel Higgins met Rachel Reeves.")
    assert not any(s == "Barclays" and o == "Rachel Reeves" for s, _, o in triples)


def test_a_lines_first_word_is_no_sentence_of_its_own() -> None:
    text = (
        "Rio Tinto in talks to buy Arcadium\n\n"
        "Rio Tinto has agreed to buy lithium producer Arcadium Lithium for $6.7bn in cash."
    )
    triples = triples_of(text)
    assert ("Rio Tinto", "buy", "Arcadium Lithium") in triples
    assert not any("Tinto" in (s, o) for s, _, o in triples)


def test_in_which_stands_for_the_name_just_before_it() -> None:
    triples = triples_of("Honda is in talks with Nissan, in which Renault holds a 15% stake.")
    assert ("Renault", "hold_stake_in", "Nissan") in triples
    assert not any(s == "Renault" and o != "Nissan" for s, _, o in triples)


def test_a_body_that_called_a_strike_is_the_union() -> None:
    text = (
        "IG Metall called a strike at three Airbus plants in Germany over pay. "
        "Airbus chief executive Guillaume Faury urged the union to return to talks."
    )
    triples = triples_of(text)
    assert any(s == "Guillaume Faury" and o == "IG Metall" for s, _, o in triples)
    assert not any(s == "Guillaume Faury" and o == "Airbus" and p != "lead" for s, p, o in triples)
