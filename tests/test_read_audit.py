"""Qualifiers as a reader checks them against the sentence: who the claim is attributed to when no entity
says it, "would" in reported speech, wanted events, hearsay frames, and verbs of giving with their noun."""

from __future__ import annotations

import pytest

from tests.helpers import relations_of


def _one(sentence: str, predicate: str):
    found = [r for r in relations_of(sentence) if r.predicate == predicate]
    assert found, f"no {predicate} in {[(r.subject.name, r.predicate, r.object.name) for r in relations_of(sentence)]}"
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "predicate", "source", "modality"),
    [
        # a definite body speaks on the record: its words, not a hedge
        (
            "The Dutch government and two banks have agreed a rescue package for KLM, the finance ministry said.",
            "agree_package_for",
            "the finance ministry",
            "asserted",
        ),
        # an unnamed official: attributed, and the claim stays a future plan
        (
            "Keir Starmer is expected to travel to Kyiv next month, according to a government official who asked "
            "not to be named.",
            "visit",
            "a government official",
            "future",
        ),
        # how the source knows is part of its name; a source no one can hold to its words hedges a fact
        (
            "Volkswagen met IG Metall on Friday, according to two people briefed on the talks.",
            "meet",
            "two people briefed on the talks",
            "hedged",
        ),
        ("Joe Biden met Vladimir Putin in Geneva, a spokesman said.", "meet", "a spokesman", "hedged"),
        ("Analysts said Toyota was unlikely to sell its stake in Denso.", "sell_stake_in", "Analysts", "hedged"),
        # "unlikely" is also a "probably not": see test_unlikely_is_a_hedged_not
    ],
)
def test_an_unresolved_source_is_carried_in_its_own_words(
    sentence: str, predicate: str, source: str, modality: str
) -> None:
    relation = _one(sentence, predicate)
    assert relation.attributed_to == source
    assert relation.modality == modality
    assert not relation.is_fact


def test_a_pronoun_source_stays_unattributed_and_hedged() -> None:
    relation = _one("He said Joe Biden met Vladimir Putin in Geneva.", "meet")
    assert relation.attributed_to is None
    assert relation.modality == "hedged"


@pytest.mark.parametrize(
    ("sentence", "predicate", "modality"),
    [
        # the speaker's own (a pronoun, a possessive, the place the speaker's title names): a plan
        ("Ontario Premier Doug Ford said his province would support Quebec's appeal.", "support", "intent"),
        ("Shell said it would buy BG Group.", "buy", "intent"),
        ("Komeito leader Natsuo Yamaguchi said Komeito would support the LDP.", "support", "intent"),
        # someone else's: the reported "will", put in the past
        ("The minister said Poland would buy tanks from South Korea.", "buy_tank_from", "future"),
        # a condition needs an "if"
        ("The minister said Germany would sign the treaty with France if parliament agreed.", "sign", "conditional"),
    ],
)
def test_would_under_a_verb_of_saying(sentence: str, predicate: str, modality: str) -> None:
    assert _one(sentence, predicate).modality == modality


@pytest.mark.parametrize(
    "sentence",
    [
        "Spain supports Ukraine's accession to the European Union.",
        "France backs Turkey's entry into the European Union.",
    ],
)
def test_an_event_someone_backs_is_wanted_not_done(sentence: str) -> None:
    [entry] = [r for r in relations_of(sentence) if r.predicate in ("accession_to", "entry_into")]
    assert entry.modality == "intent"


def test_a_clause_under_is_said_to_is_hearsay() -> None:
    sentence = "Ms Merkel, for her part, is said to be furious that her plans are being blocked by Mr Seehofer."
    assert _one(sentence, "block").modality == "hedged"
    assert _one("Mr Blair is said to be furious with Mr Brown.", "criticize").modality == "hedged"
    assert _one("Ms Merkel is furious with Mr Seehofer.", "criticize").modality == "asserted"
    plain = "Ms Merkel said that her plans were blocked by Mr Seehofer."
    assert _one(plain, "block").modality == "asserted"


@pytest.mark.parametrize(
    ("sentence", "predicate", "absent"),
    [
        ("Mr Scholz agreed to give Olaf Lies a free hand in the talks.", "give_hand_to", "give"),
        ("Microsoft offered OpenAI a new deal on Tuesday.", "offer_deal_to", "offer"),
    ],
)
def test_a_verb_of_giving_keeps_what_it_gives(sentence: str, predicate: str, absent: str) -> None:
    predicates = {r.predicate for r in relations_of(sentence)}
    assert predicate in predicates
    assert absent not in predicates


def test_a_sum_given_keeps_the_bare_verb() -> None:
    predicates = {r.predicate for r in relations_of("Renault will also lend Andina 250 million dollars.")}
    assert "lend" in predicates or "lend_to" in predicates


