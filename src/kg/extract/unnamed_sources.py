"""The words of a source that names no entity: "…, the finance ministry said", "according to a presidency
official who asked not to be named" → "the finance ministry", "a presidency official". A speaker token in,
a short phrase out (or None for a pronoun, whose words tell a reader nothing)."""

from __future__ import annotations

from spacy.tokens import Token

#: Dependents that stay with the noun of a source: its determiner, adjectives, compounds, owner, number.
_KEPT = frozenset({"det", "amod", "compound", "poss", "nummod", "nmod", "case", "quantmod", "advmod"})
#: Prepositions whose object tells whom a source speaks for or where it sits: "a spokesman for the
#: prime minister", "an official at the ministry", "people familiar with the talks".
_OWNING = frozenset({"for", "of", "at", "with", "in", "from", "on", "close"})
#: Participles and adjectives after the noun that say how the source knows: "a person briefed on the plans",
#: "people familiar with the matter".
_KNOWING = frozenset({"briefed", "familiar", "close", "involved", "knowledgeable", "aware", "speaking"})
#: Nouns of a poll or survey: what one finds is what people think, not what is so.
POLL_SOURCES = frozenset({"poll", "polls", "survey", "surveys", "pollster", "pollsters", "study"})
#: Longest phrase kept whole; a longer one is cut to the noun and the words before it.
_LONGEST = 10


def source_phrase(speaker: Token) -> str | None:
    """The words that name an unresolved speaker, for a relation's `attributed_to`; None for a pronoun or
    a word that is no noun."""
    if speaker.pos_ not in ("NOUN", "PROPN") or speaker.tag_ in ("PRP", "PRP$"):
        return None
    words = {speaker.i}
    for child in speaker.children:
        if child.i < speaker.i and child.dep_ in _KEPT or child.i > speaker.i and _knowing(child):
            words.update(t.i for t in child.subtree)
    if max(words) - min(words) >= _LONGEST:
        words = {t.i for left in speaker.lefts if left.dep_ in _KEPT for t in left.subtree} | {speaker.i}
    doc = speaker.doc
    span = doc[min(words) : max(words) + 1]
    text = " ".join(t.text for t in span if not t.is_punct or t.text in ("-", "'", "’", "&"))
    text = text.replace(" 's", "'s").replace(" ’s", "’s").replace(" - ", "-")
    return text or None


def polled(speaker: Token | None) -> bool:
    """True when the source is a poll or survey: "…, according to a YouGov poll", "polls show"."""
    return speaker is not None and speaker.lower_ in POLL_SOURCES


def anonymous(speaker: Token) -> bool:
    """True for a source no reader could hold to its words: "a spokesman", "two people familiar with the
    matter", "analysts" (not "the finance ministry", "Lufthansa's pilots union", "a spokesman for the
    prime minister, Mr X")."""
    if speaker.pos_ == "PROPN":
        return False
    if any(
        c.dep_ == "prep" and c.lower_ in ("for", "of", "at") and any(g.pos_ == "PROPN" for g in c.children)
        for c in speaker.rights
    ):
        return False  # "a spokesman for Prime Minister Mohammed Shia al-Sudani" speaks on the record
    return not any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that") or c.pos_ == "PROPN"
        for c in speaker.lefts
    )


def _knowing(child: Token) -> bool:
    """True for what follows a source's noun and belongs to its name: "for the ministry", "briefed on the
    plans" (not a relative clause or an apposition)."""
    if child.dep_ == "prep":
        return child.lower_ in _OWNING
    return child.dep_ in ("acl", "amod") and child.lower_ in _KNOWING
