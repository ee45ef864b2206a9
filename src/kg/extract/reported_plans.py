"""Whose plan a reported "would" is: "Mr Kinnock said he would contest Bethnal Green" (the speaker's plan:
intent), "the minister said Poland would buy tanks" (the reported future). A clause's verb in, a yes or
no out; read by `qualifiers.modality`."""

from __future__ import annotations

from spacy.tokens import Token

from kg.countries import capital_country, country_name
from kg.extract.clause_chains import verb_chain
from kg.extract.grammar import SUBJECTS

#: Verbs that report speech: "would" in the clause they take is a plan said aloud ("said he would contest").
_REPORTING_VERBS = frozenset(
    "say tell add announce insist indicate confirm reveal declare state promise pledge vow".split()
)
_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})


def reported_clause(clause: Token) -> bool:
    """True when the clause (or the clause it hangs from, or the one it is joined to by "and" or "but")
    is what a reporting verb says: "said the president respected the Senate but would ask …"."""
    top = _reported_top(clause)
    return top.dep_ == "ccomp" and top.head.lemma_.lower() in _REPORTING_VERBS


def _reported_top(clause: Token) -> Token:
    top = verb_chain(clause)[-1]
    while top.dep_ == "conj" and top.head.pos_ in ("VERB", "AUX") and top.head is not top:
        top = verb_chain(top.head)[-1]
    return top


def reported_plan(clause: Token) -> bool:
    """ "Mr Kinnock said he would contest Bethnal Green": "would" under a reporting verb, with the
    speaker (or a pronoun for them, or what is theirs: "his province", "its members") as the subject,
    is a stated plan."""
    top = _reported_top(clause)
    subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
    if subject is None and clause.dep_ == "conj":  # "said he respected the Senate but would ask …"
        subject = next((c for c in clause.head.children if c.dep_ in SUBJECTS), None)
    speaker = next((c for c in top.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if speaker is not None and (_speaks_for_state(speaker, subject) or _speakers_own(speaker, subject)):
        return True  # "Poland's defence minister said Warsaw would buy tanks": the state's own plan
    if any(c.dep_ == "poss" and c.lower_ in _POSSESSIVES for c in subject.children):
        return True  # "Premier Scott Moe said his province would support the challenge"
    return subject.lower_ in _PRONOUNS or speaker is not None and subject.lower_ == speaker.lower_


_POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my"})


def _speakers_own(speaker: Token, subject: Token) -> bool:
    """True when the speaker's title names the subject: "Saskatchewan Premier Scott Moe said Saskatchewan
    would …", "Komeito leader Natsuo Yamaguchi said Komeito would …"."""
    return subject.pos_ == "PROPN" and any(
        t.lower_ == subject.lower_ and t.dep_ in ("compound", "poss")
        for t in speaker.doc[speaker.left_edge.i : speaker.i]
    )


def _state_named(word: Token) -> str | None:
    """The country a word names, as a country, its capital or its people: "Poland", "Warsaw", "Polish"."""
    return country_name(word.text, demonyms=True) or capital_country(word.text)


def _speaks_for_state(speaker: Token, subject: Token) -> bool:
    """True when an office-holder of a country speaks of that country's deeds: "Poland's defence minister
    said Warsaw would …", "the French foreign minister said France would …"."""
    if speaker.pos_ != "NOUN" or subject.pos_ != "PROPN":
        return False
    state = _state_named(subject)
    return state is not None and any(
        c.dep_ in ("poss", "compound", "amod") and _state_named(c) == state for c in speaker.children
    )
