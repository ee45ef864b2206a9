"""Which entity a token stands for: its own mention, a pronoun's antecedent, or a relative
pronoun's head noun (plural words: `plural_referents`). Built once per doc so that rules look tokens
up instead of rescanning."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from kg.extract.antecedents import (
    SALIENCE_WINDOW,
    Antecedents,
    described_by_its_deeds,
    described_it,
    expletive,
    in_participle_clause,
    is_topic,
    main_subject,
    sentence_start_back,
    subject_of_sentence,
)
from kg.extract.controllers import object_controller
from kg.extract.counted_pairs import counting_words
from kg.extract.doc_words import sentence_starts, span_root, word_positions
from kg.extract.grammar import ATTRIBUTION_VERBS, OBJECTS, SUBJECTS, conjuncts
from kg.extract.no_person import in_programme_title, no_person_name
from kg.extract.plural_referents import PLURAL_PRONOUNS, PluralReferents
from kg.extract.pronoun_clauses import (
    ACTED_ON_UNCLEAR,
    PLURAL_TYPES,
    acted_on_body,
    business_subject,
    main_object,
    owner_for,
    reported_between_two,
    reported_by_unnamed_body,
    reporting_body,
    said_of_the_thing_acted_on,
    speakers_body,
    told_body,
)
from kg.extract.title_owners import a_party
from kg.model import Entity

__all__ = ["FIRST_PERSON", "PRONOUNS", "ArgumentIndex", "sentence_start_back", "sentence_starts"]

_MASCULINE = frozenset({"he", "him", "his", "himself"})
_FEMININE = frozenset({"she", "her", "hers", "herself"})
_PERSONAL = _MASCULINE | _FEMININE
# Words before a name that say whether "he" or "she" may stand for the person.
_MALE_HONORIFICS = frozenset({"mr", "mr.", "sir", "lord", "king", "prince", "duke", "baron"})
_FEMALE_HONORIFICS = frozenset(
    {"mrs", "mrs.", "ms", "ms.", "miss", "lady", "baroness", "dame", "queen", "princess", "duchess", "madam"}
)
_RELATIVE = frozenset({"who", "whom", "which", "that", "whose"})
_FIRST_PLURAL = frozenset({"we", "us", "our", "ourselves"})
_FIRST_SINGULAR = frozenset({"i", "me", "my", "myself"})
# "it" is mostly a thing, not an actor: it resolves only to a country or organization that
# was the subject of its own or the previous sentence ("Iran denied that it had attacked …").
_NEUTER = frozenset({"it", "its", "itself"})
#: Pronouns that stand for whoever is quoted: their entity depends on the speaker.
FIRST_PERSON = _FIRST_PLURAL | _FIRST_SINGULAR
#: Every pronoun the index may resolve; others ("it", "you") name no actor it can know.
PRONOUNS = _PERSONAL | PLURAL_PRONOUNS | _RELATIVE | _FIRST_PLURAL | _FIRST_SINGULAR | _NEUTER
# How many sentences back the "he" of "he said" looks for who last spoke (quoted sentences count).
_SPEAKER_WINDOW = 6


class ArgumentIndex(PluralReferents):
    """Token → entity lookups for one doc."""

    def __init__(
        self,
        doc: Doc,
        spans: Sequence[tuple[int, int]],
        entities: Sequence[Entity],
        affiliations: dict[str, Entity] | None = None,
        quotes: Sequence[tuple[int, int, int | None]] = (),
    ) -> None:
        """`quotes`: the doc's quotations, as token spans [start, end) and the index of the word
        naming their speaker (if any)."""
        self.doc = doc
        self.sentence_of = sentence_starts(doc)
        self.by_token: dict[int, Entity] = {}
        self.affiliations = affiliations or {}
        self._people = Antecedents(self.sentence_of)
        self._groups = Antecedents(self.sentence_of)
        # people who speak (outside quotation marks): the antecedents of a quote's "he said"
        self._speaking = Antecedents(self.sentence_of)
        # people that pronouns, resolved, went on speaking of ("He achieved a first. His early career …")
        self._chained = Antecedents(self.sentence_of)
        self._quote_speakers = frozenset(q[2] for q in quotes if q[2] is not None)
        self._quote_starts = [q[0] for q in quotes]
        self._quote_ends = [q[1] for q in quotes]
        self._quote_speaker_at = [q[2] for q in quotes]
        # pronouns left unresolved on purpose, and why (for the report)
        self._ambiguous: dict[int, str] = {}
        roots = []
        self._male: set[str] = set()
        self._female: set[str] = set()
        # people an earlier "he" or "she" stood for: never the other pronoun's, and preferred for their own
        # only by a pronoun alone of its gender in its sentence
        self._said_male: set[str] = set()
        self._said_female: set[str] = set()
        for (start, end), entity in zip(spans, entities):
            for i in range(start, end):
                self.by_token[i] = entity
            roots.append(doc[start] if end - start == 1 else span_root(doc, start, end))
            if entity.type == "Person":
                # the honorific before the name, or its first word ("Baroness Boothroyd" is one mention)
                for word in (doc[start - 1].lower_ if start > 0 else "", doc[start].lower_):
                    if word in _MALE_HONORIFICS:
                        self._male.add(entity.id)
                    elif word in _FEMALE_HONORIFICS:
                        self._female.add(entity.id)
        # "told the BBC's Breakfast with Frost": Frost is a name in a title, and BBC1 no one: never "he"
        titles = {
            e.id
            for root, e in zip(roots, entities)
            if e.type == "Person" and (in_programme_title(root, self.by_token) or no_person_name(e.name))
        }
        for root, (_, end), entity in zip(roots, spans, entities):
            salient = main_subject(root) or entity.type != "Person" and described_by_its_deeds(root)
            if entity.id in titles:
                continue
            if entity.type == "Person":
                self._people.add(end, self.sentence_of[root.i], salient, entity)
                if self._speaks(root):
                    self._speaking.add(end, self.sentence_of[root.i], True, entity)
                partners = tuple(
                    self.by_token[c.i]
                    for c in conjuncts(root)
                    if c.i in self.by_token and self.by_token[c.i].type == "Person"
                )
                if partners and root.dep_ != "conj":
                    # "Ms Jamieson and Jack McConnell met the clubs. They plan a summit" — they are both
                    self._groups.add(end, self.sentence_of[root.i], salient, entity, partners)
            elif entity.type in PLURAL_TYPES or _speaking_places(root, entity):
                # "Germany and France met. They condemned Russia." — they are both
                partners = tuple(self.by_token[c.i] for c in conjuncts(root) if c.i in self.by_token)
                self._groups.add(end, self.sentence_of[root.i], salient, entity, partners)
        self._chain_pronouns()
        #: words that stand for actors the index may return ("the two leaders", "both of them")
        self.counting = [i for i in counting_words(doc) if i not in self.by_token]

    def _chain_pronouns(self) -> None:
        """A pronoun that is what its sentence is about carries its antecedent forward: "Gordon Brown
        was born in Glasgow. He achieved a first. His early career … His first attempt was thwarted by
        Michael Ancram. But in 1983, he took Dunfermline East" — the last "he" is still Brown."""
        doc = self.doc
        for i in word_positions(doc, _CHAINED):
            token = doc[i]
            if i in self.by_token or not is_topic(token) or self._quoted(i):
                continue  # in a quotation, the speaker's "he" may be anyone the speaker has in mind
            found = self.entity(token)
            # only a pronoun that found a subject or a speaker nearby: one resolved by mere recency
            # may be wrong, and a chain would carry the mistake on
            if found is None or (
                i not in self._quote_speakers
                and found
                not in (
                    self._people.resolve_subject(token, frozenset(), SALIENCE_WINDOW),
                    self._chained.resolve_subject(token, frozenset(), SALIENCE_WINDOW),
                )
            ):
                continue
            self._chained.insert(i + 1, self.sentence_of[i], True, found)
            self._learn_gender(token, found)
            if self._speaks(token):
                self._speaking.insert(i + 1, self.sentence_of[i], True, found)

    def _other_gender(self, pronoun: Token) -> frozenset[str]:
        """The people a personal pronoun cannot stand for: those of the other gender."""
        if pronoun.lower_ in _MASCULINE:
            return frozenset(self._female | self._said_female)
        return frozenset(self._male | self._said_male)

    def _learn_gender(self, pronoun: Token, person: Entity) -> None:
        """A person a topic "she" or "her" surely stands for is a woman, for the pronouns after it: "Kim Lee
        met Alex Brown. She said the talks went well. Jo Smith criticised her" — her is Kim Lee, not Brown
        (an honorific of the other gender, or an earlier pronoun, wins)."""
        if person.type != "Person":
            return
        male = pronoun.lower_ in _MASCULINE
        if person.id not in (self._female | self._said_female if male else self._male | self._said_male):
            (self._said_male if male else self._said_female).add(person.id)

    def _last_speaker(self, pronoun: Token, exclude: frozenset[str]) -> Entity | None:
        """Who last spoke, a few sentences back or beyond a long quote ('Mr Price said: "A. B. C. D."
        He told Radio Five Live: …'), unless someone was the subject since, outside quotation marks."""
        found = self._speaking.latest_subject(pronoun, exclude, _SPEAKER_WINDOW)
        if found is None:
            return None
        voice, end = found
        doc = self.doc
        for item_end, entity in self._people.subjects_between(end, pronoun.i):
            if entity.id == voice.id or entity.id in exclude or self._quoted(item_end - 1):
                continue
            if subject_of_sentence(doc[item_end - 1]):
                return None  # not "He said Mr Houston may be interviewed": what was said is not who says
        return voice

    def _speaks(self, token: Token) -> bool:
        """True for the subject of a verb of saying outside quotation marks, or a quote's speaker."""
        if token.i in self._quote_speakers:
            return True
        if token.dep_ != "nsubj" or token.head.lemma_.lower() not in ATTRIBUTION_VERBS:
            return False
        return not self._quoted(token.i)

    def _other_gender_subject(self, token: Token, exclude: frozenset[str], speaker: Entity | None) -> frozenset[str]:
        """Whom the subject "he" of an object "her" (or "she" of "him") stands for, who is not her:
        "Robert Jenrick, who lost to her, said he supported her" — she is not Jenrick."""
        if token.dep_ not in OBJECTS or token.lower_ in ("his", "her") and token.dep_ == "poss":
            return frozenset()
        male = token.lower_ in _MASCULINE
        for subject in token.head.children:
            if subject.dep_ in SUBJECTS and subject.lower_ in _PERSONAL and (subject.lower_ in _MASCULINE) != male:
                found = self.entity(subject, exclude, speaker)
                return frozenset({found.id}) if found is not None else frozenset()
        return frozenset()

    def _voice_of_quote(self, token: Token) -> Entity | None:
        """The speaker of the quote `token` is in, if any and known."""
        k = bisect_right(self._quote_starts, token.i) - 1
        if k < 0 or token.i >= self._quote_ends[k]:
            return None
        at = self._quote_speaker_at[k]
        if at is None or self._quote_starts[k] <= at < self._quote_ends[k]:
            return None
        return self.entity(self.doc[at])

    def _quoted(self, i: int) -> bool:
        """True for a token inside quotation marks."""
        k = bisect_right(self._quote_starts, i) - 1
        return k >= 0 and i < self._quote_ends[k]

    def entity(
        self, token: Token, exclude: frozenset[str] = frozenset(), speaker: Entity | None = None
    ) -> Entity | None:
        """The entity `token` refers to, or None.

        `exclude` holds ids the token cannot refer to: a pronoun is never the other
        argument of its own clause ("Trump, whom he met" — he is not Trump). `speaker`
        is who is quoted: in a quote, "we" is the speaker's organization (or the speaker).
        """
        found = self.by_token.get(token.i)
        if found is not None:
            return found
        lower = token.lower_
        if lower in _RELATIVE and token.head.dep_ == "relcl":
            noun = token.head.head  # "Temasek, the state investor, which holds 9% of Corvana": Temasek
            apposed = noun.dep_ == "appos" and noun.tag_ == "NN" and noun.i not in self.by_token
            return self.entity(noun.head if apposed else noun, exclude, speaker)
        # Subjects continue the topic, so a subject pronoun prefers a subject antecedent;
        # an object pronoun ("must not abandon them") takes the most recent compatible mention.
        prefer_subjects = token.dep_ not in OBJECTS
        if lower in _PERSONAL:
            # "she" never stands for a "Mr", nor "he" for a "Mrs"
            other = self._other_gender(token)
            exclude = exclude | self._other_gender_subject(token, exclude, speaker)
            voice = self._voice_of_quote(token)
            if voice is not None:
                # '"We have suspended him," Mr Price said' — in a quote, "he" is not who speaks
                exclude = exclude | {voice.id}
            if token.i in self._quote_speakers:
                # '"…," he said' goes on from the last speaker, not from a name inside the quote:
                # '"And there I think Trump is right," he added' — he is who spoke before
                voice = self._last_speaker(token, exclude | other)
                if voice is not None:
                    return voice
            doer = object_controller(token, self.by_token)  # "urged Xi to use his influence": Xi's
            if doer is not None and doer.id not in exclude | other:
                return doer
            ahead = self._subject_ahead(token)
            if ahead is not None and ahead.id not in exclude | other:
                return ahead
            if token.dep_ in SUBJECTS or token.dep_ == "poss" and token.head.dep_ in SUBJECTS:
                # "They said as Mr Mousa was in custody when he died" — a person who is a subject in
                # the same sentence, before the pronoun, comes before the subjects of earlier ones
                nearest, _ = self._people.subject_in_sentence(token, exclude | other)
                if nearest:
                    return nearest[0]
            if prefer_subjects and self._people.resolve_subject(token, exclude | other, SALIENCE_WINDOW) is None:
                # no one named as a subject nearby: the person earlier pronouns went on speaking of
                chained = self._chained.resolve_subject(token, exclude | other, SALIENCE_WINDOW)
                if chained is not None:
                    return chained
            found = self._people.resolve(token, exclude | other, prefer_subjects)
            same = self._male if lower in _MASCULINE else self._female
            if _alone_of_its_gender(token):  # not "He praised him": which is which, gender cannot tell
                same = same | (self._said_male if lower in _MASCULINE else self._said_female)
            if found is not None and found.id not in same and same:
                # "Baroness Boothroyd said she believed Tony Blair had … she told the BBC": a person known
                # to be of the pronoun's gender, salient nearby, is preferred over one of unknown gender
                marked = self._people.resolve_subject(token, exclude | other | self._unmarked(same), SALIENCE_WINDOW)
                if marked is not None:
                    return marked
            return found
        if lower in PLURAL_PRONOUNS:
            group = self._plural_antecedents(token, exclude)
            return group[0] if group else None
        if lower == "it" and (expletive(token) or described_it(token)):
            return None  # "It took Keir Starmer two years to prove him wrong", "It is a landmark"
        if lower in _NEUTER:
            owner = owner_for(token, exclude, self.by_token) or told_body(token, exclude, self.by_token)
            if owner is not None:
                return owner
            employer = self._speakers_employer(token, speaker, exclude)
            if employer is not None:
                return employer  # "Terry Leahy, Tesco's chief executive, said it would buy Booker"
            owner, unclear = acted_on_body(token, exclude, self.by_token)
            if owner is not None:
                return owner
            if unclear:
                self._ambiguous[token.i] = ACTED_ON_UNCLEAR
                return None
            if token.dep_ in OBJECTS and in_participle_clause(token):
                # "Nokia sued Ericsson in a London court, accusing it of copying" — the one acted on
                # in the same sentence, before any subject of the sentences before
                near = main_object(token, exclude, self.by_token)
                if near is not None:
                    return near
                if self._other_actor_before(token, exclude):
                    # someone else named in the sentence, of a kind the index cannot tell
                    self._ambiguous[token.i] = "pronoun ambiguous: another actor named in its sentence"
                    return None
            if token.dep_ in OBJECTS or token.dep_ == "nsubj" and token.head.pos_ == "ADJ":
                # "change public opinion, not follow it", "make it impossible to": an object "it" is
                # mostly a thing; only a participle clause's is told apart above
                self._ambiguous[token.i] = "pronoun ambiguous: 'it' as an object is mostly a thing"
                return None
            if reported_by_unnamed_body(token, self.by_token):
                self._ambiguous[token.i] = "pronoun stands for the unnamed body that reports it"
                return None
            if said_of_the_thing_acted_on(token, self.by_token):
                self._ambiguous[token.i] = "pronoun ambiguous: the speaker and the thing it acted on both fit"
                return None
            if reported_between_two(token, self.by_token):
                self._ambiguous[token.i] = "pronoun ambiguous: the reporter and the reported subject both fit"
                return None
            found = self._groups.resolve_subject(token, exclude, sentences=2)
            if found is not None and found.type == "Country" and business_subject(token):
                # "Unilever agreed to buy … Britain is its second market. It will pay $1bn": a business's deed
                company = self._groups.resolve_subject(token, exclude | {found.id}, sentences=3)
                if company is not None and company.type == "Organization":
                    return company
            return found
        if lower in _FIRST_PLURAL:
            body = reporting_body(token, self.by_token)
            if body is not None:
                return body
        if lower in _FIRST_PLURAL and speaker is not None:
            return self.affiliations.get(speaker.id, speaker)
        if lower in _FIRST_SINGULAR and speaker is not None:
            return speaker
        own = speakers_body(token, speaker, self.affiliations)  # "our alliance" in NATO's chief's words
        if own is not None:
            return own
        for child in token.children:  # "the alliance, NATO," — an apposition names the noun
            if child.dep_ == "appos" and child.i in self.by_token:
                return self.by_token[child.i]
        return None

    def _speakers_employer(self, pronoun: Token, speaker: Entity | None, exclude: frozenset[str]) -> Entity | None:
        """The one company a person who reports "it" works for, when the sentence names it: "Terry Leahy,
        Tesco's chief executive, said it would buy Booker" (not a party, which "it" seldom stands for)."""
        if pronoun.dep_ != "nsubj":
            return None
        if speaker is None:
            clause = pronoun.head
            while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
                clause = clause.head
            if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in ATTRIBUTION_VERBS:
                said_by = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
                speaker = self.by_token.get(said_by.i) if said_by is not None else None
        if speaker is None or speaker.type != "Person":
            return None
        body = self.affiliations.get(speaker.id)
        if body is None or body.id in exclude or body.type != "Organization" or a_party(body):
            return None
        start = self.sentence_of[pronoun.i]
        bodies = [e for i in range(start, pronoun.i) if (e := self.by_token.get(i)) is not None and e.type != "Person"]
        return body if bodies and bodies[-1] is body else None  # not "said Asda was struggling and it …"

    def _other_actor_before(self, pronoun: Token, exclude: frozenset[str]) -> bool:
        """True when the pronoun's sentence names, before it, an entity that `exclude` does not hold."""
        by_token = self.by_token
        return any(
            i in by_token and by_token[i].id not in exclude for i in range(self.sentence_of[pronoun.i], pronoun.i)
        )

    def _unmarked(self, same: set[str]) -> frozenset[str]:
        """The people whose gender no honorific states (excluded when a marked one is wanted)."""
        return frozenset(e.id for e in self._people.entities() if e.id not in same)

    def _subject_ahead(self, pronoun: Token) -> Entity | None:
        """The person a pronoun in a fronted phrase looks ahead to: "Within hours of his final talks
        with Mr Thorpe, Sir Edward told the nation …" — his is Sir Edward's."""
        root = pronoun.sent.root
        subject = next((c for c in root.children if c.dep_ in SUBJECTS), None)
        if subject is None or subject.i < pronoun.i:
            return None
        found = self.by_token.get(subject.i)
        if found is None or found.type != "Person":
            return None
        for ancestor in pronoun.ancestors:
            if ancestor.head.i == root.i and ancestor.i != root.i:
                fronted = ancestor.dep_ in ("prep", "advcl", "npadvmod") and ancestor.i < subject.i
                return found if fronted else None
        return None

    def unresolved_reason(self, token: Token) -> str:
        """Why `token` has no entity, for the report: a pronoun without antecedent or a plain noun."""
        if token.i in self._ambiguous:
            return self._ambiguous[token.i]
        if token.lower_ in PRONOUNS:
            return "pronoun unresolved"
        return "no entity at one end"


def _alone_of_its_gender(pronoun: Token) -> bool:
    """True when no other pronoun of the same gender stands in the pronoun's sentence."""
    kind = _MASCULINE if pronoun.lower_ in _MASCULINE else _FEMININE
    return not any(t.lower_ in kind and t.i != pronoun.i for t in pronoun.sent)


#: Pronouns that, resolved, stand as mentions for later ones.
_CHAINED = frozenset({"he", "she", "his", "her"})


def _speaking_places(root: Token, entity: Entity) -> bool:
    """True for places coordinated as the subject of a verb of saying: "Kerala and Karnataka, both
    governed by parties opposed to the BJP, have said they support the case" — they are the states."""
    if entity.type != "Location" or root.dep_ not in SUBJECTS or not conjuncts(root):
        return False
    return root.head.lemma_.lower() in ATTRIBUTION_VERBS
