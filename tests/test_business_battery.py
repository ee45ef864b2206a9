"""Business news: deals, penalties and the people who run companies, read as an analyst would."""

from __future__ import annotations

import pytest

from tests.helpers import triples_of


@pytest.mark.parametrize(
    ("text", "expected", "absent_name"),
    [
        ("Ofcom fined BT £10m for failing to handle calls.", ("Ofcom", "fine", "BT"), "BT £"),
    ],
)
def test_a_sum_after_a_name_is_no_part_of_it(text: str, expected: tuple[str, str, str], absent_name: str) -> None:
    triples = triples_of(text)
    assert expected in triples
    assert absent_name not in {n for s, _, o in triples for n in (s, o)}


@pytest.mark.parametrize(
    "text",
    [
        "Mary Barra met union leaders in Detroit. Sundar Pichai, chief executive of Alphabet, met the Indian prime minister.",
        "Mary Barra, who runs General Motors, met union leaders. Sundar Pichai, chief executive of Alphabet, "
        "met the Indian prime minister.",
    ],
)
def test_a_national_title_acted_on_is_not_the_one_person_named_before(text: str) -> None:
    triples = triples_of(text)
    assert not any(o == "Mary Barra" for s, _, o in triples if s == "Sundar Pichai")
    assert not any(s == "Mary Barra" and o == "India" for s, _, o in triples)


def test_a_national_title_as_subject_still_finds_the_one_person() -> None:
    text = "Narendra Modi arrived in Washington on Monday. The Indian prime minister met Joe Biden at the White House."
    assert ("Narendra Modi", "meet", "Joe Biden") in triples_of(text)


def test_a_description_beside_an_untagged_name_stands_for_no_body_named_before() -> None:
    text = (
        "Pfizer has struck a $43bn deal with Seagen, the cancer drugmaker. "
        "Seagen said its shareholders would receive $229 a share. "
        "Airbus won a $30bn order from IndiGo, the Indian airline."
    )
    triples = triples_of(text)
    assert ("Pfizer", "strike_deal_with", "Seagen") in triples
    assert not any("Airbus" in (s, o) and "Seagen" in (s, o) for s, _, o in triples)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Microsoft has invested $10bn in OpenAI.", ("Microsoft", "fund", "OpenAI")),
        ("Microsoft has invested $10bn in OpenAI, the maker of ChatGPT.", ("Microsoft", "fund", "OpenAI")),
        ("Amazon will invest $4bn in Anthropic.", ("Amazon", "fund", "Anthropic")),
    ],
)
def test_a_sum_invested_in_a_body_funds_it(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


@pytest.mark.parametrize("text", ["Toyota invested $1bn in Texas.", "Samsung invested $17bn in a new plant in Taylor."])
def test_a_sum_invested_in_a_place_funds_no_one(text: str) -> None:
    assert not any(p == "fund" for _, p, _ in triples_of(text))


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        (
            "ByteDance, the Chinese owner of TikTok, has been ordered to sell the app.",
            ("ByteDance", "owner_of", "TikTok"),
            ("ByteDance", "owner_of", "China"),
        ),
        (
            "John Smith, the American chief executive of Nissan, resigned.",
            ("John Smith", "lead", "Nissan"),
            ("John Smith", "lead", "United States"),
        ),
    ],
)
def test_a_nationality_before_a_title_of_a_named_body_is_no_body(
    text: str, expected: tuple[str, str, str], wrong: tuple[str, str, str]
) -> None:
    triples = triples_of(text)
    assert expected in triples
    assert wrong not in triples


def test_a_nationality_before_a_portfolio_is_still_the_state() -> None:
    text = "Jean Dupont, the French minister of finance, met bankers in Paris."
    assert ("Jean Dupont", "works_for", "France") in triples_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United Auto Workers union went on strike against General Motors, Ford and Stellantis.",
            [("United Auto Workers", "strike_against", n) for n in ("General Motors", "Ford", "Stellantis")],
        ),
        ("The GMB union staged a strike against Amazon last month.", [("GMB", "strike_against", "Amazon")]),
    ],
)
def test_a_strike_against_an_employer(text: str, expected: list[tuple[str, str, str]]) -> None:
    triples = triples_of(text)
    assert set(expected) <= triples


