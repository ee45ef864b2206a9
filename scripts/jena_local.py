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
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

_SCRIPTS = str(Path(__file__).resolve().parent)
if _SCRIPTS not in sys.path:  # maven_jars.py beside this script, however the script is loaded
    sys.path.insert(0, _SCRIPTS)

import maven_jars  # noqa: E402
from maven_jars import cache_root, copy_jars  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parent.parent
POM_FILE = REPO_ROOT / "scripts" / "jena" / "pom.xml"
#: Jena's SHACL on the union of every graph of a dataset (its `shacl` command reads the default graph only).
SHACL_UNION_SOURCE = REPO_ROOT / "scripts" / "jena" / "ShaclUnion.java"

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


def resolve_jena(*, cache: Path | None = None, progress: Callable[[str], None] = _progress) -> Path:
    """The folder of Jena's jars (`<cache>/jena-<version>/lib`), resolving it with mvn once."""
    cache = cache or cache_root()
    version = jena_version()
    folder = cache / f"jena-{version}" / "lib"
    return copy_jars(
        folder,
        ["-f", str(POM_FILE), f"-Dmaven.repo.local={cache / 'm2'}", "dependency:copy-dependencies"],
        name=f"Apache Jena {version}",
        label=f"Apache Jena {version}",
        project="kg-jena-tools",
        log=folder.parent / "mvn.log",
        enough=lambda jars: any(jar.name.startswith("jena-cmds-") for jar in jars),
        fail=_failure,
        progress=progress,
    )


def _failure(cause: str, log: Path | None) -> JenaLocalError:
    return JenaLocalError(cause)


def java_executable() -> str:
    """$JAVA_HOME/bin/java when JAVA_HOME is set, else `java` from PATH (Jena 5 needs Java 17+)."""
    return maven_jars.java_executable(_failure, "Jena 5 needs Java 17")


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
