"""Event rules between two actors that the verb's plain rules miss: standing behind someone, a fight taken
to a named court, a shared deal named before its makers, a passive's stray "by", acts on some of a group,
acts on each other, and measures whose "on" hangs from the verb."""

from __future__ import annotations

import pytest

from tests.helpers import triples_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # stood_by
        ("Downing Street said Boris Johnson was standing by Priti Patel.", ("Boris Johnson", "support", "Priti Patel")),
        ("Conservative MPs rallied behind Rishi Sunak after the vote.", ("Conservative MPs", "support", "Rishi Sunak")),
        ("Germany threw its weight behind Ukraine.", ("Germany", "support", "Ukraine")),
        # contested_in_court
        (
            "The Scottish Government will challenge the ruling in the Supreme Court.",
            ("Scottish Government", "challenge_ruling_in", "Supreme Court"),
        ),
        # deal_made_by_pair
        (
            "The trade agreement that Britain and Australia signed in 2021 cut tariffs on wine.",
            ("United Kingdom", "sign", "Australia"),
        ),
        # passive_agent, with its "by" hung on the sum
        ("Google was fined 2.4 billion euros by the European Commission.", ("European Commission", "fine", "Google")),
        # partitive_object
        ("Theresa May met several of the Brexiteers in Downing Street.", ("Theresa May", "meet", "Brexiteers")),
        # each_other, both ways
        ("Israel and Hamas accused each other of breaking the ceasefire.", ("Israel", "accuse", "Hamas")),
        ("Israel and Hamas accused each other of breaking the ceasefire.", ("Hamas", "accuse", "Israel")),
        ("Russia and Ukraine imposed sanctions on each other.", ("Ukraine", "sanction", "Russia")),
        # received_from: anger faced from someone is their criticism
        (
            "Rachel Reeves faced anger from Labour backbenchers over fuel duty.",
            ("Labour backbenchers", "criticize", "Rachel Reeves"),
        ),
        # exchange_with_actor
        ("Apple is locked in a legal battle with Epic Games.", ("Apple", "battle_with", "Epic Games")),
        # measure_put_on
        ("Donald Trump slapped tariffs on Canada.", ("Donald Trump", "slap_tariff_on", "Canada")),
        # accused_of_act_on_owner
        (
            "Ukraine accused Russia of violating Poland's airspace.",
            ("Russia", "violate_airspace_of", "Poland"),
        ),
        (
            "Samsung Electronics accused Apple of copying its smartphone designs.",
            ("Apple", "copy_design_of", "Samsung Electronics"),
        ),
        # inquiry_in_country
        ("Boeing is facing a criminal investigation in Germany.", ("Germany", "investigate", "Boeing")),
        # gerund_of_actor
        ("Russia's shelling of Kharkiv continued on Monday.", ("Russia", "shelling_of", "Kharkiv")),
        (
            "The sacking of Dominic Cummings by Boris Johnson surprised MPs.",
            ("Boris Johnson", "sacking_of", "Dominic Cummings"),
        ),
        # a measure's author is whom a vote against it opposes
        ("Labour voted against Donald Trump's tariffs.", ("Labour Party", "vote_against_tariff_of", "Donald Trump")),
        # relied_on_giver
        ("Ukraine relies on funding from the European Union.", ("EU", "fund", "Ukraine")),
        # voted_down, "down" parsed as a preposition
        ("The Senate voted down Donald Trump's tariffs.", ("Senate", "vote_down_tariff_of", "Donald Trump")),
    ],
)
def test_event_rule_finds_relation(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(sentence)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        # standing by words is no support for whom they are about
        ("Boris Johnson stood by his remarks about Theresa May.", ("Boris Johnson", "support", "Theresa May")),
        # a share of a company is no one acted on
        ("Vodafone bought 20% of Verizon in 1999.", ("Vodafone", "buy", "Verizon")),
        # a deal the pair opposed is no deal they made together
        ("The deal that Tesco and Unilever opposed was approved by the CMA.", ("Tesco", "sign", "Unilever")),
        # "their" may be the accused's own
        (
            "Labour accused the Conservatives of betraying their voters.",
            ("Conservative Party", "betray_voter_of", "Labour Party"),
        ),
        # "its" after an act that takes nothing may be the accused's own
        (
            "Beijing accused Washington of bullying its trading partners.",
            ("United States", "bully_partner_of", "China"),
        ),
        # an inquiry in a city says where, not whose
        ("Google faces an inquiry in London.", ("London", "investigate", "Google")),
        ("Boeing faces an antitrust probe in the European Union.", ("Boeing", "face_probe_in", "EU")),
        # what a subject relies on from someone is the giver's act, not the subject's
        ("Ukraine relies on funding from the European Union.", ("Ukraine", "rely_on_funding_from", "EU")),
        # whose act "its" names is not sure when two bodies came before it
        (
            "The European Commission opened an investigation into Microsoft over its bundling of Teams with Office.",
            ("European Commission", "bundling_of", "Teams with Office"),
        ),
        # lifting sanctions is not sanctioning
        ("Russia and Ukraine lifted sanctions on each other.", ("Russia", "sanction", "Ukraine")),
        ("The United States lifted sanctions on Iran on Friday.", ("United States", "sanction", "Iran")),
    ],
)
def test_event_rule_leaves_relation(sentence: str, absent: tuple[str, str, str]) -> None:
    assert absent not in triples_of(sentence)
