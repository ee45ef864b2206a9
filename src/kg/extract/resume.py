"""Resumable extraction: a journal beside the output records each finished article.

A run writes `FILE.partial`, renamed to FILE once complete. `FILE.journal` holds one
line per article whose relations are fully written: its content hash and the size of
the output after it. A resumed run cuts the output to the last journalled size
(dropping a half-written article) and skips every article whose hash is journalled.
The hash covers the article, the pipeline and the extraction code, so a new model or a
changed rule extracts again.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import IO

from kg.errors import InputError, KGError
from kg.model import Article


@cache
def extraction_fingerprint(model: str) -> str:
    """Identifies the pipeline and the extraction code: model name and version, kg's version,
    and a hash of the rule modules and the relation vocabulary."""
    from kg import __version__

    digest = hashlib.sha256()
    package = resources.files("kg.extract")
    for name in sorted(p.name for p in package.iterdir() if p.name.endswith(".py")):
        digest.update(package.joinpath(name).read_bytes())
    digest.update(resources.files("kg.schemas").joinpath("relations.json").read_bytes())
    return f"{model}-{_model_version(model)}/kg-{__version__}/{digest.hexdigest()[:16]}"


def _model_version(model: str) -> str:
    """The installed version of a pipeline package, or of a pipeline folder's meta.json, without loading it."""
    from importlib import metadata

    meta = Path(model) / "meta.json"
    if meta.is_file():
        return str(json.loads(meta.read_text("utf-8")).get("version", "?"))
    try:
        return metadata.version(model)
    except metadata.PackageNotFoundError:
        return "?"


def content_hash(article: Article, fingerprint: str) -> str:
    """The hash under which an article's extraction is journalled."""
    meta = article.meta
    parts = (fingerprint, meta.id, meta.title or "", meta.url or "", meta.published or "", article.text)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def journal_path(output: Path) -> Path:
    return output.with_name(output.name + ".journal")


def partial_path(output: Path) -> Path:
    """Where a run writes until it is complete; renamed to `output` at the end."""
    return output.with_name(output.name + ".partial")


@dataclass(slots=True)
class Journal:
    """The finished articles of one output file, and the stream to record more.

    A run writes `FILE.partial` and journals it in `FILE.journal`; at the end the partial
    file is renamed to FILE, so FILE is only ever replaced by a complete output. The
    journal is then deleted, unless `keep` (`--resume`: a later resumed run skips what it
    lists). An interrupted run leaves both, for `--resume` to complete.
    """

    output: Path
    keep: bool = False
    done: set[str] = field(default_factory=set)
    _base: Path | None = None  # the file the journal describes: the partial one, or a finished output
    _size: int = 0  # how much of `_base` the journal vouches for
    _stream: IO[str] | None = None
    _out: IO[str] | None = None

    @classmethod
    def load(cls, output: Path, *, resume: bool) -> Journal:
        """The journal of `output`: with `resume`, what an earlier run finished; else empty.

        Nothing is written until `start`.

        Raises:
            InputError: when the journal is damaged or says more than the file holds.
        """
        journal = cls(output, keep=resume)
        path, partial = journal_path(output), partial_path(output)
        if resume and path.exists():
            base = partial if partial.exists() else output if output.exists() else None
            if base is not None:
                journal._base = base
                journal._size = journal._read(path, base)
                if not journal._size:
                    journal.done.clear()
        return journal

    def start(self) -> IO[str]:
        """Open `FILE.partial` for the new relations, after what the journal vouches for
        (copied from a finished FILE when resuming one); returns the stream, at its end."""
        partial, path = partial_path(self.output), journal_path(self.output)
        if self._size and self._base == self.output:
            shutil.copyfile(self.output, partial)  # then cut to the journalled size below
        out = open(partial, "a+" if self._size else "w", encoding="utf-8")
        out.truncate(self._size)
        out.seek(self._size)
        self._out = out
        self._stream = open(path, "a" if self._size else "w", encoding="utf-8")
        return out

    def _read(self, path: Path, base: Path) -> int:
        size = 0
        lines = path.read_text("utf-8").splitlines()
        for lineno, line in enumerate(lines, start=1):
            try:
                entry = json.loads(line)
                article_hash, entry_size = entry["hash"], int(entry["size"])
            except (json.JSONDecodeError, KeyError, TypeError, ValueError):
                if lineno < len(lines):
                    raise InputError(
                        f"{path}:{lineno}: not a journal entry; delete the journal to start over"
                    ) from None
                break  # a half-written last line: the article it names is extracted again
            self.done.add(article_hash)
            size = entry_size
        if size > base.stat().st_size:
            raise InputError(f"{base} is shorter than {path} says; delete the journal to start over")
        return size

    def record(self, article_hash: str, doc_id: str, relations: int, out: IO[str]) -> None:
        """Journal an article whose relations are all written (flushes the output first)."""
        if self._stream is None:
            raise KGError("the journal records articles only between start() and finish()")
        out.flush()
        size = os.fstat(out.fileno()).st_size
        entry = {"hash": article_hash, "doc_id": doc_id, "relations": relations, "size": size}
        self._stream.write(json.dumps(entry) + "\n")
        self._stream.flush()
        self.done.add(article_hash)

    def finish(self) -> None:
        """The run is complete: FILE.partial becomes FILE; the journal goes unless `keep`.

        A resumed run that had nothing left to extract leaves a finished FILE as it is.
        """
        self.close()
        partial = partial_path(self.output)
        if self._out is not None or self._base == partial:
            os.chmod(partial, _file_mode(self.output))
            os.replace(partial, self.output)
        if not self.keep:
            journal_path(self.output).unlink(missing_ok=True)

    def discard(self) -> None:
        """Forget a run that wrote nothing worth keeping (a fresh run that read no article)."""
        self.close()
        if self._out is not None and not self._size:
            partial_path(self.output).unlink(missing_ok=True)
            journal_path(self.output).unlink(missing_ok=True)

    def close(self) -> None:
        for stream in (self._out, self._stream):
            if stream is not None:
                stream.close()


def _file_mode(path: Path) -> int:
    """The finished file's mode: the old output's, else what a plain open() gives."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
