"""Relation rules over a dependency parse: one pattern per function.

Each rule takes a verb and yields `Candidate`s (`candidates.py`): the subject and object tokens, the
predicate, and the rule's name and confidence. Turning tokens into entities, following
coordination and adding qualifiers happen afterwards, once for all rules.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from kg.countries import known_place
from kg.extract.accused_acts import accused_of_act_on_owner
from kg.extract.amounts import penalty_with_sum
from kg.extract.appointed import appointed_to_office
from kg.extract.arrivals import arrival_in_place
from kg.extract.board_seats import board_seat
from kg.extract.brokered import brokered_between, deal_brokered_for
from kg.extract.candidates import Candidate, amount, light_verb_nouns, verb_lemma, vocabulary_predicate
from kg.extract.clause_subjects import clause_subject
from kg.extract.co_subjects import co_subject_with
from kg.extract.contested_seats import contested_seat
from kg.extract.control import control_taken_of
from kg.extract.courts import contested_in_court
from kg.extract.deal_doers import deal_by_doer
from kg.extract.deal_parties import party_of_left_deal
from kg.extract.defied import defied_objection
from kg.extract.demands import demanded_of, demanded_to_quit
from kg.extract.doc_words import child_deps
from kg.extract.each_other import each_other
from kg.extract.envoys import own_envoy_from
from kg.extract.favour import in_favour_of
from kg.extract.gapped import gapped_object
from kg.extract.grammar import SAYING_VERBS, SUBJECTS
from kg.extract.imposed import measure_put_on, measure_put_on_by
from kg.extract.inquiries_abroad import inquiry_in_country
from kg.extract.invested import proper_name, sum_invested_in
from kg.extract.joined_calls import joined_calls
from kg.extract.light_verbs import ARGUMENT_PREPS, light_verb_noun
from kg.extract.listings import listed_on_exchange
from kg.extract.loyalty import stood_by
from kg.extract.measures import measure_on_goods, retaliation_against_goods, trade_limited
from kg.extract.mediators import brokered_deal, mediated_between
from kg.extract.named_from import bought_from_seller, left_to_join
from kg.extract.object_prepositions import (
    ADDRESSED,
    NOT_ACTIONS,
    RELATIVE_OBJECTS,
    inquired_owner,
    verb_object_preposition,
)
from kg.extract.offers import (
    funds_raised_from,
    giver_after_from,
    money_received_from,
    offer_received,
    penalty_received,
    sold_to_buyer,
)
from kg.extract.pairs import pair_in_state, reciprocal_subjects
from kg.extract.participants import (
    GIVING_VERBS,
    RECEIVING_VERBS,
    event_with_participant,
    given_thing,
    indirect_object,
    maker_of_object,
    maker_of_plea,
    object_of_infinitive,
    put_out_from,
    received_from,
    received_nouns,
    sum_given_to,
)
from kg.extract.participles import participle_with_doer
from kg.extract.partitives import partitive_object
from kg.extract.passives import passive_agent
from kg.extract.relied_on import relied_on_giver
from kg.extract.shared_deals import deal_made_by_pair
from kg.extract.shares import share_of_company
from kg.extract.sought import event_sought, order_sought
from kg.extract.stance_adjuncts import stance_in_act
from kg.extract.stated_ties import tie_stated
from kg.extract.strikes import (
    attack_in_place,
    strike_against,
    strike_called_at,
    verbal_target,
    walkout_against,
)
from kg.extract.succeeded_titles import succeeded_as_title
from kg.extract.suspended_titles import suspended_as_title
from kg.extract.takeover_targets import takeover_answered
from kg.extract.thrown_out import thrown_out_of
from kg.extract.urged_groups import urged_groups_act
from kg.extract.voted_down import voted_down
from kg.extract.warned import warning_about
from kg.vocabulary import Vocabulary, normalise_predicate

#: Verbs that name no action on their object: "had fewer MPs" (but "have talks with" is one).
_NOT_DONE_TO = NOT_ACTIONS | {"have"}
#: Verbs of expecting or believing whose object only opens the clause expected: "expected X to defect".
_EXPECTING = frozenset({"expect", "believe", "consider", "predict", "assume", "suppose"})
#: Verbs whose object is what the subject makes, not an actor: "Inbev, which makes Stella Artois";
#: or puts on sale: "Google unveiled the Pixel 9", "Apple launched Vision Pro" (products, whatever the tagger says).
_MAKING = frozenset(
    {"make", "produce", "manufacture", "brew", "bottle", "publish", "build", "unveil", "launch", "debut"}
)


#: Verbs that, with "as", say what their object is: "list X as supporters", "see X as a threat".
_AS_VERBS = frozenset(
    (
        "list describe see regard view use cite count portray label present treat consider identify characterise "
        "characterize depict class"
    ).split()
)


def _classifies(verb: Token) -> bool:
    """True when the verb says what its object is or becomes rather than doing something to it:
    "list X as supporters", "using the Budget as a springboard", "leaving the UK open to …"
    (but "overtook Tesla as the biggest seller" and "reported X as saying" are done to X)."""
    labels = child_deps(verb)
    if "oprd" not in labels and "prep" not in labels:
        return False  # most verbs: neither child to read
    return any(
        c.dep_ == "oprd"
        or c.dep_ == "prep"
        and c.lower_ == "as"
        and c.i > verb.i
        and verb.lemma_.lower() in _AS_VERBS
        and any(g.dep_ == "pobj" for g in c.children)
        for c in verb.children
    )


def subject_verb_object(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """Active clause: "Rutte praised Trump" → Rutte –praise→ Trump."""
    lemma = verb_lemma(verb)
    if lemma in _NOT_DONE_TO or lemma in _MAKING:
        return
    subject = clause_subject(verb)
    if subject is None:
        return
    children = list(verb.children)
    if "dobj" not in child_deps(verb):
        children = _shared_objects(verb, children, vocabulary) or [c for c in children if _misread_dative(verb, c)]
    for child in children:
        dep = child.dep_
        if dep == "dobj" and _second_object(child):
            continue
        if dep == "dobj" and lemma in _EXPECTING and any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
            continue  # "he expected more Tory MPs to defect": what they would do, not an act on them
        if dep == "dobj" and _claim_answered(verb, child):
            continue
        if (
            dep == "dative"
            and lemma in GIVING_VERBS
            and any(c.dep_ == "dobj" and c.i > child.i and given_thing(c) for c in children)
        ):
            continue  # "agreed to give Tony Blair a clear run": give_run_to, read with what is given
        if dep == "dobj" and contested_seat(child):
            continue  # "he took Dunfermline East, a new constituency": a seat won, no actor acted on
        # a named receiver is acted on too: "Renault will lend Andina $250m", "ordered Turkey to pay Iraq"
        if dep == "dobj" or dep == "dative" and child.pos_ == "PROPN":
            predicate, known = vocabulary_predicate(vocabulary, lemma)
            if lemma == "see" and not _in_court(verb):
                continue  # "we saw the minister": seeing is no act on its object ("see them in court" is)
            if lemma == "see" and "sue" in vocabulary.predicates:
                predicate, known = "sue", True  # "We will see them in court"
            if not known and _classifies(verb):
                continue  # "they list Hague as a supporter": what he is, not what they did to him
            if predicate == "attack" and verbal_target(child) and "criticize" in vocabulary.predicates:
                predicate = "criticize"  # "Mr Howard attacked the government's failure": words, not arms
            if lemma == "join" and any(p.lower_ == "in" and p.dep_ == "prep" for p in _gerund_preps(verb)):
                predicate = "side_with"  # "joined the Liberal Democrats in backing it": beside them, not in them
            yield Candidate(subject, predicate, child, verb, "subject_verb_object", 0.9 if known else 0.7)


def _gerund_preps(verb: Token) -> list[Token]:
    """The prepositions of `verb` whose object is a gerund: "in backing the change"."""
    return [c for c in verb.children if c.dep_ == "prep" and any(g.tag_ == "VBG" for g in c.children)]


def _after_a_participant(verb: Token, prep: Token) -> bool:
    """True for a preposition after another that already names whom the verb acts on: in "turn on
    Reeves over VAT", "over" says what the quarrel is about."""
    return any(
        c.dep_ == "prep" and c.i < prep.i and c.lower_ in ARGUMENT_PREPS and any(g.dep_ == "pobj" for g in c.children)
        for c in verb.children
    )


