"""Golden sentences (tests/golden/*.jsonl, one file per family of sentence), each with the triples it must yield and
qualifiers they must carry, and triples (or names, as either end) it must not yield. A case that drifted is marked
`xfail` in the file with the reason, and fails the suite if it starts passing again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import relations_of

GOLDEN = Path(__file__).parent / "golden"
CASES = [
    json.loads(line)
    for path in sorted(GOLDEN.glob("*.jsonl"))
    for line in path.read_text("utf-8").splitlines()
    if line.strip()
]


def _params():
    for n, case in enumerate(CASES, start=1):
        marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if "xfail" in case else []
        yield pytest.param(case, id=f"{n}-{case['rule'].replace(' ', '_')}", marks=marks)


@pytest.mark.parametrize("case", list(_params()))
def test_golden_sentence(case: dict) -> None:
    meta = {"published": case["published"]} if "published" in case else {}
    relations = relations_of(case["text"], **meta)
    found = {(r.subject.name, r.predicate, r.object.name): r for r in relations}
    for subject, predicate, obj, *qualifiers in case["expect"]:
        relation = found.get((subject, predicate, obj))
        assert relation is not None, f"missing {subject} –{predicate}→ {obj}; found {sorted(found)}"
        for name, value in (qualifiers[0] if qualifiers else {}).items():
            actual = (relation.time.date if relation.time else None) if name == "time" else getattr(relation, name)
            assert actual == value, f"{subject} –{predicate}→ {obj}: {name} is {actual!r}, expected {value!r}"
        if not qualifiers or "negated" not in qualifiers[0]:
            assert not relation.negated
    for triple in case.get("absent", ()):
        assert tuple(triple) not in found
    names = {r.subject.name for r in relations} | {r.object.name for r in relations}
    assert not names & set(case.get("absent_names", ())), f"not actors: {sorted(names)}"


ARTICLES = sorted((GOLDEN / "articles").glob("*.txt"))


def test_the_golden_files_hold_cases() -> None:
    """An empty or misplaced golden file would leave the parametrized tests above and below with nothing to run."""
    assert len(CASES) >= 50
    assert ARTICLES
    assert all(path.with_suffix(".json").exists() for path in ARTICLES)


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_golden_article(path: Path) -> None:
    """A whole scraped article: its relations, their evidence in the original text, no furniture."""
    from kg.extract import ExtractOptions, extract_articles
    from kg.model import Article, ArticleMeta

    spec = json.loads(path.with_suffix(".json").read_text("utf-8"))
    text = path.read_text("utf-8")
    article = Article(ArticleMeta(id=path.stem, published=spec.get("published")), text)
    [result] = list(extract_articles([article], ExtractOptions(report=True)))
    found = {(r.subject.name, r.predicate, r.object.name): r for r in result.relations}
    for subject, predicate, obj, *qualifiers in spec["expect"]:
        relation = found.get((subject, predicate, obj))
        assert relation is not None, f"missing {subject} –{predicate}→ {obj}; found {sorted(found)}"
        for name, value in (qualifiers[0] if qualifiers else {}).items():
            actual = (relation.time.date if relation.time else None) if name == "time" else getattr(relation, name)
            assert actual == value, f"{subject} –{predicate}→ {obj}: {name} is {actual!r}, expected {value!r}"
    names = {r.subject.name for r in result.relations} | {r.object.name for r in result.relations}
    assert not names & set(spec["not_entities"])
    for relation in result.relations:
        e = relation.evidence
        assert text[e.start : e.end] == e.sentence
        assert not any(line in e.sentence for line in spec["furniture"])
    dropped = {d.text for d in result.decisions if d.reason == "page furniture"}
    assert dropped == set(spec["furniture"])
