"""Speech aimed at another actor that no verb of the vocabulary names: wanting, demanding or calling for
another to act ("Labour wants the Tories to apologise", "called for Mr Blair to resign", "Mr Blair's
call for Iran to return", "it is time for Iran to …": a call), asking why another acted ("he asked why
the government was agreeing to the measure": a question), and denying, rejecting or answering another's
claim ("the Kremlin dismissed Washington's allegations": a rejection).

A verb token in → `SpeechAct` candidates (tokens, not entities); the caller resolves both ends.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from kg.extract.clause_subjects import clause_subject
from kg.extract.grammar import SUBJECTS

#: Verbs of wanting another to act: "wants Labour to scrap the tax", "would like the Tories to apologise".
WANTING = frozenset({"want", "like", "wish"})
#: Verbs that ask why another did something: "asked why", "questioned why", "demanded to know why".
ASKING = frozenset({"ask", "question", "query", "wonder", "know"})
#: Verbs that reject what another said: "denied Mr Blair's claims", "dismissed allegations by Labour".
REJECTING = frozenset({"deny", "reject", "dismiss", "refute", "rebut", "dispute", "contradict"})
#: Verbs that answer what another said: "responded to Mr Blair's criticism", "replied to claims by Labour".
ANSWERING = frozenset({"respond", "reply", "react"})
#: Verbs whose that-clause or for-clause says what its subject must do: "demanded that the
#: government withdraw the bill", "called for Mr Blair to resign".
DEMANDING = frozenset({"demand", "call"})
#: Nouns of what someone said, which a rejection is aimed at through their owner.
CLAIM_NOUNS = frozenset(
    """claim claims allegation allegations accusation accusations charge charges suggestion suggestions
    assertion assertions criticism criticisms remark remarks comment comments statement statements
    report reports argument arguments""".split()
)
#: Nouns of a call on someone to act: "Mr Blair's call for Iran to return to talks", "calls from the
#: Tories for Mr Blair to resign".
CALL_NOUNS = frozenset({"call", "demand", "appeal", "plea"})
#: Words a clause of another's act may hang from: "time for Iran to return", "a call for Iran to return".
ACT_HEADS = CALL_NOUNS | {"time"}
#: Lemmas of the verbs the rules start from.
SPEECH_ACT_VERBS = WANTING | ASKING | REJECTING | ANSWERING | DEMANDING
_PRONOUNS_OF_NOBODY = frozenset({"it", "this", "that", "there", "what", "which"})


@dataclass(frozen=True, slots=True)
class SpeechAct:
    """`actor` says `predicate` to or about `target`, found at `verb` by `rule` (no `actor`: the speaker)."""

    actor: Token | None
    predicate: str
    target: Token
    verb: Token
    rule: str
    words: str


def speech_acts(verb: Token) -> Iterator[SpeechAct]:
    """Every speech act read at `verb`."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB":
        return
    if verb.head.lower_ == "time":
        yield from timely_acts(verb)
    if verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() in CALL_NOUNS:
        yield from called_acts(verb)
    if lemma in WANTING:
        yield from wanted_acts(verb)
    if lemma in ASKING:
        yield from questioned_acts(verb)
    if lemma in REJECTING:
        yield from rejected_claims(verb)
    if lemma in ANSWERING:
        yield from answered_claims(verb)
    if lemma in DEMANDING:
        yield from demanded_acts(verb)


def wanted_acts(verb: Token) -> Iterator[SpeechAct]:
    """One who wants another actor to act calls on them: "The Liberal Democrats want Labour to scrap
    the tax" → (Liberal Democrats, call, Labour); "would like the Tories to apologise" (not "like" alone:
    "Voters like Labour to win" is a taste, not a call). Wanting oneself to act ("want to") is no call."""
    if verb.lemma_.lower() == "like" and not any(
        c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in verb.children
    ):
        return
    actor = clause_subject(verb)
    if actor is None:
        return
    for clause in verb.children:
        if clause.dep_ not in ("xcomp", "ccomp") or not _infinitive(clause):
            continue
        if clause.dep_ == "ccomp":
            target = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
        else:
            target = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if target is None or target.lower_ in _PRONOUNS_OF_NOBODY or target.i == actor.i:
            continue
        yield SpeechAct(actor, "call", target, verb, "wanted_to_act", f"{verb.text} … to {clause.text}")


def demanded_acts(verb: Token) -> Iterator[SpeechAct]:
    """One who demands that another actor act, or calls for them to act, calls on them: "demanded that
    the government withdraw the bill" → (…, call, the government); "called for Mr Blair to resign"."""
    lemma = verb.lemma_.lower()
    actor = clause_subject(verb)
    if actor is None or any(c.dep_ == "nsubjpass" for c in verb.children):
        return  # "Mr Blair was called …"
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "advcl") or clause.pos_ not in ("VERB", "AUX"):
            continue
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        if lemma == "call" and not ("for" in marks and _infinitive(clause)):
            continue
        if lemma == "demand" and (clause.dep_ != "ccomp" or marks - {"that"}):
            continue
        target = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if target is None or target.lower_ in _PRONOUNS_OF_NOBODY or target.i == actor.i:
            continue
        yield SpeechAct(actor, "call", target, verb, "demanded_act", f"{verb.text} {next(iter(marks), '')}".strip())


