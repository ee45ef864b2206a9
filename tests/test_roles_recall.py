"""Roles read from descriptions, pronouns and titles the name rules leave: "his government" of a head
of government the article titled without a country, and the like."""

from __future__ import annotations

from tests.helpers import relations_of, triples_of


def test_his_government_of_a_prime_minister_titled_without_a_country() -> None:
    text = (
        "Portugal's parliament rejected the budget on Wednesday, a blow to Prime Minister Luis Montenegro. "
        "Mr Montenegro said his government would present a revised budget within 30 days."
    )
    assert ("Luis Montenegro", "lead", "Portugal Government") in triples_of(text)


def test_his_government_of_a_chancellor_is_not_led() -> None:
    text = (
        "Britain's economy grew by 0.1% in the third quarter, official figures showed. "
        "Chancellor Rachel Reeves said her government would not raise income tax."
    )
    assert not any(p == "lead" for _, p, _ in triples_of(text))


def test_the_province_is_the_one_the_article_is_about() -> None:
    text = (
        "Alberta will challenge the federal cap on emissions in court. Alberta produces most of Canada's oil. "
        "Saskatchewan's premier backed the challenge. Officials in Alberta said the cap would cost jobs. "
        "The province's justice minister, Mickey Amery, said the case would be filed within weeks."
    )
    assert ("Mickey Amery", "works_for", "Alberta") in triples_of(text)


def test_the_province_of_two_named_as_often_is_open() -> None:
    text = (
        "Alberta and Saskatchewan will challenge the federal cap on emissions. "
        "The province's justice minister, Mickey Amery, said the case would be filed within weeks."
    )
    assert not any(p == "works_for" for _, p, _ in triples_of(text))


def test_the_fund_is_the_fund_named_before() -> None:
    text = (
        "Elliott Management has built a stake in BP, people familiar with the matter said. "
        "The fund has criticised BP's strategy."
    )
    assert ("Elliott Management", "criticize", "BP") in triples_of(text)


def test_who_succeeded_someone_as_a_title_holds_it() -> None:
    text = "Jane Fraser, who replaced Michael Corbat as chief executive of Citigroup, said profits rose."
    found = triples_of(text)
    assert ("Jane Fraser", "lead", "Citigroup") in found
    assert ("Michael Corbat", "lead", "Citigroup") in found  # ended, as before


def test_one_likely_to_succeed_holds_the_post_only_as_a_likelihood() -> None:
    text = "Gordon Brown is likely to succeed Tony Blair as Labour leader."
    found = {(r.subject.name, r.predicate, r.object.name): r.modality for r in relations_of(text)}
    assert found[("Gordon Brown", "lead", "Labour Party")] == "hedged"
    assert found[("Tony Blair", "lead", "Labour Party")] == "asserted"


def test_the_state_acting_is_the_government_of_the_article_country() -> None:
    text = (
        "Greece agreed on Monday to rescue Aegean Airlines, the Greek carrier, with public money. "
        "Under the plan, the state will take a 51% stake in the airline."
    )
    assert ("Greece Government", "take_stake_in", "Aegean Airlines") in triples_of(text)


def test_the_state_after_a_named_state_is_not_the_government() -> None:
    text = (
        "Tamil Nadu has sued the Union government in India over school funds. "
        "The state has taken the Ministry of Education to court."
    )
    assert not any(s == "India Government" and o == "Ministry of Education" for s, _, o in triples_of(text))


def test_a_person_a_role_titled_is_no_candidate_for_another_title() -> None:
    text = (
        "George W Bush will visit Europe next month, Tony Blair has said. The prime minister spoke after "
        "talks with the new US Secretary of State Condoleezza Rice in London. The president has criticised Iran."
    )
    assert ("George W Bush", "criticize", "Iran") in triples_of(text)


def test_the_junior_partner_in_a_named_coalition_is_a_member() -> None:
    text = "The Greens, a partner in the Traffic Light coalition, voted against the budget."
    assert ("Greens", "member_of", "Traffic Light") in triples_of(text)


