"""Peak memory of `kg load` as the input grows: the same command on N and 10 N relations.

Writes synthetic relations JSONL files (10 relations per article, `bench.load`'s kind),
starts a throwaway local Neo4j (scripts/neo4j-local), and runs `kg load FILE --wipe --yes`
in a fresh process on each file, in this one run; prints the peak RSS of that process
(`os.wait4`) and the ratio to the smallest file. A loader that streams its input stays
flat; one that reads the whole file first grows with it.

    .venv/bin/python -m bench.load_memory                          # 100,000 and 1,000,000
    .venv/bin/python -m bench.load_memory --relations 100000,300000
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.load import iter_synthetic_relations, local_neo4j
from kg.records import write_relations


def write_input(path: Path, count: int, entities: int) -> None:
    """`count` synthetic relations as JSON Lines, written as they are made."""
    with path.open("w", encoding="utf-8") as stream:
        write_relations(iter_synthetic_relations(count, entities), stream)


def peak_of_load(path: Path, env: dict[str, str]) -> tuple[float, int, str]:
    """Wall seconds, peak RSS in MiB of `kg load` (the process itself) and its closing line."""
    command = [sys.executable, "-m", "kg", "load", str(path), "--wipe", "--yes"]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    stderr = process.stderr.read().decode("utf-8", "replace")  # read before waiting: a full pipe blocks
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{stderr[-2000:]}")
    return elapsed, usage.ru_maxrss // 1024, stderr.strip().splitlines()[-1]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.load_memory", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--relations", default="100000,1000000", help="comma-separated input sizes (default: %(default)s)"
    )
    parser.add_argument("--entities", type=int, default=20_000)
    parser.add_argument("--heap", default="2g", help="Neo4j heap (default: %(default)s)")
    parser.add_argument("--pagecache", default="1g", help="Neo4j page cache (default: %(default)s)")
    args = parser.parse_args(argv)
    counts = [int(n) for n in args.relations.split(",")]

    neo4j_local = local_neo4j()
    config = {"server.memory.pagecache.size": args.pagecache}
    with (
        tempfile.TemporaryDirectory(prefix="kg-load-memory-") as folder,
        neo4j_local.LocalNeo4j(heap=args.heap, config=config) as settings,
    ):
        env = {
            **os.environ,
            "NEO4J_URI": settings.uri,
            "NEO4J_USER": settings.user,
            "NEO4J_PASSWORD": settings.password,
            "NEO4J_DATABASE": settings.database,
        }
        baseline = None
        for count in counts:
            path = Path(folder) / f"relations-{count}.jsonl"
            write_input(path, count, args.entities)
            size = path.stat().st_size / 2**20
            took, peak, summary = peak_of_load(path, env)
            baseline = baseline or peak
            print(
                f"  {count:>9,} relations ({size:,.0f} MiB): peak RSS {peak:>6,} MiB "
                f"({peak / baseline:4.2f}× the smallest), {took:,.0f} s",
                flush=True,
            )
            print(f"  {'':>9}  {summary}", flush=True)
            path.unlink()


if __name__ == "__main__":
    main()
