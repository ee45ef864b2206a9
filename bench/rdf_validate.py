"""SHACL validation engines side by side on the same export and shapes (schemas/shapes.ttl):
Apache Jena's SHACL (the baseline, `shacl validate` of Jena 5.6 through scripts/jena-local),
shifty (what `kg validate` uses), pySHACL, pyshacl-turbo, shacl (pwin) and rudof; plus the
`kg validate` command itself. Each is timed on a clean export and on a copy with one of
each defect of `DEFECTS` injected, and its results are compared with Jena's.

The export: `--triples FILE` (e.g. the graph.ttl of `kg build` on 200 articles), else the
examples repeated. The other engines come with `pip install -e '.[bench]'`; a missing one
is named and left out.

    python -m bench.rdf_validate --triples kg-out/graph.ttl
    python -m bench.rdf_validate --triples kg-out/graph.ttl --scale 20   # also a 20x larger export
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SH, XSD

from kg.rdf.terms import KG

ROOT = Path(__file__).resolve().parents[1]
SHAPES = ROOT / "schemas" / "shapes.ttl"

#: A result as engines are compared: (focus node, path IRI or "" for a complex path or none, component).
Result = tuple[str, str, str]


def _statements(graph: Graph) -> list[Any]:
    return sorted(graph.subjects(RDF.type, RDF.Statement))


def _entities(graph: Graph) -> list[Any]:
    return sorted(graph.subjects(KG.key, None))


def _report_a_fact(graph: Graph) -> None:
    """Make every statement of one plain triple reported (attributed), which leaves the triple unsupported."""
    supports: dict[tuple[Any, Any, Any], list[Any]] = {}
    for statement in _statements(graph):
        triple = tuple(graph.value(statement, x) for x in (RDF.subject, RDF.predicate, RDF.object))
        supports.setdefault(triple, []).append(statement)
    triple, statements = next((t, found) for t, found in sorted(supports.items()) if t in graph)
    for statement in statements:
        graph.set((statement, KG.attributedTo, Literal("a spokesman")))


def _move_end_past_sentence(graph: Graph, statement: Any) -> None:
    graph.set((statement, KG.end, Literal(int(graph.value(statement, KG.end)) + 40)))


#: (name, what it does to a graph): wrong types, missing evidence, offsets out of range, dangling IRIs,
#: facts no statement supports, private paths. Each picks its target in a stable order (the nth statement).
DEFECTS: list[tuple[str, Callable[[Graph], None]]] = [
    ("start typed as a string", lambda g: g.set((_statements(g)[0], KG.start, Literal("12", datatype=XSD.string)))),
    ("confidence not a number", lambda g: g.set((_statements(g)[1], KG.confidence, Literal("high")))),
    ("key typed as an integer", lambda g: g.set((_entities(g)[0], KG.key, Literal(7)))),
    ("label without a language", lambda g: g.set((_entities(g)[1], RDFS.label, Literal("No language")))),
    ("no evidence sentence", lambda g: g.remove((_statements(g)[2], KG.sentence, None))),
    ("no source article", lambda g: g.remove((_statements(g)[3], PROV.wasDerivedFrom, None))),
    ("end before start", lambda g: g.set((_statements(g)[4], KG.end, Literal(-5)))),
    ("end past the sentence", lambda g: _move_end_past_sentence(g, _statements(g)[5])),
    ("dangling subject", lambda g: g.set((_statements(g)[6], RDF.subject, URIRef(str(_entities(g)[0]) + "-nobody")))),
    (
        "dangling article",
        lambda g: g.set(
            (_statements(g)[7], PROV.wasDerivedFrom, URIRef(str(_statements(g)[7]).replace("/statement/", "/article/")))
        ),
    ),
    (
        "dangling run",
        lambda g: g.set(
            (_statements(g)[8], PROV.wasGeneratedBy, URIRef(str(_statements(g)[8]).replace("/statement/", "/run/")))
        ),
    ),
    ("fact no statement supports", lambda g: g.add((_entities(g)[2], KG.meet, _entities(g)[3]))),
    ("reported relation asserted", _report_a_fact),
    (
        "absolute source path",
        lambda g: g.set(
            (
                sorted(g.subjects(RDF.type, URIRef("https://schema.org/NewsArticle")))[0],
                KG.source,
                Literal("/home/alice/news/article.txt"),
            )
        ),
    ),
    ("time that is no date", lambda g: g.set((_statements(g)[9], KG.time, Literal("next week", datatype=XSD.date)))),
]


def with_defects(data: bytes, fmt: str = "turtle") -> bytes:
    """The export with one of each of `DEFECTS`, as N-Triples."""
    graph = Graph().parse(data=data, format=fmt)
    for _, inject in DEFECTS:
        inject(graph)
    return graph.serialize(format="nt", encoding="utf-8")


def results_of_report(report: Graph) -> set[Result]:
    """The comparable results of a W3C validation report graph."""
    found = set()
    for result in report.subjects(RDF.type, SH.ValidationResult):
        path = report.value(result, SH.resultPath)
        component = str(report.value(result, SH.sourceConstraintComponent)).rsplit("#", 1)[-1]
        found.add((str(report.value(result, SH.focusNode)), str(path) if isinstance(path, URIRef) else "", component))
    return found


# --- the engines: each validates an N-Triples file and gives its results ---------------------------


def jena(path: Path) -> set[Result]:
    sys.path.insert(0, str(ROOT / "scripts"))
    from jena_local import run_jena

    done = run_jena("shacl", "validate", "--shapes", str(SHAPES), "--data", str(path))
    if done.returncode != 0:
        raise RuntimeError(f"Jena's shacl failed: {done.stderr.strip()[:400]}")
    return results_of_report(Graph().parse(data=done.stdout, format="turtle"))


def shifty(path: Path) -> set[Result]:
    from kg.rdf.shacl import validate_file

    result = validate_file(path.read_bytes(), "ntriples")
    return {(_long(v.focus), _long(v.path) if v.path else "", v.component) for v in result.violations}


def _long(short: str) -> str:
    """A term `kg.rdf.shacl` shortened, as a full IRI again (a literal stays as it is)."""
    from kg.rdf.iri import Minter
    from kg.rdf.terms import PREFIXES

    if short.startswith("<") and short.endswith(">"):
        return short[1:-1]
    prefix, _, local = short.partition(":")
    namespaces = {**PREFIXES, **Minter().prefixes()}
    return namespaces[prefix] + local if prefix in namespaces else short


def pyshacl(path: Path) -> set[Result]:
    import pyshacl as engine

    _, report, _ = engine.validate(
        Graph().parse(path, format="nt"), shacl_graph=Graph().parse(SHAPES), advanced=False, allow_warnings=True
    )
    return results_of_report(report)


def pyshacl_turbo(path: Path) -> set[Result]:
    import pyshacl_turbo as engine

    _, report, _ = engine.validate(str(path), shacl_graph=str(SHAPES), allow_warnings=True)
    return results_of_report(report)


def shacl_pwin(path: Path) -> set[Result]:
    import shacl as engine

    report = engine.Shapes.from_file(str(SHAPES)).validate_file(str(path))
    return results_of_report(Graph().parse(data=report.serialize("turtle"), format="turtle"))


def rudof(path: Path) -> set[Result]:
    import pyrudof

    engine = pyrudof.Rudof(pyrudof.RudofConfig())
    engine.read_data(str(path))
    engine.read_shacl(str(SHAPES))
    engine.validate_shacl()
    text = engine.serialize_shacl_validation_results(pyrudof.ResultShaclValidationFormat.Turtle)
    return results_of_report(Graph().parse(data=text, format="turtle"))


ENGINES: dict[str, tuple[str | None, Callable[[Path], set[Result]]]] = {
    "jena (shacl validate)": (None, jena),
    "shifty (kg validate)": ("shifty", shifty),
    "pyshacl": ("pyshacl", pyshacl),
    "pyshacl-turbo": ("pyshacl_turbo", pyshacl_turbo),
    "shacl (pwin)": ("shacl", shacl_pwin),
    "rudof": ("pyrudof", rudof),
}


def kg_validate_cli(path: Path) -> float:
    """Seconds `kg validate` takes as a command (interpreter start and imports included)."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kg", "validate", str(path)], capture_output=True, timeout=3600)
    return time.perf_counter() - started


