"""graph.html as an analyst uses it, in headless Chromium: find an actor, filter, read the
labels, see the counts, trust the colours; offline and settled."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from kg.graph import build_graph
from kg.model import ENTITY_TYPES, Entity, Relation, TimeRef
from kg.view.colors import parse_grass, type_colors
from kg.view.graph_page import ALWAYS_LABELLED, TOP_ACTORS, graph_data, render_html
from tests.helpers import GERMANY, NATO, RUSSIA, RUTTE, TRUMP, ZELENSKY, relation
from tests.robustness.browser import chromium_page

ROOT = Path(__file__).resolve().parents[1]


SMALL = [
    relation(RUTTE, "meet", TRUMP, "a1", published="2025-03-01"),
    relation(NATO, "pressure", RUSSIA, "a1", published="2025-03-01", modality="obligation"),
    relation(TRUMP, "criticize", NATO, "a2", published="2025-03-10"),
    relation(RUSSIA, "attack", ZELENSKY, "a3", published="2025-04-02", negated=True),
    relation(GERMANY, "support", ZELENSKY, "a3", published="2025-04-02"),
    relation(ZELENSKY, "meet", RUTTE, "a4", published=None, time=TimeRef("on 5 May 2025", "2025-05-05")),
]


def large_relations(actors: int = 300, edges: int = 700) -> list[Relation]:
    """A made-up graph of news size: a few hubs, many small actors, dated relations."""
    rng = random.Random(13)
    entities = [Entity(f"actor-{i:03d}", f"Actor {i:03d}", ENTITY_TYPES[i % 6]) for i in range(actors)]
    weights = [1 / (i + 1) for i in range(actors)]
    relations = [
        relation(entities[i], "meet", entities[i + 1], f"d{i}", published="2024-01-01") for i in range(actors - 1)
    ]
    for j in range(edges - len(relations)):
        a, b = rng.choices(entities, weights, k=2)
        if a != b:
            relations.append(
                relation(
                    a,
                    rng.choice(["meet", "criticize", "support", "sanction"]),
                    b,
                    f"e{j}",
                    published=f"2024-{1 + j % 12:02d}-15",
                    negated=j % 9 == 0,
                )
            )
    return relations


def open_view(page, relations: list[Relation], tmp_path: Path, title: str = "kg: test", **options) -> None:
    page.set_viewport_size({"width": 1400, "height": 850})
    path = tmp_path / "graph.html"
    path.write_text(render_html(build_graph(relations), title, **options), encoding="utf-8")
    page.goto(path.as_uri())
    page.wait_for_function("window.kgReady === true", timeout=120_000)


def shown(page) -> dict:
    """What the network draws now: node ids and edge (subject, predicate, object) triples."""
    return page.evaluate("""() => ({
        nodes: network.body.nodeIndices.slice().sort(),
        edges: network.body.edgeIndices.map(i => DATA.edges[i]).map(e => [e.from, e.predicate, e.to]).sort(),
        counts: document.getElementById('counts').textContent, title: document.title})""")


def test_search_box_finds_an_actor_by_part_of_a_name_and_focuses_it(tmp_path: Path) -> None:
    with chromium_page() as page:
        open_view(page, SMALL, tmp_path)
        page.fill("#search", "rutt")
        page.press("#search", "Enter")
        assert page.evaluate("network.getSelectedNodes()") == ["mark-rutte"]
        assert page.inner_text("#details h2") == "Mark Rutte"
        assert "Mark Rutte –meet→ Donald Trump" in page.inner_text("#details")
        # the view is centred on it
        x, y = page.evaluate(
            "(() => { const p = network.canvasToDOM(network.getPosition('mark-rutte')); return [p.x, p.y]; })()"
        )
        box = page.evaluate("document.getElementById('graph').getBoundingClientRect().toJSON()")
        assert abs(x - box["width"] / 2) < 5 and abs(y - box["height"] / 2) < 5
        # an alias, in another case, and a name that matches nothing
        page.fill("#search", "ZELENSKY")
        page.click("#find button[type=submit]")
        assert page.evaluate("network.getSelectedNodes()") == ["volodymyr-zelensky"]
        page.fill("#search", "Rute")
        page.press("#search", "Enter")
        assert page.text_content("#found").startswith("No actor matches “Rute”. Nearest: Mark Rutte (Person)")
        page.click("#found button")
        assert page.evaluate("network.getSelectedNodes()") == ["mark-rutte"]


def test_search_reveals_an_actor_the_top_n_view_leaves_out(tmp_path: Path) -> None:
    with chromium_page() as page:
        open_view(page, large_relations(), tmp_path)
        assert "actor-299" not in shown(page)["nodes"]
        page.fill("#search", "Actor 299")
        page.press("#search", "Enter")
        page.wait_for_function("window.kgReady === true && network.getSelectedNodes()[0] === 'actor-299'")
        assert shown(page)["counts"].startswith(f"{TOP_ACTORS + 1} of 300 actors")
        assert page.inner_text("#details h2") == "Actor 299"


def test_filters_by_type_predicate_date_and_hypothetical(tmp_path: Path) -> None:
    with chromium_page() as page:
        open_view(page, SMALL, tmp_path)
        assert len(shown(page)["edges"]) == 6
        # entity type: no Country left, nor the edges that touch one
        before = page.evaluate("network.getPositions()")
        page.uncheck("input[data-filter=type][value=Country]")
        now = shown(page)
        assert "russia" not in now["nodes"] and "germany" not in now["nodes"]
        assert now["edges"] == [
            ["donald-trump", "criticize", "nato"],
            ["mark-rutte", "meet", "donald-trump"],
            ["volodymyr-zelensky", "meet", "mark-rutte"],
        ]
        assert now["counts"] == "4 of 6 actors · 3 of 6 relations shown"
        assert now["title"] == "kg: test — 4 of 6 actors · 3 of 6 relations shown"
        page.check("input[data-filter=type][value=Country]")
        assert page.evaluate("network.getPositions()") == before  # filters keep the map: nobody moved
        # predicate
        page.uncheck("input[data-filter=predicate][value=meet]")
        assert all(predicate != "meet" for _, predicate, _ in shown(page)["edges"])
        page.check("input[data-filter=predicate][value=meet]")
        # date range: the relation's own date counts (5 May), else the article's
        page.fill("#date-from", "2025-04-01")
        page.dispatch_event("#date-from", "change")
        assert shown(page)["edges"] == [
            ["germany", "support", "volodymyr-zelensky"],
            ["russia", "attack", "volodymyr-zelensky"],
            ["volodymyr-zelensky", "meet", "mark-rutte"],
        ]
        page.fill("#date-to", "2025-04-30")
        page.dispatch_event("#date-to", "change")
        assert len(shown(page)["edges"]) == 2
        page.fill("#date-from", "")
        page.dispatch_event("#date-from", "change")
        page.fill("#date-to", "")
        page.dispatch_event("#date-to", "change")
        # negated and hypothetical relations
        page.check("#facts-only")
        edges = shown(page)["edges"]
        assert ["russia", "attack", "volodymyr-zelensky"] not in edges
        assert ["nato", "pressure", "russia"] not in edges
        assert len(edges) == 4


def test_large_graph_opens_on_the_top_actors_with_counts_and_shows_more(tmp_path: Path) -> None:
    relations = large_relations()
    graph = build_graph(relations)
    total_edges = len(graph_data(graph)["edges"])
    with chromium_page() as page:
        open_view(page, relations, tmp_path, title="kg: 700 articles")
        now = shown(page)
        assert len(now["nodes"]) == TOP_ACTORS
        assert now["counts"].startswith(f"{TOP_ACTORS} of 300 actors · ")
        assert now["counts"].endswith(f" of {total_edges} relations shown")
        assert now["title"].startswith("kg: 700 articles — 100 of 300 actors")
        ranks = {n["id"]: n["rank"] for n in graph_data(graph)["nodes"]}
        assert max(ranks[n] for n in now["nodes"]) == TOP_ACTORS - 1  # the most connected ones
        before = page.evaluate("network.getPositions()")
        page.click("#more")
        page.wait_for_function("window.kgReady === true")
        assert len(shown(page)["nodes"]) == 2 * TOP_ACTORS
        after = page.evaluate("network.getPositions()")
        assert {i: after[i] for i in before} == before  # the newcomers found places around the actors shown
        page.click("#all")
        assert len(shown(page)["nodes"]) == 300
        assert page.is_hidden("#more")


def label_boxes(page) -> list[dict]:
    """The DOM box and on-screen font size of every label the canvas draws."""
    return page.evaluate("""() => network.body.nodeIndices.map(id => {
        const node = network.body.nodes[id], label = node.labelModule;
        if (!label.visible()) return {id, visible: false};
        const a = network.canvasToDOM({x: label.size.left, y: label.size.top});
        const b = network.canvasToDOM({x: label.size.left + label.size.width, y: label.size.top + label.size.height});
        const px = Math.min(label.fontOptions.size * network.getScale(), label.elementOptions.scaling.label.maxVisible);
        return {id, visible: true, left: a.x, top: a.y, right: b.x, bottom: b.y, px};
    })""")


def test_important_names_show_at_every_zoom_and_all_names_when_zoomed_in(tmp_path: Path) -> None:
    relations = large_relations()
    ranks = {n["id"]: n["rank"] for n in graph_data(build_graph(relations))["nodes"]}
    with chromium_page() as page:
        open_view(page, relations, tmp_path)
        for scale in (None, 0.15):
            if scale:
                page.evaluate(
                    f"network.moveTo({{scale: {scale}}}); network.emit('zoom', {{scale: {scale}}}); network.redraw()"
                )
            boxes = {b["id"]: b for b in label_boxes(page)}
            top = [i for i in boxes if ranks[i] < ALWAYS_LABELLED]
            assert len(top) == ALWAYS_LABELLED
            assert all(boxes[i]["visible"] and boxes[i]["px"] >= 13 for i in top), scale
            assert any(not b["visible"] for b in boxes.values())  # a readable view, not a hairball of names
            others = [b for i, b in boxes.items() if b["visible"] and ranks[i] >= ALWAYS_LABELLED]
            assert len(others) > (20 if scale is None else -1)  # where there is room, more names show
            for a in others:  # the other names show only where they cover no name
                for b in boxes.values():
                    if b is not a and b["visible"]:
                        assert not (
                            a["left"] < b["right"]
                            and b["left"] < a["right"]
                            and a["top"] < b["bottom"]
                            and b["top"] < a["bottom"]
                        ), (a, b)
        page.evaluate("network.moveTo({scale: 1.5}); network.emit('zoom', {scale: 1.5}); network.redraw()")
        assert all(b["visible"] for b in label_boxes(page))


@pytest.mark.parametrize("which", ["small", "large"])
def test_layout_settles_and_no_label_is_drawn_under_the_panel(tmp_path: Path, which: str) -> None:
    relations = SMALL if which == "small" else large_relations()
    with chromium_page() as page:
        open_view(page, relations, tmp_path)
        graph = page.evaluate("document.getElementById('graph').getBoundingClientRect().toJSON()")
        side = page.evaluate("document.getElementById('side').getBoundingClientRect().toJSON()")
        assert graph["right"] <= side["left"]
        for box in label_boxes(page):
            if box["visible"]:
                assert box["left"] >= 0 and box["right"] <= graph["width"], box
                assert box["top"] >= 0 and box["bottom"] <= graph["height"], box
        before = page.evaluate("network.getPositions()")
        page.wait_for_timeout(800)
        assert page.evaluate("network.getPositions()") == before
        assert page.evaluate("network.physics.physicsEnabled") is False
        page.check("#physics")
        assert page.evaluate("network.physics.physicsEnabled") is True


def test_colours_per_type_are_those_of_the_neo4j_browser_style(tmp_path: Path) -> None:
    grass = parse_grass((ROOT / "schemas" / "neo4j" / "kg.grass").read_text("utf-8"))
    assert type_colors() == {t: grass[f"node.{t}"]["color"] for t in ENTITY_TYPES}
    with chromium_page() as page:
        open_view(page, SMALL, tmp_path)
        drawn = page.evaluate(
            "Object.fromEntries(network.body.nodeIndices.map(id =>"
            " [id, network.body.nodes[id].options.color.background]))"
        )
        legend = page.evaluate("[...document.querySelectorAll('#types .dot')].map(d => d.style.background)")
    assert drawn["russia"] == grass["node.Country"]["color"] and drawn["nato"] == grass["node.Organization"]["color"]
    assert drawn["mark-rutte"] == grass["node.Person"]["color"]
    rgb = ["rgb({}, {}, {})".format(*(int(c[i : i + 2], 16) for i in (1, 3, 5))) for c in type_colors().values()]
    assert legend == rgb


def test_page_is_one_offline_file(tmp_path: Path) -> None:
    text = render_html(build_graph(SMALL), "kg: test")
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=", text)
    with chromium_page() as page:
        requests: list[str] = []
        page.route(re.compile(r"^(?!file:).*"), lambda route: (requests.append(route.request.url), route.abort()))
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        open_view(page, SMALL, tmp_path)
        page.fill("#search", "nato")
        page.press("#search", "Enter")
    assert requests == [] and errors == []
