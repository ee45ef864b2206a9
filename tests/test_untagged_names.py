"""Names the tagger misses that `untagged_names` finds: mixed-case names, capitals and owners before a
possessive, in argument positions; and the words that look like names but are not (titles, abbreviations
of things, datelines, products)."""

from __future__ import annotations

import pytest

from kg.extract.entity_spans import untagged_names
from kg.extract.pipeline import load_pipeline
from tests.helpers import triples_of


def _names(sentence: str) -> set[str]:
    return {span.text for span in untagged_names(load_pipeline()(sentence))}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Microsoft offered OpenAI a new deal.", "OpenAI"),
        ("The airline received an order from IndiGo.", "IndiGo"),
        ("Teck rejected Glencore's offer.", "Glencore"),
        ("Airbus received an order from IndiGo for 500 jets.", "IndiGo"),
        ("Glencore's shares fell 5% on Monday.", "Glencore"),
        ("Nvidia supplies chips to xAI, the startup founded by Elon Musk.", "xAI"),
        ("The deal was agreed by Shell, BP and Equinor.", "Equinor"),
        ("The SNP and Plaid Cymru voted against the bill.", "Plaid Cymru"),
    ],
)
def test_untagged_name_found(sentence: str, name: str) -> None:
    assert name in _names(sentence)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The GDP fell and the CEO quit.", "GDP"),
        ("The CEO said the AI boom would reshape insurance.", "AI"),
        ("Apple launched iPhone in June.", "iPhone"),
        ("MUNICH — Siemens said on Thursday it would cut jobs.", "MUNICH"),
        ("The company uses iOS on its phones.", "iOS"),
        ("The President's plan was rejected by the Senate.", "President"),
        ("MUNICH, September 2, 2025 — Siemens Energy signed a contract.", "MUNICH"),
        ("Apple released iOS 18 in September.", "iOS"),
        ("Samsung launched the Galaxy S24, while Google unveiled a phone.", "Galaxy S24"),
        ("The plant will produce 500 MWh of power a year.", "MWh"),
        ("The move hit SMEs hardest.", "SMEs"),
        ("Government's plans were attacked by unions.", "Government"),
    ],
)
def test_not_a_name(sentence: str, word: str) -> None:
    assert word not in _names(sentence)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Microsoft offered OpenAI a new deal on Tuesday.", ("Microsoft", "offer_deal_to", "OpenAI")),
        ("Ofwat fined Thames Water £123m for failures on sewage.", ("Ofwat", "fine", "Thames Water")),
        (
            "HSBC advised Teck on the deal. Teck rejected Glencore's offer, saying it undervalued the miner.",
            ("Teck", "oppose", "Glencore"),
        ),
        ("The EFF accused the ANC of betrayal.", ("EFF", "accuse", "ANC")),
        ("eBay sued Amazon over claims that it poached sellers.", ("eBay", "sue", "Amazon")),
    ],
)
def test_relations_of_untagged_names(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)
