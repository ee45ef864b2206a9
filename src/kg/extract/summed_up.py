"""Judgements passed on a deed summed up by a noun after it: "the railway would keep running trains, a plan
the union called "reckless"" → the union –criticize→ the railway; "Ryanair cut its fares, a move welcomed
by the unions" → praise. A parsed verb in → `Stance` candidates (the judge, and the doer of the deed)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.evaluation import APPROVING, CRITICAL
from kg.extract.grammar import ATTRIBUTION_VERBS
from kg.extract.polarity import STRONG, polarity
from kg.extract.qualifiers import is_negated, modality
from kg.extract.stance_grammar import STATED, Stance, asked, hyphenated

#: Nouns that sum up the deed of the clause before them: "…, a move the unions condemned".
SUMMING_NOUNS = frozenset("plan move decision step proposal idea policy measure announcement offer threat".split())
#: Verbs that judge what they act on, by the way they judge it.
_JUDGING = {
    **dict.fromkeys("criticise criticize condemn denounce deplore decry slam lambast".split(), "criticize"),
    **dict.fromkeys("welcome praise applaud hail commend".split(), "praise"),
}
#: The word forms the rule starts from.
SUMMED_UP_CUES = frozenset(
    """criticised criticized condemned denounced deplored decried slammed lambasted welcomed praised applauded
    hailed commended called branded labelled labeled dubbed described termed""".split()
)
_RELATIVES = frozenset({"that", "which", "who", "whom"})
#: Verbs that give what they act on a name or a quality ("called it reckless"), as `stance.LABELLING_VERBS`.
_LABELLING = frozenset({"call", "brand", "label", "dub", "describe", "term"})


def summed_up_stances(verb: Token) -> Iterator[Stance]:
    """A judge's verdict on a deed a noun sums up, read at the verb of the noun's relative clause or
    participle: "…, a plan the union called "reckless"" (labelled, the label rated by the lexicon),
    "…, a decision the opposition condemned", "…, a move welcomed by unions". The deed's doer is the
    subject of the clause the noun hangs from, below any verb of saying."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or verb.dep_ not in ("relcl", "acl") or verb.head.lemma_.lower() not in SUMMING_NOUNS:
        return
    if lemma in _LABELLING:
        predicate = _labelled(verb)
    elif any(c.dep_ == "dobj" and c.lower_ not in _RELATIVES for c in verb.children):
        return  # "a plan that condemned the rules": the noun is not what is judged
    else:
        predicate = _JUDGING.get(lemma)
    if predicate is None or is_negated(verb) or asked(verb) or modality(verb) not in STATED:
        return  # "a move the union would welcome" is only supposed
    judge = _judge(verb)
    deed = _deed(verb.head)
    target = _doer(deed) if deed is not None else None
    if judge is not None and target is not None:
        yield Stance(verb, target, predicate, "summed_up_deed", judge)


def _labelled(verb: Token) -> str | None:
    """criticize or praise, for a label the lexicon rates strongly: "called "reckless"", "called a great
    success" (the label parsed as the object, since the summing noun is what is called so), "described as a
    sham"."""
    label = next((c for c in verb.children if c.dep_ in ("oprd", "dobj") and c.lower_ not in _RELATIVES), None)
    for child in verb.children:
        if label is None and child.dep_ == "prep" and child.lower_ == "as":
            label = next((c for c in child.children if c.dep_ in ("pobj", "amod", "acomp")), None)
    if label is None:
        return None
    if label.lower_ in CRITICAL or label.lower_ in APPROVING:  # words of judgement the lexicon may lack
        return "criticize" if label.lower_ in CRITICAL else "praise"
    words = [w for w in (label, *(c for c in label.children if c.dep_ == "amod")) if not hyphenated(w)]
    scores = [polarity(w) for w in words]
    score = min(scores, key=lambda v: -abs(v)) if scores else 0.0
    if abs(score) < STRONG:
        return None
    return "criticize" if score < 0 else "praise"


def _judge(verb: Token) -> Token | None:
    """Who judges: the relative clause's subject ("the union called"), or the agent ("welcomed by unions")."""
    for child in verb.children:
        if child.dep_ == "nsubj" and child.lower_ not in _RELATIVES:
            return child
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _deed(noun: Token) -> Token | None:
    """The verb of the clause the noun sums up: the highest verb above it below a verb of saying
    ("He added that the railway would keep running trains if a strike went ahead, a plan …" → keep)."""
    start = noun.left_edge.i
    if start == 0 or noun.doc[start - 1].text != ",":
        return None  # a summing noun comes after a comma: "…, a move …"
    deed = None
    for ancestor in noun.ancestors:
        if ancestor.pos_ not in ("VERB", "AUX"):
            continue
        if ancestor.lemma_.lower() in ATTRIBUTION_VERBS:
            break
        deed = ancestor
    return deed


def _doer(deed: Token) -> Token | None:
    """The deed's subject, a pronoun included ("Ryanair said it would close the base, a move …": the index
    knows whom "it" stands for); not "this", "that" or "there", nor the "it" of "it is time to …"."""
    subject = next((c for c in deed.children if c.dep_ == "nsubj"), None)
    if subject is None and deed.dep_ == "conj":
        return _doer(deed.head)  # "Ryanair cut fares and closed its base, a move …"
    if subject is None or subject.lower_ in ("this", "that", "there", "which", "who"):
        return None
    return subject
