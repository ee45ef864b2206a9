"""Run a throwaway Neo4j Community server without Docker, for tests and local use.

Consumes the Neo4j version pinned in docker-compose.yml; resolves that release from
Maven Central with `mvn` and produces a server on 127.0.0.1 with a generated password,
warmed up for kg's loader (`warm_up`), described as NEO4J_* settings (an env file,
`export` lines, or a `Neo4jSettings`).

Standard library only (Python 3.11+, POSIX), importable by path: tests/conftest.py
uses `LocalNeo4j`. Command line: `scripts/neo4j-local -h`.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import importlib.util
import json
import os
import re
import secrets
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

_SCRIPTS = str(Path(__file__).resolve().parent)
if _SCRIPTS not in sys.path:  # maven_jars.py beside this script, however the script is loaded
    sys.path.insert(0, _SCRIPTS)

import maven_jars  # noqa: E402
from maven_jars import cache_root, copy_jars  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parent.parent
COMPOSE_FILE = REPO_ROOT / "docker-compose.yml"
POM_FILE = REPO_ROOT / "scripts" / "neo4j" / "pom.xml"

ENV_FILE = "kg-neo4j.env"  # NEO4J_* settings, sourceable by a shell
PID_FILE = "kg-neo4j.pid"
TEMPORARY_MARKER = "kg-neo4j.temporary"  # present when `stop` may delete the home
STDOUT_FILE = "logs/kg-neo4j.out"  # the JVM's stdout and stderr
LOG_TAIL_LINES = 40
STARTUP_TIMEOUT = 120.0
WARM_UP_TIMEOUT = 300.0
STOP_TIMEOUT = 60.0

# The flags Neo4j's own launcher passes (neo4j 5.26 `bin/neo4j`), minus AlwaysPreTouch,
# which makes a 1 GB heap slower to start and buys nothing for a test server, plus
# TieredStopAtLevel=1: only the JIT's quick compiler. Neo4j's start and its Cypher planner
# run a great deal of code a few times each, which the optimising compiler spends CPU on
# and never pays back in a short-lived server (README, Loading: start and first load).
JVM_OPTIONS = (
    "-XX:TieredStopAtLevel=1",
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Djdk.tls.ephemeralDHKeySize=2048",
    "-Djdk.tls.rejectClientInitiatedRenegotiation=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-Dlog4j2.disable.jmx=true",
)

_IMAGE_TAG = re.compile(r"^\s*image:\s*[\"']?neo4j:(\d+\.\d+\.\d+)-community[\"']?\s*(?:#.*)?$", re.M)


class Neo4jLocalError(RuntimeError):
    """The local server could not be resolved, started or stopped.

    `cause` is one line saying what went wrong; `log_tail` holds the last lines of
    the logs that show why (mvn's, or the server's).
    """

    def __init__(self, cause: str, log_tail: str = "") -> None:
        super().__init__(f"{cause}\n{log_tail}" if log_tail else cause)
        self.cause = cause
        self.log_tail = log_tail


@dataclass(frozen=True, slots=True)
class Neo4jSettings:
    """How to reach a Neo4j server; `version`, `http_url` and `home` are None when unknown."""

    uri: str
    user: str = "neo4j"
    password: str = "neo4j"
    database: str = "neo4j"
    http_url: str | None = None
    version: str | None = None
    home: Path | None = None

    def as_env(self) -> dict[str, str]:
        """The NEO4J_* variables the kg CLI reads, plus NEO4J_HTTP_URL and KG_NEO4J_HOME when known."""
        env = {
            "NEO4J_URI": self.uri,
            "NEO4J_USER": self.user,
            "NEO4J_PASSWORD": self.password,
            "NEO4J_DATABASE": self.database,
        }
        if self.http_url is not None:
            env["NEO4J_HTTP_URL"] = self.http_url
        if self.home is not None:
            env["KG_NEO4J_HOME"] = str(self.home)
        return env


def _progress(message: str) -> None:
    print(f"neo4j-local: {message}", file=sys.stderr, flush=True)


# --- version and cache ------------------------------------------------------------


def neo4j_version(compose_file: Path = COMPOSE_FILE) -> str:
    """The X.Y.Z of the `image: neo4j:X.Y.Z-community` line in docker-compose.yml."""
    try:
        text = Path(compose_file).read_text(encoding="utf-8")
    except OSError as error:
        raise Neo4jLocalError(f"cannot read the Neo4j version from {compose_file}: {error}") from None
    versions = set(_IMAGE_TAG.findall(text))
    if len(versions) != 1:
        found = ", ".join(sorted(versions)) or "none"
        raise Neo4jLocalError(
            f"{compose_file} must have exactly one `image: neo4j:X.Y.Z-community` line (found: {found})"
        )
    return versions.pop()


def resolve_neo4j(
    version: str,
    *,
    browser: bool = False,
    cache: Path | None = None,
    progress: Callable[[str], None] = _progress,
) -> list[Path]:
    """Class-path folders for Neo4j `version` (and Neo4j Browser), resolving them with mvn once.

    Returns `[<cache>/neo4j-<version>/lib]`, plus `.../browser` when `browser` is true.
    """
    cache = cache or cache_root()
    dist = cache / f"neo4j-{version}"
    folders = [_resolve_folder(dist / "lib", "dependency:copy-dependencies", version, cache, progress)]
    if browser:
        folders.append(_resolve_folder(dist / "browser", "dependency:copy@browser", version, cache, progress))
    return folders


def _resolve_folder(folder: Path, goal: str, version: str, cache: Path, progress: Callable[[str], None]) -> Path:
    arguments = ["-f", str(POM_FILE), f"-Dneo4j.version={version}", f"-Dmaven.repo.local={cache / 'm2'}", goal]
    return copy_jars(
        folder,
        arguments,
        name=f"Neo4j {version}",
        label=f"Neo4j {version} ({folder.name})",
        project="kg-neo4j-local",
        log=folder.parent / f"mvn-{folder.name}.log",
        enough=bool,
        fail=_failure,
        progress=progress,
    )


def _failure(cause: str, log: Path | None) -> Neo4jLocalError:
    return Neo4jLocalError(cause, _tail_files([log]) if log is not None else "")


def java_executable() -> str:
    """$JAVA_HOME/bin/java when JAVA_HOME is set, else `java` from PATH."""
    return maven_jars.java_executable(_failure, "Neo4j 5 needs Java 17 or 21")


# --- server home ------------------------------------------------------------------


def free_ports(count: int) -> list[int]:
    """Ports on 127.0.0.1 that the OS says are free (sockets held together, so distinct)."""
    with contextlib.ExitStack() as stack:
        sockets = [stack.enter_context(socket.socket()) for _ in range(count)]
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in sockets]


def server_config(bolt_port: int, http_port: int, *, heap: str = "1g", pagecache: str = "256m") -> dict[str, str]:
    """neo4j.conf for a loopback-only server with authentication on and no phoning home."""
    return {
        "server.default_listen_address": "127.0.0.1",
        "server.default_advertised_address": "127.0.0.1",
        "server.bolt.enabled": "true",
        "server.bolt.listen_address": f"127.0.0.1:{bolt_port}",
        "server.bolt.advertised_address": f"127.0.0.1:{bolt_port}",
        "server.http.enabled": "true",
        "server.http.listen_address": f"127.0.0.1:{http_port}",
        "server.http.advertised_address": f"127.0.0.1:{http_port}",
        "server.https.enabled": "false",
        "dbms.security.auth_enabled": "true",
        "dbms.usage_report.enabled": "false",
        "client.allow_telemetry": "false",  # Neo4j Browser's usage reports
        "server.directories.logs": "logs",
        # Netty waits this many seconds (default 5, twice) for new work before Bolt stops.
        "internal.dbms.bolt.netty_server_shutdown_quiet_period": "0",
        "server.memory.heap.initial_size": heap,  # what the JVM gets (-Xms, -Xmx); Neo4j checks
        "server.memory.heap.max_size": heap,
        "server.memory.pagecache.size": pagecache,
        # Plans are cached per query text and parameter types; by default also per size
        # class of each list parameter (0, 1, up to 10, up to 100, ...), so a load of 40
        # relations would plan again every query that one of 4 planned. kg's loader finds
        # nodes by unique keys and hinted indexes: list sizes do not change its plans.
        "internal.cypher.use_parameter_size": "false",
    }


def read_env_file(home: Path) -> dict[str, str]:
    """The variables of `<home>/kg-neo4j.env` (empty when there is none)."""
    path = Path(home) / ENV_FILE
    if not path.is_file():
        return {}
    pairs = (shlex.split(line)[0].split("=", 1) for line in path.read_text().splitlines() if "=" in line)
    return dict(pairs)


def log_tail(home: Path, lines: int = LOG_TAIL_LINES) -> str:
    """The last `lines` lines of the server's neo4j.log, debug.log and stdout file."""
    logs = Path(home) / "logs"
    text = _tail_files([logs / "neo4j.log", logs / "debug.log", Path(home) / STDOUT_FILE], lines)
    return text or f"(no server logs under {logs})"


