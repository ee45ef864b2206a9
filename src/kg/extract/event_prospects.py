"""Events named but not done: planned ("the proposed takeover"), wanted ("backs Turkey's entry"), talked
of ("to talk about Turkey entering the EU"), stopped or withdrawn from ("blocked the purchase", "called off
the meeting"). An event noun or gerund in, a yes or no out; read by `qualifiers.modality`."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.grammar import SPEECH_NOUNS

#: Adjectives that make an event noun a plan: "the proposed takeover", "a planned merger".
PLANNED = frozenset("proposed planned mooted intended prospective pending rumoured rumored".split())

#: Verbs of wanting or backing an event: the event they take is wished for, not done ("backs Turkey's entry
#: into the EU", "demanded the withdrawal of Russian troops").
WANTING = frozenset("support back favour favor want seek demand propose urge endorse advocate".split())

#: Words of talk or worry whose "about"/"over" gerund with its own subject is a prospect, not a deed:
#: "to talk about Turkey entering the EU", "fears over Iran acquiring nuclear weapons".
_TOPIC_HEADS = frozenset(
    """talk speak discuss debate negotiate consult warn talks discussion discussions negotiations speculation
    question questions concern concerns fear fears worry worries warning warnings""".split()
)


def talked_of(verb: Token) -> bool:
    """True for a gerund with its own subject that is the topic of talk or worry."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    prep = verb.head
    head = prep.head
    return prep.lower_ in ("about", "over") and (head.lemma_.lower() in _TOPIC_HEADS or head.lower_ in _TOPIC_HEADS)


#: Verbs that stop or refuse a planned event: what they act on was intended, not done.
_THWARTING = frozenset(
    "block reject rebuff veto prohibit halt stop thwart scupper derail oppose bar abandon scrap cancel ditch axe".split()
)
#: Verbs with a particle that withdraw from a planned event: "called off his meeting with", "backed out of
#: its deal with", "pulled out of talks with", "walked away from the merger".
_WITHDRAWING = frozenset({("call", "off"), ("back", "out"), ("pull", "out"), ("walk", "away"), ("withdraw", None)})


def thwarted(noun: Token) -> bool:
    """True for an event noun that a verb of stopping acts on: "blocked Microsoft's purchase of
    Activision", "Kraft's bid for Cadbury was rejected"."""
    if noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ in ("of", "from"):
        return _withdrawn_from(noun.head)  # "backed out of its deal with Fitbit"
    if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "nsubjpass") or noun.head is noun:
        return False
    if noun.dep_ == "dobj" and _withdraws(noun.head):
        return True  # "called off his meeting with Mr Mitsotakis"
    if noun.lemma_.lower() in SPEECH_NOUNS:
        return False  # "rejected Glencore's bid": the bid was made
    return noun.head.lemma_.lower() in _THWARTING


def _withdraws(verb: Token, particle: Token | None = None) -> bool:
    """True for a verb of withdrawing, with its particle ("called off", "backed out", "walked away")."""
    lemma = verb.lemma_.lower()
    if (lemma, None) in _WITHDRAWING:
        return True
    words = [particle] if particle is not None else [c for c in verb.children if c.dep_ in ("prt", "advmod", "prep")]
    return any((lemma, w.lower_) in _WITHDRAWING for w in words)


def _withdrawn_from(preposition: Token) -> bool:
    """True when "of"/"from" hangs from a verb of withdrawing: "backed out of", "withdrew from", "walked
    away from" (the parser hangs "of" from "out" and "from" from "away")."""
    head = preposition.head
    if head.dep_ in ("prep", "advmod", "prt") and head.head.pos_ == "VERB":
        return _withdraws(head.head, head)
    return head.pos_ == "VERB" and _withdraws(head)