def jena_cli(path: Path) -> float:
    """Seconds Jena's `shacl validate` takes as a command (JVM start included)."""
    started = time.perf_counter()
    jena(path)
    return time.perf_counter() - started


def timed(run: Callable[[Path], set[Result]], path: Path, timeout: float) -> tuple[set[Result] | None, float, str]:
    """(results, seconds, note); engines run in-process except Jena, each with a time limit."""
    started = time.perf_counter()
    try:
        results = _with_timeout(run, path, timeout)
    except TimeoutError:
        return None, timeout, f"stopped after {timeout:.0f} s"
    except Exception as error:  # an engine that fails is reported, not fatal
        return None, time.perf_counter() - started, f"failed: {str(error).splitlines()[0][:100]}"
    return results, time.perf_counter() - started, ""


def _with_timeout(run: Callable[[Path], set[Result]], path: Path, timeout: float) -> set[Result]:
    """Run in a child process so that a runaway engine can be stopped."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=lambda: queue.put(_safe(run, path)))
    child.start()
    try:
        outcome = queue.get(timeout=timeout)
    except Exception:
        child.kill()
        child.join()
        raise TimeoutError from None
    child.join()
    if isinstance(outcome, str):
        raise RuntimeError(outcome)
    return outcome


def _safe(run: Callable[[Path], set[Result]], path: Path) -> set[Result] | str:
    try:
        return run(path)
    except Exception as error:  # sent back to the parent as text
        return f"{type(error).__name__}: {error}"


def example_export() -> bytes:
    """The examples' export, when no --triples file is given."""
    import io

    from kg.extract import extract_relations
    from kg.ingest import read_articles
    from kg.rdf.export import write_rdf

    articles = list(read_articles([str(ROOT / "examples" / "articles")], on_error="raise"))
    relations = [r for _, rs in extract_relations(articles) for r in rs]
    out = io.BytesIO()
    write_rdf(relations, out, "turtle")
    return out.getvalue()