def _tail_files(paths: list[Path], lines: int = LOG_TAIL_LINES) -> str:
    parts = []
    for path in paths:
        if path.is_file() and path.stat().st_size:
            with open(path, errors="replace") as handle:
                tail = deque(handle, maxlen=lines)
            parts.append(f"--- last {len(tail)} lines of {path} ---\n" + "".join(tail).rstrip("\n"))
    return "\n".join(parts)


# --- the process ------------------------------------------------------------------


def _read_pid(home: Path) -> int | None:
    try:
        return int((Path(home) / PID_FILE).read_text().strip())
    except (OSError, ValueError):
        return None


def _is_server_of(pid: int, home: Path) -> bool:
    """True while `pid` is alive (not a zombie) and is the Neo4j JVM of `home`."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    proc = Path(f"/proc/{pid}")
    if not proc.is_dir():  # no procfs (macOS): trust the pid file
        return True
    try:
        state = (proc / "stat").read_text().rsplit(")", 1)[1].split()[0]
        command = (proc / "cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    return state != "Z" and f"--home-dir={home}".encode() in command


def running_pid(home: Path) -> int | None:
    """The pid of the server running in `home`, or None."""
    pid = _read_pid(home)
    return pid if pid is not None and _is_server_of(pid, Path(home).resolve()) else None


def _signal_group(pid: int, signum: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        if os.getpgid(pid) == pid:
            os.killpg(pid, signum)
        else:
            os.kill(pid, signum)


def _terminate(pid: int, home: Path, timeout: float, proc: subprocess.Popen | None = None) -> None:
    """SIGTERM the server's process group, then SIGKILL it after `timeout` seconds."""
    _signal_group(pid, signal.SIGTERM)
    for signum, wait in ((signal.SIGKILL, timeout), (None, 10.0)):
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if (proc is not None and proc.poll() is not None) or not _is_server_of(pid, home):
                return
            time.sleep(0.1)
        if signum is None:
            raise Neo4jLocalError(f"Neo4j (pid {pid}) did not exit after SIGKILL")
        _progress(f"Neo4j (pid {pid}) ignored SIGTERM for {timeout:.0f} s: sending SIGKILL")
        _signal_group(pid, signum)


