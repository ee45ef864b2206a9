"""Relations that speech states between the speaker and another actor, read for `document._Run`: a
demand on another ("X must act, Y said" → call), an accusation, a judgement or a stance in quoted
words, speech aimed at an addressee ("in an interview with Bloomberg"), and the broadcaster of a
programme speech is aired on."""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from spacy.tokens import Token

from kg.extract.addressees import Addressed, on_air_speaker, programme_owner
from kg.extract.arguments import ArgumentIndex
from kg.extract.clause_subjects import clause_subject
from kg.extract.evaluation import WRONGDOING, Judgement, accusation
from kg.extract.qualifiers import is_negated, modality
from kg.extract.quotes import Attribution
from kg.extract.reach import owner_actors, subject_actors
from kg.extract.speech_acts import ACT_HEADS, SPEECH_ACT_VERBS, SpeechAct, speech_acts
from kg.extract.stance_grammar import Stance
from kg.extract.timing import time_of
from kg.extract.unnamed_sources import polled
from kg.model import Article, Entity, Evidence, Relation, TimeRef


class _Reading(Protocol):
    """What these rules read of the article's run."""

    index: ArgumentIndex
    article: Article
    attribution: Attribution
    _obliging: set[int]

    def _evidence(self, token: Token, rule: str) -> Evidence: ...

    def _speaker(self, verb: Token) -> Entity | None: ...

    def _phrase(self, token: Token) -> str: ...


def _relations_between(
    run: _Reading,
    judges: list[Entity],
    targets: list[tuple[Entity, Token]],
    predicate: str,
    evidence: Evidence,
    *,
    confidence: float,
    relation_text: str,
    time: TimeRef | None,
    negated: bool = False,
    attributed_to: str | None = None,
    modality: str = "asserted",
) -> list[Relation]:
    """A relation from every judge (or speaker) to every target that is another actor, the target
    written as the words of its phrase.

    Args:
        run: the article's run, for the article and the phrases.
        judges: who states the relation; targets: whom it is about, with the token naming each.
        predicate, evidence, confidence, relation_text, time, negated, attributed_to, modality: as in `Relation`.
    """
    return [
        Relation(
            subject=judge,
            predicate=predicate,
            object=target,
            evidence=evidence,
            article=run.article.meta,
            negated=negated,
            modality=modality,
            confidence=confidence,
            attributed_to=attributed_to,
            relation_text=relation_text,
            time=time,
            subject_text=judge.name,
            object_text=run._phrase(token),
        )
        for judge in judges
        for target, token in targets
        if judge.id != target.id
    ]


#: Verbs of present need whose infinitive is a demand when someone else says it: "Tony Blair has to
#: go", "Iran needs to return to talks", "Blair ought to resign" ("had to cancel flights" may tell
#: what happened, and is left out).
_OBLIGING_NOW = frozenset({"has", "have", "need", "needs", "ought"})


def _obliged_now(verb: Token) -> bool:
    """True for the infinitive of "has to", "needs to", "ought to" with no object between ("has a
    duty to" is read by its own words)."""
    head = verb.head
    return head.lower_ in _OBLIGING_NOW and not any(c.dep_ == "dobj" for c in head.children)


#: Verbs whose clause is said not to be so: a wrong they report is denied, not charged.
_DOUBTING = frozenset("deny refute dispute reject doubt question rebut contest".split())


