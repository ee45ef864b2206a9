"""Relation rules for the other participant of an event: the object of an infinitive ("allowed
Britain to take the lead"), the event a clause is set in ("in talks with"), who made what a verb
acts on ("rejected a plea by"), what a subject receives from another ("faced criticism from") or
gives another ("gave Kyiv weapons"), and who is put out of a body ("expelled from the Labour
Party"). Demands are in `demands.py`, coordinated subjects who act together in `pairs.py`.

Each rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate, amount, verb_lemma, vocabulary_predicate
from kg.extract.clause_subjects import clause_subject
from kg.extract.faced import PENALTY_NOUNS, maker_agents
from kg.extract.grammar import EVENT_SUFFIXES, EVENT_WORDS, SPEECH_NOUNS
from kg.vocabulary import Vocabulary, normalise_predicate

#: Verbs that act on someone so that they do something: "allowed Britain to take the lead",
#: "urged the EU to recognise …". General English verbs of permitting, asking and forcing.
CONTROL_VERBS = frozenset(
    (
        "allow permit let enable authorise authorize urge ask encourage invite persuade convince press pressure "
        "pressurise pressurize push force compel oblige order instruct tell prompt lead require beg implore "
        "advise warn help challenge empower woo lure entice tempt induce lobby coax cajole incite direct"
    ).split()
)


def object_of_infinitive(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """A verb of permitting, asking or forcing whose object the parse makes the subject of the
    infinitive after it: "the US had allowed Britain, France and Germany to take the lead" → United
    States –allow→ United Kingdom (with "urged Congress to act" the object is a plain dobj)."""
    lemma = verb.lemma_.lower()
    if lemma not in CONTROL_VERBS or any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return
    subject = clause_subject(verb)
    if subject is None:
        return
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "xcomp") or not any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children
        ):
            continue
        for actor in clause.children:
            if actor.dep_ == "nsubj" and actor.pos_ in ("PROPN", "NOUN"):
                predicate, known = vocabulary_predicate(vocabulary, lemma)
                yield Candidate(subject, predicate, actor, verb, "object_of_infinitive", 0.85 if known else 0.7)


#: Prepositions that set a clause inside an event: "in talks with", "during a meeting with".
_SETTING_PREPS = frozenset({"in", "during", "after", "at", "following"})
#: Predicates of a meeting a clause may go "for": "flew to Brussels for talks with Mr Barroso".
_MEETINGS = frozenset({"talk", "meet"})
#: Nouns with "with" that name no event between two actors: "in line with", "in connection with".
_NOT_SHARED = frozenset(
    "line connection comparison accordance conjunction contrast keeping step tandem touch common relation".split()
)


#: Nouns of words addressed to someone: "In a letter to Mr Blair, Mr Brown said …".
_ADDRESSES = frozenset("letter statement speech message address submission testimony memo note".split())


def _an_event_noun(noun: Token) -> bool:
    """ "talks", "interview", "meeting", and plurals of event nouns: "in conversations with Mr Bush"."""
    endings = (*EVENT_SUFFIXES, "ing", "view", "views")
    return noun.lower_.endswith(endings) or noun.lemma_.lower().endswith(endings)


def event_with_participant(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The subject of a clause set in an event with another actor took part in it: "In a filing
    with the SEC, Sina said …" → Sina –file_with→ SEC, "Mr Blair had seen the change in
    conversations with Mr Bush" → talk, "During an interview with Bloomberg, Rutte was asked …"."""
    settings = [
        c
        for c in verb.children
        if c.dep_ == "prep" and (c.lower_ in _SETTING_PREPS or c.lower_ in ("on", "for", "from"))
    ]
    # "walked away from talks with", "pulled out of talks with": left the talks, named with the way out
    left = [
        (adverb, p)
        for adverb in verb.children
        if adverb.dep_ in ("advmod", "prt", "prep") and adverb.lower_ in ("away", "out")
        for p in adverb.children
        if p.dep_ == "prep" and p.lower_ in ("from", "of")
    ]
    settings += [p for _, p in left]
    if not settings:
        return
    subject = clause_subject(verb) or next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None:
        return
    for prep in settings:
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.pos_ != "NOUN" or noun.lemma_.lower() in _NOT_SHARED:
                continue
            known = vocabulary.for_noun(noun.lower_) or vocabulary.for_noun(noun.lemma_.lower())
            if prep.lower_ == "on" and known != "visit":
                continue  # "on a trip to Kyiv" sets the clause; "commented on a deal with" is what was said
            way_out = next((a for a, p in left if p.i == prep.i), None)
            if way_out is not None and known in _MEETINGS:
                known = normalise_predicate(f"{verb.lemma_.lower()} {way_out.lower_} {prep.lower_} {noun.lower_} with")
            elif prep.lower_ in ("for", "from", "of") and known not in _MEETINGS:
                # "travel to Baghdad for talks with Mr Sudani", "emerged from a meeting with Mr Xi" (but "pay
                # for a deal with" is no meeting, nor "withdrew from a deal with")
                continue
            addressed = noun.lemma_.lower() in _ADDRESSES
            if known is None and not addressed and not _an_event_noun(noun):
                continue  # "in the building with …"
            for partner in (*noun.children, *_deal_partners(noun)):
                if partner.dep_ == "prep" and (
                    partner.lower_ == "with" or partner.lower_ == "to" and (addressed or known == "visit")
                ):  # "During a visit to Beijing, Mr Scholz met …"
                    predicate = known or normalise_predicate(f"{noun.lemma_.lower()} {partner.lower_}")
                    doer = _guest(verb) if known == "visit" else None
                    for pobj in partner.children:
                        if pobj.dep_ == "pobj":
                            yield Candidate(
                                doer or subject,
                                predicate,
                                pobj,
                                verb,
                                "event_with_participant",
                                0.75 if known else 0.6,
                                reach=False,
                                words=f"{prep.text} {noun.text} {partner.text}",
                            )


