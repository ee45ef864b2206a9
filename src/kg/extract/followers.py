"""Followers named by an adjective made of a leader's name: "Blairite Alan Milburn" supports Tony Blair,
"Brownite minister Ed Balls" supports Gordon Brown. Mentions and their entities in → `Role`s out."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from spacy.attrs import ORTH
from spacy.tokens import Doc

from kg.extract.doc_words import doc_column
from kg.extract.mentions import Mention
from kg.extract.role_holders import Role
from kg.model import Entity

#: The ending that makes a follower's adjective of a name ("Blairite", "Thatcherite", "Bennite").
_ENDING = "ite"
#: A capitalised word of that ending, at least three letters before it ("Blairite", not "Elite").
_ADJECTIVE = re.compile(r"\b[A-Z][a-z]{2,}ite\b")
_ADJECTIVE_WORD = re.compile(r"[A-Z][a-z]{2,}ite")
#: How far before the follower's name the adjective may stand ("Brownite former minister Ed Balls").
_REACH = 3


def follower_roles(doc: Doc, mentions: Sequence[Mention], entities: Sequence[Entity]) -> Iterator[Role]:
    """A person named right after "<Surname>ite" (with at most a title between) supports the one person
    of the article whose last name that is; none when two share it or none has it."""
    if not _ending_word(doc):
        return  # no word like "Blairite" (most articles): the doc's text is not even joined
    spans = (doc.char_span(m.start(), m.end()) for m in _ADJECTIVE.finditer(doc.text))
    adjectives = [span[0] for span in spans if span is not None and len(span) == 1]
    if not adjectives:
        return  # no "Blairite" in the article (most articles): the text is searched, not each word
    by_surname: dict[str, dict[str, Entity]] = {}
    for entity in entities:
        if entity.type == "Person" and " " in entity.name:
            by_surname.setdefault(entity.name.split()[-1].lower(), {})[entity.id] = entity
    starts = {m.start: e for m, e in zip(mentions, entities)}
    for adjective in adjectives:
        leaders = by_surname.get(adjective.lower_[: -len(_ENDING)], {})
        if len(leaders) != 1:
            continue
        leader = next(iter(leaders.values()))
        for k in range(adjective.i + 1, min(adjective.i + 1 + _REACH, len(doc))):
            follower = starts.get(k)
            if follower is not None:
                if follower.type == "Person" and follower.id != leader.id:
                    yield Role(follower, leader, "supporter", "support", adjective.i, k + 1)
                break
            if not doc[k].is_lower:
                break  # only lower-case title words between: "Blairite minister Alan Milburn"


def _ending_word(doc: Doc) -> bool:
    """Whether some word of `doc` is written as an adjective of a name ("Blairite"): one found in the
    text is a whole word (a span of one token), so without such a word there is none."""
    known = _ADJECTIVE_WORDS
    if len(known) > 1 << 16:
        known.clear()
    for word in set(doc_column(doc, ORTH)):
        found = known.get(word)
        if found is None:
            text = doc.vocab.strings[word]
            found = known[word] = text.endswith(_ENDING) and _ADJECTIVE_WORD.fullmatch(text) is not None
        if found:
            return True
    return False


#: Whether a word, by its hash (the same in every vocab), is written as such an adjective: asked of
#: the same words in every article.
_ADJECTIVE_WORDS: dict[int, bool] = {}
