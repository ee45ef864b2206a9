"""Roles read from titles whose organization no mention beside the title names: a nationality, a party
the alias table knows, "party leader", "its chief executive", a bare title after a sentence about a company."""

from __future__ import annotations

import pytest

from tests.helpers import relations_of


def _roles(text: str) -> dict[tuple[str, str, str], bool]:
    return {(r.subject.name, r.predicate, r.object.name): r.ended for r in relations_of(text)}


@pytest.mark.parametrize(
    ("text", "triple", "ended"),
    [
        (
            "Italian Transport Minister Matteo Salvini defended the bridge plan.",
            ("Matteo Salvini", "works_for", "Italy"),
            False,
        ),
        (
            "Spanish Agriculture Minister Luis Planas urged Beijing to drop the probe.",
            ("Luis Planas", "works_for", "Spain"),
            False,
        ),
        (
            "The talks were backed by US Secretary of State Antony Blinken.",
            ("Antony Blinken", "works_for", "United States"),
            False,
        ),
        ("The UKIP website shows party leader Nigel Farage on a bus.", ("Nigel Farage", "lead", "UKIP"), False),
        (
            "The plan has the support of the Mayor of Paris, Anne Hidalgo, and local firms.",
            ("Anne Hidalgo", "lead", "Paris"),
            False,
        ),
        ("Ex-Labour minister Peter Hain joined the campaign.", ("Peter Hain", "member_of", "Labour Party"), True),
        (
            "The then British Foreign Secretary Robin Cook met Iranian officials.",
            ("Robin Cook", "works_for", "United Kingdom"),
            True,
        ),
        (
            "HSBC cut 500 jobs on Monday. Its chief executive Stuart Gulliver said costs had to fall.",
            ("Stuart Gulliver", "lead", "HSBC"),
            False,
        ),
        (
            "Rolls-Royce cut its forecast on Tuesday. Chief Executive Warren East told analysts that Rolls-Royce would recover.",
            ("Warren East", "lead", "Rolls-Royce"),
            False,
        ),
        ("Tory minister Tim Yeo resigned on Friday.", ("Tim Yeo", "member_of", "Conservative Party"), False),
    ],
)
def test_title_role_with_an_implied_organization(text: str, triple: tuple[str, str, str], ended: bool) -> None:
    roles = _roles(text)
    assert triple in roles, sorted(roles)
    assert roles[triple] is ended


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Microsoft sued Google in March. Chief executive Sundar Pichai said Google would fight.", "Sundar Pichai"),
        ("Welsh Health Minister Mark Drakeford opened the hospital.", "Mark Drakeford"),
        ("The BBC interviewed party leader Nigel Farage on Sunday.", "Nigel Farage"),
        ("Labour Minister Yolanda Diaz announced the deal.", "Yolanda Diaz"),
        ("German football chief Bernd Neuendorf said the team would travel.", "Bernd Neuendorf"),
        ("Russian oil boss Igor Sechin met the president.", "Igor Sechin"),
    ],
)
def test_no_role_when_the_organization_is_not_the_titles(text: str, person: str) -> None:
    roles = _roles(text)
    assert not [t for t in roles if t[0] == person and t[1] in ("lead", "works_for", "member_of", "chair")], sorted(
        roles
    )
    assert not {"State", "Finance", "Health", "Agriculture"} & {t[2] for t in roles}


@pytest.mark.parametrize(
    ("text", "triple", "ended"),
    [
        ("In 1997 he succeeded John Major as Conservative leader.", ("John Major", "lead", "Conservative Party"), True),
        (
            "Ruth Kelly met the unions. She was a member of the Cabinet until May.",
            ("Ruth Kelly", "member_of", "Cabinet"),
            True,
        ),
        ("Sarah Jones of Oxfam said the aid had not arrived.", ("Sarah Jones", "member_of", "Oxfam"), False),
        (
            "The Conservatives launched their manifesto. The party's leader, Michael Howard, said taxes would fall.",
            ("Michael Howard", "lead", "Conservative Party"),
            False,
        ),
        # "his party" is the one a title gave the person before
        (
            "Liberal Democrat leader Charles Kennedy spoke in Bath. Mr Kennedy has led his party since 1999.",
            ("Charles Kennedy", "lead", "Liberal Democrats"),
            False,
        ),
        # the title after "the first woman to be"
        (
            "Margaret Beckett, who was the first woman to be Labour leader, spoke.",
            ("Margaret Beckett", "lead", "Labour Party"),
            True,
        ),
    ],
)
def test_title_role_read_through_pronouns_and_verbs(text: str, triple: tuple[str, str, str], ended: bool) -> None:
    roles = _roles(text)
    assert triple in roles, sorted(roles)
    assert roles[triple] is ended


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("He said Michael Howard had backed the cards when he was home secretary.", "Home"),
        ("He is the only non-Nato member leader invited to the summit.", "non-Nato"),
        ("The BBC's head of news, Fran Unsworth, said the rules were clear.", None),
    ],
)
def test_no_department_or_part_is_led(text: str, absent: str | None) -> None:
    roles = _roles(text)
    assert not [t for t in roles if t[2] == absent], sorted(roles)
    assert not [t for t in roles if t[1] == "lead"], sorted(roles)


