"""The CLI contract: commands, help, JSON Lines that match the schema, files `kg build` writes,
exit statuses for skipped inputs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from rdflib import Graph

from kg.records import triple_schema
from tests.helpers import kg

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "articles"
COMMANDS = ["extract", "build", "load", "export", "import-rdf", "validate", "query", "init-db", "browse", "report"]


@pytest.fixture(scope="module")
def example_triples(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    out = tmp_path_factory.mktemp("extract") / "triples.jsonl"
    kg("extract", str(EXAMPLES), "-o", str(out), check=True)
    return [json.loads(line) for line in out.read_text("utf-8").splitlines()]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = kg(command, "--help", check=True)
    assert "Example" in result.stdout
    assert kg(command, "-h", check=True).stdout == result.stdout


def test_top_level_help_lists_every_command() -> None:
    text = kg("--help", check=True).stdout
    for command in COMMANDS:
        assert command in text


HEAVY = (
    "spacy",
    "thinc",
    "rdflib",
    "pyoxigraph",
    "networkx",
    "neo4j",
    "jinja2",
    "matplotlib",
    "pdfminer",
    "trafilatura",
    "dateparser",
)
# Runs `kg ARGS` in this interpreter and names the heavy libraries it imported, on stderr's last line.
_PROBE = """
import sys
from kg.cli import cli
if sys.argv[1:]:
    try:
        cli.main(sys.argv[1:], prog_name="kg")
    except SystemExit:
        pass
