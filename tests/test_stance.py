"""A named actor judged in a speaker's own quoted words (polarity from the VADER lexicon), and feelings
of "we" that are the speaker's: criticism and praise that no verb of criticising says."""

from __future__ import annotations

import pytest
import spacy

from kg.extract.polarity import STRONG, polarity, polarity_lexicon, strong_negative_words
from tests.helpers import triples_of

CASES = [
    pytest.param(
        'Labour MP Tim Jenkins said: "I feel the Liberal Democrats have over-reacted and overshot the runway."',
        {("Jenkins", "criticize", "Liberal Democrats")},
        set(),
        id="hyphenated-prefix",
    ),
    pytest.param(
        '"Ryanair treats its passengers with contempt and despises its own pilots," said union leader Manfred Weber.',
        {("Manfred Weber", "criticize", "Ryanair")},
        set(),
        id="conjoined-verb",
    ),
    pytest.param(
        '"I think Barclays has manipulated the market," said Labour MP John Mann.',
        {("John Mann", "criticize", "Barclays")},
        set(),
        id="opinion-frame",
    ),
    pytest.param(
        '"We will not prop up a board that despises its own shareholders," said Elliott Management founder Paul Singer.',
        set(),
        set(),
        id="relative-clause-unnamed",
    ),
    pytest.param(
        '"We are glad the Competition Commission of India has finally listened," Kabir Suri said.',
        {("Kabir Suri", "praise", "Competition Commission of India")},
        set(),
        id="glad-we-speaker",
    ),
    pytest.param(
        '"We are delighted that Air China has chosen London for its listing," said LSE chief executive Clara Furse.',
        {("Clara Furse", "praise", "Air China")},
        {("London Stock Exchange", "praise", "Air China")},
        id="delighted-we-is-the-speaker",
    ),
    pytest.param(
        "Mr Johnson said Labour despised ordinary voters.",
        {("Johnson", "criticize", "Labour Party")},
        set(),
        id="reported-speech",
    ),
    # nothing: a feeling stirred in others, an act of force are reported, not judged; negation,
    # questions and conditions judge no one
    pytest.param(
        "Goldman Sachs said Apple had disappointed investors.",
        set(),
        {("Goldman Sachs", "criticize", "Apple")},
        id="feeling-stirred",
    ),
    pytest.param(
        '"Hamas killed two of our soldiers overnight," the Israeli army said.',
        set(),
        {("Israeli army", "criticize", "Hamas"), ("Israel", "criticize", "Hamas")},
        id="act-of-force",
    ),
    pytest.param(
        '"Tesco has not manipulated its suppliers," said Christine Tacon.',
        set(),
        {("Christine Tacon", "criticize", "Tesco")},
        id="negated",
    ),
    pytest.param(
        '"Has Tesco manipulated its suppliers?" asked Christine Tacon.',
        set(),
        {("Christine Tacon", "criticize", "Tesco")},
        id="question",
    ),
    pytest.param(
        '"If Tesco manipulates its suppliers, we will act," said Christine Tacon.',
        set(),
        {("Christine Tacon", "criticize", "Tesco")},
        id="conditional",
    ),
    pytest.param(
        '"Farmers and the FNSEA union have protested for weeks," said Jordan Bardella.',
        set(),
        {("Jordan Bardella", "criticize", "FNSEA")},
        id="protest-is-no-fault",
    ),
    pytest.param(
        '"Shell suffered heavy losses in the quarter," said analyst Jane Evans.',
        set(),
        {("Jane Evans", "criticize", "Shell")},
        id="undergone",
    ),
    pytest.param(
        'Taha Idris of the Swansea mosque said the leaflet was offensive. "I am in no doubt that the BNP are not '
        'needed and not wanted here."',
        {("Taha Idris", "criticize", "BNP")},
        set(),
        id="not-wanted",
    ),
    pytest.param(
        "Tim Jones said the British National Party was unwelcome in Swansea.",
        {("Tim Jones", "criticize", "BNP")},
        set(),
        id="unwelcome",
    ),
    pytest.param(
        "Labour MP Tim Jones said UKIP would not be welcome in Swansea.",
        set(),
        {("Tim Jones", "criticize", "UKIP")},
        id="supposed-unwelcome",
    ),
    pytest.param(
        "Alberta will fight the cap, Danielle Smith said, calling Ottawa's rules an attack on the province.",
        {("Danielle Smith", "criticize", "Canada")},
        set(),
        id="called-by-participle",
    ),
    pytest.param(
        "Ms Jane Smith called Apple on Monday.",
        set(),
        {("Jane Smith", "criticize", "Apple"), ("Jane Smith", "praise", "Apple")},
        id="called-no-name",
    ),
    pytest.param(
        'Carla Ferstman of Redress said: "It is not enough for the British Army to investigate behind closed doors."',
        {("Carla Ferstman", "criticize", "British Army")},
        set(),
        id="not-enough-for",
    ),
    pytest.param(
        "Has Tesco done enough, asked Christine Tacon.",
        set(),
        {("Christine Tacon", "criticize", "Tesco")},
        id="enough-asked",
    ),
    pytest.param(
        "Barclays did the job in two days, Jane Smith said.",
        set(),
        {("Jane Smith", "praise", "Barclays"), ("Jane Smith", "criticize", "Barclays")},
        id="job-without-verdict",
    ),
    pytest.param(
        "Kofi Annan expressed shock at the death of Margaret Hassan.",
        set(),
        {("Kofi Annan", "criticize", "Margaret Hassan")},
        id="feeling-for-a-death",
    ),
    pytest.param(
        "Boris Johnson expressed sympathy to Ukraine.",
        set(),
        {("Boris Johnson", "praise", "Ukraine")},
        id="sympathy",
    ),
    pytest.param(
        "Barclays manipulated the market, the regulator found.",
        set(),
        {("Barclays", "criticize", "Barclays")},
        id="not-quoted",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_stance(text: str, present: set[tuple[str, str, str]], absent: set[tuple[str, str, str]]) -> None:
    found = triples_of(text)
    for subject, predicate, obj in present:
        assert any(s.endswith(subject) and p == predicate and o == obj for s, p, o in found), found
    assert not absent & found


def test_lexicon_is_read_from_the_package() -> None:
    lexicon = polarity_lexicon()
    assert len(lexicon) > 5000
    assert lexicon["despises"] <= -STRONG and lexicon["delighted"] > 0
    assert "reacted" in strong_negative_words() and "refused" not in strong_negative_words()


def test_polarity_joins_a_hyphenated_prefix() -> None:
    doc = spacy.blank("en")("UKIP have over - reacted")
    assert polarity(doc[4]) == polarity_lexicon()["overreacted"]
    assert polarity(doc[0]) == 0.0
