"""Relations no analyst would sign: a second doer after "together with", a seat won, a thing held "from"
someone, a faith's people in general, a product launched."""

from __future__ import annotations

import pytest

from tests.helpers import relations_of


def _triples(sentence: str) -> set[tuple[str, str, str]]:
    return {(r.subject.name, r.predicate, r.object.name) for r in relations_of(sentence)}


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        ("Mali quit the bloc together with Niger in January.", ("Mali", "quit_bloc_with", "Niger")),
        (
            "Honda recalled the cars together with Nissan after the fault was found.",
            ("Honda", "recall_car_with", "Nissan"),
        ),
        ("Niger withdrew from the alliance along with Mali.", ("Niger", "withdraw_with", "Mali")),
    ],
)
def test_together_with_names_a_second_doer(sentence: str, wrong: tuple[str, str, str]) -> None:
    assert wrong not in _triples(sentence)
    assert ("Siemens", "sign", "Alstom") in _triples("Siemens signed a deal together with Alstom on Tuesday.")


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        ("Jane Smith won Bristol West, a Labour seat since 1945, by 300 votes.", ("Jane Smith", "win", "Bristol West")),
        (
            "In 1983 Gordon Brown took Dunfermline East, a new constituency.",
            ("Gordon Brown", "take", "Dunfermline East"),
        ),
    ],
)
def test_a_seat_won_is_no_actor(sentence: str, wrong: tuple[str, str, str]) -> None:
    assert wrong not in _triples(sentence)


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        ("Ryanair has its own account from Boeing of the delays.", ("Ryanair", "have_account_from", "Boeing")),
        ("Tesco has one version from Asda and another from the regulator.", ("Tesco", "have_version_from", "Asda")),
    ],
)
def test_a_thing_held_from_someone_is_no_act(sentence: str, wrong: tuple[str, str, str]) -> None:
    assert wrong not in _triples(sentence)
    assert ("Shanda", "have_stake_in", "Sina") in _triples("Shanda has a stake in Sina.")


@pytest.mark.parametrize(
    "sentence",
    ["Catholics in the town wrote to the Pope about the closure.", "Muslims had to travel to Llanelli for prayers."],
)
def test_a_faith_in_general_is_no_actor(sentence: str) -> None:
    names = {name for triple in _triples(sentence) for name in (triple[0], triple[2])}
    assert not names & {"Catholics", "Muslims"}
    assert ("Muslim Council", "criticize", "Tony Blair") in _triples(
        "The Muslim Council of Britain criticised Tony Blair."
    )


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        ("Google unveiled the Pixel 9 at an event in California.", ("Google", "unveil", "Pixel")),
        ("Samsung unveiled the Galaxy S24 in San Jose.", ("Samsung", "unveil", "Galaxy S24")),
    ],
)
def test_a_product_launched_is_no_actor(sentence: str, wrong: tuple[str, str, str]) -> None:
    assert wrong not in _triples(sentence)
    assert ("Inbev", "launch_bid_for", "Anheuser-Busch") in _triples(
        "Inbev launched a takeover bid for Anheuser-Busch."
    )


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Three UK said its network was restored on Tuesday.", ["Three UK"]),
        (
            "Three UK soldiers were killed in Afghanistan.",
            ["UK", "Afghanistan"],
        ),  # the place only describes the soldiers
    ],
)
def test_a_counted_place_is_a_company_name(sentence: str, names: list[str]) -> None:
    """No one counts a country: "Three UK" is the operator, while "Three UK soldiers" are British soldiers."""
    from kg.extract.joined_entities import joined_entities
    from kg.extract.pipeline import load_pipeline

    doc = load_pipeline()(sentence)
    assert [e.text for e in joined_entities(doc) if e.label_ in ("GPE", "ORG")] == names
    assert ("Vodafone", "merge_with", "Three UK") in _triples("Vodafone agreed to merge with Three UK last year.")


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        ("Boeing's former rival McDonnell Douglas merged with it in 1997.", ("McDonnell Douglas", "rival", "Boeing")),
        ("Renault's former partner Nissan cut its forecast.", ("Nissan", "partner_of", "Renault")),
        ("Alan Milburn, a former ally of Tony Blair, resigned.", ("Alan Milburn", "ally", "Tony Blair")),
    ],
)
def test_a_former_tie_is_no_current_one(sentence: str, wrong: tuple[str, str, str]) -> None:
    assert wrong not in _triples(sentence)
    assert ("Asda", "rival", "Tesco") in _triples("Tesco's rival, Asda, cut prices on Monday.")
