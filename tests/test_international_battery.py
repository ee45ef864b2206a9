"""International news: sanctions, envoys and ministers acting on states, read as an analyst would."""

from __future__ import annotations

import pytest

from tests.helpers import relations_of, triples_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sanctions were imposed on Iran by the United States after the talks collapsed.",
            ("United States", "sanction", "Iran"),
        ),
        ("New sanctions were imposed on Russia by the European Union on Friday.", ("EU", "sanction", "Russia")),
        ("Sanctions on Iran were imposed by the United States in 2018.", ("United States", "sanction", "Iran")),
        ("A fine was levied on Google by the European Commission.", ("European Commission", "levy_fine_on", "Google")),
    ],
)
def test_a_measure_put_on_a_state_in_the_passive_has_its_doer(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sanctions were imposed on Monday by the United States.",
        "Tariffs on Canadian steel were imposed by Washington last year.",
    ],
)
def test_a_passive_measure_without_a_named_target_hits_no_one(text: str) -> None:
    assert not any(p == "sanction" or "tariff" in p for _, p, _ in triples_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The EU's foreign policy chief, Josep Borrell, called on Israel to allow aid into Gaza.",
            ("Josep Borrell", "call", "Israel"),
        ),
        (
            "Germany's foreign minister, Annalena Baerbock, called on China to press Russia.",
            ("Annalena Baerbock", "call", "China"),
        ),
    ],
)
def test_a_name_beside_a_title_root_is_the_subject_of_its_verb(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


def test_a_participle_after_a_title_and_name_is_not_their_verb() -> None:
    text = "The former minister, John Smith, accused of fraud by prosecutors, resigned."
    assert not any(s == "John Smith" and p == "accuse" for s, p, _ in triples_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Washington has accused Moscow of violating the truce, a charge the Kremlin denied.",
            ("United States", "accuse", "Russia"),
        ),
        ("Israel accused Hamas of stealing aid, a claim the group rejected.", ("Israel", "accuse", "Hamas")),
    ],
)
def test_a_claim_denied_after_it_is_made_is_still_made(text: str, expected: tuple[str, str, str]) -> None:
    found = {(r.subject.name, r.predicate, r.object.name): r for r in relations_of(text)}
    assert expected in found
    assert not found[expected].negated
    assert found[expected].attributed_to is None


def test_a_clause_that_is_denied_stays_negated() -> None:
    found = {
        (r.subject.name, r.predicate, r.object.name): r
        for r in relations_of("Moscow denied that Russia had attacked Georgia.")
    }
    assert found[("Russia", "attack", "Georgia")].negated


@pytest.mark.parametrize(
    "text",
    [
        "India and China agreed to withdraw troops from the disputed border.",
        "Russia has deployed troops along the border with Ukraine.",
        "Pakistan accused the Taliban of sheltering militants who attack its soldiers.",
    ],
)
def test_a_bare_noun_of_armed_men_is_no_actor(text: str) -> None:
    names = {n for s, _, o in triples_of(text) for n in (s, o)}
    assert not names & {"troops", "soldiers", "militants"}


def test_named_troops_still_act() -> None:
    assert ("British troops", "attack", "Taliban") in triples_of("British troops attacked the Taliban.")


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "The Israeli military said it had struck Hezbollah targets in southern Lebanon.",
            ("Israel military", "attack", "Hezbollah"),
            ("Israel military", "attack", "Lebanon"),
        ),
        (
            "Israel struck Hamas positions in Gaza overnight.",
            ("Israel", "attack", "Hamas"),
            ("Israel", "attack", "Gaza"),
        ),
    ],
)
def test_a_named_owners_targets_make_the_place_only_where(
    text: str, expected: tuple[str, str, str], absent: tuple[str, str, str]
) -> None:
    triples = triples_of(text)
    assert expected in triples
    assert absent not in triples


