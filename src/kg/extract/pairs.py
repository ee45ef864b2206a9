"""Relation rules for two coordinated subjects caught up in one shared event or quarrel: "Vodafone
and Orange are in talks" → talk, "Britain and France are at odds over fishing" → at_odds_with, and
for those who act together: "Joe Biden and Xi Jinping met in Bali" → meet, "struck a deal" → sign.

Each rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate, light_verb_nouns, vocabulary_predicate
from kg.vocabulary import Vocabulary, normalise_predicate

#: Nouns of a shared state two parties are "in" or "at", and the predicate each gives.
_SHARED_STATES = {
    "talks": "talk",
    "negotiations": "talk",
    "discussions": "talk",
    "dispute": "dispute_with",
    "row": "row_with",
    "war": "war_with",
    "conflict": "conflict_with",
    "standoff": "dispute_with",
    "stand-off": "dispute_with",
    "odds": "at_odds_with",
    "loggerheads": "at_loggerheads_with",
}
#: Verbs that put their subject in a state: "are in talks", "have been locked in a dispute".
_BEING = frozenset({"be", "lock", "remain", "embroil", "engage", "enter"})


def pair_in_state(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """Two coordinated subjects in a shared state with no third party after "with": "Vodafone and
    Orange are in merger talks" → Vodafone –talk→ Orange, "the US and China have been locked in a
    trade war" → war_with (not "Britain and France are in talks with Iran": Iran is the other side)."""
    if verb.lemma_.lower() not in _BEING:
        return
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    partner = coordinated_partner(subject, verb) if subject is not None else None
    if subject is None or partner is None:
        return
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
            continue
        for noun in prep.children:
            state = _SHARED_STATES.get(noun.lower_) if noun.dep_ == "pobj" else None
            if state is None or any(p.dep_ == "prep" and p.lower_ in ("with", "between") for p in noun.children):
                continue
            kind = next((c.lower_ for c in noun.children if c.dep_ == "compound"), None)
            if state == "talk":
                state = vocabulary.for_noun("talks") or state
            elif kind is not None and kind.isalpha():
                state = f"{kind}_{state}"  # "a trade war" is not a war
            words = f"{prep.text} {noun.text}"
            yield Candidate(subject, state, partner, verb, "pair_in_state", 0.65, reach=False, words=words)


#: Verbs that two coordinated subjects do with each other: "Mr Biden and Mr Xi met in Bali", "Airbus and
#: Boeing compete for orders".
RECIPROCAL_VERBS = frozenset(
    "meet talk speak negotiate agree disagree clash quarrel row feud spar merge cooperate collaborate reconcile"
    " partner team compete vie collude".split()
)


def reciprocal_subjects(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """Coordinated subjects of a verb done together, with no object: "Joe Biden and Xi Jinping met in
    Bali" → Joe Biden –meet→ Xi Jinping, "MPs and peers have failed to agree on reform" → agree_with."""
    children = list(verb.children)
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "xcomp" and not any(c.dep_ == "dobj" for c in verb.head.children):
        # not "Qatar and Egypt urged both sides to return to talks": the sides are to return
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)  # "failed to agree"
        if subject is None:
            subject = _raised_subject(verb.head)  # "are scheduled to meet", "are due to meet"
    partner = coordinated_partner(subject, verb) if subject is not None else None
    if subject is None or partner is None or any(p.dep_ == "prep" and p.lower_ == "with" for p in children):
        return  # most verbs have one subject; "A and B met with C": C is whom they met
    lemma = verb.lemma_.lower()
    if lemma == "team":
        if not any(c.dep_ == "prt" and c.lower_ == "up" for c in children):
            return  # "teamed up" is done together; a team is no act
        lemma = "partner"
    if lemma == "work" and any(c.dep_ == "advmod" and c.lower_ == "together" for c in children):
        lemma = "cooperate"  # "Britain and France will work together on migration"
    predicate = _shared_event_object(verb, vocabulary)  # "Mr Biden and Mr Xi held talks"
    if predicate is None and _to_the_table(verb):
        predicate = vocabulary.for_noun("talks") or "talk"  # "Unifor and Northline will return to the table"
    known = predicate is not None
    if predicate is None:
        joint = lemma == "agree" and any(c.dep_ == "xcomp" and c.lemma_.lower() in _JOINT_ACTS for c in children)
        if (
            lemma not in RECIPROCAL_VERBS
            or not joint
            and any(c.dep_ in ("dobj", "dative", "xcomp", "ccomp") and not _topic(c) for c in children)
        ):
            return  # "France and Germany agreed to cut tariffs": each agreed, not with each other
        if lemma in _SPEAKING and any(c.dep_ == "prep" and c.lower_ in _AUDIENCE_PREPS for c in children):
            return  # "Mr Brown and Mr Milburn spoke at the rally": each to an audience, not to each other
        predicate, known = vocabulary_predicate(vocabulary, lemma, "with")
    yield Candidate(subject, predicate, partner, verb, "reciprocal_subjects", 0.75 if known else 0.6)


