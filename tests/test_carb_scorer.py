"""The CaRB scorer of bench/carb.py on hand-made tuples whose scores are worked out by hand."""

from __future__ import annotations

import pytest

from bench.carb import Tuple, binary_match, score, sentence_key, tuple_match


def test_token_overlap_gives_precision_and_recall() -> None:
    gold = Tuple("met", ("Mark Rutte", "Donald Trump on Thursday"))
    predicted = Tuple("met", ("Rutte", "Donald Trump"))
    # predicted tokens 1 + 1 + 2, all in gold: precision 1; gold tokens 1 + 2 + 4, of which 1 + 1 + 2 found
    assert tuple_match(gold, predicted) == (1.0, pytest.approx(4 / 7))


def test_no_shared_relation_token_scores_zero() -> None:
    assert tuple_match(Tuple("met", ("Rutte", "Trump")), Tuple("praised", ("Rutte", "Trump"))) == (0.0, 0.0)


def test_verbs_of_saying_also_match_with_arguments_swapped() -> None:
    gold = Tuple("said", ("Rutte", "the peace is gradual"))
    predicted = Tuple("said", ("the peace is gradual", "Rutte"))
    assert binary_match(gold, predicted) == (1.0, 1.0)


def test_best_f1_over_the_confidence_sweep() -> None:
    key = sentence_key("Rutte met Trump , and said the peace is gradual .")
    gold = {key: [Tuple("met", ("Rutte", "Trump")), Tuple("said", ("Rutte", "the peace is gradual"))]}
    predicted = {key: [Tuple("met", ("Rutte", "Trump"), 0.9), Tuple("praised", ("Rutte", "Trump"), 0.5)]}
    best, curve = score(gold, predicted)
    assert (best.precision, best.recall, best.threshold) == (1.0, 0.5, 0.9)
    assert best.f1 == pytest.approx(2 / 3)
    assert curve == [(0.5, 0.5), (1.0, 0.5)]


def test_sentences_match_without_spaces_punctuation_or_ptb_brackets() -> None:
    assert sentence_key("He said -LRB- loudly -RRB- : `` no . ''") == sentence_key('He said (loudly): "no."')
