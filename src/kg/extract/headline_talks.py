"""Headlines that send two named parties back to talks, read by their words where the tagger takes the
verb for a noun: "Unifor and Northline Rail return to talks as strike deadline nears", "Boeing, union
resume talks". The headline span and the mention index in, `Candidate`s out."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.arguments import ArgumentIndex
from kg.extract.candidates import Candidate
from kg.vocabulary import Vocabulary

#: Words that take the parties back to talks through "to": "return to talks", "go back to the table".
_RETURNING = frozenset({"return", "returns", "back"})
#: Words that take up talks as their object: "resume talks", "reopen negotiations".
_RESUMING = frozenset({"resume", "resumes", "reopen", "reopens", "restart", "restarts"})
#: What the parties come back to.
_TALKS = frozenset({"talks", "negotiations", "table"})
#: What stands between the two names: "Unifor and Northline Rail", "Boeing, union".
_JOINING = frozenset({"and", ","})


def back_to_talks(span: Span, index: ArgumentIndex, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """Two names joined by "and" (or a headline's comma) right before "return to talks" or "resume
    talks": the two talk with each other (not "Boeing returns to profit", nor "Ford and GM shares
    return to highs")."""
    doc = span.doc
    for word in span[2:]:
        if not _talks_follow(word, span):
            continue
        second = word.i - 1
        partner_entity = index.by_token.get(second)
        if partner_entity is None:
            continue
        first = second
        while first > span.start and index.by_token.get(first - 1) is partner_entity:
            first -= 1  # the second name's own words
        joint = first - 1
        if joint <= span.start or doc[joint].lower_ not in _JOINING:
            continue
        subject_entity = index.by_token.get(joint - 1)
        if subject_entity is None or subject_entity.id == partner_entity.id:
            continue
        predicate = vocabulary.for_noun("talks") or "talk"
        yield Candidate(doc[joint - 1], predicate, doc[second], word, "headline_back_to_talks", 0.7, reach=False)


def _talks_follow(word: Token, span: Span) -> bool:
    """True for "return to talks", "return to the table", "back to the negotiating table", "resume talks"."""
    doc = span.doc
    lower = word.lower_
    if lower in _RESUMING:
        return word.i + 1 < span.end and doc[word.i + 1].lower_ in _TALKS - {"table"}
    if lower not in _RETURNING:
        return False
    after = [t.lower_ for t in doc[word.i + 1 : min(word.i + 5, span.end)]]
    if not after or after[0] != "to":
        return False
    rest = after[1:]
    if rest and rest[0] in ("talks", "negotiations"):
        return True
    return len(rest) >= 2 and rest[0] == "the" and "table" in rest[1:3]