def stop_server(home: Path, *, timeout: float = STOP_TIMEOUT, proc: subprocess.Popen | None = None) -> bool:
    """Stop the server of `home` and delete `home` if `start` made it; False if none ran."""
    home = Path(home).resolve()
    pid = running_pid(home)
    if pid is None and proc is not None and proc.poll() is None:  # launched, pid file not yet written
        pid = proc.pid
    if pid is not None:
        _terminate(pid, home, timeout, proc)
    with contextlib.suppress(FileNotFoundError):
        (home / PID_FILE).unlink()
    if (home / TEMPORARY_MARKER).is_file():
        shutil.rmtree(home, ignore_errors=True)
    return pid is not None


def _bolt_answers(port: int) -> bool:
    """True once a Bolt handshake on 127.0.0.1:`port` gets its 4-byte answer."""
    # Magic preamble, then four version proposals: 5.4 down to 5.0, 4.4, none, none.
    handshake = bytes.fromhex("6060b01700040405000004040000000000000000")
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=2) as sock:
            sock.sendall(handshake)
            return len(sock.recv(4)) == 4
    except OSError:
        return False


def _http_discovery_answers(http_url: str) -> bool:
    """True once the HTTP discovery document (JSON with bolt_direct) is served."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never via a proxy
    request = urllib.request.Request(http_url + "/", headers={"Accept": "application/json"})
    try:
        with opener.open(request, timeout=2) as response:
            return "bolt_direct" in json.load(response)
    except (OSError, ValueError):
        return False


def _first_error(home: Path) -> str | None:
    """The first ERROR the server logged and its innermost causes, as one line.

    Neo4j's own message can mislead (a Bolt port clash reads "Failed to start Neo4j on
    <http address>"); the last two `Caused by:` lines name the socket and the errno.
    """
    for path in (home / "logs" / "neo4j.log", home / STDOUT_FILE):
        lines = path.read_text(errors="replace").splitlines() if path.is_file() else []
        for index, line in enumerate(lines):
            if " ERROR " in line or line.startswith(("Error", "Exception")):
                trace = [lines[index].split(" ERROR ", 1)[-1].strip()]
                for later in lines[index + 1 :]:
                    if later[:4].isdigit():  # the next timestamped entry ends the stack trace
                        break
                    if later.startswith("Caused by: "):
                        trace.append(later.removeprefix("Caused by: ").split(": ", 1)[-1])
                return "; caused by: ".join([trace[0].rstrip("."), *trace[1:][-2:]])[:500]
    return None


# --- warm-up ----------------------------------------------------------------------


def kg_python() -> str | None:
    """A Python that imports kg: this one, else the repository's .venv; None when neither does."""
    if importlib.util.find_spec("kg") is not None:
        return sys.executable
    venv = REPO_ROOT / ".venv" / "bin" / "python"
    return str(venv) if venv.is_file() else None


