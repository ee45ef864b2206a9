"""A rule's candidate → relations between the entities at its ends, read for `document._Run`: each end
resolved (through pronouns, owners and descriptions), the sentence as evidence, and the clause's negation,
modality, time and speaker, each read once per token."""

from __future__ import annotations

from bisect import bisect_right
from typing import Protocol

from spacy.tokens import Doc, Token

from kg.extract.arguments import ArgumentIndex
from kg.extract.candidates import Candidate
from kg.extract.ended_states import ended_state
from kg.extract.grammar import ATTRIBUTION_VERBS, conjuncts, coordinated
from kg.extract.options import ExtractOptions
from kg.extract.phrases import phrase_text
from kg.extract.qualifiers import is_negated, modality
from kg.extract.quotes import Attribution
from kg.extract.reach import object_actors, subject_actors
from kg.extract.timing import time_of
from kg.extract.unnamed_sources import anonymous, polled, source_phrase
from kg.model import Article, Entity, Evidence, Relation, TimeRef
from kg.vocabulary import Vocabulary, normalise_predicate


class _Reading(Protocol):
    """What these relations read and keep of the article's run."""

    doc: Doc
    article: Article
    vocabulary: Vocabulary
    options: ExtractOptions
    index: ArgumentIndex
    attribution: Attribution
    _sentences: dict[int, Evidence]
    _evidences: dict[tuple[int, str], Evidence]
    _phrases: dict[int, str]
    _speakers: dict[int, Entity | None]
    _unnamed_speakers: set[int]
    _qualifiers: dict[int, tuple[bool, str, TimeRef | None]]
    _actorish: list[int]
    _first_person: set[int]

    def _drop(
        self, start: int, end: int, text: str, reason: str, rule: str | None = None, detail: str | None = None
    ) -> None: ...

    def _evidence(self, token: Token, rule: str) -> Evidence: ...

    def _speaker(self, verb: Token) -> Entity | None: ...

    def _phrase(self, token: Token) -> str: ...

    def _clause_qualifiers(self, verb: Token) -> tuple[bool, str, TimeRef | None]: ...

    def _may_name(self, token: Token) -> bool: ...

    def _drop_candidate(self, candidate: Candidate, token: Token, reason: str | None = None) -> None: ...


class CandidateRelations:
    """The relations of the rules' candidates, and what several rules ask of one token, read once (a
    mixin of `document._Run`)."""

    def _evidence(self: _Reading, token: Token, rule: str) -> Evidence:
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
        last = bisect_right(sentence_of, first) - 1  # the array never falls: its last word is the last `first`
        begin, final = self.doc[first], self.doc[last]
        text = self.article.text[begin.idx : final.idx + len(final.text)]
        start = begin.idx + (len(text) - len(text.lstrip()))  # line breaks are not part of it
        text = text.strip()
        evidence = Evidence(self.article.id, text, start, start + len(text), rule)
        self._sentences[first] = self._evidences[first, rule] = evidence
        return evidence

    def _speaker(self: _Reading, verb: Token) -> Entity | None:
        if verb.i in self._speakers:
            return self._speakers[verb.i]
        token = self.attribution.speaker(verb)
        speaker = self.index.entity(token) if token is not None else None
        self._speakers[verb.i] = speaker
        if token is not None and speaker is None:
            self._unnamed_speakers.add(verb.i)
        return speaker

    def _phrase(self: _Reading, token: Token) -> str:
        """`phrase_text(token)`, read once per token."""
        text = self._phrases.get(token.i)
        if text is None:
            text = self._phrases[token.i] = phrase_text(token)
        return text

    def _clause_qualifiers(self: _Reading, verb: Token) -> tuple[bool, str, TimeRef | None]:
        """Negation, modality and time of the clause of `verb`, read once per verb."""
        found = self._qualifiers.get(verb.i)
        if found is None:
            found = is_negated(verb), modality(verb), time_of(verb, self.article.meta.published)
            self._qualifiers[verb.i] = found
        return found

    def _may_name(self: _Reading, token: Token) -> bool:
        """True when a phrase could name an actor: some word of it is a mention, a description or a
        pronoun (read off a running count, without walking the phrase)."""
        counts = self._actorish
        return counts[token.right_edge.i + 1] > counts[token.left_edge.i]

    def _entity_relations(self: _Reading, candidate: Candidate) -> list[Relation]:
        verb = candidate.verb
        if not self.options.report and not (self._may_name(candidate.object) and self._may_name(candidate.subject)):
            return []  # most candidates: a plain noun at one end
        # "Britain, France and Germany held talks": a pair drawn from one list stands for every pair of it
        listed = candidate.object.dep_ == "conj" and candidate.object in conjuncts(candidate.subject)
        # "Tony Blair, Jacques Chirac and Gerhard Schroeder met": the list's second name parsed as an apposition
        apposed = candidate.object.dep_ == "appos" and candidate.object.head is candidate.subject
        objects = (
            [candidate.object, *coordinated(candidate.object)]
            if candidate.object.dep_ != "conj"
            else [candidate.object, *(c for c in conjuncts(candidate.subject) if c.i > candidate.object.i)]
            if listed
            else [candidate.object]
        )
        subjects = (
            [candidate.subject, *conjuncts(candidate.subject), *_included(candidate.subject)]
            if candidate.subject.dep_ != "conj"
            else [candidate.subject]
        )
        if apposed:
            subjects = [*subjects, candidate.object, *coordinated(candidate.object)]
        listed = listed or apposed
        # who speaks matters to the ends only for "we", "I" and their kin; otherwise it is read
        # once a relation is found (most candidates have no entity at one end)
        first_person = bool(self._first_person) and any(t.i in self._first_person for t in (*subjects, *objects))
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
                if _unnamed_force(obj):
                    # "Russia deployed troops", "sheltering militants": no one an analyst could name
                    self._drop_candidate(candidate, object_token, "an unnamed armed force")
                    continue
                if _a_place(obj, object_token) and candidate.predicate not in self.vocabulary.predicates:
                    # "travel to Llanelli", "met his counterparts in Luxembourg": where, not whom
                    self._drop_candidate(candidate, object_token, "a place, not a participant")
                    continue
                for subject_token in subjects:
                    if listed and subject_token.i >= object_token.i:
                        continue  # each pair of the list once, in the list's order
                    subject_found = subject_actors(self.index, subject_token, speaker, exclude=frozenset({obj.id}))
                    if not subject_found:
                        self._drop_candidate(candidate, subject_token)
                    ends.extend(
                        (subject, subject_word, obj, object_token, words)
                        for subject, subject_word in subject_found
                        if subject.id != obj.id and not _unnamed_force(subject)
                    )
        if not ends:
            return []
        if not first_person:
            speaker = self._speaker(verb)
        # qualifiers belong to the clause: read them once for all its pairs of ends
        evidence = self._evidence(verb, candidate.rule)
        negated, mood, when = self._clause_qualifiers(verb)
        ended = ended_state(verb)  # "Mr Musk, who once led PayPal"
        source = speaker.name if speaker else None
        if speaker is None and verb.i in self._unnamed_speakers:
            # "…, the finance ministry said": the claim is the source's, in its own words; the claim of
            # a pronoun or of "a spokesman", "people familiar with the talks" is no fact either
            token = self.attribution.speaker(verb)
            source = source_phrase(token) if token is not None else None
            if mood in ("asserted", "hedged") and polled(token):
                mood = "opinion"  # "Labour leads the Tories, according to a YouGov poll": what voters think
            elif mood == "asserted" and (source is None or token is not None and anonymous(token)):
                mood = "hedged"
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
                attributed_to=source,
                relation_text=_relation_words(candidate, words),
                time=when,
                subject_text=self._phrase(subject_token),
                object_text=self._phrase(object_token),
                ended=ended,
            )
            for subject, subject_token, obj, object_token, words in ends
        ]

    def _drop_candidate(self: _Reading, candidate: Candidate, token: Token, reason: str | None = None) -> None:
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


