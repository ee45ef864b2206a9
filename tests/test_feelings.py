"""A feeling about what was done is about its doer: the agent of a passive that-clause ("angry that the
talks were blocked by Russia" → Russia), and the feeler of a raised subject ("is said to be frustrated")."""

from __future__ import annotations

import pytest

from tests.helpers import triples_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ukraine is angry that the peace talks were blocked by Russia.", ("Ukraine", "criticize", "Russia")),
        (
            "Prime Minister Tony Blair is said to be frustrated that his reforms are being thwarted by Chancellor Gordon Brown.",
            ("Tony Blair", "criticize", "Gordon Brown"),
        ),
        (
            "Ryanair is furious that its takeover was blocked by the European Commission.",
            ("Ryanair", "criticize", "European Commission"),
        ),
    ],
)
def test_feeling_about_doer(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(sentence)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        # the one done to is not whom the feeling is against
        ("Ukraine is angry that the peace talks were blocked by Russia.", ("Ukraine", "criticize", "peace talks")),
        (
            "France is appalled that Ukraine was invaded by Russia.",
            ("France", "criticize", "Ukraine"),
        ),
    ],
)
def test_feeling_not_about_the_one_done_to(sentence: str, absent: tuple[str, str, str]) -> None:
    assert absent not in triples_of(sentence)
