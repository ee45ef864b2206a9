"""The Python API (`import kg`): the README's example runs as written, `import kg` loads no heavy
library, and reading, extracting and loading share one protocol for bad input."""

from __future__ import annotations

import contextlib
import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import kg

ROOT = Path(__file__).resolve().parent.parent


def readme_example() -> str:
    """The code block of README "Python API" that is marked as run by this test."""
    readme = (ROOT / "README.md").read_text("utf-8")
    found = re.search(r"<!-- the example below runs in tests/test_api.py -->\n```python\n(.*?)```", readme, re.S)
    assert found, "README lost its Python API example"
    return found.group(1)


def test_the_readme_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from rdflib import Graph

    shutil.copytree(ROOT / "examples" / "articles", tmp_path / "examples" / "articles")
    monkeypatch.chdir(tmp_path)
    printed = io.StringIO()
    names: dict[str, object] = {}
    with contextlib.redirect_stdout(printed):
        exec(compile(readme_example(), "README.md", "exec"), names)
    articles, entities, relations = map(int, re.findall(r"\d+", printed.getvalue()))
    assert articles == len(list((ROOT / "examples" / "articles").glob("*.txt"))) and entities > 5 and relations > 5
    graph = names["graph"]
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (entities, relations)
    turtle = Graph().parse(tmp_path / "graph.ttl", format="turtle")
    assert len(turtle) > relations
    page = (tmp_path / "graph.html").read_text("utf-8")
    assert "<title>kg: the example articles</title>" in page


def test_import_kg_loads_no_heavy_library() -> None:
    code = (
        "import sys, kg; kg.read_articles; kg.Relation; kg.KGError; "
        "print(sorted(m for m in ('spacy', 'rdflib', 'neo4j', 'networkx', 'pyoxigraph') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_every_public_name_is_there() -> None:
    assert "extract_corpus" in kg.__all__ and "Relation" in kg.__all__
    for name in kg.__all__:
        assert getattr(kg, name) is not None, name
    assert kg.render_html.__module__ == "kg.view.graph_page"  # the API names the stage's own function
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        kg.nothing  # noqa: B018


def test_reading_articles_raises_or_skips(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Olaf Scholz met Emmanuel Macron in Paris.\n")
    (tmp_path / "empty.txt").write_text("   \n")
    with pytest.raises(kg.InputError, match=r"empty\.txt"):
        list(kg.read_articles([str(tmp_path)]))
    skipped: list[kg.KGError] = []
    articles = list(kg.read_articles([str(tmp_path)], on_error="skip", on_skip=skipped.append))
    assert [a.id for a in articles] == ["good"]
    assert [type(e) for e in skipped] == [kg.InputError] and "empty.txt" in str(skipped[0])


def test_reading_relations_raises_or_skips(example_relations) -> None:
    lines = io.StringIO()
    kg.write_relations(example_relations[:2], lines)
    text = lines.getvalue().splitlines()
    with pytest.raises(kg.InputError, match=r"t\.jsonl:2: not valid JSON"):
        list(kg.read_relations([text[0], "{", text[1]], "t.jsonl"))
    skipped: list[kg.KGError] = []
    read = list(kg.read_relations([text[0], "{", text[1]], "t.jsonl", on_error="skip", on_skip=skipped.append))
    assert read == list(example_relations[:2]) and [str(e) for e in skipped] == [
        "t.jsonl:2: not valid JSON (Expecting property name enclosed in double quotes)"
    ]


def test_an_article_that_cannot_be_loaded_raises_or_is_skipped_whole(example_relations) -> None:
    from dataclasses import replace

    from kg.errors import ArticleSchemaError
    from kg.store.rows import group_by_article

    bad = replace(example_relations[0], predicate="Not A Predicate")
    article = bad.article.id
    with pytest.raises(ArticleSchemaError, match=f"article '{article}'"):
        group_by_article([bad, *example_relations])
    skipped: list[kg.KGError] = []
    groups = group_by_article([bad, *example_relations], "skip", skipped.append)
    assert article not in dict(groups) and len(groups) >= 1
    assert [e.article_id for e in skipped] == [article]  # type: ignore[attr-defined]


def test_on_error_takes_raise_or_skip_only(tmp_path: Path) -> None:
    with pytest.raises(kg.KGError, match="on_error must be 'raise' or 'skip'"):
        list(kg.read_articles([str(tmp_path)], on_error="ignore"))  # type: ignore[arg-type]


def test_the_examples_of_the_bad_input_protocol_run() -> None:
    import doctest

    import kg.errors

    result = doctest.testmod(kg.errors)
    assert result.attempted > 0 and result.failed == 0