#: Prepositions before a place that say where or whither, not whom; before a country, only the first
#: ones do ("in Iraq" is where, "sold planes to China" is to whom).
_PLACE_PREPS = frozenset({"to", "into", "from", "in", "at", "towards", "toward", "near", "across", "through"})
_WHERE_PREPS = frozenset({"in", "at", "near", "across", "through", "inside", "outside", "within"})


def _a_place(entity: Entity, token: Token) -> bool:
    """True when the entity is where something happened rather than who took part."""
    if token.dep_ != "pobj":
        return False
    prep = token.head.lower_
    if prep == "in" and entity.type == "Location" and token.head.head.lemma_.lower() in _HELD_IN:
        return False  # "the biggest shareholder in Tesco", "a stake in Sina": a body the tagger took for a place
    return entity.type == "Location" and prep in _PLACE_PREPS or entity.type == "Country" and prep in _WHERE_PREPS


#: Words whose "in" names the body a share or a sum is held in, never a place.
_HELD_IN = frozenset({"shareholder", "stakeholder", "investor", "stake", "holding", "shareholding", "invest"})


#: Plural nouns of armed men that, bare, name no one: "troops", "militants" (but "British troops",
#: "Hamas fighters" name whose).
_FORCES = frozenset({"troops", "soldiers", "forces", "militants", "fighters", "insurgents", "gunmen"})


def _unnamed_force(entity: Entity) -> bool:
    """True for a group that is only a bare noun of armed men, owned by no one the sentence names."""
    return entity.type == "Group" and entity.name.casefold() in _FORCES


def _included(noun: Token) -> list[Token]:
    """The names a plural subject says it includes, who act with it: "Western countries, including the US
    and Japan, have imposed sanctions on Russia" → the US and Japan; "groups such as Greenpeace", "firms
    like Tesco"."""
    if noun.tag_ != "NNS":
        return []
    return [
        name
        for prep in noun.children
        if prep.dep_ == "prep"
        and (
            prep.lower_ in ("including", "like")
            or prep.lower_ == "as"
            and any(c.lower_ == "such" for c in (*prep.children, *noun.children))
        )
        for pobj in prep.children
        if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN"
        for name in (pobj, *pobj.conjuncts)
        if name.pos_ == "PROPN" and name.ent_type_ not in _NO_ACTORS  # not "events such as the Olympics"
    ]


#: Entity labels of names that are no actors: events, products, works, laws, buildings, places, dates.
_NO_ACTORS = frozenset({"EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "FAC", "LOC", "DATE", "MONEY", "LANGUAGE"})