def scaled(data: bytes, factor: int) -> bytes:
    """The export `factor` times, each copy's statements, articles and entities renamed (N-Triples)."""
    nt = Graph().parse(data=data, format="turtle").serialize(format="nt", encoding="utf-8").decode("utf-8")
    copies = []
    for i in range(factor):
        copies.append(
            re.sub(
                r"<(https://[^>]*/(?:statement|article|entity|graph)/)([^>]*)>",
                lambda m, i=i: f"<{m.group(1)}{m.group(2)}-{i}>",
                nt,
            )
        )
    return "".join(copies).encode("utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--triples", type=Path, help="a Turtle export (default: the examples' export)")
    parser.add_argument("--scale", type=int, default=0, help="also time an export this many times larger")
    parser.add_argument("--timeout", type=float, default=300, help="seconds before an engine is stopped")
    args = parser.parse_args(argv)
    data = args.triples.read_bytes() if args.triples else example_export()
    with tempfile.TemporaryDirectory() as folder:
        clean = Path(folder) / "clean.nt"
        clean.write_bytes(Graph().parse(data=data, format="turtle").serialize(format="nt", encoding="utf-8"))
        broken = Path(folder) / "defects.nt"
        broken.write_bytes(with_defects(data))
        files = [("clean", clean), (f"{len(DEFECTS)} defects", broken)]
        if args.scale > 1:
            big = Path(folder) / "scaled.nt"
            big.write_bytes(scaled(data, args.scale))
            files.append((f"{args.scale}x clean", big))
        for label, path in files:
            lines = sum(1 for _ in open(path, "rb"))
            print(f"{label}: {lines:,} triples", flush=True)
            baseline: tuple[set[Result] | None, float] | None = None
            for name, (module, run) in ENGINES.items():
                if module and importlib.util.find_spec(module) is None:
                    print(f"  {name:24} not installed (pip install -e '.[bench]')")
                    continue
                results, seconds, note = timed(run, path, args.timeout)
                if baseline is None:
                    baseline = (results, seconds)
                same = ""
                if results is not None and baseline[0] is not None and name != "jena (shacl validate)":
                    extra, missing = results - baseline[0], baseline[0] - results
                    same = (
                        "same results as Jena"
                        if not extra and not missing
                        else f"{len(extra)} more, {len(missing)} fewer than Jena"
                    )
                count = f"{len(results):4} results" if results is not None else "           "
                ratio = f"{seconds / baseline[1]:5.2f}x Jena" if baseline[1] else ""
                print(f"  {name:24} {count} {seconds:8.2f} s  {ratio}  {same}{note}", flush=True)
            cli, jena_seconds = kg_validate_cli(path), jena_cli(path)
            print(
                f"  commands: kg validate {cli:.2f} s, Jena's shacl validate {jena_seconds:.2f} s: "
                f"{cli / jena_seconds:.2f}x",
                flush=True,
            )


if __name__ == "__main__":
    main()
