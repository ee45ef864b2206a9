"""Business news, the rules of a third battery: takeovers a target answers, infinitives whose doer is the subject that
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ford is to cut 1,150 jobs at its Jaguar luxury car unit.", ("Jaguar", "unit_of", "Ford")),
        ("Ford is to sell its Jaguar unit to Tata Motors.", ("Jaguar", "unit_of", "Ford")),
    ],
)
def test_a_body_named_after_its_owners_its(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


def test_its_body_is_not_the_owners_when_another_name_stands_between() -> None:
    triples = triples_of("BP sued Shell over its Brazilian unit Shell Brasil.")
    assert not any(o == "BP" and p.endswith("_of") for _, p, o in triples)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Office of Fair Trading said it would investigate the deal between Tesco and Booker.",
            [("Office of Fair Trading", "Tesco"), ("Office of Fair Trading", "Booker")],
        ),
        (
            "The European Commission cleared the merger of Air France and KLM.",
            [("European Commission", "Air France"), ("European Commission", "KLM")],
        ),
    ],
)
def test_a_deal_acted_on_reaches_both_its_parties(text: str, expected: list[tuple[str, str]]) -> None:
    pairs = {(s, o) for s, _, o in triples_of(text)}
    assert set(expected) <= pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BP has been criticised by environmental groups such as Greenpeace.", ("Greenpeace", "criticize", "BP")),
        ("Unions such as Unite criticised BP.", ("Unite", "criticize", "BP")),
        ("Rivals such as Airbus have criticised Boeing.", ("Airbus", "criticize", "Boeing")),
    ],
)
def test_the_names_a_plural_doer_lists_act(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


def test_an_event_listed_is_no_doer() -> None:
    assert not any(s == "Olympics" for s, _, _ in triples_of("Events such as the Olympics helped boost WPP's profits."))


@pytest.mark.parametrize(
    "text",
    ["Neither Kraft nor Nestle has bid for Cadbury.", "Cadbury has met neither Kraft nor Nestle."],
)
def test_neither_nor_negates(text: str) -> None:
    from tests.helpers import relations_of

    relations = [r for r in relations_of(text) if "Kraft" in (r.subject.name, r.object.name)]
    assert relations and all(r.negated for r in relations)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Glaxo said it would cut 1,000 jobs.\n\nThe drugs group also said it would sell its consumer unit to Unilever.",
            ("Glaxo", "sell_unit_to", "Unilever"),
        ),
        (
            "BHP Billiton reported record profits.\n\nThe mining group said it would buy WMC Resources.",
            ("BHP Billiton", "buy", "WMC Resources"),
        ),
    ],
)
def test_the_trade_group_is_the_business_named_before(text: str, expected: tuple[str, str, str]) -> None:
    triples = triples_of(text)
    assert expected in triples
    assert not any("group" in (s + o) for s, _, o in triples)


def test_a_campaign_group_is_still_a_body_of_its_own() -> None:
    text = "Liberty criticised the bill.\n\nThe pressure group said it would sue the Home Office."
    assert ("pressure group", "sue", "Home Office") in triples_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Michael O'Leary, Ryanair's chief executive, said his airline would sue the European Commission.",
            ("Ryanair", "sue", "European Commission"),
        ),
        (
            "Amicus general secretary Derek Simpson said his union would fight Ford.",
            ("Amicus", "fight", "Ford"),
        ),
    ],
)
def test_his_firm_is_the_body_he_works_for(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


def test_his_firm_is_no_one_without_a_post_named() -> None:
    assert not any(s != "Derek Simpson" for s, _, _ in triples_of("Derek Simpson said his union would fight Ford."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deutsche Telekom said it was in talks with France Telecom.", ("Deutsche Telekom", "talk", "France Telecom")),
        ("Deutsche Telekom said it is in talks to buy France Telecom.", ("Deutsche Telekom", "buy", "France Telecom")),
        ("Deutsche Telekom said it was keen to buy France Telecom.", ("Deutsche Telekom", "buy", "France Telecom")),
    ],
)
def test_it_in_talks_or_keen_to_act_is_the_body_that_said_so(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "It is crucial to support Ukraine, Mr Blair said.",
        "Tesco said it was a landmark deal for Booker.",
        "The BBC said it was in London to meet Tony Blair.",
    ],
)
def test_it_described_or_put_off_is_still_no_actor(text: str) -> None:
    triples = triples_of(text)
    assert not any(o in ("Ukraine", "Booker", "Tony Blair") for _, _, o in triples)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Marks & Spencer rejected the bid.\n\nIt has been under pressure from Philip Green.",
            ("Philip Green", "pressure", "Marks & Spencer"),
        ),
        (
            "Tesco reported higher sales.\n\nIt is under investigation by the Office of Fair Trading.",
            ("Office of Fair Trading", "investigate", "Tesco"),
        ),
        (
            "Vodafone has warned on profits.\n\nIt is expected to sell its stake in Verizon Wireless.",
            ("Vodafone", "sell_stake_in", "Verizon Wireless"),
        ),
    ],
)
def test_it_under_pressure_or_expected_to_act_is_the_body_named_before(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples_of(text)


def test_a_trade_said_in_a_comma_apposition_the_parse_misreads_is_shown() -> None:
    text = "HSBC, Europe's biggest bank, said profits rose.\n\nThe bank criticised Barclays."
    assert ("HSBC", "criticize", "Barclays") in triples_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Microsoft lost its appeal against the European Commission's ruling.",
            ("Microsoft", "lose_appeal_against_ruling_of", "European Commission"),
        ),
        (
            "Ryanair filed a complaint against Aer Lingus's pricing.",
            ("Ryanair", "file_complaint_against_pricing_of", "Aer Lingus"),
        ),
    ],
)
def test_a_challenge_to_an_act_is_aimed_at_its_doer(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tesco took control of Booker.", ("Tesco", "control", "Booker")),
        ("Vodafone took control of Mannesmann.", ("Vodafone", "control", "Mannesmann")),
    ],
)
def test_control_taken_of_a_body_with_of_on_the_noun(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


def test_control_lost_is_not_taken() -> None:
    assert not any(p == "control" for _, p, _ in triples_of("Vodafone lost control of Mannesmann."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BlackRock is the biggest shareholder in Tesco.", ("BlackRock", "shareholder_of", "Tesco")),
        ("BlackRock invested in Tesco.", ("BlackRock", "fund", "Tesco")),
    ],
)
def test_a_body_held_in_is_no_place(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mr Sarin told reporters that Vodafone had no plans to buy Verizon.",
        "Vodafone said it had no plans to buy Verizon.",
    ],
)
def test_no_plans_to_act_negates_the_act(text: str) -> None:
    from tests.helpers import relations_of

    relations = [r for r in relations_of(text) if r.subject.name == "Vodafone" and r.object.name == "Verizon"]
    assert relations and all(r.negated for r in relations)


def test_no_doubt_that_denies_nothing() -> None:
    from tests.helpers import relations_of

    relations = [
        r for r in relations_of("There is no doubt that Vodafone will buy Verizon.") if r.subject.name == "Vodafone"
    ]
    assert relations and not any(r.negated for r in relations)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Microsoft faces EU probe\n\nThe European Union has opened an investigation into Microsoft.",
            ("EU", "investigate", "Microsoft"),
        ),
        (
            "Tesco agrees Booker deal\n\nTesco has agreed to buy the wholesaler Booker.",
            ("Tesco", "deal_with", "Booker"),
        ),
    ],
)
def test_a_headline_stack_names_the_other_party(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


def test_a_headline_stack_of_a_place_names_no_party() -> None:
    text = "Tesco faces London probe\n\nTesco has been investigated over its stores in London."
    assert not any(s == "London" for s, _, _ in triples_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Airbus and Boeing compete for orders from airlines.", ("Airbus", "compete_with", "Boeing")),
        ("Airbus and Boeing vie for orders.", ("Airbus", "vie_with", "Boeing")),
    ],
)
def test_two_companies_that_compete_compete_with_each_other(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jaguar, the carmaker owned by Ford, cut jobs.", ("Ford", "own", "Jaguar")),
        (
            "Chelsea, the football club owned by Roman Abramovich, won the league.",
            ("Roman Abramovich", "own", "Chelsea"),
        ),
    ],
)
def test_a_participle_after_a_names_description_acts_on_the_name(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rupert Murdoch's News Corporation has bought MySpace.", ("Rupert Murdoch", "control", "News Corporation")),
        ("Gordon Brown's Treasury has blocked the plan.", ("Gordon Brown", "control", "Treasury")),
    ],
)
def test_a_persons_company(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Mr Blair's BBC interview angered Labour.", ("Blair", "control", "BBC")),
        ("Tony Blair's Labour Party won.", ("Tony Blair", "control", "Labour Party")),
    ],
)
def test_a_company_naming_a_persons_thing_or_a_party_is_not_controlled(text: str, absent: tuple[str, str, str]) -> None:
    assert absent not in triples_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gazprom has bought Sibneft for $13bn.", ("Gazprom", "buy", "Sibneft")),
        ("eBay has bought Skype.", ("eBay", "buy", "Skype")),
    ],
)
def test_a_company_bought_is_no_product(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


def test_a_thing_made_is_still_a_product() -> None:
    assert not any(o == "iPods" for _, _, o in triples_of("Apple sold millions of iPods."))


@pytest.mark.parametrize(
    "text",
    [
        "Mr O'Leary said Aer Lingus had been mismanaged.",
        "Mr O'Leary said Aer Lingus was badly managed.",
    ],
)
def test_a_body_said_to_be_run_badly_is_accused(text: str) -> None:
    assert ("O'Leary", "accuse", "Aer Lingus") in triples_of(text)


@pytest.mark.parametrize(
    "text", ["Mr O'Leary said Aer Lingus was well managed.", "Mr O'Leary said Aer Lingus was not badly managed."]
)
def test_a_body_said_to_be_run_well_is_not_accused(text: str) -> None:
    assert ("O'Leary", "accuse", "Aer Lingus") not in triples_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Patricia Hewitt ordered an inquiry into the collapse of MG Rover.",
            ("Patricia Hewitt", "order_inquiry_into_collapse_of", "MG Rover"),
        ),
        (
            "The Tories called for an investigation into the affairs of Enron.",
            ("Conservative Party", "call_for_investigation_into_affair_of", "Enron"),
        ),
    ],
)
def test_an_inquiry_into_the_fate_of_a_body_looks_into_the_body(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ford's luxury brand Jaguar cut jobs.", ("Jaguar", "brand_of", "Ford")),
        ("Malcolm Glazer's company Red Football owns the club.", ("Malcolm Glazer", "owner_of", "Red Football")),
    ],
)
def test_a_business_named_after_its_owners_kind_noun(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "BP's rival company Shell reported profits.",
        "Inbev bought Brazil's biggest beer firm Ambev.",
        "Inbev's European business saw sales fall.",
    ],
)
def test_a_rival_a_countrys_firm_or_an_unnamed_business_is_owned_by_no_one(text: str) -> None:
    assert not any(p.endswith("_of") and p != "owner_of" for _, p, _ in triples_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tesco, whose chief executive Terry Leahy has run the chain since 1997, reported record profits.",
            ("Terry Leahy", "lead", "Tesco"),
        ),
        (
            "Chelsea, whose owner Roman Abramovich is Russian, won the league.",
            ("Roman Abramovich", "owner_of", "Chelsea"),
        ),
        ("Jaguar, whose owner Ford plans to sell it, cut jobs.", ("Ford", "owner_of", "Jaguar")),
    ],
)
def test_a_title_said_with_whose(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


def test_a_tie_said_with_whose_is_no_post() -> None:
    assert not any(
        o == "Bush" for s, _, o in triples_of("Mr Blair met Mr Bush, whose wife Laura was there.") if s != "Blair"
    )


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Ford's sale of Jaguar to Tata Motors was completed.",
            ("Ford", "sell_to", "Tata Motors"),
            ("Ford", "sell", "Tata Motors"),
        ),
        (
            "Tata Motors' purchase of Jaguar from Ford was completed.",
            ("Tata Motors", "buy_from", "Ford"),
            ("Tata Motors", "buy", "Ford"),
        ),
        (
            "Vodafone's merger with Mannesmann created a giant.",
            ("Vodafone", "merge_with", "Mannesmann"),
            ("Mannesmann", "merge_with", "Vodafone"),
        ),
    ],
)
def test_an_owners_trade_names_its_other_party(
    text: str, expected: tuple[str, str, str], absent: tuple[str, str, str]
) -> None:
    triples = triples_of(text)
    assert expected in triples
    assert absent not in triples


def test_two_subjects_that_deepen_their_alliance_are_allies() -> None:
    assert ("Renault", "ally", "Nissan") in triples_of("Renault and Nissan have deepened their alliance.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tesco has pulled out of talks with Sainsbury's.", ("Tesco", "pull_out_of_talks_with", "Sainsbury")),
        ("Tesco has walked away from talks with Sainsbury's.", ("Tesco", "walk_away_from_talks_with", "Sainsbury")),
    ],
)
def test_talks_walked_away_from_were_held_with_the_other_party(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Terry Leahy, Tesco's chief executive, said it would buy Booker.",
        "Tesco chief executive Terry Leahy said it would buy Booker.",
    ],
)
def test_it_in_a_company_heads_words_is_the_company(text: str) -> None:
    assert ("Tesco", "buy", "Booker") in triples_of(text)


def test_it_after_another_company_is_not_the_speakers() -> None:
    text = "Tesco chief executive Terry Leahy said Asda was struggling and it would buy Booker."
    assert ("Tesco", "buy", "Booker") not in triples_of(text)


def test_it_in_a_party_leaders_words_is_not_the_party() -> None:
    text = "Michael Howard, the Conservative leader, said it would cut taxes."
    assert not any(s == "Conservative Party" for s, _, _ in triples_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Shares in BAE Systems rose after it won a contract from the Ministry of Defence.",
        "Shares in BAE Systems rose.\n\nIt won a contract from the Ministry of Defence.",
    ],
)
def test_it_after_shares_in_a_company_is_the_company(text: str) -> None:
    assert ("Ministry of Defence", "award_contract_to", "BAE Systems") in triples_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rolls-Royce, Boeing's biggest supplier, said orders rose.", ("Rolls-Royce", "supply", "Boeing")),
        ("Ryanair is Boeing's biggest customer.", ("Ryanair", "customer_of", "Boeing")),
        ("Barclays is Carillion's biggest lender.", ("Barclays", "lend_to", "Carillion")),
    ],
)
def test_a_companys_supplier_customer_or_lender(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


def test_a_companys_customers_in_general_are_no_one() -> None:
    assert not any(p == "customer_of" for _, p, _ in triples_of("Boeing's customers include Ryanair."))


def test_a_stake_bought_from_its_holder_is_a_stake_in_the_company() -> None:
    triples = triples_of("Comcast bought Disney's stake in Hulu.")
    assert ("Comcast", "buy_stake_in", "Hulu") in triples
    assert ("Comcast", "buy_stake_of", "Disney") in triples
    assert ("Comcast", "buy", "Disney") not in triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ford bought Jaguar in 1989 and Volvo in 1999.", ("Ford", "buy", "Volvo")),
        ("Mr Blair met Mr Bush in 2003 and Mr Putin in 2004.", ("Blair", "meet", "Putin")),
    ],
)
def test_a_second_object_after_a_year(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Glaxo and SmithKline agreed a merger in 2000.",
        "Glaxo and SmithKline completed their merger in 2000.",
    ],
)
def test_two_subjects_that_agree_a_merger_merge(text: str) -> None:
    assert ("Glaxo", "merge_with", "SmithKline") in triples_of(text)


def test_the_terms_of_a_merger_agreed_by_two() -> None:
    text = "Deutsche Boerse and the London Stock Exchange have agreed the terms of a merger."
    assert ("Deutsche Boerse", "merge_with", "London Stock Exchange") in triples_of(text)


def test_a_merger_with_a_third_party_rejected_is_no_merger_of_the_two() -> None:
    assert ("Glaxo", "merge_with", "SmithKline") not in triples_of(
        "Glaxo and SmithKline rejected a merger with Pfizer."
    )


@pytest.mark.parametrize(
    "text", ["Vodafone is in talks about a merger with Verizon.", "Vodafone is in talks over a deal with Verizon."]
)
def test_talks_about_a_deal_with_a_company_are_talks_with_it(text: str) -> None:
    assert ("Vodafone", "talk", "Verizon") in triples_of(text)


def test_who_leaves_a_meeting_to_meet_someone_meets_them() -> None:
    assert ("Blair", "meet", "George Bush") in triples_of("Mr Blair left the Cabinet meeting to meet George Bush.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cadbury urged shareholders to reject Kraft's offer.", ("Cadbury", "urge_oppose_offer_of", "Kraft")),
        ("Unite told members to reject the offer from Ford.", ("Unite", "urge_oppose_offer_from", "Ford")),
    ],
)
def test_an_act_a_body_urges_its_shareholders_or_members_to_do(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


def test_a_named_doer_urged_to_act_acts_himself() -> None:
    triples = triples_of("Mr Blair urged Mr Brown to sack Mr Smith.")
    assert ("Brown", "sack", "Smith") in triples
    assert not any(s == "Blair" and o == "Smith" for s, _, o in triples)


def test_a_name_the_tagger_left_untyped_appointed_to_lead_is_a_person() -> None:
    triples = triples_of("Rolls-Royce appointed Warren East as its new chief executive.")
    assert ("Warren East", "lead", "Rolls-Royce") in triples


def test_a_body_appointed_as_adviser_stays_a_body() -> None:
    assert not any(p == "lead" for _, p, _ in triples_of("Shell appointed Goldman Sachs as its adviser."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Marks & Spencer has appointed Lord Burns to its board.", ("Burns", "board_member_of", "Marks & Spencer")),
        ("Lord Burns joined the board of Marks & Spencer in 2005.", ("Burns", "board_member_of", "Marks & Spencer")),
        ("Lord Burns was appointed to the board of Marks & Spencer.", ("Burns", "board_member_of", "Marks & Spencer")),
        ("Lord Burns left Abbey's board.", ("Burns", "leave_board_of", "Abbey")),
    ],
)
def test_a_board_seat_taken_or_left(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


def test_a_board_that_met_seats_no_one() -> None:
    assert not triples_of("The board of Abbey met on Monday.")
