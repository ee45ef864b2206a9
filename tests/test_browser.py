"""Neo4j Browser: the local server serves it, `kg browse` points at it with the connection
filled in, and the style sheet styles what the graph holds. (A headless Chromium run,
scripts/browser-screenshot, is done by hand: CI has no Chromium.)"""

from __future__ import annotations

import re
import subprocess
import sys
import urllib.request
from pathlib import Path

from kg.model import ENTITY_TYPES
from kg.store.neo4j import Neo4jSettings

ROOT = Path(__file__).resolve().parents[1]


def test_browser_link_fills_in_the_connection() -> None:
    from kg.cli.browse import browser_base_url, browser_link

    settings = Neo4jSettings(uri="bolt://127.0.0.1:7687", user="neo4j", password="secret", database="news")
    base = browser_base_url(settings, None)
    assert (
        browser_link(settings, base)
        == "http://127.0.0.1:7474/browser/?dbms=bolt%3A%2F%2Fneo4j%40127.0.0.1%3A7687&db=news"
    )
    assert "secret" not in browser_link(settings, base)
    assert browser_base_url(settings, "http://127.0.0.1:9999/") == "http://127.0.0.1:9999"


def test_style_sheet_colours_every_entity_type_and_captions_by_name_and_predicate() -> None:
    grass = (ROOT / "schemas" / "neo4j" / "kg.grass").read_text("utf-8")
    rules = dict(re.findall(r"^(\S+) \{\n(.*?)\n\}", grass, flags=re.S | re.M))
    for entity_type in ENTITY_TYPES:
        assert "color: #" in rules[f"node.{entity_type}"]
        assert "caption: '{name}'" in rules[f"node.{entity_type}"]
    assert "caption: '{predicate}'" in rules["relationship"]
    assert len({rules[f"node.{t}"].split("color: ")[1][:7] for t in ENTITY_TYPES}) >= len(ENTITY_TYPES) - 1


def test_local_server_serves_browser_and_kg_browse_loads_and_points_at_it(
    neo4j_local, neo4j_jars, tmp_path: Path
) -> None:
    from kg.model import ArticleMeta, Entity, Evidence, Relation
    from kg.records import write_relations

    rutte, trump = Entity("mark-rutte", "Mark Rutte", "Person"), Entity("donald-trump", "Donald Trump", "Person")
    triples = tmp_path / "t.jsonl"
    with open(triples, "w", encoding="utf-8") as stream:
        write_relations(
            [Relation(rutte, "meet", trump, Evidence("a1", "Rutte met Trump.", 0, 16, "svo"), ArticleMeta("a1"))],
            stream,
        )
    with neo4j_local.LocalNeo4j(browser=True) as settings:
        with urllib.request.urlopen(f"{settings.http_url}/browser/", timeout=30) as page:
            assert page.status == 200 and b"Neo4j Browser" in page.read()
        env = {**settings.as_env(), "PATH": "/usr/bin:/bin"}
        result = subprocess.run(
            [sys.executable, "-m", "kg", "browse", str(triples)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            timeout=120,
        )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    port = settings.uri.rsplit(":", 1)[1]
    assert lines[0] == (
        f"Neo4j Browser: {settings.http_url}/browser/?dbms=bolt%3A%2F%2Fneo4j%40127.0.0.1%3A{port}&db=neo4j"
    )
    assert f"  password:    {settings.password}" in lines
    assert "  graph:       2 entities, 1 relation edges, 1 statements, 1 articles" in lines
    assert "nothing answers" not in result.stdout
