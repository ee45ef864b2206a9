"""Relation rules for an event someone seeks or readies with another actor: "Gordon Brown called for
sanctions against Iran", "the EU pushed for talks with Iran", "the US was preparing for strikes against Iran",
and for a court order sought against one ("seeking an order requiring Safaricom to restore its access").

Each rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate, verb_lemma
from kg.extract.clause_subjects import clause_subject
from kg.vocabulary import Vocabulary, normalise_predicate

#: Verbs that seek or ready an event with "for": general English verbs of asking, pressing and preparing.
SEEKING_VERBS = frozenset("call push press argue prepare lobby campaign appeal plead vote ask clamour".split())
#: Prepositions after the event noun that name the other actor: "sanctions against", "talks with"
#: ("on" only after an event the vocabulary knows: "sanctions on Iran", not "a motion on Iraq").
_PARTY_PREPS = frozenset({"against", "with"})


def event_sought(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The actor an event sought with "for" is against or with: "Gordon Brown called for sanctions
    against Iran" → Gordon Brown –call_for_sanction_against→ Iran."""
    lemma = verb_lemma(verb)
    if lemma not in SEEKING_VERBS:
        return
    subject = clause_subject(verb)
    if subject is None:
        return
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.pos_ != "NOUN":
                continue
            known = vocabulary.for_noun(noun.lower_) or vocabulary.for_noun(noun.lemma_.lower())
            for party in noun.children:
                if party.dep_ == "prep" and (party.lower_ in _PARTY_PREPS or party.lower_ == "on" and known):
                    predicate = normalise_predicate(f"{lemma} for {noun.lemma_.lower()} {party.lower_}")
                    words = f"{verb.text} {prep.text} {noun.text} {party.text}"
                    for actor in party.children:
                        if actor.dep_ == "pobj":
                            yield Candidate(
                                subject, predicate, actor, verb, "event_sought", 0.6, reach=False, words=words
                            )


#: Verbs by which a party seeks or wins a court's order, and the orders.
COURT_SEEKING = frozenset("seek request want win obtain secure get".split())
_ORDERS = frozenset("order injunction ruling judgment judgement decree".split())
#: What an order does to whom it binds: "an order requiring Safaricom to restore", "an injunction barring Uber".
_BINDING = frozenset("require force compel oblige order direct bar prevent stop block restrain forbid prohibit".split())


def order_sought(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The party a court order sought or won would bind: "Pesafy is seeking damages and an order
    requiring Safaricom to restore its access" → Pesafy –seek_order_against→ Safaricom."""
    lemma = verb.lemma_.lower()
    subject = clause_subject(verb) if lemma in COURT_SEEKING else None
    if subject is None:
        return
    for thing in verb.children:
        if thing.dep_ != "dobj":
            continue
        for order in (thing, *thing.conjuncts):
            if order.pos_ != "NOUN" or order.lemma_.lower() not in _ORDERS:
                continue
            for binding in order.children:
                if binding.dep_ == "acl" and binding.tag_ == "VBG" and binding.lemma_.lower() in _BINDING:
                    words = f"{verb.text} {order.text} {binding.text}"
                    predicate = normalise_predicate(f"{lemma} {order.lemma_.lower()} against")
                    for bound in binding.children:
                        if bound.dep_ == "dobj":
                            yield Candidate(
                                subject, predicate, bound, verb, "order_sought", 0.6, reach=False, words=words
                            )
