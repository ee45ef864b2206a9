"""Relation rules over a dependency parse: one pattern per function.

Each rule takes a verb and yields `Candidate`s (`candidates.py`): the subject and object tokens, the
predicate, and the rule's name and confidence. Turning tokens into entities, following
coordination and adding qualifiers happen afterwards, once for all rules.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from kg.countries import country_name
from kg.extract.amounts import penalty_with_sum
from kg.extract.candidates import Candidate, amount, light_verb_nouns, verb_lemma, vocabulary_predicate
from kg.extract.defied import defied_objection
from kg.extract.envoys import own_envoy_from
from kg.extract.favour import in_favour_of
from kg.extract.grammar import CLASSIFIER_NOUNS, SAYING_VERBS, SUBJECTS, clause_subject
from kg.extract.measures import measure_on_goods, retaliation_against_goods, trade_limited
from kg.extract.offers import (
    funds_raised_from,
    giver_after_from,
    money_received_from,
    offer_received,
    penalty_received,
    sold_to_buyer,
)
from kg.extract.owned_things import titled_name
from kg.extract.pairs import pair_in_state, reciprocal_subjects
from kg.extract.participants import (
    REBUKES,
    RECEIVING_VERBS,
    demanded_of,
    demanded_to_quit,
    event_with_participant,
    indirect_object,
    listed_names,
    maker_of_object,
    maker_of_plea,
    object_of_infinitive,
    put_out_from,
    received_from,
    received_nouns,
    sum_given_to,
)
from kg.extract.participles import participle_with_doer
from kg.extract.shares import share_of_company
from kg.extract.sought import event_sought, order_sought
from kg.extract.strikes import (
    attack_in_place,
    labour_strike,
    strike_called_at,
    verbal_attack,
    verbal_target,
    walkout_against,
)
from kg.extract.titles import title_predicate
from kg.extract.warned import warning_about
from kg.vocabulary import Vocabulary, normalise_predicate

# Prepositions that attach a participant, not a time or place ("met with", "pressure on").
_ARGUMENT_PREPS = frozenset({"with", "on", "against", "to", "toward", "towards", "from", "into", "over", "for", "at"})


# Verbs that state a property rather than an action between two actors.
_NOT_ACTIONS = frozenset({"be", "seem", "become", "remain"})
#: Verbs that name no action on their object: "had fewer MPs" (but "have talks with" is one).
_NOT_DONE_TO = _NOT_ACTIONS | {"have"}
#: Verbs whose object is what the subject makes, not an actor: "Inbev, which makes Stella Artois".
_MAKING = frozenset({"make", "produce", "manufacture", "brew", "bottle", "publish", "build"})


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
    if verb_lemma(verb) in _NOT_DONE_TO or verb_lemma(verb) in _MAKING:
        return
    subject = clause_subject(verb)
    if subject is None:
        return
    children = list(verb.children)
    if not any(c.dep_ == "dobj" for c in children):
        children = _shared_objects(verb, children, vocabulary) or [c for c in children if _misread_dative(verb, c)]
    for child in children:
        if child.dep_ == "dobj" and _second_object(child):
            continue
        # a named receiver is acted on too: "Renault will lend Andina $250m", "ordered Turkey to pay Iraq"
        if child.dep_ == "dobj" or child.dep_ == "dative" and child.pos_ == "PROPN":
            predicate, known = vocabulary_predicate(vocabulary, verb_lemma(verb))
            if verb_lemma(verb) == "see" and not _in_court(verb):
                continue  # "we saw the minister": seeing is no act on its object ("see them in court" is)
            if verb_lemma(verb) == "see" and "sue" in vocabulary.predicates:
                predicate, known = "sue", True  # "We will see them in court"
            if not known and _classifies(verb):
                continue  # "they list Hague as a supporter": what he is, not what they did to him
            if predicate == "attack" and verbal_target(child) and "criticize" in vocabulary.predicates:
                predicate = "criticize"  # "Mr Howard attacked the government's failure": words, not arms
            yield Candidate(subject, predicate, child, verb, "subject_verb_object", 0.9 if known else 0.7)


def _after_a_participant(verb: Token, prep: Token) -> bool:
    """True for a preposition after another that already names whom the verb acts on: in "turn on
    Reeves over VAT", "over" says what the quarrel is about."""
    return any(
        c.dep_ == "prep" and c.i < prep.i and c.lower_ in _ARGUMENT_PREPS and any(g.dep_ == "pobj" for g in c.children)
        for c in verb.children
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
    if verb_lemma(verb) in _NOT_ACTIONS:
        return
    subject = clause_subject(verb)
    if subject is None:
        return
    if light_verb_nouns(verb, vocabulary):
        return  # "impose sanctions on Russia" is sanction, not impose_on
    has_object = (
        any(c.dep_ == "dobj" and not amount(c) for c in verb.children) and _light_verb_object(verb, vocabulary) is None
    )
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _ARGUMENT_PREPS and (verb_lemma(verb), prep.lower_) not in _INTO:
            continue
        predicate, known = vocabulary_predicate(vocabulary, verb_lemma(verb), prep.lower_)
        if prep.lower_ == "at" and _lashing(verb) and "criticize" in vocabulary.predicates:
            predicate, known = "criticize", True  # "Mr Trump lashed out at Canada": words aimed at, not a place
        if has_object and vocabulary.by_lemma.get(f"{verb_lemma(verb)} {prep.lower_}") is None:
            continue  # "met Biden at the White House": with an object, a preposition adds a circumstance
        if prep.lower_ == "over" and _after_a_participant(verb, prep):
            continue  # "turn on Reeves over VAT", "clashed with Colombia over tariffs": what about, not whom
        noun = _light_verb_object(verb, vocabulary)
        if noun is not None and not known:
            # "conduct business with Russia": a light verb says little, its noun says what was done
            predicate = normalise_predicate(f"{verb_lemma(verb)} {noun.lemma_.lower()} {prep.lower_}")
        if not known and verb_lemma(verb) in SAYING_VERBS and (prep.lower_, verb_lemma(verb)) not in _ADDRESSED:
            continue  # "he added with a smile" (but "wrote to the prime minister" is to whom)
        if prep.lower_ == "from" and verb.lemma_.lower() in RECEIVING_VERBS and received_nouns(verb):
            continue  # "came under scrutiny from the FSA": the FSA scrutinised (received_from)
        if prep.lower_ == "from" and giver_after_from(verb):
            continue  # "raised $12m from Sequoia": Sequoia invested (funds_raised_from)
        for pobj in prep.children:
            if pobj.dep_ == "pobj":
                if pobj.lower_ in _RELATIVE_OBJECTS and verb.dep_ == "relcl":
                    pobj = verb.head  # "Huawei, with which BT has worked": with Huawei
                if (
                    (verb_lemma(verb), prep.lower_) in _GOING
                    and pobj.ent_type_ in ("GPE", "LOC")
                    and "visit" in vocabulary.predicates
                ):
                    # "he is coming to Europe", "would go to Iraq" (not "Boeing went to the WTO")
                    yield Candidate(subject, "visit", pobj, verb, "verb_preposition_object", 0.7)
                    continue
                if (verb_lemma(verb), prep.lower_) in _INTO and country_name(pobj.text) is not None:
                    continue  # "invested $1bn in India": where the money went, not whom it funds
                yield Candidate(subject, predicate, pobj, verb, "verb_preposition_object", 0.8 if known else 0.6)


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
_GOING = frozenset({("go", "to"), ("come", "to")})
#: Verbs whose "in" names who receives what they put in: "invested $10bn in OpenAI".
_INTO = frozenset({("invest", "in")})
#: Verbs of saying with the preposition of whom they address: "wrote to Mr Blair", "replied to".
_ADDRESSED = frozenset({("to", "write"), ("to", "reply"), ("to", "explain")})


#: Prepositions that attach a second participant after a verb's object ("took their case to the
#: Lords", "bought a stake in Sina"); "at" and "in" with a verb mostly say where, so they count
#: only when they hang from the object noun.
_OBJECT_PREPS = frozenset({"to", "with", "against", "into", "from", "over", "for", "on", "in", "of"})
_VERB_OBJECT_PREPS = frozenset({"to", "with", "against", "into", "from", "for", "through"})
#: Nouns of doubt about someone, whose "about" names whom: "had long had reservations about the Lords".
_MISGIVINGS = frozenset("reservation misgiving doubt concern worry qualm".split())
#: Nouns of a verbal attack aimed "at" someone: "took a swipe at", "had a dig at", "took aim at".
_JIBES = frozenset("aim swipe dig jibe jab shot potshot broadside swipes digs jibes".split())
#: What one holds in a company, whose "in" names the company wherever the parse hangs it ("buys stake in Sina").
_HOLDINGS = frozenset({"stake", "share", "holding", "shareholding", "interest"})
#: Nouns of an agreement or a negotiation, whose "on" or "over" names what it is about.
_TOPICAL_NOUNS = frozenset(
    "deal agreement accord pact treaty truce settlement compromise talk talks negotiation discussion consensus".split()
)
_TOPIC_PREPS = frozenset({"on", "over"})


def verb_object_preposition(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """A verb, its common-noun object and a preposition naming the actor: "Shanda bought a stake in
    Sina" → Shanda –buy_stake_in→ Sina, "the detainees took their case to the Lords" → take_case_to."""
    lemma = verb_lemma(verb)
    addressed = ("to", lemma) in _ADDRESSED  # "wrote a letter to Mr Bush"
    if lemma in _NOT_ACTIONS or lemma in SAYING_VERBS and not addressed or light_verb_nouns(verb, vocabulary):
        return
    subject = clause_subject(verb)
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if noun is not None and noun.is_upper and len(noun.text) > 1:
        return  # "left ECOWAS together with Mali": an acronym is a body's name, not a common noun
    if noun is not None and amount(noun) and not _priced(noun):
        return  # "invested $10bn in OpenAI": a sum is no object; the verb and its preposition say it
    if subject is None or noun is None or title_predicate([noun.text]) is not None:
        return  # "called the Liberal leader back to Downing Street": the leader is whom, the street where
    preps = [
        (p, p.head.i == noun.i)
        for p in (*noun.children, *verb.children)
        if (p.dep_ == "prep" or p.dep_ == "dative" and p.pos_ == "ADP")  # "sell planes to Air China"
        and p.i > noun.i
        and (
            p.lower_ in _OBJECT_PREPS or p.lower_ == "about" and noun.lemma_.lower() in _MISGIVINGS
            if p.head.i == noun.i
            else p.lower_ in _VERB_OBJECT_PREPS or p.lower_ == "in" and noun.lemma_.lower() in _HOLDINGS
        )
        or p.lower_ == "at"
        and noun.lemma_.lower() in _JIBES
    ]
    preps.extend((p, True) for p in _kind_preps(noun))
    preps.extend((p, False) for p in _relative_preps(verb, noun))
    owned = any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children)  # someone else's
    received = lemma in RECEIVING_VERBS and (
        vocabulary.for_noun(noun.lemma_.lower()) is not None or noun.lemma_.lower() in REBUKES
    )
    for prep, _on_noun in preps:
        if (received or giver_after_from(verb)) and prep.lower_ == "from":
            continue  # "faced criticism from the Commission": the Commission criticised (received_from)
        if lemma in SAYING_VERBS and prep.lower_ != "to":
            continue  # "wrote an article for the Guardian" says where, not to whom
        if prep.lower_ == "of" or owned:  # "back Ukraine's entry into the WTO": not the US's entry
            continue  # "the resignation of the minister" is the object's owner (see reach)
        if prep.lower_ in _TOPIC_PREPS and noun.lemma_.lower() in _TOPICAL_NOUNS:
            continue  # "struck a deal on Northern Ireland": what the deal is about, not with whom
        predicate = normalise_predicate(f"{lemma} {noun.lemma_.lower()} {prep.lower_}")
        if prep.lower_ == "at" and "criticize" in vocabulary.predicates:
            predicate = "criticize"  # "took a swipe at Mr Sunak"
        words = f"{verb.text} {noun.text} {prep.text}"
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and not pobj.lower_.endswith(("self", "selves")):  # "made a name for himself"
                if pobj.lower_ in _RELATIVE_OBJECTS:
                    pobj = verb.head
                for named in listed_names(pobj):  # "owes money to companies including DNO and Gulf Keystone"
                    yield Candidate(
                        subject,
                        predicate,
                        _classified_name(named),
                        verb,
                        "verb_object_preposition",
                        0.6,
                        reach=False,
                        words=words,
                    )


#: Relative pronouns a preposition before a relative clause takes: "Sina, in which Shanda bought a stake".
_RELATIVE_OBJECTS = frozenset({"which", "whom"})


def _relative_preps(verb: Token, noun: Token) -> list[Token]:
    """The preposition that opens a relative clause and names the noun the clause describes: "Sina, in
    which Shanda bought a stake" → "in" (its object is Sina)."""
    if verb.dep_ != "relcl":
        return []
    return [
        p
        for p in verb.children
        if p.dep_ == "prep"
        and p.i < verb.i
        and (p.lower_ in _VERB_OBJECT_PREPS or p.lower_ == "in" and noun.lemma_.lower() in _HOLDINGS)
        and any(c.dep_ == "pobj" and c.lower_ in _RELATIVE_OBJECTS for c in p.children)
    ]


def _priced(noun: Token) -> bool:
    """True for a noun of a thing whose price stands before it: "made a $143bn offer for Unilever" (but
    "$10bn" and "tonnes" are the sum)."""
    return noun.is_alpha and noun.ent_type_ == "" and noun.pos_ == "NOUN"


#: Prepositions after the noun of "a motion of censure against", "a vote of no confidence in" that name
#: whom the kind of motion is aimed at.
_AIMED_PREPS = frozenset({"against", "in", "on", "with"})


def _kind_preps(noun: Token) -> list[Token]:
    """The prepositions hung from the noun after "of" that says what kind the object is: "back a motion
    of censure against the government" (not "the release of rupees in school funding": a plural or a
    name after "of" is what the object holds, not its kind)."""
    return [
        prep
        for of in noun.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for kind in of.children
        if kind.dep_ == "pobj" and kind.tag_ == "NN"
        for prep in kind.children
        if prep.dep_ == "prep" and prep.lower_ in _AIMED_PREPS
    ]


def _classified_name(noun: Token) -> Token:
    """The name a classifier or title noun stands beside, else the noun: "a proposal for the NOP World
    research unit", "an office with the MP for Sedgefield, Tony Blair" (but "sued its rival in a US
    court" is a court in a country, not one named)."""
    titled = titled_name(noun)
    if titled is not None:
        return titled
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in CLASSIFIER_NOUNS:
        return noun
    return next(
        (c for c in noun.children if c.dep_ == "compound" and c.ent_type_ == "ORG" and noun.i - c.i <= 3),
        noun,
    )


def _light_verb_object(verb: Token, vocabulary: Vocabulary) -> Token | None:
    """The common-noun object of a light verb ("conduct business"), if it has one."""
    if verb_lemma(verb) not in vocabulary.light_verbs:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)