#: Nouns of a deal that talks are about, whose "with" names the other side of the talks.
_DEALS_TALKED = frozenset({"merger", "deal", "takeover", "tie-up", "alliance", "partnership", "agreement"})


def _deal_partners(noun: Token) -> list[Token]:
    """The "with" of the deal talks are about: "in talks about a merger with Verizon" → with Verizon."""
    if noun.lower_ not in ("talks", "negotiations", "discussions"):
        return []
    return [
        p
        for topic in noun.children
        if topic.dep_ == "prep" and topic.lower_ in ("about", "over", "on")
        for deal in topic.children
        if deal.dep_ == "pobj" and deal.lemma_.lower() in _DEALS_TALKED
        for p in deal.children
        if p.dep_ == "prep" and p.lower_ == "with"
    ]


#: Verbs of receiving a guest: the visit their clause is set in is the guest's.
_HOSTING = frozenset({"host", "welcome", "receive", "greet", "entertain"})


def _guest(verb: Token) -> Token | None:
    """The guest whose visit a host's clause is set in: "Macron hosts Xi on state visit to Paris" (Xi
    visits Paris, not Macron)."""
    if verb.lemma_.lower() not in _HOSTING:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


#: Nouns of asking someone to act: "the Lords rejected a plea by Lord Falconer" (Falconer urged the Lords).
_PLEAS = frozenset("plea appeal request call demand".split())


def maker_of_plea(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """Who made a plea urged the one who rejected, heard or answered it: "the Lords rejected a plea by
    Lord Falconer" → Lord Falconer –call→ House of Lords (urged)."""
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _PLEAS), None)
    if noun is None or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return
    subject = clause_subject(verb)
    if subject is None:
        return
    urged, _ = vocabulary_predicate(vocabulary, "urge")
    makers = [p for p in (*noun.children, *verb.children) if p.i > noun.i and p.dep_ in ("prep", "agent")]
    for prep in makers:
        if prep.lower_ in ("by", "from"):
            for maker in prep.children:
                if maker.dep_ == "pobj":
                    words = f"{noun.text} {prep.text}"
                    yield Candidate(maker, urged, subject, verb, "maker_of_plea", 0.6, reach=False, words=words)


