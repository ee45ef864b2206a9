"""A judgement passed on a deed summed up by a noun after a comma ("…, a move the unions condemned"), and
the giver of what an actor's affairs rely on ("Pemex's finances depend on support from …")."""

from __future__ import annotations

import pytest

from tests.helpers import triples_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a label the lexicon rates, given in a relative clause of the summing noun
        (
            "Ryanair will close its Dublin base, a plan the Irish government called reckless.",
            ("Ireland Government", "criticize", "Ryanair"),
        ),
        # the label parsed as the object of "called"
        (
            "Ryanair will close its Dublin base, a plan the Irish government called a great success.",
            ("Ireland Government", "praise", "Ryanair"),
        ),
        # the deed's doer as a pronoun the index resolves
        (
            "Tesco said it would close 40 stores, a decision the Usdaw union condemned.",
            ("Usdaw", "criticize", "Tesco"),
        ),
        # a verb of judging in the relative clause
        (
            "The Conservative Party will raise VAT, a decision the Labour Party condemned on Monday.",
            ("Labour Party", "criticize", "Conservative Party"),
        ),
        # a participle with its agent
        (
            "Ryanair cut its fares to Dublin, a move welcomed by the European Commission.",
            ("European Commission", "praise", "Ryanair"),
        ),
        # the deed is the clause below the verb of saying, not the clause inside it
        (
            "Michael O'Leary said Ryanair would keep flying if a strike went ahead, a plan the Unite union called irresponsible.",
            ("Unite", "criticize", "Ryanair"),
        ),
        # relied_on_giver: the owner of the affairs that depend on the giver
        (
            "Moody's said Pemex's finances still depended on support from the Ministry of Finance.",
            ("Ministry of Finance", "support", "Pemex"),
        ),
        ("Ukraine's economy relies on funding from the European Union.", ("EU", "fund", "Ukraine")),
    ],
)
def test_judgement_of_summed_up_deed(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(sentence)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        # a noun that sums up no deed: a place
        (
            "Ryanair flies to Belfast, a city the Unite union called dangerous.",
            ("Unite", "criticize", "Ryanair"),
        ),
        # "it" of a time to act stands for no one
        ("It is time to act, a view the Labour Party welcomed.", ("Labour Party", "praise", "It")),
        # a label the lexicon does not rate
        (
            "Ryanair cut its fares to Dublin, a move the European Commission called unexpected.",
            ("European Commission", "criticize", "Ryanair"),
        ),
        # a supposed judgement
        (
            "Ryanair cut its fares to Dublin, a move the European Commission would welcome.",
            ("European Commission", "praise", "Ryanair"),
        ),
        # a negated judgement
        (
            "Ryanair cut its fares to Dublin, a move the European Commission did not condemn.",
            ("European Commission", "criticize", "Ryanair"),
        ),
        # the relative clause acts on something else: the noun is not what is judged
        (
            "Ryanair cut its fares to Dublin, a move that the European Commission called a breach of the rules.",
            ("European Commission", "praise", "Ryanair"),
        ),
        # things of an actor that are not its affairs
        (
            "Ukraine's exports rely on funding from the European Union.",
            ("EU", "fund", "Ukraine"),
        ),
    ],
)
def test_judgement_of_summed_up_deed_left_out(sentence: str, absent: tuple[str, str, str]) -> None:
    assert absent not in triples_of(sentence)
