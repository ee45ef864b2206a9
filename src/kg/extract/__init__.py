"""Articles → relations: parse with spaCy in batches, find entity mentions, resolve them,
and run the relation rules over every verb."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Token

from kg.extract.arguments import ArgumentIndex
from kg.extract.mentions import entity_mentions
from kg.extract.pipeline import DEFAULT_PIPELINE, load_pipeline
from kg.extract.qualifiers import is_negated, modality
from kg.extract.roles import Role, title_roles
from kg.extract.rules import RULES, SPEECH_VERBS, Candidate, clause_subject
from kg.model import Article, Entity, Evidence, Relation
from kg.resolve import NamedMention, resolve_mentions
from kg.vocabulary import Vocabulary, load_vocabulary

__all__ = ["DEFAULT_PIPELINE", "extract_relations", "relations_from_doc"]

_QUOTES = frozenset('"“”')


def extract_relations(
    articles: Iterable[Article], *, model: str = DEFAULT_PIPELINE, batch_size: int = 32
) -> Iterator[tuple[Article, list[Relation]]]:
    """Parse the articles in batches and yield each with the relations read from it."""
    nlp = load_pipeline(model)
    vocabulary = load_vocabulary()
    pairs = ((article.text, article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield article, relations_from_doc(doc, article, vocabulary)


def relations_from_doc(doc: Doc, article: Article, vocabulary: Vocabulary | None = None) -> list[Relation]:
    """The relations between entities in one parsed article."""
    vocabulary = vocabulary or load_vocabulary()
    mentions = entity_mentions(doc)
    entities = resolve_mentions([NamedMention(m.name, m.type) for m in mentions])
    roles = title_roles(doc, mentions, entities)
    affiliations: dict[str, Entity] = {}
    for role in roles:
        affiliations.setdefault(role.person.id, role.organization)
    index = ArgumentIndex(doc, [(m.start, m.end) for m in mentions], entities, affiliations)
    found = [_role_relation(role, doc, article) for role in roles if role.leads]
    for token in doc:
        if token.pos_ not in ("VERB", "AUX"):
            continue
        for rule in RULES:
            for candidate in rule(token, vocabulary):
                found.extend(_relations(candidate, index, article))
    best: dict[tuple[str, str, str, int], Relation] = {}
    for relation in found:
        key = (relation.subject.id, relation.predicate, relation.object.id, relation.evidence.start)
        if key not in best or best[key].confidence < relation.confidence:
            best[key] = relation
    return sorted(best.values(), key=lambda r: (r.evidence.start, r.subject.id, r.predicate, r.object.id))


def _evidence(doc: Doc, token_index: int, article: Article, rule: str) -> Evidence:
    sentence = doc[token_index].sent
    return Evidence(article.id, sentence.text, sentence.start_char, sentence.end_char, rule)


def _role_relation(role: Role, doc: Doc, article: Article) -> Relation:
    """ "NATO Chief Mark Rutte" → Mark Rutte –lead→ NATO."""
    return Relation(
        subject=role.person,
        predicate="lead",
        object=role.organization,
        evidence=_evidence(doc, role.start, article, "title_role"),
        article=article.meta,
        confidence=0.8,
        relation_text=role.title,
    )


def _conjuncts(token: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("Europe and the US" → Europe, US)."""
    return [token, *token.conjuncts]


def _relations(candidate: Candidate, index: ArgumentIndex, article: Article) -> Iterator[Relation]:
    negated = is_negated(candidate.verb)
    mood = modality(candidate.verb)
    speaker = _speaker(candidate.verb, index)
    evidence = _evidence(candidate.verb.doc, candidate.verb.i, article, candidate.rule)
    for object_token in _conjuncts(candidate.object):
        obj = index.entity(object_token, speaker=speaker)
        if obj is None:
            continue
        for subject_token in _conjuncts(candidate.subject):
            subject = index.entity(subject_token, exclude=frozenset({obj.id}), speaker=speaker)
            if subject is None or subject.id == obj.id:
                continue
            yield Relation(
                subject=subject,
                predicate=candidate.predicate,
                object=obj,
                evidence=evidence,
                article=article.meta,
                negated=negated,
                modality=mood,
                confidence=candidate.confidence,
                attributed_to=speaker.name if speaker and speaker.id not in (subject.id, obj.id) else None,
                relation_text=candidate.verb.text,
            )


def _speaker(verb: Token, index: ArgumentIndex) -> Entity | None:
    """Who a quoted or reported claim is attributed to: the subject of the sentence's speech verb."""
    sentence = verb.sent
    quoted = any(t.text in _QUOTES for t in sentence)
    for token in sentence:
        if token is verb or token.lemma_.lower() not in SPEECH_VERBS:
            continue
        reported = quoted or any(a is token for a in verb.ancestors)
        subject = clause_subject(token)
        if reported and subject is not None:
            return index.entity(subject)
    return None
