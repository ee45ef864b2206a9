"""Meetings, talks and go-betweens: who met, talked or mediated with whom, when the parser leaves a side
hanging from an apposition or counts the sides ("the two leaders")."""

from __future__ import annotations

import pytest

from tests.helpers import relations_of, triples_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Unifor, Canada's largest private-sector union, and the freight railway Northline Rail will return "
            "to the bargaining table on Tuesday.",
            ("Unifor", "talk", "Northline Rail"),
        ),
        (
            "Sadiq Khan, the mayor of London, and Andy Burnham met in Manchester.",
            ("Sadiq Khan", "meet", "Andy Burnham"),
        ),
        ("Shell, the oil major, and BP held talks last week.", ("Shell", "talk", "BP")),
    ],
)
def test_a_second_side_set_after_an_apposition_is_still_a_side(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        ("Mr Ali, a lawyer and Labour MP, met on Tuesday with party officials.", "Labour"),
        ("Unifor, a union, and Northline Rail has met.", "Northline Rail"),
    ],
)
def test_an_apposition_of_one_subject_gives_no_partner(text: str, partner: str) -> None:
    assert not [t for t in triples_of(text) if t[1] in ("meet", "talk") and partner in (t[0], t[2])]


def test_the_two_leaders_a_mediator_stands_between_are_two_others() -> None:
    triples = triples_of(
        "Gustavo Petro and Daniel Noboa clashed over tariffs on Friday. Peru's foreign minister, Ana Lucia "
        "Ferrero, tried to mediate between the two leaders during a closed-door lunch."
    )
    assert ("Ana Lucia Ferrero", "mediate", "Daniel Noboa") not in triples  # she is not one of the two
    assert not [t for t in triples if t[1] == "mediate" and t[2] == "Ana Lucia Ferrero"]


def test_mediating_between_two_named_together_just_before() -> None:
    triples = triples_of(
        "Talks between Lufthansa and the pilots' union Vereinigung Cockpit broke down on Friday. Germany's "
        "labour minister Hubertus Heil offered to mediate between both sides."
    )
    assert ("Hubertus Heil", "mediate", "Lufthansa") in triples
    assert ("Hubertus Heil", "mediate", "Vereinigung Cockpit") in triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rachel Reeves met union representatives on Monday.", ("Rachel Reeves", "meet", "union representatives")),
        (
            "The European Commission has urged European manufacturers to buy more critical minerals from its "
            "trade partners.",
            ("European Commission", "call", "European manufacturers"),
        ),
    ],
)
def test_representatives_and_manufacturers_are_groups_one_meets_or_urges(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples_of(text)


def test_the_house_of_representatives_is_no_group() -> None:
    names = {n for s, _, o in triples_of("The House of Representatives passed the bill on Friday.") for n in (s, o)}
    assert "Representatives" not in names


def test_whips_are_a_group_that_calls_members_in() -> None:
    triples = triples_of("Conservative whips summoned the rebel MPs to a meeting on Monday.")
    assert any(s == "Conservative whips" and p == "summon" for s, p, _ in triples)


@pytest.mark.parametrize(
    "text",
    [
        "Joe Biden and Narendra Modi are scheduled to meet on Friday.",
        "Joe Biden and Narendra Modi are due to meet on Friday.",
    ],
)
def test_two_subjects_of_a_frame_meet_later(text: str) -> None:
    meeting = next(r for r in relations_of(text) if r.predicate == "meet")
    assert (meeting.subject.name, meeting.object.name, meeting.modality) == ("Joe Biden", "Narendra Modi", "future")


def test_two_asked_to_meet_are_not_said_to_meet() -> None:
    assert not [t for t in triples_of("Joe Biden and Narendra Modi were asked to meet on Friday.") if t[1] == "meet"]


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump has piled pressure on Keir Starmer to raise defence spending.",
        "Donald Trump has ratcheted up pressure on Keir Starmer to raise defence spending.",
    ],
)
def test_pressure_piled_on_another(text: str) -> None:
    assert ("Donald Trump", "pressure", "Keir Starmer") in triples_of(text)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Keir Starmer pleaded with Donald Trump not to abandon Ukraine.", ("Donald Trump", "abandon", "Ukraine")),
        ("Keir Starmer appealed to Donald Trump to back Ukraine.", ("Donald Trump", "support", "Ukraine")),
    ],
)
def test_one_pleaded_with_is_asked_to_act_not_the_pleader(text: str, asked: tuple[str, str, str]) -> None:
    relations = {(r.subject.name, r.predicate, r.object.name): r for r in relations_of(text)}
    assert relations[asked].modality == "intent"
    assert ("Keir Starmer", asked[1], "Ukraine") not in relations


def test_one_called_for_to_act_is_the_one_to_act() -> None:
    relations = {
        (r.subject.name, r.predicate, r.object.name): r
        for r in relations_of("Emmanuel Macron called for Xi Jinping to bring Russia to its senses.")
    }
    assert relations[("Xi Jinping", "bring", "Russia")].modality == "intent"
    assert ("Emmanuel Macron", "bring", "Russia") not in relations


def test_a_headline_sends_two_named_parties_back_to_talks() -> None:
    relations = relations_of(
        "Israel and Hamas return to talks in Cairo\n\nIsrael said on Monday that Hamas had accepted a new proposal.\n"
    )
    assert any(
        (r.subject.name, r.predicate, r.object.name) == ("Israel", "talk", "Hamas") and "return" in r.evidence.sentence
        for r in relations
    )


def test_a_headline_returning_to_profit_is_no_talks() -> None:
    relations = relations_of(
        "Ford and General Motors return to profit\n\nFord and General Motors said on Monday that sales rose.\n"
    )
    assert not [r for r in relations if r.predicate == "talk"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Donald Trump's letter to Keir Starmer was published on Monday.",
            ("Donald Trump", "letter_to", "Keir Starmer"),
        ),
        ("Donald Trump's message to Keir Starmer was clear.", ("Donald Trump", "message_to", "Keir Starmer")),
    ],
)
def test_what_one_sends_to_another(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


def test_a_message_about_a_topic_is_sent_to_no_one() -> None:
    assert not triples_of("Donald Trump's message on the Labour Party's tax plans was clear.") & {
        ("Donald Trump", "message_on", "Labour Party")
    }


def test_two_who_had_a_phone_call_talked() -> None:
    assert ("Joe Biden", "talk", "Xi Jinping") in triples_of("Joe Biden and Xi Jinping had a phone call on Tuesday.")


def test_a_close_call_is_no_talk() -> None:
    assert not [t for t in triples_of("Joe Biden and Xi Jinping had a close call.") if t[1] == "talk"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Joe Biden emerged from a meeting with Xi Jinping to say relations were improving.",
            ("Joe Biden", "meet", "Xi Jinping"),
        ),
        ("Joe Biden returned from talks with Xi Jinping on Friday.", ("Joe Biden", "talk", "Xi Jinping")),
    ],
)
def test_coming_from_a_meeting_with_another(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)
