"""The body a sentence is about when a name owns or modifies its subject ("Some Nordvik operations came
under criticism", "Corvana's board recommended the offer"): what "its" in the next sentence stands for."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from kg.extract.antecedents import main_subject
from tests.helpers import triples_of


def test_its_after_a_sentence_about_a_bodys_operations_is_the_body() -> None:
    text = (
        "Nordvik sued Ericsson in March. Some Nordvik operations came under criticism in 2004. "
        "Its private banking operation in Japan was closed down by regulators in Tokyo."
    )
    assert ("regulators", "close_down", "Nordvik") in triples_of(text)


@pytest.mark.parametrize(
    ("words", "heads", "deps", "pos", "index", "expected"),
    [
        # "Corvana 's board recommended": the owner of the subject is what the sentence is about
        (
            ["Corvana", "'s", "board", "recommended"],
            [2, 0, 3, 3],
            ["poss", "case", "nsubj", "ROOT"],
            ["PROPN", "PART", "NOUN", "VERB"],
            0,
            True,
        ),
        # "BBC Michael Howard has": a name before a person's name is no owner (a misparse)
        (
            ["BBC", "Michael", "Howard", "said"],
            [2, 2, 3, 3],
            ["compound", "compound", "nsubj", "ROOT"],
            ["PROPN", "PROPN", "PROPN", "VERB"],
            0,
            False,
        ),
    ],
)
def test_a_name_owning_the_subject_is_salient(
    words: list[str], heads: list[int], deps: list[str], pos: list[str], index: int, expected: bool
) -> None:
    from spacy.vocab import Vocab

    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    assert main_subject(doc[index]) is expected
