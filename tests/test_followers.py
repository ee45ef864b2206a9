"""Followers named by an adjective made of a leader's name ("Blairite Alan Milburn")."""

from __future__ import annotations

import pytest

from tests.helpers import relations_of


def _supports(text: str) -> set[tuple[str, str]]:
    return {(r.subject.name, r.object.name) for r in relations_of(text) if r.predicate == "support"}


def test_follower_supports_the_leader_of_that_name() -> None:
    text = "Gordon Brown spoke on Monday. The Brownite former minister Ed Balls agreed with him."
    assert ("Ed Balls", "Gordon Brown") in _supports(text)


@pytest.mark.parametrize(
    "text",
    [
        "Blairite Alan Milburn ran the campaign.",  # no Blair named
        "Tony Blair and Cherie Blair arrived. Blairite Alan Milburn ran the campaign.",  # two Blairs
        "The Shiite cleric Moqtada al-Sadr spoke to Tony Blair.",  # no one named Shi
    ],
)
def test_no_follower_without_one_leader_of_that_name(text: str) -> None:
    assert not any(s in ("Alan Milburn", "Moqtada al-Sadr") for s, _ in _supports(text))
