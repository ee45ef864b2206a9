"""The graph view as one of kg's outputs (`kg build` writes graph.html); the page itself
lives in `kg.view.graph_page`."""

from kg.view.graph_page import _script_json, graph_data, render_html, write_html

__all__ = ["_script_json", "graph_data", "render_html", "write_html"]
