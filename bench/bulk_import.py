"""Bulk loading into Neo4j: `kg export --format neo4j-import` + `neo4j-admin database import full`
against the batched loader (`kg load`), on the same synthetic relations, in one run.

Generates `--relations` synthetic relations (default 1,000,000) among `--entities`
entities (default 50,000), 10 per article (bench.load's generator), writes them as
triples.jsonl, and times

- the import path as a user runs it: `kg export --format neo4j-import` (a subprocess
  reading triples.jsonl) and the generated import.sh, running the pinned Neo4j's own
  `neo4j-admin database import full` into the home of a fresh local server, which is
  then started to count what it holds;
- the batched loader (`kg.store.neo4j.load_relations`, what `kg load` runs) on the
  first `--loader-relations` of the same relations (default 100,000: at about 3,000
  relations/s the full million takes over five minutes; give --loader-relations 0 for all).

    .venv/bin/python -m bench.bulk_import --relations 100000
    .venv/bin/python -m bench.bulk_import                      # 1,000,000 through the import
"""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.load import local_neo4j, synthetic_relations
from kg.records import write_relations
from kg.store.neo4j import apply_constraints, load_relations

ROOT = Path(__file__).resolve().parents[1]


def report(label: str, count: int, seconds: float) -> float:
    rate = count / seconds
    print(f"  {label:<44} {count:>9,} relations in {seconds:8.2f} s = {rate:>9,.0f} relations/s", flush=True)
    return rate


def admin_wrapper(neo4j_local, folder: Path) -> Path:
    """A `neo4j-admin` script running the pinned Neo4j's admin tool from the resolved jars."""
    jars = neo4j_local.resolve_neo4j(neo4j_local.neo4j_version())
    classpath = os.pathsep.join(f"{jar}{os.sep}*" for jar in jars)
    path = folder / "neo4j-admin"
    path.write_text(
        f"#!/bin/sh\nexec {shlex.quote(neo4j_local.java_executable())} -Xmx2g -cp "
        f'{shlex.quote(classpath)} org.neo4j.cli.AdminTool "$@"\n'
    )
    path.chmod(0o755)
    return path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.bulk_import", description=__doc__.splitlines()[0])
    parser.add_argument("--relations", type=int, default=1_000_000)
    parser.add_argument("--entities", type=int, default=50_000)
    parser.add_argument(
        "--loader-relations",
        type=int,
        default=100_000,
        help="relations for the batched loader, a prefix of the same data (0: all)",
    )
    parser.add_argument("--heap", default="1g", help="Neo4j heap (default: %(default)s)")
    parser.add_argument("--pagecache", default="512m", help="Neo4j page cache (default: %(default)s)")
    args = parser.parse_args(argv)

    import neo4j

    neo4j_local = local_neo4j()
    started = time.perf_counter()
    relations = synthetic_relations(args.relations, args.entities)
    articles = len({r.article.id for r in relations})
    print(
        f"  {len(relations):,} relations, {args.entities:,} entities, {articles:,} articles "
        f"(generated in {time.perf_counter() - started:.0f} s)",
        flush=True,
    )
    with tempfile.TemporaryDirectory(prefix="kg-bulk-") as scratch:
        work = Path(scratch)
        triples = work / "triples.jsonl"
        with open(triples, "w", encoding="utf-8") as stream:
            write_relations(relations, stream)
        home = work / "home"
        (home / "conf").mkdir(parents=True)
        (home / "conf" / "neo4j.conf").touch()
        env = {
            **os.environ,
            "NEO4J_HOME": str(home),
            "NEO4J_CONF": str(home / "conf"),
            "NEO4J_ADMIN": str(admin_wrapper(neo4j_local, work)),
        }

        started = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "kg",
                "export",
                "--format",
                "neo4j-import",
                "--input",
                str(triples),
                "-o",
                str(work / "import"),
            ],
            check=True,
            stderr=subprocess.DEVNULL,
        )
        exported = time.perf_counter() - started
        started = time.perf_counter()
        subprocess.run(
            [str(work / "import" / "import.sh"), "neo4j"],
            env=env,
            check=True,
            cwd=home,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        imported = time.perf_counter() - started
        report("kg export --format neo4j-import", len(relations), exported)
        report("neo4j-admin database import full", len(relations), imported)
        bulk = report("export + import", len(relations), exported + imported)
        config = {"server.memory.pagecache.size": args.pagecache}
        with neo4j_local.LocalNeo4j(home, heap=args.heap, config=config) as settings:
            with neo4j.GraphDatabase.driver(settings.uri, auth=(settings.user, settings.password)) as driver:
                statements = driver.execute_query("MATCH (s:Statement) RETURN count(s) AS n").records[0]["n"]
                started = time.perf_counter()
                apply_constraints(driver, settings.database)
                report("then kg init-db (constraints, indexes)", len(relations), time.perf_counter() - started)
        print(f"  imported database holds {statements:,} statements", flush=True)

        prefix = relations[: args.loader_relations] if args.loader_relations else relations
        with neo4j_local.LocalNeo4j(heap=args.heap, config=config) as settings:
            with neo4j.GraphDatabase.driver(settings.uri, auth=(settings.user, settings.password)) as driver:
                started = time.perf_counter()
                load_relations(driver, prefix, database=settings.database)
                loader = report("batched loader (kg load)", len(prefix), time.perf_counter() - started)
    print(f"  {'':<44} import path {bulk / loader:.1f}× the loader", flush=True)


if __name__ == "__main__":
    main()
