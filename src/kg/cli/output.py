"""Where commands write: an output file or folder is replaced only once its new content is
complete (written beside it under a temporary name, then renamed over it), so a typo, a
crash or Ctrl-C never leaves a half-written or emptied result in place of the last good one.

`-` is stdout; devices and pipes (`/dev/null`, `/dev/stdout`, a FIFO) are written directly;
a missing parent folder is created.
"""

from __future__ import annotations

import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from kg.errors import KGError

#: Marks the temporary files and folders this module leaves only when killed outright.
TEMPORARY_SUFFIX = ".kg-tmp"


def is_special(path: str | Path) -> bool:
    """True for '-' and for an existing path that is not a regular file or folder (a device, a pipe).

    >>> is_special("-"), is_special("/dev/null"), is_special("no/such/file.jsonl")
    (True, True, False)
    """
    if str(path) == "-":
        return True
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def prepare_parent(path: Path) -> None:
    """Create the folder that will hold `path`; a one-line error when it cannot be."""
    parent = path.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise KGError(f"cannot write {path}: {parent} is a file, not a folder") from None
    except OSError as error:
        raise KGError(f"cannot create the folder {parent}: {error.strerror or error}") from None


def _temporary_beside(path: Path, *, folder: bool = False) -> Path:
    prepare_parent(path)
    if path.is_dir() and not folder:
        raise KGError(f"cannot write {path}: it is a folder (give a file name)")
    try:
        if folder:
            return Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=TEMPORARY_SUFFIX, dir=path.parent))
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMPORARY_SUFFIX, dir=path.parent)
    except OSError as error:
        raise KGError(f"cannot write in {path.parent}: {error.strerror or error}") from None
    os.close(handle)
    return Path(name)


def _file_mode(path: Path) -> int:
    """The mode the finished file gets: the old file's, else what a plain open() would give."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def commit_file(temporary: Path, path: Path) -> None:
    """Put a finished temporary file in the place of `path` (one rename: never half of either)."""
    os.chmod(temporary, _file_mode(path))
    try:
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise KGError(f"cannot write {path}: {error.strerror or error}") from None


@contextmanager
def output_path(path: str | Path) -> Iterator[Path]:
    """A temporary path to write the whole of `path` to; renamed over `path` when the block ends
    without an error, deleted otherwise. Special paths are yielded as they are."""
    target = Path(path)
    if is_special(target):
        yield target
        return
    temporary = _temporary_beside(target)
    try:
        yield temporary
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    commit_file(temporary, target)


@contextmanager
def output_file(path: str | Path, mode: str = "w") -> Iterator[IO]:
    """An open stream whose content replaces `path` once the block ends without an error.

    '-' is stdout (text or binary by `mode`), flushed at the end.
    """
    if str(path) == "-":
        stream = sys.stdout.buffer if "b" in mode else sys.stdout
        yield stream
        stream.flush()
        return
    with output_path(path) as where:
        try:
            stream = open(where, mode, encoding=None if "b" in mode else "utf-8")
        except OSError as error:
            raise KGError(f"cannot write {path}: {error.strerror or error}") from None
        with stream:
            yield stream


class OutputFolder:
    """The staging folder of `replace_folder`, and the names of earlier files to remove."""

    def __init__(self, target: Path, staging: Path) -> None:
        self.target, self.staging = target, staging
        self.stale: list[str] = []


@contextmanager
def replace_folder(path: str | Path, stale: tuple[str, ...] = ()) -> Iterator[OutputFolder]:
    """A staging folder (`.staging` of the yielded `OutputFolder`) to write a set of files into.

    When the block ends without an error each file is moved into `path` (created if missing),
    replacing the file of that name; other files of `path` stay, except those matching a
    `stale` glob that the new output does not hold (an earlier run's extra partitions).
    On an error the staging folder is deleted and `path` is left as it was.
    """
    target = Path(path)
    if target.exists() and not target.is_dir():
        raise KGError(f"cannot write into {target}: it is a file, not a folder")
    staging = _temporary_beside(target, folder=True)
    folder = OutputFolder(target, staging)
    folder.stale.extend(stale)
    try:
        yield folder
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    try:
        target.mkdir(exist_ok=True)
        written = {p.name for p in staging.iterdir()}
        for name in sorted(written):
            os.replace(staging / name, target / name)
        for pattern in folder.stale:
            for old in target.glob(pattern):
                if old.name not in written and old.is_file():
                    old.unlink()
    except OSError as error:
        raise KGError(f"cannot write into {target}: {error.strerror or error}") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)


__all__ = [
    "TEMPORARY_SUFFIX",
    "OutputFolder",
    "commit_file",
    "is_special",
    "output_file",
    "output_path",
    "prepare_parent",
    "replace_folder",
]
