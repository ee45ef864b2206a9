"""Actors an article names without a tagged name: the government of the country its institutions
place it in, a region's government, names the tagger missed where the article repeats them,
descriptions that point to the one actor of the article that fits."""

from __future__ import annotations

import pytest

from tests.helpers import triples_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # no country named: the House of Lords places the story in the UK
            "The House of Lords rejected the bill on Tuesday. Labour MPs later criticised the government.",
            ("Labour MPs", "criticize", "United Kingdom Government"),
        ),
        (  # a place that stands for a government counts for its country
            "The Bundestag voted on Friday. The opposition Greens attacked the government.",
            ("Greens", "attack", "Germany Government"),
        ),
        (  # a region's people's adjective names the region's own government
            "Nicola Sturgeon said the Scottish government would sue Whitehall.",
            ("Scottish Government", "sue", "Whitehall"),
        ),
    ],
)
def test_government_of_the_article(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


def test_a_government_to_be_formed_is_no_actor() -> None:
    """ "form a coalition government": not the government of the day."""
    text = "Downing Street was silent. Jeremy Thorpe met Edward Heath to form a coalition government."
    assert not any("Government" in (s, o) or "Government" in s + o for s, _, o in triples_of(text))


def test_institutions_place_a_story() -> None:
    from kg.extract.article_country import institution_country

    assert institution_country("House of Lords") == "United Kingdom"
    assert institution_country("Whitehall") == "United Kingdom"  # from the metonym table
    assert institution_country("Élysée") == "France"
    assert institution_country("Parliament") is None
