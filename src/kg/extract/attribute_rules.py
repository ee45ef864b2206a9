"""spaCy's attribute ruler with its patterns looked up by each token's words and tags: the same matches,
the same annotations, found without trying every pattern at every token.

spaCy's `AttributeRuler` hands its patterns (about 180 in the English pipelines: tag maps, pronoun
forms, "gonna") to a `Matcher`, which tests each pattern at each token; on news that costs an eighth
of the whole pipeline's time, as much as all of kg's rules. `IndexedAttributeRuler` keeps spaCy's
patterns, attributes and annotation code, and finds the matches through a table from the value a
pattern's first token must have (its tag, its lower-case form) to the patterns that start so. A
pipeline whose patterns use more than fixed-length token tests (operators, extension attributes,
comparisons) is matched by spaCy's `Matcher`, as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from spacy.attrs import IDS
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.vocab import Vocab

#: The component that `load_pipeline` puts in place of spaCy's attribute ruler.
INDEXED_ATTRIBUTE_RULER = "kg_attribute_ruler"

#: Token attributes a pattern may test here (by their pattern names; TEXT is ORTH), read off the doc's arrays.
_READABLE = frozenset({"ORTH", "TEXT", "LOWER", "NORM", "TAG", "POS", "DEP", "LEMMA", "ENT_TYPE", "SHAPE"})
#: Boolean flags a pattern may test (true or false), read off the doc's arrays as 1 or 0.
_FLAGS = frozenset({"IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "LIKE_NUM"})
_PREDICATES = frozenset({"IN", "NOT_IN", "REGEX"})


@dataclass(frozen=True, slots=True)
class _Test:
    """One test of a pattern token: the attribute's column, and the value it must have (`equal`), or
    one of (`among`), none of (`outside`), or whose text a regular expression finds (`search`)."""

    column: int
    equal: int | None = None
    among: frozenset[int] | None = None
    outside: frozenset[int] | None = None
    search: re.Pattern[str] | None = None

    def passes(self, value: int, text: Callable[[int], str]) -> bool:
        if self.equal is not None:
            return value == self.equal
        if self.among is not None:
            return value in self.among
        if self.outside is not None:
            return value not in self.outside
        return self.search is not None and self.search.search(text(value)) is not None


@dataclass(frozen=True, slots=True)
class _Pattern:
    """A pattern of one rule: the rule's number and match id, and the tests of each of its tokens."""

    rule: int
    key: int
    tokens: tuple[tuple[_Test, ...], ...]

    def matches_at(self, columns: Sequence[list[int]], start: int, text: Callable[[int], str]) -> bool:
        if start + len(self.tokens) > len(columns[0]):
            return False
        for offset, tests in enumerate(self.tokens):
            for test in tests:
                if not test.passes(columns[test.column][start + offset], text):
                    return False
        return True


class _Unindexable(Exception):
    """A pattern that only spaCy's `Matcher` can match."""


@dataclass(frozen=True, slots=True)
class _Anchored:
    """The patterns one of whose tokens must have one value of a column: those that test nothing
    more (`sure`: their rule, match id and length) and those with more to test (`checked`, with the
    place of that token in the pattern)."""

    sure: list[tuple[int, int, int]]
    checked: list[tuple[int, _Pattern]]


