"""Relation rules for an offer, money, a company or a penalty one actor receives from another: "Unilever
rejected a takeover bid from Kraft Heinz" → Kraft Heinz –bid_for→ Unilever (the verb's own rule gives
Unilever's answer), "the start-up raised $12m from Sequoia" → Sequoia –fund→ the start-up, "received a
loan from the state" → the state –lend_to→ it, "Osram was sold to Ams" → Ams –buy→ Osram, "Russia was hit
with sanctions by the EU" → EU –sanction→ Russia.

Each rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.amounts import CURRENCIES
from kg.extract.candidates import Candidate, verb_lemma
from kg.extract.clause_subjects import clause_subject
from kg.extract.grammar import preposition_object
from kg.extract.participants import listed_names
from kg.vocabulary import Vocabulary

#: Verbs by which a subject receives or answers an offer made to it.
_ANSWERING = frozenset(
    "receive get reject rebuff spurn accept welcome consider weigh review study examine attract turn down".split()
)
#: Nouns of an offer, and the compounds that make it an offer to buy ("a takeover bid").
_OFFERS = frozenset({"bid", "offer", "approach", "overture", "proposal"})
_BUYING = frozenset({"takeover", "buyout", "merger", "acquisition", "cash", "share"})


def offer_received(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The maker of an offer its subject receives or answers: "AstraZeneca rebuffed a takeover offer
    from Pfizer" → Pfizer –bid_for→ AstraZeneca, "Ukraine rejected an offer from Russia" → offer_to."""
    if verb_lemma(verb) not in _ANSWERING:
        return
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _OFFERS), None)
    subject = clause_subject(verb) if noun is not None else None
    if noun is None or subject is None:
        return
    buying = noun.lemma_.lower() == "bid" or any(c.lemma_.lower() in _BUYING for c in noun.lefts)
    predicate = "bid_for" if buying else "offer_to"
    preps = [p for p in (*noun.children, *verb.children) if p.dep_ == "prep" and p.lower_ == "from" and p.i > noun.i]
    for prep in preps[:1]:
        for maker in prep.children:
            if maker.dep_ == "pobj":
                words = f"{noun.text} {prep.text}"
                yield Candidate(maker, predicate, subject, verb, "offer_received", 0.65, reach=False, words=words)


#: What a company raises from investors: a sum, or a noun of money put in.
_FUNDS = frozenset("money funding funds capital investment financing cash".split())
#: Nouns for those a sum is raised from, who are named after "including", "such as" or "like".
_BACKERS = frozenset("investor investors backer backers fund funds shareholder shareholders".split())


def raised_funds(verb: Token) -> Token | None:
    """The sum or the funds a verb of raising money takes: "raised 12 million dollars", "raised fresh capital"."""
    if verb.lemma_.lower() != "raise":
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "dobj" and (c.ent_type_ == "MONEY" or c.lemma_.lower() in _FUNDS or c.lower_ in _FUNDS)
        ),
        None,
    )