def passive_agent(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """Passive clause with an agent: "Trump was praised by Rutte" → Rutte –praise→ Trump, and a
    participle after its noun: "Manchester United, owned by Malcolm Glazer, …" → own."""
    patients = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not patients and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("PROPN", "NOUN"):
        patients = [verb.head]
    if not patients and _fronted_participle(verb):
        main = clause_subject(verb.head)  # "Backed by Qatar, the group …", "Having been criticised by Labour, he …"
        patients = [main] if main is not None else []
    if (
        not patients
        and verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and not any(c.dep_ in SUBJECTS for c in verb.children)
    ):
        # "was appointed by X and sacked by Y", "Kraft bought Cadbury and was criticised by Unite"
        shared = ("nsubjpass", "nsubj") if any(c.dep_ == "auxpass" for c in verb.children) else ("nsubjpass",)
        patients = [c for c in verb.head.children if c.dep_ in shared]
    if not patients:
        return
    for agent in (*verb.children, *_agents_after_as(verb)):
        if agent.dep_ != "agent" and not _stray_agent(verb, agent):
            continue
        for pobj in agent.children:
            if pobj.dep_ == "pobj":
                predicate, known = vocabulary_predicate(vocabulary, verb_lemma(verb))
                for patient in patients:
                    yield Candidate(pobj, predicate, patient, verb, "passive_agent", 0.9 if known else 0.7)


def _fronted_participle(verb: Token) -> bool:
    """True for a passive participle set before its clause, without a subject of its own: "Backed by Qatar,
    the group …", "Having been criticised by Labour, Mr Blair …"."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and verb.i < verb.head.i
        and not any(c.dep_ in SUBJECTS or c.dep_ == "mark" for c in verb.children)
    )


def _stray_agent(verb: Token, prep: Token) -> bool:
    """A passive's "by" the parse took for a plain preposition after a sum: "Meta was fined £1m by Ofcom"."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "by"
        and any(c.dep_ == "auxpass" for c in verb.children)
        and any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in prep.children)
    )


