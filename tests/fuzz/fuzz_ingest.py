"""Fuzz the ingestion entry point: any bytes, under any suffix, give articles or a named InputError.

python tests/fuzz/fuzz_ingest.py -max_total_time=20
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import atheris
import trafilatura  # noqa: F401 — imported first so that only kg's own code is instrumented

with atheris.instrument_imports():
    from kg.errors import InputError
    from kg.ingest import read_articles

SUFFIXES = (".txt", ".md", ".html", ".jsonl")
FOLDER = Path(tempfile.mkdtemp(prefix="kg-fuzz-"))


def one_input(data: bytes) -> None:
    if not data:
        return
    path = FOLDER / f"input{SUFFIXES[data[0] % len(SUFFIXES)]}"
    path.write_bytes(data[1:])
    errors: list[InputError] = []
    for article in read_articles([str(path)], on_error="skip", on_skip=errors.append):
        assert article.text.strip(), "an article without text"
    for error in errors:
        assert str(error).startswith(str(path)), f"message does not name the file: {error}"


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
