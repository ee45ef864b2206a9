"""Roles read where the organization is a description or a body the tagger took for a person, and
bodies' memberships and stakes read from an apposition."""

from __future__ import annotations

import pytest

from tests.helpers import triples_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-word body typed as a person, beside a title only a body has
        ("Podemos's leader, Ione Belarra, called for early elections.", ("Ione Belarra", "lead", "Podemos")),
        (
            '"The numbers were strong," said Anna Weber, an analyst at Kepler, who raised her target price.',
            ("Anna Weber", "works_for", "Kepler"),
        ),
        # the organization named by a description resolved to a body
        (
            "Skyline Airways said on Monday that it would cut 800 jobs. "
            "The airline's chief executive, Maria Lopes, said the cuts were painful.",
            ("Maria Lopes", "lead", "Skyline Airways"),
        ),
        (
            "Leaders of the Andean Community met in Lima. Bolivia, the fourth member of the bloc, called for calm.",
            ("Bolivia", "member_of", "Andean Community"),
        ),
        (
            "The Mercosur trade bloc will impose tariffs on European cheese. The duties were agreed on Friday "
            "by Brazil, Argentina, Uruguay and Paraguay, the bloc's four full members.",
            ("Uruguay", "member_of", "Mercosur"),
        ),
        # stakes held by bodies
        (
            "The regulator told two smaller Lynas shareholders, Red Hill Holdings and Pacific Mineral Partners, "
            "to cut their holdings.",
            ("Pacific Mineral Partners", "shareholder_of", "Lynas"),
        ),
        (
            "Shares in Corvana Logistics fell 4%. The company's largest shareholder, the Singapore fund Temasek "
            "Holdings, declined to comment.",
            ("Temasek Holdings", "shareholder_of", "Corvana Logistics"),
        ),
        ("Chelsea owner Roman Abramovich put the club up for sale.", ("Roman Abramovich", "owner_of", "Chelsea")),
    ],
)
def test_role_found(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # a second's title may be held under a person
        ("Mr Trump's vice-president, JD Vance, said the talks would resume.", ("JD Vance", "lead", "Trump")),
        # a title that names no role: "the summit's host"
        (
            "Leaders of the Andean Community met in Lima. The summit's host, Dina Boluarte, called for calm.",
            ("Dina Boluarte", "lead", "Andean Community"),
        ),
    ],
)
def test_role_not_found(text: str, unwanted: tuple[str, str, str]) -> None:
    assert unwanted not in triples_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The prime minister of Iraq's Kurdistan Region, Masrour Barzani, accused Baghdad of withholding oil revenue.",
            ("Masrour Barzani", "lead", "Kurdistan Region"),
        ),
        (
            "Iraq's oil exports fell in March. A spokesman for Prime Minister Mohammed Shia al-Sudani said the "
            "payments to Iraq's regions were late. Mr Sudani's government has also accused the Kurdish region "
            "of smuggling oil.",
            ("Mohammed Shia al-Sudani", "lead", "Iraq Government"),
        ),
        (
            "Benjamin Netanyahu, whose Likud party won the most seats, is due to meet the president on Monday.",
            ("Benjamin Netanyahu", "member_of", "Likud"),
        ),
        (
            "Mr Barzani, whose Kurdistan Democratic Party won the most seats in the election, will travel to Baghdad.",
            ("Barzani", "member_of", "Kurdistan Democratic Party"),
        ),
        (
            "Thirty senators from President Cyril Ramaphosa's African National Congress voted against the bill.",
            ("Cyril Ramaphosa", "member_of", "African National Congress"),
        ),
        (
            "The Christian Social Union, the CDU's Bavarian sister party, has not taken a position.",
            ("Christian Social Union", "sister_party_of", "CDU"),
        ),
    ],
)
def test_party_and_government_role_found(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # "his government": a minister says it of the government he serves
        (
            "Hungarian Prime Minister Viktor Orban said his government would not pay for Ukraine's loan.",
            ("Viktor Orban", "lead", "Ukraine Government"),
        ),
        # the head named with another country's title: the government the sentence resolved is not his
        (
            "Pakistani Prime Minister Shehbaz Sharif said the talks with India had stalled. Mr Sharif's "
            "government has also accused Kabul of sheltering militants.",
            ("Shehbaz Sharif", "lead", "India Government"),
        ),
    ],
)
def test_government_role_not_found(text: str, unwanted: tuple[str, str, str]) -> None:
    assert unwanted not in triples_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Northline Rail and Unifor return to talks. Northline, which carries grain, has offered 9%. "
            "Northline's chief executive, Graham Oduya, said the offer was fair.",
            ("Graham Oduya", "lead", "Northline Rail"),
        ),
        (
            "The rebellion was led by Senator Jane Cheruiyot, who chairs the finance committee and has been one "
            "of Mr Ruto's closest allies in the Rift Valley.",
            ("Jane Cheruiyot", "ally_of", "Ruto"),
        ),
        (
            "Maria Reyes, President Ferdinand Marcos's closest ally, resigned on Monday.",
            ("Maria Reyes", "ally_of", "Ferdinand Marcos"),
        ),
    ],
)
def test_body_and_ally_found(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


def test_negated_ally_not_found() -> None:
    text = "Ana Lopez, who is not one of Javier Milei's allies, voted against the bill."
    assert ("Ana Lopez", "ally_of", "Javier Milei") not in triples_of(text)


def test_body_named_elsewhere_before_a_title() -> None:
    text = (
        "Unifor, Canada's largest private-sector union, will strike on Friday. "
        '"They are not asking for charity," Unifor national president Lana Payne told a rally.'
    )
    assert ("Lana Payne", "lead", "Unifor") in triples_of(text)


def test_level_word_before_a_title_is_no_body() -> None:
    text = "Union Education Minister Dharmendra Pradhan rejected the charge made by the Tamil Nadu government."
    assert not {t for t in triples_of(text) if t[0] == "Dharmendra Pradhan" and t[2] == "Union"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tata-owned Jaguar Land Rover said it would cut 2,000 jobs.", ("Tata", "owner_of", "Jaguar Land Rover")),
        (
            "Instagram's parent company, Meta Platforms, said it would appeal.",
            ("Meta Platforms", "parent_company_of", "Instagram"),
        ),
        ("Eurostar, a subsidiary of SNCF, cancelled 40 trains on Monday.", ("Eurostar", "subsidiary_of", "SNCF")),
    ],
)
def test_owned_body_found(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hungary, an EU and Nato member, has blocked the loan.", ("Hungary", "member_of", "NATO")),
        ("Sweden became Nato's 32nd member in March 2024.", ("Sweden", "member_of", "NATO")),
    ],
)
def test_membership_found(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sweden is not a member of Nato.",
        "If Sweden became a member of Nato, Russia would respond.",
        "Sweden could become a member of Nato by 2030.",
    ],
)
def test_unsure_membership_not_found(text: str) -> None:
    assert ("Sweden", "member_of", "NATO") not in triples_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jane Fraser, named Citigroup's chief executive in 2021, said profits rose.",
            ("Jane Fraser", "lead", "Citigroup"),
        ),
        ("China's top diplomat, Wang Yi, met Antony Blinken in Munich.", ("Wang Yi", "works_for", "China")),
        (
            "Sarah Jones, a partner at Linklaters, said the ruling was unusual.",
            ("Sarah Jones", "works_for", "Linklaters"),
        ),
    ],
)
def test_title_word_and_appointment_found(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shares in Kessler Werke rose 7%, their biggest gain since the company was spun off from the "
            "engineering group Voith in 2019.",
            ("Voith", "spin_off", "Kessler Werke"),
        ),
        ("Kyndryl, which was spun off from IBM in 2021, reported a loss.", ("IBM", "spin_off", "Kyndryl")),
    ],
)
def test_spin_off_found(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


def test_spin_off_to_come_not_found() -> None:
    assert ("Siemens", "spin_off", "Siemens Energy") not in triples_of("Siemens Energy could be spun off from Siemens.")


def test_seller_owns_the_company_sought() -> None:
    text = "Kessler Werke was in talks to buy Elettro Adriatica, an Italian maker of cables, from the private equity firm Ardian."
    assert ("Ardian", "owner_of", "Elettro Adriatica") in triples_of(text)


def test_goods_bought_from_a_company_make_no_owner() -> None:
    assert not {t for t in triples_of("BP bought gas from Gazprom.") if t[1] == "owner_of"}


@pytest.mark.parametrize(
    "second",
    [
        "Maria Lopes, chief executive of the airline, said the cuts were painful.",
        '"The cuts are painful," the airline\'s chief executive Maria Lopes told reporters.',
        "Maria Lopes, the airline's boss, said the cuts were painful.",
    ],
)
def test_described_airline_led(second: str) -> None:
    text = "Skyline Airways said on Monday that it would cut 800 jobs. " + second
    assert ("Maria Lopes", "lead", "Skyline Airways") in triples_of(text)


def test_part_of_a_group_found() -> None:
    assert ("Sky News", "part_of", "Comcast") in triples_of("Sky News, part of Comcast, reported the deal.")


def test_membership_in_a_relative_clause_found() -> None:
    text = "Leaders of the Andean Community met in Lima. Bolivia, which is a member of the bloc, called for calm."
    assert ("Bolivia", "member_of", "Andean Community") in triples_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Petroleos Mexicanos, Mexico's state oil company, raised 6 billion dollars.",
            ("Petroleos Mexicanos", "state_company_of", "Mexico"),
        ),
        (
            "Gazprom, Russia's state-controlled gas producer, cut supplies.",
            ("Gazprom", "state_company_of", "Russia"),
        ),
    ],
)
def test_state_company_found(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


def test_trade_in_apposition_serves_no_state() -> None:
    text = "Petroleos Mexicanos, Mexico's state-controlled oil producer, raised 6 billion dollars."
    assert ("Petroleos Mexicanos", "works_for", "Mexico") not in triples_of(text)


def test_one_of_the_shareholders_found() -> None:
    text = "Norges Bank, one of Shell's largest shareholders, voted against the pay plan."
    assert ("Norges Bank", "shareholder_of", "Shell") in triples_of(text)


def test_his_government_is_led_by_a_head_of_government_only() -> None:
    head = "Portuguese Prime Minister Luis Montenegro met the president. Mr Montenegro said his government would act."
    assert ("Luis Montenegro", "lead", "Portugal Government") in triples_of(head)
    minister = "Portuguese Finance Minister Joaquim Sarmento said his government would act."
    assert not any(p == "lead" for _, p, _ in triples_of(minister))
