"""Actor relations on news: `kg extract` on three annotated corpora, scored with the news gold
scorer (recall, precision and F1 of actor-to-actor relations), and the relations per
article a reader gets.

- `samples`: the real articles beside the repository (../shared/samples, gold in
  ../shared/eval/news), read from there and never copied here;
- `held-out`: the articles written and annotated for this project (bench/news/), which no
  rule is tuned on;
- `dev2`: more articles written and annotated for this project (bench/news-dev/), a second
  development corpus to tune rules on.

    python -m bench.news                      # extract and score all three
    python -m bench.news --corpus held-out --show   # every miss and every unmatched relation
    python -m bench.news --predictions dev.jsonl --corpus samples
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
HELD_OUT = Path(__file__).resolve().parent / "news"
DEV2 = Path(__file__).resolve().parent / "news-dev"


def extract(samples: Path, out: Path) -> None:
    """Run `kg extract` on the sample folder into `out` (the scorer reads its JSON Lines)."""
    command = [sys.executable, "-m", "kg", "extract", str(samples), "-o", str(out)]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode not in (0, 3):
        raise SystemExit(f"kg extract failed ({done.returncode}): {done.stderr.strip()}")


def score(scorer: Path, gold_dir: Path, predictions: Path, show: bool) -> tuple[dict, str]:
    """The scorer's JSON line and, with `show`, its list of misses and unmatched relations."""
    command = [sys.executable, str(scorer), *sorted(map(str, gold_dir.glob("*.jsonl"))), "--pred", str(predictions)]
    if show:
        command.append("--show")
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    lines = done.stdout.strip().splitlines()
    return json.loads(lines[-1]), "\n".join(lines[:-1])


def per_article(predictions: Path, gold_dir: Path) -> dict[str, float]:
    """Relations per annotated article and the share of them with at least one relation."""
    counts = Counter(json.loads(line)["evidence"]["doc_id"] for line in predictions.open() if line.strip())
    articles = [p.stem for p in gold_dir.glob("*.jsonl")]
    return {
        "articles": len(articles),
        "relations_per_article": round(sum(counts[a] for a in articles) / max(len(articles), 1), 2),
        "articles_with_relations": round(sum(1 for a in articles if counts[a]) / max(len(articles), 1), 3),
    }


def corpora(shared: Path) -> dict[str, tuple[Path, Path]]:
    """Each corpus by name: (the folder of its articles, the folder of its gold)."""
    return {
        "samples": (shared / "samples", shared / "eval" / "news" / "gold"),
        "held-out": (HELD_OUT / "articles", HELD_OUT / "gold"),
        "dev2": (DEV2 / "articles", DEV2 / "gold"),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="folder holding samples/ and eval/news/")
    parser.add_argument(
        "--corpus",
        choices=("samples", "held-out", "dev2", "all", "both"),
        default="all",
        help="one corpus, or all of them ('both', the older name, also means all)",
    )
    parser.add_argument("--predictions", type=Path, help="score this JSON Lines file instead of extracting")
    parser.add_argument("--show", action="store_true", help="print every miss and every unmatched relation")
    args = parser.parse_args(argv)
    scorer = args.shared / "eval" / "news" / "score.py"
    if not scorer.is_file():
        raise SystemExit(f"no news scorer at {scorer}: pass --shared")
    chosen = corpora(args.shared)
    names = list(chosen) if args.corpus in ("all", "both") else [args.corpus]
    for name in names:
        articles, gold = chosen[name]
        with tempfile.TemporaryDirectory() as tmp:
            predictions = args.predictions or Path(tmp) / "news.jsonl"
            if args.predictions is None:
                extract(articles, predictions)
            result, listing = score(scorer, gold, predictions, args.show)
            result.update(per_article(predictions, gold))
        if listing:
            print(listing)
        print(json.dumps({"corpus": name, **result}))


if __name__ == "__main__":
    main()
