"""The local Neo4j server (scripts/neo4j_local.py) and the fixtures built on it.

Unit tests of the pure helpers first, then tests against the session's real server,
then start failures, which run their own short-lived JVMs.
"""

from __future__ import annotations

import ipaddress
import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from neo4j import GraphDatabase

REPO_ROOT = Path(__file__).resolve().parent.parent
NEO4J_LOCAL = REPO_ROOT / "scripts" / "neo4j-local"

# --- pure helpers -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("compose_text", "expected"),
    [
        ("services:\n  neo4j:\n    image: neo4j:5.26.30-community\n", "5.26.30"),
        ("    image: 'neo4j:5.1.0-community'  # pinned\n", "5.1.0"),
        ('    image: "neo4j:2025.10.1-community"\n', "2025.10.1"),
        ("    image: neo4j:5.26.30-community\n    image: neo4j:5.26.30-community\n", "5.26.30"),
    ],
)
def test_version_is_read_from_the_compose_image_tag(neo4j_local, tmp_path, compose_text, expected):
    compose = tmp_path / "docker-compose.yml"
    compose.write_text(compose_text)
    assert neo4j_local.neo4j_version(compose) == expected


@pytest.mark.parametrize(
    "compose_text",
    [
        "services: {}\n",  # no neo4j image
        "    image: neo4j:5.26.30-enterprise\n",  # not Community
        "    image: neo4j:latest\n",  # not pinned
        "    image: neo4j:5.26.30-community\n    image: neo4j:5.26.29-community\n",  # ambiguous
    ],
)
def test_version_line_missing_or_ambiguous_is_an_error(neo4j_local, tmp_path, compose_text):
    compose = tmp_path / "docker-compose.yml"
    compose.write_text(compose_text)
    with pytest.raises(neo4j_local.Neo4jLocalError, match=re.escape("exactly one `image: neo4j:X.Y.Z-community`")):
        neo4j_local.neo4j_version(compose)


def test_repository_pins_one_neo4j_version(neo4j_local):
    assert neo4j_local.neo4j_version(REPO_ROOT / "docker-compose.yml").count(".") == 2


def test_server_config_listens_on_loopback_only(neo4j_local):
    config = neo4j_local.server_config(17687, 17474)
    addresses = {key: value for key, value in config.items() if key.endswith(("_address", "listen_address"))}
    assert addresses and all(value.startswith("127.0.0.1") for value in addresses.values()), addresses
    assert config["dbms.security.auth_enabled"] == "true"
    assert config["server.https.enabled"] == "false"
    assert config["dbms.usage_report.enabled"] == "false"


def test_the_docker_server_caches_plans_as_the_local_one_does(neo4j_local):
    # A Docker user's first load plans as little as a local server's: the same setting,
    # in the docker image's environment-variable spelling (. is _, _ is __).
    setting = "internal.cypher.use_parameter_size"
    variable = "NEO4J_" + setting.replace("_", "__").replace(".", "_")
    compose = (REPO_ROOT / "docker-compose.yml").read_text(encoding="utf-8")
    value = neo4j_local.server_config(17687, 17474)[setting]
    assert re.search(rf'^\s+{variable}: "{value}"\s*$', compose, re.M), f"docker-compose.yml: {variable}: {value!r}"


def test_settings_as_env_names_the_variables_the_cli_reads(neo4j_local):
    settings = neo4j_local.Neo4jSettings(uri="bolt://127.0.0.1:1", password="secret")
    assert settings.as_env() == {
        "NEO4J_URI": "bolt://127.0.0.1:1",
        "NEO4J_USER": "neo4j",
        "NEO4J_PASSWORD": "secret",
        "NEO4J_DATABASE": "neo4j",
    }


# --- the session's server ---------------------------------------------------------


def test_server_runs_the_version_pinned_in_docker_compose(neo4j_local, neo4j_settings, neo4j_driver):
    pinned = neo4j_local.neo4j_version()
    records, _, _ = neo4j_driver.execute_query("CALL dbms.components()", database_=neo4j_settings.database)
    kernel = next(record for record in records if record["name"] == "Neo4j Kernel")
    where = "the local server" if neo4j_settings.home else f"the server at NEO4J_URI={neo4j_settings.uri}"
    assert kernel["versions"] == [pinned], f"{where} runs Neo4j {kernel['versions']}; docker-compose.yml pins {pinned}"
    if neo4j_settings.home:
        assert kernel["edition"] == "community"


