"""Relations (and, optionally, the articles they came from) → the figures of `kg report`:
top actors, busiest relation types, relations by date, pairs in conflict and cooperation,
contradicted claims and articles with no relation. Pure: every figure carries the id of
the evidence group (the statements) it counts, which report_page renders and links.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from importlib import resources

from kg.model import Article, Entity, Relation
from kg.view.graph_page import relation_date

#: How many rows the ranked tables show.
TOP = 15


@dataclass(frozen=True, slots=True)
class EvidenceGroup:
    """The statements behind one figure: `id` is the page anchor, `items` index `Report.relations`."""

    id: str
    title: str
    items: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class ActorRow:
    entity: Entity
    relations: int  # distinct (subject, predicate, object)
    sentences: int
    articles: int
    evidence: str


@dataclass(frozen=True, slots=True)
class PredicateRow:
    predicate: str
    sentences: int
    relations: int
    articles: int
    evidence: str


@dataclass(frozen=True, slots=True)
class Period:
    """One bar of the timeline: relations dated in [start, end), facts and the rest apart."""

    start: date
    end: date
    label: str
    facts: int
    others: int
    evidence: str
    facts_evidence: str | None
    others_evidence: str | None


@dataclass(frozen=True, slots=True)
class Timeline:
    unit: str  # "day", "week", "month" or "year"
    periods: tuple[Period, ...]
    undated: int
    undated_evidence: str | None


@dataclass(frozen=True, slots=True)
class PairRow:
    """Two actors and the plain facts of one stance between them, either direction."""

    a: str
    b: str
    sentences: int
    predicates: tuple[tuple[str, int], ...]
    evidence: str


@dataclass(frozen=True, slots=True)
class Contradiction:
    subject: str
    predicate: str
    object: str
    asserted: int
    negated: int
    asserted_evidence: str
    negated_evidence: str


@dataclass(frozen=True, slots=True)
class SilentArticle:
    id: str
    title: str | None
    source: str | None


@dataclass(frozen=True, slots=True)
class Report:
    title: str
    relations: tuple[Relation, ...]
    articles: int
    actors: int
    all_evidence: str
    top_actors: tuple[ActorRow, ...]
    predicates: tuple[PredicateRow, ...]
    timeline: Timeline
    conflict: tuple[PairRow, ...]
    cooperation: tuple[PairRow, ...]
    contradictions: tuple[Contradiction, ...]
    silent: tuple[SilentArticle, ...] | None  # None: the articles were not given
    unread: tuple[str, ...] = ()  # inputs that could not be read, with the reason
    groups: tuple[EvidenceGroup, ...] = field(default=())


@cache
def stances() -> dict[str, str]:
    """{predicate: "conflict" | "cooperation"} from schemas/stance.json."""
    data = json.loads(resources.files("kg.schemas").joinpath("stance.json").read_text("utf-8"))
    return {p: stance for stance in ("conflict", "cooperation") for p in data[stance]}


class _Groups:
    """Numbers evidence groups in the order the page first links them."""

    def __init__(self, relations: Sequence[Relation]) -> None:
        self.relations = relations
        self.groups: list[EvidenceGroup] = []

    def add(self, title: str, items: Iterable[int]) -> str:
        ordered = sorted(set(items), key=lambda i: _reading_order(self.relations[i]))
        group = EvidenceGroup(f"ev-{len(self.groups) + 1}", title, tuple(ordered))
        self.groups.append(group)
        return group.id


def _reading_order(relation: Relation) -> tuple:
    return (
        relation_date(relation) or "~",
        relation.article.id,
        relation.evidence.start,
        relation.subject.name,
        relation.predicate,
        relation.object.name,
    )


def build_report(
    relations: Iterable[Relation],
    *,
    title: str = "kg report",
    articles: Iterable[Article] | None = None,
    unread: Iterable[str] = (),
    top: int = TOP,
) -> Report:
    """Every figure of the report, with its evidence groups.

    Args:
        relations: the relations of a triples file.
        title: the page title.
        articles: the articles the relations were extracted from, when known: those
            that yielded no relation are listed. None leaves that section out.
        unread: inputs that could not be read as articles, as one line each.
        top: how many rows the ranked tables show.
    """
    rels = tuple(sorted(relations, key=_reading_order))
    groups = _Groups(rels)
    all_evidence = groups.add("Every relation", range(len(rels)))
    report_articles = len({r.article.id for r in rels})
    entities = {e.id: e for r in rels for e in (r.subject, r.object)}
    return Report(
        title=title,
        relations=rels,
        articles=report_articles,
        actors=len(entities),
        all_evidence=all_evidence,
        top_actors=_top_actors(rels, entities, groups, top),
        predicates=_predicates(rels, groups, top),
        timeline=_timeline(rels, groups),
        conflict=_pairs(rels, groups, "conflict", top),
        cooperation=_pairs(rels, groups, "cooperation", top),
        contradictions=_contradictions(rels, groups),
        silent=None if articles is None else _silent(rels, articles),
        unread=tuple(unread),
        groups=tuple(groups.groups),
    )


def _top_actors(
    rels: Sequence[Relation], entities: dict[str, Entity], groups: _Groups, top: int
) -> tuple[ActorRow, ...]:
    items: dict[str, set[int]] = defaultdict(set)
    for i, r in enumerate(rels):
        items[r.subject.id].add(i)
        items[r.object.id].add(i)

    def triples(key: str) -> int:
        return len({(rels[i].subject.id, rels[i].predicate, rels[i].object.id) for i in items[key]})

    ranked = sorted(items, key=lambda k: (-triples(k), -len(items[k]), entities[k].name, k))[:top]
    return tuple(
        ActorRow(
            entities[k],
            triples(k),
            len(items[k]),
            len({rels[i].article.id for i in items[k]}),
            groups.add(entities[k].name, items[k]),
        )
        for k in ranked
    )


def _predicates(rels: Sequence[Relation], groups: _Groups, top: int) -> tuple[PredicateRow, ...]:
    items: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rels):
        items[r.predicate].append(i)
    ranked = sorted(items, key=lambda p: (-len(items[p]), p))[:top]
    return tuple(
        PredicateRow(
            p,
            len(items[p]),
            len({(rels[i].subject.id, rels[i].object.id) for i in items[p]}),
            len({rels[i].article.id for i in items[p]}),
            groups.add(f"Relations: {p}", items[p]),
        )
        for p in ranked
    )


def parse_date(text: str) -> date | None:
    """The first day of an ISO date of any precision ("2025", "2025-03", "2025-03-04").

    >>> parse_date("2025-03"), parse_date("2025"), parse_date("March")
    (datetime.date(2025, 3, 1), datetime.date(2025, 1, 1), None)
    """
    parts = text.split("-")
    try:
        numbers = [int(p) for p in parts[:3]]
        return date(numbers[0], *[*numbers[1:], 1, 1][:2])
    except (ValueError, IndexError, TypeError):
        return None


def _unit_for(first: date, last: date) -> str:
    span = (last - first).days
    return "day" if span <= 92 else "week" if span <= 550 else "month" if span <= 3650 else "year"


def _period(day: date, unit: str) -> tuple[date, date, str]:
    if unit == "day":
        return day, day + timedelta(days=1), day.isoformat()
    if unit == "week":
        start = day - timedelta(days=day.weekday())
        return start, start + timedelta(days=7), f"week of {start.isoformat()}"
    if unit == "month":
        start = day.replace(day=1)
        end = date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return start, end, start.strftime("%Y-%m")
    start = date(day.year, 1, 1)
    return start, date(day.year + 1, 1, 1), str(day.year)


def _timeline(rels: Sequence[Relation], groups: _Groups) -> Timeline:
    dated: list[tuple[date, int]] = []
    undated: list[int] = []
    for i, r in enumerate(rels):
        text = relation_date(r)
        day = parse_date(text) if text else None
        (dated.append((day, i)) if day else undated.append(i))
    undated_group = groups.add("Relations without a date", undated) if undated else None
    if not dated:
        return Timeline("day", (), len(undated), undated_group)
    unit = _unit_for(min(d for d, _ in dated), max(d for d, _ in dated))
    buckets: dict[tuple[date, date, str], list[int]] = defaultdict(list)
    for day, i in dated:
        buckets[_period(day, unit)].append(i)
    periods = []
    for (start, end, label), items in sorted(buckets.items()):
        facts = [i for i in items if rels[i].is_fact]
        others = [i for i in items if not rels[i].is_fact]
        periods.append(
            Period(
                start,
                end,
                label,
                len(facts),
                len(others),
                groups.add(f"Relations dated {label}", items),
                groups.add(f"Plain facts dated {label}", facts) if facts else None,
                groups.add(f"Negated or hypothetical relations dated {label}", others) if others else None,
            )
        )
    return Timeline(unit, tuple(periods), len(undated), undated_group)


def _pairs(rels: Sequence[Relation], groups: _Groups, stance: str, top: int) -> tuple[PairRow, ...]:
    kinds = stances()
    items: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, r in enumerate(rels):
        if r.is_fact and kinds.get(r.predicate) == stance and r.subject.id != r.object.id:
            a, b = sorted((r.subject.name, r.object.name))
            items[(a, b)].append(i)
    ranked = sorted(items, key=lambda k: (-len(items[k]), k))[:top]
    return tuple(
        PairRow(
            a,
            b,
            len(items[(a, b)]),
            tuple(sorted(Counter(rels[i].predicate for i in items[(a, b)]).items(), key=lambda p: (-p[1], p[0]))),
            groups.add(f"{stance.capitalize()}: {a} and {b}", items[(a, b)]),
        )
        for a, b in ranked
    )


def _contradictions(rels: Sequence[Relation], groups: _Groups) -> tuple[Contradiction, ...]:
    """Claims asserted as plain fact in some sentences and plainly negated in others (as the
    contradictions query: same direction, hedged and other modalities left out)."""
    sides: dict[tuple[str, str, str], tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    names = {}
    for i, r in enumerate(rels):
        if r.modality != "asserted":
            continue
        key = (r.subject.id, r.predicate, r.object.id)
        names[key] = (r.subject.name, r.object.name)
        sides[key][1 if r.negated else 0].append(i)
    found = []
    for key in sorted(sides, key=lambda k: (names[k][0], k[1], names[k][1])):
        asserted, negated = sides[key]
        if asserted and negated:
            subject, obj = names[key]
            claim = f"{subject} –{key[1]}→ {obj}"
            found.append(
                Contradiction(
                    subject,
                    key[1],
                    obj,
                    len(asserted),
                    len(negated),
                    groups.add(f"Asserted: {claim}", asserted),
                    groups.add(f"Negated: {claim}", negated),
                )
            )
    return tuple(found)


def _silent(rels: Sequence[Relation], articles: Iterable[Article]) -> tuple[SilentArticle, ...]:
    yielding = {r.article.id for r in rels}
    seen: set[str] = set()
    silent = []
    for article in articles:
        if article.id not in yielding and article.id not in seen:
            seen.add(article.id)
            silent.append(SilentArticle(article.id, article.meta.title, article.meta.source))
    return tuple(sorted(silent, key=lambda a: a.id))


__all__ = [
    "ActorRow",
    "Contradiction",
    "EvidenceGroup",
    "PairRow",
    "Period",
    "PredicateRow",
    "Report",
    "SilentArticle",
    "Timeline",
    "build_report",
    "parse_date",
    "stances",
]
