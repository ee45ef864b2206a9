"""The office one takes over from another, named after "as", with the verb's qualifiers."""

from __future__ import annotations

from tests.helpers import relations_of


def _found(text: str) -> dict[tuple[str, str, str], str]:
    return {(r.subject.name, r.predicate, r.object.name): r.modality for r in relations_of(text)}


def test_future_successor_holds_the_office_only_as_the_verb_says() -> None:
    found = _found("Mr Clegg is expected to succeed Mr Campbell as Lib Dem leader next month.")
    assert found.get(("Clegg", "lead", "Liberal Democrats"), "asserted") != "asserted"


def test_successor_after_the_fact_holds_it() -> None:
    found = _found("Jane Fraser replaced Michael Corbat as Citigroup's chief executive in 2021.")
    assert found.get(("Jane Fraser", "lead", "Citigroup")) == "asserted"


def test_no_role_without_an_owner() -> None:
    found = _found("Rishi Sunak will succeed Liz Truss as prime minister.")
    assert not any(p == "lead" for _, p, _ in found)
