"""Relation rules for trade measures aimed at a country's goods or firms: "Washington imposed tariffs on
Chinese goods" → the United States –impose_tariff_on→ China, "Beijing slapped duties on Australian wine",
"Canada threatened to retaliate against US farm products", "the EU opened an investigation into Chinese
electric cars" (the goods are no actor; the country whose goods they are is the one the measure aims at).

Each rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate, amount, verb_lemma
from kg.extract.clause_subjects import clause_subject
from kg.extract.grammar import preposition_object
from kg.extract.titles import title_predicate
from kg.vocabulary import Vocabulary, normalise_predicate

#: Nouns of a measure one state takes against another's trade.
MEASURES = frozenset(
    """tariff tariffs duty duties levy levies embargo embargoes quota quotas curb curbs restriction restrictions
    ban bans barrier barriers""".split()
)
#: Nouns of an inquiry one state opens into another's trade, aimed with "into".
INQUIRIES = frozenset({"investigation", "investigations", "probe", "probes", "inquiry", "inquiries"})
_MEASURES_OR_INQUIRIES = MEASURES | INQUIRIES
_INTO = frozenset({"into"})
#: Prepositions that aim a measure at what it hits.
_AIMED = frozenset({"on", "against"})
#: Nouns for people, whose nationality says who they are, not whose goods are hit ("a ban on Chinese
#: students" hits students, which the measure's own words say better).
_PEOPLE = frozenset(
    """people citizens nationals students workers tourists visitors travellers travelers migrants refugees
    officials diplomats journalists nationals passengers""".split()
)


def _measure(verb: Token) -> Token | None:
    """The measure a verb takes: its object ("imposed tariffs"), the noun its relative clause describes
    ("tariffs that China imposed"), or its "with" ("retaliated with tariffs")."""
    if verb.dep_ in ("relcl", "acl") and verb.head.lower_ in _MEASURES_OR_INQUIRIES:
        return verb.head
    hit = _participle_after_goods(verb)
    if hit is not None:
        return hit
    for child in verb.children:
        if child.lower_ in _MEASURES_OR_INQUIRIES and child.dep_ == "dobj":
            return child
        if child.lower_ == "with":
            return next((m for m in child.children if m.lower_ in MEASURES and m.dep_ == "pobj"), None)
    return None


def _imposer(verb: Token, measure: Token) -> Token | None:
    """Who takes the measure: the verb's subject, or the agent of a participle after it ("tariffs imposed by
    the United States on European cars")."""
    after_goods = _participle_after_goods(verb)
    if verb.dep_ == "acl" and (measure.i == verb.head.i or after_goods is not None and after_goods.i == measure.i):
        return next((preposition_object(a) for a in verb.children if a.dep_ == "agent"), None)
    return clause_subject(verb)


def _participle_after_goods(verb: Token) -> Token | None:
    """The measure whose goods a participle hangs from: "tariffs on Canadian steel imposed by the United
    States" (the parse hangs "imposed" from "steel")."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.dep_ != "pobj":
        return None
    prep = verb.head.head
    if prep.lower_ not in _AIMED or prep.head.lower_ not in MEASURES:
        return None
    return prep.head


def measure_on_goods(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The country whose goods a trade measure hits: "imposed tariffs on Chinese goods", "lifted the ban on
    British beef" → the subject –impose_tariff_on / lift_ban_on→ the country of the adjective."""
    measure = _measure(verb)
    subject = _imposer(verb, measure) if measure is not None else None
    if measure is None or subject is None:
        return
    aimed = _INTO if measure.lower_ in INQUIRIES else _AIMED
    with_measure = measure.dep_ == "pobj" and measure.head.head.i == verb.i
    lemma = f"{verb_lemma(verb)} with" if with_measure else verb_lemma(verb)
    known = vocabulary.for_noun(measure.lower_)
    for prep in (*measure.children, *verb.children):
        if prep.dep_ != "prep" or prep.lower_ not in aimed or prep.i < measure.i or prep.i < verb.i < measure.i:
            continue
        goods = _goods(preposition_object(prep))
        country = _country_adjective(goods) if goods is not None else None
        if country is not None:
            predicate = known or normalise_predicate(f"{lemma} {measure.lemma_.lower()} {prep.lower_}")
            words = f"{verb.text} {measure.text} {prep.text} {country.text}"
            yield Candidate(subject, predicate, country, verb, "measure_on_goods", 0.65, reach=False, words=words)
    goods = next((c for c in verb.children if c.dep_ == "dobj"), None) if with_measure else None
    country = _country_adjective(goods) if goods is not None else None
    if country is not None and goods is not None:  # "hit Chinese goods with tariffs"
        predicate = known or normalise_predicate(f"{lemma} {measure.lemma_.lower()}")
        words = f"{verb.text} {country.text} {goods.text} with {measure.text}"
        yield Candidate(subject, predicate, country, verb, "measure_on_goods", 0.65, reach=False, words=words)


