"""Politics news read as an analyst reads it: "no longer" negates, talks held at a place are not held
with it, criticism faced over a country is about it, and a member put out "from" a party in a participle."""

from __future__ import annotations

import pytest

from tests.helpers import relations_of, triples_of


@pytest.mark.parametrize(
    ("sentence", "triple"),
    [
        (
            "Tory MP Robert Jackson has defected to Labour, saying he could no longer support Michael Howard.",
            ("Robert Jackson", "support", "Michael Howard"),
        ),
        ("The Liberal Democrats no longer support Tony Blair.", ("Liberal Democrats", "support", "Tony Blair")),
    ],
)
def test_no_longer_negates(sentence: str, triple: tuple[str, str, str]) -> None:
    found = [r for r in relations_of(sentence) if (r.subject.name, r.predicate, r.object.name) == triple]
    assert found and all(r.negated for r in found)


def test_no_longer_leaves_other_adverbs_alone() -> None:
    [support] = [
        r for r in relations_of("Gordon Brown backed Tony Blair for longer than expected.") if r.predicate == "support"
    ]
    assert not support.negated


@pytest.mark.parametrize(
    ("sentence", "present", "absent"),
    [
        (
            "Tony Blair held talks with George W Bush at the White House on Thursday.",
            ("Tony Blair", "talk", "George W Bush"),
            ("Tony Blair", "talk", "White House"),
        ),
        (
            "Jack Straw held talks at the Kremlin with Sergei Lavrov.",
            ("Jack Straw", "talk", "Sergei Lavrov"),
            ("Jack Straw", "talk", "Kremlin"),
        ),
        (
            "Tony Blair faced criticism from Labour backbenchers over Iraq on Tuesday.",
            ("Labour backbenchers", "criticize", "Tony Blair"),
            ("Tony Blair", "face_criticism_over", "Iraq"),
        ),
        (
            "George Galloway, expelled from the Labour Party in 2003, is standing in Bethnal Green.",
            ("Labour Party", "expel", "George Galloway"),
            ("George Galloway", "expel", "Labour Party"),
        ),
        (
            "Howard Flight, suspended from the Conservative Party last week, will stand as an independent.",
            ("Conservative Party", "suspend", "Howard Flight"),
            ("Howard Flight", "suspend", "Conservative Party"),
        ),
    ],
)
def test_politics_sentences(sentence: str, present: tuple[str, str, str], absent: tuple[str, str, str]) -> None:
    triples = triples_of(sentence)
    assert present in triples
    assert absent not in triples


@pytest.mark.parametrize(
    "sentence",
    [
        "Gordon Brown took a swipe at Michael Howard over tax.",  # a swipe is still taken at someone
    ],
)
def test_jibes_at_still_read(sentence: str) -> None:
    assert ("Gordon Brown", "criticize", "Michael Howard") in triples_of(sentence)


def test_participle_needs_a_body_after_from() -> None:
    triples = triples_of("The campaigner, barred from the conference hall, complained to the BBC.")
    assert not any(p in ("bar", "ban") for _, p, _ in triples)


@pytest.mark.parametrize(
    ("sentence", "triple"),
    [
        # a party's name the tagger calls an adjective still owns what it names
        (
            "Tory leader Michael Howard has attacked the Labour manifesto.",
            ("Michael Howard", "attack_manifesto_of", "Labour Party"),
        ),
        # a department named by its brief keeps its first word
        ("The Foreign Office summoned the Iranian ambassador.", ("Foreign Office", "summon_ambassador_of", "Iran")),
        ("The Defence Ministry criticised the BBC.", ("Defence Ministry", "criticize", "BBC")),
        ("Foreign Secretary Jack Straw met Condoleezza Rice.", ("Jack Straw", "meet", "Condoleezza Rice")),
    ],
)
def test_party_and_department_names(sentence: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples_of(sentence)


def test_a_country_before_an_inquiry_is_its_topic() -> None:
    assert not any(o == "Iraq" for _, _, o in triples_of("Charles Kennedy urged an Iraq inquiry."))


def test_a_title_held_by_the_object_is_not_the_subjects() -> None:
    text = (
        "Tony Blair has signed the EU constitution in Rome. "
        "The prime minister praised Italian Prime Minister Silvio Berlusconi for hosting the ceremony."
    )
    triples = triples_of(text)
    assert ("Tony Blair", "praise", "Silvio Berlusconi") in triples
    assert ("Silvio Berlusconi", "lead", "Italy") in triples


def test_a_title_given_in_a_later_sentence_still_names_the_holder() -> None:
    text = (
        "The courts minister has told MPs the plans will go ahead. "
        "Courts minister Christopher Leslie said the reforms were needed."
    )
    assert ("Christopher Leslie", "say", "MPs") in triples_of(text)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "Russian President Vladimir Putin has criticised the EU. "
            "Gerhard Schroeder and Jacques Chirac will meet the Russian leader next month.",
            ("Jacques Chirac", "meet", "Vladimir Putin"),
            None,
        ),
        (
            "Israeli Prime Minister Ariel Sharon met Mahmoud Abbas. The Israeli leader later criticised Hamas.",
            ("Ariel Sharon", "criticize", "Hamas"),
            None,
        ),
        # a former holder is not "the Russian leader"
        (
            "Former Russian President Boris Yeltsin has criticised the EU. The Russian leader met Gerhard Schroeder.",
            None,
            ("Boris Yeltsin", "meet", "Gerhard Schroeder"),
        ),
    ],
)
def test_the_leader_of_a_country(
    text: str, present: tuple[str, str, str] | None, absent: tuple[str, str, str] | None
) -> None:
    triples = triples_of(text)
    assert present is None or present in triples
    assert absent is None or absent not in triples


def test_a_committee_on_public_administration_is_no_government() -> None:
    text = (
        "Labour MP Tony Wright chairs the Commons public administration committee.\n\n"
        "The Commons public administration committee, chaired by Tony Wright, said the Cabinet Office had failed."
    )
    assert not any(o.endswith("Government") for _, _, o in triples_of(text))
