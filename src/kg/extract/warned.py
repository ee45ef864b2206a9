"""Relation rules for a warning about another actor: "Mr Grieve warned that the government would have
great difficulty" → Dominic Grieve –warn→ UK Government, and about whose thing the clause speaks ("warned
that a lack of action by the British government could lead to …").

Each rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate
from kg.extract.clause_subjects import clause_subject
from kg.extract.grammar import preposition_object
from kg.vocabulary import Vocabulary

#: Verbs whose clause names whom the warning is about: "Robinson warned that the government could face …".
WARNINGS = frozenset({"warn", "caution"})


def warning_about(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """A warning about the subject of its clause: "Mr Grieve warned that the government would have
    great difficulty" → Dominic Grieve –warn→ UK Government."""
    if verb.lemma_.lower() not in WARNINGS or any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return
    subject = clause_subject(verb)
    if subject is None:
        return
    for clause in verb.children:
        if clause.dep_ == "ccomp":
            inner = clause_subject(clause)
            if inner is not None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in inner.children):
                continue  # "warned that his country would respond": a threat of one's own side, not a warning to it
            if _reprisal(clause):
                continue  # "warned that Beijing would retaliate": a threat of reprisal, made by the one who retaliates
            if inner is not None and inner.lower_ in _THIRD_PERSON:
                inner = _addressee(verb) or inner  # "wrote to the Polish government warning that it could face …"
            if inner is not None:
                yield Candidate(subject, "warn", inner, verb, "warning_about", 0.7)
                owner = _owner_of(inner) if inner.pos_ == "NOUN" else None
                if owner is not None:  # "warned that the government's plans would fail"
                    yield Candidate(subject, "warn", owner, verb, "warning_about", 0.65, reach=False)


#: Verbs of answering a deed in kind: whoever a warning says will do so is the one who threatens.
_REPRISALS = frozenset({"retaliate", "reciprocate", "respond", "react"})


def _reprisal(clause: Token) -> bool:
    """ "would retaliate against American firms", "would hit back": a reprisal the clause threatens."""
    lemma = clause.lemma_.lower()
    return lemma in _REPRISALS or lemma in ("hit", "strike") and any(c.lower_ == "back" for c in clause.children)


#: Pronouns that, in a warning sent to someone, stand for whom it was sent to.
_THIRD_PERSON = frozenset({"it", "they"})


def _addressee(verb: Token) -> Token | None:
    """Whom the act a warning rides on was aimed at: "wrote to the Polish government, warning that it …",
    "told Kyiv in a letter, warning that it …" (the warning's own verb, or the verb it hangs from)."""
    for host in (verb, verb.head) if verb.dep_ in ("advcl", "xcomp", "conj") else (verb,):
        for child in host.children:
            if child.dep_ == "dative" or child.dep_ == "dobj" and host.lemma_.lower() in ("tell", "inform", "notify"):
                return child
            if (
                child.dep_ == "prep"
                and child.lower_ == "to"
                and host.lemma_.lower() in ("write", "send", "say", "speak")
            ):
                return preposition_object(child)
    return None


def _owner_of(noun: Token, depth: int = 2) -> Token | None:
    """Whose thing a noun names: its owner, its maker after "by", or theirs after "of" ("a lack of action
    by the British government")."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN"):
            return child
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "of"):
            pobj = preposition_object(prep)
            if pobj is None:
                continue
            if prep.lower_ == "by" or pobj.pos_ == "PROPN":
                return pobj
            if depth > 1:
                return _owner_of(pobj, depth - 1)
    return None
