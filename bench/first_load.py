"""The first `kg load` into a server just started: where its seconds go, before and after.

For each setup, `--runs` times: start a throwaway local Neo4j (scripts/neo4j-local),
warm it up if the setup says so, then run `kg load FILE` twice as a user would (a CLI
subprocess: first load, then the same file again). Setups, all in the same run:

- `before`: Neo4j's own JVM flags and query-cache settings, no warm-up;
- `flags`: scripts/neo4j-local's JVM flags and settings (the quick JIT compiler only,
  plans cached whatever the size of a list parameter), no warm-up;
- `after`: the same plus the warm-up `scripts/neo4j-local start` runs (kg.store.warm_up).

Prints medians: server start (wall seconds and the JVM's CPU seconds), warm-up, the first
and second load (the CLI's wall seconds, the loader's own seconds from its summary, and the
server's CPU seconds), and the ratio of each to `before`. CPU seconds are the steadier
figure on a busy machine. FILE defaults to kg-out/triples.jsonl (`make demo`), else 20
synthetic relations.

    .venv/bin/python -m bench.first_load
    .venv/bin/python -m bench.first_load --runs 5 --setups before,after --triples my.jsonl
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.load import local_neo4j, synthetic_relations
from kg.records import relation_to_record

ROOT = Path(__file__).resolve().parents[1]
KG = Path(sys.executable).with_name("kg")
SETUPS = ("before", "flags", "after")
FIGURES = (
    "start",
    "start_cpu",
    "warm_up",
    "warm_up_cpu",
    "first",
    "first_loader",
    "first_cpu",
    "second",
    "second_loader",
    "second_cpu",
)
_LOADER_SECONDS = re.compile(r"\) in ([0-9.]+) s")


def server_cpu(pid: int) -> float:
    """CPU seconds (user + system) the process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def kg_load(path: Path, env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds of `kg load path`, and the loader's own seconds from its summary."""
    started = time.perf_counter()
    result = subprocess.run([str(KG), "load", str(path)], env=env, capture_output=True, text=True)
    wall = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"kg load failed: {result.stderr.strip()}")
    match = _LOADER_SECONDS.search(result.stderr)
    return wall, float(match.group(1)) if match else float("nan")


def one_run(setup: str, path: Path) -> dict[str, float]:
    """Start a server for `setup`, load `path` twice; the timings of this run."""
    neo4j_local = local_neo4j()
    quiet = {"progress": lambda message: None}
    if setup == "before":
        options = [o for o in neo4j_local.JVM_OPTIONS if not o.startswith("-XX:TieredStopAtLevel")]
        server = neo4j_local.LocalNeo4j(
            jvm_options=options, config={"internal.cypher.use_parameter_size": "true"}, warm_up=False, **quiet
        )
    else:
        server = neo4j_local.LocalNeo4j(warm_up=False, **quiet)
    times: dict[str, float] = {}
    started = time.perf_counter()
    settings = server.start()
    pid = server._proc.pid
    try:
        times["start"], times["start_cpu"] = time.perf_counter() - started, server_cpu(pid)
        if setup == "after":
            mark, cpu = time.perf_counter(), server_cpu(pid)
            if not neo4j_local.warm_up(settings, **quiet):
                raise SystemExit("the warm-up failed")
            times["warm_up"], times["warm_up_cpu"] = time.perf_counter() - mark, server_cpu(pid) - cpu
        env = {**os.environ, **settings.as_env()}
        for name in ("first", "second"):
            cpu = server_cpu(pid)
            times[name], times[f"{name}_loader"] = kg_load(path, env)
            times[f"{name}_cpu"] = server_cpu(pid) - cpu
    finally:
        server.stop()
    return times


def triples_file(given: str | None, folder: Path) -> Path:
    """The file to load: the one given, else kg-out/triples.jsonl, else 20 synthetic relations."""
    if given:
        return Path(given)
    if (ROOT / "kg-out" / "triples.jsonl").is_file():
        return ROOT / "kg-out" / "triples.jsonl"
    path = folder / "triples.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        for relation in synthetic_relations(20, entities=30, per_article=5):
            out.write(json.dumps(relation_to_record(relation), ensure_ascii=False) + "\n")
    return path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.first_load", description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="fresh servers per setup (default: %(default)s)")
    parser.add_argument("--setups", default=",".join(SETUPS), help="comma-separated, of: " + ", ".join(SETUPS))
    parser.add_argument("--triples", metavar="FILE", help="JSONL to load (default: kg-out/triples.jsonl)")
    args = parser.parse_args(argv)
    setups = [s for s in args.setups.split(",") if s]
    with tempfile.TemporaryDirectory() as folder:
        path = triples_file(args.triples, Path(folder))
        count = sum(1 for line in open(path, encoding="utf-8") if line.strip())
        print(f"first load of {count} relations ({path}) into a fresh server, median of {args.runs} runs", flush=True)
        medians: dict[str, dict[str, float]] = {}
        for run in range(args.runs):  # setups interleaved: a busy spell hits them all alike
            for setup in setups:
                times = one_run(setup, path)
                print(f"  run {run + 1} {setup:<6} " + " ".join(f"{k}={v:.2f}" for k, v in times.items()), flush=True)
                for key, value in times.items():
                    medians.setdefault(setup, {}).setdefault(key, []).append(value)  # type: ignore[arg-type]
    base = {k: statistics.median(v) for k, v in medians.get("before", {}).items()}
    print(f"  {'median':<12}" + "".join(f"{s:>16}" for s in setups))
    for key in FIGURES:
        cells = []
        for setup in setups:
            values = medians[setup].get(key)
            if not values:
                cells.append(f"{'-':>16}")
                continue
            value = statistics.median(values)
            ratio = f" ({value / base[key]:.2f}x)" if key in base and base[key] and setup != "before" else ""
            cells.append(f"{value:7.2f}{ratio:>9}")
        print(f"  {key:<12}" + "".join(cells), flush=True)


if __name__ == "__main__":
    main()
