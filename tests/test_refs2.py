"""References in business and international news: a country's regulator, the body that reports
its own "it", and the government "his" or "her" names."""

from __future__ import annotations

import pytest

from tests.helpers import triples_of


def test_a_national_regulator_is_never_another_country_s_body() -> None:
    text = (
        "The Competition and Markets Authority cleared the merger in March. "
        "The Swedish regulator fined Ericsson on Tuesday."
    )
    assert ("Competition and Markets Authority", "fine", "Ericsson") not in triples_of(text)


def test_a_national_regulator_the_article_tied_to_its_country() -> None:
    text = (
        "Germany's financial watchdog BaFin opened an inquiry into Wirecard. "
        "The German regulator fined Wirecard on Tuesday."
    )
    assert ("BaFin", "fine", "Wirecard") in triples_of(text)


def test_it_after_an_unnamed_reporting_body_is_that_body() -> None:
    text = "Shell reported higher profits. The Dutch regulator said it would investigate Shell."
    assert not any(t[0] == "Shell" and t[2] == "Shell" for t in triples_of(text))
    text = "Sales of the Galaxy phone were strong. The Galaxy maker said it had sued Huawei."
    assert ("Galaxy", "sue", "Huawei") not in triples_of(text)


def test_her_government_is_the_one_she_serves() -> None:
    text = (
        "Australia is counting the cost of the floods. Canberra has promised aid. "
        "Jacinda Ardern, New Zealand's prime minister, said her government would sanction Russia."
    )
    triples = triples_of(text)
    assert ("New Zealand Government", "sanction", "Russia") in triples
    assert ("Australia Government", "sanction", "Russia") not in triples


def test_his_party_is_the_one_party_his_title_names() -> None:
    text = "Nigel Farage, leader of Reform UK, said his party would oppose Keir Starmer."
    assert ("Reform UK", "oppose", "Keir Starmer") in triples_of(text)
    text = "Reform UK leader Nigel Farage met Kemi Badenoch. Keir Starmer said his party would oppose Nigel Farage."
    assert ("Reform UK", "oppose", "Nigel Farage") not in triples_of(text)


def test_the_government_is_the_article_s_country_not_a_fund_s_home() -> None:
    text = (
        "Australia orders Hong Kong fund to sell stake in miner\n\n"
        "Treasurer Jim Chalmers has ordered Tianyu Capital, a Hong Kong investment fund, to sell its stake in "
        "Corella Resources. China's embassy accused Australia of politicising trade and urged the government "
        "to treat Chinese companies fairly."
    )
    triples = triples_of(text)
    assert not any(t[2] == "Hong Kong Government" for t in triples)
    assert ("China", "call", "Australia Government") in triples


def test_a_country_s_own_troops_still_place_the_story() -> None:
    text = (
        "The family of an Iraqi civilian killed by UK troops won a challenge against the government. "
        "UK troops patrolled Basra. The Iraqi family said the government had attacked Iraqi civilians."
    )
    assert not any(t[0] == "Iraq Government" or t[2] == "Iraq Government" for t in triples_of(text))


def test_the_company_after_two_bodies_named_together_stays_open() -> None:
    text = "BP and Shell reported higher profits on Tuesday. The company said it would buy Castrol."
    triples = triples_of(text)
    assert ("BP", "buy", "Castrol") not in triples
    assert ("Shell", "buy", "Castrol") not in triples


def test_the_company_is_the_one_body_the_passage_is_about() -> None:
    text = "Vodafone has agreed to merge with Three. The company's chief executive, Margherita Della Valle, praised BT."
    assert ("Margherita Della Valle", "lead", "Vodafone") in triples_of(text)


def test_the_regional_government_is_the_one_the_article_names() -> None:
    text = (
        "Iraq has cut oil payments to the north. The Kurdistan Regional Government failed to deliver oil. "
        "Baghdad has also accused Erbil of smuggling, and the regional government criticised Turkey."
    )
    triples = triples_of(text)
    assert ("Kurdistan Regional Government", "criticize", "Turkey") in triples
    assert ("Iraq Government", "criticize", "Turkey") not in triples


def test_it_that_pays_or_hires_is_the_business_not_the_country() -> None:
    text = (
        "Unilever has agreed to buy Dollar Shave Club. Britain is Unilever's second biggest market. "
        "It will pay $1bn in cash for Dollar Shave Club."
    )
    triples = triples_of(text)
    assert ("Unilever", "pay_for", "Dollar Shave Club") in triples
    assert ("United Kingdom", "pay_for", "Dollar Shave Club") not in triples


@pytest.mark.parametrize(
    ("sentence", "triple"),
    [
        ("Hamas accused the government in Jerusalem of delaying talks.", ("Hamas", "accuse", "Israel Government")),
        (
            "Masrour Barzani accused the federal government in Baghdad of withholding revenue.",
            ("Masrour Barzani", "accuse", "Iraq Government"),
        ),
    ],
)
def test_the_government_in_a_capital_is_that_countrys(sentence: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples_of(sentence)


def test_its_in_what_a_person_tells_a_body_to_do_is_the_bodys() -> None:
    text = (
        "Australian Treasurer Jim Chalmers has ordered Tianyu Capital, a Hong Kong investment fund, "
        "to sell its 9.9% stake in Corella Resources."
    )
    triples = triples_of(text)
    assert ("Tianyu Capital", "sell_stake_in", "Corella Resources") in triples
    assert not any(s == "Tianyu Capital" and o == "Australia" for s, _, o in triples)


def test_its_in_what_a_person_tells_a_body_of_itself_is_the_bodys() -> None:
    triples = triples_of("ECB President Christine Lagarde warned Italy that its debt was too high.")
    assert ("Christine Lagarde", "warn", "Italy") in triples
    assert not any(o == "ECB" and p != "lead" for _, p, o in triples)


def test_its_in_what_a_body_tells_another_to_do_is_the_one_told() -> None:
    triples = triples_of("The US Treasury ordered Tencent to sell its stake in Universal Music.")
    assert ("US Treasury", "order", "Tencent") in triples
    assert ("Tencent", "sell_stake_in", "Universal Music") in triples
    assert not any(s == "Tencent" and o == "US Treasury" for s, _, o in triples)
