"""Mentions a pronoun may refer to, in document order, and where a word stands in its clause
(a main clause's subject, a participle clause, an expletive "it"): what `arguments` ranks
antecedents by."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Token

from kg.extract.grammar import ATTRIBUTION_VERBS, SUBJECTS
from kg.model import Entity

# How many sentences back a pronoun looks for a salient (subject) antecedent.
SALIENCE_WINDOW = 3


class Antecedents:
    """Mentions a pronoun may refer to, in document order.

    A pronoun takes the most recent mention that was a grammatical subject within the
    last few sentences (subjects are what a text is about), else the most recent mention.
    """

    def __init__(self, sentence_of: list[int]) -> None:
        self.sentence_of = sentence_of
        self.ends: list[int] = []
        # (sentence start, salient, entity, entities coordinated with it)
        self.items: list[tuple[int, bool, Entity, tuple[Entity, ...]]] = []

    def add(
        self, end: int, sentence_start: int, salient: bool, entity: Entity, partners: tuple[Entity, ...] = ()
    ) -> None:
        self.ends.append(end)
        self.items.append((sentence_start, salient, entity, partners))

    def insert(
        self, end: int, sentence_start: int, salient: bool, entity: Entity, partners: tuple[Entity, ...] = ()
    ) -> None:
        """As `add`, for a mention found after later ones were added (a resolved pronoun)."""
        k = bisect_left(self.ends, end)
        self.ends.insert(k, end)
        self.items.insert(k, (sentence_start, salient, entity, partners))

    def entities(self) -> list[Entity]:
        return [item[2] for item in self.items]

    def resolve(self, pronoun: Token, exclude: frozenset[str], prefer_subjects: bool = True) -> Entity | None:
        k = self._resolve(pronoun, exclude, prefer_subjects)
        return self.items[k][2] if k is not None else None

    def resolve_all(
        self, pronoun: Token, exclude: frozenset[str], prefer_subjects: bool = True
    ) -> tuple[list[Entity], int, bool]:
        """The antecedent and the entities coordinated with it ("Germany and France" for "they"),
        the token index where the antecedent ends, and whether it was a subject (else it was found
        only for being the last named)."""
        k = self._resolve(pronoun, exclude, prefer_subjects)
        if k is None:
            return [], pronoun.i, False
        return [self.items[k][2], *self.items[k][3]], self.ends[k], self.items[k][1]

    def resolve_subject(self, pronoun: Token, exclude: frozenset[str], sentences: int) -> Entity | None:
        """The most recent antecedent that was a subject within `sentences` sentences, or None."""
        latest = self.latest_subject(pronoun, exclude, sentences)
        return latest[0] if latest is not None else None

    def latest_subject(self, pronoun: Token, exclude: frozenset[str], sentences: int) -> tuple[Entity, int] | None:
        """As `resolve_subject`, with the token index where the antecedent ends."""
        before = bisect_left(self.ends, pronoun.i + 1)
        window_start = sentence_start_back(pronoun, sentences, self.sentence_of)
        for k in range(before - 1, -1, -1):
            sentence_start, salient, entity, _ = self.items[k]
            if sentence_start < window_start:
                break
            if salient and entity.id not in exclude:
                return entity, self.ends[k]
        return None

    def recent(self, pronoun: Token, sentences: int) -> list[tuple[Entity, tuple[Entity, ...], int]]:
        """The mentions before `pronoun` within `sentences` sentences, latest first, each with the
        entities coordinated with it and the token index where it ends."""
        before = bisect_left(self.ends, pronoun.i + 1)
        window_start = sentence_start_back(pronoun, sentences, self.sentence_of)
        found = []
        for k in range(before - 1, -1, -1):
            sentence_start, _, entity, partners = self.items[k]
            if sentence_start < window_start:
                break
            found.append((entity, partners, self.ends[k]))
        return found

    def subjects_between(self, start: int, end: int) -> list[tuple[int, Entity]]:
        """The subject antecedents that end after token `start` and before token `end`."""
        first, last = bisect_right(self.ends, start), bisect_left(self.ends, end)
        return [(self.ends[k], self.items[k][2]) for k in range(first, last) if self.items[k][1]]

    def subject_in_sentence(self, pronoun: Token, exclude: frozenset[str]) -> tuple[list[Entity], int]:
        """The last antecedent before the pronoun in its own sentence that is the subject of some clause,
        with the entities coordinated with it, and where it ends; or nothing."""
        doc = pronoun.doc
        first = self.sentence_of[pronoun.i]
        for k in range(bisect_left(self.ends, pronoun.i + 1) - 1, -1, -1):
            sentence_start, _, entity, partners = self.items[k]
            if sentence_start != first:
                break
            if entity.id not in exclude and doc[self.ends[k] - 1].dep_ in SUBJECTS:
                return [entity, *partners], self.ends[k]
        return [], pronoun.i

    def _resolve(self, pronoun: Token, exclude: frozenset[str], prefer_subjects: bool) -> int | None:
        """The position of the antecedent in `items`, or None."""
        before = bisect_left(self.ends, pronoun.i + 1)
        window_start = sentence_start_back(pronoun, SALIENCE_WINDOW, self.sentence_of)
        fallback = None
        for k in range(before - 1, -1, -1):
            sentence_start, salient, entity, _ = self.items[k]
            if entity.id in exclude:
                continue
            if fallback is None:
                fallback = k
                if not prefer_subjects:
                    return k
            if sentence_start < window_start:
                break
            if salient:
                return k
        return fallback


def is_topic(pronoun: Token) -> bool:
    """True for a pronoun that is what its sentence is about: the subject of a main clause, or the
    owner of that subject ("His early career was spent lecturing")."""
    if pronoun.dep_ == "poss":
        return main_subject(pronoun.head)
    return main_subject(pronoun)


def in_participle_clause(token: Token) -> bool:
    """True for a word of a clause with no subject of its own that hangs on a verb of its sentence:
    "…, accusing it of copying", "…, urging it to act"."""
    verb = token.head
    if token.dep_ == "pobj":
        verb = verb.head
    return (
        verb.dep_ in ("advcl", "xcomp", "conj")
        and verb.tag_ in ("VBG", "VBN", "VB")
        and not any(c.dep_ in SUBJECTS for c in verb.children)
    )


def described_it(token: Token) -> bool:
    """True for "it" described by a copula: "It is a landmark building", "It is now a criminal
    investigation" — said of things, and no relation comes of it."""
    head = token.head
    return (
        token.dep_ == "nsubj"
        and head.lemma_ in ("be", "become", "seem", "remain")
        and head.i != token.i
        and (
            any(c.dep_ in ("attr", "oprd") or c.dep_ == "acomp" and c.lower_ not in _WILLING for c in head.children)
            or not _in_a_state(head)
            and not any(c.dep_ == "acomp" for c in head.children)
        )
    )


