"""Business news, a third battery: takeovers a target answers, infinitives whose doer is the subject that
left or was bought, posts taken "to become", joint undertakings "between" two companies, orders won
"for" goods "from" a buyer, and the owner of what a regulator acted on, read as an analyst would."""

from __future__ import annotations

import pytest

from tests.helpers import triples_of


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Carolyn McCall left Tesco to join ITV.",
            ("Carolyn McCall", "join", "ITV"),
            ("Tesco", "join", "ITV"),
        ),
        (
            "Mr Johnson quit the Conservatives to join Reform UK.",
            ("Johnson", "join", "Reform UK"),
            ("Conservative Party", "join", "Reform UK"),
        ),
    ],
)
def test_who_leaves_a_body_to_join_another_is_the_joiner(
    text: str, expected: tuple[str, str, str], absent: tuple[str, str, str]
) -> None:
    triples = triples_of(text)
    assert expected in triples
    assert absent not in triples


def test_an_object_still_hands_an_urging_verbs_infinitive_on() -> None:
    assert ("Merkel", "settle_with", "Greece") in triples_of("Mr Obama urged Mrs Merkel to settle with Greece.")
    assert ("Tesco", "recognise", "Unite") in triples_of("Labour urged Tesco to recognise Unite.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Carolyn McCall left Tesco to become chief executive of ITV.", ("Carolyn McCall", "lead", "ITV")),
        ("Dave Lewis quit Unilever to become chief executive of Tesco.", ("Dave Lewis", "lead", "Tesco")),
        ("Bernard Looney is set to become chief executive of BP.", ("Bernard Looney", "lead", "BP")),
    ],
)
def test_a_post_taken_to_become(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dave Lewis refused to become chairman of Tesco.",
        "Dave Lewis wants to become chairman of Tesco.",
        "Shareholders urged Dave Lewis to become chairman of Tesco.",
    ],
)
def test_a_post_refused_wished_for_or_urged_is_not_held(text: str) -> None:
    assert not any(s == "Dave Lewis" and o == "Tesco" for s, _, o in triples_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A joint venture between Toyota and Panasonic makes batteries.",
            ("Toyota", "joint_venture_with", "Panasonic"),
        ),
        ("The merger between Glencore and Xstrata created a giant.", ("Glencore", "merge_with", "Xstrata")),
        ("Competition between Airbus and Boeing has intensified.", ("Airbus", "compete_with", "Boeing")),
    ],
)
def test_a_joint_undertaking_between_two_companies(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Siemens won a contract for 20 trains from Deutsche Bahn.", ("Deutsche Bahn", "award_contract_to", "Siemens")),
        (
            "Rolls-Royce has won a £6bn order to supply engines to Emirates, the Dubai-based airline.",
            ("Rolls-Royce", "supply_engine_to", "Emirates"),
        ),
        (
            "BAE Systems won a contract to build warships for Australia.",
            ("BAE Systems", "build_warship_for", "Australia"),
        ),
    ],
)
def test_work_won_from_a_buyer_and_done_by_the_winner(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cadbury agreed to be bought by Kraft.", ("Kraft", "buy", "Cadbury")),
        ("Cadbury is expected to be taken over by Kraft.", ("Kraft", "buy", "Cadbury")),
        ("Cadbury agreed to a takeover by Kraft.", ("Kraft", "buy", "Cadbury")),
        ("P&O accepted a £3.9bn takeover from DP World.", ("DP World", "buy", "P&O")),
        ("Cadbury fended off a takeover by Kraft.", ("Kraft", "bid_for", "Cadbury")),
        (
            "The takeover of Manchester United by Malcolm Glazer angered fans.",
            ("Malcolm Glazer", "buy", "Manchester United"),
        ),
        (
            "UFJ Holdings rejected a merger proposal from Sumitomo Mitsui.",
            ("Sumitomo Mitsui", "bid_for", "UFJ Holdings"),
        ),
    ],
)
def test_the_buyer_of_a_company_that_is_bought_or_answers_a_takeover(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Unite opposed the takeover by Kraft.", ("Kraft", "buy", "Unite")),
        ("Morrisons agreed to a £7bn takeover of Asda by Walmart.", ("Walmart", "buy", "Morrisons")),
    ],
)
def test_a_third_partys_answer_or_a_named_target_is_no_takeover_of_the_subject(
    text: str, absent: tuple[str, str, str]
) -> None:
    assert absent not in triples_of(text)


def test_the_company_whose_conduct_a_regulator_criticised_is_not_the_regulator() -> None:
    text = "BT reported higher profits.\n\nOfcom criticised the company's handling of complaints."
    assert ("Ofcom", "criticize", "BT") in triples_of(text)