@dataclass(frozen=True, slots=True)
class _PatternIndex:
    """The patterns of a ruler by the value a column must have at one of their tokens (`anchors`:
    for each column, a table from value to patterns), and those with no token of a fixed value
    (`unanchored`)."""

    attrs: tuple[int, ...]  # the columns' attribute ids, for `Doc.to_array`
    anchors: tuple[tuple[int, dict[int, _Anchored]], ...]
    unanchored: tuple[_Pattern, ...]

    def matches(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """What `AttributeRuler.match` gives: (rule, match id, start, end), later rules last."""
        if not len(doc) or not self.attrs:
            return []
        array = doc.to_array(list(self.attrs))
        columns = [array.tolist()] if array.ndim == 1 else [array[:, k].tolist() for k in range(len(self.attrs))]
        strings = doc.vocab.strings

        def text(value: int) -> str:
            return strings[value]

        found = []
        for column, table in self.anchors:
            for i, value in enumerate(columns[column]):
                anchored = table.get(value)
                if anchored is None:
                    continue
                for rule, key, length in anchored.sure:
                    found.append((rule, key, i, i + length))
                for offset, pattern in anchored.checked:
                    start = i - offset
                    if start >= 0 and pattern.matches_at(columns, start, text):
                        found.append((pattern.rule, pattern.key, start, start + len(pattern.tokens)))
        for pattern in self.unanchored:
            for i in range(len(doc)):
                if pattern.matches_at(columns, i, text):
                    found.append((pattern.rule, pattern.key, i, i + len(pattern.tokens)))
        found.sort()
        return found


def pattern_index(ruler: AttributeRuler) -> _PatternIndex | None:
    """The index of `ruler`'s patterns, or None when one of them needs spaCy's `Matcher`."""
    attrs: list[int] = []
    anchors: dict[int, dict[int, _Anchored]] = {}
    unanchored: list[_Pattern] = []
    strings = ruler.vocab.strings
    for rule in range(len(ruler.attrs)):
        key = strings.add(str(rule))
        for tokens in ruler.matcher.get(str(rule))[1]:
            try:
                pattern = _Pattern(rule, key, tuple(_tests(spec, attrs, ruler.vocab) for spec in tokens))
            except _Unindexable:
                return None
            if not pattern.tokens:
                return None
            # the test the index looks up: a fixed value if a token has one, else a set of values
            tested = [(offset, test) for offset, tests in enumerate(pattern.tokens) for test in tests]
            offset, anchor = next((t for t in tested if t[1].equal is not None), None) or next(
                (t for t in tested if t[1].among is not None), (0, None)
            )
            if anchor is None:
                unanchored.append(pattern)
                continue
            table = anchors.setdefault(anchor.column, {})
            values = (anchor.equal,) if anchor.equal is not None else sorted(anchor.among or ())
            for value in values:
                anchored = table.setdefault(value, _Anchored([], []))
                if len(tested) == 1:  # the anchor is its only test
                    anchored.sure.append((rule, key, 1))
                else:
                    anchored.checked.append((offset, pattern))
    return _PatternIndex(tuple(attrs), tuple(anchors.items()), tuple(unanchored))


def _tests(spec: dict[str, Any], attrs: list[int], vocab: Vocab) -> tuple[_Test, ...]:
    """The tests of one pattern token (`spec`, as the Matcher holds it), adding the columns they read to `attrs`."""
    tests = []
    for name, value in spec.items():
        name = name.upper()
        if name not in _READABLE and name not in _FLAGS:
            raise _Unindexable(name)  # OP, extension attributes, LENGTH, MORPH, …
        attr = IDS["ORTH" if name == "TEXT" else name]
        if attr not in attrs:
            attrs.append(attr)
        column = attrs.index(attr)
        if name in _FLAGS:
            if not isinstance(value, bool):
                raise _Unindexable(name)
            tests.append(_Test(column, equal=int(value)))
        elif isinstance(value, str):
            tests.append(_Test(column, equal=vocab.strings.add(value)))
        elif isinstance(value, dict) and len(value) == 1 and set(value) <= _PREDICATES:
            ((predicate, argument),) = value.items()
            tests.append(_predicate_test(column, predicate, argument, vocab))
        else:
            raise _Unindexable(name)
    return tuple(tests)


def _predicate_test(column: int, predicate: str, argument: Any, vocab: Vocab) -> _Test:
    if predicate == "REGEX" and isinstance(argument, str):
        return _Test(column, search=re.compile(argument))
    if predicate in ("IN", "NOT_IN") and isinstance(argument, list) and all(isinstance(v, str) for v in argument):
        values = frozenset(vocab.strings.add(v) for v in argument)
        return _Test(column, among=values) if predicate == "IN" else _Test(column, outside=values)
    raise _Unindexable(predicate)


class IndexedAttributeRuler(AttributeRuler):
    """spaCy's `AttributeRuler`, matching its patterns through `pattern_index` (made again when
    patterns are added or cleared) or, when a pattern needs it, through its `Matcher`."""

    def __init__(self, vocab: Vocab, name: str = "attribute_ruler", **settings: Any) -> None:
        super().__init__(vocab, name, **settings)
        self._index: tuple[tuple[int, int], _PatternIndex | None] | None = None

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        state = (id(self.matcher), len(self.attrs))  # `add` appends a rule, `clear` makes a new Matcher
        if self._index is None or self._index[0] != state:
            self._index = (state, pattern_index(self))
        index = self._index[1]
        if index is None:
            return super().match(doc)
        return index.matches(doc)


@Language.factory(INDEXED_ATTRIBUTE_RULER)
def make_indexed_attribute_ruler(nlp: Language, name: str) -> IndexedAttributeRuler:
    return IndexedAttributeRuler(nlp.vocab, name)


def index_attribute_rules(nlp: Language) -> None:
    """Put an `IndexedAttributeRuler` with the same patterns in place of `nlp`'s attribute ruler, if it has one."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    stock = nlp.get_pipe("attribute_ruler")
    if not isinstance(stock, AttributeRuler) or isinstance(stock, IndexedAttributeRuler):
        return
    indexed = cast(IndexedAttributeRuler, nlp.replace_pipe("attribute_ruler", INDEXED_ATTRIBUTE_RULER))
    indexed.add_patterns(stock.patterns)
