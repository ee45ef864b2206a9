"""Posts a sentence says their holder has just left: "Tesco's chairman, John Allan, stepped down",
"Mr Smith, the chief executive of Barclays, has resigned". A name's mention in → a yes or no, read for
the `ended` of the roles titled beside it."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.doc_words import span_root
from kg.extract.mentions import Mention

#: Verbs of leaving a post, with the particle some need: "stepped down", "stood down", "resigned", "quit".
_LEAVING = {"resign": None, "quit": None, "retire": None, "step": "down", "stand": "down"}
#: Verbs of putting someone out of a post, said in the passive: "was sacked", "was ousted".
_REMOVING = frozenset({"sack", "oust", "fire", "dismiss", "depose", "topple", "remove"})


def left_post(doc: Doc, mention: Mention) -> bool:
    """True when the name, or the title phrase it stands in, is the subject of a past verb of leaving a
    post with no other post named ("stepped down as chairman but remains chief executive" names which)."""
    phrase = span_root(doc, mention.start, mention.end)
    while phrase.dep_ == "appos" and phrase.head.i != phrase.i:
        phrase = phrase.head  # "Tesco's chairman, John Allan, stepped down": the phrase the name is set in
        if phrase.dep_ == "pobj" and phrase.head.lower_ == "of" and phrase.head.head.pos_ == "NOUN":
            phrase = phrase.head.head  # "The chief executive of Boeing, Dave Calhoun, …": the parse hangs it on Boeing
    verb = phrase.head
    lemma = verb.lemma_.lower()
    if phrase.dep_ == "nsubjpass":  # "JD Sports' chairman, Peter Cowgill, was sacked by the board"
        return lemma in _REMOVING and not any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children)
    if phrase.dep_ != "nsubj":
        return False
    if lemma not in _LEAVING or verb.tag_ not in ("VBD", "VBN"):
        return False
    particle = _LEAVING[lemma]
    if particle is not None and not any(c.dep_ in ("prt", "advmod") and c.lower_ == particle for c in verb.children):
        return False
    return not any(
        c.dep_ in ("aux", "neg") and (c.tag_ == "MD" or c.dep_ == "neg") or c.dep_ == "prep" and c.lower_ == "as"
        for c in verb.children
    )  # "will step down", "did not resign", "stepped down as chairman" (which post is read elsewhere)