def warm_up(settings: Neo4jSettings, progress: Callable[[str], None] = _progress) -> bool:
    """Run `python -m kg.store.warm_up` against the server: kg's loader queries, planned once.

    On a server just started, the first `kg load` spends seconds planning its queries;
    this spends them now, leaving kg's constraints and indexes and no data. A failure is
    reported through `progress` and is not an error: the server works without it.
    Returns whether the warm-up ran to the end.
    """
    python = kg_python()
    if python is None:
        progress("no warm-up: kg is not installed here (`make install`); the first load plans its queries")
        return False
    started = time.monotonic()
    try:
        result = subprocess.run(
            [python, "-m", "kg.store.warm_up"],
            stdin=subprocess.DEVNULL,
            capture_output=True,  # never on stdout: `eval "$(make neo4j)"` reads it
            text=True,
            env={**os.environ, **settings.as_env()},
            timeout=WARM_UP_TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        progress(f"warm-up stopped after {WARM_UP_TIMEOUT:.0f} s; the server works, the first load is slower")
        return False
    if result.returncode != 0:
        lines = (result.stderr or result.stdout).strip().splitlines()
        progress(
            f"warm-up failed ({lines[-1] if lines else f'exit status {result.returncode}'}); "
            "the server works, the first load is slower"
        )
        return False
    progress(f"warmed up kg's loader queries in {time.monotonic() - started:.1f} s")
    return True


class LocalNeo4j:
    """A Neo4j Community server on 127.0.0.1, in its own home, started and stopped from Python.

    Example (a context manager that yields the `Neo4jSettings`)::

        with LocalNeo4j() as settings:
            driver = GraphDatabase.driver(settings.uri, auth=(settings.user, settings.password))

    Args:
        home: The server home (conf/, data/, logs/). None makes a temporary one under
            `<cache>/homes/`, which `stop` deletes; a given home is kept and can be reused.
        bolt_port: Bolt port on 127.0.0.1; None asks the OS for a free one.
        http_port: HTTP port on 127.0.0.1; None asks the OS for a free one.
        browser: Also resolve Neo4j Browser, served at `<http_url>/browser/`.
        config: Extra neo4j.conf settings, applied after the defaults of `server_config`.
        heap: JVM heap size, as Neo4j and `java -Xmx` both read it.
        jvm_options: The JVM's flags besides the heap size (benchmarks compare others).
        startup_timeout: Seconds to wait for Bolt and HTTP to answer.
        warm_up: Once the server answers, plan kg's loader queries (`warm_up`), so that
            a first load does not wait for them: `start` returns seconds later.
        detached: Leave the server running when this Python process exits (the CLI's
            `start`); otherwise an exit handler stops it if `stop` was never called.
        compose_file: Where the Neo4j version is read from.
        progress: Receives one-line progress messages; the default writes to stderr.
    """

    def __init__(
        self,
        home: Path | str | None = None,
        *,
        bolt_port: int | None = None,
        http_port: int | None = None,
        browser: bool = False,
        config: Mapping[str, str] | None = None,
        heap: str = "1g",
        jvm_options: Sequence[str] = JVM_OPTIONS,
        startup_timeout: float = STARTUP_TIMEOUT,
        warm_up: bool = True,
        detached: bool = False,
        compose_file: Path = COMPOSE_FILE,
        progress: Callable[[str], None] = _progress,
    ) -> None:
        self.home = Path(home).expanduser().resolve() if home is not None else None
        self.bolt_port, self.http_port = bolt_port, http_port
        self.browser = browser
        self.config = dict(config or {})
        self.heap = heap
        self.jvm_options = tuple(jvm_options)
        self.startup_timeout = startup_timeout
        self.warm_up = warm_up
        self.detached = detached
        self.compose_file = compose_file
        self.progress = progress
        self.settings: Neo4jSettings | None = None
        self._home: Path | None = None
        self._proc: subprocess.Popen | None = None

    def __enter__(self) -> Neo4jSettings:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def start(self) -> Neo4jSettings:
        """Resolve, configure and start the server; return once Bolt and HTTP answer.

        Raises:
            Neo4jLocalError: With a one-line `cause` and the server's `log_tail`.
        """
        if self.settings is not None:
            return self.settings
        version = neo4j_version(self.compose_file)
        java = java_executable()
        folders = resolve_neo4j(version, browser=self.browser, progress=self.progress)
        classpath = os.pathsep.join(f"{folder}{os.sep}*" for folder in folders)
        self._home = self._make_home()
        try:
            self.settings = self._start_in(self._home, version, java, classpath)
            if self.warm_up:
                warm_up(self.settings, self.progress)
        except BaseException:
            self.stop()
            raise
        if not self.detached:
            atexit.register(self.stop)
        return self.settings

    def stop(self, timeout: float = STOP_TIMEOUT) -> None:
        """Stop the server (SIGTERM, then SIGKILL after `timeout` s); delete a temporary home."""
        if self._home is None:
            return
        home, proc, self._home, self._proc, self.settings = self._home, self._proc, None, None, None
        atexit.unregister(self.stop)
        started = time.monotonic()
        if stop_server(home, timeout=timeout, proc=proc):
            self.progress(f"stopped Neo4j in {time.monotonic() - started:.1f} s")

    def _make_home(self) -> Path:
        if self.home is None:
            homes = cache_root() / "homes"
            homes.mkdir(parents=True, exist_ok=True)
            home = Path(tempfile.mkdtemp(prefix="neo4j-", dir=homes))
            (home / TEMPORARY_MARKER).write_text("deleted by `neo4j-local stop`\n")
            return home
        pid = running_pid(self.home)
        if pid is not None:
            raise Neo4jLocalError(f"a Neo4j server (pid {pid}) already runs in {self.home}: stop it first")
        self.home.mkdir(parents=True, exist_ok=True)
        return self.home

    def _start_in(self, home: Path, version: str, java: str, classpath: str) -> Neo4jSettings:
        bolt_port, http_port = self.bolt_port, self.http_port
        if bolt_port is None or http_port is None:
            free = iter(free_ports(2))
            bolt_port, http_port = bolt_port or next(free), http_port or next(free)
        for folder in ("conf", "logs"):
            (home / folder).mkdir(exist_ok=True)
        config = {**server_config(bolt_port, http_port, heap=self.heap), **self.config}
        (home / "conf" / "neo4j.conf").write_text("".join(f"{key}={value}\n" for key, value in config.items()))
        env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
        settings = Neo4jSettings(
            uri=f"bolt://127.0.0.1:{bolt_port}",
            password=self._password(home, java, classpath, env),
            http_url=f"http://127.0.0.1:{http_port}",
            version=version,
            home=home,
        )
        # Written before the launch: a reused home needs the password its database was made with.
        env_file = home / ENV_FILE
        env_file.touch(mode=0o600)
        env_file.chmod(0o600)  # it holds the password
        env_file.write_text("".join(f"{k}={shlex.quote(v)}\n" for k, v in settings.as_env().items()))
        self.progress(f"starting Neo4j {version} in {home} (bolt 127.0.0.1:{bolt_port}, http 127.0.0.1:{http_port})")
        started = time.monotonic()
        command = [
            java,
            f"-Xms{self.heap}",
            f"-Xmx{self.heap}",
            *self.jvm_options,
            "-cp",
            classpath,
            "org.neo4j.server.CommunityEntryPoint",
            f"--home-dir={home}",
            f"--config-dir={home / 'conf'}",
        ]
        with open(home / STDOUT_FILE, "ab") as out:
            self._proc = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                cwd=home,
                env=env,
                start_new_session=True,  # a terminal's Ctrl-C reaches us, not the JVM: `stop` ends it
            )
        (home / PID_FILE).write_text(f"{self._proc.pid}\n")
        self._wait_until_ready(home, bolt_port, settings.http_url)
        browser = f", Browser at {settings.http_url}/browser/" if self.browser else ""
        self.progress(f"ready in {time.monotonic() - started:.1f} s: {settings.uri}{browser}")
        return settings

    def _password(self, home: Path, java: str, classpath: str, env: dict[str, str]) -> str:
        if (home / "data" / "databases" / "system").exists():  # initialised before: keep its password
            password = read_env_file(home).get("NEO4J_PASSWORD")
            if not password:
                raise Neo4jLocalError(f"{home} holds a database but no {ENV_FILE} with its password: use a fresh home")
            return password
        password = secrets.token_urlsafe(18)
        result = subprocess.run(
            [java, "-cp", classpath, "org.neo4j.cli.AdminTool", "dbms", "set-initial-password", "--", password],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            cwd=home,
            env=env,
        )
        if result.returncode != 0:
            lines = (result.stdout + result.stderr).splitlines()
            reason = next((line for line in lines if "Exception" in line or "rror" in line), "see its output below")
            raise Neo4jLocalError(
                f"neo4j-admin dbms set-initial-password failed (exit status {result.returncode}): {reason[:300]}",
                "\n".join(lines[-LOG_TAIL_LINES:]),
            )
        return password

    def _wait_until_ready(self, home: Path, bolt_port: int, http_url: str) -> None:
        assert self._proc is not None
        deadline = time.monotonic() + self.startup_timeout
        while True:
            code = self._proc.poll()
            if code is not None:
                cause = _first_error(home) or "see the log tail below"
                raise Neo4jLocalError(f"Neo4j exited with status {code} while starting: {cause}", log_tail(home))
            if _bolt_answers(bolt_port) and _http_discovery_answers(http_url):
                return
            if time.monotonic() > deadline:
                raise Neo4jLocalError(
                    f"Neo4j did not answer on bolt 127.0.0.1:{bolt_port} and {http_url} "
                    f"within {self.startup_timeout:.0f} s",
                    log_tail(home),
                )
            time.sleep(0.2)


