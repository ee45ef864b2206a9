"""Politics sentences of the second battery: reciprocal and counted subjects, regions' governments."""

from __future__ import annotations

from tests.helpers import relations_of


def _triples(text: str) -> set[tuple[str, str, str]]:
    return {(r.subject.name, r.predicate, r.object.name) for r in relations_of(text)}
