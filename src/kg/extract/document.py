"""One parsed article → its relations, the entity merges made and the keep/drop decisions.

Order of work: page furniture is masked, mentions are found and resolved, roles and
quotes are read, then the relation rules run once over every verb of the kept
sentences (and, in open mode, the open rules over every token).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from spacy.attrs import POS
from spacy.symbols import PRON
from spacy.tokens import Doc

from kg.extract.addressees import MESSAGE_NOUNS, message_addressees
from kg.extract.arguments import FIRST_PERSON, ArgumentIndex
from kg.extract.candidate_relations import CandidateRelations
from kg.extract.described_owners import described_owner_roles
from kg.extract.descriptions import descriptions, person_titles
from kg.extract.doc_words import child_labels, masked_tokens, proper_possessives, tokens_among, verbs_and_nouns
from kg.extract.evaluation import APPROVING, CRITICAL, FEELING_AGAINST, FEELING_FOR, judgements
from kg.extract.followers import follower_roles
from kg.extract.furniture import furniture_spans
from kg.extract.headline_descriptions import headline_kind_phrases, headline_leader_roles, headline_leaders
from kg.extract.headlines import headline, headline_bodies, headline_candidates, headline_passives, intended
from kg.extract.kin import kin_roles
from kg.extract.media import (
    QUOTED,
    STATE_MEDIA_NOUNS,
    TELLING,
    WRITING,
    programme_mentions,
    publication_mentions,
    state_media,
    told_names,
)
from kg.extract.media_relations import MediaRelations
from kg.extract.mentions import Rejected, entity_mentions
from kg.extract.monarchs import monarch_roles
from kg.extract.nouns import NOUN_RULES
from kg.extract.open import open_tuples
from kg.extract.open_relations import OpenRelations
from kg.extract.options import ArticleExtraction, ExtractOptions
from kg.extract.qualifiers import OBLIGATION_WORDS
from kg.extract.quotes import Attribution
from kg.extract.repeated import repeated_names
from kg.extract.resolved_roles import (
    as_title_roles,
    counterpart_roles,
    described_roles,
    owner_title_roles,
    pronoun_copular_roles,
)
from kg.extract.role_relations import RoleRelations
from kg.extract.roles import title_roles
from kg.extract.rule_gates import NOUN_GATES, VERB_GATES, Plan
from kg.extract.rules import RULES
from kg.extract.speech_relations import SpeechRelations
from kg.extract.stance import stances
from kg.extract.tone import TONE_RULES, of_own_body
from kg.model import Article, Decision, Entity, Evidence, Relation, TimeRef
from kg.resolve import NamedMention, resolve_with_merges
from kg.vocabulary import Vocabulary

_VERB_PLAN = Plan(RULES, VERB_GATES)
_NOUN_PLAN = Plan(NOUN_RULES, NOUN_GATES)


class _Run(CandidateRelations, SpeechRelations, MediaRelations, RoleRelations, OpenRelations):
    """The state of extracting one doc; `relations()` does the work once."""

    def __init__(self, doc: Doc, article: Article, vocabulary: Vocabulary, options: ExtractOptions) -> None:
        self.doc, self.article, self.vocabulary, self.options = doc, article, vocabulary, options
        self.decisions: list[Decision] = []
        self._sentences: dict[int, Evidence] = {}
        self._evidences: dict[tuple[int, str], Evidence] = {}  # the same, for each rule that cites it
        # what several rules ask of the same token, read once: a phrase's words, a verb's speaker
        # and its clause's qualifiers
        self._phrases: dict[int, str] = {}
        self._speakers: dict[int, Entity | None] = {}
        # verbs whose clause someone the article does not name says ("officials said …", "she said …")
        self._unnamed_speakers: set[int] = set()
        self._qualifiers: dict[int, tuple[bool, str, TimeRef | None]] = {}
        self.furniture = furniture_spans(article.text) if "\n" in article.text else []
        self.masked = masked_tokens(doc, self.furniture)
        rejected: list[Rejected] | None = [] if options.report else None
        mentions = entity_mentions(doc, self.masked, rejected)
        mentions = sorted([*mentions, *repeated_names(doc, mentions, self.masked)], key=lambda m: m.start)
        mentions, self.programmes = programme_mentions(doc, told_names(doc, publication_mentions(doc, mentions)))
        named = [NamedMention(m.name, m.type, m.surface) for m in mentions]
        entities, self.merges = resolve_with_merges(named, article.id, options.aliases)
        self.roles = title_roles(doc, mentions, entities)
        bodies: dict[str, dict[str, Entity]] = {}
        for role in self.roles:
            if not role.ended and role.person.type == "Person" and role.organization.type != "Person":
                bodies.setdefault(role.person.id, {})[role.organization.id] = role.organization
        # a person the article ties to one body only: with two ("Tory MP … joined Labour"), "his party" is open
        affiliations = {person: next(iter(held.values())) for person, held in bodies.items() if len(held) == 1}
        self.verbs, self.nouns = verbs_and_nouns(doc, self.masked)
        self.descriptions = descriptions(
            doc, mentions, entities, person_titles(doc, mentions, entities), self.masked, self.nouns, self.roles
        )
        self.headline = headline(doc, article.text) if "\n" in article.text else None
        # the headline the rules read: none when page furniture covers it
        read = self._read_headline = (
            self.headline if self.headline is not None and self.headline.start not in self.masked else None
        )
        taken = {i for m in mentions for i in range(m.start, m.end)}
        if read is not None:
            self.descriptions.extend(headline_bodies(read, mentions, entities, taken))
            taken |= {d.head for d in self.descriptions}
            self.descriptions.extend(headline_kind_phrases(read, mentions, entities, taken))
        described_heads = frozenset(i for m in mentions for i in range(m.start, m.end)) | {
            d.head for d in self.descriptions
        }
        self.descriptions.extend(state_media(doc, mentions, entities, described_heads))
        heads = [(d.head, d.entity) for d in self.descriptions]
        self.roles.extend(list(described_roles(doc, heads, mentions, entities, self.roles)))
        if read is not None:  # a role the text gave, not a new one
            self.descriptions.extend(headline_leaders(read, mentions, entities, taken, self.roles))
            self.roles.extend(headline_leader_roles(read, mentions, entities, self.roles))
        spans = [(m.start, m.end) for m in mentions] + [(d.head, d.head + 1) for d in self.descriptions]
        described = [*entities, *(d.entity for d in self.descriptions)]
        order = sorted(range(len(spans)), key=lambda k: spans[k])
        self.attribution = Attribution(doc, article.text)
        quotes = [(q.start, q.end, q.speaker.i if q.speaker is not None else None) for q in self.attribution.quotes]
        self.index = ArgumentIndex(doc, [spans[k] for k in order], [described[k] for k in order], affiliations, quotes)
        actorish = doc.to_array(POS) == PRON
        actorish[[*self.index.by_token, *self.index.counting]] = True
        self._actorish = np.concatenate(([0], np.cumsum(actorish))).tolist()
        self.roles.extend(as_title_roles(doc, mentions, entities, self.index.entity))
        self.roles.extend(list(owner_title_roles(doc, mentions, entities, self.index.entity, self.roles)))
        self.roles.extend(pronoun_copular_roles(doc, mentions, entities, self.index.entity))
        self.roles.extend(list(counterpart_roles(doc, mentions, entities, self.index.entity, self.roles)))
        self.roles.extend(kin_roles(doc, mentions, entities, self.index.entities))
        self.roles.extend(monarch_roles(doc, mentions, entities))
        self.roles.extend(follower_roles(doc, mentions, entities))
        self.roles.extend(described_owner_roles(doc, mentions, entities, self.index.entity))
        if options.report:
            self._report_input(rejected or [])

    def relations(self) -> list[Relation]:
        found: dict[tuple, Relation] = {}
        covered: set[tuple[int, int, int]] = set()
        for role in self.roles:
            self._keep(found, self._role_relation(role))
        for description in self.descriptions:
            if description.member_of is not None and description.member_of.id != description.entity.id:
                self._keep(found, self._group_relation(description))
        verbs, nouns = self.verbs, self.nouns
        # the words that are, or govern, a first-person pronoun ("we", "our government")
        self._first_person: set[int] = set()
        for token in tokens_among(self.doc, FIRST_PERSON):
            self._first_person.add(token.i)
            if token.head.i != token.i:
                self._first_person.add(token.head.i)
        labels = child_labels(self.doc)
        passives = headline_passives(self.headline) if self.headline is not None else frozenset()
        for token, rules in zip(verbs, _VERB_PLAN.rules_at(self.doc, verbs, labels), strict=True):
            if token.i in passives:
                continue  # the headline's "Citigroup fined over Parmalat": Citigroup did not fine
            for rule in rules:
                for candidate in rule(token, self.vocabulary):
                    for relation in self._entity_relations(candidate):
                        if not self.options.open or relation.object_text == self._phrase(candidate.object):
                            # the open tuple says the same; one reached through an owner says more
                            covered.add((candidate.verb.i, candidate.subject.i, candidate.object.i))
                        self._keep(found, relation)
        for token, rules in zip(nouns, _NOUN_PLAN.rules_at(self.doc, nouns, labels), strict=True):
            for rule in rules:
                for candidate in rule(token, self.vocabulary):
                    for relation in self._entity_relations(candidate):
                        self._keep(found, relation)
        if self._read_headline is not None:
            for candidate in headline_candidates(self._read_headline, self.index, self.vocabulary):
                if candidate.verb.i in passives:
                    continue
                for relation in self._entity_relations(candidate):
                    planned = relation.modality == "asserted" and intended(candidate.verb)
                    self._keep(found, replace(relation, modality="intent") if planned else relation)
        self._obliging = {self.index.sentence_of[t.i] for t in tokens_among(self.doc, OBLIGATION_WORDS)}
        for token in verbs:
            for relation in self._demands(token):
                self._keep(found, relation)
        for token in verbs:
            for relation in self._accused(token):
                self._keep(found, relation)
            for relation in self._speech_acts(token):
                self._keep(found, relation)
        for token in tokens_among(self.doc, MESSAGE_WORDS):
            if token.i not in self.masked:
                for addressed in message_addressees(token):
                    for relation in self._addressed(addressed):
                        self._keep(found, relation)
        for owner in proper_possessives(self.doc):
            programme = owner.head
            if programme.dep_ in _PROGRAMME_DEPS and programme.i not in self.masked:
                for aired in self._programme(programme):
                    self._keep(found, aired)
        for aired_on in self.programmes:
            for aired in self._aired_programme(aired_on):
                self._keep(found, aired)
        for verb in tokens_among(self.doc, TELLING):
            for told in self._told_body(verb):
                self._keep(found, told)
        for verb in tokens_among(self.doc, QUOTED):
            for quoted in self._quoted_in(verb):
                self._keep(found, quoted)
        for verb in tokens_among(self.doc, WRITING):
            for written in self._written_in(verb):
                self._keep(found, written)
        for noun in tokens_among(self.doc, STATE_MEDIA_NOUNS):
            for told in self._told_state_media(noun):
                self._keep(found, told)
        for token in tokens_among(self.doc, JUDGING_WORDS):
            if token.i not in self.masked:
                for judgement in judgements(token):
                    for relation in self._judged(judgement):
                        self._keep(found, relation)
        affiliated = self.index.affiliations
        for stance in stances(self.doc, self.masked):
            for relation in self._stance(stance):
                if stance.rule not in TONE_RULES or not of_own_body(relation.subject, relation.object, affiliated):
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
            self._drop(
                relation.evidence.start,
                relation.evidence.end,
                relation.evidence.sentence,
                "below confidence",
                relation.evidence.rule,
                f"{relation.confidence} < {self.options.min_confidence}",
            )
            return
        key = (
            relation.subject.id,
            relation.predicate,
            relation.object.id,
            relation.evidence.start,
            relation.subject_text if relation.open else None,
            relation.object_text if relation.open else None,
        )
        if key not in found or found[key].confidence < relation.confidence:
            found[key] = relation

    def _drop(
        self, start: int, end: int, text: str, reason: str, rule: str | None = None, detail: str | None = None
    ) -> None:
        if self.options.report:
            self.decisions.append(Decision(self.article.id, "dropped", reason, text, start, end, rule, detail))

    def _report_input(self, rejected: list[Rejected]) -> None:
        for piece in self.furniture:
            self._drop(piece.start, piece.end, piece.text, "page furniture", None, piece.reason)
        for span in rejected:
            self._drop(span.start_char, span.end_char, span.text, "not an entity", None, span.reason)


JUDGING_WORDS = CRITICAL | APPROVING | FEELING_AGAINST | FEELING_FOR
MESSAGE_WORDS = frozenset(MESSAGE_NOUNS)
#: Where a programme may stand when speech is aired on it ("told X's Y", "on X's Y").
_PROGRAMME_DEPS = frozenset({"dobj", "dative", "pobj"})


def _decision(relation: Relation, outcome: str, reason: str, rule: str | None) -> Decision:
    e = relation.evidence
    triple = f"{relation.subject.name} –{relation.predicate}→ {relation.object.name}"
    return Decision(e.doc_id, outcome, reason, e.sentence, e.start, e.end, rule, triple)


def extract_doc(doc: Doc, article: Article, vocabulary: Vocabulary, options: ExtractOptions) -> ArticleExtraction:
    """Everything extraction reads from one parsed article."""
    run = _Run(doc, article, vocabulary, options)
    relations = run.relations()
    return ArticleExtraction(article, tuple(relations), tuple(run.merges), tuple(run.decisions))
