"""Relation rule for a seat on a company's board taken or left: "Lord Burns joined the board of Marks &
Spencer" → Lord Burns –board_member_of→ Marks & Spencer, "stepped down from the board of Abbey" →
leave_board_of, "M&S has appointed Lord Burns to its board" → board_member_of M&S.

The rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate
from kg.extract.clause_subjects import clause_subject
from kg.extract.grammar import named_owner, preposition_object
from kg.vocabulary import Vocabulary

#: Verbs by which one takes, holds or leaves a board seat, and whether the seat is left.
SEATING = {
    "join": False,
    "sit": False,
    "serve": False,
    "appoint": False,
    "name": False,
    "elect": False,
    "leave": True,
    "quit": True,
    "resign": True,
    "step": True,
}
#: The prepositions before "the board" each verb takes: "appointed to", "sits on", "stepped down from".
_SEAT_PREPS = frozenset({"to", "on", "from"})


def board_seat(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The company whose board the subject (or the one appointed) joined, sits on or left: the name after
    "the board of", before "'s board", or the appointer for "its board"."""
    left = SEATING.get(verb.lemma_.lower())
    if left is None:
        return
    board = _board(verb)
    if board is None or board.dep_ == "dobj" and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in board.children):
        return  # "joined Kessler's board": the verb's own rule reaches the owner
    member: Token | None
    company: Token | None
    appointed = next((c for c in verb.children if c.dep_ == "dobj" and c.i < board.i), None)
    if appointed is not None and verb.lemma_.lower() in ("appoint", "name", "elect"):
        member, company = appointed, named_owner(board) or (clause_subject(verb) if _its(board) else None)
    else:
        member = clause_subject(verb) or next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        company = named_owner(board)
    if member is None or company is None:
        return
    predicate = "leave_board_of" if left else "board_member_of"
    yield Candidate(member, predicate, company, verb, "board_seat", 0.65, reach=False, words=f"{verb.text} … board")


def _board(verb: Token) -> Token | None:
    """ "the board" the verb takes, as its object or after its preposition (on the verb or its particle)."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.lower_ == "board":
            return child
        heads = [child, *(p for p in child.children if p.dep_ == "prep")] if child.dep_ in ("prep", "prt") else []
        for prep in heads:
            if prep.dep_ == "prep" and prep.lower_ in _SEAT_PREPS:
                noun = preposition_object(prep)
                if noun is not None and noun.lower_ == "board":
                    return noun
    return None


def _its(board: Token) -> bool:
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in board.children)
