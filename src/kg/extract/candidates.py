"""What a relation rule finds: a `Candidate` (subject and object tokens, predicate, rule and
confidence), and the helpers every rule shares to name it: the verb with its particle, the
vocabulary's predicate for a verb, the nouns of a light verb that carry a predicate, and whether
an object is a sum.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from kg.extract.doc_words import child_deps, per_token
from kg.vocabulary import Vocabulary, normalise_predicate


@dataclass(frozen=True, slots=True)
class Candidate:
    subject: Token
    predicate: str
    object: Token
    verb: Token
    rule: str
    confidence: float
    reach: bool = True  # the object may be reached through its owner ("backed the Home Office's powers")
    words: str | None = None  # the relation as written, when it is more than the verb ("bought a stake in")


@per_token
def verb_lemma(verb: Token) -> str:
    """The verb with its particle: "take on", "give up", "step down"."""
    if "prt" not in child_deps(verb):  # no particle (most verbs): the lemma alone
        after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
        if (
            after is not None
            and after.dep_ == "advmod"
            and after.head.i == verb.i
            and after.lower_ in _ADVERB_PARTICLES
        ):
            return f"{verb.lemma_.lower()} {after.lower_}"  # "step aside for Ms Harris" is no stepping for her
        return verb.lemma_.lower()
    particles = [c.lower_ for c in verb.rights if c.dep_ == "prt"]
    return " ".join([verb.lemma_.lower(), *particles])


#: Adverbs the parser leaves off a phrasal verb that change what it means: "step aside", "walk away".
_ADVERB_PARTICLES = frozenset({"aside", "away"})


def vocabulary_predicate(vocabulary: Vocabulary, lemma: str, prep: str | None = None) -> tuple[str, bool]:
    """The vocabulary's predicate for a verb, or for a verb and its preposition: "meet with" → meet,
    but "head to" is not "head" (lead): a preposition the vocabulary does not list keeps its own words."""
    known = vocabulary.by_lemma.get(f"{lemma} {prep}") if prep else vocabulary.by_lemma.get(lemma)
    if known is None and prep and prep in ("with", "on", "against", "at") and lemma in vocabulary.by_lemma:
        known = vocabulary.by_lemma[lemma]  # "sanction against", "attack on"
    if known:
        return known, True
    return normalise_predicate(f"{lemma} {prep}" if prep else lemma), False


#: Predicates a noun takes only with a verb of restoring: "restored ties with" (not "has close ties with").
_RESTORED = frozenset({"restore_relations"})
_RESTORING = frozenset(
    {"restore", "normalize", "normalise", "resume", "mend", "re-establish", "reestablish", "rebuild"}
)


def light_verb_nouns(verb: Token, vocabulary: Vocabulary) -> list[tuple[Token, str]]:
    """The objects of a light verb that carry a predicate of their own ("sanctions" → sanction)."""
    if verb_lemma(verb) not in vocabulary.light_verbs:
        return []
    found = []
    for noun in verb.children:
        if noun.dep_ == "dobj":
            predicate = vocabulary.for_noun(noun.lower_) or vocabulary.for_noun(noun.lemma_.lower())
            if predicate in _RESTORED and verb_lemma(verb) not in _RESTORING:
                predicate = normalise_predicate(f"{verb_lemma(verb)} {noun.lower_}")  # "has close ties"
            if predicate is not None:
                found.append((noun, predicate))
    return found


#: Entity labels of a sum or a count, which an object may be without being a thing acted on.
_AMOUNTS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})


def amount(noun: Token) -> bool:
    """True for an object that is a sum: "$10bn", "10 billion dollars", "£3m"."""
    return noun.ent_type_ in _AMOUNTS or noun.pos_ == "NUM" or any(c.tag_ == "$" for c in noun.children)
