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
from spacy.tokens import Doc, Token

from kg.extract.addressees import MESSAGE_NOUNS, message_addressees
from kg.extract.arguments import FIRST_PERSON, ArgumentIndex
from kg.extract.candidates import Candidate
from kg.extract.described_owners import described_owner_roles
from kg.extract.descriptions import descriptions, person_titles
from kg.extract.doc_words import child_labels, masked_tokens, proper_possessives, tokens_among, verbs_and_nouns
from kg.extract.evaluation import APPROVING, CRITICAL, FEELING_AGAINST, FEELING_FOR, judgements
from kg.extract.furniture import furniture_spans
from kg.extract.grammar import ATTRIBUTION_VERBS, coordinated
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
from kg.extract.nouns import NOUN_RULES
from kg.extract.open import open_tuples
from kg.extract.open_relations import OpenRelations
from kg.extract.options import ArticleExtraction, ExtractOptions
from kg.extract.phrases import phrase_text
from kg.extract.qualifiers import OBLIGATION_WORDS, is_negated, modality
from kg.extract.quotes import Attribution
from kg.extract.reach import object_actors, subject_actors
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
from kg.extract.timing import time_of
from kg.model import Article, Decision, Entity, Evidence, Relation, TimeRef
from kg.resolve import NamedMention, resolve_with_merges
from kg.vocabulary import Vocabulary, normalise_predicate

_VERB_PLAN = Plan(RULES, VERB_GATES)
_NOUN_PLAN = Plan(NOUN_RULES, NOUN_GATES)


class _Run(SpeechRelations, MediaRelations, RoleRelations, OpenRelations):
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
        for token in verbs:
            if token.i in passives:
                continue  # the headline's "Citigroup fined over Parmalat": Citigroup did not fine
            for rule in _VERB_PLAN.rules_for(token, labels[token.i]):
                for candidate in rule(token, self.vocabulary):
                    for relation in self._entity_relations(candidate):
                        if not self.options.open or relation.object_text == self._phrase(candidate.object):
                            # the open tuple says the same; one reached through an owner says more
                            covered.add((candidate.verb.i, candidate.subject.i, candidate.object.i))
                        self._keep(found, relation)
        for token in nouns:
            for rule in _NOUN_PLAN.rules_for(token, labels[token.i]):
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
        for stance in stances(self.doc, self.masked):
            for relation in self._stance(stance):
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

    def _evidence(self, token: Token, rule: str) -> Evidence:
        sentence_of = self.index.sentence_of
        first = sentence_of[token.i]
        by_rule = self._evidences.get((first, rule))
        if by_rule is not None:
            return by_rule
        cached = self._sentences.get(first)
        if cached is not None:
            by_rule = Evidence(cached.doc_id, cached.sentence, cached.start, cached.end, rule)
            self._evidences[first, rule] = by_rule
            return by_rule
        # the sentence's bounds from the index's array (`Token.sent` walks the sentence each time),
        # its words from the article's text (the doc's, without joining its tokens again)
        last = token.i
        while last + 1 < len(sentence_of) and sentence_of[last + 1] == first:
            last += 1
        begin, final = self.doc[first], self.doc[last]
        text = self.article.text[begin.idx : final.idx + len(final.text)]
        start = begin.idx + (len(text) - len(text.lstrip()))  # line breaks are not part of it
        text = text.strip()
        evidence = Evidence(self.article.id, text, start, start + len(text), rule)
        self._sentences[first] = self._evidences[first, rule] = evidence
        return evidence

    def _speaker(self, verb: Token) -> Entity | None:
        if verb.i in self._speakers:
            return self._speakers[verb.i]
        token = self.attribution.speaker(verb)
        speaker = self.index.entity(token) if token is not None else None
        self._speakers[verb.i] = speaker
        if token is not None and speaker is None:
            self._unnamed_speakers.add(verb.i)
        return speaker

    def _phrase(self, token: Token) -> str:
        """`phrase_text(token)`, read once per token."""
        text = self._phrases.get(token.i)
        if text is None:
            text = self._phrases[token.i] = phrase_text(token)
        return text

    def _clause_qualifiers(self, verb: Token) -> tuple[bool, str, TimeRef | None]:
        """Negation, modality and time of the clause of `verb`, read once per verb."""
        found = self._qualifiers.get(verb.i)
        if found is None:
            found = is_negated(verb), modality(verb), time_of(verb, self.article.meta.published)
            self._qualifiers[verb.i] = found
        return found

    def _may_name(self, token: Token) -> bool:
        """True when a phrase could name an actor: some word of it is a mention, a description or a
        pronoun (read off a running count, without walking the phrase)."""
        counts = self._actorish
        return counts[token.right_edge.i + 1] > counts[token.left_edge.i]

    def _entity_relations(self, candidate: Candidate) -> list[Relation]:
        verb = candidate.verb
        if not self.options.report and not (self._may_name(candidate.object) and self._may_name(candidate.subject)):
            return []  # most candidates: a plain noun at one end
        objects = (
            [candidate.object, *coordinated(candidate.object)]
            if candidate.object.dep_ != "conj"
            else [candidate.object]
        )
        subjects = (
            [candidate.subject, *candidate.subject.conjuncts]
            if candidate.subject.dep_ != "conj"
            else [candidate.subject]
        )
        # who speaks matters to the ends only for "we", "I" and their kin; otherwise it is read
        # once a relation is found (most candidates have no entity at one end)
        first_person = any(t.i in self._first_person for t in (*subjects, *objects))
        speaker = self._speaker(verb) if first_person else None
        ends: list[tuple[Entity, Token, Entity, Token, str | None]] = []
        known = candidate.predicate in self.vocabulary.predicates
        speech = candidate.predicate == "say" or verb.lemma_.lower() in ATTRIBUTION_VERBS
        for object_head in objects:
            # "Mr Starmer urged him to back the plan": him is not Mr Starmer
            named = _named_subjects(self.index, subjects) if object_head.lower_ in _OBJECT_PRONOUNS else frozenset()
            found = (
                object_actors(self.index, object_head, speaker, named, known_verb=known, speech=speech)
                if candidate.reach
                else [(e, object_head, None) for e in self.index.entities(object_head, named, speaker=speaker)]
            )
            if not found:
                self._drop_candidate(candidate, object_head)
            for obj, object_token, words in found:
                if _a_place(obj, object_token) and candidate.predicate not in self.vocabulary.predicates:
                    # "travel to Llanelli", "met his counterparts in Luxembourg": where, not whom
                    self._drop_candidate(candidate, object_token, "a place, not a participant")
                    continue
                for subject_token in subjects:
                    subject_found = subject_actors(self.index, subject_token, speaker, exclude=frozenset({obj.id}))
                    if not subject_found:
                        self._drop_candidate(candidate, subject_token)
                    ends.extend(
                        (subject, subject_word, obj, object_token, words)
                        for subject, subject_word in subject_found
                        if subject.id != obj.id
                    )
        if not ends:
            return []
        if not first_person:
            speaker = self._speaker(verb)
        # qualifiers belong to the clause: read them once for all its pairs of ends
        evidence = self._evidence(verb, candidate.rule)
        negated, mood, when = self._clause_qualifiers(verb)
        if speaker is None and verb.i in self._unnamed_speakers and mood == "asserted":
            mood = "hedged"  # a claim whose speaker goes unnamed is no fact either
        return [
            Relation(
                subject=subject,
                predicate=_with_words(candidate.predicate, words),
                object=obj,
                evidence=evidence,
                article=self.article.meta,
                negated=negated,
                modality=mood,
                confidence=round(candidate.confidence - (0.1 if words else 0.0), 2),
                attributed_to=speaker.name if speaker else None,
                relation_text=_relation_words(candidate, words),
                time=when,
                subject_text=self._phrase(subject_token),
                object_text=self._phrase(object_token),
            )
            for subject, subject_token, obj, object_token, words in ends
        ]

    def _drop_candidate(self, candidate: Candidate, token: Token, reason: str | None = None) -> None:
        if self.options.report:
            sentence = candidate.verb.sent
            self._drop(
                sentence.start_char,
                sentence.end_char,
                sentence.text,
                reason or self.index.unresolved_reason(token),
                candidate.rule,
                f"{token.text!r} in {candidate.predicate}",
            )


