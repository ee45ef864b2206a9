"""A title said with "whose" of the body named before it: "Chelsea, whose owner Roman Abramovich is Russian"
→ Roman Abramovich –owner_of→ Chelsea, "Tesco, whose chief executive Terry Leahy …" → lead. Read off the
words, which the parse often hangs wrongly. Mentions and their entities in → `Role`s out."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from kg.extract.doc_words import word_positions
from kg.extract.mentions import Mention
from kg.extract.role_holders import Role
from kg.extract.titles import title_predicate
from kg.model import Entity

_WHOSE = frozenset({"whose"})
#: How many words a title after "whose" may take: "whose chief financial officer".
_TITLE_WORDS = 4
#: What the body before "whose" may be: one that has owners and staff, or a country that has leaders.
_HOLDING_TYPES = frozenset({"Organization", "Group", "Country"})


def whose_title(doc: Doc, mention: Mention, holder: Entity, by_token) -> Iterator[Role]:
    """ "<body>, whose <title> <name>": the name holds the title in the body (a body named so can only own
    it: "Jaguar, whose owner Ford …")."""
    if not word_positions(doc, _WHOSE):
        return
    i = mention.start - 1
    words: list[str] = []
    while i >= 0 and doc[i].is_lower and doc[i].is_alpha and doc[i].lower_ != "whose" and len(words) < _TITLE_WORDS:
        words.insert(0, doc[i].text)
        i -= 1
    if not words or i < 2 or doc[i].lower_ != "whose" or doc[i - 1].text != "," or i - 2 not in by_token:
        return
    body_mention, body = by_token[i - 2]
    predicate = title_predicate(words)
    if predicate is None or body.type not in _HOLDING_TYPES or body.id == holder.id:
        return
    if holder.type != "Person" and predicate != "owner_of":
        return  # a body may own another; it is no one's chief executive
    yield Role(holder, body, " ".join(words), predicate, body_mention.start, mention.end)