def funds_raised_from(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """Who put money into the subject that raised it: "Pesafy raised 12 million dollars from investors
    including Orange Gate Ventures" → Orange Gate Ventures –fund→ Pesafy."""
    funds = raised_funds(verb)
    subject = clause_subject(verb) if funds is not None else None
    if funds is None or subject is None:
        return
    preps = [p for p in (*funds.children, *verb.children) if p.dep_ == "prep" and p.lower_ == "from" and p.i > funds.i]
    for prep in preps[:1]:
        for giver in prep.children:
            if giver.dep_ != "pobj":
                continue
            words = f"{verb.text} {funds.text} {prep.text}"
            for investor in _named_backers(giver) if giver.lower_ in _BACKERS else [giver]:
                yield Candidate(investor, "fund", subject, verb, "funds_raised_from", 0.65, reach=False, words=words)


def _named_backers(noun: Token) -> list[Token]:
    """The names "investors including X and Y" or "backers such as X" list (the first; its conjuncts follow)."""
    return [
        name
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in ("including", "like", "as")
        for name in prep.children
        if name.dep_ == "pobj"
    ]


#: Verbs by which a subject comes to hold money or a contract another gives it ("won a contract from").
MONEY_RECEIVING = frozenset("receive get win secure obtain land accept take clinch".split())
#: Those and "borrow", whose "from" names a lender even with no object ("borrowed from China").
MONEY_VERBS = MONEY_RECEIVING | {"borrow"}
#: Nouns of money or work one actor gives another, and what the giver does (the vocabulary's own nouns,
#: "funding" and "investment", are read by the rule of what a subject receives).
_MONEY_GIVEN = {
    "loan": "lend_to",
    "credit": "lend_to",
    "bailout": "bail_out",
    "grant": "fund",
    "subsidy": "fund",
    "financing": "fund",
    "contract": "award_contract_to",
    "payment": "pay",
}


#: Verbs by which a seller wins an order from a buyer ("obtained an order from the court" is a ruling).
_WINNING = frozenset({"win", "land", "clinch"})
#: Words that make an order a ruling or a command ("a court order", "an executive order").
_RULINGS = frozenset({"court", "restraining", "gagging", "gag", "executive", "banning", "interim"})


def received_money(verb: Token) -> tuple[Token, str] | None:
    """The money a verb's subject receives and what its giver does, or None: "received a 200 million dollar
    loan" → (loan, lend_to), "received 50 billion euros" → pay_to, "borrowed $1bn" → lend_to (the money, or
    the verb when none is named: "borrowed from China")."""
    lemma = verb.lemma_.lower()
    if lemma not in MONEY_VERBS:
        return None
    for noun in verb.children:
        if noun.dep_ != "dobj":
            continue
        if (
            noun.lemma_.lower() == "order"
            and lemma in _WINNING
            and not any(c.lemma_ in _RULINGS for c in noun.children)
        ):
            return noun, "place_order_with"  # "Airbus won an order from IndiGo" (not "a court order")
        if noun.lemma_.lower() in _MONEY_GIVEN:
            return noun, "lend_to" if lemma == "borrow" else _MONEY_GIVEN[noun.lemma_.lower()]
        if _sum(noun):  # "received $50bn", "received 50 billion euros", "got $8bn in subsidies"
            kind = next((k for k in _kinds(noun) if k.lemma_.lower() in _MONEY_GIVEN), None)
            given = _MONEY_GIVEN[kind.lemma_.lower()] if kind is not None else "pay_to"
            return noun, "lend_to" if lemma == "borrow" else given
    return (verb, "lend_to") if lemma == "borrow" and not any(c.dep_ == "dobj" for c in verb.children) else None


def _kinds(noun: Token) -> list[Token]:
    """The nouns after "of" or "in" that say what money is or what kind: "a loan of $1bn", "$8bn in subsidies",
    and after "for", what an order is for: "an order for 50 planes from Emirates"."""
    preps = ("of", "in", "for") if noun.lemma_.lower() in ("order", "contract") else ("of", "in")
    return [n for p in noun.children if p.dep_ == "prep" and p.lower_ in preps for n in p.children]


def giver_after_from(verb: Token) -> bool:
    """True when "from" after the verb names who gave its subject money or an offer, which this module's
    rules read: "raised $12m from", "received a loan from", "borrowed from", "received an offer from"."""
    if raised_funds(verb) is not None or received_money(verb) is not None:
        return True
    return verb.lemma_.lower() in MONEY_RECEIVING and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _OFFERS for c in verb.children
    )


def _sum(noun: Token) -> bool:
    """A sum of money: "$50bn", "50 billion euros" (a currency counted)."""
    if noun.ent_type_ == "MONEY" or any(c.tag_ == "$" for c in noun.children):
        return True
    return noun.lemma_.lower() in CURRENCIES and any(c.dep_ == "nummod" or c.like_num for c in noun.children)


