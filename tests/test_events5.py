"""Event relations whose two actors are named but no older rule linked them: trade measures on a
country's goods, acts carried out by a verb's subject, passives whose "by" follows an "as", infinitives
after an adjective a verb predicates, and subjects that count a share of a group."""

from __future__ import annotations

import pytest

from tests.helpers import relations_of, triples_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # measure_on_goods
        ("The United States imposed tariffs on Chinese goods.", ("United States", "impose_tariff_on", "China")),
        ("The European Union lifted its ban on British beef in 2006.", ("EU", "lift_ban_on", "United Kingdom")),
        ("India imposed restrictions on Chinese apps.", ("India", "impose_restriction_on", "China")),
        # event_carried_out
        ("Microsoft has completed the purchase of LinkedIn.", ("Microsoft", "buy", "LinkedIn")),
        (
            "Barclays announced the appointment of Bob Diamond as chief executive.",
            ("Barclays", "employ", "Bob Diamond"),
        ),
        # a passive's "by" after its "as"
        (
            "Carlos Ghosn was replaced as chairman by Jean-Dominique Senard.",
            ("Jean-Dominique Senard", "replace", "Carlos Ghosn"),
        ),
        # an infinitive after an adjective the verb predicates
        (
            "The Liberals appeared willing to form a coalition with the Conservatives.",
            ("Liberal Party", "form_coalition_with", "Conservative Party"),
        ),
        # sum_given_to
        (
            "Volkswagen agreed to pay $14bn to the US Environmental Protection Agency.",
            ("Volkswagen", "pay_to", "US Environmental Protection Agency"),
        ),
        ("Pemex owes $2bn to suppliers including Siemens and ABB.", ("Pemex", "owe_to", "ABB")),
        # owner_act_through_thing
        ("Shanda's purchase of a stake in Sina alarmed investors.", ("Shanda", "buy_stake_in", "Sina")),
        # measure_on_goods after "with"
        (
            "China retaliated with tariffs on American soybeans.",
            ("China", "retaliate_with_tariff_on", "United States"),
        ),
        # a sum of goods, a country's name before its goods, retaliation against them
        ("China has imposed tariffs on $60bn of US goods.", ("China", "impose_tariff_on", "United States")),
        (
            "Canada has threatened to retaliate against US farm products.",
            ("Canada", "retaliate_against", "United States"),
        ),
        # a priced offer is no sum
        ("Kraft Heinz made an unsolicited $143bn offer for Unilever.", ("Kraft Heinz", "make_offer_for", "Unilever")),
        # the author of a proposal voted on
        (
            "Democrats voted against the budget proposed by President Trump.",
            ("Democrats", "vote_against_budget_of", "Trump"),
        ),
        (
            "The Liberal Democrats voted against Labour's budget.",
            ("Liberal Democrats", "vote_against_budget_of", "Labour Party"),
        ),
        # event_by_doer_with_party, left_body
        ("A lawsuit by Epic against Apple is pending.", ("Epic", "sue", "Apple")),
        ("An attack by Russia on Ukraine was condemned.", ("Russia", "attack", "Ukraine")),
        ("Mr Galloway's expulsion from Labour was confirmed.", ("Labour Party", "expel", "Galloway")),
        ("Britain's exit from the EU took effect in 2020.", ("United Kingdom", "leave", "EU")),
        # a name in a plural classifier coordinated with another
        (
            "Both Rangers and Celtic football clubs have been working with the Scottish Executive.",
            ("Celtic", "work_with", "Executive"),
        ),
        # scrutiny acts on the owner of what it looks into
        ("The SEC is investigating Tesla's accounts.", ("SEC", "investigate", "Tesla")),
        # a measure named before the clause that imposed it; trade that a verb stops
        (
            "Australia complained over tariffs that China imposed on Australian barley.",
            ("China", "impose_tariff_on", "Australia"),
        ),
        ("The EU banned imports of Russian oil.", ("EU", "ban_import_of", "Russia")),
        # target_of_event
        ("Tesla is the subject of an investigation by the SEC.", ("SEC", "investigate", "Tesla")),
        (
            "Meta has become the target of criticism from the European Commission.",
            ("European Commission", "criticize", "Meta"),
        ),
        # a bill forced through a chamber
        (
            "Mr Macron forced the pension bill through the National Assembly.",
            ("Macron", "force_bill_through", "National Assembly"),
        ),
        # a sum given through its kind ("in loans to")
        ("China pledged $10bn in loans to Pakistan.", ("China", "pledge_to", "Pakistan")),
        # a war or a truce between two parties
        ("The US brokered a ceasefire between Israel and Hamas.", ("Israel", "ceasefire_with", "Hamas")),
        ("The war between Russia and Ukraine has lasted three years.", ("Russia", "war_with", "Ukraine")),
        # strike_called_at
        ("Verdi called a strike at Lufthansa.", ("Verdi", "strike_against", "Lufthansa")),
        ("The GMB union announced strikes at Amazon.", ("GMB", "strike_against", "Amazon")),
        ("The US launched air strikes against Iran.", ("United States", "attack", "Iran")),
        # the buyer of a sale whose "to" the parse hangs from the verb
        ("Critics attacked the sale of Royal Mail to Goldman Sachs.", ("Goldman Sachs", "buy", "Royal Mail")),
        # a preposition that opens a relative clause names the noun it describes
        ("Sina, in which Shanda bought a stake, said it was surprised.", ("Shanda", "buy_stake_in", "Sina")),
        ("The EU, against which Hungary voted, said nothing.", ("Hungary", "vote_against", "EU")),
        # a participle clause before its subject: perfect ("Having met …") and passive ("Backed by …")
        ("Having met Mr Xi in Beijing, Mr Biden flew to Tokyo.", ("Biden", "meet", "Xi")),
        ("Backed by Qatar, Hamas rejected the plan.", ("Qatar", "support", "Hamas")),
        ("Founded by Larry Page and Sergey Brin, Google grew fast.", ("Sergey Brin", "found", "Google")),
        # the party named before a governing body
        (
            "The Queen asked Harold Wilson to form a Labour government.",
            ("Harold Wilson", "form_government_of", "Labour Party"),
        ),
        ("Mr Clegg refused to prop up a Labour government.", ("Clegg", "prop_up_government_of", "Labour Party")),
        # an inquiry into a country's goods, and goods hit with a measure
        (
            "The European Union launched an anti-subsidy investigation into Chinese electric cars.",
            ("EU", "launch_investigation_into", "China"),
        ),
        ("Washington hit Chinese goods with tariffs.", ("United States", "hit_with_tariff", "China")),
        # a trade measure named by its owner, and goods named by where they come from
        ("US tariffs on Canadian steel took effect on Friday.", ("United States", "tariff_on", "Canada")),
        (
            "The European Commission's duties on Chinese electric vehicles angered Beijing.",
            ("European Commission", "duty_on", "China"),
        ),
        ("Canada imposed tariffs on imports from the United States.", ("Canada", "impose_tariff_on", "United States")),
        # a country's goods named by its owner; trade from one country to another
        ("Washington raised tariffs on China's exports.", ("United States", "raise_tariff_on", "China")),
        ("China's exports to the United States fell.", ("China", "export_to", "United States")),
        ("German imports from Russia rose sharply.", ("Germany", "import_from", "Russia")),
        ("EU sanctions on Russian banks took effect.", ("EU", "sanction", "Russia")),
        (
            "Volvo said tariffs imposed by the United States on European cars would cost it $300m.",
            ("United States", "impose_tariff_on", "European"),
        ),
        # a participle's other party after "into" or "for", or hung from its doer
        ("Sanctions imposed by the EU on Russia remain.", ("EU", "sanction", "Russia")),
        ("A bid made by Kraft for Cadbury was rejected.", ("Kraft", "make_bid_for", "Cadbury")),
        # words aimed "at" someone
        ("Mr Trump lashed out at Canada.", ("Trump", "criticize", "Canada")),
        ("China hit back at the United States.", ("China", "criticize", "United States")),
        # goods named by a bloc, a list of goods after a nationality, names listed after a receiver
        ("Mercosur hits EU wine and cheese with tariffs.", ("Mercosur", "hit_with_tariff", "EU")),
        ("China imposed tariffs on Boeing jets.", ("China", "impose_tariff_on", "Boeing")),
        ("Boeing sold planes to airlines such as Ryanair and easyJet.", ("Boeing", "sell_plane_to", "Ryanair")),
        (
            "Baghdad owes money to the foreign companies that pump the oil, including Norway's DNO and Gulf Keystone.",
            ("Iraq", "owe_money_to", "DNO"),
        ),
        # a takeover blocked: its doer on the verb, its target reached, a bid rather than a purchase
        (
            "In March Mr Chalmers blocked the takeover of Kimberley Rare Earths by the Shenzhen-based Huaxin Mining.",
            ("Huaxin Mining", "bid_for", "Kimberley Rare Earths"),
        ),
        (
            "In March Mr Chalmers blocked the takeover of Kimberley Rare Earths by the Shenzhen-based Huaxin Mining.",
            ("Chalmers", "block_takeover_of", "Kimberley Rare Earths"),
        ),
        # the deed someone is accused of
        ("Ukraine accused Russia of attacking Kharkiv.", ("Russia", "attack", "Kharkiv")),
        # a journey made for talks with someone
        ("Mr Blair flew to Washington for a meeting with President Bush.", ("Blair", "meet", "Bush")),
        # two parties back at the bargaining table
        (
            "Unifor and Northline Rail will return to the bargaining table on Tuesday.",
            ("Unifor", "talk", "Northline Rail"),
        ),
        # a state speaks through its embassy or delegation
        (
            "China's embassy in Canberra accused Australia of politicising trade.",
            ("China", "accuse", "Australia"),
        ),
        ("The Russian embassy in London criticised Britain.", ("Russia", "criticize", "United Kingdom")),
        # in_favour_of
        ("The WTO ruled in favour of Airbus.", ("WTO", "rule_in_favour_of", "Airbus")),
        # the state an envoy or a counterpart stands for; own_envoy_from
        (
            "A group of European Parliament members wrote to the Brazilian ambassador in Brussels.",
            ("European Parliament members", "write_to_ambassador_of", "Brazil"),
        ),
        ("Britain summoned the Russian ambassador.", ("United Kingdom", "summon_ambassador_of", "Russia")),
        ("Iran expelled Britain's ambassador.", ("Iran", "expel_ambassador_of", "United Kingdom")),
        ("France recalled its ambassador from Italy.", ("France", "recall_ambassador_from", "Italy")),
        # the named subject of a relative clause owns its noun
        (
            "Oleg Rybachuk called on the EU to recognise the steps that Ukraine was taking.",
            ("EU", "recognise_step_of", "Ukraine"),
        ),
        ("Mr Blair praised the reforms that Mr Brown introduced.", ("Blair", "praise_reform_of", "Brown")),
        # a state's own thing, named by its adjective
        ("Britain tried to halt the Iranian nuclear programme.", ("United Kingdom", "halt_programme_of", "Iran")),
        # the subject of a verb that takes a share in the deed does its "in …ing"
        ("Britain took the lead in trying to contain Iran.", ("United Kingdom", "contain", "Iran")),
        # a subject that counts a share of a group
        ("A majority of Conservative MPs backed Theresa May.", ("Conservative MPs", "support", "Theresa May")),
        ("Dozens of Labour MPs criticised Tony Blair.", ("Labour MPs", "criticize", "Tony Blair")),
    ],
)
def test_events_found(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The US imposed a ban on Chinese students.",  # people, not goods: the measure's words say more
        "Kraft launched a hostile takeover of Cadbury.",  # a bid, not a purchase
        "Ofcom approved the purchase of Sky.",  # a regulator approves; it does not buy
        "A number of issues worried Tony Blair.",  # a share of no actors
        "Mr Blair's purchase of a house in London was reported.",  # a place, not a party to the purchase
        "Mr Blair met the man that Labour chose.",  # a relative clause picks a person out, it does not own him
        "Safaricom controls the pipes that almost every Kenyan uses.",  # one of a people, not the country
        "Toyota sued a Japanese rival.",  # a company from Japan, not Japan's own
        "A statement by Downing Street on Monday angered Brussels.",  # "on" is no party after a plain noun
        "The GMB union announced strikes at Amazon.",  # a stoppage of work, no attack
    ],
)
def test_events_not_found(sentence: str) -> None:
    triples = triples_of(sentence)
    unwanted = (
        "buy",
        "impose_ban_on",
        "buy_house_in",
        "meet_man_of",
        "control_pipe_of",
        "sue",
        "statement_on",
        "attack",
    )
    assert not any(p in unwanted or s == "Tony Blair" for s, p, o in triples), triples