def test_targets_of_no_named_owner_still_attack_the_place() -> None:
    assert ("Ukraine", "attack", "Russia") in triples_of("Ukraine attacked an oil refinery in Russia.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tokyo and Seoul agreed to share intelligence on North Korea.",
            ("South Korea", "share_intelligence_on", "North Korea"),
        ),
        ("Washington and London have sanctioned Moscow.", ("United Kingdom", "sanction", "Russia")),
    ],
)
def test_a_capital_joined_to_an_acting_capital_acts_too(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


def test_capitals_visited_stay_places() -> None:
    assert not triples_of("She visited London and Paris last week.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany is considering sending tanks to Ukraine.", ("Germany", "send_tank_to", "Ukraine")),
        ("The EU is weighing imposing sanctions on Israel.", ("EU", "sanction", "Israel")),
    ],
)
def test_an_option_considered_is_not_done(text: str, expected: tuple[str, str, str]) -> None:
    found = {(r.subject.name, r.predicate, r.object.name): r for r in relations_of(text)}
    assert found[expected].modality == "intent"


def test_a_deed_done_stays_asserted() -> None:
    found = {(r.subject.name, r.predicate, r.object.name): r for r in relations_of("Germany sent tanks to Ukraine.")}
    assert found[("Germany", "send_tank_to", "Ukraine")].modality == "asserted"


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Macron hosts Xi on state visit to Paris", ("Xi", "visit", "Paris"), ("Macron", "visit", "Paris")),
        (
            "Joe Biden welcomed Narendra Modi on a state visit to Washington.",
            ("Narendra Modi", "visit", "Washington"),
            ("Joe Biden", "visit", "Washington"),
        ),
    ],
)
def test_a_visit_a_host_receives_is_the_guests(
    text: str, expected: tuple[str, str, str], absent: tuple[str, str, str]
) -> None:
    triples = triples_of(text)
    assert expected in triples
    assert absent not in triples


def test_a_visit_of_ones_own_stays_the_subjects() -> None:
    assert ("Macron", "visit", "Beijing") in triples_of("Macron met Xi during a visit to Beijing.")


def test_a_charge_denied_by_which_is_no_act_on_the_noun_before() -> None:
    triples = triples_of("Turkey accused Sweden of harbouring Kurdish militants, which Stockholm denied.")
    assert ("Turkey", "accuse", "Sweden") in triples
    assert not any(p == "deny" for _, p, _ in triples)


def test_a_which_joined_by_an_act_still_names_its_noun() -> None:
    assert ("Smith", "join", "Labour Party") in triples_of(
        "He praised the Labour Party, which Mr Smith joined in 1990."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Western countries, including the US and Japan, have imposed sanctions on Russia.",
            [("United States", "sanction", "Russia"), ("Japan", "sanction", "Russia")],
        ),
        ("Several countries including Germany criticised Israel.", [("Germany", "criticize", "Israel")]),
    ],
)
def test_names_a_plural_subject_includes_act_with_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    triples = triples_of(text)
    assert all(e in triples for e in expected)


def test_names_an_object_includes_are_not_subjects() -> None:
    triples = triples_of("Russia attacked several countries, including Georgia.")
    assert not any(s == "Georgia" for s, _, _ in triples)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qatar mediated between Israel and Hamas.", [("Qatar", "mediate", "Israel"), ("Qatar", "mediate", "Hamas")]),
        (
            "Turkey has offered to mediate between Russia and Ukraine.",
            [("Turkey", "mediate", "Russia"), ("Turkey", "mediate", "Ukraine")],
        ),
    ],
)
def test_a_mediator_stands_between_both_sides(text: str, expected: list[tuple[str, str, str]]) -> None:
    triples = triples_of(text)
    assert all(e in triples for e in expected)


def test_mediating_between_unnamed_sides_names_no_one() -> None:
    assert not triples_of("Beijing has offered to mediate between the two sides.")


@pytest.mark.parametrize(
    "text",
    [
        "Poland's defence minister said Warsaw would buy 250 Abrams tanks from the United States.",
        "The French foreign minister said France would send troops to Estonia.",
    ],
)
def test_a_states_office_holder_telling_its_plan_states_intent(text: str) -> None:
    relations = [r for r in relations_of(text) if r.predicate.startswith(("buy", "send"))]
    assert relations
    assert all(r.modality == "intent" for r in relations)


def test_an_office_holder_on_another_state_states_no_plan() -> None:
    text = "Britain's foreign minister said Russia would attack Moldova if it could."
    relations = [r for r in relations_of(text) if r.predicate == "attack"]
    assert relations
    assert all(r.modality != "intent" for r in relations)
