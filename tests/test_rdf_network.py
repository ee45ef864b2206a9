"""GraphML and GEXF for Gephi and Cytoscape: networkx reads them back with their attributes,
and the GEXF is a dynamic graph (start and end dates) when the articles have dates."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

from kg.model import ArticleMeta
from kg.rdf.statements import predicate_label
from kg.records import write_relations
from kg.view.network import build_network, write_network
from tests.rdf_cases import entity, nasty_relations, relation

ROOT = Path(__file__).resolve().parents[1]


def dated_relations() -> list:
    a, b, c = (
        entity("Mark Rutte", "mark-rutte", "Person"),
        entity("NATO", "nato"),
        entity("Russia", "russia", "Country"),
    )

    def on(day: str, doc: str) -> ArticleMeta:
        return ArticleMeta(doc, title=f"Title {doc}", published=day)

    return [
        relation(a, "lead", b, doc="one", article=on("2025-03-01", "one")),
        relation(a, "lead", b, doc="two", article=on("2025-03-09T10:00:00Z", "two"), sentence="Rutte leads NATO."),
        relation(b, "pressure", c, doc="two", article=on("2025-03-09T10:00:00Z", "two"), start=40),
        relation(b, "pressure", c, doc="three", article=on("2025-04-02", "three"), negated=True),
        relation(a, "meet", c, doc="four", article=ArticleMeta("four"), modality="hedged"),
    ]


def read_back(relations: list, fmt: str) -> nx.Graph:
    out = io.BytesIO()
    write_network(relations, out, fmt)
    out.seek(0)
    return nx.read_gexf(out) if fmt == "gexf" else nx.read_graphml(out)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_networkx_reads_back_nodes_and_edges_with_their_attributes(fmt) -> None:
    graph = read_back(dated_relations(), fmt)
    assert set(graph.nodes) == {"mark-rutte", "nato", "russia"}
    rutte = graph.nodes["mark-rutte"]
    assert rutte["label"] == "Mark Rutte" and rutte["type"] == "Person" and int(rutte["mentions"]) == 3
    assert rutte["iri"] == "https://kg.example.org/entity/mark-rutte"
    assert rutte["first_seen"] == "2025-03-01" and rutte["last_seen"] == "2025-03-09"
    edges = {
        (u, v, d["predicate"], d["negated"] in (True, "true", "True"), d["modality"]): d
        for u, v, d in graph.edges(data=True)
    }
    lead = edges[("mark-rutte", "nato", "lead", False, "asserted")]
    assert int(lead["count"]) == 2 and lead["sentence"] == "A sentence." and lead["article"] == "one"
    assert lead["label"] == predicate_label("lead") != "lead"  # the vocabulary's label
    assert lead["fact"] in (True, "true", "True")
    assert int(edges[("nato", "russia", "pressure", True, "asserted")]["count"]) == 1
    hedged = edges[("mark-rutte", "russia", "meet", False, "hedged")]
    assert hedged["fact"] in (False, "false", "False")
    assert "first_seen" not in hedged  # an article without a date gives no dates
    assert len(edges) == 4


def test_gexf_is_dynamic_where_dates_exist() -> None:
    out = io.BytesIO()
    write_network(dated_relations(), out, "gexf")
    text = out.getvalue().decode("utf-8")
    assert 'mode="dynamic"' in text and 'timeformat="date"' in text
    graph = nx.read_gexf(io.BytesIO(out.getvalue()))
    assert graph.graph["mode"] == "dynamic"
    assert graph.nodes["mark-rutte"]["start"] == "2025-03-01" and graph.nodes["mark-rutte"]["end"] == "2025-03-09"
    spells = {(d["predicate"], d.get("start"), d.get("end")) for _, _, d in graph.edges(data=True)}
    assert ("lead", "2025-03-01", "2025-03-09") in spells


def test_graphml_has_no_time_spells_but_the_dates() -> None:
    graph = read_back(dated_relations(), "graphml")
    assert all("start" not in d for _, d in graph.nodes(data=True))
    assert graph.nodes["russia"]["first_seen"] == "2025-03-09"


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_nasty_names_survive(fmt) -> None:
    relations = nasty_relations()
    graph = read_back(relations, fmt)
    names = {e.name.replace("\r\n", "\n").replace("\r", "\n") for r in relations for e in (r.subject, r.object)}
    assert {d["label"].replace("\r\n", "\n").replace("\r", "\n") for _, d in graph.nodes(data=True)} == names
    assert graph.number_of_edges() == build_network(relations).number_of_edges()


def test_cli_writes_gexf_and_graphml(tmp_path: Path) -> None:
    triples = tmp_path / "triples.jsonl"
    with open(triples, "w", encoding="utf-8") as stream:
        write_relations(dated_relations(), stream)
    for name in ("graph.gexf", "graph.graphml"):
        result = subprocess.run(
            [sys.executable, "-m", "kg", "export", "--input", str(triples), "-o", str(tmp_path / name)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=300,
        )
        assert result.returncode == 0, result.stderr
        assert "3 nodes, 4 edges" in result.stderr
    assert nx.read_gexf(tmp_path / "graph.gexf").number_of_nodes() == 3
    assert nx.read_graphml(tmp_path / "graph.graphml").number_of_edges() == 4