#: Nouns of a state a body is in with another: "it is in talks with France Telecom", "it was in dispute".
_STATES = frozenset(
    """talks negotiations discussions dispute partnership alliance competition pressure attack fire threat
    investigation scrutiny odds loggerheads contact control""".split()
)


def _in_a_state(verb: Token) -> bool:
    """True for "be" with "in" and a state of dealings after it: "it is in talks with France Telecom"."""
    return any(
        p.dep_ == "prep" and p.lower_ in ("in", "at", "under") and any(o.lower_ in _STATES for o in p.children)
        for p in verb.children
    )


#: Verbs whose subject "it" is an actor even with a clause after them (saying, wanting, going on).
_REFERRING_HEADS = frozenset(
    "say add claim insist argue warn want plan hope intend try aim continue agree refuse decline promise"
    " threaten vow pledge offer expect seek".split()
)


def expletive(token: Token) -> bool:
    """ "it" that stands for a clause later in the sentence: "It is crucial to …", "It took X years to …"."""
    if token.dep_ not in ("nsubj", "nsubjpass", "expl"):
        return token.dep_ == "expl"
    head = token.head
    if token.dep_ == "nsubj" and head.lemma_.lower() in _REFERRING_HEADS:
        return False  # "Citigroup said it would continue to co-operate": it is Citigroup
    if token.dep_ == "nsubjpass" and head.lemma_.lower() in _RAISING and _infinitive_after(head):
        return False  # "It is expected to sell its stake": the body, raised from the infinitive
    return any(c.dep_ in ("xcomp", "ccomp", "csubj") and c.i > head.i for c in head.children) or any(
        c.dep_ == "acomp" and c.lower_ not in _WILLING and any(g.dep_ in ("xcomp", "ccomp") for g in c.children)
        for c in head.children
    )


