"""The words of a parsed article that extraction reads, found on the doc's arrays rather than token by
token: the verbs and nouns outside page furniture, proper-noun owners, the tokens of a word list (on an
index of the doc's words), each token's sentence, the roots of spans, and the tokens page furniture covers;
and `per_token` and `per_doc`, which answer a question of a token, or of a doc, once per doc."""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Callable
from functools import lru_cache, wraps
from typing import Any, TypeVar
from weakref import WeakKeyDictionary

import numpy as np
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS, SENT_START
from spacy.strings import hash_string  # type: ignore[attr-defined]  # in spaCy, not in its stubs
from spacy.symbols import AUX, NOUN, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from kg.extract.furniture import Furniture

T = TypeVar("T")
_VERB_POS = frozenset({VERB, AUX})
_LATIN_LETTER = re.compile("[A-Za-z]")
_NOUN_POS = frozenset({NOUN, PROPN})
_CONTENT_POS = _VERB_POS | _NOUN_POS


def verbs_and_nouns(doc: Doc, masked: frozenset[int]) -> tuple[list[Token], list[Token]]:
    """The verbs and nouns outside page furniture, read off the POS array once (rules look at no other
    token); a word with no Latin letter names no predicate (control characters the tagger calls a verb,
    a word of another script) and is left out."""
    verbs: list[Token] = []
    nouns: list[Token] = []
    strings = doc.vocab.strings
    pos, lemmas = doc_column(doc, POS), doc_column(doc, LEMMA)
    latin = _LATIN_LEMMAS
    if len(latin) > 1 << 16:
        latin.clear()
    for i in positions_among(pos, _CONTENT_POS):
        lemma = lemmas[i]
        found = latin.get(lemma)
        if found is None:
            found = latin[lemma] = names_a_predicate(strings[lemma])
        if found and i not in masked:
            (verbs if pos[i] in _VERB_POS else nouns).append(doc[i])
    return verbs, nouns


def names_a_predicate(lemma: str) -> bool:
    """True for a word with a Latin letter: one with none (control characters the tagger calls a verb,
    a word of another script) names no predicate."""
    return _LATIN_LETTER.search(lemma) is not None


#: Whether a lemma, by its hash (the same in every vocab), has a Latin letter: asked of the same
#: lemmas in every article.
_LATIN_LEMMAS: dict[int, bool] = {}


class _Answers(threading.local):
    """The doc that `per_token` or `per_doc` answers for in this thread, with its answers (one
    attribute, read once per question: a thread-local attribute costs more than a plain one)."""

    def __init__(self) -> None:  # run again in each thread that uses it
        self.last: tuple[Doc | None, Any] = (None, None)


_UNASKED: Any = object()  # not yet answered (None is an answer)


def per_token(function: Callable[[Token], T]) -> Callable[[Token], T]:
    """`function` of a token, answered once for each token of the doc last asked about: several rules
    ask the same of a verb ("its clause subject"). The answers go when a token of another doc is
    asked, so only that doc is kept alive (an `lru_cache` would keep thousands of tokens, and their
    docs, for the garbage collector to walk). Each thread keeps its own doc's answers."""
    state = _Answers()

    @wraps(function)
    def answered(token: Token) -> T:
        doc, answers = state.last
        if doc is not token.doc:
            answers = {}
            state.last = token.doc, answers
        i = token.i
        answer = answers.get(i, _UNASKED)
        if answer is _UNASKED:
            answer = answers[i] = function(token)
        return answer

    return answered


def per_doc(function: Callable[[Doc], T]) -> Callable[[Doc], T]:
    """`function` of a doc, answered once for the doc last asked about (as `per_token` keeps its
    answers): what several stages read off the same doc. The answer is shared, so callers must not
    change it."""
    state = _Answers()

    @wraps(function)
    def answered(doc: Doc) -> T:
        last, answer = state.last
        if last is not doc:
            answer = function(doc)
            state.last = doc, answer
        return answer

    return answered


@per_doc
def sentence_starts(doc: Doc) -> list[int]:
    """For every token, the index of the first token of its sentence (read off the doc's array
    once: `Token.sent` walks the sentence each time it is asked)."""
    flags = doc.to_array(SENT_START)
    starts = np.maximum.accumulate(np.where(flags == 1, np.arange(len(doc)), 0)) if len(doc) else flags
    return starts.tolist()


@per_doc
def _columns(doc: Doc) -> dict[int, list[int]]:
    return {}


def doc_column(doc: Doc, attr: int) -> list[int]:
    """The doc's array of `attr` (a `spacy.attrs` id) as a list, read once per doc: several stages read
    the same columns. Shared, so callers must not change it."""
    columns = _columns(doc)
    values = columns.get(attr)
    if values is None:
        values = columns[attr] = doc.to_array(attr).tolist()
    return values


def span_root(doc: Doc, start: int, end: int) -> Token:
    """`doc[start:end].root`, found once per span of the doc: the stages that read a mention ask for
    its root again and again, and each `Span` made and walked costs more than the look-up."""
    if end - start == 1:
        return doc[start]  # a one-word span is its own root: no slice to make
    roots = _roots(doc)
    root = roots.get((start, end))
    if root is None:
        root = roots[start, end] = doc[start:end].root
    return root


_ROOTS = _Answers()


def _roots(doc: Doc) -> dict[tuple[int, int], Token]:
    """The span roots found in `doc`, when it is the doc last asked about in this thread; else none yet."""
    last, roots = _ROOTS.last
    if last is not doc:
        roots = {}
        _ROOTS.last = doc, roots
    return roots


