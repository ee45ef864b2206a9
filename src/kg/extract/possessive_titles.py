"""Titles whose owner is not named beside them, read for `resolved_roles`: a pronoun ("its chief
executive, Paul Polman", "his spokesman Tom Kelly") or the company the sentence before is about ("Chief
Executive Martin Sorrell told Reuters that WPP …"). Mentions and a token → entity lookup in, (person, owner, title…) tuples out."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from spacy.tokens import Doc, Token

from kg.extract.doc_words import sentence_starts
from kg.extract.grammar import SUBJECTS
from kg.extract.title_owners import ended_before
from kg.extract.titles import DEPARTMENTS, ENDED, HONORIFICS, TITLES, title_predicate
from kg.model import Entity

#: Roles one holds for a person ("his spokesman", "her adviser"); `may_hold` keeps an aide's only.
_PERSONS_STAFF = frozenset({"spokesperson_for", "works_for"})
#: Titles a company or party gives (a bare "Chief Executive Martin Sorrell" opening a sentence).
_BODY_PREDICATES = frozenset({"lead", "chair", "spokesperson_for"})


def possessive_titles(
    doc: Doc, mentions: Sequence, entities: Sequence[Entity], entity_of: Callable[[Token], Entity | None]
) -> Iterator[tuple[Entity, Entity, list[Token], str, int, int, bool]]:
    """Titles whose owner is a pronoun or the sentence before: "its chief executive, Paul Polman" and
    "their leader Caroline Lucas" (the pronoun's organization), "Chief Executive Martin Sorrell told
    Reuters that WPP …" (a company the previous sentence is about and this one names).
    Yields (person, organization, title words, predicate, start, end, ended)."""
    for mention, person in zip(mentions, entities):
        if person.type != "Person":
            continue
        title, before = _title_before(doc, mention.start)
        if not title:
            continue
        predicate = title_predicate([t.text for t in title if t.lower_ not in ENDED and t.lower_ != "then"])
        if predicate is None:
            continue
        ended = any(t.lower_ in ENDED for t in title) or ended_before(doc, title[0].i)
        owner: Entity | None = None
        if before is not None and before.lower_ in ("its", "their"):
            owner = entity_of(before)
        elif before is not None and before.lower_ in ("his", "her") and predicate in _PERSONS_STAFF:
            owner = entity_of(before)  # "His spokesman Tom Kelly": a person's spokesman or aide
        elif before is None and predicate in _BODY_PREDICATES and title[0].is_title:
            owner = _topic_company(doc, mention.start, entity_of)
        if owner is not None and owner.type in ("Organization", "Group", "Person") and owner.id != person.id:
            start = before.i if before is not None else title[0].i
            yield person, owner, title, predicate, start, mention.end, ended


def _title_before(doc: Doc, start: int) -> tuple[list[Token], Token | None]:
    """The title words right before a name (a comma between allowed) and the word before them
    (None when the title opens its sentence, after "The" at most)."""
    k = start - 1
    while k >= 0 and doc[k].lower_ in HONORIFICS:
        k -= 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    end = k
    while k >= 0 and (doc[k].lower_ in TITLES or title_predicate([doc[k].text]) or doc[k].lower_ in DEPARTMENTS):
        k -= 1
    title = [doc[j] for j in range(k + 1, end + 1)]
    if not title or title_predicate([title[-1].text]) is None:
        return [], None
    sentence_start = sentence_starts(doc)[start]
    if k < sentence_start or k == sentence_start and doc[k].lower_ == "the":
        return title, None
    return title, doc[k]


def _topic_company(doc: Doc, start: int, entity_of: Callable[[Token], Entity | None]) -> Entity | None:
    """The organization the sentence before is about (its main subject) when this sentence names it too."""
    sentence = doc[start].sent
    if sentence.start == 0:
        return None
    previous = doc[sentence.start - 1].sent
    subject = next((t for t in previous.root.children if t.dep_ in SUBJECTS), None)
    topic = entity_of(subject) if subject is not None else None
    if topic is None or topic.type != "Organization":
        return None
    named = {e.id for t in sentence if t.i >= start and (e := entity_of(t)) is not None and t.pos_ == "PROPN"}
    return topic if topic.id in named else None