print(" ".join(m for m in {heavy!r} if m in sys.modules), file=sys.stderr)
"""


def imported_by(*args: str) -> set[str]:
    """The heavy libraries that importing the CLI and running `kg ARGS` loads, in a fresh process."""
    result = subprocess.run(
        [sys.executable, "-c", _PROBE.format(heavy=HEAVY), *args], capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    assert result.returncode == 0, result.stderr
    return set(result.stderr.splitlines()[-1].split())


def test_importing_the_cli_imports_no_heavy_library() -> None:
    assert imported_by() == set()


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        *([command, "--help"] for command in ["extract", "build"]),  # their help: no model needed yet
        *(
            [command, "--help"]
            for command in [
                "load",
                "query",
                "init-db",
                "entities",
                "export",
                "import-rdf",
                "validate",
                "browse",
                "report",
            ]
        ),
    ],
    ids=" ".join,
)
def test_only_the_commands_that_extract_import_spacy(args: list[str]) -> None:
    assert "spacy" not in imported_by(*args)


def test_the_commands_that_extract_do_import_spacy(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Mark Rutte met Donald Trump in Washington.", encoding="utf-8")
    # the probe sees an import when there is one
    assert "spacy" in imported_by("extract", str(article), "-o", str(tmp_path / "t.jsonl"))


@pytest.mark.parametrize("command", ["load", "query", "init-db"])
def test_the_database_commands_start_without_rdf_or_graph_libraries(command: str) -> None:
    assert imported_by(command, "--help") == set()


def test_every_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    for command in COMMANDS:
        assert f"kg {command}" in readme


def test_extract_output_matches_the_json_schema(example_triples: list[dict]) -> None:
    validator = Draft202012Validator(triple_schema())
    assert len(example_triples) >= 10
    for record in example_triples:
        validator.validate(record)


def test_extract_evidence_offsets_are_the_sentence_in_the_article(example_triples: list[dict]) -> None:
    texts = {p.stem: p.read_text("utf-8") for p in EXAMPLES.glob("*.txt")}
    assert texts and example_triples
    for record in example_triples:
        evidence = record["evidence"]
        assert texts[evidence["doc_id"]][evidence["start"] : evidence["end"]] == evidence["sentence"]


def test_extract_reads_stdin_and_writes_stdout() -> None:
    result = kg("extract", "-", stdin="Angela Merkel praised Emmanuel Macron on Monday.", check=True)
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert (record["subject"]["name"], record["predicate"], record["object"]["name"]) == (
        "Angela Merkel",
        "praise",
        "Emmanuel Macron",
    )
    assert record["evidence"]["doc_id"] == "stdin"


def test_extract_reads_jsonl_articles_with_metadata(tmp_path: Path) -> None:
    articles = tmp_path / "news.jsonl"
    articles.write_text(
        json.dumps(
            {
                "id": "a1",
                "title": "Talks",
                "url": "https://example.org/a1",
                "published": "2025-03-04",
                "text": "Olaf Scholz met Emmanuel Macron.",
            }
        )
        + "\n"
    )
    [record] = [json.loads(line) for line in kg("extract", str(articles), check=True).stdout.splitlines()]
    assert record["article"] == {
        "id": "a1",
        "title": "Talks",
        "url": "https://example.org/a1",
        "published": "2025-03-04",
        "source": str(articles),
        "published_from": "jsonl",
    }


def test_sample_article_yields_rutte_meets_trump() -> None:
    sample = ROOT.parent / "shared" / "samples" / "nato-rutte-interview.txt"
    if not sample.exists():
        pytest.skip("the shared sample article is not beside this checkout")
    records = [json.loads(line) for line in kg("extract", str(sample), check=True).stdout.splitlines()]
    pairs = {(r["subject"]["name"], r["object"]["name"]) for r in records}
    assert ("Mark Rutte", "Donald Trump") in pairs


def test_skipped_inputs_are_named_and_the_rest_is_processed(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "good.txt").write_text("Olaf Scholz met Emmanuel Macron.")
    (tmp_path / "lines.jsonl").write_text('{"text": "Joe Biden praised Olaf Scholz."}\nnot json\n{"title": "x"}\n')
    result = kg("extract", str(tmp_path))
    assert result.returncode == 3
    assert f"{tmp_path / 'empty.txt'}: empty file" in result.stderr
    assert f"{tmp_path / 'image.txt'}: binary data" in result.stderr
    assert f"{tmp_path / 'lines.jsonl'}:2: not valid JSON" in result.stderr
    assert f"{tmp_path / 'lines.jsonl'}:3: missing or empty 'text'" in result.stderr
    predicates = {json.loads(line)["predicate"] for line in result.stdout.splitlines()}
    assert predicates == {"meet", "praise"}


def test_missing_input_is_one_line_error(tmp_path: Path) -> None:
    result = kg("extract", str(tmp_path / "nope.txt"))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"kg: error: {tmp_path / 'nope.txt'}: no such file or folder"]


def test_unknown_model_is_one_line_error() -> None:
    result = kg("extract", "-", "--model", "no_such_pipeline", stdin="Olaf Scholz met Emmanuel Macron.")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "kg: error: spaCy pipeline 'no_such_pipeline' is not installed: pip install it or pass --model with an installed one"
    ]


def test_build_writes_triples_turtle_and_html(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = kg("build", str(EXAMPLES), "--out", str(out), check=True)
    assert "4 articles read" in result.stderr
    for name in ("triples.jsonl", "graph.ttl", "graph.html"):
        assert (out / name).stat().st_size > 0
        assert str(out / name) in result.stderr
    graph = Graph().parse(out / "graph.ttl", format="turtle")
    assert len(graph) > 100
    assert "ns1:" not in (out / "graph.ttl").read_text("utf-8")
    html = (out / "graph.html").read_text("utf-8")
    assert "http://" not in html.split("<script>")[0] and 'src="http' not in html  # offline page
    assert "vis.Network" in html and "Mark Rutte" in html


def test_export_turtle_parses_back(tmp_path: Path, example_triples: list[dict]) -> None:
    triples = tmp_path / "t.jsonl"
    triples.write_text("".join(json.dumps(r) + "\n" for r in example_triples))
    for fmt, rdflib_format in (("turtle", "turtle"), ("ntriples", "nt"), ("jsonld", "json-ld")):
        result = kg("export", "--format", fmt, "--input", str(triples), check=True)
        graph = Graph().parse(data=result.stdout, format=rdflib_format)
        assert len(graph) > 100
