"""Headlines read as headlinese: which first line is a headline, and the relations its rules find
in short articles written for the tests."""

from __future__ import annotations

import pytest

from tests.helpers import relations_of


def _headline_text(text: str) -> str | None:
    from kg.extract.headlines import headline
    from kg.extract.pipeline import load_pipeline

    doc = load_pipeline()(text)
    span = headline(doc, text)
    return span.text if span is not None else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Unions reject Ford pay offer\n\nThe Unite union turned down the offer.", "Unions reject Ford pay offer"),
        ("\nIran rejects EU nuclear offer\nTehran said no on Monday.", "Iran rejects EU nuclear offer"),
        ("Apple bought Beats for 3bn dollars.\n\nThe deal closed on Friday.", None),  # a sentence, not a headline
        ("Apple buys Beats", None),  # no line after it: a sentence of one line
        (
            "The chancellor said on Monday that the budget would raise taxes for most families and businesses "
            "in the north\n\nMore follows.",
            None,
        ),
    ],
)
def test_headline_is_a_short_first_line_without_a_full_stop(text: str, expected: str | None) -> None:
    assert _headline_text(text) == expected


def test_headline_verbs_read_through_their_endings() -> None:
    from kg.extract.headline_words import _verb_word
    from kg.extract.pipeline import load_pipeline
    from kg.vocabulary import load_vocabulary

    doc = load_pipeline()("Ofwat fines Thames Water as MPs probe pipes")
    words = {t.text: _verb_word(t, load_vocabulary()) for t in doc}
    assert words["fines"] == "fine"
    assert words["probe"] == "probe"
    assert words["Thames"] is None and words["pipes"] is None


ARTICLES = [
    (
        "Ofgem probe Octopus Energy billing errors\n\nThe regulator Ofgem said it was investigating Octopus Energy.",
        ("Ofgem", "investigate", "Octopus Energy"),
    ),
    (
        "Lib Dems attack Labour housing targets\n\nThe Liberal Democrats said the Labour Party's targets were "
        "out of reach.",
        ("Liberal Democrats", "attack", "Labour Party"),
    ),
    (
        "Blair rejects Brown tax plan\n\nTony Blair turned down the plan of Gordon Brown, the chancellor.",
        ("Tony Blair", "oppose_plan_of", "Gordon Brown"),
    ),
    (
        "HSBC in talks with Santander\n\nShares in HSBC rose after the bank said it had held talks with Santander.",
        ("HSBC", "talk", "Santander"),
    ),
    (
        "Watchdog opens probe into Meta\n\nThe Financial Conduct Authority said it had begun an investigation.",
        ("Financial Conduct Authority", "open_probe_into", "Meta"),
    ),
    (
        "Nissan in Renault talks\n\nNissan Motor confirmed talks with Renault about their alliance.",
        ("Nissan Motor", "talk", "Renault"),
    ),
    (
        "Japan and South Korea agree to lift export curbs\n\nThe two governments will meet in Seoul next week.",
        ("Japan", "agree_with", "South Korea"),
    ),
    (
        "Blair warning to Mugabe over land seizures\n\nTony Blair warned Robert Mugabe on Tuesday that the "
        "seizures must end.",
        ("Tony Blair", "warn", "Robert Mugabe"),
    ),
    (
        "Blair 'backs' Brown for leader\n\nTony Blair would like Gordon Brown to follow him, aides said.",
        ("Tony Blair", "support", "Gordon Brown"),
    ),
    (
        "Ryanair pilots to strike after talks fail\n\nPilots at Ryanair will walk out on Friday, their union said.",
        ("Ryanair pilots", "strike_against", "Ryanair"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), ARTICLES, ids=[a[0].split("\n")[0] for a in ARTICLES])
def test_headline_relations(text: str, triple: tuple[str, str, str]) -> None:
    headline = text.split("\n")[0]
    found = {
        (r.subject.name, r.predicate, r.object.name) for r in relations_of(text) if r.evidence.sentence == headline
    }
    assert triple in found, sorted(found)


@pytest.mark.parametrize(
    "text",
    [
        # a place in the noun stack is where, not whose
        "BP sells Alaska oil field\n\nBP has sold its oil field in Alaska to Hilcorp.",
        # a verb that does nothing to the name in the stack
        "Labour sees bigger Brown role\n\nThe Labour Party expects Gordon Brown to lead the campaign.",
        # a title in the stack: done to the person, whom the headline does not name
        "MPs quiz BBC boss over pay\n\nThe culture committee questioned the BBC's director general, Tim Davie.",
    ],
)
def test_headlines_that_state_no_relation_between_their_names(text: str) -> None:
    headline = text.split("\n")[0]
    assert not [r for r in relations_of(text) if r.evidence.sentence == headline]


def test_a_headline_kind_noun_names_a_body_only_when_one_fits() -> None:
    text = (
        "Regulator fines Barclays\n\nThe Financial Conduct Authority and the Prudential Regulation Authority "
        "both looked at the bank."
    )
    headline = text.split("\n")[0]
    assert not [r for r in relations_of(text) if r.evidence.sentence == headline]


@pytest.mark.parametrize(
    "text",
    [
        "Citigroup fined over Parmalat collapse\n\nThe bank said it would appeal against the decision.",
        "Barclays fined over Lehman deal\n\nThe bank said it would appeal.",
    ],
)
def test_a_past_form_in_a_headline_is_done_to_its_subject(text: str) -> None:
    # headlinese drops the auxiliary of a passive: the subject was fined, it fined no one
    assert not [r for r in relations_of(text) if r.evidence.sentence.startswith(text.split("\n")[0])]


def test_a_country_before_a_plural_object_says_where_not_whose() -> None:
    relations = relations_of("Shell has sold its Nigeria oil assets to a group of local firms led by Renaissance.")
    assert not [r for r in relations if r.object.name == "Nigeria"], relations


def test_a_run_of_symbols_read_as_a_headline_verb_is_no_act() -> None:
    # found by the extraction fuzzer: the tagger read the control characters as a verb
    assert relations_of("\n]''''\x7f\x7f\x7f\x7f\x7f''''''\n\"\n,") == []
