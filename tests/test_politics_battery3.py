"""Politics sentences of the third battery: ties stated with an adjective, failings said of someone,
hyphenated titles, appointments to a named office, opening phrases before a subject, lists of three."""

from __future__ import annotations

from functools import lru_cache

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.appointed import appointed_to_office
from kg.extract.failings import states_failing
from kg.extract.owned_acts import owned_act
from kg.extract.stance_adjuncts import stance_in_act
from kg.extract.stated_ties import tie_stated
from kg.extract.titles import title_predicate
from kg.vocabulary import load_vocabulary
from tests.helpers import triples_of


@lru_cache(maxsize=1)
def _nlp() -> Language:
    from kg.extract.pipeline import load_pipeline

    return load_pipeline()


def _doc(text: str) -> Doc:
    return _nlp()(text)


def _rule_triples(rule, text: str) -> set[tuple[str, str, str]]:
    vocabulary = load_vocabulary()
    return {(c.subject.text, c.predicate, c.object.text) for token in _doc(text) for c in rule(token, vocabulary)}


# --- ties stated with an adjective ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "triple"),
    [
        ("Tony Blair is married to Cherie Blair.", ("Blair", "marry", "Blair")),
        ("Ed Balls, who is close to Gordon Brown, was elected in 2005.", ("who", "close_to", "Brown")),
        ("Tony Blair remained loyal to George W Bush.", ("Blair", "support", "Bush")),
        ("Plaid Cymru is allied with the SNP at Westminster.", ("Cymru", "ally", "SNP")),
    ],
)
def test_a_tie_stated_by_an_adjective(sentence: str, triple: tuple[str, str, str]) -> None:
    assert triple in _rule_triples(tie_stated, sentence)


def test_a_state_with_no_tie_word_gives_nothing() -> None:
    assert not _rule_triples(tie_stated, "Tony Blair is popular with Labour voters.")


def test_a_tie_to_a_thing_is_dropped_where_the_object_is_resolved() -> None:
    assert not triples_of("Labour is close to a deal with the unions.")


def test_stated_ties_end_to_end() -> None:
    assert ("Tony Blair", "marry", "Cherie Blair") in triples_of("Tony Blair is married to Cherie Blair, a barrister.")
    assert ("Ed Balls", "close_to", "Gordon Brown") in triples_of("Ed Balls, who is close to Gordon Brown, spoke.")


# --- failings said of someone -------------------------------------------------------------------------


def _clause(text: str):
    doc = _doc(text)
    return next(t for t in doc if t.dep_ == "ccomp")


@pytest.mark.parametrize(
    "sentence",
    [
        "George Osborne said Gordon Brown had lost control of public spending.",
        "Alan Milburn said the Tories could not be trusted on the economy.",
        "Charles Clarke said Michael Howard had no credible policy.",
        "Charles Kennedy said the Conservatives had run out of ideas.",
        "Charles Kennedy said the Conservatives were in disarray.",
        "Tony Blair said Michael Howard was out of touch with voters.",
    ],
)
def test_a_reported_failing(sentence: str) -> None:
    assert states_failing(_clause(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Tony Blair said Gordon Brown had no plans to resign.",
        "Tony Blair said Gordon Brown could not be blamed.",
        "Tony Blair said Gordon Brown had not lost control of spending.",
        "Tony Blair said Britain had no policy of paying ransoms.",
        "Gordon Brown said the economy was in good shape.",
    ],
)
def test_no_failing(sentence: str) -> None:
    assert not states_failing(_clause(sentence))


def test_a_failing_said_of_someone_is_an_accusation() -> None:
    found = triples_of("George Osborne said Gordon Brown had lost control of public spending.")
    assert ("George Osborne", "accuse", "Gordon Brown") in found


# --- hyphenated titles --------------------------------------------------------------------------------


def test_a_hyphenated_title_split_by_the_tokenizer() -> None:
    assert title_predicate(["election", "co", "-", "ordinator"]) == "works_for"
    assert title_predicate(["co", "-", "chairman"]) == "chair"
    assert title_predicate(["co", "-", "leader"]) == "lead"
    assert title_predicate(["deputy", "leader"]) == "works_for"


def test_hyphenated_titles_before_a_name() -> None:
    assert ("Liam Fox", "chair", "Conservative Party") in triples_of("Tory co-chairman Liam Fox spoke in London.")
    found = triples_of("Labour's election co-ordinator Alan Milburn spoke in London.")
    assert ("Alan Milburn", "member_of", "Labour Party") in found


# --- appointments to a named office -------------------------------------------------------------------


def test_an_appointment_with_by_on_the_office() -> None:
    found = _rule_triples(appointed_to_office, "Ruth Kelly was appointed education secretary by Tony Blair.")
    assert ("Blair", "employ", "Kelly") in found