# --- command line -----------------------------------------------------------------

EXAMPLES = """\
examples:
  eval "$(scripts/neo4j-local start)"     # start; export NEO4J_URI, NEO4J_PASSWORD, ... (again: the same server)
  scripts/neo4j-local stop                # stop the one started above ($KG_NEO4J_HOME)
  scripts/neo4j-local run -- python -m pytest tests/
  scripts/neo4j-local start --browser --http-port 7474   # then http://127.0.0.1:7474/browser/
"""


def build_parser() -> argparse.ArgumentParser:
    """The `neo4j-local` argument parser."""
    parser = argparse.ArgumentParser(
        prog="neo4j-local",
        description="Run Neo4j Community (version from docker-compose.yml) on 127.0.0.1 without Docker.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    server = argparse.ArgumentParser(add_help=False)
    server.add_argument(
        "--data-dir",
        "--home",
        dest="home",
        type=Path,
        metavar="DIR",
        help="server home, kept by stop (default: a temporary one under the cache, deleted by stop)",
    )
    server.add_argument("--bolt-port", type=int, metavar="N", help="Bolt port on 127.0.0.1 (default: a free one)")
    server.add_argument("--http-port", type=int, metavar="N", help="HTTP port on 127.0.0.1 (default: a free one)")
    server.add_argument(
        "--browser", action="store_true", help="also serve Neo4j Browser at http://127.0.0.1:PORT/browser/"
    )
    server.add_argument(
        "--timeout", type=float, default=STARTUP_TIMEOUT, metavar="S", help="startup timeout (default: %(default)s)"
    )
    server.add_argument(
        "--no-warm-up",
        dest="warm_up",
        action="store_false",
        help="do not plan kg's loader queries once the server is up (faster start, slower first load)",
    )
    commands.add_parser(
        "start",
        parents=[server],
        help="start a server, print `export NEO4J_...` lines",
        epilog='example: eval "$(scripts/neo4j-local start)"',
    )
    run = commands.add_parser(
        "run",
        parents=[server],
        help="start a server, run a command with NEO4J_* set, stop",
        epilog="example: scripts/neo4j-local run -- python -m pytest tests/",
    )
    run.add_argument("argv", nargs=argparse.REMAINDER, metavar="-- CMD ...", help="the command to run")
    for name, help_text in (("stop", "stop a server and delete its temporary home"), ("status", "show servers")):
        command = commands.add_parser(name, help=help_text, epilog=f"example: scripts/neo4j-local {name}")
        command.add_argument(
            "--home", type=Path, metavar="DIR", help="server home (default: $KG_NEO4J_HOME, else all under the cache)"
        )
    resolve = commands.add_parser(
        "resolve",
        help="only resolve the jars into the cache, print the folders",
        epilog="example: KG_CACHE_DIR=/tmp/kg scripts/neo4j-local resolve",
    )
    resolve.add_argument("--browser", action="store_true", help="also resolve Neo4j Browser")
    return parser


def _server_from(args: argparse.Namespace, *, detached: bool) -> LocalNeo4j:
    return LocalNeo4j(
        args.home,
        bolt_port=args.bolt_port,
        http_port=args.http_port,
        browser=args.browser,
        startup_timeout=args.timeout,
        warm_up=args.warm_up,
        detached=detached,
    )


def _known_homes(args: argparse.Namespace) -> list[Path]:
    if args.home is not None:
        return [args.home.expanduser().resolve()]
    if os.environ.get("KG_NEO4J_HOME"):
        return [Path(os.environ["KG_NEO4J_HOME"])]
    homes = cache_root() / "homes"
    return sorted(path for path in homes.iterdir() if path.is_dir()) if homes.is_dir() else []


def _cmd_start(args: argparse.Namespace) -> int:
    running = _running_server_of_this_shell(args)
    if running is not None:
        home, pid, env = running
        for key, value in env.items():
            print(f"export {key}={shlex.quote(value)}")
        _progress(
            f"Neo4j already runs in {home} (pid {pid}), started from this shell: its settings again; "
            f"stop with: scripts/neo4j-local stop --home {home}"
        )
        return 0
    settings = _server_from(args, detached=True).start()
    for key, value in settings.as_env().items():
        print(f"export {key}={shlex.quote(value)}")
    _progress(f"settings in {settings.home / ENV_FILE}; stop with: scripts/neo4j-local stop --home {settings.home}")
    return 0


def _running_server_of_this_shell(args: argparse.Namespace) -> tuple[Path, int, dict[str, str]] | None:
    """The server a plain `start` already made for this shell ($KG_NEO4J_HOME, still running):
    starting a second one would orphan the first, whose settings the shell would lose."""
    home = os.environ.get("KG_NEO4J_HOME")
    if not home or args.browser or args.bolt_port or args.http_port:
        return None
    if args.home is not None and args.home.expanduser().resolve() != Path(home).resolve():
        return None
    pid = running_pid(Path(home))
    env = read_env_file(Path(home))
    return (Path(home), pid, env) if pid is not None and env.get("NEO4J_URI") else None


def _cmd_run(args: argparse.Namespace) -> int:
    argv = args.argv[1:] if args.argv[:1] == ["--"] else args.argv
    if not argv:
        raise Neo4jLocalError("run needs a command: scripts/neo4j-local run -- CMD ...")
    if shutil.which(argv[0]) is None:
        raise Neo4jLocalError(f"command not found: {argv[0]}")
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))  # so `finally` stops the server
    server = _server_from(args, detached=False)
    settings = server.start()
    try:
        code = subprocess.call(argv, env={**os.environ, **settings.as_env()})
    finally:
        server.stop()
    return code if code >= 0 else 128 - code


