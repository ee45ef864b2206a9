"""The time qualifier: relative dates resolved against the publication date, never guessed without it."""

from __future__ import annotations

import pytest

from kg.extract.timing import resolve_date
from tests.helpers import relations_of


@pytest.mark.parametrize(
    ("expression", "published", "date"),
    [
        ("Thursday", "2025-03-08", "2025-03-06"),  # a Saturday: the Thursday before
        ("Saturday", "2025-03-08", "2025-03-08"),
        ("last Saturday", "2025-03-08", "2025-03-01"),
        ("yesterday", "2025-03-08", "2025-03-07"),
        ("last week", "2025-03-08", "2025-W09"),
        ("last month", "2025-03-08", "2025-02"),
        ("last year", "2025-03-08T10:00:00Z", "2024"),
        ("three days ago", "2025-03-08", "2025-03-05"),
        ("March 4, 2025", None, "2025-03-04"),
        ("March 2024", None, "2024-03"),
        ("2023", None, "2023"),
        ("Thursday", None, None),
        ("yesterday", None, None),
        ("December", None, None),  # no year without a publication date, whatever day it is run
        ("December", "2025-03-08", "2024-12"),
        ("12 March", None, None),
        ("the summer", "2025-03-08", None),
    ],
)
def test_resolve_date(expression: str, published: str | None, date: str | None) -> None:
    assert resolve_date(expression, published) == date


def test_time_is_kept_apart_from_the_publication_date() -> None:
    [relation] = [
        r
        for r in relations_of("Angela Merkel met Emmanuel Macron on Monday.", published="2025-03-08")
        if r.predicate == "meet"
    ]
    assert relation.time is not None and relation.time.text == "on Monday" and relation.time.date == "2025-03-03"
    assert relation.article.published == "2025-03-08"


def test_durations_are_not_times() -> None:
    [relation] = [r for r in relations_of("Germany supported Ukraine for three years.") if r.predicate == "support"]
    assert relation.time is None