def timely_acts(verb: Token) -> Iterator[SpeechAct]:
    """Saying it is time for another actor to act calls on them: '"It is time for Iran to return to
    talks," Mr Straw said' → (the speaker, call, Iran). Not "it was time for …" told as what happened
    without a speaker, which the caller leaves out; not "it is not time"."""
    time = verb.head
    be = time.head
    if time.dep_ != "attr" or be.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in be.children):
        return
    if not any(c.dep_ == "nsubj" and c.lower_ in ("it", "this", "now") for c in be.children):
        return
    if not _infinitive(verb) or not any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children):
        return
    target = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if target is not None and target.lower_ not in _PRONOUNS_OF_NOBODY:
        yield SpeechAct(None, "call", target, verb, "time_to_act", f"time for … to {verb.text}")


def called_acts(verb: Token) -> Iterator[SpeechAct]:
    """A call named by a noun, with who makes it and on whom: "Mr Blair's call for Iran to return to
    talks" → (Blair, call, Iran); "calls from the Tories for Mr Blair to resign" → (Tories, call, Blair)."""
    noun = verb.head
    if not _infinitive(verb) or verb.dep_ not in ("acl", "advcl", "relcl"):
        return
    target = None
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children):
        target = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    else:
        target = next(
            (
                p
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ == "for"
                for p in c.children
                if p.dep_ == "pobj"
            ),
            None,
        )
    actor = next((c for c in noun.children if c.dep_ == "poss"), None)
    if actor is None:
        actor = next(
            (
                p
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ in ("from", "by")
                for p in c.children
                if p.dep_ == "pobj"
            ),
            None,
        )
    if actor is None or target is None or target.lower_ in _PRONOUNS_OF_NOBODY:
        return
    yield SpeechAct(actor, "call", target, verb, "named_call", f"{noun.text} for … to {verb.text}")


def _infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def questioned_acts(verb: Token) -> Iterator[SpeechAct]:
    """One who asks why another actor did something questions them: "he asked why the government was
    agreeing to the measure" → (he, question, the government); "demanded to know why Tesco had cut
    prices". "Asked whether" or "how" questions no one: it asks for news, not for a reason."""
    lemma = verb.lemma_.lower()
    if lemma == "know":  # "demanded to know why", "wants to know why"
        if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in ("demand", "want", "ask"):
            return
    if lemma == "ask" and any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return  # "asked Mr Brown why …" is a question to Mr Brown, which the relation rules read
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return  # "was asked why": the subject is the one questioned
    actor = clause_subject(verb)
    if actor is None:
        return
    for clause in verb.children:
        if clause.dep_ != "ccomp" or not any(c.lower_ == "why" and c.dep_ == "advmod" for c in clause.children):
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        target = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
        if target is None or target.lower_ in _PRONOUNS_OF_NOBODY or target.i == actor.i:
            continue
        yield SpeechAct(actor, "question", target, verb, "asked_why", f"{verb.text} why")


def rejected_claims(verb: Token) -> Iterator[SpeechAct]:
    """One who denies or rejects another actor's claim answers that actor: "Mr Howard denied Mr Blair's
    claims" → (Howard, deny, Blair); "The Kremlin dismissed allegations by Washington" (reject); "rejected
    criticism from the unions". A negated rejection ("did not deny the report") gives nothing."""
    if any(c.dep_ == "neg" for c in verb.children):
        return
    actor = clause_subject(verb)
    claim = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if actor is None or claim is None or claim.lower_ not in CLAIM_NOUNS:
        return
    predicate = "deny" if verb.lemma_.lower() == "deny" else "reject"
    yield from _claimants(actor, predicate, claim, verb, "rejected_claim")


def answered_claims(verb: Token) -> Iterator[SpeechAct]:
    """One who responds to another actor's claim answers that actor: "Mr Brown responded to Mr Blair's
    criticism" → (Brown, respond_to, Blair); "replied to claims by Labour"."""
    actor = clause_subject(verb)
    if actor is None:
        return
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            for claim in prep.children:
                if claim.dep_ == "pobj" and claim.lower_ in CLAIM_NOUNS:
                    yield from _claimants(actor, "respond_to", claim, verb, "answered_claim")


def _claimants(actor: Token, predicate: str, claim: Token, verb: Token, rule: str) -> Iterator[SpeechAct]:
    """The act aimed at whoever made `claim`: its owner ("Mr Blair's claims") or its maker ("claims by Labour")."""
    for child in claim.children:
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN"):
            yield SpeechAct(actor, predicate, child, verb, rule, f"{verb.text} {claim.text} of")
        elif child.dep_ == "prep" and child.lower_ in ("by", "from"):  # not "of": "criticism of Labour" is at Labour
            for owner in child.children:
                if owner.dep_ == "pobj":
                    yield SpeechAct(actor, predicate, owner, verb, rule, f"{verb.text} {claim.text} by")
