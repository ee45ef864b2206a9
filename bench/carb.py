"""CaRB Open IE scoring of `kg extract --open --one-per-line` on the CaRB dev split.

Implements the benchmark's published matching rules (Bhardwaj et al., EMNLP 2019, as
described in the eval folder's README): sentences matched after removing spaces,
punctuation and PTB bracket escapes; tuples made binary; token-overlap precision and
recall per part, zero unless the relations share a token; subject/object swapped when
the gold relation is a verb of saying; best recall per gold tuple, greedy one-to-one
precision; a sweep over the distinct confidences for the best F1 and the PR-curve AUC.

The gold data is read from the eval folder (default ../shared/eval beside the repo
root) and never copied into the repository.

    python -m bench.carb                       # extract and score dev
    python -m bench.carb --predictions dev.jsonl --eval /path/to/eval
"""

from __future__ import annotations

import argparse
import json
import re
import string
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EVAL = ROOT.parent / "shared" / "eval"

#: Published F1 (%) on the CaRB test split, from the eval folder's README.
PUBLISHED = {
    "MinIE": 41.9,
    "ClausIE": 45.0,
    "OpenIE-5": 48.0,
    "RnnOIE": 49.0,
    "OpenIE-4": 51.6,
    "Multi2OIE": 52.3,
    "IGL-OIE": 52.4,
    "OpenIE6": 52.7,
    "IMoJIE": 53.5,
    "CIGL-OIE": 54.0,
}

_PUNCT = re.compile(f"[{re.escape(string.punctuation)}]")
_PTB_ESCAPES = (("(", "-LRB-"), (")", "-RRB-"), ("[", "-LSB-"), ("]", "-RSB-"), ("{", "-LCB-"), ("}", "-RCB-"))
_SAID = ("said", "told", "added", "adds", "says")
_FORMS_OF_BE = ("be", "is", "am", "are", "was", "were", "been", "being")


@dataclass(frozen=True, slots=True)
class Tuple:
    """One extraction: relation words, arguments (subject first), confidence."""

    relation: str
    args: tuple[str, ...]
    confidence: float = 1.0

    def binary(self) -> Tuple:
        """Arguments 2…N joined into one object."""
        if len(self.args) < 2:
            return self
        return Tuple(self.relation, (self.args[0], " ".join(self.args[1:])), self.confidence)


@dataclass(frozen=True, slots=True)
class Score:
    precision: float
    recall: float
    f1: float
    auc: float
    threshold: float


def sentence_key(sentence: str) -> str:
    """How CaRB matches sentences: no spaces, PTB brackets unescaped, no punctuation.

    >>> sentence_key("He said -LRB- twice -RRB- .")
    'Hesaidtwice'
    """
    text = sentence.replace(" ", "")
    for plain, escape in _PTB_ESCAPES:
        text = text.replace(escape, plain)
    return _PUNCT.sub("", text)


def read_gold(path: Path) -> dict[str, list[Tuple]]:
    """Gold tuples by sentence key; arguments prefixed "C: " (context) are dropped."""
    gold: dict[str, list[Tuple]] = defaultdict(list)
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        sentence, relation, *args = line.strip().split("\t")
        kept = tuple(a.strip() for a in args if "C: " not in a)
        gold[sentence_key(sentence)].append(Tuple(relation.strip(), kept))
    return gold


def _overlap(gold_words: Sequence[str], predicted_words: Sequence[str]) -> tuple[int, list[str]]:
    """Gold tokens found in the prediction, each predicted token used once; and the predicted tokens left."""
    remaining = list(predicted_words)
    matched = 0
    for word in gold_words:
        if word in remaining:
            matched += 1
            remaining.remove(word)
    return matched, remaining


def tuple_match(gold: Tuple, predicted: Tuple) -> tuple[float, float]:
    """(precision, recall) of `predicted` against `gold`, both binary; zero unless the relations share a token."""
    gold_rel, predicted_rel = gold.relation.split(), predicted.relation.split()
    matched, remaining = _overlap(gold_rel, predicted_rel)
    if "be" in remaining and any(form in gold_rel for form in _FORMS_OF_BE):
        matched += 1  # a predicted lemma "be" matches any form of it
    if matched == 0:
        return 0.0, 0.0
    p_num, p_den, r_num, r_den = matched, len(predicted_rel), matched, len(gold_rel)
    for i, gold_arg in enumerate(gold.args):
        gold_words = gold_arg.split()
        r_den += len(gold_words)
        if len(predicted.args) <= i:
            if i < 2:
                return 0.0, 0.0
            continue
        predicted_words = predicted.args[i].split()
        p_den += len(predicted_words)
        matched, _ = _overlap(gold_words, predicted_words)
        p_num += matched
        r_num += matched
    return (p_num / p_den if p_den else 0.0), (r_num / r_den if r_den else 0.0)


def binary_match(gold: Tuple, predicted: Tuple) -> tuple[float, float]:
    """The match of the binarised tuples; for verbs of saying, also with the arguments swapped."""
    straight = tuple_match(gold.binary(), predicted.binary())
    if not any(verb in gold.relation for verb in _SAID):
        return straight
    if len(predicted.args) >= 2:
        swapped = Tuple(predicted.relation, (" ".join(predicted.args[1:]), predicted.args[0]))
    else:
        swapped = predicted
    return max(straight, tuple_match(gold.binary(), swapped))


