"""Tone: criticism said by what a speaker's clause states of an actor, rated by the VADER lexicon rather
than by a verb of criticising: "The government keeps rewarding failure" (fostering a strongly bad thing),
"the regulator was reckless" (a strongly negative quality). A token in → `Stance` candidates; the
caller finds the speaker, who must be another actor.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.evaluation import CRITICAL
from kg.extract.polarity import STRONG, polarity
from kg.extract.qualifiers import is_negated, modality
from kg.extract.stance_grammar import STATED, Stance, asked, hyphenated

#: The least negative rating (VADER's -4 … +4) of what an actor is said to foster: "failure" (-2.3),
#: "violence" (-3.1), "chaos" (-2.7); not "lies" (-1.8) or "victims" (-1.3).
_BAD_THING = 2.0
#: Verbs the lexicon rates well that remedy or guard against what they take: "resolved the crisis",
#: "helped the poor", "survived the chaos" praise no wrong.
_REMEDYING = frozenset(
    """resolve solve ease relieve rescue save help cure heal fix settle protect defend survive overcome win
    calm soothe comfort assist aid care forgive free clear handle manage prevent""".split()
)
#: Nouns the lexicon rates badly that name people in misfortune: "supported the poor", "rewarded the injured".
_PEOPLE_IN_NEED = frozenset("poor needy victim homeless sick wounded injured unemployed vulnerable".split())
#: Adjectives the lexicon rates badly that tell a state, a feeling or a misfortune, not a fault: "the bank is
#: bankrupt", "Labour was worried", "the minister is ill".
_STATES = frozenset(
    """sad afraid scared frightened terrified worried anxious nervous fearful desperate depressed lonely miserable
    sorry ashamed embarrassed hurt injured wounded dead sick ill tired exhausted bored confused uncertain doubtful
    skeptical sceptical concerned troubled distressed devastated heartbroken grieving hopeless helpless vulnerable
    poor homeless jobless unemployed bankrupt insolvent broke angry furious upset disappointed frustrated
    unhappy shocked dismayed appalled outraged alarmed disgusted horrified saddened bitter grim bad serious severe
    difficult hard tough painful tragic sorrowful lost missing defeated killed""".split()
)
#: Verbs that link a subject to a quality of its own: "was reckless", "seems incompetent", "has become arrogant".
_LINKING = frozenset({"be", "seem", "appear", "become", "remain", "prove", "look", "sound"})
_NOT_ACTORS = frozenset({"it", "this", "that", "there", "we", "i", "us", "you", "what", "which"})


def _actor_subject(verb: Token) -> Token | None:
    """The subject of `verb`, climbing the verbs it continues: "keeps rewarding" → "keeps"'s subject."""
    while True:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            if subject.dep_ == "nsubjpass" or subject.pos_ == "PRON" and subject.lower_ in _NOT_ACTORS:
                return None
            return subject
        if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return None
        verb = verb.head


def _stated(verb: Token) -> bool:
    """A clause stated as so: not negated, asked, feared or supposed, here or on the verb it continues."""
    clauses = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    return not any(is_negated(c) or asked(c) or modality(c) not in STATED for c in clauses)


def _fostering(thing: Token) -> Token | None:
    """The word that does something to `thing`: its verb, or a gerund the parser took for its adjective
    ("keeps rewarding failure", with "rewarding" parsed as an adjective of "failure")."""
    before = thing.doc[thing.i - 1] if thing.i > 0 else None
    if before is not None and before.head.i == thing.i and before.dep_ == "amod" and before.lower_.endswith("ing"):
        return before
    return thing.head


def fostered_wrong_stances(thing: Token) -> Iterator[Stance]:
    """An actor said to foster something strongly bad is criticised: "The Greek government keeps rewarding
    failure" → the government; "the regime is encouraging violence". A verb that remedies what it takes
    ("resolved the crisis") or a bad thing made good ("no violence") gives nothing."""
    verb = thing.head
    if thing.dep_ != "dobj" or thing.pos_ != "NOUN" or verb.pos_ != "VERB" or hyphenated(thing):
        return
    if polarity(thing) > -_BAD_THING or thing.lemma_.lower() in _PEOPLE_IN_NEED:
        return
    fostering = _fostering(thing)
    if fostering is None or polarity(fostering) < STRONG or fostering.lemma_.lower() in _REMEDYING:
        return
    if any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "not") for c in thing.children):
        return
    target = _actor_subject(verb)
    if target is None or not _stated(verb):
        return
    yield Stance(thing, target, "criticize", "fostered_wrong")


def bad_quality_stances(word: Token) -> Iterator[Stance]:
    """An actor said to have a quality the lexicon rates strongly negative is criticised: "Mr Smith said the
    regulator had been negligent" → the regulator. A feeling, a state or a misfortune ("was worried",
    "is bankrupt") judges no one; the hand-kept words of `evaluation` are read there."""
    lower = word.lower_
    if word.dep_ != "acomp" or word.pos_ != "ADJ" or lower in CRITICAL or lower in _STATES or hyphenated(word):
        return
    if polarity(word) > -STRONG:
        return
    verb = word.head
    if verb.lemma_.lower() not in _LINKING:
        return
    if any(c.dep_ == "neg" for c in word.children):
        return
    target = _actor_subject(verb)
    if target is None or not _stated(verb):
        return
    yield Stance(word, target, "criticize", "bad_quality")


def tone_stances(token: Token) -> Iterator[Stance]:
    """Every tone stance read at a strongly negative word."""
    yield from fostered_wrong_stances(token)
    yield from bad_quality_stances(token)
