"""The shared grammar (subject finders, label sets) and the open clause rules on hand-built parses:
each `Doc` is written out word by word, so a rule is tested apart from what the model parses."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc, Token

from kg.extract.clause_subjects import clause_subject
from kg.extract.grammar import ATTRIBUTION_VERBS, SAYING_VERBS, SUBJECTS, speech_subject, subject_of
from kg.extract.open import CLAUSE_RULES, verb_clause

#: English's lexical attributes (lower case, punctuation), without a trained pipeline.
VOCAB = English().vocab


def parse(rows: str) -> Doc:
    """A doc from one line per token: word, head (index), dep, pos, tag, lemma."""
    table = [line.split() for line in rows.strip().splitlines()]
    words, heads, deps, pos, tags, lemmas = (list(column) for column in zip(*table, strict=True))
    return Doc(VOCAB, words=words, heads=[int(h) for h in heads], deps=deps, pos=pos, tags=tags, lemmas=lemmas)


def word(doc: Doc, text: str) -> Token:
    return next(t for t in doc if t.text == text)


# "Rutte met Trump and praised him ."
MET_AND_PRAISED = parse("""
Rutte    1 nsubj PROPN NNP Rutte
met      1 ROOT  VERB  VBD meet
Trump    1 dobj  PROPN NNP Trump
and      1 cc    CCONJ CC  and
praised  1 conj  VERB  VBD praise
him      4 dobj  PRON  PRP he
.        1 punct PUNCT .   .
""")

# "Trump was met by Rutte ."
PASSIVE = parse("""
Trump  2 nsubjpass PROPN NNP Trump
was    2 auxpass   AUX   VBD be
met    2 ROOT      VERB  VBN meet
by     2 agent     ADP   IN  by
Rutte  3 pobj      PROPN NNP Rutte
.      2 punct     PUNCT .   .
""")

# "Blair was asked ."
PASSIVE_WITHOUT_AGENT = parse("""
Blair  2 nsubjpass PROPN NNP Blair
was    2 auxpass   AUX   VBD be
asked  2 ROOT      VERB  VBN ask
.      2 punct     PUNCT .   .
""")

# "Rutte urged Congress to act ."
URGED_TO_ACT = parse("""
Rutte    1 nsubj PROPN NNP Rutte
urged    1 ROOT  VERB  VBD urge
Congress 1 dobj  PROPN NNP Congress
to       4 aux   PART  TO  to
act      1 xcomp VERB  VB  act
.        1 punct PUNCT .   .
""")

# "the footballer who plays for Newcastle" (a fragment: footballer is its root)
RELATIVE_CLAUSE = parse("""
the        1 det   DET   DT  the
footballer 1 ROOT  NOUN  NN  footballer
who        3 nsubj PRON  WP  who
plays      1 relcl VERB  VBZ play
for        3 prep  ADP   IN  for
Newcastle  4 pobj  PROPN NNP Newcastle
""")

# "Germany 's watchdog BaFin told banks ." parsed with two subjects
TWO_SUBJECTS = parse("""
watchdog 2 nsubj NOUN  NN  watchdog
BaFin    2 nsubj PROPN NNP BaFin
told     2 ROOT  VERB  VBD tell
banks    2 dobj  NOUN  NNS bank
.        2 punct PUNCT .   .
""")


def test_clause_subject_takes_the_active_subject_and_hands_it_down_a_coordination() -> None:
    doc = MET_AND_PRAISED
    assert clause_subject(word(doc, "met")).text == "Rutte"
    assert clause_subject(word(doc, "praised")).text == "Rutte"


def test_clause_subject_of_a_relative_clause_on_an_apposition_is_the_name() -> None:
    # "Nestle , the food group that owns Gerber , declined ."
    doc = parse("""
    Nestle   8 nsubj    PROPN NNP Nestle
    ,        0 punct    PUNCT ,   ,
    the      4 det      DET   DT  the
    food     4 compound NOUN  NN  food
    group    0 appos    NOUN  NN  group
    that     6 nsubj    PRON  WDT that
    owns     4 relcl    VERB  VBZ own
    Gerber   6 dobj     PROPN NNP Gerber
    declined 8 ROOT     VERB  VBD decline
    .        8 punct    PUNCT .   .
    """)
    assert clause_subject(word(doc, "owns")).text == "Nestle"


def test_clause_subject_prefers_the_name_when_the_parse_gives_two_subjects() -> None:
    assert clause_subject(word(TWO_SUBJECTS, "told")).text == "BaFin"


def test_an_infinitive_takes_the_object_of_the_verb_that_urges_it() -> None:
    assert clause_subject(word(URGED_TO_ACT, "act")).text == "Congress"


def test_the_three_finders_read_a_passive_differently() -> None:
    met = word(PASSIVE, "met")
    assert clause_subject(met) is None  # the relation rules read a passive through its agent
    assert subject_of(met) == (word(PASSIVE, "Trump"), False)  # the open tuple's subject slot
    assert speech_subject(met).text == "Rutte"  # who spoke: the agent
    assert speech_subject(word(PASSIVE_WITHOUT_AGENT, "asked")) is None  # spoken to, not speaking


def test_subject_of_says_when_the_subject_comes_from_another_clause() -> None:
    assert subject_of(word(MET_AND_PRAISED, "met")) == (word(MET_AND_PRAISED, "Rutte"), False)
    assert subject_of(word(MET_AND_PRAISED, "praised")) == (word(MET_AND_PRAISED, "Rutte"), True)
    # a relative clause's subject is the noun it describes, not "who"
    assert subject_of(word(RELATIVE_CLAUSE, "plays")) == (word(RELATIVE_CLAUSE, "footballer"), True)


def test_speech_subject_follows_a_coordinated_speech_verb() -> None:
    doc = parse("""
    Rutte   1 nsubj PROPN NNP Rutte
    arrived 1 ROOT  VERB  VBD arrive
    and     1 cc    CCONJ CC  and
    said    1 conj  VERB  VBD say
    .       1 punct PUNCT .   .
    """)
    assert speech_subject(word(doc, "said")).text == "Rutte"


def test_label_sets_and_verbs_of_saying() -> None:
    assert {"nsubj", "nsubjpass"} == SUBJECTS
    # every verb that makes a relation rule skip a clause as speech also attributes a quotation
    assert SAYING_VERBS < ATTRIBUTION_VERBS
    assert {"warn", "deny", "believe"} <= ATTRIBUTION_VERBS - SAYING_VERBS


def tuples(doc: Doc, verb: str) -> list[tuple[str, str, str, str, float]]:
    return [(t.subject_text, t.relation, t.object_text, t.rule, t.confidence) for t in verb_clause(word(doc, verb))]


@pytest.mark.parametrize(
    ("rows", "verb", "expected"),
    [
        (  # verb_object; the coordinated verb inherits its subject and loses confidence
            MET_AND_PRAISED,
            "praised",
            [("Rutte", "praised", "him", "verb_object", 0.75)],
        ),
        (
            MET_AND_PRAISED,
            "met",
            [("Rutte", "met", "Trump", "verb_object", 0.9)],
        ),
        (  # relative_object: "Trump, whom he met"
            parse("""
            Trump 0 ROOT  PROPN NNP Trump
            ,     0 punct PUNCT ,   ,
            whom  4 dobj  PRON  WP  whom
            he    4 nsubj PRON  PRP he
            met   0 relcl VERB  VBD meet
            """),
            "met",
            [("he", "met", "Trump", "relative_object", 0.7)],
        ),
        (  # verb_preposition
            parse("""
            Rutte 1 nsubj PROPN NNP Rutte
            met   1 ROOT  VERB  VBD meet
            with  1 prep  ADP   IN  with
            Trump 2 pobj  PROPN NNP Trump
            """),
            "met",
            [("Rutte", "met with", "Trump", "verb_preposition", 0.75)],
        ),
        (  # clausal_complement: the mark joins the relation
            parse("""
            Rutte  1 nsubj PROPN NNP Rutte
            said   1 ROOT  VERB  VBD say
            that   5 mark  SCONJ IN  that
            Europe 5 nsubj PROPN NNP Europe
            would  5 aux   AUX   MD  would
            act    1 ccomp VERB  VB  act
            """),
            "said",
            [("Rutte", "said that", "Europe would act", "verb_clause", 0.6)],
        ),
        (  # passive_agent_only
            PASSIVE,
            "met",
            [("Trump", "was met by", "Rutte", "passive_agent_only", 0.6)],
        ),
    ],
    ids=[
        "inherited_object",
        "verb_object",
        "relative_object",
        "verb_preposition",
        "clausal_complement",
        "passive_agent_only",
    ],
)
def test_clause_rules_on_hand_built_parses(rows: Doc, verb: str, expected: list) -> None:
    assert tuples(rows, verb) == expected


def test_a_participle_after_its_noun_leaves_the_noun_without_its_clause() -> None:
    # "The ministry rejected the report written by two senior auditors ."
    doc = parse("""
    The      1 det    DET   DT  the
    ministry 2 nsubj  NOUN  NN  ministry
    rejected 2 ROOT   VERB  VBD reject
    the      4 det    DET   DT  the
    report   2 dobj   NOUN  NN  report
    written  4 acl    VERB  VBN write
    by       5 agent  ADP   IN  by
    two      9 nummod NUM   CD  two
    senior   9 amod   ADJ   JJ  senior
    auditors 6 pobj   NOUN  NNS auditor
    .        2 punct  PUNCT .   .
    """)
    assert tuples(doc, "written") == [
        ("the report", "is written by", "two senior auditors", "passive_agent_only", 0.45)
    ]


def test_a_relative_clause_with_its_object_but_no_subject_of_its_own_gives_nothing() -> None:
    # "Trump, whom met": relative_object applies and stops the rules after it
    doc = parse("""
    Trump 0 ROOT  PROPN NNP Trump
    ,     0 punct PUNCT ,   ,
    whom  3 dobj  PRON  WP  whom
    met   0 relcl VERB  VBD meet
    """)
    assert tuples(doc, "met") == []


def test_an_auxiliary_or_a_verb_without_subject_is_no_clause() -> None:
    assert tuples(PASSIVE, "was") == []
    assert tuples(RELATIVE_CLAUSE, "footballer") == []


def test_clause_rules_are_tried_in_order() -> None:
    assert [rule.__name__ for rule in CLAUSE_RULES] == [
        "relative_object",
        "verb_object",
        "verb_preposition",
        "clausal_complement",
        "passive_agent_only",
    ]


def candidates(doc: Doc, verb: str) -> list[tuple[str, str, str, str, float]]:
    """What the relation rules find at one verb: (subject, predicate, object, rule, confidence)."""
    from kg.extract.rules import RULES
    from kg.vocabulary import load_vocabulary

    vocabulary = load_vocabulary()
    return [
        (c.subject.text, c.predicate, c.object.text, c.rule, c.confidence)
        for rule in RULES
        for c in rule(word(doc, verb), vocabulary)
    ]


def test_relation_rules_read_an_active_clause_and_a_passive_with_its_agent() -> None:
    assert candidates(MET_AND_PRAISED, "met") == [("Rutte", "meet", "Trump", "subject_verb_object", 0.9)]
    assert candidates(PASSIVE, "met") == [("Rutte", "meet", "Trump", "passive_agent", 0.9)]


def test_a_verb_of_saying_with_a_preposition_is_no_relation() -> None:
    # "Rutte added with a smile": "with" names no participant of an addition
    doc = parse("""
    Rutte 1 nsubj PROPN NNP Rutte
    added 1 ROOT  VERB  VBD add
    with  1 prep  ADP   IN  with
    a     4 det   DET   DT  a
    smile 2 pobj  NOUN  NN  smile
    """)
    assert "add" in SAYING_VERBS
    assert candidates(doc, "added") == []
    # the same shape with a verb of action is one: "Rutte met with Trump"
    met_with = parse("""
    Rutte 1 nsubj PROPN NNP Rutte
    met   1 ROOT  VERB  VBD meet
    with  1 prep  ADP   IN  with
    Trump 2 pobj  PROPN NNP Trump
    """)
    assert candidates(met_with, "met") == [("Rutte", "meet", "Trump", "verb_preposition_object", 0.8)]


def test_reported_speech_is_attributed_by_the_wider_list_of_verbs() -> None:
    # "Rutte warned that Europe would act": warn attributes what follows, though it is no verb of saying
    from kg.extract.quotes import Attribution

    doc = parse("""
    Rutte  1 nsubj PROPN NNP Rutte
    warned 1 ROOT  VERB  VBD warn
    that   5 mark  SCONJ IN  that
    Europe 5 nsubj PROPN NNP Europe
    would  5 aux   AUX   MD  would
    act    1 ccomp VERB  VB  act
    .      1 punct PUNCT .   .
    """)
    assert "warn" in ATTRIBUTION_VERBS and "warn" not in SAYING_VERBS
    assert Attribution(doc).speaker(word(doc, "act")) == word(doc, "Rutte")