#: Object pronouns that never stand for the subject of their own clause (that is "himself").
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it"})


def _named_subjects(index: ArgumentIndex, subjects: list[Token]) -> frozenset[str]:
    """The entities the subjects of a clause name outright (not through a pronoun)."""
    return frozenset(index.by_token[t.i].id for t in subjects if t.i in index.by_token)


def _relation_words(candidate: Candidate, reached: str | None) -> str:
    """The relation's words as the sentence has them: "took their case to" is "took case to";
    an object reached through its owner adds its noun ("demanded resignation of")."""
    words = candidate.words or candidate.verb.text
    return f"{words} {reached}" if reached else words


def _with_words(predicate: str, words: str | None) -> str:
    """ "demand" and "resignation of" → demand_resignation_of."""
    return normalise_predicate(f"{predicate} {words}") if words else predicate


JUDGING_WORDS = CRITICAL | APPROVING | FEELING_AGAINST | FEELING_FOR
MESSAGE_WORDS = frozenset(MESSAGE_NOUNS)
#: Where a programme may stand when speech is aired on it ("told X's Y", "on X's Y").
_PROGRAMME_DEPS = frozenset({"dobj", "dative", "pobj"})

#: Prepositions before a place that say where or whither, not whom; before a country, only the first
#: ones do ("in Iraq" is where, "sold planes to China" is to whom).
_PLACE_PREPS = frozenset({"to", "into", "from", "in", "at", "towards", "toward", "near", "across", "through"})
_WHERE_PREPS = frozenset({"in", "at", "near", "across", "through", "inside", "outside", "within"})


def _a_place(entity: Entity, token: Token) -> bool:
    """True when the entity is where something happened rather than who took part."""
    if token.dep_ != "pobj":
        return False
    prep = token.head.lower_
    return entity.type == "Location" and prep in _PLACE_PREPS or entity.type == "Country" and prep in _WHERE_PREPS


def _decision(relation: Relation, outcome: str, reason: str, rule: str | None) -> Decision:
    e = relation.evidence
    triple = f"{relation.subject.name} –{relation.predicate}→ {relation.object.name}"
    return Decision(e.doc_id, outcome, reason, e.sentence, e.start, e.end, rule, triple)


def extract_doc(doc: Doc, article: Article, vocabulary: Vocabulary, options: ExtractOptions) -> ArticleExtraction:
    """Everything extraction reads from one parsed article."""
    run = _Run(doc, article, vocabulary, options)
    relations = run.relations()
    return ArticleExtraction(article, tuple(relations), tuple(run.merges), tuple(run.decisions))
