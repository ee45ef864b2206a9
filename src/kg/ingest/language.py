"""Whether an article is written in the pipeline's language, so that a pipeline never parses
a language it does not know. py3langid (a maintained port of langid.py) names the language;
a guess against the pipeline's language is only trusted when the text also lacks that
language's common words, since names-heavy news sentences can fool a character model."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

#: Letters needed before a guess is trusted; headlines and one-liners pass unchecked.
MIN_LETTERS = 100
#: The share of probability a guess needs.
MIN_PROBABILITY = 0.95
#: Below this share of the expected language's stop words, a text is not in that language
#: (English news runs at 35–50 %, other languages at a few per cent).
MAX_STOP_WORD_SHARE = 0.15
#: How much of an article is looked at.
SAMPLE_CHARS = 3000

_WORD = re.compile(r"\w+")


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_pickled_model(MODEL_FILE, norm_probs=True)


@cache
def _stop_words(language: str) -> frozenset[str]:
    import spacy.util

    try:
        return frozenset(spacy.util.get_lang_class(language).Defaults.stop_words)
    except (ImportError, AttributeError):
        return frozenset()


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the text's language, or None when the text is too short or unclear.

    >>> detect_language("Bundeskanzler Olaf Scholz hat am Freitag den französischen Präsidenten "
    ...                 "Emmanuel Macron in Berlin getroffen und mit ihm über den Handel gesprochen.")
    'de'
    >>> detect_language("NATO") is None
    True
    """
    sample = text[:SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return None
    code, probability = _identifier().classify(sample)
    return code if probability >= MIN_PROBABILITY else None


def foreign_language(text: str, expected: str) -> str | None:
    """The language `text` is written in when it is clearly not `expected`, else None.

    The share of the expected language's stop words is checked first: it is cheap and
    settles almost every article, so the character model only runs on the doubtful ones.
    """
    sample = text[:SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return None
    stop_words = _stop_words(expected)
    if stop_words:
        words = _WORD.findall(sample.lower())
        if words and sum(w in stop_words for w in words) / len(words) >= MAX_STOP_WORD_SHARE:
            return None
    found = detect_language(sample)
    return found if found is not None and found != expected else None


def language_name(code: str) -> str:
    """The English name of an ISO 639-1 code ("de" → "German"), or the code itself."""
    import pycountry

    language = pycountry.languages.get(alpha_2=code)
    return language.name if language is not None else code
