"""Open tuples for `kg extract --open`: (subject phrase, relation words, object phrase,
further arguments) for every clause, whatever its arguments are.

A verb's `Clause` (its subject, found in `grammar.py`, and its relation words) goes through
`CLAUSE_RULES` in order and the first rule that applies gives its `OpenTuple`s; the noun
rules are generators over one noun each.
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
_RELATION_ADVERBS = frozenset(
    "also never not often still already later then generally usually sharply eventually first only just".split()
)


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
        if (
            child.dep_ in _RELATION_CHILDREN
            or child.dep_ == "advmod"
            and child.i < verb.i
            and child.lower_ in _RELATION_ADVERBS
        ):
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
        if child.dep_ in ("prep", "agent") or (
            child.dep_ in ("npadvmod", "tmod") and child.ent_type_ in ("DATE", "TIME")
        ):
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


@dataclass(frozen=True, slots=True)
class Clause:
    """A verb with its subject (and whether the subject came from another clause) and relation words."""

    verb: Token
    subject: Token
    inherited: bool
    relation: list[Token]


def clause_of(verb: Token) -> Clause | None:
    """The clause of a verb, or None when it is no verb or has no subject to find."""
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("aux", "auxpass"):
        return None
    found = subject_of(verb)
    if found is None:
        return None
    subject, inherited = found
    return Clause(verb, subject, inherited, relation_tokens(verb))


# The clause rules below are tried in order and the first that applies wins: each returns None
# when it does not apply, else its tuples (maybe none, which stops the rules after it too).


def relative_object(clause: Clause) -> list[OpenTuple] | None:
    """A relative clause whose object is the pronoun: "Trump, whom he met on Thursday" → (he, met, Trump)."""
    verb = clause.verb
    if verb.dep_ != "relcl":
        return None
    relative = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS), None)
    if relative is None:
        return None
    own = next((c for c in verb.children if c.dep_ in CLAUSE_SUBJECTS), None)
    if own is None:
        return []
    return [_tuple(own, clause.relation, verb.head, verb, {relative.i}, "relative_object", 0.7, False)]


def verb_object(clause: Clause) -> list[OpenTuple] | None:
    """A direct object, attribute or complement: "He served as the first Prime Minister",
    "Rutte praised Trump and Biden" (coordinated objects split)."""
    verb, subject, inherited = clause.verb, clause.subject, clause.inherited
    objects = [c for c in verb.children if c.dep_ in COMPLEMENTS and c.lower_ not in RELATIVE_PRONOUNS]
    if not objects:
        return None
    first = objects[0]
    used = {first.i}
    base = 0.9 if first.dep_ == "dobj" else 0.8
    return [
        _tuple(
            subject,
            clause.relation,
            obj,
            verb,
            used,
            "verb_object",
            _clause_confidence(base, inherited, subject, len(objects)),
            inherited,
        )
        for obj in _conjuncts(first)
    ]


def _clausal_complement(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "ccomp"), None)


def _prepositions(verb: Token) -> list[Token]:
    """The verb's prepositions and agents that have an object."""
    return [
        c for c in verb.children if c.dep_ in ("prep", "agent") and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
    ]


def verb_preposition(clause: Clause) -> list[OpenTuple] | None:
    """A preposition before any clausal complement: "Rutte met with Trump" → (Rutte, met with, Trump)."""
    verb, subject, inherited = clause.verb, clause.subject, clause.inherited
    complement = _clausal_complement(verb)
    preps = _prepositions(verb)
    if not (preps and preps[0].dep_ == "prep" and (complement is None or preps[0].i < complement.i)):
        return None
    prep = preps[0]
    pobj = next(g for g in prep.children if g.dep_ in ("pobj", "pcomp"))
    with_prep = sorted([*clause.relation, prep], key=lambda t: t.i)
    return [
        _tuple(
            subject,
            with_prep,
            obj,
            verb,
            {prep.i},
            "verb_preposition",
            _clause_confidence(0.75, inherited, subject, len(preps)),
            inherited,
        )
        for obj in _conjuncts(pobj)
    ]


def clausal_complement(clause: Clause) -> list[OpenTuple] | None:
    """A clause as the object: "Rutte said that Europe would act" → (Rutte, said that, Europe would act)."""
    verb, subject, inherited = clause.verb, clause.subject, clause.inherited
    complement = _clausal_complement(verb)
    if complement is None:
        return None
    mark = [c for c in complement.children if c.dep_ == "mark"]
    return [
        _tuple(
            subject,
            sorted([*clause.relation, *mark], key=lambda t: t.i),
            complement,
            verb,
            {complement.i},
            "verb_clause",
            _clause_confidence(0.6, inherited, subject, 1),
            inherited,
            drop=tuple(mark),
            split=False,
        )
    ]


def passive_agent_only(clause: Clause) -> list[OpenTuple] | None:
    """A passive with only its agent: "the case was reviewed by a higher court"."""
    verb, subject, inherited = clause.verb, clause.subject, clause.inherited
    preps = _prepositions(verb)
    if not preps:
        return None
    prep = preps[0]
    if prep.dep_ == "agent":  # "was reviewed by | a higher court"
        pobj = next(g for g in prep.children if g.dep_ in ("pobj", "pcomp"))
        relation, obj = sorted([*clause.relation, prep], key=lambda t: t.i), pobj
    else:
        relation, obj = clause.relation, prep
    return [
        _tuple(
            subject,
            relation,
            obj,
            verb,
            {prep.i},
            "passive_agent_only",
            _clause_confidence(0.6, inherited, subject, 1),
            inherited,
            split=False,
        )
    ]


#: The clause rules, in the order they are tried.
CLAUSE_RULES: tuple[Callable[[Clause], list[OpenTuple] | None], ...] = (
    relative_object,
    verb_object,
    verb_preposition,
    clausal_complement,
    passive_agent_only,
)


def verb_clause(verb: Token) -> Iterator[OpenTuple]:
    """The tuples of a verb's clause from the first clause rule that applies: "He served as the
    first Prime Minister" is (He, served as, the first Prime Minister)."""
    clause = clause_of(verb)
    if clause is None:
        return
    for rule in CLAUSE_RULES:
        found = rule(clause)
        if found is not None:
            yield from found
            return


def _tuple(
    subject: Token,
    relation: list[Token],
    obj: Token,
    verb: Token,
    used: set[int],
    rule: str,
    confidence: float,
    inherited: bool,
    drop: tuple[Token, ...] = (),
    split: bool = True,
) -> OpenTuple:
    object_text = tokens_text(phrase_tokens(obj, split_conjuncts=split, drop=drop))
    if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "pressure caused by expansion" → is caused by
        relation_text = "is " + tokens_text(relation)
    else:
        relation_text = tokens_text(relation)
    # "the draft authored by Kharitonov": the noun without the clause that says it
    subject_text = _text(subject, drop=(verb,)) if verb.dep_ == "acl" and verb.head.i == subject.i else _text(subject)
    return OpenTuple(
        subject,
        subject_text,
        relation_text,
        obj,
        object_text,
        tuple(_extra_arguments(verb, used)),
        verb,
        rule,
        confidence,
    )


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
            owned = tokens_text(
                t for t in phrase_tokens(noun) if t.i not in {c.i for c in child.subtree} and t.dep_ != "det"
            )
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
