"""A database that cannot be used: wrong password, wrong URI, server down; transient
errors provoked for real on the server; passwords kept out of messages, help and logs.

Already covered elsewhere, not repeated here: the permanent error (a constraint
violation) not retried, and a dropped connection retried once
(tests/test_load.py); the local test server listening on 127.0.0.1 only
(tests/test_neo4j_local.py::test_local_server_listens_on_loopback_only); the server
killed mid-load (test_server_killed.py).
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest

from kg.model import ArticleMeta, Evidence, Relation
from kg.records import write_relations
from kg.store.neo4j import Neo4jSettings, connect, load_relations
from tests.helpers import RUTTE, TRUMP, kg

ROOT = Path(__file__).resolve().parents[2]
SECRET = "Sup3r-S3cret-pw"
RELATIONS = [
    Relation(RUTTE, "meet", TRUMP, Evidence(doc, "Mark Rutte met Donald Trump.", 0, 28, "test"), ArticleMeta(doc))
    for doc in ("a1", "a2")
]

# The same articles re-extracted with another confidence: loading RELATIONS after them
# rewrites both (an unchanged article would be left alone, and take no lock).
REVISED = [replace(r, confidence=0.5) for r in RELATIONS]

# (label, --uri or None for the session server's, whether the password is wrong, what the one line says)
BAD = [
    ("wrong-password", None, True, "refused the credentials of user 'neo4j' (check NEO4J_PASSWORD)"),
    ("malformed", "not a uri", False, "invalid Neo4j URI 'not a uri': the scheme must be one of bolt,"),
    ("wrong-scheme", "http://127.0.0.1:7474", False, "invalid Neo4j URI 'http://127.0.0.1:7474': the scheme"),
    ("bad-port", "bolt://127.0.0.1:notaport", False, "cannot reach Neo4j at bolt://127.0.0.1:notaport:"),
    (
        "unknown-host",
        "bolt://no-such-host.invalid:7687",
        False,
        "cannot reach Neo4j at bolt://no-such-host.invalid:7687: the host name does not resolve (",
    ),
    (
        "server-down",
        "bolt://127.0.0.1:1",
        False,
        "cannot reach Neo4j at bolt://127.0.0.1:1: connection refused: no "
        'Neo4j server listens at that port; start one with `eval "$(make neo4j)"` or `docker compose up -d neo4j`, '
        "or set NEO4J_URI (or --uri) to your server",
    ),
    ("routing-down", "neo4j://127.0.0.1:1", False, "cannot reach Neo4j at neo4j://127.0.0.1:1: connection refused: "),
    ("password-in-uri", f"bolt://neo4j:{SECRET}@127.0.0.1:1", False, "invalid Neo4j URI 'bolt://127.0.0.1:1'"),
]


def count_nodes(driver) -> int:
    return driver.execute_query("MATCH (n) RETURN count(n) AS n").records[0]["n"]


@pytest.fixture
def triples(tmp_path: Path) -> Path:
    path = tmp_path / "t.jsonl"
    with open(path, "w", encoding="utf-8") as stream:
        write_relations(RELATIONS, stream)
    return path


@pytest.mark.parametrize("command", ["load", "query", "init-db"])
@pytest.mark.parametrize(("uri", "wrong_password", "says"), [case[1:] for case in BAD], ids=[c[0] for c in BAD])
def test_an_unusable_database_is_one_line_naming_the_uri_and_nothing_is_written(
    own_db, triples: Path, command: str, uri: str | None, wrong_password: bool, says: str
) -> None:
    neo4j_settings, neo4j_db = own_db
    args = {"load": ["load", str(triples)], "query": ["query", "top-actors"], "init-db": ["init-db"]}[command]
    password = SECRET if wrong_password else neo4j_settings.password
    result = kg(*args, "--uri", uri or neo4j_settings.uri, env={"NEO4J_PASSWORD": password})
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kg: error: ") and says in lines[0]
    assert SECRET not in result.stderr + result.stdout and neo4j_settings.password not in result.stderr
    assert result.stdout == ""
    assert count_nodes(neo4j_db) == 0


@pytest.mark.parametrize(
    ("uri", "wrong_password"), [("bolt://127.0.0.1:1", False), (None, True)], ids=["server-down", "wrong-password"]
)
def test_build_writes_its_files_and_then_fails_the_load(
    own_db, tmp_path: Path, uri: str | None, wrong_password: bool
) -> None:
    """`kg build --neo4j` extracts and writes first: the files stay, the load fails with exit status 1."""
    neo4j_settings, neo4j_db = own_db
    article = tmp_path / "news.txt"
    article.write_text("Mark Rutte met Donald Trump in Washington on Thursday.\n")
    out = tmp_path / "out"
    result = kg(
        "build",
        str(article),
        "--out",
        str(out),
        "--neo4j",
        "--uri",
        uri or neo4j_settings.uri,
        env={"NEO4J_PASSWORD": SECRET if wrong_password else neo4j_settings.password},
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith("kg: error: ")
    assert "Traceback" not in result.stderr and SECRET not in result.stderr
    assert {p.name for p in out.iterdir()} >= {"triples.jsonl", "graph.ttl", "graph.html"}
    assert "mark-rutte" in (out / "triples.jsonl").read_text()
    assert count_nodes(neo4j_db) == 0


@pytest.mark.parametrize("command", ["load", "query", "init-db", "build", "browse", "export"])
def test_help_never_shows_the_password_from_the_environment(command: str) -> None:
    result = kg(command, "--help", env={"NEO4J_PASSWORD": SECRET})
    assert result.returncode == 0 and "--password" in result.stdout
    assert SECRET not in result.stdout + result.stderr


def test_settings_repr_hides_the_password() -> None:
    settings = Neo4jSettings(uri="bolt://example.org:7687", password=SECRET)
    assert SECRET not in repr(settings) and SECRET not in str(settings)


def test_driver_logs_never_hold_the_password(own_db, caplog) -> None:
    """Even at DEBUG, where the driver logs every Bolt message (HELLO and LOGON included)."""
    from kg.errors import DatabaseError

    neo4j_settings, _ = own_db
    with caplog.at_level(logging.DEBUG, logger="neo4j"):
        with pytest.raises(DatabaseError) as refused, connect(Neo4jSettings(neo4j_settings.uri, password=SECRET)):
            pass
        with connect(Neo4jSettings(neo4j_settings.uri, password=neo4j_settings.password)) as driver:
            driver.execute_query("RETURN 1")
    assert "LOGON" in caplog.text or "HELLO" in caplog.text  # the handshake was logged
    assert SECRET not in caplog.text + str(refused.value)
    assert neo4j_settings.password not in caplog.text


def test_retry_time_is_bounded_and_configurable(monkeypatch) -> None:
    assert 0 < Neo4jSettings().max_retry_time <= 30
    monkeypatch.setenv("NEO4J_MAX_RETRY_TIME", "2.5")
    assert Neo4jSettings.from_env().max_retry_time == 2.5


# --- transient errors, provoked on the real server ----------------------------------------


@pytest.fixture(scope="module")
def own_server(neo4j_local, neo4j_jars):
    """A server of this module's own: db.lock.acquisition.timeout is 1 s, so a held lock
    fails a writer with Neo.TransientError.Transaction.LockAcquisitionTimeout instead of
    blocking it (the setting is dynamic in Enterprise only), and wrong passwords never
    lock the user out (the session server would refuse every login for 5 s after three).
    Yields (settings, driver)."""
    from neo4j import GraphDatabase

    server = neo4j_local.LocalNeo4j(
        heap="512m", config={"db.lock.acquisition.timeout": "1s", "dbms.security.auth_max_failed_attempts": "0"}
    )
    settings = server.start()
    try:
        with GraphDatabase.driver(settings.uri, auth=(settings.user, settings.password)) as driver:
            yield settings, driver
    finally:
        server.stop()


@pytest.fixture
def own_db(own_server):
    settings, driver = own_server
    driver.execute_query("MATCH (n) DETACH DELETE n")
    return settings, driver


def test_a_lock_timeout_is_retried_with_backoff_until_the_lock_is_free(own_db, caplog) -> None:
    _, neo4j_db = own_db
    load_relations(neo4j_db, RELATIONS)
    load_relations(neo4j_db, REVISED)  # every query of a reload planned before the clock runs
    with neo4j_db.session() as holder:
        tx = holder.begin_transaction()
        tx.run("MATCH (a:Article {id: 'a1'}) SET a.held = true").consume()  # a write lock on article a1
        release = threading.Timer(3.0, tx.rollback)
        release.start()
        started = time.monotonic()
        try:
            with caplog.at_level(logging.WARNING, logger="neo4j"):
                summary = load_relations(neo4j_db, RELATIONS)  # replaces a1: needs that lock
        finally:
            release.join()
    seconds = time.monotonic() - started
    retries = [r.getMessage() for r in caplog.records if "will be retried" in r.getMessage()]
    assert retries and all("LockAcquisitionTimeout" in message for message in retries)
    assert seconds >= 3.0  # waited for the lock through retries, did not give up
    assert (summary.articles_replaced, summary.relations_replaced) == (2, 2)
    assert count_nodes(neo4j_db) == 6  # 2 entities, 2 articles, 2 statements: nothing twice


def test_a_lock_held_past_the_retry_time_fails_in_one_line(own_db) -> None:
    """A transient error that does not clear is retried for max_retry_time, then reported."""
    from kg.errors import DatabaseError

    neo4j_settings, neo4j_db = own_db
    load_relations(neo4j_db, RELATIONS)
    load_relations(neo4j_db, REVISED)
    with neo4j_db.session() as holder:
        tx = holder.begin_transaction()
        tx.run("MATCH (a:Article {id: 'a1'}) SET a.held = true").consume()
        settings = Neo4jSettings(neo4j_settings.uri, password=neo4j_settings.password, max_retry_time=2)
        started = time.monotonic()
        try:
            with pytest.raises(DatabaseError) as failed, connect(settings) as driver:
                load_relations(driver, RELATIONS)
        finally:
            tx.rollback()
    message = str(failed.value)
    assert time.monotonic() - started < 15
    assert message.startswith(f"Neo4j at {neo4j_settings.uri}: writing article 'a1' and 1 more failed (retried for ")
    assert "Neo.TransientError.Transaction.LockAcquisitionTimeout" in message and "\n" not in message
