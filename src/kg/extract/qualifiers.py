"""Qualifiers of a relation read off its verb: negation and modality."""

from __future__ import annotations

from spacy.tokens import Token

# Verbs whose clausal object is said not to be so.
_DENIALS = frozenset({"deny", "refute", "dispute"})
_HEDGES = frozenset({"reportedly", "allegedly", "apparently", "possibly", "perhaps", "maybe", "reputedly"})
_MODAL_AUX = {
    "may": "hedged", "might": "hedged", "could": "hedged",
    "will": "future", "shall": "future", "'ll": "future", "wo": "future",
    "would": "conditional",
    "must": "obligation", "should": "obligation", "ought": "obligation",
}
_CHAIN_VERBS = {
    "have": "obligation", "need": "obligation",
    "want": "intent", "plan": "intent", "intend": "intent", "hope": "intent", "aim": "intent",
    "seek": "intent", "try": "intent", "expect": "future", "going": "future",
    "willing": "intent", "ready": "intent", "determined": "intent", "eager": "intent", "prepared": "intent",
}


def _chain(verb: Token) -> list[Token]:
    """The verb and the verbs it hangs from through xcomp ("have to maintain" → maintain, have)."""
    chain = [verb]
    while chain[-1].dep_ in ("xcomp", "acomp") and chain[-1].head is not chain[-1]:
        chain.append(chain[-1].head)
    return chain


def is_negated(verb: Token) -> bool:
    """True when the verb or a verb of its chain is negated ("did not meet", "does not want to
    meet"), or when the clause is what someone denies ("Iran denied that it attacked …")."""
    if any(child.dep_ == "neg" for link in _chain(verb) for child in link.children):
        return True
    clause = _chain(verb)[-1]
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in _DENIALS


def modality(verb: Token) -> str:
    """asserted, hedged, conditional, obligation, intent, future or question."""
    if verb.sent.text.rstrip().endswith("?"):
        return "question"
    for link in _chain(verb):
        for child in link.children:
            lower = child.lower_
            if child.dep_ in ("aux", "auxpass") and lower in _MODAL_AUX:
                return _MODAL_AUX[lower]
            if child.dep_ == "advmod" and lower in _HEDGES:
                return "hedged"
            if child.dep_ == "mark" and lower in ("if", "unless"):
                return "conditional"
        if link is not verb:
            # "going to" is future, "went to" is not: the word form decides before the lemma
            for key in (link.lower_, link.lemma_.lower()):
                if key in _CHAIN_VERBS:
                    return _CHAIN_VERBS[key]
    return "asserted"
