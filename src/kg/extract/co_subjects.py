"""Prepositions that add a second doer rather than a party acted with: "Mali quit the bloc together with
Niger" (Niger quit it too). A preposition token in → whether it names a co-subject.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Adverbs that make "with" join a second doer to the subject: "together with", "along with".
_JOINING = frozenset({"together", "along"})


def co_subject_with(prep: Token) -> bool:
    """Whether `prep` is a "with" that names someone who did the same, not someone it was done with:
    "Mali quit the bloc together with Niger", "left the alliance along with Mali"."""
    if prep.lower_ != "with":
        return False
    before = prep.doc[prep.i - 1] if prep.i > 0 else prep
    return (
        prep.head.lower_ in _JOINING
        or before.lower_ in _JOINING  # "withdrew together with Niger", the adverb hung from the verb
        or any(c.dep_ == "advmod" and c.lower_ in _JOINING for c in prep.children)
    )
