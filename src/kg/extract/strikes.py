"""Relation rules for military action on targets in a place: "Israel struck targets in Lebanon" → Israel
–attack→ Lebanon (the targets are no actor; the place they are in is the one attacked), for workers who
strike against their employer ("Lufthansa pilots to strike", "the union went on strike against
General Motors"), and the tests that tell an attack of words
from one of arms ("attacked the government's failure" criticises it).

Each rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate, verb_lemma
from kg.extract.clause_subjects import clause_subject
from kg.vocabulary import Vocabulary, normalise_predicate

#: Nouns of what is struck in a war, never a deal or a note ("struck a deal in China" is no attack).
TARGETS = frozenset(
    """target targets position positions site sites base bases facility facilities installation installations
    refinery refineries depot depots airfield airfields airbase airbases camp camps stronghold strongholds
    infrastructure""".split()
)
#: Prepositions that put the targets in a place.
_IN_PLACE = frozenset({"in", "across", "inside", "throughout"})


def attack_in_place(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The place whose targets a verb of attack struck: "Israel struck targets in Lebanon", "Ukraine
    attacked an oil refinery in Russia" → attack."""
    if vocabulary.by_lemma.get(verb_lemma(verb)) != "attack":
        return
    subject = clause_subject(verb)
    targets = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in TARGETS), None)
    if subject is None or targets is None or _owned_targets(targets):
        return
    for prep in (*targets.children, *verb.children):
        if prep.dep_ == "prep" and prep.lower_ in _IN_PLACE and prep.i > targets.i:
            for place in prep.children:
                if place.dep_ == "pobj" and place.ent_type_ in ("GPE", "LOC"):
                    words = f"{verb.text} {targets.text} {prep.text}"
                    yield Candidate(subject, "attack", place, verb, "attack_in_place", 0.65, reach=False, words=words)


#: Kinds of named owner that make the targets theirs rather than the place's.
_OWNERS = frozenset({"ORG", "NORP", "GPE", "PERSON"})


def _owned_targets(targets: Token) -> bool:
    """True when the targets are a named actor's: "struck Hezbollah targets in southern Lebanon", "hit
    Iranian positions in Syria" (the owner is the one attacked, the place only where)."""
    return any(c.dep_ in ("compound", "poss", "amod") and c.ent_type_ in _OWNERS for c in targets.children)


#: Things one attacks with words: what someone decided, said or did (and "attacked the government's
#: failure" criticises the government).
_VERBAL_TARGETS = frozenset(
    """failure failures record policy policies handling plan plans decision decisions stance approach remarks
    comments comment statement proposal proposals budget reforms reform strategy performance leadership response
    conduct behaviour behavior claims claim""".split()
)
#: Adjectives that make an attack one of words: "a scathing attack on Mr Netanyahu".
_VERBAL_ATTACKS = frozenset(
    "scathing stinging blistering withering furious fierce bitter verbal savage thinly-veiled".split()
)


