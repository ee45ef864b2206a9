"""Speech aimed at another actor without a verb of the vocabulary: wanting another to act, demanding or
calling for it, asking why another acted, and denying, rejecting or answering another's claim."""

from __future__ import annotations

import pytest

from tests.helpers import relations_of, triples_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # wanted_to_act
        ("The Liberal Democrats want Labour to scrap the council tax.", ("Liberal Democrats", "call", "Labour Party")),
        ("Unite would like Ryanair to recognise the union.", ("Unite", "call", "Ryanair")),
        # demanded_act
        ("Gordon Brown called for Tony Blair to resign.", ("Gordon Brown", "call", "Tony Blair")),
        (
            "Angela Merkel demanded that the Greek government should publish its figures.",
            ("Angela Merkel", "call", "Greece Government"),
        ),
        # asked_why
        ("Michael Howard questioned why Tesco had cut prices.", ("Michael Howard", "question", "Tesco")),
        ("Michael Howard demanded to know why Tony Blair had lied.", ("Michael Howard", "question", "Tony Blair")),
        # rejected_claim, answered_claim
        ("Michael Howard denied Tony Blair's claims.", ("Michael Howard", "deny", "Tony Blair")),
        ("Moscow dismissed allegations by the United States.", ("Russia", "reject", "United States")),
        ("Gordon Brown responded to Tony Blair's criticism.", ("Gordon Brown", "respond_to", "Tony Blair")),
    ],
)
def test_speech_act_found(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(sentence)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        # wanting oneself to act, or liking, is no call
        ("Tony Blair wants to meet Jacques Chirac.", ("Tony Blair", "call", "Jacques Chirac")),
        ("Voters like Labour to win.", ("Voters", "call", "Labour Party")),
        # "asked whether" asks for news, not for a reason; "was asked why" questions its subject
        ("Michael Howard asked whether Tesco had cut prices.", ("Michael Howard", "question", "Tesco")),
        ("Michael Howard was asked why Tesco had cut prices.", ("Michael Howard", "question", "Tesco")),
        # criticism of an actor is aimed at it, not made by it
        ("Gordon Brown rejected criticism of Tony Blair.", ("Gordon Brown", "reject", "Tony Blair")),
        ("Michael Howard did not deny Tony Blair's claims.", ("Michael Howard", "deny", "Tony Blair")),
    ],
)
def test_speech_act_not_found(sentence: str, absent: tuple[str, str, str]) -> None:
    assert absent not in {(r.subject.name, r.predicate, r.object.name) for r in relations_of(sentence) if not r.negated}


def test_negated_wish_is_a_negated_call() -> None:
    [call] = [
        r for r in relations_of("Michael Howard does not want Tony Blair to call an election.") if r.predicate == "call"
    ]
    assert (call.subject.name, call.object.name, call.negated) == ("Michael Howard", "Tony Blair", True)


@pytest.mark.parametrize(
    ("sentence", "deed", "accuser"),
    [
        (
            "Mr Davis accused Labour of betraying the Liberal Democrats.",
            ("Labour Party", "betray", "Liberal Democrats"),
            "Davis",
        ),
        ("The United States blamed Russia for attacking Ukraine.", ("Russia", "attack", "Ukraine"), "United States"),
    ],
)
def test_a_charged_deed_is_the_accusers_claim(sentence: str, deed: tuple[str, str, str], accuser: str) -> None:
    """ "accused X of …ing Y", "blamed X for …ing Y": X's deed, as the accuser's word, not as news."""
    [found] = [r for r in relations_of(sentence) if (r.subject.name, r.predicate, r.object.name) == deed]
    assert found.attributed_to == accuser
    assert not found.is_fact


