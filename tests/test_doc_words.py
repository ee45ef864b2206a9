"""The per-doc readers of `doc_words`: answers kept per token of the current doc, word-list look-ups."""

from __future__ import annotations

import threading

import spacy
from spacy.tokens import Doc, Token

from kg.extract.doc_words import per_token, tokens_among, word_positions

_NLP = spacy.blank("en")


def test_per_token_asks_once_per_token_and_again_for_another_doc() -> None:
    asked: list[tuple[str, int]] = []

    @per_token
    def shout(token: Token) -> str:
        asked.append((token.doc.text, token.i))
        return token.text.upper()

    first = _NLP("Rutte met Trump")
    second = _NLP("Macron met Scholz")
    assert [shout(first[0]), shout(first[0]), shout(first[2])] == ["RUTTE", "RUTTE", "TRUMP"]
    assert shout(second[0]) == "MACRON"  # the same index in another doc is another token
    assert shout(first[0]) == "RUTTE"
    assert asked == [("Rutte met Trump", 0), ("Rutte met Trump", 2), ("Macron met Scholz", 0), ("Rutte met Trump", 0)]


def test_per_token_keeps_each_threads_doc_apart() -> None:
    @per_token
    def word(token: Token) -> str:
        return token.text

    docs = [_NLP(f"Leader{k} met Rival{k} in Brussels") for k in range(8)]
    found: dict[int, list[str]] = {}

    def read(k: int, doc: Doc) -> None:
        found[k] = [word(doc[i % len(doc)]) for i in range(200)]

    threads = [threading.Thread(target=read, args=(k, doc)) for k, doc in enumerate(docs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(found[k] == [docs[k][i % len(docs[k])].text for i in range(200)] for k in range(8))


def test_word_positions_are_in_document_order_whatever_the_case() -> None:
    doc = _NLP("We said our plan was ours, and WE kept it. Our allies agreed.")
    assert word_positions(doc, frozenset({"we", "our"})) == [0, 2, 8, 12]
    assert [t.text for t in tokens_among(doc, frozenset({"our"}))] == ["our", "Our"]
    assert word_positions(doc, frozenset({"they"})) == []
