"""Grammar gaps: the party of a deal one leaves, a partner owned by a company, praise and support said
with a light verb, a second accused with its own charge, the owner of a possessive in an infinitive."""

from __future__ import annotations

import pytest

from tests.helpers import relations_of


def _triples(sentence: str) -> set[tuple[str, str, str]]:
    return {(r.subject.name, r.predicate, r.object.name) for r in relations_of(sentence)}


def _pairs(sentence: str) -> set[tuple[str, str]]:
    return {(s, o) for s, _, o in _triples(sentence)}


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        ("The United States withdrew from the nuclear deal with Iran in 2018.", ("United States", "Iran")),
        ("Britain pulled out of talks with the European Union.", ("Britain", "European Union")),
        ("Washington walked away from the agreement with Tehran last year.", ("Washington", "Tehran")),
    ],
)
def test_the_party_of_a_deal_left_is_not_a_co_doer(sentence: str, wrong: tuple[str, str]) -> None:
    assert wrong not in _pairs(sentence)


def test_a_verb_with_its_own_with_keeps_it() -> None:
    assert ("France", "withdraw_with", "Germany") in _triples("France withdrew from Mali with Germany.")
    assert ("Rutte", "meet", "Trump") in _triples("Rutte met with Trump.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Nissan, Renault's former partner, reported a loss on Thursday.",
        "Nissan, Renault's partner in the alliance, reported a loss on Thursday.",
    ],
)
def test_a_company_s_partner_is_not_its_staff(sentence: str) -> None:
    assert ("Nissan", "works_for", "Renault") not in _triples(sentence)


def test_a_partner_at_a_firm_works_there() -> None:
    assert ("John Smith", "works_for", "Freshfields") in _triples(
        "John Smith, a partner at Freshfields, advised the bank."
    )


@pytest.mark.parametrize(
    ("sentence", "right", "wrong"),
    [
        (
            "Emmanuel Macron urged Xi Jinping to use his influence with Russia to end the war.",
            ("Xi Jinping", "influence_with", "Russia"),
            ("Emmanuel Macron", "influence_with", "Russia"),
        ),
        (
            "Angela Merkel urged Donald Trump to honour his commitments to NATO.",
            ("Donald Trump", "honour_commitment_to", "NATO"),
            ("Angela Merkel", "honour_commitment_to", "NATO"),
        ),
    ],
)
def test_a_possessive_in_an_infinitive_is_its_doer_s(
    sentence: str, right: tuple[str, str, str], wrong: tuple[str, str, str]
) -> None:
    found = _triples(sentence)
    assert wrong not in found
    assert right in found


def test_a_possessive_in_a_subject_controlled_infinitive_is_the_subject_s() -> None:
    found = _triples("Emmanuel Macron vowed to use his influence with Russia.")
    assert ("Emmanuel Macron", "influence_with", "Russia") in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Senator Ted Cruz lavished praise on Donald Trump at the rally.", ("Ted Cruz", "praise", "Donald Trump")),
        ("Barack Obama gave his backing to Kamala Harris on Friday.", ("Barack Obama", "support", "Kamala Harris")),
        ("Boris Johnson came out in support of Rishi Sunak on Monday.", ("Boris Johnson", "support", "Rishi Sunak")),
        ("Germany sent troops to Lithuania in support of NATO.", ("Germany", "support", "NATO")),
        (
            "Hillary Clinton threw her weight behind Joe Biden in the primary.",
            ("Hillary Clinton", "support", "Joe Biden"),
        ),
        (
            "Jeremy Corbyn heaped criticism on Keir Starmer after the vote.",
            ("Jeremy Corbyn", "criticize", "Keir Starmer"),
        ),
    ],
)
def test_praise_and_support_said_with_a_light_verb(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(sentence)


def test_talks_offered_are_not_held() -> None:
    assert ("Seoul", "talk", "Pyongyang") not in _triples("Seoul offered talks to Pyongyang on Monday.")


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        (
            "Prosecutors accused Paul Manafort of fraud and Rick Gates of perjury.",
            ("Prosecutors", "accuse", "Paul Manafort"),
            ("Prosecutors", "accuse", "Rick Gates"),
        ),
        (
            "Joe Biden accused Vladimir Putin of genocide and Alexander Lukashenko of complicity.",
            ("Joe Biden", "accuse", "Vladimir Putin"),
            ("Joe Biden", "accuse", "Alexander Lukashenko"),
        ),
        (
            "Rutte praised Biden for his leadership and Macron for his courage.",
            ("Rutte", "praise", "Biden"),
            ("Rutte", "praise", "Macron"),
        ),
    ],
)
def test_a_second_object_with_its_own_phrase_after_and(
    sentence: str, first: tuple[str, str, str], second: tuple[str, str, str]
) -> None:
    found = _triples(sentence)
    assert first in found
    assert second in found


def test_a_place_after_and_is_no_second_object() -> None:
    assert ("Macron", "Berlin") not in _pairs("Macron met Scholz in Berlin and Meloni in Rome.")
