"""Open tuples for `kg extract --open`: (subject phrase, relation words, object phrase,
further arguments) for every clause, whatever its arguments are.

Each rule is a generator over one token of the parse and yields `OpenTuple`s; the
clause pieces they share (who the subject is, which words make the relation, which
dependents are complements) are small functions below them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from kg.extract.grammar import CLAUSE_SUBJECTS, COMPLEMENTS, RELATIVE_PRONOUNS, subject_of
from kg.extract.phrases import phrase_tokens, tokens_text

_RELATION_CHILDREN = frozenset({"aux", "auxpass", "neg", "prt"})
_COPULAS = frozenset({"be"})
# Adverbs kept in the relation when they sit between subject and verb ("also praised").
_RELATION_ADVERBS = frozenset({"also", "never", "not", "often", "still", "already", "later", "then",
                               "generally", "usually", "sharply", "eventually", "first", "only", "just"})


@dataclass(frozen=True, slots=True)
class OpenTuple:
    """One open tuple, with the head tokens of its ends so that they can be resolved to entities."""

    subject: Token
    subject_text: str
    relation: str
    object: Token
    object_text: str
    arguments: tuple[str, ...]
    verb: Token
    rule: str
    confidence: float


def relation_tokens(verb: Token) -> list[Token]:
    """The relation words of a verb: auxiliaries, negation, a preceding adverb, the verb, particles.

    An xcomp verb also takes the words of the verb it completes: "attempted to popularize".
    """
    tokens = [verb]
    for child in verb.children:
        if child.dep_ in _RELATION_CHILDREN:
            tokens.append(child)
        elif child.dep_ == "advmod" and child.i < verb.i and child.lower_ in _RELATION_ADVERBS:
            tokens.append(child)
    if verb.dep_ == "xcomp" and not _own_subject(verb) and verb.head.pos_ in ("VERB", "AUX"):
        tokens.extend(relation_tokens(verb.head))
    return sorted(tokens, key=lambda t: t.i)


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in CLAUSE_SUBJECTS for c in verb.children)


def _conjuncts(head: Token) -> list[Token]:
    return [head, *head.conjuncts] if head.dep_ != "conj" else [head]


def _text(head: Token, drop: tuple[Token, ...] = ()) -> str:
    return tokens_text(phrase_tokens(head, drop=drop))


def _extra_arguments(verb: Token, used: set[int]) -> list[str]:
    """Prepositional phrases, agents and time phrases of the verb not used as its object."""
    extras = []
    for child in verb.children:
        if child.i in used:
            continue
        if child.dep_ in ("prep", "agent") or (child.dep_ in ("npadvmod", "tmod") and child.ent_type_ in ("DATE", "TIME")):
            text = tokens_text(phrase_tokens(child, split_conjuncts=False))
            if text:
                extras.append(text)
    return extras


def _clause_confidence(base: float, inherited: bool, subject: Token, objects: int) -> float:
    """Lower confidence for inherited subjects, pronoun subjects and clauses with many readings."""
    confidence = base - (0.15 if inherited else 0.0)
    if subject.pos_ == "PRON":
        confidence -= 0.05
    if objects > 1:
        confidence -= 0.05
    return round(max(confidence, 0.05), 2)


def verb_clause(verb: Token) -> Iterator[OpenTuple]:
    """A clause with a direct object, attribute or complement: "He served as the first Prime
    Minister" is (He, served as, the first Prime Minister); objects coordinated split."""
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("aux", "auxpass"):
        return
    found = subject_of(verb)
    if found is None:
        return
    subject, inherited = found
    relation = relation_tokens(verb)
    if verb.dep_ == "relcl":
        relative_object = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS), None)
        if relative_object is not None:  # "Trump, whom he met on Thursday" → (he, met, Trump)
            own = next((c for c in verb.children if c.dep_ in CLAUSE_SUBJECTS), None)
            if own is not None:
                yield _tuple(own, relation, verb.head, verb, {relative_object.i}, "relative_object", 0.7, False)
            return
    objects = [c for c in verb.children if c.dep_ in COMPLEMENTS and c.lower_ not in RELATIVE_PRONOUNS]
    if objects:
        first = objects[0]
        used = {first.i}
        base = 0.9 if first.dep_ == "dobj" else 0.8
        for obj in _conjuncts(first):
            yield _tuple(subject, relation, obj, verb, used, "verb_object", _clause_confidence(base, inherited, subject, len(objects)), inherited)
        return
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    preps = [c for c in verb.children if c.dep_ in ("prep", "agent") and any(g.dep_ in ("pobj", "pcomp") for g in c.children)]
    if preps and preps[0].dep_ == "prep" and (clause is None or preps[0].i < clause.i):
        prep = preps[0]
        pobj = next(g for g in prep.children if g.dep_ in ("pobj", "pcomp"))
        with_prep = sorted([*relation, prep], key=lambda t: t.i)
        for obj in _conjuncts(pobj):
            yield _tuple(subject, with_prep, obj, verb, {prep.i}, "verb_preposition", _clause_confidence(0.75, inherited, subject, len(preps)), inherited)
        return
    if clause is not None:
        mark = [c for c in clause.children if c.dep_ == "mark"]
        yield _tuple(subject, sorted([*relation, *mark], key=lambda t: t.i), clause, verb, {clause.i}, "verb_clause",
                     _clause_confidence(0.6, inherited, subject, 1), inherited, drop=tuple(mark), split=False)
        return
    if preps:  # a passive with only its agent: "the case was reviewed by a higher court"
        yield _tuple(subject, relation, preps[0], verb, {preps[0].i}, "passive_agent_only", _clause_confidence(0.6, inherited, subject, 1), inherited, split=False)


