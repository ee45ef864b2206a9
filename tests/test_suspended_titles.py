"""A body that suspends one of its own "as a member" or "as a candidate" says whose member they are."""

from __future__ import annotations

import pytest

from tests.helpers import relations_of


def _triples(text: str) -> set[tuple[str, str, str]]:
    return {(r.subject.name, r.predicate, r.object.name) for r in relations_of(text)}


def test_suspended_as_a_candidate_is_a_member() -> None:
    found = _triples("The Liberal Democrats have suspended Anne Cole as a candidate after her remarks.")
    assert ("Anne Cole", "member_of", "Liberal Democrats") in found


@pytest.mark.parametrize(
    "text",
    [
        "The Liberal Democrats suspended Anne Cole as a precaution.",  # no title
        "The Liberal Democrats suspended Anne Cole as chairman of the housing trust.",  # another body's title
        "The Liberal Democrats suspended Anne Cole as its candidate in Bath.",  # owned: not read here
    ],
)
def test_no_role_without_a_bare_title(text: str) -> None:
    assert not any(o == "Liberal Democrats" and s == "Anne Cole" and p != "suspend" for s, p, o in _triples(text))
