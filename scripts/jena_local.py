"""Apache Jena's command-line tools without a download page: riot, shacl, sparql and the
TDB2 tools, resolved from Maven Central with `mvn` into kg's cache and run with `java`.

Consumes scripts/jena/pom.xml (Jena 5.6.0, the last release for Java 17, and slf4j-simple
so that Jena's warnings and errors reach stderr); produces command lines. The cache is the
one scripts/neo4j_local.py uses (${KG_CACHE_DIR:-${XDG_CACHE_HOME:-~/.cache}/kg}); a file
lock lets concurrent runs share it.

Standard library only, importable by path (tests/test_rdf_jena.py). Command line:
`scripts/jena-local -h`, e.g. `scripts/jena-local riot --validate graph.ttl`.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
POM_FILE = REPO_ROOT / "scripts" / "jena" / "pom.xml"
#: Jena's SHACL on the union of every graph of a dataset (its `shacl` command reads the default graph only).
SHACL_UNION_SOURCE = REPO_ROOT / "scripts" / "jena" / "ShaclUnion.java"
COMPLETE_MARKER = ".kg-complete"  # written once mvn has copied every jar

#: The tools, by the name of Jena's own scripts, and their main classes in jena-cmds.
TOOLS = {
    "riot": "riotcmd.riot",
    "shacl": "shacl.shacl",
    "sparql": "arq.sparql",
    "tdb2.tdbloader": "tdb2.tdbloader",
    "tdb2.tdbquery": "tdb2.tdbquery",
}


class JenaLocalError(RuntimeError):
    """Jena could not be resolved or run; the message says why in one line (and where the log is)."""


def _progress(message: str) -> None:
    print(f"jena-local: {message}", file=sys.stderr, flush=True)


def jena_version(pom: Path = POM_FILE) -> str:
    """The `jena.version` property of scripts/jena/pom.xml."""
    found = re.search(r"<jena\.version>([^<]+)</jena\.version>", pom.read_text(encoding="utf-8"))
    if found is None:
        raise JenaLocalError(f"{pom} has no <jena.version> property")
    return found.group(1).strip()


def cache_root() -> Path:
    """${KG_CACHE_DIR:-${XDG_CACHE_HOME:-~/.cache}/kg}, as scripts/neo4j_local.py uses."""
    if os.environ.get("KG_CACHE_DIR"):
        return Path(os.environ["KG_CACHE_DIR"]).expanduser().resolve()
    return (Path(os.environ.get("XDG_CACHE_HOME") or "~/.cache").expanduser() / "kg").resolve()


@contextlib.contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    """Serialise resolution between concurrent runs sharing one cache."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def java_executable() -> str:
    """$JAVA_HOME/bin/java when JAVA_HOME is set, else `java` from PATH (Jena 5 needs Java 17+)."""
    if os.environ.get("JAVA_HOME"):
        java = Path(os.environ["JAVA_HOME"]) / "bin" / "java"
        if not java.is_file():
            raise JenaLocalError(f"JAVA_HOME={os.environ['JAVA_HOME']} has no bin/java: fix or unset JAVA_HOME")
        return str(java)
    java = shutil.which("java")
    if java is None:
        raise JenaLocalError(
            "java not found on PATH: Jena 5 needs Java 17 (e.g. `apt-get install openjdk-17-jre-headless`)"
        )
    return java


def resolve_jena(*, cache: Path | None = None, progress: Callable[[str], None] = _progress) -> Path:
    """The folder of Jena's jars (`<cache>/jena-<version>/lib`), resolving it with mvn once."""
    cache = cache or cache_root()
    version = jena_version()
    folder = cache / f"jena-{version}" / "lib"
    if (folder / COMPLETE_MARKER).is_file():
        return folder
    with _file_lock(folder.parent / ".lock"):
        if (folder / COMPLETE_MARKER).is_file():  # another run resolved it while we waited
            return folder
        mvn = shutil.which("mvn")
        if mvn is None:
            raise JenaLocalError("mvn not found on PATH: install Maven (e.g. `apt-get install maven`)")
        staging = folder.with_name(folder.name + ".partial")
        shutil.rmtree(staging, ignore_errors=True)
        log_path = folder.parent / "mvn.log"
        command = [
            mvn,
            "-B",
            "--no-transfer-progress",
            "-Dstyle.color=never",
            "-f",
            str(POM_FILE),
            f"-Dmaven.repo.local={cache / 'm2'}",
            f"-DoutputDirectory={staging}",
            "dependency:copy-dependencies",
        ]
        progress(f"resolving Apache Jena {version} from Maven Central into {folder}")
        started = time.monotonic()
        with open(log_path, "w") as log:
            code = subprocess.call(
                command, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, cwd=folder.parent
            )
        jars = sorted(staging.glob("*.jar"))
        if code != 0 or not any(jar.name.startswith("jena-cmds-") for jar in jars):
            errors = [
                line[8:] for line in log_path.read_text(errors="replace").splitlines() if line.startswith("[ERROR] ")
            ]
            reason = errors[0].split("kg-jena-tools: ", 1)[-1][:400] if errors else f"exit status {code}"
            raise JenaLocalError(f"mvn failed resolving Apache Jena {version}: {reason} (full log: {log_path})")
        shutil.rmtree(folder, ignore_errors=True)
        staging.rename(folder)
        (folder / COMPLETE_MARKER).write_text(f"jena {version}: {len(jars)} jars\n")
        progress(f"resolved {len(jars)} jars in {time.monotonic() - started:.1f} s")
        return folder


def jena_command(tool: str, *args: str, lib: Path | None = None) -> list[str]:
    """The command line that runs one of `TOOLS` (or "shacl-union": ShaclUnion.java, taking
    SHAPES DATA) with `args`."""
    lib = lib or resolve_jena()
    java = [java_executable(), "-Xmx2g", "-cp", f"{lib}/*"]
    if tool == "shacl-union":
        return [*java, str(SHACL_UNION_SOURCE), *args]
    if tool not in TOOLS:
        raise JenaLocalError(f"unknown Jena tool {tool!r}; choose from {', '.join([*TOOLS, 'shacl-union'])}")
    return [*java, TOOLS[tool], *args]


def run_jena(
    tool: str, *args: str, lib: Path | None = None, timeout: float = 600, **kwargs: object
) -> subprocess.CompletedProcess[str]:
    """Run a Jena tool, capturing its output as text."""
    return subprocess.run(
        jena_command(tool, *args, lib=lib),
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
        **kwargs,
    )  # type: ignore[call-overload]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="scripts/jena-local",
        description="Run Apache Jena's tools, resolved from Maven Central into kg's cache.",
        epilog="examples:\n  scripts/jena-local resolve\n  scripts/jena-local riot --validate --strict graph.ttl\n"
        "  scripts/jena-local shacl validate --shapes schemas/shapes.ttl --data graph.ttl --text\n"
        "  scripts/jena-local shacl-union schemas/shapes.ttl graph.trig\n"
        "  scripts/jena-local tdb2.tdbloader --loc db graph.trig",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "tool",
        choices=["resolve", *TOOLS, "shacl-union"],
        help="resolve prints the jar folder; the others run that tool",
    )
    parser.add_argument("args", nargs=argparse.REMAINDER, help="the tool's arguments")
    options = parser.parse_args(argv)
    try:
        if options.tool == "resolve":
            print(resolve_jena())
            return 0
        return subprocess.call(jena_command(options.tool, *options.args))
    except JenaLocalError as error:
        print(f"jena-local: error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
