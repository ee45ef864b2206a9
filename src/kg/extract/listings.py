"""Relation rule for a company whose shares trade on a named exchange: "Sina is listed on the Nasdaq",
"Tullow's shares are traded on the London Stock Exchange" → listed_on.

The rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate
from kg.extract.grammar import RELATIVE_PRONOUNS
from kg.vocabulary import Vocabulary

#: Verbs whose passive says where a company's shares trade: "listed on", "traded on" (not "quoted on":
#: a person is quoted on the BBC).
LISTING = frozenset({"list", "trade"})
#: Nouns of a company's shares, whose owner is the company listed: "shares of Alibaba are listed on".
_SHARES = frozenset({"share", "stock", "equity"})
#: Nouns of an exchange's market, named by the name before them: "the Nasdaq index", "the AIM market".
_MARKETS = frozenset({"index", "market", "exchange", "board"})
#: Entity labels that say where, not which exchange: "listed on Wall Street" names a street.
_PLACES = frozenset({"GPE", "LOC", "FAC", "PERSON", "DATE", "NORP"})


def listed_on_exchange(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """A company, or its shares, listed on a named exchange, in the passive or a participle: "Both
    companies are listed on the Nasdaq", "Sina, which is listed on the Nasdaq", "shares of Alibaba,
    traded on the New York Stock Exchange" → listed_on (not "listed in Hong Kong": a city is where)."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in LISTING:
        return
    listed = _listed_company(verb)
    if listed is None:
        return
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "on":
            continue
        for exchange in prep.children:
            named = _exchange(exchange) if exchange.dep_ == "pobj" else None
            if named is not None:
                words = f"{verb.text} {prep.text}"
                yield Candidate(listed, "listed_on", named, verb, "listed_on_exchange", 0.7, reach=False, words=words)


def _listed_company(verb: Token) -> Token | None:
    """Who is listed: the passive subject ("Sina is listed"), the noun a participle or relative clause
    describes ("Shanda, listed on …", "Sina, which is listed on …"), or the owner of the shares listed."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    relative = subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl"
    if relative or subject is None and verb.dep_ == "acl":
        subject = verb.head
    if subject is None or subject.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    if subject.lemma_.lower() not in _SHARES:
        return subject
    for child in subject.children:  # "Alibaba's shares", "its shares", "shares of Alibaba", "shares in BP"
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in ("of", "in"):
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _exchange(noun: Token) -> Token | None:
    """The name of an exchange after "on": a proper noun ("the Nasdaq", "the London Stock Exchange") or
    the name before a market noun ("the technology-dominated Nasdaq index")."""
    if noun.ent_type_ in _PLACES:
        return None
    if noun.pos_ == "PROPN":
        return noun
    if noun.lemma_.lower() in _MARKETS:
        return next(
            (c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in _PLACES), None
        )
    return None
