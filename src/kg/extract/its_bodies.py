"""Bodies a company owns, named after "its" with a kind noun: "Ford is to cut jobs at its Jaguar unit" →
Jaguar –unit_of→ Ford, "Lufthansa said its subsidiary Eurowings would …" → subsidiary_of. "Its" is the
company that is the subject of the sentence before it. Mentions and their entities in → `Role`s out."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from kg.extract.doc_words import span_root, word_positions
from kg.extract.grammar import SUBJECTS
from kg.extract.mentions import Mention
from kg.extract.owned_bodies import BODY_KINDS
from kg.extract.role_holders import Role
from kg.model import Entity

_ITS = frozenset({"its"})
#: How many words an adjective-and-kind phrase may take: "its Jaguar luxury car unit".
_PHRASE = 4


def body_of_its_owner(doc: Doc, mention: Mention, body: Entity, by_token) -> Iterator[Role]:
    """ "its [adjectives] <kind> <name>" or "its <name> [adjectives] <kind>": the name is a body of that
    kind of the company "its" stands for, the one that is the subject before it in the sentence (not "BP
    sued Shell over its Brazilian unit Petrobras": Shell stands between)."""
    if not word_positions(doc, _ITS):
        return
    words = _kind_before(doc, mention) or _kind_after(doc, mention)
    if not words or words[-1].lemma_.lower() not in BODY_KINDS:
        return
    its = words[0].i - 1 if words[0].i < mention.start else mention.start - 1
    if its < 0 or doc[its].lower_ != "its":
        return
    owner = _subject_before(doc, its, by_token)
    if owner is None or owner[1].id == body.id:
        return
    owner_mention, entity = owner
    end = max(mention.end, words[-1].i + 1)
    kind = f"{words[-1].lemma_.lower()}_of"
    yield Role(body, entity, " ".join(t.text for t in words), kind, owner_mention.start, end)


def _kind_before(doc: Doc, mention: Mention) -> list[Token]:
    """The lower-case words between "its" and the name: "its subsidiary Eurowings"."""
    i = mention.start - 1
    words: list[Token] = []
    while i >= 0 and mention.start - i <= _PHRASE and doc[i].is_lower and doc[i].is_alpha and doc[i].lower_ != "its":
        words.insert(0, doc[i])
        i -= 1
    return words if i >= 0 and doc[i].lower_ == "its" else []


def _kind_after(doc: Doc, mention: Mention) -> list[Token]:
    """The adjectives and kind noun after the name, ending its noun phrase: "its Jaguar luxury car unit"."""
    k = mention.end
    while k < len(doc) and k - mention.end < _PHRASE:
        word = doc[k]
        if not (word.is_lower and word.is_alpha and word.pos_ in ("NOUN", "ADJ")):
            break
        k += 1
    words = list(doc[mention.end : k])
    if not words or k < len(doc) and doc[k].pos_ in ("NOUN", "PROPN") or words[-1].pos_ != "NOUN":
        return []
    return words


def _subject_before(doc: Doc, its: int, by_token) -> tuple[Mention, Entity] | None:
    """The organization named nearest before "its" in its sentence, when that name is a clause's subject
    or owns it ("Ford's chief executive said its …" is Ford's)."""
    start = doc[its].sent.start
    for i in range(its - 1, start - 1, -1):
        if i not in by_token:
            continue
        mention, entity = by_token[i]
        if entity.type not in ("Organization", "Other"):
            return None
        root = span_root(doc, mention.start, mention.end)
        if root.dep_ in SUBJECTS or root.dep_ == "poss" and root.head.dep_ in SUBJECTS:
            return mention, entity
        return None
    return None
