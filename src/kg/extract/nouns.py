"""Relation rules over nouns: an event noun with its doer as owner ("Inbev's acquisition of
Ambev"), and a shared event between two actors ("talks between Russia and Ukraine").

Each rule takes a noun and yields `Candidate`s, as the verb rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from kg.extract.backers import backer_of
from kg.extract.candidates import Candidate, verb_lemma
from kg.extract.event_nouns import (
    event_by_doer,
    event_by_doer_with_party,
    event_carried_out,
    left_body,
    owner_act_through_thing,
    pair_of_event,
    sale_to_buyer,
    target_of_event,
)
from kg.extract.gerund_events import gerund_of_actor
from kg.extract.grammar import EVENT_SUFFIXES, EVENT_WORDS, hyphen_doer, preposition_object
from kg.extract.loans import loan_between
from kg.extract.measures import measure_noun_on_goods, trade_flow
from kg.extract.owned_acts import owned_act
from kg.extract.rivals import rival_named
from kg.extract.ties import (
    exchange_with_actor,
    feeling_with,
    included_members,
    owned_tie,
    rival_pair,
    served_under,
    tie_of,
)
from kg.extract.trade_partners import partner_of_owner
from kg.vocabulary import Vocabulary, normalise_predicate

#: Prepositions after an event noun that name its other participant ("talks with", "attack on").
_EVENT_PREPS = frozenset({"with", "of", "for", "against", "on", "to", "into", "over", "by"})


def owner_event_object(noun: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """An event noun with its doer as owner and its other participant after a preposition: "Inbev's
    acquisition of Ambev" → Inbev –buy→ Ambev, "his final talks with Mr Thorpe" → talk, "Mr Brown's
    feud with Mr Blair" → feud_with."""
    if noun.pos_ != "NOUN":
        return
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return
    if noun.dep_ == "dobj" and verb_lemma(noun.head) in _UNDOING:
        return  # "Nissan has ended its alliance with Renault": the verb's own rule says it ended
    known = vocabulary.for_noun(noun.lower_) or vocabulary.for_noun(noun.lemma_.lower())
    rift = _RIFTS.get(noun.lemma_.lower()) or _JOINT_UNDERTAKINGS.get(noun.lemma_.lower()) if known is None else None
    known = known or rift
    if known is None and noun.lemma_.lower() in _BIDS and any(c.lower_ == "for" for c in noun.children):
        known = "bid_for"  # "Glencore's $23bn offer for Teck", "BHP's approach for Anglo American"
    sent = known is None and noun.lemma_.lower() in _SENT_WORDS
    if (
        not sent
        and known is None
        and not noun.lower_.endswith(EVENT_SUFFIXES)
        and noun.lemma_.lower() not in EVENT_WORDS
    ):
        return  # "his first attempt for Edinburgh South": not an event between the two
    for prep in noun.children:
        seller = prep.lower_ == "from" and known == "buy"  # "Tata's purchase of Jaguar from Ford"
        if prep.dep_ != "prep" or prep.lower_ not in _EVENT_PREPS and not seller or prep.lower_ == "by":
            continue
        if sent and prep.lower_ != "to":
            continue  # "Mr Trump's letter to Mr Starmer"; not "his message on tax"
        if rift is not None and prep.lower_ != "with":
            continue  # "his row over the Budget": what it is about, not with whom
        predicate = known or normalise_predicate(f"{noun.lemma_.lower()} {prep.lower_}")
        if known in _TRADES and prep.lower_ in ("to", "from"):
            predicate = f"{known}_{prep.lower_}"  # "Ford's sale of Jaguar to Tata": sold to Tata, not sold Tata
        for pobj in prep.children:
            if pobj.dep_ == "pobj":
                yield Candidate(
                    owner,
                    predicate,
                    pobj,
                    noun,
                    "owner_event_object",
                    0.75 if known else 0.55,
                    reach=False,
                    words=f"{noun.text} {prep.text}",
                )


#: Predicates of a trade, whose other party after "to" or "from" is the buyer or the seller, not the thing.
_TRADES = frozenset({"buy", "sell"})

#: Nouns of what one sends or puts to another, named after "to": "Mr Trump's letter to Mr Starmer".
_SENT_WORDS = frozenset({"letter", "message", "request", "ultimatum", "plea", "note"})

#: Nouns of an offer to buy a body named after "for": "Glencore's offer for Teck".
_BIDS = frozenset({"offer", "approach", "proposal"})


#: Verbs that end or call off what their object names: "ended its alliance with", "scrapped its bid for".
_UNDOING = frozenset(
    "end terminate cut scrap abandon cancel dissolve sever withdraw drop quit call off break off pull suspend freeze halt downgrade".split()
)


#: Shared events, and the verbs that say relations or ties between two actors are mended or made.
_SHARED_EVENTS = frozenset({"talk", "meet", "sign", "ally"})
_MENDING = frozenset({"restore_relations"})
#: Nouns of a rift between two actors, or of a war and its truce, with their predicates: "the differences
#: between Mr Brown and Mr Blair", "the war between Russia and Ukraine", "a ceasefire between Israel and Hamas".
_RIFTS = {
    "difference": "differ_with",
    "disagreement": "differ_with",
    "feud": "feud_with",
    "rift": "differ_with",
    "row": "row_with",
    "dispute": "dispute_with",
    "quarrel": "quarrel_with",
    "clash": "clash_with",
    "conflict": "conflict_with",
    "rivalry": "rival",
    "tension": "tension_with",
    "war": "war_with",
    "fighting": "fight_with",
    "ceasefire": "ceasefire_with",
    "truce": "truce_with",
}