def money_received_from(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """Who gave the money or the contract its subject received: "Corella has received a 200 million
    dollar loan from Export Finance Australia" → Export Finance Australia –lend_to→ Corella, "Vestas won a
    contract from TenneT" → TenneT –award_contract_to→ Vestas."""
    received = received_money(verb)
    subject = clause_subject(verb) if received is not None else None
    if received is None or subject is None:
        return
    noun, predicate = received
    heads = dict.fromkeys((noun, verb, *_kinds(noun)))  # "a loan of $1bn from", "$8bn in subsidies from"
    preps = [p for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "from" and p.i > noun.i]
    for prep in preps[:1]:
        for giver in prep.children:
            if giver.dep_ == "pobj":
                words = f"{verb.text} {noun.text} {prep.text}" if noun.i != verb.i else f"{verb.text} {prep.text}"
                yield Candidate(giver, predicate, subject, verb, "money_received_from", 0.65, reach=False, words=words)


#: Nouns of a holding in a company, whose "in" names the company ("its stake in Osram").
_HOLDINGS = frozenset({"stake", "holding", "shareholding", "share", "interest"})
#: Entity types of a thing sold that is no company (a player, a product, a region); the parser often
#: takes a company for a place (GPE), so that type is let through.
_NOT_COMPANIES = frozenset({"PERSON", "PRODUCT", "LOC", "NORP", "FAC", "MONEY", "CARDINAL", "DATE"})


def sold_to_buyer(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The buyer of a company, or of a stake in one, sold to it: "Siemens sold Osram to Thyssenkrupp" and
    "Osram was sold to Thyssenkrupp" → Thyssenkrupp –buy→ Osram, "sold its stake in Royal Mail to
    Vanguard" → buy_stake_in (the seller's own rules give what it sold)."""
    if verb.lemma_.lower() != "sell":
        return
    sold = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if sold is None and verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.head.children):
        sold = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)  # "was seized and sold to"
    to = next((c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None)
    buyer = preposition_object(to) if to is not None else None
    if sold is None or buyer is None or to is None or buyer.i < sold.i and sold.dep_ == "dobj":
        return
    if sold.lemma_.lower() in _HOLDINGS:  # "sold its stake in Royal Mail to investors including Vanguard"
        company = next((o for p in sold.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children), None)
        predicate = "buy_stake_in"
    else:
        company, predicate = sold, "buy"
    if company is None or company.pos_ != "PROPN" or company.ent_type_ in _NOT_COMPANIES:
        return
    words = f"{verb.text} {to.text}"
    for named in listed_names(buyer):
        yield Candidate(named, predicate, company, verb, "sold_to_buyer", 0.6, reach=False, words=words)


#: Verbs by which a penalty lands on the passive's subject: "Russia was hit with sanctions by the EU".
HITTING = frozenset("hit slap target punish threaten".split())
#: Penalties the vocabulary has no noun for, and their predicate.
_PENALTIES = {"fine": "fine", "fines": "fine", "penalty": "fine", "penalties": "fine"}


def penalty_received(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """Who dealt a penalty the passive's subject was hit with: "Russia was hit with sanctions by the EU"
    → EU –sanction→ Russia, "Google was slapped with a fine by Brussels" → fine."""
    if verb.lemma_.lower() not in HITTING or not any(c.dep_ == "auxpass" for c in verb.children):
        return
    patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    # "hit with a fine", or "hit by a lawsuit from Goldman Sachs" (the penalty after "by", its dealer after "from")
    with_ = next((c for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ in ("with", "by")), None)
    penalty = preposition_object(with_) if with_ is not None else None
    if patient is None or with_ is None or penalty is None:
        return
    predicate = vocabulary.for_noun(penalty.lower_) or vocabulary.for_noun(penalty.lemma_.lower())
    predicate = predicate or _PENALTIES.get(penalty.lower_)
    if predicate is None:
        return
    for by in (*penalty.children, *verb.children):
        if by.dep_ in ("prep", "agent") and by.lower_ in ("by", "from") and by.i > penalty.i:
            for dealer in by.children:
                if dealer.dep_ == "pobj":
                    words = f"{verb.text} {with_.text} {penalty.text} {by.text}"
                    yield Candidate(dealer, predicate, patient, verb, "penalty_received", 0.7, reach=False, words=words)
