"""The gates before the verb and noun rules: each token's children's labels read off the arrays, and a
gate never keeps a rule from a token where it finds something."""

from __future__ import annotations

import pytest

from kg.extract.doc_words import COORDINATED_SUBJECT, child_labels
from kg.extract.nouns import NOUN_RULES
from kg.extract.pipeline import load_pipeline
from kg.extract.rule_gates import NOUN_GATES, VERB_GATES, Plan
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
