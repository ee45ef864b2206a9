"""The indexed attribute ruler gives the annotations of spaCy's: the same matches on real articles,
the same tags, parts of speech, morphology and lemmas, and spaCy's Matcher for patterns it cannot index."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from kg.extract.attribute_rules import (
    INDEXED_ATTRIBUTE_RULER,
    IndexedAttributeRuler,
    index_attribute_rules,
    pattern_index,
)
from kg.extract.options import DEFAULT_PIPELINE
from kg.extract.pipeline import load_pipeline, pipeline_name

ARTICLES = sorted((Path(__file__).resolve().parents[1] / "examples" / "articles").glob("*.txt"))
#: Sentences with the words the English patterns single out: pronouns by case, "gonna", "ain't",
#: "let's", auxiliaries read as verbs, an existential "there".
SPECIAL = [
    "I told you it was gonna rain, and you ain't listening.",
    "Let's go: they did it and she has the papers, but I gave them to him.",
    "There are talks, and there is nothin' to show for it, y'all.",
    "She gets what she wants; he got nothing, and it annoyed him.",
]


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def test_kg_pipeline_has_the_indexed_ruler_with_spacys_patterns(nlp):
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, IndexedAttributeRuler)
    shipped = spacy.load(pipeline_name(DEFAULT_PIPELINE)).get_pipe("attribute_ruler")
    assert ruler.patterns == shipped.patterns
    assert pattern_index(ruler) is not None  # the English patterns are all indexed


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_matches_of_real_articles_are_the_matchers(nlp, path):
    ruler = nlp.get_pipe("attribute_ruler")
    text = path.read_text("utf-8")
    for doc in nlp.pipe([text, *SPECIAL], disable=["attribute_ruler", "lemmatizer", "kg_verb_lemmas", "ner"]):
        matches = ruler.match(doc)
        assert matches  # every token has a tag pattern
        assert matches == AttributeRuler.match(ruler, doc)


def test_annotations_are_spacys():
    """A pipeline as spaCy loads it, and the same pipeline with its ruler indexed, annotate alike."""
    shipped = spacy.load(pipeline_name(DEFAULT_PIPELINE))
    indexed = spacy.load(pipeline_name(DEFAULT_PIPELINE))
    index_attribute_rules(indexed)
    assert isinstance(indexed.get_pipe("attribute_ruler"), IndexedAttributeRuler)
    texts = [*SPECIAL, *(path.read_text("utf-8") for path in ARTICLES)]
    for a, b in zip(shipped.pipe(texts), indexed.pipe(texts), strict=True):
        assert [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in a] == [
            (t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in b
        ]


def _blank_ruler() -> tuple[spacy.language.Language, IndexedAttributeRuler]:
    nlp = spacy.blank("en")
    return nlp, nlp.add_pipe(INDEXED_ATTRIBUTE_RULER)


def test_predicates_match_as_the_matcher():
    nlp, ruler = _blank_ruler()
    ruler.add([[{"LOWER": {"IN": ["new", "old"]}}, {"LOWER": "york"}]], {"TAG": "NNP"}, index=1)
    ruler.add([[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]], {"LEMMA": "you"})
    ruler.add([[{"IS_PUNCT": True, "LOWER": {"NOT_IN": [",", "."]}}]], {"TAG": "PUNCT"})
    ruler.add([[{"TEXT": "York"}]], {"TAG": "NNP"})  # a later rule for a token an earlier one matched
    doc = nlp.make_doc("New York and old york; y'all know New Yorkers, and y all: York!")
    assert pattern_index(ruler) is not None
    matches = ruler.match(doc)
    assert matches == AttributeRuler.match(ruler, doc)
    assert {(rule, doc[start:end].text) for rule, _, start, end in matches} == {
        (0, "New York"),
        (0, "old york"),
        (1, "y'all"),
        (1, "y all"),
        (2, ";"),
        (2, ":"),
        (2, "!"),
        (3, "York"),
    }


def test_a_pattern_it_cannot_index_goes_to_spacys_matcher():
    nlp, ruler = _blank_ruler()
    ruler.add([[{"LOWER": "new"}, {"LOWER": "york", "OP": "?"}]], {"LEMMA": "new"})
    assert pattern_index(ruler) is None
    doc = nlp("new york, new ideas")
    assert [t.lemma_ for t in doc] == ["new", "", "", "new", ""]


def test_patterns_added_after_a_doc_are_matched():
    nlp, ruler = _blank_ruler()
    ruler.add([[{"LOWER": "went"}]], {"LEMMA": "go"})
    assert [t.lemma_ for t in nlp("went wanting")] == ["go", ""]
    ruler.add([[{"LOWER": "wanting"}]], {"LEMMA": "want"})
    assert [t.lemma_ for t in nlp("went wanting")] == ["go", "want"]
    ruler.clear()
    assert [t.lemma_ for t in nlp("went wanting")] == ["", ""]


def test_an_empty_doc_has_no_matches():
    nlp, ruler = _blank_ruler()
    ruler.add([[{"LOWER": "gonna"}]], {"LEMMA": "go"})
    assert ruler.match(Doc(nlp.vocab, words=[])) == []
