"""The graph → graph.html: one self-contained page (vis-network inlined; no server, no network)
with search, filters, a settled layout and, for large graphs, a top-N view.

Every text from articles goes into the page as JSON data and reaches the DOM through
`textContent`, never as markup.
"""

from __future__ import annotations

import html
import json
import os
import tempfile
from importlib import resources
from pathlib import Path
from string import Template

import networkx as nx

from kg.model import Relation
from kg.view.colors import type_styles

#: The vis-network build inlined into the page (static/vendor/vis-network/).
VIS_NETWORK_VERSION = "10.1.5"

#: Graphs with more actors than this open on the `TOP_ACTORS` most connected ones.
LARGE_GRAPH = 150
TOP_ACTORS = 100

#: This many of the actors shown keep their label at every zoom; the rest appear on zoom.
ALWAYS_LABELLED = 15


def _qualifiers(relation: Relation) -> str:
    parts = []
    if relation.negated:
        parts.append("negated")
    if relation.modality != "asserted":
        parts.append(relation.modality)
    if relation.attributed_to:
        parts.append(f"according to {relation.attributed_to}")
    return ", ".join(parts)


def relation_date(relation: Relation) -> str | None:
    """The day (or month, or year) a relation is dated: its own time if resolved, else the
    article's publication date; None when neither is known.

    >>> from dataclasses import replace
    >>> from kg.model import ArticleMeta, Entity, Evidence, TimeRef
    >>> x = Entity("x", "X", "Person")
    >>> r = Relation(x, "meet", x, Evidence("a", "X met X.", 0, 8, "t"), ArticleMeta("a", published="2025-03-04T10:00"))
    >>> relation_date(r), relation_date(replace(r, time=TimeRef("on Monday", "2025-03-03")))
    ('2025-03-04', '2025-03-03')
    """
    if relation.time is not None and relation.time.date:
        return relation.time.date[:10]
    if relation.article.published:
        return relation.article.published[:10]
    return None


def graph_data(graph: nx.MultiDiGraph) -> dict:
    """Nodes ranked by importance and (subject, predicate, object)-merged edges with their
    evidence, as plain data for the page.

    A node's `rank` orders actors by distinct relations, then statements, then name
    (rank 0 is the most connected); the page labels and shows actors in that order.
    """
    merged: dict[tuple[str, str, str], dict] = {}
    for source, target, data in graph.edges(data=True):
        relation: Relation = data["relation"]
        edge = merged.setdefault(
            (source, relation.predicate, target),
            {
                "from": source,
                "to": target,
                "predicate": relation.predicate,
                "fact": False,
                "subject": relation.subject.name,
                "object": relation.object.name,
                "evidence": [],
            },
        )
        edge["fact"] = edge["fact"] or relation.is_fact
        edge["evidence"].append(
            {
                "sentence": relation.evidence.sentence,
                "article": relation.article.title or relation.article.id,
                "published": relation.article.published,
                "date": relation_date(relation),
                "fact": relation.is_fact,
                "qualifiers": _qualifiers(relation),
            }
        )
    edges = [merged[key] for key in sorted(merged)]
    for edge in edges:
        edge["evidence"].sort(key=lambda ev: (ev["date"] or "~", ev["article"], ev["sentence"]))
    relations = {node: 0 for node in graph.nodes}
    statements = dict.fromkeys(graph.nodes, 0)
    for edge in edges:
        for end in {edge["from"], edge["to"]}:
            relations[end] += 1
            statements[end] += len(edge["evidence"])
    order = sorted(graph.nodes, key=lambda n: (-relations[n], -statements[n], graph.nodes[n]["name"], n))
    rank = {node: i for i, node in enumerate(order)}
    nodes = [
        {
            "id": node,
            "name": data["name"],
            "type": data["type"],
            "aliases": list(data["aliases"]),
            "relations": relations[node],
            "statements": statements[node],
            "rank": rank[node],
        }
        for node, data in sorted(graph.nodes(data=True))
    ]
    styles = {t: {"color": s.color, "border": s.border} for t, s in type_styles().items()}
    return {"nodes": nodes, "edges": edges, "styles": styles}


def _script_json(value: object) -> str:
    """JSON that is safe inside <script>: no "</script>", "<!--" or line separators can close it."""
    text = json.dumps(value, ensure_ascii=False)
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _static(name: str) -> str:
    return resources.files("kg.view").joinpath("static", name).read_text("utf-8")


def render_html(graph: nx.MultiDiGraph, title: str = "kg graph", *, top: int | None = None) -> str:
    """The whole page as a string.

    Args:
        graph: the graph of `kg.graph.build_graph`.
        title: the page heading (counts of actors and relations shown are added to it).
        top: how many actors the page opens on; by default all of them, or the
            `TOP_ACTORS` most connected when there are more than `LARGE_GRAPH`.
    """
    data = graph_data(graph)
    count = len(data["nodes"])
    data["title"] = title
    data["top"] = top if top is not None else (TOP_ACTORS if count > LARGE_GRAPH else count)
    data["alwaysLabelled"] = ALWAYS_LABELLED
    vis = _static("vendor/vis-network/vis-network.min.js")
    return Template(_static("graph.html")).substitute(
        title=html.escape(title, quote=False),
        css=_static("graph.css"),
        vis_js=vis.replace("</script", "<\\/script"),
        page_js=_static("graph.js"),
        data=_script_json(data),
    )


def write_html(
    graph: nx.MultiDiGraph, path: str | os.PathLike[str], title: str = "kg graph", *, top: int | None = None
) -> None:
    """Write the page to `path`; an existing file is replaced only once the new one is whole."""
    write_page(render_html(graph, title, top=top), path)


def write_page(text: str, path: str | os.PathLike[str]) -> None:
    """Write a page next to `path`, then rename it into place (a failed write leaves the old page)."""
    target = Path(path)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


__all__ = [
    "ALWAYS_LABELLED",
    "LARGE_GRAPH",
    "TOP_ACTORS",
    "VIS_NETWORK_VERSION",
    "graph_data",
    "relation_date",
    "render_html",
    "write_html",
    "write_page",
]