def _tuple(subject: Token, relation: list[Token], obj: Token, verb: Token, used: set[int], rule: str,
           confidence: float, inherited: bool, drop: tuple[Token, ...] = (), split: bool = True) -> OpenTuple:
    object_text = tokens_text(phrase_tokens(obj, split_conjuncts=split, drop=drop))
    if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "pressure caused by expansion" → is caused by
        relation_text = "is " + tokens_text(relation)
    else:
        relation_text = tokens_text(relation)
    return OpenTuple(subject, _text(subject), relation_text, obj, object_text,
                     tuple(_extra_arguments(verb, used)), verb, rule, confidence)


def apposition(noun: Token) -> Iterator[OpenTuple]:
    """An apposition states what a noun is: "Mark Rutte, NATO's chief," → (Mark Rutte, is, NATO's chief)."""
    for child in noun.children:
        if child.dep_ == "appos" and child.pos_ in ("NOUN", "PROPN"):
            yield OpenTuple(noun, _text(noun), "is", child, _text(child), (), noun, "apposition", 0.5)


def possessive(noun: Token) -> Iterator[OpenTuple]:
    """A possessive names what someone has: "Nissan's image" → (Nissan, has, image)."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            owner = tokens_text(t for t in phrase_tokens(child) if t.dep_ != "case")
            owned = tokens_text(t for t in phrase_tokens(noun) if t.i not in {c.i for c in child.subtree} and t.dep_ != "det")
            if owner and owned:
                yield OpenTuple(child, owner, "has", noun, owned, (), noun, "possessive", 0.3)


#: The open rules over nouns.
NOUN_RULES: tuple[Callable[[Token], Iterator[OpenTuple]], ...] = (apposition, possessive)


def open_tuples(verbs: list[Token], nouns: list[Token]) -> Iterator[OpenTuple]:
    """Every open tuple the rules find: clause rules over `verbs`, noun rules over `nouns`."""
    for verb in verbs:
        yield from verb_clause(verb)
    for noun in nouns:
        for rule in NOUN_RULES:
            yield from rule(noun)
