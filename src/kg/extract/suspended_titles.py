"""The title a body suspends one of its own from, named after "as": "We have suspended him as a member
and as a candidate" → he is a member of the party that speaks. A verb in → `Candidate`s out."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate
from kg.extract.clause_subjects import clause_subject
from kg.extract.grammar import preposition_object
from kg.extract.titles import title_predicate
from kg.vocabulary import Vocabulary

#: Acts by which a body holds back one of its own, who stays its member: the title after "as" holds.
#: (One who was sacked or expelled "as chairman" no longer is: that role has ended, which a verb's
#: relation does not say.)
SUSPENDING = frozenset({"suspend"})


def suspended_as_title(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """ "Labour has suspended him as a candidate" → he –member_of→ Labour; only a bare title ("as a
    member", "as a councillor"), whose owner can only be the subject, not "as chairman of the trust"
    or "as a precaution"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in SUSPENDING:
        return
    subject = clause_subject(verb)
    held = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if subject is None or held is None:
        return
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > held.i]
    preps += [c for p in preps for c in p.conjuncts if c.lower_ == "as"]  # "as a member and as a candidate"
    for prep in preps:
        title = preposition_object(prep)
        if title is None or title.pos_ != "NOUN" or not _bare(title):
            continue
        words = [c for c in title.lefts if c.dep_ in ("compound", "amod") and c.is_lower] + [title]
        predicate = title_predicate([t.lower_ for t in words])
        if predicate is not None:
            words_text = " ".join(t.text for t in words)
            yield Candidate(
                held, predicate, subject, verb, "suspended_as_title", 0.7, reach=False, words=f"{words_text} of"
            )


def _bare(title: Token) -> bool:
    """True for a title with no owner of its own: "a member", "candidate", not "its candidate" or
    "chairman of the trust"."""
    return not any(
        c.dep_ in ("poss", "prep", "relcl", "acl")
        or c.dep_ == "compound"
        and not c.is_lower
        or c.dep_ == "det"
        and c.lower_ not in ("a", "an")
        for c in title.children
    )
