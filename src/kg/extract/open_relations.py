"""Open tuples as relations, read for `document._Run` in open mode: each end the entity it names, or an
untyped one keyed by its words; the predicate the vocabulary's for the verb."""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Token

from kg.extract.arguments import ArgumentIndex
from kg.extract.open import OpenTuple
from kg.extract.qualifiers import is_negated, modality
from kg.extract.timing import time_of
from kg.model import Article, Entity, Evidence, Relation
from kg.resolve import canonical_key
from kg.vocabulary import Vocabulary, normalise_predicate


class _Reading(Protocol):
    """What open relations read of the article's run."""

    index: ArgumentIndex
    article: Article
    vocabulary: Vocabulary

    def _evidence(self, token: Token, rule: str) -> Evidence: ...

    def _speaker(self, verb: Token) -> Entity | None: ...


class OpenRelations:
    """Open tuples turned into relations (a mixin of `document._Run`)."""

    def _open_relation(self: _Reading, item: OpenTuple) -> Relation:
        speaker = self._speaker(item.verb)
        subject = self.index.entity(item.subject, speaker=speaker) or _open_entity(item.subject_text)
        obj = self.index.entity(item.object, speaker=speaker) or _open_entity(item.object_text)
        verb = item.verb
        if verb.pos_ in ("VERB", "AUX"):
            lemma = verb.lemma_.lower()
            predicate = self.vocabulary.for_verb(lemma) or normalise_predicate(lemma)
            negated, mood = is_negated(verb), modality(verb)
        else:
            predicate = "be" if item.relation == "is" else "have"
            negated, mood = False, "asserted"
        return Relation(
            subject=subject,
            predicate=predicate,
            object=obj,
            evidence=self._evidence(verb, item.rule),
            article=self.article.meta,
            negated=negated,
            modality=mood,
            confidence=item.confidence,
            attributed_to=speaker.name if speaker else None,
            relation_text=item.relation,
            time=time_of(verb, self.article.meta.published),
            subject_text=item.subject_text,
            object_text=item.object_text,
            arguments=item.arguments,
            open=True,
        )


def _open_entity(text: str) -> Entity:
    """An open-tuple end that names no entity: a key and a name, no type."""
    return Entity(id=canonical_key(text), name=text or "?", type=None)
