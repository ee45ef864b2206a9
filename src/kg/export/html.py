"""The graph → one self-contained HTML page (vis-network inlined; no server, no network).

Every text from articles goes into the page as JSON data and reaches the DOM through
`textContent`, never as markup.
"""

from __future__ import annotations

import json
from importlib import resources
from string import Template

import networkx as nx

from kg.model import Relation

#: Node colours by entity type.
TYPE_COLORS = {
    "Person": "#4e79a7",
    "Organization": "#f28e2b",
    "Country": "#59a14f",
    "Location": "#76b7b2",
    "Group": "#edc948",
    "Event": "#b07aa1",
    "Other": "#9c755f",
}

# vis-network as shipped inside the pyvis package (a maintained vis.js build).
_VIS_DIR = "lib/vis-9.1.2"


def _qualifiers(relation: Relation) -> str:
    parts = []
    if relation.negated:
        parts.append("negated")
    if relation.modality != "asserted":
        parts.append(relation.modality)
    if relation.attributed_to:
        parts.append(f"according to {relation.attributed_to}")
    return ", ".join(parts)


def graph_data(graph: nx.MultiDiGraph) -> dict:
    """Nodes and (subject, predicate, object)-merged edges with their evidence, as plain data."""
    nodes = [
        {"id": node, "name": data["name"], "type": data["type"], "aliases": list(data["aliases"]),
         "degree": graph.degree(node)}
        for node, data in sorted(graph.nodes(data=True))
    ]
    merged: dict[tuple[str, str, str], dict] = {}
    for source, target, data in graph.edges(data=True):
        relation: Relation = data["relation"]
        edge = merged.setdefault((source, relation.predicate, target), {
            "from": source, "to": target, "predicate": relation.predicate, "fact": False,
            "subject": relation.subject.name, "object": relation.object.name, "evidence": [],
        })
        edge["fact"] = edge["fact"] or relation.is_fact
        edge["evidence"].append({
            "sentence": relation.evidence.sentence,
            "article": relation.article.title or relation.article.id,
            "published": relation.article.published,
            "qualifiers": _qualifiers(relation),
        })
    return {"nodes": nodes, "edges": [merged[k] for k in sorted(merged)], "colors": TYPE_COLORS}


def _script_json(value: object) -> str:
    """JSON that is safe inside <script>: no "</script>", "<!--" or line separators can close it."""
    text = json.dumps(value, ensure_ascii=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def render_html(graph: nx.MultiDiGraph, title: str = "kg graph") -> str:
    """The whole page as a string."""
    vis = resources.files("pyvis").joinpath(_VIS_DIR)
    template = Template(resources.files("kg.export").joinpath("static", "graph.html").read_text("utf-8"))
    data = graph_data(graph)
    data["title"] = title
    return template.substitute(
        title=title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"),
        vis_css=vis.joinpath("vis-network.css").read_text("utf-8"),
        vis_js=vis.joinpath("vis-network.min.js").read_text("utf-8").replace("</script", "<\\/script"),
        data=_script_json(data),
    )


def write_html(graph: nx.MultiDiGraph, path: str, title: str = "kg graph") -> None:
    with open(path, "w", encoding="utf-8") as stream:
        stream.write(render_html(graph, title))


__all__ = ["TYPE_COLORS", "graph_data", "render_html", "write_html"]
