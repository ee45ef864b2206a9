"""Who does a participle of speaking or judging that the parse hangs on a reported clause rather than on the
verb of saying: in "Ms Truss said Russia must leave Ukraine, urging Germany to send tanks" Ms Truss urges,
not Russia. A verb token in → the speaker's token (or None)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.grammar import ATTRIBUTION_VERBS, SAYING_VERBS

#: Participles that are the speaker's own act of speech or judgement: "…, urging Germany to …", "…, accusing
#: Moscow of …", "…, praising Mr Biden for …".
_SPEECH_ACTS = SAYING_VERBS | frozenset(
    "urge call accuse blame praise criticise criticize warn demand appeal condemn welcome thank".split()
)


def speaker_of_participle(verb: Token) -> Token | None:
    """The subject of the verb of saying above a reported clause that a speech-act participle after a comma
    hangs from: "said Russia must leave Ukraine, urging Germany to …" → the one who said it."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.lemma_.lower() not in _SPEECH_ACTS:
        return None
    if any(c.dep_ in ("nsubj", "mark", "aux") for c in verb.children) or verb.doc[verb.i - 1].text != ",":
        return None
    clause = verb.head
    saying = clause.head
    if clause.dep_ != "ccomp" or saying.i == clause.i or saying.lemma_.lower() not in ATTRIBUTION_VERBS:
        return None
    return next((c for c in saying.children if c.dep_ == "nsubj"), None)