#: Verbs of speaking that two subjects may do each to an audience, and the prepositions naming one.
_SPEAKING = frozenset({"speak", "talk"})
_AUDIENCE_PREPS = frozenset({"at", "to", "before", "during"})


#: Words that lend a verb's subject to the infinitive after them: "are scheduled to meet", "are due to meet".
_RAISING = frozenset({"schedule", "expect", "set", "due", "slate", "poise", "likely"})


def _raised_subject(frame: Token) -> Token | None:
    """The subject of "Biden and Modi are scheduled / expected / due to meet", read from the frame word."""
    if frame.lemma_.lower() not in _RAISING:
        return None
    if frame.dep_ == "acomp":  # "are due to meet": the subject hangs from "are"
        return next((c for c in frame.head.children if c.dep_ == "nsubj"), None)
    return next((c for c in frame.children if c.dep_ == "nsubjpass"), None)


def _listed_name(subject: Token, appos: Token) -> bool:
    """A second name of a list the parse took for an apposition: in "Tony Blair, Jacques Chirac and
    Gerhard Schroeder met", Chirac is apposed to Blair and coordinated with Schroeder; one person's name
    never describes another's."""
    return (
        subject.pos_ == appos.pos_ == "PROPN"
        and subject.ent_type_ == appos.ent_type_ == "PERSON"
        and any(c.dep_ == "cc" and c.lower_ == "and" for c in appos.children)
        and any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in appos.children)
    )


def coordinated_partner(subject: Token, verb: Token) -> Token | None:
    """The name coordinated with a subject: "Joe Biden and Xi Jinping met"; also the name the parser
    hung from the subject's apposition, set off by a comma before "and": "Unifor, Canada's largest
    union, and the railway Northline Rail will return to the table", or made a second subject of the
    verb (not "Mr Ali, a lawyer and Labour MP, met …", one man, nor with a verb for one subject:
    "Unifor, a union, and CN has …")."""
    partner = next((c for c in subject.children if c.dep_ == "conj"), None)
    if partner is not None:
        return partner
    if any(c.dep_ == "cc" and c.lower_ == "and" for c in subject.children):
        # "Sadiq Khan, the mayor of London, and Andy Burnham met": parsed as two subjects of one verb
        return next((c for c in verb.children if c.dep_ == "nsubj" and c.i > subject.i), None)
    for appos in subject.children:
        if appos.dep_ == "appos" and _listed_name(subject, appos):
            return appos
        # "Unifor, Canada's largest union, and …"; also "The French president, Jacques Chirac, and Tony
        # Blair clashed": a title whose apposed name is coordinated with the partner
        if appos.dep_ != "appos" or not (appos.pos_ == "NOUN" or appos.pos_ == "PROPN" and subject.pos_ == "NOUN"):
            continue
        partner = next((c for c in appos.children if c.dep_ == "conj"), None)
        if partner is None or partner.pos_ != "PROPN" or not partner.ent_type_:
            return None
        doc = subject.doc
        and_word = doc[partner.left_edge.i - 1]
        comma = doc[and_word.i - 1]
        after = doc[partner.i + 1] if partner.i + 1 < len(doc) else None
        if and_word.lower_ != "and" or comma.text != "," or after is None or after.is_punct:
            return None
        if verb.tag_ == "VBZ" or any(c.dep_ == "aux" and c.tag_ == "VBZ" for c in verb.children):
            return None  # a verb for one subject: the name belongs to the apposition
        return partner
    return None


def _topic(child: Token) -> bool:
    """True for an object the parser hung after a preposition it read as a particle: "Petro and Noboa
    clash over tariffs" is a clash about tariffs, not one done to them."""
    return child.dep_ == "dobj" and any(
        p.dep_ == "prt" and p.lower_ in ("over", "about", "on") and p.i < child.i for p in child.head.children
    )


def _to_the_table(verb: Token) -> bool:
    """True for coming or going back "to the (bargaining) table" or "to talks": talks the parties hold
    together."""
    return verb.lemma_.lower() in ("return", "come", "go", "get") and any(
        p.dep_ == "prep" and p.lower_ == "to" and any(t.lower_ in _TABLES for t in p.children) for p in verb.children
    )


#: What parties come back to when they talk again: "returned to the table", "return to talks".
_TABLES = frozenset({"table", "talks", "negotiations"})  # as written: "talks" is not "talk"
#: Nouns of talks, and the verbs that start, carry on or stop the talks two subjects hold: "Honda and
#: Nissan reopened merger talks", "the two sides resumed negotiations", "broke off talks".
_TALKS = frozenset({"talks", "negotiations", "negotiation"})
_TALKING = frozenset("resume reopen restart begin start open launch continue hold enter suspend end conclude".split())


