"""Relational nouns: exchanges with the clause's actor, ties owned or followed by "of", rivals of a kind,
and rifts between two actors."""

from __future__ import annotations

import pytest

from tests.helpers import relations_of, triples_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # exchange_with_actor
        (
            "Angela Merkel said she had raised the issue in conversations with Emmanuel Macron.",
            ("Angela Merkel", "talk", "Emmanuel Macron"),
        ),
        ("Unison opened negotiations with Tesco on Monday.", ("Unison", "talk", "Tesco")),
        ("British Airways is locked in a dispute with Unite.", ("British Airways", "dispute_with", "Unite")),
        # feeling_with
        ("Jacques Chirac is frustrated with Tony Blair.", ("Jacques Chirac", "frustrated_with", "Tony Blair")),
        ("France was at odds with Germany over the budget.", ("France", "at_odds_with", "Germany")),
        # served_under
        (
            "Robin Cook served as foreign secretary under Tony Blair's premiership.",
            ("Robin Cook", "serve_under", "Tony Blair"),
        ),
        # owned_tie
        ("Norway is Sweden's closest partner, the minister said.", ("Norway", "partner_of", "Sweden")),
        ("Gordon Brown's ally, Ed Balls, rejected the claim.", ("Ed Balls", "ally", "Gordon Brown")),
        # tie_of
        (
            "Nigel Lawson, a long-standing critic of Margaret Thatcher, spoke.",
            ("Nigel Lawson", "criticize", "Margaret Thatcher"),
        ),
        ("Peter Mandelson is a close friend of Tony Blair.", ("Peter Mandelson", "friend_of", "Tony Blair")),
        # included_members
        (
            "The Shadow Cabinet, including Michael Howard and Oliver Letwin, met on Monday.",
            ("Oliver Letwin", "member_of", "Shadow Cabinet"),
        ),
        ("Nato, including France and Germany, backed the plan.", ("Germany", "member_of", "NATO")),
        # rival_pair
        ("The deal pits rival carmakers Toyota and Honda against each other.", ("Toyota", "rival", "Honda")),
        # between_pair with a rift noun
        ("The row between Ofcom and Vodafone deepened on Friday.", ("Ofcom", "row_with", "Vodafone")),
        (
            "The differences between Nicolas Sarkozy and Jacques Chirac are small.",
            ("Nicolas Sarkozy", "differ_with", "Jacques Chirac"),
        ),
        # joined_pair
        ("The US-China talks resumed on Monday.", ("United States", "talk", "China")),
        # owner_event_object with a rift noun
        ("Tony Blair's feud with Gordon Brown worsened.", ("Tony Blair", "feud_with", "Gordon Brown")),
    ],
)
def test_noun_ties_found(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(sentence)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        # bare "rivals A and B" are often a third actor's rivals
        ("Sainsbury's said rivals Tesco and Asda had cut prices.", ("Tesco", "rival", "Asda")),
        # what a row is about is no party to it
        ("Tony Blair's row over the Budget with Gordon Brown worsened.", ("Tony Blair", "row_with", "Budget")),
        # one name with a hyphen is no pair
        ("Coca-Cola talks resumed on Monday.", ("Coca", "talk", "Coca-Cola")),
        # a country serves no one
        (
            "Britain prospered under Margaret Thatcher's leadership.",
            ("United Kingdom", "serve_under", "Margaret Thatcher"),
        ),
        # relations named are no event
        ("On US-Japan relations, he was encouraged.", ("United States", "restore_relations", "Japan")),
        # a tie not yet held
        ("Mr Brown, Tony Blair's likely successor, spoke.", ("Gordon Brown", "successor_of", "Tony Blair")),
        (
            "David Miliband, a possible successor of Tony Blair, spoke.",
            ("David Miliband", "successor_of", "Tony Blair"),
        ),
        # one of many is no member of a body
        ("Ministers, including John Prescott, met on Monday.", ("John Prescott", "member_of", "Ministers")),
        # the parts of a place are no members
        ("Iraq, including Baghdad and Basra, voted on Sunday.", ("Basra", "member_of", "Iraq")),
        # a judgement is read once, by `evaluation`
        ("Labour is angry with the BBC.", ("Labour Party", "angry_with", "BBC")),
        # an exchange owned by someone else is not the subject's
        ("Nick Clegg criticised David Cameron's talks with Angela Merkel.", ("Nick Clegg", "talk", "Angela Merkel")),
    ],
)
def test_noun_ties_absent(sentence: str, absent: tuple[str, str, str]) -> None:
    assert absent not in triples_of(sentence)


def test_a_tie_said_by_be_takes_its_negation() -> None:
    found = {
        (r.subject.name, r.predicate, r.object.name): r for r in relations_of("Ukraine is not a partner of Russia.")
    }
    assert found[("Ukraine", "partner_of", "Russia")].negated
