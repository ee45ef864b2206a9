"""Resumable extraction: a journal beside the output records each finished article.

`FILE.journal` holds one line per article whose relations are fully written to FILE:
its content hash and the size of FILE after it. A resumed run truncates FILE to the
last journalled size (dropping a half-written article) and skips every article whose
hash is journalled. The hash covers the article, the pipeline and the extraction code,
so a new model or a changed rule extracts again.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import IO

from kg.errors import InputError
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


@dataclass(slots=True)
class Journal:
    """The finished articles of one output file, and the stream to record more."""

    output: Path
    done: set[str] = field(default_factory=set)
    _stream: IO[str] | None = None

    @classmethod
    def open(cls, output: Path, *, resume: bool) -> tuple[Journal, IO[str]]:
        """Open the output for writing; with `resume`, keep what the journal vouches for.

        Returns the journal and the output stream, positioned at its end.
        """
        path = journal_path(output)
        journal = cls(output)
        size = 0
        if resume and path.exists() and output.exists():
            size = journal._read(path)
        out = open(output, "a+" if size else "w", encoding="utf-8")
        out.truncate(size)
        out.seek(size)
        journal._stream = open(path, "a" if size else "w", encoding="utf-8")
        if not size:
            journal.done.clear()
        return journal, out

    def _read(self, path: Path) -> int:
        size = 0
        lines = path.read_text("utf-8").splitlines()
        for lineno, line in enumerate(lines, start=1):
            try:
                entry = json.loads(line)
                article_hash, entry_size = entry["hash"], int(entry["size"])
            except (json.JSONDecodeError, KeyError, TypeError, ValueError):
                if lineno < len(lines):
                    raise InputError(f"{path}:{lineno}: not a journal entry; delete the journal to start over") from None
                break  # a half-written last line: the article it names is extracted again
            self.done.add(article_hash)
            size = entry_size
        if size > self.output.stat().st_size:
            raise InputError(f"{self.output} is shorter than {path} says; delete the journal to start over")
        return size

    def record(self, article_hash: str, doc_id: str, relations: int, out: IO[str]) -> None:
        """Journal an article whose relations are all written (flushes the output first)."""
        assert self._stream is not None
        out.flush()
        size = os.fstat(out.fileno()).st_size
        entry = {"hash": article_hash, "doc_id": doc_id, "relations": relations, "size": size}
        self._stream.write(json.dumps(entry) + "\n")
        self._stream.flush()
        self.done.add(article_hash)

    def close(self) -> None:
        if self._stream is not None:
            self._stream.close()
