"""Relation rules for a tie stated with an adjective and its preposition: "Tony Blair is married to
Cherie Blair" → marry, "Ed Balls, who is close to Gordon Brown" → close_to, "Sinn Fein is linked to
the IRA" → linked_to, "remained loyal to Mr Bush" → support.

Each rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate
from kg.extract.clause_subjects import clause_subject
from kg.vocabulary import Vocabulary

#: Adjectives (or participles read as states) of a tie, the prepositions that name the other side,
#: and the predicate: English words of kinship, alliance and allegiance, not names.
TIES = {
    "married": (frozenset({"to"}), "marry"),
    "engaged": (frozenset({"to"}), "engaged_to"),
    "related": (frozenset({"to"}), "related_to"),
    "close": (frozenset({"to"}), "close_to"),
    "loyal": (frozenset({"to"}), "support"),
    "linked": (frozenset({"to", "with"}), "linked_to"),
    "allied": (frozenset({"to", "with"}), "ally"),
    "hostile": (frozenset({"to", "towards", "toward"}), "oppose"),
    "sympathetic": (frozenset({"to", "towards", "toward"}), "support"),
    "answerable": (frozenset({"to"}), "answerable_to"),
    "accountable": (frozenset({"to"}), "accountable_to"),
    "beholden": (frozenset({"to"}), "beholden_to"),
}
#: Verbs that link a subject to the state: "is married to", "remained loyal to", "became close to".
LINKING = frozenset({"be", "remain", "become", "stay", "seem", "appear", "grow", "prove", "feel"})
#: The lemmas of the participles among `TIES`, when the parse makes them the clause's verb ("was
#: married to her in 1980": married, with "was" as its passive auxiliary).
_PARTICIPLES = frozenset({"marry", "engage", "relate", "link", "ally"})
STATE_VERBS = LINKING | _PARTICIPLES


def _state(verb: Token) -> Token | None:
    """The adjective of a tie the clause of `verb` states: its complement, or `verb` itself when the
    parse reads the participle as the verb with a passive "be"."""
    if verb.lemma_.lower() in LINKING:
        return next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ in TIES), None)
    if verb.lower_ in TIES and any(c.dep_ in ("auxpass", "aux") and c.lemma_.lower() == "be" for c in verb.children):
        return verb
    return None


def tie_stated(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """Whom the subject is tied to by a state: "Tony Blair is married to Cherie Blair" → marry, "Mr
    Balls, who is close to Gordon Brown" → close_to (the object must be an actor: "close to a deal" and
    "linked to the attack" name no one, and are dropped where the object is resolved)."""
    state = _state(verb)
    if state is None:
        return
    preps, predicate = TIES[state.lower_]
    subject = clause_subject(verb)
    if subject is None and state is verb:  # "Sinn Fein is linked to the IRA": the participle's subject
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None:
        return
    for prep in state.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            words = f"{state.text} {prep.text}"
            yield Candidate(subject, predicate, pobj, verb, "tie_stated", 0.7, reach=False, words=words)
            for other in pobj.children:  # "is close to Mr Brown and Mr Balls"
                if other.dep_ == "conj":
                    yield Candidate(subject, predicate, other, verb, "tie_stated", 0.7, reach=False, words=words)