#: Passive verbs that lend their subject to an infinitive after them: "it is expected / set to sell".
_RAISING = frozenset({"expect", "set", "poise", "tip", "schedule", "slate", "due"})


def _infinitive_after(verb: Token) -> bool:
    """True when the verb's clause goes on in an infinitive ("to sell"), not a that-clause."""
    return any(c.dep_ == "xcomp" and any(t.tag_ == "TO" for t in c.children) for c in verb.children) and not any(
        c.dep_ == "ccomp" for c in verb.children
    )


#: Adjectives whose subject is who would act, never a clause put off: "it was keen to buy", "it is
#: ready to sell" (not "it is crucial to act").
_WILLING = frozenset(
    "keen eager willing ready prepared determined able unable reluctant unwilling anxious desperate happy".split()
)


def subject_of_sentence(token: Token) -> bool:
    """True for the subject of a sentence's main verb (or of a verb coordinated with it)."""
    if token.dep_ not in SUBJECTS:
        return False
    clause = token.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ == "ROOT"


def main_subject(token: Token) -> bool:
    """True for the subject of a main clause (or of a clause it reports), or the name that owns or
    modifies it: what the text is about.
    "the Conservatives insisted they would hold ministers to account" — not "ministers", whatever
    the parser made of them."""
    if token.dep_ == "conj" and token.head.dep_ in SUBJECTS:
        token = token.head
    if (
        token.dep_ in ("poss", "compound")
        and token.pos_ == "PROPN"
        and token.head.pos_ == "NOUN"
        and token.head.dep_ in SUBJECTS
    ):
        token = token.head  # "Corvana's board has recommended the offer", "Some Citigroup operations came …"
    if (
        token.dep_ == "pobj"
        and token.pos_ == "PROPN"
        and token.head.lower_ in ("in", "at", "of")
        and token.head.head.lemma_.lower() in _FORTUNES
        and token.head.head.dep_ in SUBJECTS
    ):
        token = token.head.head  # "Shares in BAE Systems rose after it won a contract": the body's fortunes
    if token.dep_ not in SUBJECTS:
        return False
    clause = token.head
    if clause.pos_ not in ("VERB", "AUX"):
        return False
    while clause.dep_ in ("conj", "ccomp", "xcomp") and clause.head.i != clause.i:
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() not in ATTRIBUTION_VERBS:
            return False  # "they would hold ministers to account": a clause of "hold", not of what was said
        clause = clause.head
    if clause.dep_ == "advcl" and clause.i > clause.head.i and _about_a_thing(clause.head):
        return True  # "The comments came as Viktor Yushchenko prepared to head to Brussels"
    return clause.dep_ == "ROOT"


#: Nouns of a body's fortunes, whose "in", "at" or "of" names the body the news is about: "Shares in BAE".
_FORTUNES = frozenset("share stock profit sale revenue earning loss price output turnover".split())


def _about_a_thing(root: Token) -> bool:
    """True for a main clause whose subject is a common noun, so that a person or body in the clause
    that hangs on it is what the sentence is about: "The comments came as Viktor Yushchenko prepared …"."""
    subjects = [c for c in root.children if c.dep_ in SUBJECTS]
    return root.dep_ == "ROOT" and bool(subjects) and all(c.pos_ == "NOUN" for c in subjects)


def described_by_its_deeds(token: Token) -> bool:
    """True for a name that a relative clause makes the doer of a sentence's second half: "a series of
    purchases by Maersk, which has been trying to rely less on freight" — what comes next is about
    Maersk as much as about the purchases (for bodies: "it bought …"); not when the sentence's subject
    may be an actor itself ("Nokia sued Ericsson, which denies it": Nokia stays what it is about)."""
    if not any(
        c.dep_ == "relcl" and any(w.dep_ in SUBJECTS and w.lower_ in ("which", "who", "that") for w in c.children)
        for c in token.children
    ):
        return False
    root = token.sent.root
    subjects = [c for c in root.children if c.dep_ in SUBJECTS]
    return bool(subjects) and all(c.pos_ == "NOUN" for c in subjects) and token.i > root.i


def sentence_start_back(token: Token, sentences: int, sentence_of: list[int]) -> int:
    """Token index where the sentence `sentences - 1` before the token's own begins."""
    start = sentence_of[token.i]
    for _ in range(sentences - 1):
        if start == 0:
            break
        start = sentence_of[start - 1]
    return start
