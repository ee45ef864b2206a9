"""One parsed article → its relations, the entity merges made and the keep/drop decisions.

Order of work: page furniture is masked, mentions are found and resolved, roles and
quotes are read, then the relation rules run once over every verb of the kept
sentences (and, in open mode, the open rules over every token).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import POS
from spacy.symbols import AUX, NOUN, PROPN, VERB
from spacy.tokens import Doc, Token

from kg.extract.arguments import ArgumentIndex
from kg.extract.furniture import Furniture, furniture_spans
from kg.extract.mentions import Rejected, entity_mentions
from kg.extract.open import OpenTuple, open_tuples
from kg.extract.phrases import phrase_text
from kg.extract.qualifiers import is_negated, modality
from kg.extract.quotes import Attribution
from kg.extract.roles import Role, title_roles
from kg.extract.rules import RULES, Candidate
from kg.extract.timing import time_of
from kg.model import Article, Decision, Entity, Evidence, Merge, Relation
from kg.resolve import AliasTable, NamedMention, canonical_key, resolve_with_merges
from kg.vocabulary import Vocabulary, normalise_predicate


@dataclass(frozen=True, slots=True)
class ExtractOptions:
    """How to extract.

    Attributes:
        open: also emit open tuples whose ends are any noun phrases (`kg extract --open`).
        min_confidence: relations below this confidence are dropped (and reported).
        report: collect the keep/drop decisions for `kg extract --report`.
        aliases: the alias table entities are resolved with (None: the shipped one).
    """

    open: bool = False
    min_confidence: float = 0.0
    report: bool = False
    aliases: AliasTable | None = None


@dataclass(frozen=True, slots=True)
class ArticleExtraction:
    """What extraction read from one article; `failure` says why it read nothing, if it failed."""

    article: Article
    relations: tuple[Relation, ...]
    merges: tuple[Merge, ...] = ()
    decisions: tuple[Decision, ...] = ()
    failure: str | None = None


class _Run:
    """The state of extracting one doc; `relations()` does the work once."""

    def __init__(self, doc: Doc, article: Article, vocabulary: Vocabulary, options: ExtractOptions) -> None:
        self.doc, self.article, self.vocabulary, self.options = doc, article, vocabulary, options
        self.decisions: list[Decision] = []
        self.furniture = furniture_spans(article.text) if "\n" in article.text else []
        self.masked = _masked_tokens(doc, self.furniture)
        rejected: list[Rejected] | None = [] if options.report else None
        mentions = entity_mentions(doc, self.masked, rejected)
        named = [NamedMention(m.name, m.type, m.surface) for m in mentions]
        entities, self.merges = resolve_with_merges(named, article.id, options.aliases)
        self.roles = title_roles(doc, mentions, entities)
        affiliations: dict[str, Entity] = {}
        for role in self.roles:
            affiliations.setdefault(role.person.id, role.organization)
        self.index = ArgumentIndex(doc, [(m.start, m.end) for m in mentions], entities, affiliations)
        self.attribution = Attribution(doc)
        if options.report:
            self._report_input(rejected or [])

    def relations(self) -> list[Relation]:
        found: dict[tuple, Relation] = {}
        covered: set[tuple[int, int, int]] = set()
        for role in self.roles:
            if role.leads:
                self._keep(found, self._role_relation(role))
        verbs, nouns = _verbs_and_nouns(self.doc, self.masked)
        for token in verbs:
            for rule in RULES:
                for candidate in rule(token, self.vocabulary):
                    for relation in self._entity_relations(candidate):
                        covered.add((candidate.verb.i, candidate.subject.i, candidate.object.i))
                        self._keep(found, relation)
        if self.options.open:
            for item in open_tuples(verbs, nouns):
                if (item.verb.i, item.subject.i, item.object.i) not in covered:
                    self._keep(found, self._open_relation(item))
        kept = sorted(found.values(), key=lambda r: (r.evidence.start, r.subject.id, r.predicate, r.object.id))
        if self.options.report:
            self.decisions.extend(_decision(r, "kept", "relation", r.evidence.rule) for r in kept)
        return kept

    def _keep(self, found: dict[tuple, Relation], relation: Relation) -> None:
        """Keep the most confident relation per (ends, predicate, sentence, words); drop those below the bar."""
        if relation.confidence < self.options.min_confidence:
            self._drop(relation.evidence.start, relation.evidence.end, relation.evidence.sentence, "below confidence",
                       relation.evidence.rule, f"{relation.confidence} < {self.options.min_confidence}")
            return
        key = (relation.subject.id, relation.predicate, relation.object.id, relation.evidence.start,
               relation.subject_text if relation.open else None, relation.object_text if relation.open else None)
        if key not in found or found[key].confidence < relation.confidence:
            found[key] = relation

    def _drop(self, start: int, end: int, text: str, reason: str, rule: str | None = None, detail: str | None = None) -> None:
        if self.options.report:
            self.decisions.append(Decision(self.article.id, "dropped", reason, text, start, end, rule, detail))

    def _report_input(self, rejected: list[Rejected]) -> None:
        for piece in self.furniture:
            self._drop(piece.start, piece.end, piece.text, "page furniture", None, piece.reason)
        for span in rejected:
            self._drop(span.start_char, span.end_char, span.text, "not an entity", None, span.reason)

    def _evidence(self, token: Token, rule: str) -> Evidence:
        sentence = token.sent
        text = sentence.text
        start = sentence.start_char + (len(text) - len(text.lstrip()))  # line breaks are not part of it
        text = text.strip()
        return Evidence(self.article.id, text, start, start + len(text), rule)

    def _role_relation(self, role: Role) -> Relation:
        """ "NATO Chief Mark Rutte" → Mark Rutte –lead→ NATO."""
        return Relation(subject=role.person, predicate="lead", object=role.organization,
                        evidence=self._evidence(self.doc[role.start], "title_role"), article=self.article.meta,
                        confidence=0.8, relation_text=role.title, subject_text=role.person.name,
                        object_text=role.organization.name)

    def _speaker(self, verb: Token) -> Entity | None:
        token = self.attribution.speaker(verb)
        return self.index.entity(token) if token is not None else None

    def _entity_relations(self, candidate: Candidate) -> list[Relation]:
        verb = candidate.verb
        speaker = self._speaker(verb)
        objects = [candidate.object, *candidate.object.conjuncts] if candidate.object.dep_ != "conj" else [candidate.object]
        subjects = [candidate.subject, *candidate.subject.conjuncts] if candidate.subject.dep_ != "conj" else [candidate.subject]
        ends = []
        for object_token in objects:
            found = self.index.entities(object_token, speaker=speaker)
            if not found:
                self._drop_candidate(candidate, object_token)
            for obj in found:
                for subject_token in subjects:
                    subject_found = self.index.entities(subject_token, exclude=frozenset({obj.id}), speaker=speaker)
                    if not subject_found:
                        self._drop_candidate(candidate, subject_token)
                    ends.extend((subject, subject_token, obj, object_token) for subject in subject_found
                                if subject.id != obj.id)
        if not ends:
            return []
        # qualifiers belong to the clause: read them once for all its pairs of ends
        evidence = self._evidence(verb, candidate.rule)
        negated, mood, when = is_negated(verb), modality(verb), time_of(verb, self.article.meta.published)
        return [
            Relation(
                subject=subject, predicate=candidate.predicate, object=obj, evidence=evidence,
                article=self.article.meta, negated=negated, modality=mood, confidence=candidate.confidence,
                attributed_to=speaker.name if speaker else None,
                relation_text=verb.text, time=when,
                subject_text=phrase_text(subject_token), object_text=phrase_text(object_token),
            )
            for subject, subject_token, obj, object_token in ends
        ]

    def _drop_candidate(self, candidate: Candidate, token: Token) -> None:
        if self.options.report:
            sentence = candidate.verb.sent
            self._drop(sentence.start_char, sentence.end_char, sentence.text, self.index.unresolved_reason(token),
                       candidate.rule, f"{token.text!r} in {candidate.predicate}")

    def _open_relation(self, item: OpenTuple) -> Relation:
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
            subject=subject, predicate=predicate, object=obj, evidence=self._evidence(verb, item.rule),
            article=self.article.meta, negated=negated, modality=mood, confidence=item.confidence,
            attributed_to=speaker.name if speaker else None,
            relation_text=item.relation, time=time_of(verb, self.article.meta.published),
            subject_text=item.subject_text, object_text=item.object_text, arguments=item.arguments, open=True,
        )


def _open_entity(text: str) -> Entity:
    """An open-tuple end that names no entity: a key and a name, no type."""
    return Entity(id=canonical_key(text), name=text or "?", type=None)


_VERB_POS = frozenset({VERB, AUX})
_NOUN_POS = frozenset({NOUN, PROPN})


def _verbs_and_nouns(doc: Doc, masked: frozenset[int]) -> tuple[list[Token], list[Token]]:
    """The verbs and nouns outside page furniture, read off the POS array once (rules look at no other token)."""
    verbs, nouns = [], []
    for i, pos in enumerate(doc.to_array(POS).tolist()):
        if i in masked:
            continue
        if pos in _VERB_POS:
            verbs.append(doc[i])
        elif pos in _NOUN_POS:
            nouns.append(doc[i])
    return verbs, nouns


def _masked_tokens(doc: Doc, furniture: list[Furniture]) -> frozenset[int]:
    masked: set[int] = set()
    for piece in furniture:
        span = doc.char_span(piece.start, piece.end, alignment_mode="expand")
        if span is not None:
            masked.update(range(span.start, span.end))
    return frozenset(masked)


def _decision(relation: Relation, outcome: str, reason: str, rule: str | None) -> Decision:
    e = relation.evidence
    triple = f"{relation.subject.name} –{relation.predicate}→ {relation.object.name}"
    return Decision(e.doc_id, outcome, reason, e.sentence, e.start, e.end, rule, triple)


def extract_doc(doc: Doc, article: Article, vocabulary: Vocabulary, options: ExtractOptions) -> ArticleExtraction:
    """Everything extraction reads from one parsed article."""
    run = _Run(doc, article, vocabulary, options)
    relations = run.relations()
    return ArticleExtraction(article, tuple(relations), tuple(run.merges), tuple(run.decisions))
