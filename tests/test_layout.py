"""The layout of src/kg (README "Layout", docs/architecture.md): every import points down the
layers below, never up, and units of one layer never import each other. The check reads the
imports of every module with `ast` (function bodies and TYPE_CHECKING blocks too), and is
itself tested on small trees that break the rule."""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"

#: Top to bottom. A module may import its own unit and the units of lower layers; the units of
#: one layer are independent of each other. A unit is a package or module and all under it.
LAYERS: list[tuple[str, ...]] = [
    ("kg.__main__",),  # python -m kg
    ("kg.cli",),  # commands: options, one-line errors, exit status
    ("kg.stages",),  # the API: the stages composed (kg/__init__ names them)
    ("kg.store", "kg.view"),  # Neo4j; pages and networks for people and their tools
    ("kg.rdf",),  # RDF out and back in, SHACL, the ontology
    ("kg.graph",),  # relations → one networkx graph
    ("kg.extract",),  # spaCy: articles → relations (resolves each article)
    ("kg.resolve", "kg.ingest"),  # names → entities; files → articles
    ("kg.keys", "kg.records", "kg.vocabulary", "kg.countries"),
    ("kg.model", "kg.errors"),  # records and errors: imported by all, import nothing
]
#: `kg` itself names the API lazily; what it imports only for type checkers sits above everything.
PACKAGE_ROOT = "kg"


def unit_of(module: str) -> tuple[int, str] | None:
    """(layer index, unit) of a module; None for `kg` itself."""
    for index, units in enumerate(LAYERS):
        for unit in units:
            if module == unit or module.startswith(unit + "."):
                return index, unit
    return None


def module_name(path: Path, src: Path) -> tuple[str, bool]:
    """The dotted name of a file under `src`, and whether it is a package's __init__."""
    parts = list(path.relative_to(src).with_suffix("").parts)
    package = parts[-1] == "__init__"
    if package:
        parts.pop()
    return ".".join(parts), package


def imports_of(path: Path, src: Path) -> list[tuple[int, str]]:
    """(line, module) of every `kg` import in a file, relative ones resolved."""
    name, package = module_name(path, src)
    here = name.split(".") if package else name.split(".")[:-1]
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = here[: len(here) - node.level + 1] if node.level else []
            target = ".".join([*base, node.module] if node.module else base)
            if target == PACKAGE_ROOT and all(alias.name == "__version__" for alias in node.names):
                continue  # kg.__version__ is a constant, not the API
            found.append((node.lineno, target))
    return [(line, target) for line, target in found if target == PACKAGE_ROOT or target.startswith("kg.")]


def violations(src: Path) -> list[str]:
    """One line per import that goes against LAYERS: `file:line: a imports b (why)`."""
    problems = []
    for path in sorted((src / PACKAGE_ROOT).rglob("*.py")):
        name, _ = module_name(path, src)
        mine = unit_of(name)
        if mine is None:
            if name != PACKAGE_ROOT:
                problems.append(f"{path.relative_to(src)}: {name} is in no layer (add it to LAYERS)")
            continue
        for line, target in imports_of(path, src):
            theirs = unit_of(target)
            where = f"{path.relative_to(src)}:{line}: {name} imports {target}"
            if theirs is None:
                problems.append(f"{where} (the package root names the API: import the module itself)")
            elif theirs[0] < mine[0]:
                problems.append(f"{where} (up from {mine[1]} to {theirs[1]})")
            elif theirs[0] == mine[0] and theirs[1] != mine[1]:
                problems.append(f"{where} (across the layer, {mine[1]} and {theirs[1]} are independent)")
    return problems


def test_imports_follow_the_layout() -> None:
    modules = list((SRC / PACKAGE_ROOT).rglob("*.py"))
    assert len(modules) > 50  # the check saw the package
    assert violations(SRC) == []


def test_the_store_is_a_leaf() -> None:
    importers = {
        module_name(path, SRC)[0]
        for path in (SRC / PACKAGE_ROOT).rglob("*.py")
        for _, target in imports_of(path, SRC)
        if target.startswith("kg.store") and not module_name(path, SRC)[0].startswith("kg.store")
    }
    assert importers and all(name.startswith(("kg.cli", "kg.stages")) or name == "kg" for name in importers)


def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    src = tmp_path / "src"
    for name, text in {"kg/__init__.py": "", **files}.items():
        path = src / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))
    return src


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        # the store imported by the graph: up
        (
            {
                "kg/graph.py": "from kg.store.rows import statement_id\n",
                "kg/store/__init__.py": "",
                "kg/store/rows.py": "",
            },
            ["kg/graph.py:1: kg.graph imports kg.store.rows (up from kg.graph to kg.store)"],
        ),
        # inside a function, relative: still up
        (
            {
                "kg/extract/__init__.py": "",
                "kg/extract/parallel.py": "def f():\n    from ..cli import main\n",
                "kg/cli/__init__.py": "main = 1\n",
            },
            ["kg/extract/parallel.py:2: kg.extract.parallel imports kg.cli (up from kg.extract to kg.cli)"],
        ),
        # two units of one layer
        (
            {"kg/store/__init__.py": "import kg.view.colors\n", "kg/view/__init__.py": "", "kg/view/colors.py": ""},
            [
                "kg/store/__init__.py:1: kg.store imports kg.view.colors (across the layer, kg.store and kg.view are "
                "independent)"
            ],
        ),
        # the API from inside: up
        (
            {"kg/graph.py": "from kg import build_graph\n"},
            ["kg/graph.py:1: kg.graph imports kg (the package root names the API: import the module itself)"],
        ),
        # a module outside every layer
        ({"kg/helpers.py": ""}, ["kg/helpers.py: kg.helpers is in no layer (add it to LAYERS)"]),
        # down, within a unit, and the version constant: fine
        (
            {
                "kg/graph.py": "from kg.model import Relation\nfrom kg import __version__\n",
                "kg/model.py": "",
                "kg/rdf/__init__.py": "",
                "kg/rdf/export.py": "from . import terms\nfrom kg.graph import x\n",
                "kg/rdf/terms.py": "",
            },
            [],
        ),
    ],
)
def test_the_check_catches_a_wrong_way_import(tmp_path: Path, files: dict[str, str], expected: list[str]) -> None:
    assert violations(_tree(tmp_path, files)) == expected
