"""A claim answered after the clause that makes it: in "Washington accused Moscow of violating the truce, a
charge the Kremlin denied", the parse hangs the accusation from "denied" as if it were what the Kremlin
said; the noun of claim before the verb shows the clause is the news and the denial only answers it."""

from __future__ import annotations

from spacy.tokens import Token

#: Nouns a denial or rejection takes for the claim just made.
ANSWERED_CLAIMS = frozenset(
    """charge charges claim claims allegation allegations accusation accusations assertion assertions report
    reports suggestion suggestions""".split()
)


def answers_claim_before(frame: Token, clause: Token) -> bool:
    """True when `frame`, the verb `clause` hangs from, takes a noun of claim set between the clause and
    itself: "Washington has accused Moscow …, a charge the Kremlin denied"."""
    return clause.i < frame.i and any(
        c.dep_ == "dobj" and c.lower_ in ANSWERED_CLAIMS and clause.i < c.i < frame.i for c in frame.children
    )