def test_a_quote_attributed_to_a_title_and_a_name_is_the_names() -> None:
    """'said co-ordinator Peter Facey' is parsed with two subjects; the speaker is the name."""
    text = (
        '"We believe this draft bill is detailed enough," said co-ordinator Peter Facey. '
        '"In lieu of any other proposals, the Treasury must permit that to happen."'
    )
    assert ("Peter Facey", "call", "Treasury") in triples_of(text)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            '"It would be very troubling if the Treasury did not accept the judgement," Mary Robinson said.',
            ("Mary Robinson", "warn", "Treasury"),
        ),
        (
            "It would be a disaster for Britain to leave the EU, Tony Blair said.",
            ("Tony Blair", "warn", "United Kingdom"),
        ),
    ],
)
def test_harm_foreseen_from_an_actors_doing_warns_it(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(sentence)


def test_harm_denied_warns_no_one() -> None:
    text = "It would not be a disaster if Britain left the EU, Tony Blair said."
    assert ("Tony Blair", "warn", "United Kingdom") not in triples_of(text)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Gordon Brown said Tony Blair ought to resign.", ("Gordon Brown", "call", "Tony Blair")),
        ("Gordon Brown said Tony Blair has to go.", ("Gordon Brown", "call", "Tony Blair")),
        ('"Iran has to stop enrichment," Jack Straw said.', ("Jack Straw", "call", "Iran")),
        ('"It is time for Iran to return to talks," Jack Straw said.', ("Jack Straw", "call", "Iran")),
    ],
)
def test_a_present_need_said_of_another_is_a_call(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # what had to be done may be what happened; a time denied calls no one
        "Gordon Brown said Tony Blair had to go.",
        "It is not time for Iran to return to talks, Jack Straw said.",
    ],
)
def test_a_past_need_or_a_denied_time_is_no_call(sentence: str) -> None:
    assert not {t for t in triples_of(sentence) if t[1] == "call"}


def test_a_spokesman_speaks_for_the_body_the_phrase_names() -> None:
    relations = relations_of("A spokesman for the Treasury said Iran must stop enrichment.")
    assert [(r.subject.name, r.predicate, r.object.name) for r in relations if r.predicate == "call"] == [
        ("Treasury", "call", "Iran")
    ]


