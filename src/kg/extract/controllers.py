"""Who a pronoun in an infinitive stands for when the verb above names the doer as its object:
"Macron urged Xi to use his influence with Russia" — his is Xi's, who is to use it."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.grammar import SUBJECTS
from kg.model import Entity


def object_controller(pronoun: Token, by_token: dict[int, Entity]) -> Entity | None:
    """The person a possessive pronoun of a subjectless infinitive refers to when the verb it hangs on
    has a named person as object, the infinitive's doer: "urged Xi to use his influence", "asked Ms
    Kemp to withdraw her remarks"; None elsewhere ("Macron vowed to use his influence")."""
    if pronoun.dep_ != "poss":
        return None
    praised = _praised_for(pronoun, by_token)
    if praised is not None:
        return praised
    verb = next((a for a in pronoun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if (
        verb is None
        or verb.dep_ != "xcomp"
        or verb.tag_ != "VB"
        or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        or any(c.dep_ in SUBJECTS for c in verb.children)
    ):
        return None
    doer = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    found = by_token.get(doer.i) if doer is not None else None
    return found if found is not None and found.type == "Person" else None


def _praised_for(pronoun: Token, by_token: dict[int, Entity]) -> Entity | None:
    """The person a verb acts on, owner of what it is done "on" or "for": "congratulated Friedrich Merz
    on his election", "thanked Ms Reeves for her work" — his is Merz's, her is Reeves's."""
    noun = pronoun.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("on", "for") or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return None
    doer = next((c for c in prep.head.children if c.dep_ == "dobj" and c.i < prep.i), None)
    found = by_token.get(doer.i) if doer is not None else None
    return found if found is not None and found.type == "Person" else None
