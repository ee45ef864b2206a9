"""Who a participle of succession hung on an appointment speaks of: in "HSBC appointed Georges Elhedery
as chief executive, replacing Noel Quinn" Mr Elhedery replaces Mr Quinn, not HSBC. A verb token in → the
appointee's token (or None)."""

from __future__ import annotations

from spacy.tokens import Token

#: Verbs of taking someone's place.
_SUCCEEDING = frozenset({"replace", "succeed"})
#: Verbs that put someone in a post, whose object is the one who takes it.
_APPOINTING = frozenset(
    {"appoint", "name", "nominate", "elect", "install", "choose", "select", "hire", "promote", "pick", "tap"}
)


def successor_appointed(verb: Token) -> Token | None:
    """The object of an appointing verb that a "replacing …" or "succeeding …" participle after it
    follows: "named Joshua Schulman as chief executive, replacing Jonathan Akeroyd" → Schulman."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.lemma_.lower() not in _SUCCEEDING:
        return None
    host = verb.head
    if host.i == verb.i or host.lemma_.lower() not in _APPOINTING:
        return None
    return next((c for c in host.children if c.dep_ == "dobj" and c.i < verb.i), None)
