"""The gates before the verb and noun rules: each token's children's labels read off the arrays, and a
gate never keeps a rule from a token where it finds something."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.doc_words import COORDINATED_SUBJECT, child_labels
from kg.extract.nouns import NOUN_RULES
from kg.extract.pipeline import load_pipeline
from kg.extract.rule_gates import NOUN_GATES, VERB_GATES, Plan, _g
from kg.extract.rules import RULES
from kg.vocabulary import load_vocabulary

SENTENCES = [
    "Joe Biden and Xi Jinping met in Bali on Monday and agreed to resume talks.",
    "The company was bought by Malcolm Glazer, who later sold off a 30% stake in Manchester United.",
    "Mr Grieve warned that the government would face a defeat, and the Lords rejected a plea by Lord Falconer.",
    "Talks between Russia and Ukraine broke down after his rivalry with Mr Brown and the US-Japan alliance.",
    "The regulator fined Barclays £26m and urged ministers to call for an inquiry into the bank.",
    "Mr Cameron served under Mrs Thatcher's leadership, and Paris was at odds with Berlin.",
    # rules that need a word of theirs in the sentence ("tariffs", "ambassador", "strike", "objections")
    "Washington imposed tariffs on Chinese goods. France recalled its ambassador from Italy.",
    "Verdi called a strike at Lufthansa, and the council passed the bill despite the union's objections.",
    "The court ruled in favour of Airbus. Israel struck targets in Lebanon.",
    "Beijing has restricted imports of Australian coal, and Canada vowed to retaliate against US farm products.",
    "The Moscow-backed candidate Viktor Yanukovych praised the merger of Lloyds and HBOS.",
    "Rival plane makers Airbus and Boeing welcomed the US-China talks and the Brown/Blair feud.",
]


@pytest.fixture(scope="module")
def docs():
    nlp = load_pipeline()
    return list(nlp.pipe(SENTENCES))


def test_child_labels_are_the_children_labels(docs) -> None:
    for doc in docs:
        labels = child_labels(doc)
        for token in doc:
            assert labels[token.i] - {COORDINATED_SUBJECT} == {c.dep_ for c in token.children}


def test_every_rule_is_gated() -> None:
    assert set(RULES) <= set(VERB_GATES) and set(NOUN_RULES) <= set(NOUN_GATES)


def test_gates_keep_every_candidate(docs) -> None:
    vocabulary = load_vocabulary()
    verb_plan, noun_plan = Plan(RULES, VERB_GATES), Plan(NOUN_RULES, NOUN_GATES)
    fired = 0
    for doc in docs:
        labels = child_labels(doc)
        for token in doc:
            for rules, plan in ((RULES, verb_plan), (NOUN_RULES, noun_plan)):
                allowed = plan.rules_for(token, labels[token.i])
                for rule in rules:
                    found = list(rule(token, vocabulary))
                    fired += bool(found)
                    assert rule in allowed or not found, (rule.__name__, token.text)
    assert fired >= 8


def _recalled(token, vocabulary):
    yield from ()


def _waited(token, vocabulary):
    yield from ()


def test_rules_needing_a_word_are_kept_where_the_sentence_has_it() -> None:
    words = "Paris recalled its Ambassadors . Rome imposed tariffs . Berlin waited".split()
    lemmas = "Paris recall its ambassador . Rome impose tariff . Berlin wait".split()
    starts = [True, False, False, False, False, True, False, False, False, True, False]
    doc = Doc(spacy.blank("en").vocab, words=words, lemmas=lemmas, sent_starts=starts)
    gates = {
        _recalled: _g(near={"ambassadors", "tariffs", "ambassador"}),  # the word, not its lemma
        _waited: _g(near={"ambassador", "wait"}, near_lemma=True),
    }
    plan = Plan((_recalled, _waited), gates)
    assert plan.absent_by_sentence(doc) == {0: frozenset(), 5: {_waited}, 9: {_recalled}}
    assert plan.rules_for(doc[1], set()) == (_recalled, _waited)
    assert plan.rules_for(doc[6], set()) == (_recalled,)
    assert plan.rules_for(doc[10], set()) == (_waited,)
