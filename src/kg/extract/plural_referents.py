"""What plural words stand for, read by `arguments.ArgumentIndex`: "they" and "them" every member of a
coordinated antecedent (unless plain plural nouns came between), "the two leaders" and "both companies"
the two actors just named."""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Doc, Token

from kg.extract.antecedents import Antecedents, sentence_start_back
from kg.extract.counted_pairs import PEOPLE, both_of, clause_subjects, pair_kind, two_counted
from kg.extract.grammar import OBJECTS, SUBJECTS
from kg.extract.pronoun_clauses import ACTED_ON_UNCLEAR, acted_on_body, owner_for
from kg.model import Entity

#: The pronouns that may stand for several actors at once.
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves"})


class _Indexed(Protocol):
    """What these lookups read of the doc's index."""

    doc: Doc
    sentence_of: list[int]
    by_token: dict[int, Entity]
    _people: Antecedents
    _groups: Antecedents
    _ambiguous: dict[int, str]

    def entity(
        self, token: Token, exclude: frozenset[str] = frozenset(), speaker: Entity | None = None
    ) -> Entity | None: ...

    def entities(
        self, token: Token, exclude: frozenset[str] = frozenset(), speaker: Entity | None = None
    ) -> list[Entity]: ...

    def _pair(self, token: Token, kind: frozenset[str]) -> list[Entity]: ...

    def _plural_antecedents(self, pronoun: Token, exclude: frozenset[str]) -> list[Entity]: ...

    def _continues_plural(self, pronoun: Token, found: list[Entity], exclude: frozenset[str]) -> bool: ...


class PluralReferents:
    """The plural lookups of the index (a mixin of `arguments.ArgumentIndex`)."""

    def entities(
        self: _Indexed, token: Token, exclude: frozenset[str] = frozenset(), speaker: Entity | None = None
    ) -> list[Entity]:
        """As `entity`, but "they" stands for every member of a coordinated antecedent, and "the two
        leaders", "both companies" for the two actors just named."""
        counted = both_of(token)
        if counted is not None:  # "meetings with both of them": two, or none
            found = self.entities(counted, exclude, speaker)
            return found if len(found) == 2 else []
        kind = pair_kind(token) if token.i not in self.by_token else None
        if kind is not None:
            return [e for e in self._pair(token, kind) if e.id not in exclude]
        if token.lower_ in PLURAL_PRONOUNS and token.i not in self.by_token:
            return [e for e in self._plural_antecedents(token, exclude) if e.id not in exclude]
        single = self.entity(token, exclude, speaker)
        return [single] if single is not None else []

    def _pair(self: _Indexed, token: Token, kind: frozenset[str]) -> list[Entity]:
        """The two actors of `kind` that "the two men" or "both companies" at `token` counts, never
        the subject of its own clause: "Gustavo Petro and Daniel Noboa clashed. Ana Ferrero tried to
        mediate between the two leaders" — Petro and Noboa, not Ferrero and Noboa."""
        source = self._people if kind is PEOPLE else self._groups
        acting = {self.by_token[t.i].id for t in clause_subjects(token) if t.i in self.by_token}
        if not acting:
            return two_counted(lambda window: source.recent(token, window), kind, self.doc)
        return two_counted(
            lambda window: [r for r in source.recent(token, window) if r[0].id not in acting], kind, self.doc
        )

    def _plural_antecedents(self: _Indexed, pronoun: Token, exclude: frozenset[str]) -> list[Entity]:
        """What "they" stands for, unless plain plural nouns were the subject since (or nearby, when
        the antecedent was no subject): "Mr Croucher said Mr Houston's views had been presented as UKIP
        policy. He said they might have been submissions to a committee" — they are the views, not UKIP."""
        owner = owner_for(pronoun, exclude, self.by_token)
        if owner is not None:
            return [owner]
        owner, unclear = acted_on_body(pronoun, exclude, self.by_token)
        if owner is not None:
            return [owner]
        if unclear:
            self._ambiguous[pronoun.i] = ACTED_ON_UNCLEAR
            return []
        for child in pronoun.children:  # "engaged with them (Air China)"
            if child.dep_ == "appos" and child.i in self.by_token:
                return [self.by_token[child.i]]
        found: list[Entity] = []
        salient = True
        if pronoun.dep_ in SUBJECTS:
            # "The police do want to identify them - they will crack down on them": a subject
            # of the same sentence comes before any subject of the sentences before
            found, end = self._groups.subject_in_sentence(pronoun, exclude)
        if not found:
            found, end, salient = self._groups.resolve_all(pronoun, exclude, pronoun.dep_ not in OBJECTS)
        if not found:
            return []
        own_sentence = self.sentence_of[pronoun.i]
        if (
            not salient
            and pronoun.dep_ not in OBJECTS
            and self.sentence_of[end - 1] != own_sentence
            and not self._continues_plural(pronoun, found, exclude)
        ):
            # "Their daughter Jennifer died in 2002" — no subject to go on from, and the last body
            # named is in another sentence: too weak a reason
            self._ambiguous[pronoun.i] = "pronoun ambiguous: no subject antecedent nearby"
            return []
        doc, by_token = self.doc, self.by_token
        start = max(end if salient else 0, sentence_start_back(pronoun, 2, self.sentence_of))
        # an object pronoun takes the last plural named, and "them" in "individuals who incite
        # hatred - they will crack down on them" are the individuals
        clause = pronoun.head if pronoun.dep_ != "pobj" else pronoun.head.head
        for i in range(start, pronoun.i):
            token = doc[i]
            if token.tag_ != "NNS" or i in by_token or token.head.i == clause.i:
                continue
            if token.dep_ in SUBJECTS or token.dep_ == "attr" and i >= own_sentence and pronoun.dep_ in OBJECTS:
                self._ambiguous[pronoun.i] = f"pronoun ambiguous: {token.text!r} is nearer than {found[0].name!r}"
                return []
        return found

    def _continues_plural(self: _Indexed, pronoun: Token, found: list[Entity], exclude: frozenset[str]) -> bool:
        """True when an earlier "they" or "them" of the pronoun's sentence stands for the same: "keep the
        pressure on them to make sure that they engage in talks" — they are who them are."""
        doc = self.doc
        for i in range(self.sentence_of[pronoun.i], pronoun.i):
            if doc[i].lower_ in PLURAL_PRONOUNS and i not in self.by_token:
                earlier = self._plural_antecedents(doc[i], exclude)
                return bool(earlier) and [e.id for e in earlier] == [e.id for e in found]
        return False
