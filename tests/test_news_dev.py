"""The development corpus of bench/news-dev: every gold file has its article, every gold line is well formed,
and every gold sentence occurs verbatim in its article, in article order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[1] / "bench" / "news-dev"
QUALIFIERS = {None, "negated", "hypothetical", "intent", "reported"}
GOLD = sorted((CORPUS / "gold").glob("*.jsonl"))


def test_every_article_has_gold_and_every_gold_an_article() -> None:
    articles = {p.stem for p in (CORPUS / "articles").glob("*.txt")}
    assert articles == {p.stem for p in GOLD}
    assert len(articles) == 24


@pytest.mark.parametrize("gold", GOLD, ids=lambda p: p.stem)
def test_gold_sentences_occur_verbatim_in_order(gold: Path) -> None:
    text = (CORPUS / "articles" / f"{gold.stem}.txt").read_text("utf-8")
    position = 0
    for line in gold.read_text("utf-8").splitlines():
        entry = json.loads(line)
        assert entry["doc_id"] == gold.stem
        found = text.find(entry["sentence"], position)
        assert found >= 0, entry["sentence"]
        position = found + len(entry["sentence"])
        assert entry["relations"]
        for relation in entry["relations"]:
            assert set(relation) == {"subject", "relation", "object", "qualifier"}
            assert relation["subject"] and relation["relation"] and relation["object"]
            assert relation["qualifier"] in QUALIFIERS
