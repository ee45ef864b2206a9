"""Short forms of an organization's name given in full earlier in the article: the headline's
"Nordhavn" and a later "Nordhavn" are the AB Lindqvist-Nordhavn of the text, one node."""

from __future__ import annotations

from tests.helpers import triples_of

_ARTICLE = (
    "Nordhavn agrees 2bn dollar deal for Kestrel Freight\n\n"
    "Swedish shipping group AB Lindqvist-Nordhavn has agreed to buy Kestrel Freight, a Dutch trucking "
    "company, for 2 billion dollars. Kestrel's board has recommended the offer. Its founder, Pieter Smit, "
    "who owns 30% of the company, will stay on. Citigroup advised Nordhavn on the deal."
)


def test_the_last_part_of_a_hyphenated_name_is_the_body_wherever_it_is_repeated() -> None:
    triples = triples_of(_ARTICLE)
    assert ("AB Lindqvist-Nordhavn", "agree_deal_for", "Kestrel Freight") in triples
    assert ("Citigroup", "advise", "AB Lindqvist-Nordhavn") in triples
    assert not any("Nordhavn" in (s, o) for s, _, o in triples)


def test_a_name_the_tagger_missed_is_a_body_when_an_apposition_says_so() -> None:
    text = (
        "Congress passed the mining bill on Tuesday. Vale, the country's largest mining company, said it would "
        "not operate on indigenous land. The company sued Anglo American in 2019."
    )
    assert ("Vale", "sue", "Anglo American") in triples_of(text)