def _goods(noun: Token | None) -> Token | None:
    """The goods a sum is of: "tariffs on $60bn of US goods" → goods."""
    if noun is not None and amount(noun):
        return next(
            (g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"),
            None,
        )
    return noun


#: Entity labels of a name that makes or sells goods: a country or a bloc or a company ("EU wine").
_MAKERS = frozenset({"GPE", "ORG", "NORP"})


def _country_adjective(goods: Token) -> Token | None:
    """The adjective or name of a country before a common noun of goods or firms: "Chinese goods",
    "Australian wine", "US farm products", "imports from Mexico" (not a person's title: "the Chinese ambassador").
    """
    if goods.pos_ != "NOUN" or goods.lower_ in _PEOPLE or title_predicate([goods.text]) is not None:
        return None
    for c in goods.children:
        if (
            c.dep_ == "amod"
            and c.ent_type_ in ("NORP", "GPE")
            or c.dep_ in ("compound", "poss")
            and c.ent_type_ in _MAKERS
        ):
            return c  # "Chinese goods", "US farm products", "China's exports", "EU wine"
        if c.dep_ in ("nmod", "compound") and c.pos_ == "NOUN" and c.i < goods.i:
            inner = _country_adjective(c)  # "European wine, cheese and olive oil": the first of a list
            if inner is not None:
                return inner
        if c.dep_ == "prep" and c.lower_ == "from":  # "imports from the United States"
            origin = preposition_object(c)
            if origin is not None and origin.ent_type_ == "GPE":
                return origin
    return None


#: Nouns of goods in trade, whose country is the one a retaliation is aimed at.
GOODS = frozenset(
    """goods imports exports products produce commodities steel aluminium aluminum cars vehicles wine beef pork
    soybeans chips semiconductors""".split()
)


def retaliation_against_goods(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The country whose goods a verb is aimed at: "Canada threatened to retaliate against US farm products"
    → Canada –retaliate_against→ United States."""
    for prep in verb.children:
        goods = _goods(preposition_object(prep)) if prep.dep_ == "prep" and prep.lower_ == "against" else None
        country = _country_adjective(goods) if goods is not None and goods.lower_ in GOODS else None
        subject = clause_subject(verb) if country is not None else None
        if country is not None and subject is not None:
            predicate = normalise_predicate(f"{verb_lemma(verb)} against")
            words = f"{verb.text} against {country.text}"
            yield Candidate(
                subject, predicate, country, verb, "retaliation_against_goods", 0.6, reach=False, words=words
            )


#: Verbs that stop or limit trade, and the nouns of the trade they stop.
LIMITING = frozenset("restrict ban block halt suspend curb limit stop cut".split())
_TRADE = frozenset("imports exports purchases sales shipments".split())


def trade_limited(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The country whose goods a verb of limiting stops: "Beijing has restricted imports of Australian coal"
    → China –restrict_import_of→ Australia."""
    if verb.lemma_.lower() not in LIMITING:
        return
    trade = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _TRADE), None)
    subject = clause_subject(verb) if trade is not None else None
    if trade is None or subject is None:
        return
    for of in trade.children:
        goods = _goods(preposition_object(of)) if of.dep_ == "prep" and of.lower_ in ("of", "from") else None
        country = _country_adjective(goods) if goods is not None else None
        if goods is not None and country is None and of.lower_ == "from" and goods.ent_type_ == "GPE":
            country = goods  # "halted imports from Russia"
        if country is not None:
            predicate = normalise_predicate(f"{verb_lemma(verb)} {trade.lemma_.lower()} {of.lower_}")
            words = f"{verb.text} {trade.text} {of.text}"
            yield Candidate(subject, predicate, country, verb, "trade_limited", 0.6, reach=False, words=words)


#: Measures named by their owner: the trade measures and sanctions ("EU sanctions on Russian banks").
NAMED_MEASURES = MEASURES | {"sanction", "sanctions"}


def measure_noun_on_goods(noun: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """A trade measure named by its owner, without a verb: "Trump's tariffs on Chinese goods", "US tariffs on
    Canadian steel", "his tariffs on Canada" → the owner –tariff_on→ the country whose goods are hit (a noun
    rule)."""
    if noun.lower_ not in NAMED_MEASURES or noun.pos_ != "NOUN":
        return
    owner = next(
        (c for c in noun.children if c.dep_ == "poss" or c.dep_ == "compound" and c.ent_type_ in ("GPE", "ORG")),
        None,
    )
    if owner is None:
        return
    clause = noun.head if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and noun.head.pos_ in ("VERB", "AUX") else noun
    for prep in noun.children:
        goods = _goods(preposition_object(prep)) if prep.dep_ == "prep" and prep.lower_ in _AIMED else None
        country = _country_adjective(goods) if goods is not None else None
        if goods is not None and country is None and goods.ent_type_ == "GPE":
            country = goods  # "President Trump's tariffs on Canada"
        if country is not None:
            predicate = vocabulary.for_noun(noun.lower_) or normalise_predicate(f"{noun.lemma_.lower()} {prep.lower_}")
            words = f"{noun.text} {prep.text} {country.text}"
            yield Candidate(owner, predicate, country, clause, "measure_noun_on_goods", 0.6, reach=False, words=words)


#: Nouns of trade flowing from one country to another, with the preposition that names the other.
FLOWS = {"export": "to", "import": "from", "shipment": "to"}


def trade_flow(noun: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """A country's trade with another, named by its owner and its "to" or "from": "China's exports to the
    United States fell" → China –export_to→ United States, "German imports from Russia" → import_from."""
    preposition = FLOWS.get(noun.lemma_.lower()) if noun.tag_ == "NNS" else None
    owner = (
        next(
            (c for c in noun.children if c.dep_ in ("poss", "compound", "amod") and c.ent_type_ in ("GPE", "NORP")),
            None,
        )
        if preposition is not None
        else None
    )
    if owner is None:
        return
    clause = noun.head if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and noun.head.pos_ in ("VERB", "AUX") else noun
    for prep in noun.children:
        other = preposition_object(prep) if prep.dep_ == "prep" and prep.lower_ == preposition else None
        if other is not None and other.ent_type_ == "GPE":
            predicate = normalise_predicate(f"{noun.lemma_.lower()} {preposition}")
            words = f"{noun.text} {prep.text}"
            yield Candidate(owner, predicate, other, clause, "trade_flow", 0.55, reach=False, words=words)
