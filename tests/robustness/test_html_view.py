"""The HTML view with hostile text: names, predicates, sentences and titles that are markup
or script stay text — checked in a real headless Chromium."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from kg.graph import build_graph
from kg.model import ArticleMeta, Entity, Evidence, Relation
from kg.view.graph_page import _script_json, render_html
from tests.robustness.browser import chromium_page

PAYLOADS = [
    '<img src=x onerror="window.__pwned=1">',
    "<script>window.__pwned=1</script>",
    "</script><script>window.__pwned=1</script>",
    "<!--<script>window.__pwned=1//",
    "\u2028window.__pwned=1\u2029",
    "${window.__pwned=1}",
]


def hostile_graph():
    relations = []
    for i, payload in enumerate(PAYLOADS):
        subject = Entity(f"s{i}", f"Bad {payload}", "Person", (payload,))
        obj = Entity(f"o{i}", payload, "Organization")
        evidence = Evidence(f"doc{i}", f"{payload} met {payload}.", 0, 10, "test")
        relations.append(Relation(subject, "meet", obj, evidence, ArticleMeta(f"doc{i}", title=payload)))
    return build_graph(relations)


def test_no_script_runs_and_hostile_text_shows_as_text(tmp_path) -> None:
    page_file = tmp_path / "graph.html"
    page_file.write_text(render_html(hostile_graph(), title=PAYLOADS[0]), encoding="utf-8")
    with chromium_page() as page:
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(page_file.as_uri())
        page.wait_for_function("typeof network !== 'undefined'")
        assert page.evaluate("document.getElementById('heading').textContent") == PAYLOADS[0]
        # click every node: the side panel lists names, aliases and evidence sentences
        for i in range(len(PAYLOADS)):
            page.evaluate(f"network.body.emitter.emit('click', {{nodes: ['s{i}'], edges: []}})")
            details = page.evaluate("document.getElementById('details').textContent")
            assert PAYLOADS[i] in details
        # hover a node to open its tooltip
        x, y = page.evaluate(
            "(() => { const p = network.canvasToDOM(network.getPosition('s1'));"
            " const r = document.getElementById('graph').getBoundingClientRect();"
            " return [p.x + r.left, p.y + r.top]; })()"
        )
        page.mouse.move(x, y)
        page.wait_for_timeout(600)
        assert page.evaluate("document.querySelectorAll('#details img, #details script, .vis-tooltip img').length") == 0
        assert page.evaluate("window.__pwned") is None
        assert not errors


@given(st.text())
def test_script_json_round_trips_and_cannot_close_the_script(value: str) -> None:
    text = _script_json({"v": value})
    assert json.loads(text) == {"v": value}
    lowered = text.lower()
    assert "</script" not in lowered and "<!--" not in lowered and "\u2028" not in text and "\u2029" not in text
