"""Relations of speech to and on the media, read for `document._Run` from what `media` finds: a
programme's broadcaster and who spoke on it, the body told, the publication that quoted or was
written in, and a state's broadcaster told by one who serves it."""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Token

from kg.extract.addressees import airing_verb
from kg.extract.arguments import ArgumentIndex
from kg.extract.clause_subjects import clause_subject
from kg.extract.grammar import preposition_object
from kg.extract.media import (
    OBJECT_DEPS,
    SITTING,
    Programme,
    of_the_state,
    quoting_publication,
    swallowed_addressee,
    written_in,
)
from kg.extract.reach import subject_actors
from kg.extract.role_holders import Role
from kg.model import Article, Entity, Evidence, Relation
from kg.resolve import canonical_key


class _Reading(Protocol):
    """What these rules read of the article's run."""

    index: ArgumentIndex
    article: Article
    roles: list[Role]

    def _evidence(self, token: Token, rule: str) -> Evidence: ...

    def _speaker(self, verb: Token) -> Entity | None: ...

    def _phrase(self, token: Token) -> str: ...


class MediaRelations:
    """The rules over programmes; a mixin of the run, whose index and evidence they use."""

    def _aired_programme(self: _Reading, programme: Programme) -> list[Relation]:
        """ "… told Radio 4's Today the …" → Today –programme_of→ Radio 4, X –say→ Today; "On the BBC's
        Breakfast with Frost it was put to Mr Kinnock …" → Kinnock –appear_on→ Breakfast with Frost and
        Breakfast with Frost –question→ Kinnock."""
        broadcaster = self.index.by_token.get(programme.owner.i)
        show = self.index.by_token.get(programme.name.i)
        if broadcaster is None or show is None or broadcaster.id == show.id:
            return []
        if broadcaster.type != "Organization" or show.type != "Organization":
            return []
        evidence = self._evidence(programme.name, "broadcaster_programme")
        found = [_relation(self, show, "programme_of", broadcaster, evidence, "is a programme of")]
        verb = programme.verb
        if verb is None:
            return found
        if verb.lemma_.lower() == "put":  # a question put to a guest on the programme
            guest = next((preposition_object(c) for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            for actor, _ in subject_actors(self.index, guest) if guest is not None else []:
                if actor.id not in (show.id, broadcaster.id):
                    found.append(_relation(self, actor, "appear_on", show, evidence, "appeared on"))
                    found.append(_relation(self, show, "question", actor, evidence, "put to"))
            return found
        if programme.name.dep_ != "npadvmod":
            return found  # the programme as the verb's object is read by the relation rules
        subject, speaker = clause_subject(verb), self._speaker(verb)
        actors = [a for a, _ in subject_actors(self.index, subject, speaker)] if subject is not None else []
        for actor in actors or ([speaker] if speaker is not None else []):
            if actor.id not in (show.id, broadcaster.id):
                found.append(_relation(self, actor, "say", show, evidence, verb.text))
        return found

    def _told_body(self: _Reading, verb: Token) -> list[Relation]:
        """ "Sources within the Conservative Party told the BBC Michael Howard has …" → Conservative Party
        –say→ BBC."""
        addressee = swallowed_addressee(verb)
        subject = clause_subject(verb)
        if addressee is None or subject is None:
            return []
        told = self.index.by_token.get(addressee.i)
        if told is None or told.type != "Organization":
            return []
        evidence = self._evidence(verb, "told_body")
        return [
            _relation(self, actor, "say", told, evidence, verb.text)
            for actor, _ in subject_actors(self.index, subject, self._speaker(verb))
            if actor.id != told.id
        ]

    def _quoted_in(self: _Reading, verb: Token) -> list[Relation]:
        """ "Mr Houston was quoted in the Herald newspaper saying: …" → Herald –quote→ John Houston."""
        publication = quoting_publication(verb)
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if publication is None or subject is None:
            return []
        speaker = self._speaker(verb)
        sources = [
            p
            for p, _ in subject_actors(self.index, publication)
            if p.type == "Organization" and SITTING.isdisjoint(p.name.lower().split())
        ]
        evidence = self._evidence(verb, "quoted_in")
        return [
            _relation(self, source, "quote", quoted, evidence, "quoted")
            for source in sources
            for quoted, _ in subject_actors(self.index, subject, speaker)
            if quoted.id != source.id and quoted.type == "Person"
        ]

    def _written_in(self: _Reading, verb: Token) -> list[Relation]:
        """ "Writing in the Daily Telegraph, Mr Howard said …" → Michael Howard –write_in→ Daily Telegraph."""
        publication = written_in(verb)
        subject = clause_subject(verb)
        if publication is None or subject is None or publication.pos_ != "PROPN":
            return []
        target = self.index.by_token.get(publication.i)
        if target is None or target.type != "Organization":
            return []
        evidence = self._evidence(verb, "written_in")
        return [
            _relation(self, writer, "write_in", target, evidence, f"{verb.text} in")
            for writer, _ in subject_actors(self.index, subject, self._speaker(verb))
            if writer.id != target.id and writer.type == "Person"
        ]

    def _told_state_media(self: _Reading, head: Token) -> list[Relation]:
        """ "Mr Sangare told the state broadcaster …" in an article of two countries: the broadcaster of
        the one country the speaker serves (Bakary Yaou Sangare –works_for→ Niger) → Niger state broadcaster."""
        if head.i in self.index.by_token or head.pos_ != "NOUN" or not of_the_state(head):
            return []
        if head.dep_ not in OBJECT_DEPS or not airing_verb(head.head):
            return []
        subject = clause_subject(head.head)
        if subject is None:
            return []
        evidence = self._evidence(head.head, "told_state_media")
        found = []
        for speaker, _ in subject_actors(self.index, subject, self._speaker(head.head)):
            served = {r.organization.id: r.organization for r in self.roles if r.person.id == speaker.id}
            countries = [o for o in served.values() if o.type == "Country"]
            if speaker.type != "Person" or len(countries) != 1:
                continue
            name = f"{countries[0].name} state {head.lower_}"
            broadcaster = Entity(canonical_key(name), name, "Organization")
            found.append(_relation(self, speaker, "say", broadcaster, evidence, head.head.text))
        return found


def _relation(run: _Reading, subject: Entity, predicate: str, obj: Entity, evidence: Evidence, words: str) -> Relation:
    return Relation(
        subject=subject,
        predicate=predicate,
        object=obj,
        evidence=evidence,
        article=run.article.meta,
        confidence=0.7,
        relation_text=words,
        subject_text=subject.name,
        object_text=obj.name,
    )