def test_air_strikes_against_a_body_are_no_walkout() -> None:
    assert not any(p == "strike_against" for _, p, _ in triples_of("Israel launched air strikes against Hamas."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mary Barra runs General Motors.", ("Mary Barra", "lead", "General Motors")),
        ("General Electric sold its stake in Baker Hughes.", ("General Electric", "sell_stake_in", "Baker Hughes")),
        ("General Mark Milley met Lloyd Austin.", ("Mark Milley", "meet", "Lloyd Austin")),
    ],
)
def test_general_opens_a_company_name_but_is_a_title_before_a_person(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Google faces a fine from the European Commission.", ("European Commission", "fine", "Google")),
        ("Google faces a fine imposed by the European Commission.", ("European Commission", "fine", "Google")),
        (
            "Amazon faces a lawsuit brought by the Federal Trade Commission.",
            ("Federal Trade Commission", "sue", "Amazon"),
        ),
        ("Chelsea received a fine from the Premier League.", ("Premier League", "fine", "Chelsea")),
    ],
)
def test_a_penalty_faced_is_given_by_its_maker(text: str, expected: tuple[str, str, str]) -> None:
    triples = triples_of(text)
    assert expected in triples
    assert (expected[2], expected[0]) not in {(s, o) for s, _, o in triples}


@pytest.mark.parametrize(
    "text", ["Amazon faces a fine in the EU.", "Apple faces a lawsuit about prices set by Samsung."]
)
def test_a_penalty_faced_somewhere_or_a_clause_about_it_names_no_maker(text: str) -> None:
    assert not triples_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Volkswagen and Ford have formed a partnership to build electric vans.", ("Volkswagen", "ally", "Ford")),
        ("Sony took control of Zee Entertainment last year.", ("Sony", "control", "Zee Entertainment")),
        ("Vivendi has taken control of Telecom Italia.", ("Vivendi", "control", "Telecom Italia")),
    ],
)
def test_ties_and_control_between_companies(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


def test_a_tie_formed_with_a_third_is_not_between_the_two_subjects() -> None:
    triples = triples_of("Volkswagen and Ford formed a partnership with Argo AI.")
    assert ("Volkswagen", "ally", "Ford") not in triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deutsche Bank was hit by a lawsuit from Goldman Sachs.", ("Goldman Sachs", "sue", "Deutsche Bank")),
        ("Meta was hit with a lawsuit by the Federal Trade Commission.", ("Federal Trade Commission", "sue", "Meta")),
    ],
)
def test_a_penalty_the_subject_was_hit_by(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Siemens agreed to buy Alstom from General Electric.", ("Siemens", "buy_from", "General Electric")),
        ("Tata bought Jaguar from Ford in 2008.", ("Tata", "buy_from", "Ford")),
    ],
)
def test_the_seller_of_a_named_body_bought(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


def test_a_body_bought_from_a_place_has_no_seller() -> None:
    assert not any(p == "buy_from" for _, p, _ in triples_of("Ineos bought Grenadier from London in 2020."))


def test_a_body_seized_and_sold_is_bought_by_the_buyer_not_a_seller() -> None:
    triples = triples_of("First Republic was seized by regulators and sold to JPMorgan.")
    assert ("JPMorgan", "buy", "First Republic") in triples
    assert not any(s == "First Republic" and o == "JPMorgan" for s, _, o in triples)


def test_a_coordinated_verb_with_an_object_after_a_passive_is_still_active() -> None:
    assert ("Smith", "sue", "police") in triples_of("Mr Smith was arrested in 2019 and later sued the police.")


def test_an_owned_offer_for_a_body_is_a_bid() -> None:
    assert ("Microsoft", "bid_for", "Yahoo") in triples_of("Microsoft's offer for Yahoo valued it at $44bn.")


def test_the_body_left_to_join_another() -> None:
    triples = triples_of("Charlie Nunn joined Lloyds from HSBC in 2021.")
    assert {("Charlie Nunn", "join", "Lloyds"), ("Charlie Nunn", "leave", "HSBC")} <= triples


def test_a_place_joined_from_is_no_body_left() -> None:
    assert not any(p == "leave" for _, p, _ in triples_of("Charlie Nunn joined Lloyds from London in 2021."))