@pytest.mark.parametrize(
    ("sentence", "predicate"),
    [
        ("The minister did not say whether Poland would buy tanks from South Korea.", "buy_tank_from"),
        ("The Kremlin asked whether Ukraine would join NATO.", "join"),
    ],
)
def test_a_clause_under_whether_is_a_question(sentence: str, predicate: str) -> None:
    assert _one(sentence, predicate).modality == "question"


def test_a_gerund_talked_about_is_a_prospect() -> None:
    sentence = "Tony Blair has met Silvio Berlusconi to talk about Turkey entering the EU."
    assert _one(sentence, "enter").modality == "hedged"
    assert _one(sentence, "meet").modality == "asserted"
    # a feeling about a deed is no talk of a prospect: the deed stands
    assert _one("Mr Blair was angry about Russia attacking Ukraine.", "attack").modality == "asserted"


@pytest.mark.parametrize(
    ("sentence", "predicate", "source"),
    [
        ("The Financial Times quoted Mr Sorrell as saying that WPP would bid for Cordiant.", "bid_for", "Sorrell"),
        ("Reuters quoted a spokesman as saying that Siemens had approached Alstom.", "approach", "a spokesman"),
    ],
)
def test_a_source_quoted_as_saying_speaks_the_clause(sentence: str, predicate: str, source: str) -> None:
    assert _one(sentence, predicate).attributed_to == source


def test_a_question_put_to_someone_is_asked_not_urged_or_said() -> None:
    relation = _one("Asked if Germany should send tanks to Ukraine, Mr Scholz said no.", "send_tank_to")
    assert relation.modality == "question"
    assert relation.attributed_to is None
    said = _one("Asked about the deal, Mr Scholz said Germany would send tanks to Ukraine.", "send_tank_to")
    assert said.modality == "future"
    assert said.attributed_to == "Scholz"


@pytest.mark.parametrize(
    ("sentence", "owner", "predicate"),
    [
        ("Ex-Tesco boss Dave Lewis joined Haleon.", "Tesco", "lead"),
        ("Ex-Labour MP Ivor Caplin joined the Conservatives.", "Labour Party", "member_of"),
    ],
)
def test_ex_opening_a_sentence_ends_the_role_and_names_nothing(sentence: str, owner: str, predicate: str) -> None:
    relations = relations_of(sentence)
    [role] = [r for r in relations if r.predicate == predicate]
    assert role.object.name == owner
    assert role.ended
    assert not any(r.object.name.lower().startswith("ex") for r in relations)


@pytest.mark.parametrize(
    ("sentence", "predicate"),
    [
        ("Tesco has yet to respond to Sainsbury's.", "respond_to"),
        ("Boeing is yet to sign a deal with Airbus.", "sign"),
    ],
)
def test_yet_to_is_not_done_and_no_duty(sentence: str, predicate: str) -> None:
    relation = _one(sentence, predicate)
    assert relation.negated
    assert relation.modality == "asserted"


def test_whether_after_a_preposition_is_a_question() -> None:
    assert _one("Unilever declined to comment on whether it would buy GSK.", "buy").modality == "question"


@pytest.mark.parametrize(
    ("sentence", "predicate", "ended"),
    [
        ("Mr Musk, who once led PayPal, criticised Apple.", "lead", True),
        ("Glencore, which formerly owned Xstrata, sued Rio Tinto.", "own", True),
        ("Mr Musk led PayPal.", "lead", False),
    ],
)
def test_a_role_held_once_has_ended(sentence: str, predicate: str, ended: bool) -> None:
    assert _one(sentence, predicate).ended is ended


def test_once_with_the_present_is_a_condition() -> None:
    assert _one("Once Tesco owns Booker, it will sue Asda.", "own").modality == "conditional"
    assert _one("Once Tesco bought Booker, it sued Asda.", "buy").modality == "asserted"


def test_an_honorific_the_tagger_calls_plural_is_no_group() -> None:
    relations = relations_of("Ms Truss, who served briefly as prime minister, criticised the Bank of England.")
    assert not any(r.object.name == "Ms" or r.subject.name == "Ms" for r in relations)


@pytest.mark.parametrize(
    ("sentence", "predicate"),
    [
        ("Google backed out of its deal with Fitbit.", "sign"),
        ("Mr Sunak called off his meeting with Mr Mitsotakis.", "meet"),
    ],
)
def test_an_event_withdrawn_from_was_not_done(sentence: str, predicate: str) -> None:
    assert _one(sentence, predicate).modality == "intent"


def test_an_event_signed_stands() -> None:
    assert _one("Google signed a deal with Fitbit.", "sign").modality == "asserted"