def test_a_partner_in_an_unnamed_coalition_is_no_member_of_anything() -> None:
    text = "The Free Democrats, the junior partner in the governing coalition, voted against the budget."
    assert not any(p == "member_of" for _, p, _ in triples_of(text))


def test_a_body_sacking_a_titled_person_says_whose_title_it_was() -> None:
    found = relations_of("Shell sacked chief executive Philip Watts in 2004 over the reserves scandal.")
    assert [(r.subject.name, r.predicate, r.object.name, r.ended) for r in found if r.predicate == "lead"] == [
        ("Philip Watts", "lead", "Shell", True)
    ]


def test_a_country_ousting_its_leader() -> None:
    assert ("Leonid Kuchma", "lead", "Ukraine") in triples_of(
        "Ukraine recently ousted long-serving leader Leonid Kuchma."
    )


def test_a_party_suspending_its_mp() -> None:
    assert ("Tony Lloyd", "member_of", "Labour Party") in triples_of(
        "Labour has suspended MP Tony Lloyd over the remarks."
    )


def test_a_country_acting_on_a_foreigner_gives_no_role() -> None:
    assert not any(p == "works_for" for _, p, _ in triples_of("Russia expelled diplomat John Smith on Monday."))
    assert not any(p == "lead" for _, p, _ in triples_of("Germany welcomed President Emmanuel Macron on Monday."))


def test_whose_governing_name_is_a_party() -> None:
    text = "Chief Minister Naveen Patnaik, whose Biju Janata Dal governs the state, criticised the plan."
    found = relations_of(text)
    assert any(
        r.subject.name == "Naveen Patnaik" and r.predicate == "member_of" and r.object.type == "Organization"
        for r in found
    )


def test_a_couple_who_had_a_son_are_his_parents() -> None:
    found = triples_of("David Cameron and his wife Samantha had a son, Ivan, in 2002.")
    assert ("Ivan", "son_of", "David Cameron") in found
    assert ("Ivan", "son_of", "Samantha") in found


def test_a_body_that_had_a_son_is_no_parent() -> None:
    assert not any(p == "son_of" for _, p, _ in triples_of("Apple had a son, John, on its board."))


def test_a_national_title_is_not_the_subject_before_by_default() -> None:
    found = triples_of("Tony Blair met Jacques Chirac in Paris. The French president criticised the prime minister.")
    assert ("Tony Blair", "lead", "France") not in found


def test_ministers_alone_are_the_government_of_the_article_country() -> None:
    text = (
        "France will cut farm subsidies next year, the Elysee said. "
        "The Socialists accused ministers of betraying farmers in France."
    )
    assert ("Socialists", "accuse", "France Government") in triples_of(text)


def test_ministers_of_a_named_body_or_country_are_not_the_government() -> None:
    for text in (
        "France will cut farm subsidies next year, the Elysee said. EU ministers criticised the plan.",
        "France will cut farm subsidies next year, the Elysee said. Ministers from Germany criticised the plan.",
    ):
        assert not any("France Government" in (s, o) for s, _, o in triples_of(text))


def test_his_own_party_is_the_party_of_the_one_named() -> None:
    text = (
        "President Hakainde Hichilema's United Party for National Development lost the vote. "
        "The defeat is the most serious challenge to Mr Hichilema from within his own party."
    )
    found = [r for r in relations_of(text) if r.predicate == "member_of"]
    assert {r.evidence.sentence[:10] for r in found} == {"President ", "The defeat"}


def test_his_party_after_another_person_is_left_open() -> None:
    text = (
        "Socialist leader Pedro Nuno Santos attacked the budget. "
        "Chega's leader, Andre Ventura, said his party was ready to govern."
    )
    assert ("Pedro Nuno Santos", "member_of", "Chega") not in triples_of(text)


def test_an_army_ousting_a_leader_or_a_regulator_suspending_a_trader_gives_no_role() -> None:
    assert not any(p == "lead" for _, p, _ in triples_of("The army ousted leader Mohamed Morsi in 2013."))
    found = triples_of("The Financial Conduct Authority suspended trader John Smith.")
    assert not any(p == "works_for" for _, p, _ in found)
