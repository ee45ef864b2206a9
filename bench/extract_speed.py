"""Words per second of the full `kg extract` path against bare `nlp.pipe` with the same
components, over the same texts, in the same run; reports the overhead of extraction.

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


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=200, help="number of generated articles")
    parser.add_argument("--rounds", type=int, default=3, help="timed runs of each side (best counts)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--open", action="store_true", help="time `kg extract --open` instead")
    args = parser.parse_args(argv)

    from kg.extract.pipeline import load_pipeline

    nlp = load_pipeline()
    texts = recombined_texts(args.docs)
    words = sum(len(t.split()) for t in texts)
    _bare(nlp, texts[:10], args.batch_size)  # warm up: vocabulary, lazy imports
    _full(texts[:10], args.batch_size, args.open)
    bare, full = [], []
    for _ in range(args.rounds):
        bare.append(_bare(nlp, texts, args.batch_size))
        full.append(_full(texts, args.batch_size, args.open))
    best_bare, best_full = min(bare), min(full)
    print(f"{len(texts)} articles, {words} words; components: {', '.join(nlp.pipe_names)}")
    print(f"  nlp.pipe    {words / best_bare:8.0f} words/s")
    print(f"  kg extract{' --open' if args.open else ''} {words / best_full:8.0f} words/s")
    print(f"  extraction adds {100 * (best_full / best_bare - 1):.1f}% to the time of the spaCy components")


if __name__ == "__main__":
    main()
