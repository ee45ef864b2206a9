"""Words per second of the full `kg extract` path against bare `nlp.pipe`, over the same texts, in the
same run; reports what extraction costs.

Three sides are timed: bare `nlp.pipe` of the spaCy pipeline as shipped (`spacy.load`, the
components kg reads), bare `nlp.pipe` of kg's own pipeline (the same components, with the attribute
ruler's patterns indexed, a sentence break at each line break and verb lemmas corrected), and the
whole of `kg extract`. The report gives the whole path against the shipped pipeline (what a user
pays beyond parsing the text with spaCy) and the rules against kg's own pipeline (what the rules
alone cost).

The texts are made by recombining the sentences of examples/articles (seeded, so every
run reads the same words). Each side runs `--rounds` times, interleaved, and the best
time of each counts: the machine is shared and noisy, so
process CPU time is measured rather than wall-clock time.

    python -m bench.extract_speed --docs 300 --rounds 3
"""

from __future__ import annotations

import argparse
import io
import random
import re
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "articles"


def recombined_texts(docs: int, sentences_per_doc: int = 14, seed: int = 7) -> list[str]:
    """`docs` articles of sentences drawn from the example articles, in paragraphs of two."""
    sentences: list[str] = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        for paragraph in path.read_text("utf-8").split("\n"):
            sentences.extend(s for s in re.split(r"(?<=[.!?”])\s+", paragraph.strip()) if len(s.split()) > 3)
    rng = random.Random(seed)
    texts = []
    for _ in range(docs):
        chosen = rng.sample(sentences, min(sentences_per_doc, len(sentences)))
        texts.append("\n\n".join(" ".join(chosen[i : i + 2]) for i in range(0, len(chosen), 2)))
    return texts


def _bare(nlp, texts: list[str], batch_size: int) -> float:
    started = time.process_time()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.process_time() - started


def _full(texts: list[str], batch_size: int, open_mode: bool) -> float:
    from kg.extract import ExtractOptions, extract_articles
    from kg.model import Article, ArticleMeta
    from kg.records import write_relations
    from kg.resolve import resolve_across_articles

    articles = [Article(ArticleMeta(id=str(i)), text) for i, text in enumerate(texts)]
    started = time.process_time()
    relations = []
    for result in extract_articles(articles, ExtractOptions(open=open_mode), batch_size=batch_size):
        relations.extend(result.relations)
    relations, _ = resolve_across_articles(relations)
    write_relations(relations, io.StringIO())
    return time.process_time() - started


def shipped_pipeline():
    """The pipeline kg extracts with, as spaCy loads it, with the components kg reads and no others."""
    import spacy

    from kg.extract.options import DEFAULT_PIPELINE
    from kg.extract.pipeline import NEEDED, pipeline_name

    nlp = spacy.load(pipeline_name(DEFAULT_PIPELINE))
    for component in nlp.pipe_names:
        if component not in NEEDED:
            nlp.disable_pipe(component)
    return nlp


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=200, help="number of generated articles")
    parser.add_argument("--rounds", type=int, default=3, help="timed runs of each side (best counts)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--open", action="store_true", help="time `kg extract --open` instead")
    args = parser.parse_args(argv)

    from kg.extract.pipeline import load_pipeline

    shipped, own = shipped_pipeline(), load_pipeline()
    texts = recombined_texts(args.docs)
    words = sum(len(t.split()) for t in texts)
    _bare(shipped, texts[:10], args.batch_size)  # warm up: vocabulary, lazy imports
    _bare(own, texts[:10], args.batch_size)
    _full(texts[:10], args.batch_size, args.open)
    times: dict[str, list[float]] = {"shipped": [], "own": [], "full": []}
    for _ in range(args.rounds):
        times["shipped"].append(_bare(shipped, texts, args.batch_size))
        times["own"].append(_bare(own, texts, args.batch_size))
        times["full"].append(_full(texts, args.batch_size, args.open))
    best = {side: min(seconds) for side, seconds in times.items()}
    print(f"{len(texts)} articles, {words} words")
    print(f"  shipped pipeline: {', '.join(shipped.pipe_names)}")
    print(f"  kg's pipeline:    {', '.join(own.pipe_names)}")
    print(f"  nlp.pipe, the pipeline as shipped {words / best['shipped']:8.0f} words/s")
    print(f"  nlp.pipe, kg's pipeline           {words / best['own']:8.0f} words/s")
    print(f"  kg extract{' --open' if args.open else '       '}                  {words / best['full']:8.0f} words/s")
    print(f"  kg extract takes {100 * (best['full'] / best['shipped'] - 1):.1f}% more time than bare nlp.pipe")
    print(f"  its rules add {100 * (best['full'] / best['own'] - 1):.1f}% to the time of kg's own pipeline")


if __name__ == "__main__":
    main()
