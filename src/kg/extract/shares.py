"""Relation rules for a share of a company held or traded: "Shanda has 20% of Sina" → Shanda
–own_stake_in→ Sina, "BP sold 10% of Sibneft" → sell_stake_in.

Each rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.countries import country_name
from kg.extract.candidates import Candidate, verb_lemma
from kg.extract.clause_subjects import clause_subject
from kg.vocabulary import Vocabulary

#: Verbs of holding or trading a share of a company, and the predicate of each ("has 20% of Sina").
SHARE_VERBS = {"have": "own", "own": "own", "hold": "own", "control": "own", "buy": "buy", "acquire": "buy"}
SHARE_VERBS |= {"take": "buy", "sell": "sell", "sell off": "sell"}


def share_of_company(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """A percentage of a company held or traded: "Shanda has 20% of Sina" → Shanda –own_stake_in→ Sina,
    "BP sold 10% of Sibneft" → sell_stake_in (not "40% of the vote": the company must be a name)."""
    action = SHARE_VERBS.get(verb_lemma(verb))
    subject = clause_subject(verb) if action is not None else None
    share = next((c for c in verb.children if c.dep_ == "dobj" and c.ent_type_ == "PERCENT"), None)
    if subject is None or share is None:
        return
    for prep in share.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for company in prep.children:
                # a company the tagger took for a place is still a name ("holds 9% of Corvana")
                if company.dep_ == "pobj" and (
                    company.ent_type_ == "ORG" or company.ent_type_ == "GPE" and country_name(company.text) is None
                ):
                    words = f"{verb.text} {share.text} {prep.text}"
                    predicate = f"{action}_stake_in"
                    yield Candidate(
                        subject, predicate, company, verb, "share_of_company", 0.7, reach=False, words=words
                    )
