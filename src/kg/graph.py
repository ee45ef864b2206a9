"""Relations → one networkx MultiDiGraph: a node per entity, an edge per relation mention."""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from kg.keys import statement_id
from kg.model import Relation


def build_graph(relations: Iterable[Relation]) -> nx.MultiDiGraph:
    """Merge relations into one graph.

    Nodes are keyed by entity id and carry `name`, `type` and `aliases` (the union seen);
    edges are keyed by statement id, so adding the same relation twice keeps one edge.
    Each edge carries the `relation` record itself for the exporters.
    """
    graph = nx.MultiDiGraph()
    for relation in relations:
        for entity in (relation.subject, relation.object):
            if entity.id in graph:
                node = graph.nodes[entity.id]
                node["aliases"] = tuple(sorted({*node["aliases"], *entity.aliases} - {node["name"]}))
            else:
                graph.add_node(entity.id, name=entity.name, type=entity.type, aliases=tuple(entity.aliases))
        graph.add_edge(
            relation.subject.id,
            relation.object.id,
            key=statement_id(relation),
            predicate=relation.predicate,
            relation=relation,
        )
    return graph


def graph_relations(graph: nx.MultiDiGraph) -> list[Relation]:
    """The relations held by the graph's edges, in a stable order."""
    relations = [data["relation"] for _, _, data in graph.edges(data=True)]
    return sorted(
        relations, key=lambda r: (r.evidence.doc_id, r.evidence.start, r.subject.id, r.predicate, r.object.id)
    )
