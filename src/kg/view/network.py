"""Relations → a network for Gephi and Cytoscape: GraphML and GEXF, written by networkx.

A node per entity (type, label, IRI, mention count, first and last seen); an edge per
(subject, predicate, object, negated, modality), with its mention count, confidence, and
one evidence sentence and article. "Seen" is the publication date of the articles that
mention it; in GEXF these are the nodes' and edges' start and end, so Gephi's timeline
plays the graph when the articles have dates.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import IO, Any

from kg.errors import unknown_choice
from kg.keys import statement_id
from kg.model import Entity, Relation
from kg.rdf.iri import DEFAULT_BASE_IRI, Minter
from kg.rdf.statements import asserts_fact, predicate_label

#: Formats `kg export` writes with networkx → file extension.
NETWORK_FORMATS = {"graphml": "graphml", "gexf": "gexf"}


@dataclass(slots=True)
class _Seen:
    """How often, and between which dates, something was mentioned."""

    count: int = 0
    first: str | None = None
    last: str | None = None

    def add(self, day: str | None) -> None:
        self.count += 1
        if day is not None:
            self.first = day if self.first is None or day < self.first else self.first
            self.last = day if self.last is None or day > self.last else self.last


@dataclass(slots=True)
class _Edge:
    relation: Relation  # the first mention: its sentence and article go on the edge
    seen: _Seen = field(default_factory=_Seen)
    confidence: float = 0.0
    fact: bool = False


def publication_day(published: str | None) -> str | None:
    """The YYYY-MM-DD of a publication date, when it has one.

    >>> publication_day("2025-03-04T10:00:00Z"), publication_day("2025-03"), publication_day(None)
    ('2025-03-04', None, None)
    """
    if (
        published
        and len(published) >= 10
        and published[4] == "-"
        and published[7] == "-"
        and published[:4].isdigit()
        and published[5:7].isdigit()
        and published[8:10].isdigit()
    ):
        return published[:10]
    return None


def build_network(relations: Iterable[Relation], base: str = DEFAULT_BASE_IRI) -> Any:
    """A networkx MultiDiGraph with one node per entity and one edge per (subject,
    predicate, object, negated, modality); attributes as the module docstring says."""
    import networkx as nx

    minter = Minter(base)
    entities: dict[str, Entity] = {}
    nodes: dict[str, _Seen] = {}
    edges: dict[tuple[str, str, str, bool, str], _Edge] = {}
    seen_statements: set[str] = set()
    for relation in relations:
        sid = statement_id(relation)
        if sid in seen_statements:
            continue
        seen_statements.add(sid)
        day = publication_day(relation.article.published)
        for entity in (relation.subject, relation.object):
            entities.setdefault(entity.id, entity)
            nodes.setdefault(entity.id, _Seen()).add(day)
        key = (relation.subject.id, relation.predicate, relation.object.id, relation.negated, relation.modality)
        edge = edges.get(key)
        if edge is None:
            edge = edges[key] = _Edge(relation=relation)
        edge.seen.add(day)
        edge.confidence = max(edge.confidence, relation.confidence)
        edge.fact = edge.fact or asserts_fact(relation)
    graph = nx.MultiDiGraph(name="kg")
    for node, seen in nodes.items():
        entity = entities[node]
        data: dict[str, Any] = {
            "label": entity.name,
            "type": entity.type or "",
            "iri": minter.entity(node),
            "mentions": seen.count,
            "aliases": "; ".join(entity.aliases),
        }
        graph.add_node(node, **data, **_dates(seen))
    for (subject, predicate, obj, negated, modality), edge in edges.items():
        first = edge.relation
        data = {
            "predicate": predicate,
            "label": predicate_label(predicate),
            "count": edge.seen.count,
            "negated": negated,
            "modality": modality,
            "fact": edge.fact,
            "confidence": edge.confidence,
            "sentence": first.evidence.sentence,
            "article": first.article.id,
        }
        graph.add_edge(
            subject,
            obj,
            key=f"{predicate}|{'negated' if negated else 'affirmed'}|{modality}",
            **data,
            **_dates(edge.seen),
        )
    return graph


def _dates(seen: _Seen) -> dict[str, str]:
    """first_seen / last_seen, and GEXF's start / end (taken out for GraphML)."""
    if seen.first is None:
        return {}
    return {
        "first_seen": seen.first,
        "last_seen": seen.last or seen.first,
        "start": seen.first,
        "end": seen.last or seen.first,
    }


def write_network(relations: Iterable[Relation], stream: IO[bytes], fmt: str, base: str = DEFAULT_BASE_IRI) -> Any:
    """Write GraphML or GEXF; returns the graph written."""
    import networkx as nx

    if fmt not in NETWORK_FORMATS:
        raise unknown_choice("network format", fmt, NETWORK_FORMATS)
    graph = build_network(relations, base)
    if fmt == "gexf":
        nx.write_gexf(graph, stream, encoding="utf-8", prettyprint=True)
    else:  # GraphML has no time spells: first_seen and last_seen carry the dates
        for _, data in graph.nodes(data=True):
            data.pop("start", None), data.pop("end", None)
        for _, _, data in graph.edges(data=True):
            data.pop("start", None), data.pop("end", None)
        nx.write_graphml(graph, stream, encoding="utf-8", prettyprint=True, named_key_ids=True)
    return graph


__all__ = ["NETWORK_FORMATS", "build_network", "publication_day", "write_network"]