#: Verbs that answer a claim: their "which" after a comma is what was said, not the noun before it.
_ANSWERING_CLAIMS = frozenset({"deny", "reject", "dispute", "refute", "dismiss", "rebut", "contest"})


def _claim_answered(verb: Token, obj: Token) -> bool:
    """True for a "which" after a comma that a verb of denial takes: in "Turkey accused Sweden of
    harbouring Kurdish militants, which Stockholm denied", Stockholm denies the charge, not the militants."""
    head = verb.head
    return (
        obj.lower_ == "which"
        and verb.dep_ == "relcl"
        and verb.lemma_.lower() in _ANSWERING_CLAIMS
        and head.i + 1 < len(head.doc)
        and any(t.text == "," for t in head.doc[head.i + 1 : obj.i])
    )


def _second_object(noun: Token) -> bool:
    """True for an object after a comma that follows another object of its verb: the parser's reading of
    an apposition to a noun further back ("ordered Tianyu to sell its stake in Corella, the company
    building the refinery" is no order to the company)."""
    start = noun.left_edge.i
    return (
        start > 0
        and noun.doc[start - 1].text == ","
        and any(c.dep_ == "dobj" and c.i < noun.i for c in noun.head.children)
    )


#: Verbs that take a receiver before their object ("gave Kyiv weapons"): a dative of theirs is no object.
_GIVING = frozenset("give send tell offer lend pay sell show hand grant award promise owe bring teach ask wish".split())