def test_a_willing_coalition_is_not_yet_formed() -> None:
    [relation] = [
        r
        for r in relations_of("The Liberals appeared willing to form a coalition with the Conservatives.")
        if r.predicate == "form_coalition_with"
    ]
    assert relation.modality != "asserted"


def test_a_grant_cut_off_is_its_owners() -> None:
    from kg.extract.owned_things import cut_off
    from kg.extract.pipeline import load_pipeline

    doc = load_pipeline()("Safaricom suspended its connection to M-Pesa, but kept its own app.")
    connection, app = doc[3], doc[10]
    assert cut_off(connection, doc[2])  # its connection: the start-up's, which Safaricom cut off
    assert not cut_off(app, doc[8])  # its own app: no grant


def test_an_accused_deed_is_no_fact() -> None:
    [relation] = [r for r in relations_of("Ukraine accused Russia of attacking Kharkiv.") if r.predicate == "attack"]
    assert not relation.is_fact  # the accuser's claim


def test_a_lawyer_from_a_country_is_not_its_voice() -> None:
    assert not any(s == "United Kingdom" for s, _, _ in triples_of("A British lawyer criticised Tony Blair."))


@pytest.mark.parametrize(
    ("sentence", "triple"),
    [
        ("Samsung infringed six of Apple's patents.", ("Samsung", "infringe_patent_of", "Apple")),
        ("Russia seized most of Ukraine's grain.", ("Russia", "seize_grain_of", "Ukraine")),
    ],
)
def test_a_part_of_whose_things_reaches_the_owner(sentence: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples_of(sentence)


def test_a_part_of_things_no_one_owns_reaches_no_one() -> None:
    assert not triples_of("Labour won six of the seats.")


@pytest.mark.parametrize(
    ("sentence", "triple"),
    [
        ("Rachel Reeves is facing a revolt from Labour MPs.", ("Labour MPs", "revolt_against", "Rachel Reeves")),
        (
            "Rishi Sunak faces a leadership challenge from Penny Mordaunt.",
            ("Penny Mordaunt", "challenge", "Rishi Sunak"),
        ),
        (
            "Rachel Reeves is facing a revolt from her own backbenchers.",
            ("backbenchers", "revolt_against", "Rachel Reeves"),
        ),
    ],
)
def test_a_revolt_or_challenge_faced_comes_from_its_giver(sentence: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples_of(sentence)
