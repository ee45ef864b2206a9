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


def test_a_trade_noun_with_a_country_is_not_a_body_of_another_country() -> None:
    text = (
        "Lufthansa has agreed to buy a 41% stake in ITA Airways, the Italian carrier, for 325 million euros. "
        "The German airline hired Goldman Sachs to advise it."
    )
    triples = triples_of(text)
    assert ("Lufthansa", "employ", "Goldman Sachs") in triples
    assert not any(s == "ITA Airways" and o == "Goldman Sachs" for s, _, o in triples)


def test_a_bare_trade_noun_after_a_subject_never_called_so_is_left_open() -> None:
    text = (
        "Lufthansa has agreed to buy a 41% stake in ITA Airways, the Italian carrier, for 325 million euros. "
        "The airline hired Goldman Sachs to advise it."
    )
    assert not any(o == "Goldman Sachs" for _, _, o in triples_of(text))


def test_the_lender_is_not_a_rival_never_called_a_lender() -> None:
    text = (
        "HSBC said on Tuesday it would cut 10,000 jobs. Rival Barclays said its own plans were unchanged. "
        "The lender also said it would buy Tesco's banking arm."
    )
    assert not any(s == "HSBC" and o == "Tesco" for s, _, o in triples_of(text))


def test_the_swiss_lender_is_the_bank_called_swiss_not_the_german_one() -> None:
    text = (
        "UBS, the Swiss bank, agreed to sell its stake in the venture to Siemens. "
        "The German bank Commerzbank said it would bid too. The Swiss lender hired Lazard to advise it."
    )
    triples = triples_of(text)
    assert ("UBS", "employ", "Lazard") in triples
    assert not any(s == "Commerzbank" and o == "Lazard" for s, _, o in triples)


def test_its_is_the_unnamed_thing_the_person_acted_on_not_an_earlier_body() -> None:
    text = "Nokia and Samsung reported lower sales. Mr Smith criticised the plan, saying its costs were too high."
    assert not any(o in ("Nokia", "Samsung") for _, _, o in triples_of(text))
