"""Page furniture line rules: what is dropped and, as important, real sentences that stay."""

from __future__ import annotations

import pytest

from kg.extract.furniture import furniture_spans


def _reason(line: str) -> str | None:
    text = f"Headline of the story\n{line}\n"
    found = furniture_spans(text)
    if not found:
        return None
    [piece] = found
    assert text[piece.start : piece.end] == line.strip()  # offsets point into the original text
    return piece.reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("JOIN US ON TELEGRAM", "all-caps banner"),
        ("BREAKING NEWS", "all-caps banner"),
        ("Subscribe to our newsletter for daily updates", "call to action"),
        ("Follow our coverage of the election on @newsdesk.", "call to action"),
        ("Share this story on Facebook", "call to action"),
        ("You can also highlight the text and press Ctrl + Enter", "call to action"),
        ("Press Ctrl + D to bookmark this page", "call to action"),
        ("Read more: Talks collapse in Geneva", "link or caption label"),
        ("Image caption, Protesters gathered outside parliament", "link or caption label"),
        ("https://t.me/newsdesk", "social handle or link"),
        ("Markets Slide as Investors Weigh Rate Hike", "pasted headline"),
        ("Trump’s Efforts to Brown Nose Putin Continue", "pasted headline"),
    ],
)
def test_furniture_lines(line: str, reason: str) -> None:
    assert _reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The minister said the talks would continue on Monday.",
        "Follow-up talks are planned for next week, officials said.",
        "NATO leaders met in Vilnius.",
        "“We will not back down,” he said.",
        "Share prices fell 3% after the announcement.",
        "Talks resume in Geneva",  # a sentence-case subheading: no verbless title case
        "In a statement, the company said it had joined the talks.",
    ],
)
def test_article_lines_stay(line: str) -> None:
    assert _reason(line) is None


def test_the_headline_is_never_furniture() -> None:
    assert furniture_spans("Markets Slide as Investors Weigh Rate Hike\nStocks fell on Monday.") == []