#: Nouns of what two companies or states undertake together, or vie in: "a merger between Glencore and
#: Xstrata", "a joint venture between Sony and Ericsson", "the competition between Airbus and Boeing".
_JOINT_UNDERTAKINGS = {
    "merger": "merge_with",
    "venture": "joint_venture_with",
    "tie-up": "ally",
    "collaboration": "cooperate_with",
    "cooperation": "cooperate_with",
    "co-operation": "cooperate_with",
    "competition": "compete_with",
}


def between_pair(noun: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """A shared event between two actors: "talks between Russia and Ukraine" → talk, "the differences
    between Mr Brown and Mr Blair" → differ_with, "relations
    between Europe and Russia would be normalised" → restore_relations. The qualifiers are those of
    the clause the noun is an argument of ("would be normalised": conditional)."""
    if not noun.n_rights or noun.pos_ != "NOUN":
        return  # no "between" after it
    predicate = vocabulary.for_noun(noun.lower_) or vocabulary.for_noun(noun.lemma_.lower())
    if predicate is None or predicate not in _SHARED_EVENTS | _MENDING:
        predicate = _RIFTS.get(noun.lemma_.lower()) or _JOINT_UNDERTAKINGS.get(noun.lemma_.lower())
        if predicate is None:
            return
    clause = noun.head if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and noun.head.pos_ in ("VERB", "AUX") else None
    if predicate in _MENDING and (
        clause is None
        or vocabulary.for_verb(verb_lemma(clause)) != predicate
        and verb_lemma(clause) not in vocabulary.light_verbs
    ):
        return  # "relations between Europe and Russia are tense": nothing was mended
    if clause is not None and noun.dep_ == "dobj" and verb_lemma(clause) in _UNDOING:
        # "ended the power-sharing agreement between the SNP and the Greens": ended, not signed
        predicate = normalise_predicate(f"{verb_lemma(clause)} {noun.lemma_.lower()} with")
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "between":
            first = preposition_object(prep)
            second = next((c for c in first.children if c.dep_ == "conj"), None) if first is not None else None
            if first is not None and second is not None:
                yield Candidate(first, predicate, second, clause or noun, "between_pair", 0.7, reach=False, words=None)


def joined_pair(noun: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """Two names joined by a hyphen or a slash before a shared event or a rift: "the US-China talks" →
    United States –talk→ China, "the Brown/Blair feud" → feud_with."""
    if noun.pos_ != "NOUN" or not noun.n_lefts:
        return
    predicate = vocabulary.for_noun(noun.lower_) or vocabulary.for_noun(noun.lemma_.lower())
    if predicate is None or predicate not in _SHARED_EVENTS:
        predicate = _RIFTS.get(noun.lemma_.lower())
        if predicate is None:
            return  # "US-Japan relations" say nothing was mended or made
    second = next((c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    if second is None or second.i < 2 or second.i + 1 != noun.i or second.nbor(-1).text not in ("-", "/"):
        return
    first = second.nbor(-2)
    if first.pos_ == "PROPN" and first.head.i == second.i:
        yield Candidate(first, predicate, second, noun, "joined_pair", 0.65, reach=False, words=None)


def hyphenated_doer(noun: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """A name joined by a hyphen to a participle before a noun: "Moscow-backed presidential candidate
    Viktor Yanukovych" → Russia –support→ Viktor Yanukovych, "the Saudi-led coalition" → lead."""
    if not noun.n_lefts or noun.pos_ not in ("NOUN", "PROPN"):
        return
    for verb in noun.lefts:
        if verb.dep_ != "amod":
            continue
        doer = next((c for c in verb.lefts if c.dep_ in ("npadvmod", "compound", "nmod")), None)
        if doer is None or doer.pos_ != "PROPN" or not hyphen_doer(doer):
            continue
        target = noun.head if noun.dep_ == "compound" and noun.head.pos_ == "PROPN" else noun
        predicate = vocabulary.for_verb(verb.lemma_.lower()) or normalise_predicate(verb.lemma_.lower())
        yield Candidate(doer, predicate, target, verb, "hyphenated_doer", 0.7, reach=False)


#: Nouns for someone who takes a stand toward another, and the predicate of that stand (the nouns of a
#: tie, "critic", "ally", are read by the tie rules).
_STANDS = {
    "proponent": "support",
    "advocate": "support",
    "champion": "support",
}


def stand_toward(noun: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """What someone is to another by a noun of a stand: "Mr Blair is an enthusiastic proponent of Turkey's
    entry", "Lula, a champion of Mercosur," → support."""
    predicate = _STANDS.get(noun.lemma_.lower())
    if predicate is None or noun.pos_ != "NOUN":
        return
    holder: Token | None
    if noun.dep_ == "appos":
        holder, clause = noun.head, noun
    elif noun.dep_ == "attr" and noun.head.lemma_.lower() == "be":
        holder = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        clause = noun.head
    else:
        return
    if holder is None:
        return
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for target in prep.children:
                if target.dep_ == "pobj":
                    yield Candidate(holder, predicate, target, clause, "stand_toward", 0.7, words=f"{noun.text} of")


#: The rules over nouns.
NOUN_RULES: tuple[Callable[[Token, Vocabulary], Iterator[Candidate]], ...] = (
    owner_event_object,
    between_pair,
    joined_pair,
    hyphenated_doer,
    stand_toward,
    exchange_with_actor,
    owned_tie,
    tie_of,
    rival_pair,
    feeling_with,
    included_members,
    served_under,
    event_by_doer,
    pair_of_event,
    sale_to_buyer,
    event_carried_out,
    owner_act_through_thing,
    event_by_doer_with_party,
    left_body,
    target_of_event,
    measure_noun_on_goods,
    trade_flow,
    backer_of,
    partner_of_owner,
    gerund_of_actor,
    loan_between,
    rival_named,
    owned_act,
)
