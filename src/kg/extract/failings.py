"""Failings a reported clause states of its subject, which make the report a criticism: "Mr Osborne said
Gordon Brown had lost control of spending", "Mr Milburn said the Tories could not be trusted", "he said
Mr Howard had no credible policy", "said the party was out of touch" (the subject is judged).

A clause's verb in → whether it says its subject failed. The words are English phrases of failure,
not names; `evaluation.accusation` asks them of the clauses a reporting verb governs.
"""

from __future__ import annotations

from spacy.tokens import Token

#: What is lost when one fails: "had lost control of the economy", "lost the trust of voters".
_LOST = frozenset({"control", "grip", "touch", "trust", "confidence", "credibility", "plot", "authority", "way"})
#: What doing or having nothing is said for: "had done nothing for pensioners", "had nothing to offer".
_NOTHING_FOR = frozenset({"for", "to", "about"})
_NOTHING_TO = frozenset({"offer", "say", "contribute", "show"})
#: What one is said to have none of: "has no direction", "had run out of ideas" (failings on their own;
#: "no strategy", "no credibility" and the like are `stance_phrases`' criticism).
_LACKED = frozenset("ideas direction leadership backbone".split())
#: What one lacks only as a failing when judged: "had no credible policy" (but "had no plans to resign",
#: "has no policy of paying ransoms" say an intention or a rule).
_LACKED_JUDGED = frozenset("policy policies plan plans answer".split())
_JUDGING = frozenset("credible coherent real clear serious workable proper sensible viable".split())
#: What one runs out of: "had run out of ideas", "has run out of steam".
_RUN_OUT_OF = frozenset({"idea", "ideas", "steam", "road", "excuses", "excuse"})
#: The states one is "in" when failing: "was in disarray", "is in denial".
_DISORDER = frozenset({"disarray", "chaos", "turmoil", "denial", "meltdown", "freefall"})
#: Verbs of being trusted or believed: "could not be trusted", "cannot be believed", "relied on".
_TRUSTED = frozenset({"trust", "believe", "rely"})


def _has_neg(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def _objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "dobj"]


def _lacked(noun: Token) -> bool:
    """ "no answers", "no credible policy": a thing of competence with "no" as its determiner."""
    if not any(d.lower_ == "no" and d.dep_ == "det" for d in noun.children):
        return False
    lower = noun.lower_
    return (
        lower in _LACKED
        or lower in _LACKED_JUDGED
        and any(a.dep_ == "amod" and a.lower_ in _JUDGING for a in noun.children)
    )


def _nothing_to_offer(noun: Token) -> bool:
    """ "had nothing to offer", "has nothing to say": nothing of worth to give."""
    return noun.lower_ == "nothing" and any(
        c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _NOTHING_TO for c in noun.children
    )


def _nothing_done(noun: Token, verb: Token) -> bool:
    """ "had done nothing for pensioners", "did nothing to stop it": nothing done for someone or to help."""
    if noun.lower_ != "nothing" or any(c.dep_ == "amod" for c in noun.children):
        return False  # "done nothing wrong" clears its subject
    return any(
        c.dep_ == "prep" and c.lower_ in _NOTHING_FOR or c.dep_ in ("advcl", "xcomp", "relcl", "acl") and c.tag_ == "VB"
        for c in (*verb.children, *noun.children)
    )


def lost_or_lacking(clause: Token) -> bool:
    """ "had lost control of", "had no credible policy", "had run out of ideas", "had done nothing for
    pensioners", "had nothing to offer" (a clause not negated)."""
    lemma = clause.lemma_.lower()
    if lemma == "lose":
        return any(o.lemma_.lower() in _LOST for o in _objects(clause))
    if lemma == "have":  # "no" as the object's determiner, or "nothing to offer"
        return any(_lacked(o) or _nothing_to_offer(o) for o in _objects(clause))
    if lemma == "do":  # "had done nothing for pensioners" (not "done nothing wrong")
        return any(_nothing_done(o, clause) for o in _objects(clause))
    if lemma == "run" and any(c.lower_ == "out" for c in clause.children):
        return any(
            p.lower_ == "of" and any(o.lower_ in _RUN_OUT_OF for o in p.children)
            for c in clause.children
            for p in (c, *c.children)
            if c.lower_ in ("out", "of")
        )
    return False


def out_of_order(clause: Token) -> bool:
    """ "was out of touch", "was in disarray": a state of failure after "be"."""
    if clause.lemma_.lower() != "be":
        return False
    for prep in clause.children:
        if prep.dep_ != "prep":
            continue
        if prep.lower_ == "in" and any(o.dep_ == "pobj" and o.lower_ in _DISORDER for o in prep.children):
            return True
        if prep.lower_ == "out" and any(
            p.lower_ == "of" and any(o.lower_ == "touch" for o in p.children) for p in prep.children
        ):
            return True
    return False


def untrusted(clause: Token) -> bool:
    """ "could not be trusted", "cannot be believed", "can no longer be relied on": a negated passive
    of trust says the subject is not to be trusted."""
    if clause.lemma_.lower() not in _TRUSTED or not _has_neg(clause):
        return False
    return any(c.dep_ == "auxpass" for c in clause.children) and any(c.dep_ == "nsubjpass" for c in clause.children)


def states_failing(clause: Token) -> bool:
    """Whether a reported clause says its subject failed, by one of the phrases above."""
    if untrusted(clause):
        return True
    if _has_neg(clause):
        return False
    return lost_or_lacking(clause) or out_of_order(clause)
