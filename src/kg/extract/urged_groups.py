"""Relation rule for an act a body urges a general group to do: "Cadbury urged shareholders to reject
Kraft's offer" → Cadbury –urge_reject→ Kraft (the shareholders, no one in particular, are the body's voice).

The rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate, verb_lemma, vocabulary_predicate
from kg.extract.clause_subjects import clause_subject
from kg.vocabulary import Vocabulary, normalise_predicate

#: Verbs by which a body asks others to act for it.
URGING = frozenset("urge advise tell ask recommend encourage".split())
#: Plural nouns of people in general, who act as the body that urges them asks: "urged shareholders to …".
_GENERAL_GROUPS = frozenset(
    "shareholders investors members customers workers staff employees savers policyholders creditors".split()
)


def urged_groups_act(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The object of an infinitive a body urges a general group to do, as the body's own stance: "the
    board advised investors to accept the bid from Kraft" (not "urged Mr Brown to sack Mr Smith", a named
    doer whose act the infinitive's own rules read)."""
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in URGING:
        return
    urged = next((c for c in verb.head.children if c.dep_ in ("dobj", "dative")), None)
    if urged is None or urged.lower_ not in _GENERAL_GROUPS or urged.ent_type_:
        return
    subject = clause_subject(verb.head)
    if subject is None:
        return
    predicate, _ = vocabulary_predicate(vocabulary, verb_lemma(verb))
    predicate = normalise_predicate(f"urge {predicate}")
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        preps = [p for p in (*obj.children, *verb.children) if p.dep_ == "prep" and p.lower_ == "from" and p.i > obj.i]
        maker = next((o for p in preps for o in p.children if o.dep_ == "pobj"), None)  # "from" on either
        if maker is not None and obj.lemma_.lower() in _OFFERS:  # "to reject the offer from Ford": Ford's offer
            made = normalise_predicate(f"{predicate} {obj.lemma_.lower()} from")
            yield Candidate(
                subject, made, maker, verb, "urged_groups_act", 0.6, reach=False, words=f"{verb.text} {obj.text} from"
            )
        else:
            yield Candidate(
                subject, predicate, obj, verb, "urged_groups_act", 0.6, words=f"{verb.head.text} … {verb.text}"
            )


#: Nouns of an offer, whose "from" names who made it.
_OFFERS = frozenset({"bid", "offer", "approach", "proposal"})