def test_an_appointment_with_the_name_parsed_into_the_office() -> None:
    found = _rule_triples(appointed_to_office, "Tony Blair named Ruth Kelly education secretary in December.")
    assert ("Blair", "employ", "Kelly") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Gordon Brown made a speech to the TUC on Monday.",
        "Tony Blair praised BBC chairman Michael Grade in his speech.",
        "Tony Blair named the date of the election.",
    ],
)
def test_no_appointment(sentence: str) -> None:
    assert not _rule_triples(appointed_to_office, sentence)


# --- an opening phrase before the subject -------------------------------------------------------------


def test_a_place_ending_an_opening_phrase_is_not_apposed_to_the_subject() -> None:
    found = triples_of(
        "Conservative leader Michael Howard has accused Tony Blair of lying. "
        "Speaking in Kent, the Tory leader said the plans were wrong."
    )
    assert not any("Kent" in (s, o) for s, _, o in found)
    assert ("Michael Howard", "lead", "Conservative Party") in found


# --- lists of three -----------------------------------------------------------------------------------


def test_every_pair_of_a_list_of_three() -> None:
    found = triples_of("Britain, France and Germany held talks in Paris.")
    pairs = {frozenset((s, o)) for s, p, o in found if p == "talk"}
    assert pairs == {
        frozenset(("United Kingdom", "France")),
        frozenset(("United Kingdom", "Germany")),
        frozenset(("France", "Germany")),
    }


def test_a_list_parsed_with_an_apposition() -> None:
    found = triples_of("Tony Blair, Jacques Chirac and Gerhard Schroeder met in Berlin.")
    assert {("Tony Blair", "meet", "Jacques Chirac"), ("Tony Blair", "meet", "Gerhard Schroeder")} <= found


def test_a_list_does_not_pair_a_third_party() -> None:
    found = triples_of("Britain, France and Germany urged Iran to stop enrichment.")
    assert not {(s, o) for s, _, o in found} & {("United Kingdom", "France"), ("France", "Germany")}


# --- acts named by a noun their doer owns -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "triple"),
    [
        ("Labour's victory over the Conservatives ended Tory rule.", ("Labour", "defeat", "Conservatives")),
        ("The Conservatives' defeat by Labour was the worst since 1906.", ("Labour", "defeat", "Conservatives")),
        ("Gordon Brown's speech to the CBI was welcomed.", ("Brown", "address", "CBI")),
        ("Jack Straw, whose talks with Iran ended on Monday, flew home.", ("Straw", "talk", "Iran")),
        ("Tony Blair's apology to Gerry Conlon was welcomed.", ("Blair", "apologise_to", "Conlon")),
    ],
)
def test_an_owned_act(sentence: str, triple: tuple[str, str, str]) -> None:
    assert triple in _rule_triples(owned_act, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Michael Howard's victory in Folkestone was expected.",
        "Gordon Brown's speech was welcomed by the CBI.",
        "Labour's defeat was the worst since 1906.",
    ],
)
def test_no_owned_act(sentence: str) -> None:
    assert not _rule_triples(owned_act, sentence)


# --- a counterpart ------------------------------------------------------------------------------------


def test_a_counterpart_of_an_office_holder_serves_his_state() -> None:
    found = triples_of("Foreign Secretary Jack Straw met his Israeli counterpart Silvan Shalom.")
    assert ("Silvan Shalom", "works_for", "Israel") in found


def test_a_company_bosss_counterpart_serves_no_state() -> None:
    found = triples_of("Tesco boss Terry Leahy met his French counterpart Daniel Bernard.")
    assert ("Daniel Bernard", "works_for", "France") not in found


# --- what is sent, received by its addressee ----------------------------------------------------------


def test_a_letter_received_is_written_by_its_sender() -> None:
    found = triples_of("Tony Blair received a letter from Charles Kennedy on Monday.")
    assert ("Charles Kennedy", "write_to", "Tony Blair") in found
    assert not any(s == "Tony Blair" and o == "Charles Kennedy" for s, _, o in found)


# --- a stance an act takes ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "triple"),
    [
        ("Labour MPs voted against the bill in defiance of Tony Blair.", ("MPs", "defy", "Blair")),
        ("Unison members walked out in protest at Tony Blair's plans.", ("members", "protest_against", "plans")),
        ("Thousands of miners marched in solidarity with Arthur Scargill.", ("Thousands", "support", "Scargill")),
    ],
)
def test_a_stance_in_an_act(sentence: str, triple: tuple[str, str, str]) -> None:
    assert triple in _rule_triples(stance_in_act, sentence)


def test_an_act_in_protest_with_no_one_named() -> None:
    assert not _rule_triples(stance_in_act, "The talks ended in protest.")