@pytest.mark.parametrize(
    ("sentence", "criticised"),
    [
        ("Tony Blair went to war without a clear plan, Charles Kennedy said.", True),
        ("Tesco completed the deal without any problems, Asda said.", False),
        ("Charles Kennedy said Tony Blair did not act without good reason.", False),
    ],
)
def test_acting_without_a_good_thing_is_criticised(sentence: str, criticised: bool) -> None:
    found = {t for t in triples_of(sentence) if t[1] == "criticize"}
    assert bool(found) == criticised


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Michael Howard believes Tony Blair has misled the country.", {("Michael Howard", "accuse", "Tony Blair")}),
        ("Gordon Brown wrote that Tony Blair had mishandled the crisis.", {("Gordon Brown", "accuse", "Tony Blair")}),
        ("Tesco admitted it had misled customers.", set()),
    ],
)
def test_wrongdoing_reported_by_a_verb_of_belief_or_writing_is_an_accusation(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {t for t in triples_of(sentence) if t[1] == "accuse"} == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tony Blair's call for Iran to return to talks was ignored.", ("Tony Blair", "call", "Iran")),
        ("Calls from the Tories for Tony Blair to resign grew.", ("Conservative Party", "call", "Tony Blair")),
        ("Gordon Brown said Tony Blair was unfit for office.", ("Gordon Brown", "criticize", "Tony Blair")),
        ("Gordon Brown said Tony Blair had been bold and decisive.", ("Gordon Brown", "praise", "Tony Blair")),
    ],
)
def test_named_calls_and_judgements(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Gordon Brown was scathing about Tony Blair.", ("Gordon Brown", "criticize", "Tony Blair")),
        ("Gordon Brown has been supportive of Tony Blair's reforms.", ("Gordon Brown", "support", "Tony Blair")),
        (
            "Gordon Brown voiced concern over Tony Blair's plans.",
            ("Gordon Brown", "express_concern_about", "Tony Blair"),
        ),
        ("Gordon Brown raised doubts about Ryanair's figures.", ("Gordon Brown", "express_concern_about", "Ryanair")),
    ],
)
def test_attitudes_and_concerns_towards_an_actor(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "It is critical that Iran complies, Tony Blair said.",  # a need, not an attitude
        "Gordon Brown expressed concern for Margaret Hassan.",  # worry for her safety, not about her doing
    ],
)
def test_no_attitude_without_its_target(sentence: str) -> None:
    assert not {t for t in triples_of(sentence) if t[1] in ("criticize", "express_concern_about")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A South Wales Police spokeswoman said the BNP must withdraw the leaflet.", ("Police", "call", "BNP")),
        ("Germany's financial watchdog BaFin said Citigroup must answer questions.", ("BaFin", "call", "Citigroup")),
    ],
)
def test_reported_speech_of_a_named_body(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(sentence)


@pytest.mark.parametrize(
    ("sentence", "praised"),
    [
        ("Tony Blair said George Bush had learned military force was not the only way to fight terrorism.", True),
        ("Tony Blair said George Bush understood that force alone could not defeat terrorism.", True),
        # news found out, or a skill, is no insight
        ("Tony Blair said George Bush had learned that Iran was enriching uranium.", False),
        ("Tony Blair said George Bush had learned that the plot had failed.", False),
        ("Tony Blair said George Bush had learned to fly.", False),
    ],
)
def test_an_insight_credited_to_another_is_praise(sentence: str, praised: bool) -> None:
    assert (("Tony Blair", "praise", "George Bush") in triples_of(sentence)) == praised


def test_harm_said_of_what_was_done_is_criticism() -> None:
    assert ("Asda", "criticize", "Tesco") in triples_of("It was a mistake for Tesco to expand into America, Asda said.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "George W Bush will display a more consensual approach to world politics, Tony Blair has said.",
            {("Tony Blair", "praise", "George W Bush")},
        ),
        (
            "Gordon Brown said the Tories had adopted a reckless strategy.",
            {("Gordon Brown", "criticize", "Conservative Party")},
        ),
        ("Gordon Brown said the Tories had not adopted a reckless strategy.", set()),
    ],
)
def test_a_way_of_acting_judged_by_its_adjective(sentence: str, expected: set[tuple[str, str, str]]) -> None:
    assert {t for t in triples_of(sentence) if t[1] in ("praise", "criticize")} == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Gordon Brown said Tony Blair had let the country down.", {("Gordon Brown", "accuse", "Tony Blair")}),
        (
            "Gordon Brown said the Tories had caved in to the unions.",
            {("Gordon Brown", "accuse", "Conservative Party")},
        ),
        ("Gordon Brown said Tony Blair had gone back to London.", set()),
    ],
)
def test_phrasal_wrongdoing_is_an_accusation(sentence: str, expected: set[tuple[str, str, str]]) -> None:
    assert {t for t in triples_of(sentence) if t[1] == "accuse"} == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Michael Howard said Labour had no credibility on tax.", {("Michael Howard", "criticize", "Labour Party")}),
        (
            "Michael Howard said Tony Blair has no idea what he is doing.",
            {("Michael Howard", "criticize", "Tony Blair")},
        ),
        ("Tesco has no plans to close stores, Asda said.", set()),
    ],
)
def test_an_actor_said_to_lack_a_strategy_is_criticised(sentence: str, expected: set[tuple[str, str, str]]) -> None:
    assert {t for t in triples_of(sentence) if t[1] == "criticize"} == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            '"It is outrageous that the Labour Party has cut the grant," Michael Howard said.',
            {("Michael Howard", "criticize", "Labour Party")},
        ),
        ("It is sad that Robin Cook has died, Tony Blair said.", set()),
    ],
)
def test_harm_said_of_a_deed_in_a_that_clause(sentence: str, expected: set[tuple[str, str, str]]) -> None:
    assert {t for t in triples_of(sentence) if t[1] == "criticize"} == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('"It is welcome that the Treasury has listened to business," the CBI said.', {("CBI", "praise", "Treasury")}),
        (
            '"It is right that the Home Office has apologised," David Davis said.',
            {("David Davis", "praise", "Home Office")},
        ),
        ("It would be great for Britain to win the World Cup, Tony Blair said.", set()),  # a hope, not a verdict
    ],
)
def test_a_good_outcome_said_of_a_deed_praises(sentence: str, expected: set[tuple[str, str, str]]) -> None:
    assert {t for t in triples_of(sentence) if t[1] in ("praise", "call")} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Arthur Scargill said the strike had been lost. "The Labour Party betrayed the miners."',
            {("Arthur Scargill", "accuse", "Labour Party")},
        ),
        ("According to Unite, Ryanair has broken the law.", {("Unite", "accuse", "Ryanair")}),
        ("Labour betrayed the miners in 1985.", set()),  # the article's own words accuse no one
        ('"Did Labour betray the miners?" Arthur Scargill asked.', set()),
        ("Tesco denied that Asda had misled customers.", set()),  # a wrong denied is not charged
    ],
)
def test_a_wrong_in_the_speakers_own_words_is_an_accusation(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert {t for t in triples_of(text) if t[1] == "accuse"} == expected


def test_a_demand_denied_is_no_call() -> None:
    assert not {t for t in triples_of("Tesco denied that Asda must cut prices.") if t[1] == "call"}