def listening_addresses(port: int) -> set[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    """Local addresses of the listening TCP sockets on `port` (Linux /proc/net/tcp, tcp6)."""
    addresses = set()
    for table in (Path("/proc/net/tcp"), Path("/proc/net/tcp6")):
        for line in table.read_text().splitlines()[1:]:
            fields = line.split()
            host, hex_port = fields[1].split(":")
            if fields[3] != "0A" or int(hex_port, 16) != port:  # 0A: LISTEN
                continue
            raw = bytes.fromhex(host)  # 32-bit words in host (little-endian) order
            raw = b"".join(raw[i : i + 4][::-1] for i in range(0, len(raw), 4))
            address = ipaddress.ip_address(raw)
            addresses.add(getattr(address, "ipv4_mapped", None) or address)
    return addresses


def test_local_server_listens_on_loopback_only(neo4j_settings):
    if neo4j_settings.home is None:
        pytest.skip(f"NEO4J_URI={neo4j_settings.uri} is not a server this session started")
    if not Path("/proc/net/tcp").is_file():
        pytest.skip("needs Linux /proc/net/tcp to list listening sockets")
    env = neo4j_settings.as_env()
    for url in (env["NEO4J_URI"], neo4j_settings.http_url):
        port = int(url.rsplit(":", 1)[1])
        assert listening_addresses(port) == {ipaddress.IPv4Address("127.0.0.1")}, url


def test_local_server_settings_are_exported_for_subprocesses(neo4j_settings):
    if neo4j_settings.home is None:
        pytest.skip(f"NEO4J_URI={neo4j_settings.uri} came from the environment")
    assert {key: os.environ.get(key) for key in neo4j_settings.as_env()} == neo4j_settings.as_env()


@pytest.mark.parametrize("attempt", [1, 2])  # the second attempt proves neo4j_db wiped the first
def test_write_then_read_round_trip(neo4j_db, neo4j_settings, attempt):
    database = neo4j_settings.database
    neo4j_db.execute_query(
        "CREATE (:Entity {key: $key, name: $name})-[:MENTIONED_IN]->(:Article {id: $article})",
        key="org:acme",
        name="Acme Corp",
        article="a1",
        database_=database,
    )
    records, _, _ = neo4j_db.execute_query(
        "MATCH (e:Entity)-[:MENTIONED_IN]->(a:Article) RETURN e.key AS key, e.name AS name, a.id AS article",
        database_=database,
    )
    assert [record.data() for record in records] == [{"key": "org:acme", "name": "Acme Corp", "article": "a1"}]


# --- the command line and start failures -------------------------------------------


def test_run_gives_the_command_the_settings_and_its_exit_status(neo4j_jars):
    # The child proves Bolt is up, reports the home, and exits 3; `run` must pass the 3 on.
    child = (
        "import os, socket; port = int(os.environ['NEO4J_URI'].rsplit(':', 1)[1]);"
        "socket.create_connection(('127.0.0.1', port), timeout=5).close();"
        "print(os.environ['KG_NEO4J_HOME']); raise SystemExit(3)"
    )
    env = {key: value for key, value in os.environ.items() if not key.startswith(("NEO4J_", "KG_NEO4J_"))}
    result = subprocess.run(
        [sys.executable, NEO4J_LOCAL, "run", "--no-warm-up", "--", sys.executable, "-c", child],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    assert result.returncode == 3, result.stderr
    home = Path(result.stdout.strip())
    assert home.name.startswith("neo4j-") and not home.exists()  # stopped, temporary home deleted
    assert "stopped Neo4j" in result.stderr


def test_start_fails_loudly_when_the_bolt_port_is_taken(neo4j_local, neo4j_jars, tmp_path):
    home = tmp_path / "home"
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, NEO4J_LOCAL, "start", "--data-dir", home, "--bolt-port", str(port)],
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert result.returncode == 1
    assert result.stdout == ""  # no export lines to eval
    cause = next(line for line in result.stderr.splitlines() if line.startswith("neo4j-local: error: "))
    assert "Neo4j exited" in cause and f"127.0.0.1:{port}" in cause and "Address already in use" in cause, cause
    assert "--- last " in result.stderr and f"{home / 'logs' / 'neo4j.log'} ---" in result.stderr
    assert neo4j_local.running_pid(home) is None


def test_start_fails_loudly_on_an_unknown_setting(neo4j_local, neo4j_jars, tmp_path):
    server = neo4j_local.LocalNeo4j(tmp_path / "home", config={"server.no_such_setting": "1"}, progress=lambda _: None)
    with pytest.raises(neo4j_local.Neo4jLocalError) as raised:
        server.start()
    assert "Unrecognized setting" in raised.value.cause and "server.no_such_setting" in raised.value.cause
    assert "\n" not in raised.value.cause  # one line; the details are in log_tail
    assert raised.value.log_tail
    assert server.settings is None and neo4j_local.running_pid(tmp_path / "home") is None


def test_eval_make_neo4j_starts_one_server_and_again_reuses_it(neo4j_local, neo4j_jars):
    # The README's form, word for word, twice in one shell: one server, its settings
    # exported both times, nothing printed that would start or orphan another.
    script = """
set -e
eval "$(make neo4j)"
first="$NEO4J_URI $KG_NEO4J_HOME"
eval "$(make neo4j)"
echo "first=$first"
echo "second=$NEO4J_URI $KG_NEO4J_HOME"
echo "password=$NEO4J_PASSWORD"
"""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("NEO4J_", "KG_NEO4J_", "MAKE")) and key != "MFLAGS"
    }
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True, env=env, cwd=REPO_ROOT, timeout=300)
    lines = dict(line.split("=", 1) for line in result.stdout.splitlines())
    uri, home = lines["first"].split(" ")
    try:
        assert result.returncode == 0, result.stderr
        assert lines["second"] == lines["first"] and uri.startswith("bolt://127.0.0.1:")
        # make echoing its recipe would have made eval start a second server (and print its password)
        assert result.stderr.count("neo4j-local: starting Neo4j") == 1
        assert "already runs in" in result.stderr
        assert lines["password"] and lines["password"] not in result.stderr  # never shown, only exported
        assert neo4j_local.running_pid(Path(home)) is not None
        # The first start planned kg's loader queries (a first load does not wait for
        # them), and left no data behind.
        assert result.stderr.count("neo4j-local: warmed up kg's loader queries in") == 1, result.stderr
        with GraphDatabase.driver(uri, auth=("neo4j", lines["password"])) as driver:
            counts = driver.execute_query("RETURN COUNT { (n) } AS nodes, COUNT { ()-[]->() } AS edges").records[0]
        assert (counts["nodes"], counts["edges"]) == (0, 0)
    finally:
        neo4j_local.stop_server(Path(home))
    assert neo4j_local.running_pid(Path(home)) is None and not Path(home).exists()