def _misread_dative(verb: Token, child: Token) -> bool:
    """A name the parser read as the receiver of a verb with no object that takes no receiver is its
    object: a headline's "Veltrix sues Hanbit Electronics over patents"."""
    return child.dep_ == "dative" and child.pos_ == "PROPN" and verb_lemma(verb) not in _GIVING


def _in_court(verb: Token) -> bool:
    """True when the verb is done "in court": "We will see them in court" (the parse may hang it on the object)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(
        p.dep_ == "prep" and p.lower_ == "in" and any(o.lemma_.lower() == "court" for o in p.children)
        for p in (*verb.children, *(c for o in objects for c in o.children))
    )


def _shared_objects(verb: Token, children: list[Token], vocabulary: Vocabulary) -> list[Token]:
    """The object a verb of the vocabulary shares with the verb coordinated after it: "Mr Macron met
    and praised Mr Scholz" → met Scholz too."""
    if verb.lemma_.lower() not in vocabulary.by_lemma or any(
        c.dep_ in ("dobj", "prep", "dative", "ccomp", "xcomp") for c in children
    ):
        return []
    after = next((c for c in verb.rights if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if (
        after is None
        or not any(c.dep_ == "cc" for c in verb.children)
        or any(c.dep_ in SUBJECTS for c in after.children)
    ):
        return []
    return [c for c in after.children if c.dep_ == "dobj"]


def verb_preposition_object(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """Verb with a prepositional object: "Rutte met with Trump" → Rutte –meet→ Trump."""
    lemma = verb_lemma(verb)
    if lemma in NOT_ACTIONS:
        return
    subject = clause_subject(verb)
    if subject is None:
        return
    if light_verb_nouns(verb, vocabulary):
        return  # "impose sanctions on Russia" is sanction, not impose_on
    has_object = (
        "dobj" in child_deps(verb)
        and any(c.dep_ == "dobj" and not amount(c) for c in verb.children)
        and _light_verb_object(verb, vocabulary) is None
    )
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        word = prep.lower_
        if word not in ARGUMENT_PREPS and (lemma, word) not in _INTO or co_subject_with(prep):
            continue  # "withdrew together with Niger": a second doer, not a party
        if party_of_left_deal(prep):
            continue  # "withdrew from a deal with Russia": Russia is the deal's other party
        predicate, known = vocabulary_predicate(vocabulary, lemma, word)
        if word == "at" and _lashing(verb) and "criticize" in vocabulary.predicates:
            predicate, known = "criticize", True  # "Mr Trump lashed out at Canada": words aimed at, not a place
        if has_object and vocabulary.by_lemma.get(f"{lemma} {word}") is None:
            continue  # "met Biden at the White House": with an object, a preposition adds a circumstance
        if word == "over" and _after_a_participant(verb, prep):
            continue  # "turn on Reeves over VAT", "clashed with Colombia over tariffs": what about, not whom
        noun = _light_verb_object(verb, vocabulary)
        if noun is not None and not known:
            # "conduct business with Russia": a light verb says little, its noun says what was done
            predicate = normalise_predicate(f"{lemma} {noun.lemma_.lower()} {word}")
        if not known and lemma in SAYING_VERBS and (word, lemma) not in ADDRESSED:
            continue  # "he added with a smile" (but "wrote to the prime minister" is to whom)
        if word == "from" and verb.lemma_.lower() in RECEIVING_VERBS and received_nouns(verb):
            continue  # "came under scrutiny from the FSA": the FSA scrutinised (received_from)
        if word == "from" and giver_after_from(verb):
            continue  # "raised $12m from Sequoia": Sequoia invested (funds_raised_from)
        for pobj in prep.children:
            if pobj.dep_ == "pobj":
                if pobj.lower_ in RELATIVE_OBJECTS and verb.dep_ == "relcl":
                    pobj = verb.head  # "Huawei, with which BT has worked": with Huawei
                if (lemma, word) in _GOING and pobj.ent_type_ in ("GPE", "LOC") and "visit" in vocabulary.predicates:
                    # "he is coming to Europe", "would go to Iraq" (not "Boeing went to the WTO")
                    yield Candidate(subject, "visit", pobj, verb, "verb_preposition_object", 0.7)
                    continue
                if (lemma, word) in _INTO and known_place(proper_name(pobj)):
                    continue  # "invested $1bn in India", "in Texas": where the money went, not whom it funds
                yield Candidate(subject, predicate, pobj, verb, "verb_preposition_object", 0.8 if known else 0.6)
                # "called for an investigation into Michael Howard's claims": into whom it looks
                for into in pobj.children:
                    for looked in into.children if into.dep_ == "prep" else ():
                        owner = inquired_owner(pobj, into, looked) if looked.dep_ == "pobj" else None
                        if owner is not None:
                            owned = f"{lemma} {word} {pobj.lemma_.lower()} into {looked.lemma_.lower()} of"
                            words = f"{verb.text} {prep.text} {pobj.text} {into.text} {looked.text}"
                            yield Candidate(
                                subject,
                                normalise_predicate(owned),
                                owner,
                                verb,
                                "verb_preposition_object",
                                0.6,
                                reach=False,
                                words=words,
                            )


#: Verbs that with "out" or "back" aim words at whoever follows "at": "lashed out at", "hit back at".
_LASHING = frozenset({"lash", "hit", "snap"})
#: Verbs that aim words "at" someone on their own: "railed at", "sniped at".
_SNIPING = frozenset({"rail", "snipe", "jab", "swipe"})


def _lashing(verb: Token) -> bool:
    """True for a verb of words aimed "at" someone: "lashed out at", "hit back at", "sniped at"."""
    lemma = verb.lemma_.lower()
    if lemma in _SNIPING:
        return True
    return lemma in _LASHING and any(c.lower_ in ("out", "back") and c.dep_ in ("prt", "advmod") for c in verb.children)


#: Verbs of going whose "to" before a place names a visit.
_GOING = frozenset({("go", "to"), ("come", "to"), ("head", "to"), ("jet", "to"), ("fly", "into")})
#: Verbs whose "in" names who receives what they put in: "invested $10bn in OpenAI".
_INTO = frozenset({("invest", "in")})


def _light_verb_object(verb: Token, vocabulary: Vocabulary) -> Token | None:
    """The common-noun object of a light verb ("conduct business"), if it has one."""
    if verb_lemma(verb) not in vocabulary.light_verbs:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)


#: The rules, in the order their results are preferred when two give the same triple.
RULES: tuple[Callable[[Token, Vocabulary], Iterator[Candidate]], ...] = (
    light_verb_noun,
    passive_agent,
    subject_verb_object,
    gapped_object,
    verb_preposition_object,
    verb_object_preposition,
    share_of_company,
    warning_about,
    object_of_infinitive,
    event_with_participant,
    indirect_object,
    maker_of_object,
    reciprocal_subjects,
    received_from,
    put_out_from,
    demanded_to_quit,
    demanded_of,
    maker_of_plea,
    event_sought,
    order_sought,
    participle_with_doer,
    offer_received,
    funds_raised_from,
    money_received_from,
    sold_to_buyer,
    penalty_received,
    attack_in_place,
    walkout_against,
    strike_called_at,
    defied_objection,
    pair_in_state,
    penalty_with_sum,
    measure_on_goods,
    retaliation_against_goods,
    trade_limited,
    sum_given_to,
    in_favour_of,
    own_envoy_from,
    stood_by,
    contested_in_court,
    deal_made_by_pair,
    partitive_object,
    each_other,
    measure_put_on,
    measure_put_on_by,
    mediated_between,
    brokered_deal,
    voted_down,
    accused_of_act_on_owner,
    inquiry_in_country,
    relied_on_giver,
    sum_invested_in,
    strike_against,
    control_taken_of,
    bought_from_seller,
    left_to_join,
    listed_on_exchange,
    deal_by_doer,
    arrival_in_place,
    suspended_as_title,
    succeeded_as_title,
    takeover_answered,
    urged_groups_act,
    board_seat,
    tie_stated,
    appointed_to_office,
    stance_in_act,
    thrown_out_of,
    brokered_between,
    deal_brokered_for,
    joined_calls,
)
