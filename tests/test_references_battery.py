"""References on sentences written for them: "the bank" and "the airline" stand only for a body the
article showed to be in that trade, and stand for nothing rather than for another business."""

from __future__ import annotations

from tests.helpers import triples_of


def test_the_bank_is_not_a_business_the_article_never_called_a_bank() -> None:
    text = (
        "Google agreed to buy a stake in a Swiss software firm on Monday. "
        "The bank was bailed out by the Swiss government in 2008."
    )
    assert not any("Google" in (s, o) for s, _, o in triples_of(text))


def test_the_bank_is_the_body_called_a_bank_not_the_last_named() -> None:
    text = (
        "The Swiss bank UBS agreed to sell its stake in the venture to Siemens. "
        "Siemens said the deal would close in March. The bank hired Lazard to advise it."
    )
    triples = triples_of(text)
    assert ("UBS", "employ", "Lazard") in triples
    assert not any(s == "Siemens" and o == "Lazard" for s, _, o in triples)


def test_the_airline_is_the_body_described_as_a_carrier() -> None:
    text = (
        "Ryanair, Europe's largest carrier by passengers, clashed with Boeing over late deliveries. "
        "Boeing said it would pay compensation. The airline sued Boeing in Dublin."
    )
    triples = triples_of(text)
    assert ("Ryanair", "sue", "Boeing") in triples


def test_the_bank_named_in_its_own_sentence() -> None:
    text = "Citigroup named a new board on Tuesday. Jane Fraser, who joined Citigroup from McKinsey, runs the bank."
    assert ("Jane Fraser", "lead", "Citigroup") in triples_of(text)


def test_the_carmaker_is_not_a_bank() -> None:
    text = (
        "Lender Barclays agreed to finance a plant for Nissan in Sunderland. "
        "Barclays said the loan ran for ten years. The carmaker hired Arup to design the plant."
    )
    triples = triples_of(text)
    assert not any(s == "Barclays" and o == "Arup" for s, _, o in triples)


def test_their_in_a_person_s_participle_clause_is_the_body_acted_on() -> None:
    text = (
        "Labour and the Liberal Democrats attacked the budget. "
        "Mr Prescott hit back at the Tories, saying their figures were wrong."
    )
    triples = triples_of(text)
    assert ("Prescott", "accuse", "Conservative Party") in triples
    assert not any(s == "Prescott" and o in ("Labour Party", "Liberal Democrats") for s, _, o in triples)


def test_its_is_none_of_the_sentence_before_when_the_verb_acts_on_a_name_of_unknown_kind() -> None:
    text = "Nokia and Samsung reported lower sales. Ms Reyes criticised Ericsson, saying its prices were too high."
    triples = triples_of(text)
    assert not any(o in ("Nokia", "Samsung") for _, _, o in triples)


def test_their_after_a_body_subject_is_left_to_the_other_rules() -> None:
    text = "The Tories hit back at Labour, saying their figures were wrong."
    triples = triples_of(text)
    assert ("Conservative Party", "criticize", "Labour Party") in triples
