"""Relation rules for a state's dealings through its own envoys: "France recalled its ambassador from Italy"
→ France –recall_ambassador_from→ Italy (the state an envoy of another stands for is reached in `reach`:
"Britain summoned the Russian ambassador" → summon_ambassador_of Russia).

Each rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate, verb_lemma
from kg.extract.clause_subjects import clause_subject
from kg.extract.doc_words import per_token
from kg.extract.grammar import preposition_object
from kg.vocabulary import Vocabulary, normalise_predicate

#: Nouns of a state's envoy.
ENVOYS = frozenset({"ambassador", "envoy", "consul", "chargé"})
#: Owners of an envoy that are the subject's own: "recalled its ambassador".
_OWN = frozenset({"its", "their", "his", "her"})


@per_token
def _envoy(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in ENVOYS), None)


def own_envoy_from(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The state a subject's own envoy is sent to or called back from: "France recalled its ambassador from
    Italy" → recall_ambassador_from Italy, "Kenya sent its envoy to Sudan" (not "the ambassador": whose
    is unsaid)."""
    envoy = _envoy(verb)
    if envoy is None or not any(c.dep_ == "poss" and c.lower_ in _OWN for c in envoy.children):
        return
    subject = clause_subject(verb)
    if subject is None:
        return
    for prep in (*envoy.children, *verb.children):
        state = preposition_object(prep) if prep.dep_ == "prep" and prep.lower_ in ("from", "to") else None
        if state is not None and prep.i > envoy.i:
            predicate = normalise_predicate(f"{verb_lemma(verb)} {envoy.lemma_.lower()} {prep.lower_}")
            words = f"{verb.text} {envoy.text} {prep.text}"
            yield Candidate(subject, predicate, state, verb, "own_envoy_from", 0.65, reach=False, words=words)
