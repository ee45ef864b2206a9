"""Verb lemmas corrected after spaCy's rule lemmatizer: a parsed doc in, the same doc with
"fined" → fine, "hopes" → hope, "rated" → rate (not fin, hop, rat).

The rule lemmatizer tries "-ed" → "-e" and then "-ed" → "", and when both give a verb of its
own index it keeps the last. English spelling decides between them: a short verb that ends in
one vowel and one consonant doubles it before "-ed" and "-ing" ("hop" → "hopped", "fin" →
"finned"), so "hoped" and "fined", with one consonant, come from "hope" and "fine".
"""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import LEMMA
from spacy.language import Language
from spacy.strings import hash_string  # type: ignore[attr-defined]  # in spaCy, not in its stubs
from spacy.tokens import Doc

#: A verb that would double its last consonant before an ending: one vowel between consonants at
#: its end ("fin", "hop", "scrap", "stag"); "w", "x" and "y" never double.
_DOUBLING = re.compile(r"(?:^|[^aeiou])[aeiou][b-df-hj-np-tvz]$")
_ENDINGS = ("ed", "ing")
#: The component's name in a pipeline.
VERB_LEMMAS = "kg_verb_lemmas"


def e_lemma(text: str, lemma: str, verbs: frozenset[str]) -> str | None:
    """The lemma with a final "e" when spelling says so, else None.

    >>> verbs = frozenset({"fin", "fine", "hop", "hope", "swing", "swinge"})
    >>> e_lemma("fined", "fin", verbs), e_lemma("hopes", "hop", verbs), e_lemma("swinging", "swing", verbs)
    ('fine', 'hope', None)
    """
    lower = text.lower()
    if lemma + "e" not in verbs:
        return None
    if lower == lemma + "es":  # "hopes": the short verb would write "hops" (but "fixes", "pushes")
        return None if lemma.endswith(("s", "x", "z", "ch", "sh", "o")) else lemma + "e"
    if not _DOUBLING.search(lemma) or not any(lower == lemma + ending for ending in _ENDINGS):
        return None  # "hopped", "finned": the doubled spelling is the short verb's own
    return lemma + "e"


class VerbLemmas:
    """The pipeline component: rewrites the few verb lemmas that lost their "e"."""

    def __init__(self, verbs: frozenset[str]) -> None:
        # the short verbs that have a verb with "e" beside them: fin/fine, hop/hope, rat/rate …
        self.verbs = verbs
        self.short = frozenset(v for v in verbs if v + "e" in verbs)
        self._hashes = np.fromiter((hash_string(v) for v in self.short), dtype=np.uint64)

    def __call__(self, doc: Doc) -> Doc:
        if not len(self._hashes):
            return doc
        for i in np.flatnonzero(np.isin(doc.to_array(LEMMA), self._hashes)).tolist():
            token = doc[i]
            if token.pos_ in ("VERB", "AUX"):
                fixed = e_lemma(token.text, token.lemma_.lower(), self.verbs)
                if fixed is not None:
                    token.lemma_ = fixed
        return doc


@Language.factory(VERB_LEMMAS)
def make_verb_lemmas(nlp: Language, name: str) -> VerbLemmas:
    """The component, with the verbs of the pipeline's own lemmatizer index (none without one)."""
    verbs: frozenset[str] = frozenset()
    if "lemmatizer" in nlp.pipe_names:
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is not None and lookups.has_table("lemma_index"):
            verbs = frozenset(lookups.get_table("lemma_index").get("verb", ()))
    return VerbLemmas(verbs)
