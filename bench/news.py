"""Actor relations on real news: `kg extract` on the sample articles, scored against the
news gold with its own scorer (recall, precision and F1 of actor-to-actor relations), and
the relations per article a reader gets.

The samples and the gold are read from beside the repository (default ../shared) and
never copied here.

    python -m bench.news                      # extract ../shared/samples and score
    python -m bench.news --show               # also every miss and every unmatched relation
    python -m bench.news --predictions dev.jsonl --shared /path/to/shared
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = ROOT.parent / "shared"


def extract(samples: Path, out: Path) -> None:
    """Run `kg extract` on the sample folder into `out` (the scorer reads its JSON Lines)."""
    command = [sys.executable, "-m", "kg", "extract", str(samples), "-o", str(out)]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode not in (0, 3):
        raise SystemExit(f"kg extract failed ({done.returncode}): {done.stderr.strip()}")


def score(gold_dir: Path, predictions: Path, show: bool) -> tuple[dict, str]:
    """The scorer's JSON line and, with `show`, its list of misses and unmatched relations."""
    scorer = gold_dir.parent / "score.py"
    command = [sys.executable, str(scorer), *sorted(map(str, gold_dir.glob("*.jsonl"))), "--pred", str(predictions)]
    if show:
        command.append("--show")
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    lines = done.stdout.strip().splitlines()
    return json.loads(lines[-1]), "\n".join(lines[:-1])


def per_article(predictions: Path, samples: Path) -> dict[str, float]:
    """Relations per article and the share of articles with at least one relation."""
    counts = Counter(json.loads(line)["evidence"]["doc_id"] for line in predictions.open() if line.strip())
    articles = [p.stem for p in samples.rglob("*.txt") if p.name.lower() != "readme.txt" and p.stem.upper() != "README"]
    return {
        "articles": len(articles),
        "relations_per_article": round(sum(counts[a] for a in articles) / max(len(articles), 1), 2),
        "articles_with_relations": round(sum(1 for a in articles if counts[a]) / max(len(articles), 1), 3),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="folder holding samples/ and eval/news/")
    parser.add_argument("--predictions", type=Path, help="score this JSON Lines file instead of extracting")
    parser.add_argument("--show", action="store_true", help="print every miss and every unmatched relation")
    args = parser.parse_args(argv)
    samples, gold = args.shared / "samples", args.shared / "eval" / "news" / "gold"
    if not gold.is_dir():
        raise SystemExit(f"no news gold at {gold}: pass --shared")
    with tempfile.TemporaryDirectory() as tmp:
        predictions = args.predictions or Path(tmp) / "news.jsonl"
        if args.predictions is None:
            extract(samples, predictions)
        result, listing = score(gold, predictions, args.show)
        result.update(per_article(predictions, samples))
    if listing:
        print(listing)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
