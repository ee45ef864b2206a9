"""An entity's type from the votes of its mentions, with the alias table and name rules first."""

from __future__ import annotations

from collections import Counter

# When votes tie, the more specific type wins.
TYPE_ORDER = ("Person", "Country", "Organization", "Group", "Event", "Location", "Other")


def voted_type(
    votes: Counter[str] | Counter[str | None], fixed: str | None = None, multi_word_person: bool = False
) -> str | None:
    """The type of an entity: `fixed` when the alias table or a name rule gives one; Person for a
    full personal name any mention tagged so (it outweighs stray ORG tags of its surname); else
    the most votes, ties going to the more specific type.

    >>> voted_type(Counter({"Location": 2}), fixed="Country"), voted_type(Counter({"Organization": 2, "Person": 1}), None, True)
    ('Country', 'Person')
    """
    if fixed is not None:
        return fixed
    if multi_word_person and votes["Person"]:
        return "Person"
    if len(votes) == 1:
        only, count = next(iter(votes.items()))
        if count > 0:
            return only
    counted = {t: n for t, n in votes.items() if n > 0}
    if not counted:
        return "Other"
    top = max(counted.values())
    return min((t for t, n in counted.items() if n == top), key=_rank)


def _rank(entity_type: str | None) -> int:
    return TYPE_ORDER.index(entity_type) if entity_type in TYPE_ORDER else len(TYPE_ORDER)
