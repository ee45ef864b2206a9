"""Fixtures shared by kg's tests, one section per concern; add new sections below.

Neo4j: integration tests take `neo4j_db` (a wiped database; yields the driver), or
`neo4j_driver` / `neo4j_settings`. With NEO4J_URI set they use that server; otherwise a
local Neo4j Community server (scripts/neo4j_local.py) runs once per session. A server
that cannot be started or reached fails the tests under CI=true and skips them, loudly,
everywhere else.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, NoReturn

import pytest

if TYPE_CHECKING:
    import neo4j

REPO_ROOT = Path(__file__).resolve().parent.parent


def load_script(name: str) -> ModuleType:
    """Import `scripts/<name>.py` by path (scripts/ is not a package)."""
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, REPO_ROOT / "scripts" / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look up their module while the class is built
        spec.loader.exec_module(module)
    return sys.modules[name]


def running_under_ci() -> bool:
    """True when CI says so (CI=true, as CI services and .ci/run set it)."""
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


# --- Neo4j ------------------------------------------------------------------------

NEO4J_FIXTURES = frozenset({"neo4j_settings", "neo4j_driver", "neo4j_db", "neo4j_jars"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that needs a Neo4j server or its jars `neo4j` (`-m "not neo4j"`)."""
    for item in items:
        if NEO4J_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.neo4j)


def fail_or_skip(what: str, tests: str, reason: str) -> NoReturn:
    """Fail under CI, skip elsewhere: a tier of tests that needs `what` must never pass silently in CI."""
    message = f"{what} is not available: {reason}"
    if running_under_ci():
        pytest.fail(message, pytrace=False)
    warnings.warn(f"{tests} SKIPPED. {message}", stacklevel=3)
    pytest.skip(f"{tests} SKIPPED (CI=true makes this a failure). {message}")


def neo4j_unavailable(reason: str) -> NoReturn:
    fail_or_skip("Neo4j", "NEO4J INTEGRATION TESTS", reason)


@pytest.fixture(scope="session")
def neo4j_local() -> ModuleType:
    """The scripts/neo4j_local.py module (`LocalNeo4j`, `Neo4jSettings`, `neo4j_version`, ...)."""
    return load_script("neo4j_local")


@pytest.fixture(scope="session")
def neo4j_jars(neo4j_local: ModuleType) -> list[Path]:
    """Class-path folders of the pinned Neo4j, resolved into the cache, and java found.

    For tests that start servers of their own; no server is started here.
    """
    try:
        neo4j_local.java_executable()
        return neo4j_local.resolve_neo4j(neo4j_local.neo4j_version())
    except neo4j_local.Neo4jLocalError as error:
        neo4j_unavailable(str(error))


@pytest.fixture(scope="session")
def neo4j_settings(neo4j_local: ModuleType) -> Iterator:
    """How to reach the session's Neo4j, as a `Neo4jSettings`.

    NEO4J_URI set: that server (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE default to
    neo4j, neo4j, neo4j), with `home` and `version` None. Otherwise a local server, whose
    NEO4J_* variables are exported to os.environ for the session so that CLI
    subprocesses find it; it is stopped and its temporary home deleted at the end.
    """
    if os.environ.get("NEO4J_URI"):
        yield neo4j_local.Neo4jSettings(
            uri=os.environ["NEO4J_URI"],
            user=os.environ.get("NEO4J_USER", "neo4j"),
            password=os.environ.get("NEO4J_PASSWORD", "neo4j"),
            database=os.environ.get("NEO4J_DATABASE", "neo4j"),
        )
        return
    server = neo4j_local.LocalNeo4j()
    try:
        settings = server.start()
    except neo4j_local.Neo4jLocalError as error:
        neo4j_unavailable(f"the local server did not start: {error}")
    try:
        with pytest.MonkeyPatch.context() as environment:
            for key, value in settings.as_env().items():
                environment.setenv(key, value)
            yield settings
    finally:
        server.stop()


@pytest.fixture(scope="session")
def neo4j_driver(neo4j_settings) -> Iterator[neo4j.Driver]:
    """A driver for the session's server, connectivity verified; closed at the end."""
    from neo4j import GraphDatabase
    from neo4j.exceptions import DriverError, Neo4jError

    driver = GraphDatabase.driver(neo4j_settings.uri, auth=(neo4j_settings.user, neo4j_settings.password))
    try:
        driver.verify_connectivity()
    except (DriverError, Neo4jError, OSError) as error:
        driver.close()
        neo4j_unavailable(f"cannot connect to {neo4j_settings.uri} as {neo4j_settings.user}: {error}")
    yield driver
    driver.close()


@pytest.fixture
def neo4j_db(neo4j_driver: neo4j.Driver, neo4j_settings) -> neo4j.Driver:
    """The session's driver, after deleting every node and relationship.

    Constraints and indexes stay (they are idempotent to create). Pass
    `database_=neo4j_settings.database` to `execute_query`.
    """
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n", database_=neo4j_settings.database)
    return neo4j_driver


# --- RDF ------------------------------------------------------------------------------

RDF_SAMPLE_ARTICLE = REPO_ROOT / "tests" / "fixtures" / "rdf-sample-article.txt"


def _extracted(*paths: Path) -> list:
    from kg.extract import extract_relations
    from kg.ingest import read_articles

    articles = list(read_articles([str(p) for p in paths], on_error="raise"))
    return [relation for _, relations in extract_relations(articles) for relation in relations]


@pytest.fixture(scope="session")
def example_relations() -> list:
    """The relations of examples/articles, extracted once per session."""
    return _extracted(REPO_ROOT / "examples" / "articles")


@pytest.fixture(scope="session")
def sample_relations() -> list:
    """The relations of tests/fixtures/rdf-sample-article.txt: accents, quotes, negated and hedged relations."""
    return _extracted(RDF_SAMPLE_ARTICLE)
