"""What the scripts that run Java tools share (neo4j_local.py, jena_local.py): kg's cache
folder, a lock between runs sharing it, the java to run, and jars copied from Maven Central
once. Standard library only, as those scripts are."""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

COMPLETE_MARKER = ".kg-complete"  # written once mvn has copied every jar

#: Builds the error a script raises: its message, and the log that shows why (if any).
Failure = Callable[[str, Path | None], Exception]


def cache_root() -> Path:
    """${KG_CACHE_DIR:-${XDG_CACHE_HOME:-~/.cache}/kg}: jars, Maven's repository, server homes."""
    if os.environ.get("KG_CACHE_DIR"):
        return Path(os.environ["KG_CACHE_DIR"]).expanduser().resolve()
    return (Path(os.environ.get("XDG_CACHE_HOME") or "~/.cache").expanduser() / "kg").resolve()


@contextlib.contextmanager
def file_lock(path: Path) -> Iterator[None]:
    """Serialise resolution between concurrent runs sharing one cache."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def java_executable(fail: Failure, needs: str) -> str:
    """$JAVA_HOME/bin/java when JAVA_HOME is set, else `java` from PATH; `needs` says which Java
    the tool needs ("Neo4j 5 needs Java 17 or 21"), in the error when there is none."""
    if os.environ.get("JAVA_HOME"):
        java = Path(os.environ["JAVA_HOME"]) / "bin" / "java"
        if not java.is_file():
            raise fail(f"JAVA_HOME={os.environ['JAVA_HOME']} has no bin/java: fix or unset JAVA_HOME", None)
        return str(java)
    java = shutil.which("java")
    if java is None:
        raise fail(f"java not found on PATH: {needs} (e.g. `apt-get install openjdk-17-jre-headless`)", None)
    return java


def copy_jars(
    folder: Path,
    mvn_arguments: list[str],
    *,
    name: str,
    label: str,
    project: str,
    log: Path,
    enough: Callable[[list[Path]], bool],
    fail: Failure,
    progress: Callable[[str], None],
) -> Path:
    """`folder`, holding the jars `mvn … mvn_arguments` copies, resolved once: a run that finds
    it complete returns at once, concurrent runs wait on a lock, and a partial copy is never used.

    `name` ("Apache Jena 5.6.0") is what failure messages name, `label` what the progress line
    says; `project` is the artifact id of the POM (mvn's errors are cut after it); `enough`
    says whether the jars copied hold what the tool needs.
    """
    if (folder / COMPLETE_MARKER).is_file():
        return folder
    with file_lock(folder.parent / ".lock"):
        if (folder / COMPLETE_MARKER).is_file():  # another run resolved it while we waited
            return folder
        mvn = shutil.which("mvn")
        if mvn is None:
            raise fail("mvn not found on PATH: install Maven (e.g. `apt-get install maven`)", None)
        staging = folder.with_name(folder.name + ".partial")
        shutil.rmtree(staging, ignore_errors=True)
        command = [
            mvn,
            "-B",
            "--no-transfer-progress",
            "-Dstyle.color=never",
            *mvn_arguments,
            f"-DoutputDirectory={staging}",
        ]
        progress(f"resolving {label} from Maven Central into {folder}")
        started = time.monotonic()
        with open(log, "w") as stream:
            code = subprocess.call(
                command, stdin=subprocess.DEVNULL, stdout=stream, stderr=subprocess.STDOUT, cwd=folder.parent
            )
        jars = sorted(staging.glob("*.jar"))
        if code != 0 or not enough(jars):
            errors = [line[8:] for line in log.read_text(errors="replace").splitlines() if line.startswith("[ERROR] ")]
            # "Failed to execute goal on project <project>: Could not resolve dependencies ..."
            reason = errors[0].split(f"{project}: ", 1)[-1][:400] if errors else f"exit status {code}"
            raise fail(f"mvn failed resolving {name}: {reason} (full log: {log})", log)
        shutil.rmtree(folder, ignore_errors=True)
        staging.rename(folder)
        (folder / COMPLETE_MARKER).write_text(f"{name}: {len(jars)} jars\n")
        progress(f"resolved {len(jars)} jars in {time.monotonic() - started:.1f} s")
        return folder