def test_backing_out_of_a_deal_is_no_backing_of_its_party() -> None:
    assert not any(r.predicate == "support" for r in relations_of("Vodafone backed out of its deal with Orange."))


def test_an_adverb_particle_stays_with_its_verb() -> None:
    assert _one("Mr Biden stepped aside for Ms Harris.", "step_aside_for").object.name == "Harris"


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("I think Russia will attack Poland, Mr Duda said.", "Duda"),
        ("We believe Russia will attack Poland, the Polish government said.", "Poland Government"),
    ],
)
def test_a_first_person_frame_is_its_speakers(sentence: str, source: str) -> None:
    relation = _one(sentence, "attack")
    assert relation.attributed_to == source
    assert relation.modality == "opinion"


@pytest.mark.parametrize(
    ("sentence", "ended"),
    [
        ("Neil Kinnock, the then Labour leader, backed the plan.", True),
        ("Neil Kinnock, then the Labour leader, backed the plan.", True),
        ("Neil Kinnock, Labour's leader until 1992, backed the plan.", True),
        ("Neil Kinnock, who led Labour from 1983 to 1992, backed the plan.", True),
        ("Neil Kinnock, the Labour leader, backed the plan.", False),
    ],
)
def test_a_role_the_sentence_closes_has_ended(sentence: str, ended: bool) -> None:
    assert _one(sentence, "lead").ended is ended


def test_an_ousted_chief_no_longer_leads() -> None:
    relation = _one("The ousted chief executive of OpenAI, Sam Altman, joined Microsoft.", "lead")
    assert relation.object.name == "OpenAI"
    assert relation.ended


@pytest.mark.parametrize(
    ("sentence", "predicates"),
    [
        ("Mr Xi has neither condemned nor supported Russia.", ("criticize", "support")),
        ("Mr Xi neither condemned Russia nor supported Ukraine.", ("criticize", "support")),
        ("Mr Modi avoided criticising Russia.", ("criticize",)),
    ],
)
def test_deeds_neither_done_nor_avoided_are_negated(sentence: str, predicates: tuple[str, ...]) -> None:
    for predicate in predicates:
        assert _one(sentence, predicate).negated


def test_deeds_joined_by_and_stand() -> None:
    sentence = "Mr Xi condemned Russia and supported Ukraine."
    assert not _one(sentence, "criticize").negated
    assert not _one(sentence, "support").negated


def test_unlikely_is_a_hedged_not() -> None:
    relation = _one("Analysts said the LDP was unlikely to break with Komeito.", "break_with")
    assert relation.negated
    assert relation.modality == "hedged"
    assert not _one("The LDP is likely to break with Komeito.", "break_with").negated


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ("Mr Ruto said he respected the Senate but would ask the National Assembly to restore the cuts.", "intent"),
        ("Mr Ruto respected the Senate but would ask the National Assembly to act if it refused.", "conditional"),
    ],
)
def test_would_joined_to_a_reported_clause_is_reported(sentence: str, modality: str) -> None:
    assert _one(sentence, "ask").modality == modality


def test_a_claim_put_to_someone_is_a_question() -> None:
    assert _one("It was put to Mr Blair that Mr Brown had undermined him.", "undermine").modality == "question"


def test_a_tie_named_by_its_other_side_keeps_its_noun() -> None:
    assert _one("Ukraine wants closer EU ties.", "want_tie_with").object.name == "EU"


def test_a_preposition_after_a_title_is_the_titles() -> None:
    sentence = (
        "Within four years, Mr Brown had gained his first frontbench post as shadow chief secretary to the Treasury."
    )
    predicates = {r.predicate for r in relations_of(sentence)}
    assert "shadow_chief_secretary_to" in predicates
    assert not any(p.startswith("gain_post") for p in predicates)


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Microsoft will buy Activision, Bloomberg News reported, citing unnamed sources.", "Bloomberg News"),
        (
            "Microsoft will buy Activision, a person familiar with the matter told Reuters.",
            "a person familiar with the matter",
        ),
        ("Microsoft bought Activision, and Sony said it would sue.", None),
    ],
)
def test_a_trailing_attribution_the_parser_joins_to_the_clause(sentence: str, source: str | None) -> None:
    assert _one(sentence, "buy").attributed_to == source


def test_a_polls_finding_is_an_opinion() -> None:
    relation = _one("Labour leads the Conservatives by 20 points, according to a YouGov poll.", "lead")
    assert relation.modality == "opinion"
    assert relation.attributed_to == "a YouGov poll"
    wanted = [r for r in relations_of("According to a poll, most Britons want Mr Sunak to resign.")]
    assert wanted and all(r.modality == "opinion" for r in wanted)
