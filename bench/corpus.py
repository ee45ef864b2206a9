"""Generated corpora for volume benchmarks: articles recombined from the sentences of
examples/articles, written as JSON Lines (the format `kg extract` reads).

`python -m bench.corpus N OUT.jsonl [--sentences K]` writes N articles of K sentences.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"


def example_sentences() -> list[str]:
    """The body sentences of the example articles (headlines and datelines left out)."""
    sentences = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        body = path.read_text("utf-8").split("\n", 2)[-1]
        body = re.sub(r"^[A-Z]+, [A-Z][a-z]+ \d+, \d{4} — ", "", body.strip())
        sentences += [s.strip() for s in re.split(r"(?<=[.!?])\s+|(?<=[.!?][\"”])\s+", body) if len(s.split()) > 3]
    return sentences


def articles(count: int, sentences_per_article: int = 8, seed: int = 7) -> list[dict]:
    """`count` articles, each a seeded random choice of example sentences."""
    pool = example_sentences()
    rng = random.Random(seed)
    return [
        {
            "id": f"gen-{i:06d}",
            "title": f"Generated article {i}",
            "published": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "text": " ".join(rng.choice(pool) for _ in range(sentences_per_article)),
        }
        for i in range(count)
    ]


def write_corpus(path: Path, count: int, sentences_per_article: int = 8) -> int:
    """Write the corpus; returns its number of words."""
    words = 0
    with open(path, "w", encoding="utf-8") as stream:
        for article in articles(count, sentences_per_article):
            words += len(article["text"].split())
            stream.write(json.dumps(article) + "\n")
    return words


def write(argv: list[str] | None = None) -> None:
    """The command line: a corpus file for the benchmarks (not itself a benchmark, so `python -m
    bench` does not run it)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("count", type=int, nargs="?", default=100)
    parser.add_argument("out", type=Path, nargs="?", default=Path("corpus.jsonl"))
    parser.add_argument("--sentences", type=int, default=8)
    args = parser.parse_args(argv)
    words = write_corpus(args.out, args.count, args.sentences)
    print(f"{args.count} articles, {words} words → {args.out}")


if __name__ == "__main__":
    write()