def test_kin_through_a_pronoun_named_just_before() -> None:
    roles = _roles("Gordon Brown spoke in Kirkcaldy. His brother John Brown was at the event.")
    assert ("John Brown", "brother_of", "Gordon Brown") in roles, sorted(roles)


def test_a_description_restates_a_role_the_article_gave_with_the_name() -> None:
    text = (
        "Former Labour leader Neil Kinnock spoke to the peers. "
        "The former Labour leader said he would take the title of Lord Kinnock."
    )
    sentences = {
        r.evidence.sentence[:20]
        for r in relations_of(text)
        if (r.subject.name, r.predicate, r.object.name) == ("Neil Kinnock", "lead", "Labour Party") and r.ended
    }
    assert len(sentences) == 2, sentences


def test_a_description_does_not_give_a_current_role_to_a_former_holder() -> None:
    text = "Former Tory leader William Hague spoke first. The Tory leader said taxes would fall."
    current = [
        r for r in relations_of(text) if r.subject.name == "William Hague" and r.predicate == "lead" and not r.ended
    ]
    assert not current


def test_his_party_open_when_the_person_has_two() -> None:
    roles = _roles(
        "Tory MP Shaun Woodward joined Labour. Labour MP Shaun Woodward spoke. He led his party in St Helens."
    )
    assert not any(p == "lead" for _, p, _ in roles), sorted(roles)


@pytest.mark.parametrize(
    ("text", "triple", "ended"),
    [
        # a possessive owner the tagger took for a place, and a workplace after "at"
        (
            "Minseito's secretary general, Hiroshi Tanaka, told a news conference in Osaka that the party would vote no.",
            ("Hiroshi Tanaka", "lead", "Minseito"),
            False,
        ),
        (
            "The bonds look cheap, said Marta Ruiz, a portfolio manager at Amundi in Paris.",
            ("Marta Ruiz", "works_for", "Amundi"),
            False,
        ),
        # a nationality the tagger took for a name before "counterpart"
        (
            "Ghana's trade minister, Kwame Mensah, and his Togolese counterpart, Koffi Agbeyome, signed the pact.",
            ("Koffi Agbeyome", "works_for", "Togo"),
            False,
        ),
        # the name before a generic body says which one the title is of
        (
            "SADC Commission President Elias Magosi said the bloc would send observers.",
            ("Elias Magosi", "lead", "SADC Commission"),
            False,
        ),
        # a military rank between the title and the name; a country's commander serves it
        (
            "Former British Commander Colonel Tim Collins said the ruling was fair.",
            ("Tim Collins", "works_for", "United Kingdom"),
            True,
        ),
        (
            "The minister answered an urgent question from his Tory opposite number Mr Howard.",
            ("Howard", "member_of", "Conservative Party"),
            False,
        ),
    ],
)
def test_title_role_around_a_tagging_slip(text: str, triple: tuple[str, str, str], ended: bool) -> None:
    roles = _roles(text)
    assert triple in roles, sorted(roles)
    assert roles[triple] is ended


@pytest.mark.parametrize(
    "text",
    [
        "Tokyo correspondent Hiro Sato said the vote was close.",
        "The deal was signed in Paris, said Paul Durand, an analyst in Lyon.",
    ],
)
def test_a_place_of_posting_is_no_employer(text: str) -> None:
    roles = _roles(text)
    assert not [t for t in roles if t[1] == "works_for"], sorted(roles)


def test_a_body_named_beside_a_title_only_people_hold_is_not_led() -> None:
    roles = _roles("Amundi, Europe's largest asset manager, said sales rose.")
    assert not roles, sorted(roles)


def test_a_description_states_a_role_only_with_its_organization_named() -> None:
    named = relations_of(
        "Michael Howard met voters in Folkestone. The former Conservative leader said taxes would fall."
    )
    assert [r for r in named if r.predicate == "lead" and r.object.name == "Conservative Party" and r.ended]
    text = "The party met in Lyon. Jordan Bardella spoke first. Its president said taxes would fall."
    assert not [r for r in relations_of(text) if r.predicate == "lead"]


@pytest.mark.parametrize(
    "text",
    [
        "Tony Blair, the prime minister, met Jacques Chirac with Barclays.",
        "Lord Smith, chairman in all but name, met Barclays.",
    ],
)
def test_a_head_is_not_placed_in_a_body_by_with_or_in(text: str) -> None:
    roles = _roles(text)
    assert not [t for t in roles if t[1] in ("lead", "chair", "works_for") and t[2] == "Barclays"], sorted(roles)


