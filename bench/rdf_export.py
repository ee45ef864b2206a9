"""RDF export speed, Turtle and N-Triples of the same synthetic relations, in one run:
rdflib (build a Graph, then serialize: the baseline), oxrdflib (an rdflib Graph written
by Oxigraph) when installed, pyoxigraph (terms streamed into its serializer), and kg's
streaming writers (`kg export`'s default engine).

Every path starts from the same in-memory `Relation`s, so "building the graph" is
included. Prints triples/s per path and the speed-up over rdflib's Turtle path.

    python -m bench.rdf_export                 # 1,000,000 triples
    python -m bench.rdf_export --triples 100000
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime

from kg.model import MODALITIES, ArticleMeta, Entity, Evidence, Relation
from kg.rdf.export import relations_to_graph, write_rdf
from kg.vocabulary import load_vocabulary

EXTRACTED_AT = datetime(2025, 3, 4, 12, 0, tzinfo=UTC)
#: Triples per relation in an export of news-like relations (measured: statement + fact + share of entities).
TRIPLES_PER_RELATION = 15


def synthetic_relations(count: int, seed: int = 5) -> list[Relation]:
    """Deterministic relations shaped like real ones: ~20 per article, a long tail of entities,
    vocabulary predicates and verb lemmas, some negated or hedged, aliases and awkward names."""
    rng = random.Random(seed)
    types = ("Person", "Organization", "Country", "Location", "Group", "Event")
    names = [
        f"Entity {i} {'Zoë' if i % 7 == 0 else 'Smith'}{' & Co' if i % 11 == 0 else ''}" for i in range(count // 4 + 10)
    ]
    entities = [
        Entity(f"entity-{i}", name, types[i % len(types)], (f"E{i}",) if i % 3 == 0 else ())
        for i, name in enumerate(names)
    ]
    predicates = [*load_vocabulary().predicates, "discuss", "step_up", "announce", "visit_with"]
    relations = []
    for i in range(count):
        article_id = f"article-{i // 20}"
        meta = ArticleMeta(
            article_id,
            title=f"Headline {i // 20}",
            url=f"https://news.example/{i // 20}",
            published=f"2025-0{1 + (i // 20) % 9}-1{(i // 20) % 10}",
            source=f"news/{article_id}.txt",
        )
        subject, obj = rng.choice(entities[: len(entities) // 5 + 1] * 4 + entities), rng.choice(entities)
        start = (i % 20) * 180
        sentence = f'{subject.name} and {obj.name} did something "notable" in sentence {i}.'
        relations.append(
            Relation(
                subject=subject,
                predicate=rng.choice(predicates),
                object=obj,
                evidence=Evidence(article_id, sentence, start, start + len(sentence), "subject_verb_object"),
                article=meta,
                negated=rng.random() < 0.05,
                modality="asserted" if rng.random() < 0.85 else rng.choice(MODALITIES),
                confidence=round(rng.uniform(0.5, 1.0), 2),
                attributed_to="officials" if rng.random() < 0.1 else None,
                relation_text="did something" if i % 2 else None,
            )
        )
    return relations


def rdflib_path(fmt: str) -> Callable[[list[Relation], str], int]:
    serializer = {"turtle": "turtle", "ntriples": "nt", "ox-turtle": "ox-turtle", "ox-ntriples": "ox-ntriples"}[fmt]

    def run(relations: list[Relation], path: str) -> int:
        graph = relations_to_graph(relations, extracted_at=EXTRACTED_AT)
        graph.serialize(destination=path, format=serializer, encoding="utf-8")
        return len(graph)

    return run


def streamed_path(fmt: str, engine: str) -> Callable[[list[Relation], str], int]:
    def run(relations: list[Relation], path: str) -> int:
        with open(path, "wb") as stream:
            return write_rdf(relations, stream, fmt, extracted_at=EXTRACTED_AT, engine=engine)

    return run


def timed(run: Callable[[list[Relation], str], int], relations: list[Relation], path: str) -> tuple[int, float]:
    gc.collect()
    started = time.perf_counter()
    triples = run(relations, path)
    return triples, time.perf_counter() - started


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--triples", type=int, default=1_000_000, help="about how many triples to export")
    parser.add_argument("--skip-rdflib-turtle", action="store_true", help="leave out the slowest path")
    args = parser.parse_args(argv)
    relations = synthetic_relations(max(1, args.triples // TRIPLES_PER_RELATION))
    paths: list[tuple[str, Callable[[list[Relation], str], int]]] = []
    if not args.skip_rdflib_turtle:
        paths.append(("rdflib turtle", rdflib_path("turtle")))
    paths.append(("rdflib ntriples", rdflib_path("ntriples")))
    try:
        import oxrdflib  # noqa: F401 - registers the ox-* serializers

        paths += [
            ("oxrdflib turtle (rdflib graph)", rdflib_path("ox-turtle")),
            ("oxrdflib ntriples (rdflib graph)", rdflib_path("ox-ntriples")),
        ]
    except ImportError:
        print("(oxrdflib not installed: its paths are left out)")
    paths += [
        ("pyoxigraph turtle (streamed)", streamed_path("turtle", "oxigraph")),
        ("pyoxigraph ntriples (streamed)", streamed_path("ntriples", "oxigraph")),
        ("kg stream turtle", streamed_path("turtle", "stream")),
        ("kg stream ntriples", streamed_path("ntriples", "stream")),
    ]
    print(f"{len(relations):,} relations; every path builds its graph from them and writes a file")
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        for name, run in paths:
            triples, seconds = timed(run, relations, os.path.join(folder, "out"))
            results[name] = triples / seconds
            print(f"  {name:34} {triples:>10,} triples {seconds:8.1f} s {results[name]:>12,.0f} triples/s", flush=True)
    baseline = results.get("rdflib turtle")
    if baseline:
        for name in (
            "pyoxigraph turtle (streamed)",
            "pyoxigraph ntriples (streamed)",
            "kg stream turtle",
            "kg stream ntriples",
        ):
            print(f"  {name:34} / rdflib turtle: {results[name] / baseline:5.1f}x")


if __name__ == "__main__":
    main()
