"""Relation rules over event nouns whose doer comes after "by", whose two parties follow "of", or whose
buyer follows "to": "the purchase of Cadbury by Kraft" (Kraft –buy→ Cadbury), "the merger of Lloyds and
HBOS" (merge), "the sale of Twitter to Mr Musk" (Musk –buy→ Twitter), or whose doer is the subject of
the verb that carries it out: "Microsoft completed the purchase of LinkedIn" (Microsoft –buy→ LinkedIn),
an owner's act on a thing tied to another actor: "Shanda's purchase of a stake in Sina" (buy_stake_in),
a doer after "by" with another party ("negotiations by Vodafone with Verizon": talk), and who left or was
put out of a body ("the departure of Mr Kilroy-Silk from UKIP": leave; "his expulsion from Labour": expel).

Each rule takes a noun and yields `Candidate`s, as the noun rules of `nouns.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate, verb_lemma
from kg.extract.clause_subjects import clause_subject
from kg.extract.grammar import EVENT_SUFFIXES, EVENT_WORDS, preposition_object
from kg.extract.titles import title_predicate
from kg.vocabulary import Vocabulary, normalise_predicate


def _after(noun: Token, preposition: str) -> Token | None:
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == preposition), None)
    return preposition_object(prep) if prep is not None else None


def _clause(noun: Token) -> Token:
    """The verb whose subject or object the event noun is, whose qualifiers the event takes ("the
    merger of Lloyds and HBOS would create a giant": conditional), else the noun itself."""
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    return noun


def event_by_doer(noun: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """An event noun with its patient after "of" and its doer after "by": "the purchase of Cadbury by
    Kraft" → Kraft –buy→ Cadbury, "the invasion of Iraq by the US" → attack."""
    if noun.pos_ != "NOUN" or not noun.n_rights or any(c.dep_ == "poss" for c in noun.children):
        return
    known = vocabulary.for_noun(noun.lower_) or vocabulary.for_noun(noun.lemma_.lower())
    if known is None and not noun.lower_.endswith(EVENT_SUFFIXES) and noun.lemma_.lower() not in EVENT_WORDS:
        return
    patient, doer = _after(noun, "of"), _after(noun, "by") or _doer_on_verb(noun)
    if doer is None and patient is not None and patient.pos_ == "PROPN":
        doer = _after(patient, "by")  # "the takeover of Manchester United by Malcolm Glazer": a name takes no "by"
    if patient is None or doer is None or doer.i < patient.i:
        return
    predicate = known or normalise_predicate(f"{noun.lemma_.lower()} of")
    if predicate == "buy" and _clause(noun).lemma_.lower() in _THWARTING:
        predicate = "bid_for"  # "blocked the takeover of Kimberley by Huaxin": Huaxin tried, and did not buy
    confidence = 0.7 if known else 0.55
    yield Candidate(doer, predicate, patient, _clause(noun), "event_by_doer", confidence, reach=False, words=noun.text)


#: Verbs that stop what their object names from happening.
_THWARTING = frozenset("block reject veto prohibit thwart halt stop scrap abandon oppose bar prevent".split())


def _doer_on_verb(noun: Token) -> Token | None:
    """The doer of an event noun whose "by" the parse hangs from the active verb acting on it: "he blocked
    the takeover of Kimberley Rare Earths by Huaxin Mining" (a name: "raised prices by 5%" is a measure)."""
    verb = noun.head
    if noun.dep_ != "dobj" or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    for prep in verb.children:
        doer = preposition_object(prep) if prep.dep_ == "prep" and prep.lower_ == "by" and prep.i > noun.i else None
        if doer is not None and doer.pos_ == "PROPN":
            return doer
    return None


#: Nouns of a shared event the vocabulary has no noun for, and the predicate their verb gives.
_SHARED_NOUNS = {"merger": "merge_with"}


def pair_of_event(noun: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """A shared event whose two parties follow "of": "the merger of Lloyds and HBOS" → merge."""
    if noun.pos_ != "NOUN" or not noun.n_rights or any(c.dep_ == "poss" for c in noun.children):
        return
    predicate = vocabulary.for_noun(noun.lower_) or vocabulary.for_noun(noun.lemma_.lower())
    if predicate is None or not vocabulary.predicates[predicate].symmetric:
        predicate = _SHARED_NOUNS.get(noun.lemma_.lower())
    if predicate is None:
        return
    first = _after(noun, "of")
    second = next((c for c in first.children if c.dep_ == "conj"), None) if first is not None else None
    if first is not None and second is not None:
        yield Candidate(first, predicate, second, _clause(noun), "pair_of_event", 0.7, reach=False, words=noun.text)


#: Nouns of a sale, whose "to" names the buyer of what follows "of".
_SALES = frozenset({"sale", "sell-off", "disposal"})


#: Verbs that act on a sale as a whole, whose "to" the parse may take from the sale: "attacked the sale of
#: Royal Mail to Goldman Sachs" (not "referred the sale to the regulator": the "to" of a verb of sending).
_JUDGING_SALES = frozenset(
    "announce complete agree approve block clear oppose criticise criticize attack welcome finalise finalize"
    " confirm back support".split()
)


def _verbs_to(noun: Token) -> Token | None:
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in _JUDGING_SALES:
        return None
    return next(
        (preposition_object(p) for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" and p.i > noun.i), None
    )


def sale_to_buyer(noun: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The buyer of a sale after "to": "the sale of Twitter to Mr Musk" → Musk –buy→ Twitter."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _SALES or not noun.n_rights:
        return
    sold, buyer = _after(noun, "of"), _after(noun, "to")
    if buyer is None and sold is not None:
        buyer = _after(sold, "to") or _verbs_to(noun)  # the parse may hang "to Goldman Sachs" elsewhere
    if sold is None or buyer is None or buyer.i < sold.i:
        return
    predicate = vocabulary.for_verb("buy") or "buy"
    yield Candidate(buyer, predicate, sold, _clause(noun), "sale_to_buyer", 0.65, reach=False, words=noun.text)


#: Verbs whose subject carries out the act their object names: "completed the purchase of", "announced
#: the sale of" (not "approved", "blocked" or "agreed", whose subject may be a regulator or the target,
#: nor "launched a takeover of", which is a bid).
CARRYING_OUT = frozenset({"complete", "finalise", "finalize", "close", "seal", "clinch", "conclude", "announce"})
#: Nouns of an act done to whoever follows "of", with the predicate of the act.
ACTS_ON = frozenset({"purchase", "acquisition", "takeover", "buyout", "sale", "appointment", "rescue", "bailout"})
#: Rescues the vocabulary has no noun for, and verbs by which their subject agrees or mounts one ("Greece
#: and its banks agreed a rescue of the airline"; not "the Commission approved the rescue": it is no rescuer).
_RESCUES = {"rescue": "rescue", "bailout": "bail_out"}
_RESCUING = CARRYING_OUT | {"agree", "launch", "mount", "arrange", "organise", "organize", "unveil", "lead", "fund"}


def event_carried_out(noun: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """An act whose object follows "of", done by the subject of the verb that carries it out: "Microsoft
    has completed the purchase of LinkedIn" → Microsoft –buy→ LinkedIn, "the government announced the sale
    of Royal Mail" → sell (not "the purchase of X by Y": the doer is named; nor "its purchase": the owner's)."""
    lemma = noun.lemma_.lower()
    verbs = _RESCUING if lemma in _RESCUES else CARRYING_OUT
    if noun.dep_ != "dobj" or lemma not in ACTS_ON or verb_lemma(noun.head) not in verbs:
        return
    if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by" for c in noun.children):
        return
    if _doer_on_verb(noun) is not None:  # "arranged the rescue of Credit Suisse by UBS": UBS rescued it
        return
    predicate = vocabulary.for_noun(lemma) or _RESCUES.get(lemma)
    patient, subject = _after(noun, "of"), clause_subject(noun.head)
    if predicate is None or patient is None or subject is None:
        return
    words = f"{noun.head.text} {noun.text} of"
    yield Candidate(subject, predicate, patient, noun.head, "event_carried_out", 0.65, reach=False, words=words)


#: Prepositions after the thing an act is done to that name the actor it is tied to.
_THING_PREPS = frozenset({"in", "with", "to", "into", "from", "against"})


def owner_act_through_thing(noun: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """An owner's act on a thing whose preposition names another actor: "Shanda's purchase of a stake in
    Sina" → Shanda –buy_stake_in→ Sina, "Mr Kinnock's acceptance of a seat in the Lords" → the Lords
    (the thing is a common noun; a name after "of" is the act's own object, which `owner_event_object` reads)."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or noun.pos_ != "NOUN":
        return
    known = vocabulary.for_noun(noun.lower_) or vocabulary.for_noun(noun.lemma_.lower())
    if known is None and not noun.lower_.endswith(EVENT_SUFFIXES) and noun.lemma_.lower() not in EVENT_WORDS:
        return
    thing = _after(noun, "of")
    if thing is None or thing.pos_ != "NOUN" or thing.ent_type_ or title_predicate([thing.text]) is not None:
        return
    for prep in thing.children:
        target = preposition_object(prep) if prep.dep_ == "prep" and prep.lower_ in _THING_PREPS else None
        if target is not None:
            act = known or f"{noun.lemma_.lower()} of"
            predicate = normalise_predicate(f"{act} {thing.lemma_.lower()} {prep.lower_}")
            words = f"{noun.text} of {thing.text} {prep.text}"
            yield Candidate(
                owner, predicate, target, _clause(noun), "owner_act_through_thing", 0.6, reach=False, words=words
            )


#: Prepositions after an event noun, or after its doer where the parse hangs them, that name its other party.
_PARTY_PREPS = frozenset({"with", "against", "into", "on", "to"})
#: Of those, the ones that name a party only after a noun of the vocabulary ("an attack by Russia on Ukraine").
_TOPIC_PREPS = frozenset({"on", "to"})


def event_by_doer_with_party(noun: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """An event noun with its doer after "by" and its other party after another preposition: "failed
    negotiations by Vodafone with Verizon" → talk, "a lawsuit by Epic against Apple" → sue (an "of" after
    the noun is `event_by_doer`'s)."""
    if noun.pos_ != "NOUN" or any(c.dep_ == "poss" for c in noun.children) or _after(noun, "of") is not None:
        return
    known = vocabulary.for_noun(noun.lower_) or vocabulary.for_noun(noun.lemma_.lower())
    if known is None and not noun.lower_.endswith(EVENT_SUFFIXES) and noun.lemma_.lower() not in EVENT_WORDS:
        return
    doer = _after(noun, "by")
    if doer is None or doer.ent_type_ in ("DATE", "TIME"):
        return
    for prep in (*noun.children, *doer.children):
        if prep.dep_ != "prep" or prep.lower_ not in _PARTY_PREPS or prep.lower_ in _TOPIC_PREPS and known is None:
            continue  # "a statement by Downing Street on Monday": "on" is a topic or a time unless the noun says
        party = preposition_object(prep)
        if party is not None and party.i > doer.i:
            predicate = known or normalise_predicate(f"{noun.lemma_.lower()} {prep.lower_}")
            words = f"{noun.text} by {doer.text} {prep.text}"
            yield Candidate(
                doer, predicate, party, _clause(noun), "event_by_doer_with_party", 0.6, reach=False, words=words
            )


#: Nouns of leaving a body, whose "of" or owner is who left and whose "from" is the body left.
LEAVING = frozenset({"departure", "exit", "resignation", "defection"})
#: Nouns of putting someone out of a body, with the verb the body did.
PUTTING_OUT = {
    "expulsion": "expel",
    "suspension": "suspend",
    "ouster": "oust",
    "sacking": "sack",
    "dismissal": "dismiss",
    "ejection": "eject",
}


def left_body(noun: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """Who left a body, or was put out of it, named by a noun of leaving: "the departure of Mr Kilroy-Silk
    from UKIP" → Kilroy-Silk –leave→ UKIP, "Mr Galloway's expulsion from Labour" → Labour –expel→ Galloway."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in LEAVING and lemma not in PUTTING_OUT:
        return
    person = next((c for c in noun.children if c.dep_ == "poss"), None) or _after(noun, "of")
    if person is None:
        return
    body = next(
        (
            preposition_object(p)
            for p in (*noun.children, *person.children)
            if p.dep_ == "prep" and p.lower_ == "from" and p.i > noun.i
        ),
        None,
    )
    if body is None:
        return
    if lemma in LEAVING:
        yield Candidate(person, "leave", body, _clause(noun), "left_body", 0.6, reach=False, words=f"{noun.text} from")
    else:
        words = f"{noun.text} from"
        yield Candidate(body, PUTTING_OUT[lemma], person, _clause(noun), "left_body", 0.6, reach=False, words=words)


#: Nouns that make their subject the one an event after "of" is done to: "the subject of an investigation".
_TARGETED = frozenset({"subject", "target", "focus", "object"})
#: Verbs that say what their subject is.
_BEING = frozenset({"be", "become", "remain"})


def target_of_event(noun: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The doer of an event whose target the clause's subject is: "Tesla is the subject of an investigation
    by the SEC" → SEC –investigate→ Tesla, "Meta became the target of criticism from the Commission" →
    criticize."""
    verb = noun.head
    if noun.dep_ != "attr" or noun.lemma_.lower() not in _TARGETED or verb.lemma_.lower() not in _BEING:
        return
    target = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    event = _after(noun, "of")
    if target is None or event is None or event.pos_ != "NOUN":
        return
    known = vocabulary.for_noun(event.lower_) or vocabulary.for_noun(event.lemma_.lower())
    predicate = known or _EVENT_VERBS.get(event.lemma_.lower())
    doer = _after(event, "by") or _after(event, "from")
    if predicate is None or doer is None:
        return
    words = f"{noun.text} of {event.text} {doer.head.text}"
    yield Candidate(doer, predicate, target, verb, "target_of_event", 0.65, reach=False, words=words)


#: Event nouns of scrutiny and blame, with their verbs, which the vocabulary has no noun for.
_EVENT_VERBS = {
    "investigation": "investigate",
    "inquiry": "investigate",
    "probe": "investigate",
    "scrutiny": "scrutinise",
    "lawsuit": "sue",
    "complaint": "complain_about",
}