def score(gold: dict[str, list[Tuple]], predicted: dict[str, list[Tuple]]) -> tuple[Score, list[tuple[float, float]]]:
    """Best-F1 point and AUC over the confidence sweep; also returns the (precision, recall) curve."""
    thresholds = sorted({t.confidence for tuples in predicted.values() for t in tuples})
    n = len(thresholds)
    position = {c: i for i, c in enumerate(thresholds)}
    p_num, p_den, r_num, r_den = [0.0] * n, [0] * n, [0.0] * n, [0] * n
    for key, gold_tuples in gold.items():
        predictions = predicted.get(key, [])
        scores = [[binary_match(g, p) for p in predictions] for g in gold_tuples]
        previous = 0
        for confidence in sorted(p.confidence for p in predictions):
            c = position[confidence]
            selected = [j for j, p in enumerate(predictions) if p.confidence >= confidence]
            recall = sum(max((row[j][1] for j in selected), default=0) for row in scores)
            precision = _greedy_precision(scores, selected)
            for k in range(previous, c + 1):
                p_num[k] += precision
                p_den[k] += len(selected)
                r_num[k] += recall
                r_den[k] += len(scores)
            previous = c + 1
        for k in range(previous, n):
            r_den[k] += len(scores)
    precisions = [a / b if b > 0 else 1.0 for a, b in zip(p_num, p_den)]
    recalls = [a / b if b > 0 else 0.0 for a, b in zip(r_num, r_den)]
    f1s = [2 * p * r / (p + r) if p + r > 0 else 0.0 for p, r in zip(precisions, recalls)]
    if not f1s:
        return Score(0.0, 0.0, 0.0, 0.0, 0.0), []
    best = max(range(n), key=lambda i: (f1s[i], -i))
    curve = list(zip(precisions, recalls))
    auc = _auc([r for _, r in curve] + [0.0], [p for p, _ in curve] + [1.0])
    return Score(precisions[best], recalls[best], f1s[best], auc, thresholds[best]), curve


def _greedy_precision(scores: list[list[tuple[float, float]]], selected: list[int]) -> float:
    """One-to-one assignment of predictions to gold tuples, greedily by highest precision."""
    used_rows: set[int] = set()
    used_cols: set[int] = set()
    total = 0.0
    for _ in range(min(len(scores), len(selected))):
        best, best_row, best_col = -1.0, -1, -1
        for i, row in enumerate(scores):
            if i in used_rows:
                continue
            for j in selected:
                if j not in used_cols and row[j][0] > best:
                    best, best_row, best_col = row[j][0], i, j
        used_rows.add(best_row)
        used_cols.add(best_col)
        total += best
    return total


def _auc(x: list[float], y: list[float]) -> float:
    """Trapezoidal area under y(x) for monotonic x (as sklearn.metrics.auc)."""
    area = sum((x[i + 1] - x[i]) * (y[i + 1] + y[i]) / 2 for i in range(len(x) - 1))
    return abs(area)


def predictions_from_records(records: Iterable[dict], sentences: Sequence[str]) -> dict[str, list[Tuple]]:
    """Open-mode records (doc_id = 1-based line number) → tuples keyed by their sentence."""
    predicted: dict[str, list[Tuple]] = defaultdict(list)
    for record in records:
        line = int(record["evidence"]["doc_id"])
        args = [
            record["subject"].get("text") or record["subject"]["name"],
            record["object"].get("text") or record["object"]["name"],
        ]
        args.extend(record.get("arguments") or ())
        relation = record.get("relation_text") or record["predicate"].replace("_", " ")
        predicted[sentence_key(sentences[line - 1])].append(Tuple(relation, tuple(args), record["confidence"]))
    return predicted


def extract_records(dev: Path) -> list[dict]:
    """Run `kg extract --open --one-per-line` in-process on the dev sentences."""
    from kg.extract import ExtractOptions, extract_articles
    from kg.ingest import read_lines
    from kg.records import relation_to_record

    articles = read_lines(dev.read_text("utf-8"), source=str(dev))
    records = []
    for result in extract_articles(articles, ExtractOptions(open=True)):
        records.extend(relation_to_record(r) for r in result.relations)
    return records


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval", type=Path, default=DEFAULT_EVAL, help="the eval folder (holds carb/)")
    parser.add_argument("--predictions", type=Path, help="JSON Lines of `kg extract --open --one-per-line`")
    parser.add_argument("--curve", type=Path, help="write the precision/recall curve as TSV")
    args = parser.parse_args(argv)
    dev = args.eval / "carb" / "dev.txt"
    gold_path = args.eval / "carb" / "gold" / "dev.tsv"
    if not dev.exists() or not gold_path.exists():
        sys.exit(f"carb: no CaRB dev data under {args.eval}: pass --eval with the folder that holds carb/")
    sentences = dev.read_text("utf-8").splitlines()
    started = time.perf_counter()
    if args.predictions:
        records = [json.loads(line) for line in args.predictions.read_text("utf-8").splitlines() if line.strip()]
    else:
        records = extract_records(dev)
    seconds = time.perf_counter() - started
    result, curve = score(read_gold(gold_path), predictions_from_records(records, sentences))
    print(f"CaRB dev: {len(sentences)} sentences, {len(records)} tuples ({seconds:.1f}s)")
    print(
        f"  kg        P {100 * result.precision:.1f}  R {100 * result.recall:.1f}  "
        f"F1 {100 * result.f1:.1f}  AUC {100 * result.auc:.1f}  (best F1 at confidence ≥ {result.threshold:g})"
    )
    print("  published F1 on the test split: " + " · ".join(f"{k} {v}" for k, v in PUBLISHED.items()))
    if args.curve:
        args.curve.write_text(
            "precision\trecall\n" + "".join(f"{p}\t{r}\n" for p, r in sorted(curve, key=lambda c: c[1]))
        )


if __name__ == "__main__":
    main()