#: Nouns of a talk two parties have together: "had a phone call", "held a conversation".
_CONVERSATIONS = frozenset({"call", "conversation"})


def _no_talk(call: Token) -> bool:
    """True for a call that is no talk: "had a close call" (a near miss), "a call for calm"."""
    return any(c.lower_ in ("close", "narrow") or c.dep_ == "prep" and c.lower_ == "for" for c in call.children)


#: What two parties can only agree to do together: "Nigeria and Niger agree to reopen border crossings".
_JOINT_ACTS = frozenset(
    "reopen resume restore normalise normalize exchange swap cooperate co-operate merge combine establish settle".split()
)


#: Nouns of an agreement between parties, and the verbs by which the parties make it: "the UK and
#: the EU struck a deal", "Israel and Hamas agreed a ceasefire".
AGREEMENT_NOUNS = frozenset(
    "deal agreement accord pact treaty truce ceasefire settlement compromise alliance partnership".split()
)
_AGREEING = frozenset("strike reach seal clinch agree conclude negotiate forge ink sign finalise finalize".split())
#: Verbs that make or keep a lasting tie, and the ties two subjects make together: "VW and Ford formed a
#: partnership", "Renault and Nissan have deepened their alliance".
_FORMING = frozenset("form create establish build launch forge deepen strengthen renew extend cement expand".split())
_PARTNERSHIPS = frozenset("partnership alliance venture tie-up consortium".split())
#: Verbs by which two subjects agree, announce or complete a merger of the two, and the nouns of one.
_MERGING = _AGREEING | frozenset("announce complete finalise finalize seal plan propose approve".split())
_MERGERS = frozenset({"merger", "combination", "tie-up"})


def _a_merger(noun: Token) -> bool:
    """A merger, or the terms or details of one: "agreed the terms of a merger"."""
    if noun.lemma_.lower() in _MERGERS:
        return True
    return noun.lemma_.lower() in ("term", "detail") and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.lemma_.lower() in _MERGERS for o in p.children)
        for p in noun.children
    )


#: Verbs whose object is what two subjects talked over together.
_DISCUSSING = frozenset({"discuss"})
#: Nouns of a quarrel two parties end together: "Apple and Samsung settled their dispute".
_QUARRELS = frozenset("dispute row feud quarrel differences difference rift battle fight war".split())
_ENDING = frozenset("settle resolve end patch bury".split())


def _shared_event_object(verb: Token, vocabulary: Vocabulary) -> str | None:
    """The predicate of a shared event a light verb's object names, with no other party after it:
    "held talks", "signed a treaty", "struck a deal", "settled their dispute" (not "held talks with Iran")."""
    found = list(light_verb_nouns(verb, vocabulary))
    lemma = verb.lemma_.lower()
    for noun in verb.children:
        if noun.dep_ != "dobj" or noun.pos_ != "NOUN":
            continue
        if lemma in _TALKING and noun.lower_ in _TALKS:
            found.append((noun, vocabulary.for_noun("talks") or "talk"))
        elif lemma in ("have", "hold") and noun.lemma_.lower() in _CONVERSATIONS and not _no_talk(noun):
            # "Mr Biden and Mr Xi had a phone call": each called the other, they talked
            found.append((noun, vocabulary.for_noun("talks") or "talk"))
        elif lemma in _AGREEING and noun.lemma_.lower() in AGREEMENT_NOUNS:
            found.append((noun, vocabulary.for_noun("agreement") or "sign"))
        elif lemma in _MERGING and _a_merger(noun):
            found.append((noun, "merge_with"))  # "Glaxo and SmithKline agreed a merger", "the terms of a merger"
        elif lemma in _FORMING and noun.lemma_.lower() in _PARTNERSHIPS:
            found.append((noun, vocabulary.for_noun("partnership") or "ally"))  # "formed a partnership"
        elif lemma in _ENDING and noun.lemma_.lower() in _QUARRELS:
            found.append((noun, normalise_predicate(f"{lemma} {noun.lemma_.lower()} with")))
        elif any(c.dep_ == "amod" and c.lower_ == "joint" for c in noun.children):
            # "the two ministers signed a joint statement", "issued a joint declaration"
            found.append((noun, normalise_predicate(f"{lemma} joint {noun.lemma_.lower()} with")))
        elif lemma in _DISCUSSING and noun.ent_type_ == "":
            found.append(
                (noun, vocabulary.for_noun("talks") or "talk")
            )  # "Mr Starmer and Mr Macron discussed migration"
        elif lemma == "exchange":
            found.append((noun, normalise_predicate(f"exchange {noun.lemma_.lower()} with")))  # "exchanged fire"
    for noun, predicate in found:
        symmetric = predicate not in vocabulary.predicates or vocabulary.predicates[predicate].symmetric
        if symmetric and not any(
            p.dep_ == "prep" and p.lower_ in ("with", "between") for p in (*noun.children, *verb.children)
        ):
            return predicate
    return None