def _cmd_stop(args: argparse.Namespace) -> int:
    named = args.home is not None or bool(os.environ.get("KG_NEO4J_HOME"))
    homes = [home for home in _known_homes(args) if named or running_pid(home)]
    if len(homes) > 1:
        raise Neo4jLocalError("several servers run; pick one with --home: " + ", ".join(map(str, homes)))
    if not homes:
        _progress("no running server found")
        return 0
    _progress(f"{'stopped' if stop_server(homes[0]) else 'no server was running in'} {homes[0]}")
    return 0


def _cmd_status(args: argparse.Namespace) -> int:
    running = 0
    for home in _known_homes(args):
        pid = running_pid(home)
        running += pid is not None
        uri = read_env_file(home).get("NEO4J_URI", "-")
        print(f"{'running' if pid else 'stopped'}\tpid={pid or '-'}\t{uri}\t{home}")
    return 0 if running else 3


def _cmd_resolve(args: argparse.Namespace) -> int:
    for folder in resolve_neo4j(neo4j_version(), browser=args.browser):
        print(folder)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status (1 for a Neo4jLocalError)."""
    args = build_parser().parse_args(argv)
    commands = {"start": _cmd_start, "run": _cmd_run, "stop": _cmd_stop, "status": _cmd_status, "resolve": _cmd_resolve}
    try:
        return commands[args.command](args)
    except Neo4jLocalError as error:
        print(f"neo4j-local: error: {error.cause}", file=sys.stderr)
        if error.log_tail:
            print(error.log_tail, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