def test_his_government_is_not_read_as_led() -> None:
    text = "The British government defended the deal. Foreign Secretary Jack Straw said his government would not back down."
    assert not [r for r in relations_of(text) if r.subject.name == "Jack Straw" and r.predicate == "lead"]


def test_a_place_beside_a_noun_that_is_no_title_holds_no_role() -> None:
    assert not _roles("Kent, the Tory heartland, voted for the plan.")


@pytest.mark.parametrize(
    "text",
    [
        "Unilever will appoint Fernando Fernandez as chief executive.",
        "Fernando Fernandez is to be appointed chairman of Unilever.",
    ],
)
def test_an_appointment_to_come_gives_no_role_yet(text: str) -> None:
    roles = _roles(text)
    assert not [t for t in roles if t[1] in ("lead", "chair")], sorted(roles)


def test_federal_minister_of_the_country_the_story_is_about() -> None:
    text = "The Lok Sabha passed the bill on Monday. Union Education Minister Dharmendra Pradhan defended it."
    roles = _roles(text)
    assert ("Dharmendra Pradhan", "works_for", "India") in roles, sorted(roles)


def test_a_title_with_a_name_beside_it_stands_for_no_one_else() -> None:
    from kg.extract.pipeline import load_pipeline
    from kg.extract.titled_people import PersonTitle, TitledPeople
    from kg.model import Entity

    doc = load_pipeline()("President Emmanuel Macron met farmers. Its president, Jordan Bardella, spoke.")
    macron = Entity("emmanuel-macron", "Emmanuel Macron", "Person")
    people = TitledPeople(doc, [], [], [PersonTitle(macron, ("president",), None, 3)])
    title = next(t for t in doc if t.text == "president")
    assert people.person_for(title, {}) is None


def test_its_title_is_not_a_countrys() -> None:
    from kg.extract.pipeline import load_pipeline
    from kg.extract.titled_people import PersonTitle, TitledPeople
    from kg.model import Entity

    doc = load_pipeline()("French President Emmanuel Macron met farmers. The union met later. Its president spoke.")
    macron, france = Entity("emmanuel-macron", "Emmanuel Macron", "Person"), Entity("france", "France", "Country")
    people = TitledPeople(doc, [], [], [PersonTitle(macron, ("president",), france, 4)])
    assert people.person_for(next(t for t in doc if t.text == "president"), {}) is None


@pytest.mark.parametrize(
    ("text", "triple", "ended"),
    [
        (
            "Tories Kenneth Baker and Norman Tebbit backed the motion.",
            ("Norman Tebbit", "member_of", "Conservative Party"),
            False,
        ),
        (
            "Tories Kenneth Baker and Norman Tebbit backed the motion.",
            ("Kenneth Baker", "member_of", "Conservative Party"),
            False,
        ),
        (
            "Mr Tyler, a Liberal Democrat, asked the minister to resign.",
            ("Tyler", "member_of", "Liberal Democrats"),
            False,
        ),
        (
            "John Major, the Tory former prime minister, praised the deal.",
            ("John Major", "member_of", "Conservative Party"),
            False,
        ),
        (
            "Ex-Labour Bob Marshall-Andrews voted with the rebels.",
            ("Bob Marshall-Andrews", "member_of", "Labour Party"),
            True,
        ),
        (
            "The Tories' Liam Fox attacked the budget.",
            ("Liam Fox", "member_of", "Conservative Party"),
            False,
        ),
    ],
)
def test_party_word_before_or_beside_a_name(text: str, triple: tuple[str, str, str], ended: bool) -> None:
    assert _roles(text).get(triple) is ended


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Labour's Tessa Jowell and Tory Hugo Swire argued about the Olympics.", "member_of Labour Party"),
        ("John Major, the Tory former prime minister, praised the deal.", "lead Conservative Party"),
        ("Michael Heseltine, a Conservative minister, resigned.", "works_for Conservative Party"),
    ],
)
def test_no_party_role_beyond_the_words(text: str, absent: str) -> None:
    predicate, organization = absent.split(" ", 1)
    assert not [t for t in _roles(text) if t[1:] == (predicate, organization) and t[0] != "Tessa Jowell"]


def test_a_nations_adjective_tagged_as_a_body_is_no_employer() -> None:
    assert not [t for t in _roles("Welsh Secretary Peter Hain said Labour would hold its seats.") if t[2] == "Welsh"]


def test_of_a_body_named_before_its_kind() -> None:
    assert ("Mark Serwotka", "member_of", "PCS") in _roles(
        "Mark Serwotka, of the PCS union, said members would strike."
    )


def test_a_name_coordinated_after_a_party_and_a_plural_title_inside_a_name() -> None:
    roles = _roles("Labour MPs Dennis Skinner and Kate Hoey voted against the bill.")
    assert ("Kate Hoey", "member_of", "Labour Party") in roles