def maker_of_object(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """An active verb whose object's maker the parse hangs from the verb as if it were a passive's
    agent: "the Lords rejected a plea by Lord Falconer" → House of Lords –oppose_plea_by→ Falconer."""
    agent = noun = None
    for child in verb.children:
        dep = child.dep_
        if dep == "agent":
            agent = child
        elif dep == "dobj" and noun is None and child.pos_ == "NOUN":
            noun = child
        elif dep in ("auxpass", "nsubjpass"):
            return
    if agent is None or noun is None or agent.i < noun.i:
        return
    lemma = noun.lemma_.lower()
    if lemma not in SPEECH_NOUNS and lemma not in EVENT_WORDS and not noun.lower_.endswith(EVENT_SUFFIXES):
        return
    subject = clause_subject(verb)
    if subject is None:
        return
    predicate = normalise_predicate(f"{vocabulary_predicate(vocabulary, verb_lemma(verb))[0]} {lemma} by")
    for pobj in agent.children:
        if pobj.dep_ == "pobj":
            words = f"{verb.text} {noun.text} {agent.text}"
            yield Candidate(subject, predicate, pobj, verb, "maker_of_object", 0.6, reach=False, words=words)


#: Verbs by which the subject receives what another does to it: "faced criticism from", "won praise
#: from", "came under pressure from" (not "withdrew its support from", where "from" is whom).
RECEIVING_VERBS = frozenset(
    "face receive get win draw attract earn meet come be suffer endure reject dismiss rebuff accept welcome have "
    "enjoy secure gain".split()
)


#: Inquiries and suits a subject faces or comes under, and what their maker does: "Amazon is under
#: investigation by the FTC" → FTC –investigate→ Amazon.
INQUIRIES = {
    "investigation": "investigate",
    "probe": "investigate",
    "inquiry": "investigate",
    "enquiry": "investigate",
    "scrutiny": "investigate",
    "prosecution": "prosecute",
    "lawsuit": "sue",
}


#: Rebukes a subject faces or comes under: "Boeing came under fire from the FAA" → FAA –criticize→ Boeing.
REBUKES = {
    "fire": "criticize",
    "backlash": "criticize",
    "flak": "criticize",
    "rebuke": "criticize",
    "anger": "criticize",  # "faces anger from backbenchers over fuel duty"
    "fury": "criticize",
    "outrage": "criticize",
    "condemnation": "criticize",
    # "faces a revolt from her own backbenchers": the backbenchers revolt against her
    "revolt": "revolt_against",
    "rebellion": "rebel_against",
    "resistance": "oppose",
    "challenge": "challenge",
    # and what is sent to the subject, done by its sender: "received a letter from Mr Kennedy"
    "letter": "write_to",
    "invitation": "invite",
    "apology": "apologise_to",
    "ultimatum": "threaten",
}


def received_from(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """What the subject receives from another actor, named by a noun of the vocabulary: "Apple faces
    criticism from the European Commission" → European Commission –criticize→ Apple, "Mr Blair
    came under pressure from Mr Brown" → pressure."""
    if verb.lemma_.lower() not in RECEIVING_VERBS:
        return
    for noun in received_nouns(verb):
        predicate = vocabulary.for_noun(noun.lower_) or vocabulary.for_noun(noun.lemma_.lower())
        if predicate is not None and vocabulary.predicates[predicate].symmetric:
            continue
        predicate = (
            predicate
            or INQUIRIES.get(noun.lemma_.lower())
            or REBUKES.get(noun.lemma_.lower())
            or PENALTY_NOUNS.get(noun.lemma_.lower())
        )
        if predicate is None:
            continue
        subject = clause_subject(verb) or next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subject is None:
            return
        # "won the backing of the TUC" ("of" only after "the": "faced a barrage of criticism" is no one)
        of = any(c.lower_ == "the" for c in noun.children)
        own = [p for p in noun.children if p.dep_ == "prep" and (p.lower_ in ("from", "by") or of and p.lower_ == "of")]
        hung = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "from" and p.i > noun.i]
        own += maker_agents(noun)  # "faces a lawsuit brought by the FTC"
        for prep in own or hung:  # "won praise from Mr Bush", with "from" hung from the verb
            if prep.dep_ in ("prep", "agent"):
                for giver in prep.children:
                    if giver.dep_ == "pobj":
                        words = f"{verb.text} {noun.text} {prep.text}"
                        yield Candidate(giver, predicate, subject, verb, "received_from", 0.7, reach=False, words=words)


def received_nouns(verb: Token) -> list[Token]:
    """The nouns of what a verb's subject receives: its object, or what it comes under ("came under fire")."""
    return [
        noun
        for child in verb.children
        for noun in (
            [child]
            if child.dep_ == "dobj"
            else child.children
            if child.dep_ == "prep" and child.lower_ == "under"
            else ()
        )
        if noun.dep_ in ("dobj", "pobj") and noun.pos_ == "NOUN"
    ]


#: Verbs that pass something to the person of their indirect object: "gave Mr Brown a date to aim for".
GIVING_VERBS = frozenset("give offer hand grant award lend send sell pay promise owe pledge donate provide".split())
#: Entity types of a sum or a count, which name no thing given: "lent India $1bn" is lend_to.
_AMOUNTS = frozenset({"MONEY", "CARDINAL", "QUANTITY", "PERCENT"})


def indirect_object(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The receiver of a verb of giving, named before what is given: "Mr Blair's decision has given
    Mr Brown something to aim for" → Tony Blair –give_to→ Gordon Brown, "Microsoft offered Yahoo a
    deal" → offer_deal_to."""
    lemma = verb.lemma_.lower()
    if lemma not in GIVING_VERBS:
        return
    receiver = next((c for c in verb.children if c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN")), None)
    given = next((c for c in verb.children if c.dep_ == "dobj"), None)
    subject = clause_subject(verb)
    if receiver is None or given is None or subject is None or given.i < receiver.i:
        return
    thing = f" {given.lemma_.lower()}" if given_thing(given) else ""  # "paid Samsung $500m"
    predicate = normalise_predicate(f"{lemma}{thing} to")
    words = f"{verb.text} {receiver.text}"
    yield Candidate(subject, predicate, receiver, verb, "indirect_object", 0.6, reach=False, words=words)


def given_thing(given: Token) -> bool:
    """True when what a verb of giving gives is a thing named by a noun ("a clear run", "a deal"), not a
    sum or a count ("$500m", "250 million dollars") or a pronoun ("something")."""
    amount = given.ent_type_ in _AMOUNTS or any(
        c.ent_type_ in _AMOUNTS or c.tag_ == "$" or c.like_num for c in given.children
    )
    return given.pos_ == "NOUN" and not amount


def sum_given_to(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The receiver of a sum, named after "to": "Volkswagen agreed to pay $14.7bn to the Environmental
    Protection Agency" → pay_to, "the company owes $2bn to suppliers including Siemens and ABB" → owe_to
    Siemens (and ABB): a sum is no thing acted on, so the rule of verb, object and preposition leaves it."""
    lemma = verb.lemma_.lower()
    given = next((c for c in verb.children if c.dep_ == "dobj"), None) if lemma in GIVING_VERBS else None
    subject = clause_subject(verb) if given is not None and amount(given) else None
    if subject is None or given is None:
        return
    for to in (*verb.children, *_kind_of_sum(given)):
        if to.dep_ in ("dative", "prep") and to.lower_ == "to" and to.i > given.i:
            receiver = next((c for c in to.children if c.dep_ == "pobj"), None)
            for named in listed_names(receiver) if receiver is not None else ():
                words = f"{verb.text} {given.text} {to.text}"
                yield Candidate(
                    subject, normalise_predicate(f"{lemma} to"), named, verb, "sum_given_to", 0.6, words=words
                )


def _kind_of_sum(given: Token) -> list[Token]:
    """The prepositions after the kind of a sum: "pledged $10bn in loans to Pakistan" → "to"."""
    return [
        to
        for kind in given.children
        if kind.dep_ == "prep" and kind.lower_ in ("in", "of")
        for noun in kind.children
        if noun.dep_ == "pobj"
        for to in noun.children
    ]


def listed_names(noun: Token) -> list[Token]:
    """The names a plural noun lists ("suppliers including Siemens and ABB", "airlines such as Ryanair"),
    else the noun itself; the names' own conjuncts follow from the first."""
    # the parse may hang the list from the last noun of a relative clause: "the companies that pump the
    # region's oil, including DNO and Gulf Keystone"
    clauses = [o for c in noun.children if c.dep_ == "relcl" for o in c.children if o.dep_ == "dobj"]
    for prep in (*noun.children, *(p for o in clauses for p in o.children)):
        if prep.dep_ == "prep" and (
            prep.lower_ in ("including", "like")
            or prep.lower_ == "as"
            and any(c.lower_ == "such" for c in prep.children)
        ):
            named = [c for c in prep.children if c.dep_ == "pobj" and (c.pos_ == "PROPN" or prep.head.i == noun.i)]
            if named:
                return named
    return [noun]


#: Verbs whose passive with "from" names who did it: "Mr Galloway was expelled from the Labour party".
_PUT_OUT = frozenset("expel suspend sack dismiss oust eject fire ban bar exclude".split())


def put_out_from(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The body that put its member out, named after "from" in a passive without an agent: "Mr Galloway
    was expelled from the Labour party" → Labour Party –expel→ George Galloway; also as a participle after
    the name: "George Galloway, expelled from Labour in 2003, is standing"."""
    lemma = verb.lemma_.lower()
    if lemma not in _PUT_OUT or any(c.dep_ == "agent" for c in verb.children):
        return
    patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if patient is None and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i < verb.i:
        patient = verb.head
    if patient is None:
        return
    predicate, known = vocabulary_predicate(vocabulary, lemma)
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            for body in prep.children:
                if body.dep_ == "pobj":
                    yield Candidate(
                        body,
                        predicate,
                        patient,
                        verb,
                        "put_out_from",
                        0.7 if known else 0.6,
                        words=f"{verb.text} {prep.text}",
                    )
