"""Plural descriptions that stand for two actors the article just named: "the two leaders",
"both companies", "the pair", "both of them". A token in → the kind of actor it counts, or None."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from kg.extract.clause_subjects import clause_subject
from kg.extract.doc_words import word_positions
from kg.extract.grammar import SUBJECTS
from kg.model import Entity

#: Mentions before a word, latest first: each entity, those coordinated with it, where it ends.
Recent = list[tuple[Entity, tuple[Entity, ...], int]]
# How many sentences (its own included) "the two leaders" looks back for the two it counts:
# the nearer window first, the wider only when the nearer names fewer than two.
_PAIR_WINDOWS = (2, 3)
# How far back two actors named together ("Celtic and Rangers") may be what "both clubs" counts.
_COORDINATION_WINDOW = 5

#: Nouns that by themselves name two people: "the pair settled on a pact".
_PAIR_NOUNS = frozenset({"pair", "couple", "duo"})
#: Plural nouns for people, counted by "the two" or "both": "the two men", "both leaders".
_PEOPLE = frozenset(
    """men women leaders ministers politicians presidents executives bosses brothers sisters rivals
    candidates officials heads""".split()
)
#: Plural nouns for bodies, counted the same way: "both companies", "the two banks".
_BODIES = frozenset(
    """companies firms banks groups businesses clubs teams airlines carriers lenders insurers retailers
    brewers operators rivals""".split()  # not "both parties": parties to what, or political parties?
)
#: Nouns for the two sides of a dispute or talks, which only two actors named together may be:
#: "talks between Lufthansa and the pilots' union … both sides" (not the two named last, wherever).
_SIDES = frozenset({"sides"})
#: Plural nouns for countries: "the two countries".
_COUNTRIES = frozenset({"countries", "nations", "states", "neighbours", "neighbors", "governments"})

PEOPLE = frozenset({"Person"})
BODIES = frozenset({"Organization", "Group"})
COUNTRIES = frozenset({"Country"})
SIDES = frozenset({"Organization", "Group", "Country"})


def _counted_by_two(token: Token) -> bool:
    """ "the two men", "both companies", "both the banks" — not "two men were arrested"."""
    words = {c.lower_ for c in token.children if c.dep_ in ("det", "predet", "nummod", "preconj")}
    return "both" in words or "two" in words and "the" in words


def pair_kind(token: Token) -> frozenset[str] | None:
    """The entity types the two actors `token` stands for must have, or None when it counts none."""
    lower = token.lower_
    if lower in _PAIR_NOUNS:
        has_the = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        plain = not any(c.dep_ in ("prep", "amod", "compound") for c in token.children)
        return PEOPLE if has_the and plain else None  # not "a couple of weeks", "the pair of shoes"
    if token.tag_ != "NNS" or not _counted_by_two(token):
        return None
    if lower in _SIDES:
        return SIDES
    if lower in _PEOPLE and lower not in _BODIES:
        return PEOPLE
    if lower in _COUNTRIES:
        return COUNTRIES
    if lower in _BODIES and lower not in _PEOPLE:
        return BODIES
    return None


def both_of(token: Token) -> Token | None:
    """The pronoun that "both of them" / "the two of them" counts, or None."""
    if token.lower_ not in ("both", "two"):
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.lower_ in ("them", "us"):
                    return pobj
    return None


_COUNTING_WORDS = _PAIR_NOUNS | _PEOPLE | _BODIES | _COUNTRIES | _SIDES | {"both", "two"}


def counting_words(doc: Doc) -> list[int]:
    """The indices of the words of `doc` that count two actors (found off the doc's array once)."""
    found = word_positions(doc, _COUNTING_WORDS)
    return [i for i in found if pair_kind(doc[i]) is not None or both_of(doc[i]) is not None]


def two_counted(recent_in: Callable[[int], Recent], kind: frozenset[str], doc: Doc) -> list[Entity]:
    """The two actors of `kind` that "the two men" or "both companies" counts (`recent_in(n)`: the
    mentions of the last n sentences): the two coordinated in the last mention ("Shell and BP … both
    companies"), else the only two of that kind named in its sentence and the one or two before
    ("Merkel met Macron. The two leaders …"), else the two at either end of the latest clause that
    names two; none when that clause names a third."""
    crowded: Recent = []
    for window in _PAIR_WINDOWS if kind is not SIDES else ():
        recent = [(e, p, end) for e, p, end in recent_in(window) if e.type in kind]
        if recent:
            entity, partners, _ = recent[0]
            coordinated = {e.id: e for e in (entity, *partners) if e.type in kind}
            if len(coordinated) == 2:
                return list(coordinated.values())
        distinct = {e.id: e for e, _, _ in recent}
        if len(distinct) == 2:
            return list(distinct.values())
        if len(distinct) > 2:
            crowded = recent
            break
    # "She praised Celtic and Rangers … Ms Jamieson was speaking … both clubs": the last two named together
    for entity, partners, _ in recent_in(_COORDINATION_WINDOW):
        coordinated = {e.id: e for e in (entity, *partners) if e.type in kind}
        if len(coordinated) == 2:
            return list(coordinated.values())
        if len(coordinated) > 2:
            break
    return _clause_pair(crowded, doc) if kind is not SIDES else _main_parties(recent_in(_WHOLE_ARTICLE))


#: As many sentences back as an article has: the window in which "both sides" counts the parties.
_WHOLE_ARTICLE = 10_000
#: How many times the second party must be named at least, and how many times more than the third.
_PARTY_MENTIONS, _PARTY_LEAD = 3, 2


def _main_parties(recent: Recent) -> list[Entity]:
    """ "German Transport Minister Patrick Schnieder urged both sides to resume talks": when no two
    were named together, the sides are the two bodies the story is about — the two named far more
    often than any other so far (a strike's company and union, a war's two countries)."""
    counts: dict[str, int] = {}
    entities: dict[str, Entity] = {}
    for entity, _, _ in recent:
        if entity.type in SIDES:
            counts[entity.id] = counts.get(entity.id, 0) + 1
            entities[entity.id] = entity
    ranked = sorted(counts, key=counts.__getitem__, reverse=True)
    if len(ranked) < 2 or counts[ranked[1]] < _PARTY_MENTIONS:
        return []
    if len(ranked) > 2 and counts[ranked[1]] < _PARTY_LEAD * counts[ranked[2]]:
        return []
    return [entities[ranked[0]], entities[ranked[1]]]


def _clause_pair(recent: Recent, doc: Doc) -> list[Entity]:
    """ "Mr Brown, who married Sarah Macaulay in 2000, … Their daughter Jennifer died … the couple had
    a son" — the couple are Brown and Macaulay."""
    for k, (entity, _, end) in enumerate(recent):
        for other, _, other_end in recent[k + 1 :]:
            if other.id != entity.id and _one_clause(doc[other_end - 1], doc[end - 1]):
                return [other, entity]
    return []


def _clause_verb(token: Token) -> Token | None:
    """The verb whose subject or object `token` is (through a preposition: "met with Macron")."""
    if token.dep_ in SUBJECTS or token.dep_ in ("dobj", "dative"):
        return token.head
    if token.dep_ == "pobj" and token.head.dep_ in ("prep", "agent"):
        return token.head.head
    return None


def clause_subjects(token: Token) -> list[Token]:
    """The subject of the clause whose object `token` is, with the names set beside it ("Peru's
    foreign minister, Ana Lucia Ferrero, tried to mediate between the two leaders") and those
    coordinated with it ("Qatar and Egypt urged both sides to return to talks"); none for a subject."""
    if token.dep_ in SUBJECTS:
        return []
    verb = _clause_verb(token)
    subject = clause_subject(verb) if verb is not None and verb.pos_ in ("VERB", "AUX") else None
    if subject is None:
        return []
    return [subject, *subject.conjuncts, *(c for c in subject.children if c.dep_ == "appos")]


def _one_clause(first: Token, second: Token) -> bool:
    """True when two names are the ends of one clause: "Merkel met Macron", "Mr Brown, who married
    Sarah Macaulay"."""
    if first.conjuncts or second.conjuncts:
        return False  # "Merkel met Macron and Biden": the clause names three
    verb = _clause_verb(second)
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ == "relcl" and verb.head.i == first.i:
        return True
    other = _clause_verb(first)
    return other is not None and other.i == verb.i