def _agents_after_as(verb: Token) -> list[Token]:
    """A passive's "by" the parse hung from the noun of its "as": "Mr Ghosn was replaced as chairman by Mr
    Senard", "the Law Lords will be replaced as the highest court by a Supreme Court"."""
    return [
        by
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "as"
        for role in prep.children
        if role.dep_ == "pobj"
        for by in role.children
        if by.dep_ == "prep" and by.lower_ == "by"
    ]


def light_verb_noun(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """Light verb whose meaning sits in the noun: "maintain the pressure on Russia" → pressure Russia,
    "impose sanctions on Iran" → sanction Iran, "hold talks with Kyiv" → talk Kyiv."""
    subject = clause_subject(verb)
    if subject is None:
        return
    for noun, predicate in light_verb_nouns(verb, vocabulary):
        if predicate == "attack" and "criticize" in vocabulary.predicates and verbal_attack(noun):
            predicate = "criticize"  # "launched a scathing attack on Mr Netanyahu"
        if predicate == "attack" and labour_strike(noun) and _at_employer(verb, noun):
            continue  # "announced strikes at Amazon": a stoppage of work (strike_called_at)
        own = [p for p in noun.children if p.dep_ == "prep" and p.lower_ in _ARGUMENT_PREPS]
        # the parser may hang "on Russia" from the verb; when the noun has its own, the verb's say more
        # about the circumstances ("raise the pressure on Blair over reform to the Lords")
        shared = vocabulary.predicates[predicate].symmetric if predicate in vocabulary.predicates else False
        borrowed = [] if own else [p for p in verb.children if p.dep_ == "prep" and _borrowed(verb, p, shared)]
        for prep in (*own, *borrowed):
            if prep.dep_ == "prep":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        yield Candidate(subject, predicate, pobj, verb, "light_verb_noun", 0.85)
        for aimed in noun.children:  # "announced new sanctions targeting Russia"
            if aimed.dep_ == "acl" and aimed.tag_ == "VBG" and aimed.lemma_.lower() in _AIMING:
                for target in aimed.children:
                    if target.dep_ == "dobj":
                        yield Candidate(subject, predicate, target, verb, "light_verb_noun", 0.8)


def _at_employer(verb: Token, noun: Token) -> bool:
    """True when a strike is "at" a named employer: "announced strikes at Amazon"."""
    return any(p.dep_ == "prep" and p.lower_ == "at" for p in (*noun.children, *verb.children))


#: Participles after a light verb's noun that name whom it is aimed at: "sanctions targeting Russia".
_AIMING = frozenset({"target", "hit"})
#: Prepositions a light verb's noun takes for its participant, when the parser hangs them from the verb.
_NOUN_PREPS = frozenset({"on", "against", "with"})
#: Light verbs of giving, whose "to" names the receiver: "offered support to Ukraine".
_GIVING_LIGHT_VERBS = frozenset({"offer", "give", "provide", "extend", "pledge", "lend"})


def _borrowed(verb: Token, prep: Token, shared: bool) -> bool:
    """True for a preposition hung from a light verb that belongs to its noun: "put pressure on",
    "offered support to Ukraine" (not "held talks in Paris", nor "offered talks to Pyongyang", which
    were offered, not held)."""
    if prep.lower_ == "to":
        return not shared and verb.lemma_.lower() in _GIVING_LIGHT_VERBS
    return prep.lower_ in _NOUN_PREPS


#: The rules, in the order their results are preferred when two give the same triple.
RULES: tuple[Callable[[Token, Vocabulary], Iterator[Candidate]], ...] = (
    light_verb_noun,
    passive_agent,
    subject_verb_object,
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
)
