"""Names the tagger took for a product where a company is meant: the one a company buys, sues or takes a
stake in ("Gazprom has bought Sibneft", "a stake in Skype"). A tagged span in → whether it names a body."""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.doc_words import span_root

#: Verbs whose object, bare and named, is a company bought or fought: "bought Sibneft", "sued Napster".
_ACQUIRING = frozenset("buy acquire purchase sue merge absorb".split())
#: Nouns whose "in", "for" or "with" names such a company: "a stake in Skype", "its bid for Sibneft".
_HELD = {"stake": "in", "holding": "in", "shareholding": "in", "bid": "for", "offer": "for", "merger": "with"}


def product_bought(ent: Span) -> bool:
    """True for a one-thing name with no article that a company buys, sues or holds a stake in (not "bought
    the Prius", "sold millions of iPods": a thing made)."""
    root = span_root(ent.doc, ent.start, ent.end)
    if root.pos_ != "PROPN" or root.tag_ != "NNP" or any(c.dep_ in ("det", "nummod") for c in root.children):
        return False
    if root.dep_ == "dobj":
        return root.head.lemma_.lower() in _ACQUIRING
    if root.dep_ == "pobj":
        prep, noun = root.head, root.head.head
        return _HELD.get(noun.lemma_.lower()) == prep.lower_ or prep.lower_ == "with" and noun.lemma_ == "merge"
    return False