class SpeechRelations:
    """The rules over what is said; a mixin of the run, whose index, article and evidence they use."""

    def _demands(self: _Reading, verb: Token) -> list[Relation]:
        """What someone says another actor must or should do is a call on that actor: "The government
        must act quickly, Mary Robinson has said" → Mary Robinson –call→ UK Government."""
        if self.index.sentence_of[verb.i] not in self._obliging:
            return []  # no modal word in the sentence: not worth reading the clause's frames
        if verb.dep_ == "xcomp" and not _obliged_now(verb):
            return []  # "urged Congress to act" is read at "urged"
        if modality(verb) != "obligation" and verb.head.lower_ != "ought":
            return []
        if any(a.lemma_.lower() in _DOUBTING for a in verb.ancestors):
            return []  # "Tesco denied that Asda must cut prices" makes no call
        if verb.dep_ in ("acl", "relcl", "ccomp") and verb.head.pos_ == "NOUN" and verb.head.dep_ != "attr":
            return []  # "would not appeal the court ruling that Apple must pay": the ruling's call
        speaker = self._speaker(verb)
        subject = clause_subject(verb)
        if speaker is None or subject is None or subject.pos_ == "PRON" and subject.lower_ in ("we", "i", "us"):
            return []
        evidence = self._evidence(verb, "reported_demand")
        when = time_of(verb, self.article.meta.published)
        targets = subject_actors(self.index, subject, speaker)
        return _relations_between(
            self, [speaker], targets, "call", evidence, confidence=0.7, relation_text=verb.text, time=when
        )

    def _accused(self: _Reading, verb: Token) -> list[Relation]:
        """ "Mr Puigdemont said the Socialists had broken promises" → Carles Puigdemont –accuse→ Socialists."""
        accused = accusation(verb)
        speaker = subject = None
        if accused is not None:
            subject = clause_subject(verb)
        if accused is None and verb.lemma_.lower() in WRONGDOING:
            return SpeechRelations._said_wrongdoing(self, verb)
        if subject is None or accused is None:
            return []
        speaker = self._speaker(verb)
        judges = [e for e, _ in subject_actors(self.index, subject, speaker)]
        targets = owner_actors(self.index, accused, speaker)
        evidence = self._evidence(verb, "reported_wrongdoing")
        when = time_of(verb, self.article.meta.published)
        return _relations_between(
            self,
            judges,
            targets,
            "accuse",
            evidence,
            confidence=0.65,
            negated=is_negated(verb),
            relation_text=verb.text,
            time=when,
        )

    def _said_wrongdoing(self: _Reading, verb: Token) -> list[Relation]:
        """A wrong done by another actor in the speaker's own words, where no verb of saying reports
        it: '"They have misled the public. Labour betrayed the miners," Mr Scargill said' → Arthur
        Scargill –accuse→ Labour Party; "According to the union, Ryanair has broken the law"."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or is_negated(verb):
            return []
        if modality(verb) not in ("asserted", "opinion"):
            return []
        if any(a.lemma_.lower() in _DOUBTING for a in verb.ancestors):
            return []  # "Tesco denied that Asda had misled customers" clears Asda
        speaker = self._speaker(verb)
        if speaker is None:
            return []
        targets = subject_actors(self.index, subject, speaker)
        return _relations_between(
            self,
            [speaker],
            targets,
            "accuse",
            self._evidence(verb, "said_wrongdoing"),
            confidence=0.6,
            relation_text=verb.text,
            time=time_of(verb, self.article.meta.published),
        )

    def _judged(self: _Reading, judgement: Judgement) -> list[Relation]:
        """ "Mr Tyler said the prime minister's view was flawed" → Paul Tyler –criticize→ Tony Blair; a
        feeling of "we" or "I" is the speaker's: '"We are delighted that Air China has chosen London,"
        said LSE chief executive Clara Furse' → Clara Furse –praise→ Air China."""
        verb = judgement.adjective.head
        speaker = self._speaker(verb)
        if judgement.feeler is not None and not (speaker is not None and judgement.feeler.lower_ in ("we", "i")):
            judges = [e for e, _ in subject_actors(self.index, judgement.feeler, speaker)]
        else:
            judges = [speaker] if speaker is not None else []
        targets = owner_actors(self.index, judgement.target, speaker)
        evidence = self._evidence(verb, "evaluation")
        negated, when = is_negated(verb), time_of(verb, self.article.meta.published)
        # "Mr Blair is said to be frustrated with Mr Brown": what others say he feels
        mood = "hedged" if verb.pos_ in ("AUX", "VERB") and modality(verb) == "hedged" else "asserted"
        return _relations_between(
            self,
            judges,
            targets,
            judgement.predicate,
            evidence,
            confidence=0.65,
            negated=negated,
            modality=mood,
            attributed_to=speaker.name if speaker else None,
            relation_text=judgement.adjective.text,
            time=when,
        )

    def _stance(self: _Reading, stance: Stance) -> list[Relation]:
        """'"I feel UKIP have over-reacted," Mr Houston said' → John Houston –criticize→ UKIP: the
        speaker's own, never an actor the clause also names as what was done to."""
        speaker = self._speaker(stance.cue if stance.cue.pos_ == "VERB" else stance.cue.head)
        if stance.judge is not None:
            judges = [e for e, _ in subject_actors(self.index, stance.judge, speaker)]
        else:
            judges = [speaker] if speaker is not None else []
        if not judges:
            return []
        if any(c.dep_ in ("dobj", "dative") and self.index.entities(c) for c in stance.cue.children):
            return []  # "Israel killed two Hamas commanders": an event, read by the relation rules
        evidence = self._evidence(stance.cue, stance.rule)
        when = time_of(stance.cue, self.article.meta.published)
        targets = (owner_actors if stance.judge is not None else subject_actors)(self.index, stance.target, speaker)
        return _relations_between(
            self, judges, targets, stance.predicate, evidence, confidence=0.6, relation_text=stance.cue.text, time=when
        )

    def _speech_acts(self: _Reading, verb: Token) -> list[Relation]:
        """The speech acts read at `verb` (`speech_acts`), as relations."""
        if verb.lemma_.lower() not in SPEECH_ACT_VERBS and verb.head.lemma_.lower() not in ACT_HEADS:
            return []
        return [r for act in speech_acts(verb) for r in SpeechRelations._speech_act(self, act)]

    def _speech_act(self: _Reading, act: SpeechAct) -> list[Relation]:
        """ "The Liberal Democrats want Labour to scrap the tax" → Liberal Democrats –call→ Labour Party;
        "he asked why the government was agreeing" → question; "denied Mr Blair's claims" → deny."""
        speaker = self._speaker(act.verb)
        if act.actor is None:
            actors = [(speaker, act.verb)] if speaker is not None else []
        else:
            actors = subject_actors(self.index, act.actor, speaker)
        if not actors:
            return []
        exclude = frozenset(e.id for e, _ in actors)
        targets = (owner_actors if act.rule.endswith("_claim") else subject_actors)(self.index, act.target, speaker)
        targets = [(e, t) for e, t in targets if e.id not in exclude]
        # "it is time for Iran to return": the mood of "is"; "Blair's call for Iran to return was ignored": "ignored"
        said = modality(act.verb.head.head if act.rule in ("time_to_act", "named_call") else act.verb)
        if act.rule == "wanted_to_act" and said == "conditional":
            said = "asserted"  # "would like the Tories to apologise" is a wish said now
        if speaker is None and said == "asserted" and polled(self.attribution.speaker(act.verb)):
            said = "opinion"  # "According to a poll, most Britons want Mr Sunak to resign"
        reported = act.actor is not None and speaker is not None and speaker.id not in exclude
        return _relations_between(
            self,
            [e for e, _ in actors],
            targets,
            act.predicate,
            self._evidence(act.verb, act.rule),
            confidence=0.65,
            relation_text=act.words,
            time=time_of(act.verb, self.article.meta.published),
            negated=is_negated(act.verb),
            attributed_to=speaker.name if reported and speaker is not None else None,
            modality=said,
        )

    def _addressed(self: _Reading, addressed: Addressed) -> list[Relation]:
        """ "In an interview with Bloomberg, Rutte said …" → Mark Rutte –give_interview_to→ Bloomberg."""
        speaker = self._speaker(addressed.verb)
        targets = self.index.entities(addressed.addressee, speaker=speaker)
        if not targets:
            return []
        exclude = frozenset(t.id for t in targets)
        givers = subject_actors(self.index, addressed.speaker, speaker, exclude=exclude)
        evidence = self._evidence(addressed.verb, "message_addressee")
        when = time_of(addressed.verb, self.article.meta.published)
        return [
            Relation(
                subject=giver,
                predicate=addressed.predicate,
                object=target,
                evidence=evidence,
                article=self.article.meta,
                confidence=0.7,
                relation_text=addressed.words,
                time=when,
                subject_text=self._phrase(giver_token),
                object_text=self._phrase(addressed.addressee),
            )
            for giver, giver_token in givers
            for target in targets
            if giver.id != target.id
        ]

    def _programme(self: _Reading, programme: Token) -> list[Relation]:
        """ "Speaking on BBC Radio Scotland's Sunday Live programme, Ms Jamieson said …" → Sunday Live
        –programme_of→ BBC Radio Scotland, and Cathy Jamieson –speak_on→ Sunday Live."""
        owner = programme_owner(programme)
        if owner is None:
            return []
        by_token = self.index.by_token
        broadcaster = by_token.get(owner.i)
        show = by_token.get(programme.i) or next(
            (by_token[c.i] for c in programme.children if c.dep_ == "compound" and c.i in by_token), None
        )
        if broadcaster is None or show is None or broadcaster.id == show.id:
            return []
        if broadcaster.type != "Organization" or show.type in ("Person", "Country"):
            return []
        evidence = self._evidence(programme, "broadcaster_programme")
        found = [
            Relation(
                subject=show,
                predicate="programme_of",
                object=broadcaster,
                evidence=evidence,
                article=self.article.meta,
                confidence=0.7,
                relation_text="is a programme of",
                subject_text=show.name,
                object_text=broadcaster.name,
            )
        ]
        speaker = on_air_speaker(programme)
        for guest, guest_token in subject_actors(self.index, speaker) if speaker is not None else []:
            if guest.id not in (show.id, broadcaster.id):
                found.append(
                    Relation(
                        subject=guest,
                        predicate="speak_on",
                        object=show,
                        evidence=replace(evidence, rule="spoke_on_programme"),
                        article=self.article.meta,
                        confidence=0.7,
                        relation_text=f"{programme.head.head.text} on",
                        subject_text=self._phrase(guest_token),
                        object_text=show.name,
                    )
                )
        return found