def span_root_of(span: Span) -> Token:
    """`span.root`, as `span_root` finds it and kept for it: a stage that holds the span already
    saves the slice that `span_root` would make of the doc."""
    roots = _roots(span.doc)
    key = (span.start, span.end)
    root = roots.get(key)
    if root is None:
        root = roots[key] = span.root
    return root


#: The label a verb's labels gain when a subject of it has a coordinated partner ("A and B met").
COORDINATED_SUBJECT = "nsubj+conj"


@per_doc
def child_labels(doc: Doc) -> list[set[str]]:
    """Each token's children's dependency labels, read off the doc's arrays once, and
    `COORDINATED_SUBJECT` where a subject among them has a conjunct. Shared: callers must not
    change them."""
    labels: list[set[str]] = [set() for _ in range(len(doc))]
    names: dict[int, str] = {}
    subjects: list[tuple[int, int]] = []
    appositions: list[tuple[int, int]] = []
    strings = doc.vocab.strings
    offsets = doc.to_array(HEAD).astype(np.int64).tolist()
    for i, (offset, dep) in enumerate(zip(offsets, doc_column(doc, DEP), strict=True)):
        if offset:
            name = names.get(dep)
            if name is None:
                name = names[dep] = strings[dep]
            labels[i + offset].add(name)
            if name == "nsubj":
                subjects.append((i, i + offset))
            elif name == "appos":
                appositions.append((i, i + offset))
    coordinated = {subject for subject, _ in subjects if "conj" in labels[subject]}
    # "Unifor, Canada's largest union, and Northline Rail will return": the parser's conjunct of the apposition
    coordinated.update(head for appos, head in appositions if "conj" in labels[appos])
    # "Sadiq Khan, the mayor of London, and Andy Burnham met": parsed as two subjects of one verb
    per_head = Counter(head for _, head in subjects)
    coordinated.update(s for s, head in subjects if "cc" in labels[s] and per_head[head] > 1)
    for subject, head in subjects:
        if subject in coordinated:
            labels[head].add(COORDINATED_SUBJECT)  # "Joe Biden and Xi Jinping met"
    return labels


def child_deps(token: Token) -> set[str]:
    """The dependency labels of `token`'s children (see `child_labels`): a test of a label without
    walking the children, which makes a token of each. Shared: callers must not change it."""
    doc = token.doc
    last, labels = _CHILD_LABELS.last  # `child_labels(doc)`, without a second call for each token
    if last is not doc:
        labels = child_labels(doc)
        _CHILD_LABELS.last = doc, labels
    return labels[token.i]


_CHILD_LABELS = _Answers()


def proper_possessives(doc: Doc) -> list[Token]:
    """The proper nouns that own a noun phrase ("BBC1's Breakfast with Frost"), read off the doc's arrays."""
    poss = doc.vocab.strings.add("poss")
    pos = doc_column(doc, POS)
    return [doc[i] for i in positions_among(doc_column(doc, DEP), frozenset({poss})) if pos[i] == PROPN]


def tokens_among(doc: Doc, words: frozenset[str]) -> list[Token]:
    """The tokens whose lower-case form is one of `words`, in document order."""
    return [doc[i] for i in word_positions(doc, words)]


def word_positions(doc: Doc, words: frozenset[str]) -> list[int]:
    """The indices of the tokens whose lower-case form is one of `words`, in document order, looked
    up in the doc's index of words (made on the first question: several stages ask their word lists)."""
    index = word_index(doc)
    wanted = word_hashes(words)
    if len(wanted) > len(index):  # a long list (a lexicon's words): walk the article's words instead
        found = [i for word, places in index.items() if word in wanted for i in places]
    else:
        found = [i for word in wanted if word in index for i in index[word]]
    found.sort()
    return found


def word_index(doc: Doc) -> dict[int, list[int]]:
    """Each lower-case form of the doc (by its hash) with the indices of its tokens, made on the first
    question. Shared: callers must not change it."""
    index = _LOWER_INDEX.get(doc)
    if index is None:
        index = _LOWER_INDEX[doc] = {}
        for i, word in enumerate(doc_column(doc, LOWER)):
            index.setdefault(word, []).append(i)
    return index


#: Each doc's token indices by lower-case form; a doc's words never change after parsing, and the
#: index goes with its doc.
_LOWER_INDEX: WeakKeyDictionary[Doc, dict[int, list[int]]] = WeakKeyDictionary()


def positions_among(values: list[int], wanted: frozenset[int]) -> list[int]:
    """The positions of `values` (a column of the doc's arrays, as a list) that hold one of `wanted`:
    a set look-up per token, cheaper than `numpy.isin` on arrays of an article's length."""
    return [i for i, value in enumerate(values) if value in wanted]


@lru_cache(maxsize=64)
def word_hashes(words: frozenset[str]) -> frozenset[int]:
    """The string-store hashes of `words` (the same in every vocab: spaCy hashes the text)."""
    return frozenset(hash_string(w) for w in words)


def masked_tokens(doc: Doc, furniture: list[Furniture]) -> frozenset[int]:
    masked: set[int] = set()
    for piece in furniture:
        span = doc.char_span(piece.start, piece.end, alignment_mode="expand")
        if span is not None:
            masked.update(range(span.start, span.end))
    return frozenset(masked)