def verbal_target(noun: Token) -> bool:
    """True for the object of "attack" that is a thing said or decided, not a place or a body of troops."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _VERBAL_TARGETS or noun.lower_ in _VERBAL_TARGETS


def verbal_attack(noun: Token) -> bool:
    """True for an attack of words: a scathing one, or one on what someone said or decided."""
    if any(c.dep_ == "amod" and c.lower_ in _VERBAL_ATTACKS for c in noun.children):
        return True
    return any(
        p.dep_ == "prep" and p.lower_ == "on" and any(o.dep_ == "pobj" and verbal_target(o) for o in p.children)
        for p in noun.children
    )


#: Nouns of those who work for an employer and may strike against it.
WORKERS = frozenset(
    """pilots workers staff crew employees drivers nurses doctors teachers miners dockers cleaners guards
    controllers engineers journalists""".split()
)


def _striking(verb: Token) -> bool:
    """True for "strike", "walk out", "stop work" and "go on strike"."""
    lemma, children = verb.lemma_.lower(), list(verb.children)
    if lemma == "strike":
        return True
    if lemma == "walk":
        return any(c.lower_ == "out" for c in children)
    if lemma == "stop":
        return any(c.dep_ == "dobj" and c.lower_ == "work" for c in children)
    return lemma == "go" and any(
        c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "strike" for g in c.children) for c in children
    )


def walkout_against(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The employer whose workers strike, named before them or after "at": "Lufthansa pilots to strike"
    → Lufthansa pilots –strike_against→ Lufthansa, "staff at Tesco walked out" (not "Israel struck Gaza")."""
    if not _striking(verb) or any(c.dep_ == "dobj" and c.lower_ != "work" for c in verb.children):
        return
    subject = clause_subject(verb)
    if subject is None or subject.lower_ not in WORKERS:
        return
    employers = [c for c in subject.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    employers += [
        pobj
        for at in subject.children
        if at.dep_ == "prep" and at.lower_ in ("at", "of")
        for pobj in at.children
        if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN"
    ]
    for employer in employers:
        yield Candidate(subject, "strike_against", employer, verb, "walkout_against", 0.6, reach=False)


#: Nouns of a stoppage of work.
STOPPAGES = frozenset({"strike", "strikes", "walkout", "walkouts", "stoppage", "stoppages"})
#: Words before "strike" that make it one of arms: "air strikes", "missile strikes".
_ARMED = frozenset("air missile drone rocket military nuclear artillery pre-emptive preemptive retaliatory".split())


def labour_strike(noun: Token) -> bool:
    """True for a strike of workers, not of arms: "a strike at Lufthansa" (but "air strikes at dawn")."""
    return noun.lower_ in STOPPAGES and not any(c.lower_ in _ARMED for c in noun.children)


#: Verbs by which a union calls a strike, whose doer strikes against the employer: "called a strike at".
CALLING = frozenset(
    "call stage hold launch announce begin start plan threaten organise organize lead mount escalate extend".split()
)
#: Verbs that end or stop a stoppage, whose doer ends it: "the government ended a lockout at CN".
ENDING = frozenset("end halt stop avert settle resolve break ban block prevent outlaw".split())
#: Nouns of an employer's stoppage, which only ending verbs take here: "a lockout at CN".
LOCKOUTS = frozenset({"lockout", "lockouts"})


def strike_called_at(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The employer a union calls or stages a strike at: "Verdi called a strike at Lufthansa", "the GMB
    announced strikes at Amazon" → strike_against (not an attack: "at" an employer is a stoppage of work);
    and the employer at which a stoppage is ended: "Ottawa ended a lockout at CN" → end_lockout_at (the one
    who ends a strike is not on strike; "criticised the strike at" gives nothing)."""
    lemma = verb.lemma_.lower()
    calling, ending = lemma in CALLING, lemma in ENDING
    strike = next(
        (c for c in verb.children if c.dep_ == "dobj" and (labour_strike(c) or ending and c.lower_ in LOCKOUTS)),
        None,
    )
    subject = clause_subject(verb) if strike is not None and (calling or ending) else None
    if strike is None or subject is None:
        return
    predicate = "strike_against" if calling else normalise_predicate(f"{lemma} {strike.lemma_.lower()} at")
    for prep in (*strike.children, *verb.children):
        if prep.dep_ == "prep" and prep.lower_ == "at" and prep.i > strike.i:
            for place in prep.children:
                for employer in _employer(place) if place.dep_ == "pobj" else ():
                    words = f"{verb.text} {strike.text} at"
                    yield Candidate(
                        subject, predicate, employer, verb, "strike_called_at", 0.6, reach=False, words=words
                    )


#: Nouns of an employer's workplace, whose owner is the employer: "a strike at Amazon's warehouses".
_WORKPLACES = frozenset(
    "plant plants factory factories warehouse warehouses site sites store stores mine mines office offices".split()
)


def _employer(place: Token) -> list[Token]:
    """The employer an "at" names: itself ("at Tesco") or the owner of its workplace ("at Amazon's
    warehouses", "at the Ford plant")."""
    if place.pos_ == "PROPN":
        return [place]
    if place.lower_ not in _WORKPLACES:
        return []
    return [c for c in place.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"]


#: Verbs by which workers call or stage a stoppage ("carried out strikes against" is of arms).
_CALLING_STRIKES = frozenset("stage hold call begin start announce organise organize plan threaten".split())


def strike_against(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """A strike "against" an employer, the strike the verb's object or after its "on": "the United Auto
    Workers went on strike against Ford", "pilots staged a walkout against Lufthansa" (not "air strikes
    against Gaza", "carried out strikes against Hezbollah": arms)."""
    strikes = [c for c in verb.children if c.dep_ == "dobj" and labour_strike(c) and verb.lemma_ in _CALLING_STRIKES]
    strikes += [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if labour_strike(g)
    ]
    subject = clause_subject(verb) if strikes else None
    if subject is None:
        return
    for strike in strikes:
        for prep in strike.children:
            if prep.dep_ == "prep" and prep.lower_ == "against":
                for employer in prep.children:
                    if employer.dep_ == "pobj":
                        words = f"{strike.text} {prep.text}"
                        yield Candidate(subject, "strike_against", employer, verb, "strike_against", 0.7, words=words)
