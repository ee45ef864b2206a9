"""Names of several words that the alias table knows and the tagger splits or misses: "Number 10"
(tagged "Number" and a cardinal), "No 10", "Security Council". A doc in → entity spans out,
labelled by the alias row's type, for `entity_mentions` to read like the tagger's own."""

from __future__ import annotations

from functools import cache

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

from kg.extract.doc_words import doc_column, positions_among, word_hashes
from kg.resolve.aliases import shipped_aliases

_LABEL_OF_TYPE = {"Organization": "ORG", "Person": "PERSON", "Country": "GPE", "Location": "LOC", "Group": "NORP"}


def alias_phrases(doc: Doc) -> list[Span]:
    """The places where `doc` writes a name of two to four words of the shipped alias table, word for
    word and capitalised as the table has it, unless an entity of the tagger of that type spans it."""
    phrases = _phrases()
    found: list[Span] = []
    end = 0
    for i in positions_among(doc_column(doc, ORTH), _first_words()):
        if i < end:
            continue
        for words, label in phrases[doc[i].text]:
            stop = i + len(words)
            if stop <= len(doc) and all(doc[i + k].text == w for k, w in enumerate(words[1:], start=1)):
                if _kept_apart(doc, i, stop, label):
                    found.append(Span(doc, i, stop, label=label))
                    end = stop
                break
    return found


#: Entity labels that are not names: a span so tagged ("Number 10" as a cardinal) may be a name.
_NOT_NAMES = frozenset({"CARDINAL", "ORDINAL", "QUANTITY", "DATE", "TIME", "MONEY", "PERCENT"})


def _kept_apart(doc: Doc, start: int, stop: int, label: str) -> bool:
    """True when the tagger did not read the words [start, stop) as this name or as part of a longer
    one: "Number 10" tagged a cardinal, "Reform" and "UK" apart; not "Lib Dem Treasury" as one name."""
    for k in range(start, stop):
        token = doc[k]
        if not token.ent_type_ or token.ent_type_ in _NOT_NAMES:
            continue
        ent_start, ent_end = k, k + 1
        while ent_start > 0 and doc[ent_start].ent_iob_ == "I":
            ent_start -= 1
        while ent_end < len(doc) and doc[ent_end].ent_iob_ == "I":
            ent_end += 1
        if ent_start < start or ent_end > stop:
            return False  # a longer name holds these words
        if (ent_start, ent_end) == (start, stop) and token.ent_type_ == label:
            return False  # already this name
    return True


@cache
def _first_words() -> frozenset[int]:
    """The string-store hashes of the phrases' first words (the same in every vocab)."""
    return word_hashes(frozenset(_phrases()))


@cache
def _phrases() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """First word → (the words, the label) of every multi-word alias and canonical name, longest first."""
    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    aliases = shipped_aliases()
    for row in aliases.rows():
        label = _LABEL_OF_TYPE.get(row.type or "")
        for name in (row.alias, row.canonical):
            words = tuple(name.split())
            if label is None or not 2 <= len(words) <= 4 or not words[0][0].isupper():
                continue
            if any(not w.replace("-", "").isalnum() for w in words):
                continue  # "Her Majesty's Government": the tokenizer splits it otherwise
            if (words, label) not in table.setdefault(words[0], []):
                table[words[0]].append((words, label))
    for entries in table.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return table
