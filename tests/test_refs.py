"""Actors named by a description rather than a name: "the home secretary" for the one person the
article has named without a title, and when such a description stays open."""

from __future__ import annotations

import pytest

from tests.helpers import relations_of, triples_of


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "David Blunkett told MPs the UK would keep its veto. The home secretary was responding to a "
            "question from Conservative spokesman David Davis.",
            ("David Blunkett", "respond_to_question_from", "David Davis"),
        ),
        (
            "Gerald Darmanin defended the immigration rules on Tuesday. The interior minister later praised "
            "the police.",
            ("Gerald Darmanin", "praise", "police"),
        ),
    ],
)
def test_a_portfolio_office_is_the_one_untitled_person(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples_of(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # two people named without a title: either may be the business secretary
        (
            "Rachel Reeves met Jonathan Reynolds and Pat McFadden on Monday. The business secretary "
            "criticised the Treasury.",
            ("Rachel Reeves", "criticize", "Treasury"),
        ),
        # the shadow home secretary is not the home secretary
        (
            "Shadow home secretary David Davis attacked Charles Clarke. The home secretary criticised the "
            "Conservative Party.",
            ("David Davis", "criticize", "Conservative Party"),
        ),
        # a junior minister is one of many
        (
            "Chris Leslie defended the bill on Monday. The junior minister criticised the Bar Council.",
            ("Chris Leslie", "criticize", "Bar Council"),
        ),
    ],
)
def test_a_portfolio_office_stays_open_when_more_than_one_fits(text: str, wrong: tuple[str, str, str]) -> None:
    assert wrong not in triples_of(text)


def _described(text: str) -> dict[str, str]:
    """The description phrases of `text` → the names they stand for."""
    from kg.extract.document import _Run
    from kg.extract.options import ExtractOptions
    from kg.extract.pipeline import load_pipeline
    from kg.model import Article, ArticleMeta
    from kg.vocabulary import load_vocabulary

    doc = load_pipeline()(text)
    run = _Run(doc, Article(ArticleMeta("t"), text), load_vocabulary(), ExtractOptions())
    return {doc[d.start : d.end].text: d.entity.name for d in run.descriptions}


def test_a_business_described_in_a_claim_is_the_one_the_claimant_named() -> None:
    text = "Ryanair has sued Boeing, claiming the aircraft maker misled Ryanair about delivery dates."
    assert _described(text) == {"aircraft maker": "Boeing"}
    assert ("Ryanair", "accuse", "Boeing") in triples_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # two businesses beside the claimant: either may be the aircraft maker
        "Ryanair has sued Boeing and Airbus, claiming the aircraft maker misled Ryanair about delivery dates.",
        # a relative clause describes a business anew
        "Ryanair has sued Boeing, claiming the aircraft maker that built the jets misled it.",
        # no claim: the search giant may be anyone
        "Oracle met Google in 2010 after the search giant had copied the Java code.",
    ],
)
def test_a_business_described_in_a_claim_stays_open(text: str) -> None:
    assert "Boeing" not in _described(text).values() and "Google" not in _described(text).values()


_LEAD = "Trading in the shares was halted after the British regulator said it had opened an inquiry into Barclays."


def test_a_national_regulator_described_before_it_is_named_is_the_one_named_after() -> None:
    text = (
        f"{_LEAD} Britain's financial watchdog, the Financial Conduct Authority, told Reuters that traders moved early."
    )
    assert _described(text) == {"British regulator": "Financial Conduct Authority"}
    assert ("Financial Conduct Authority", "regulator_of", "United Kingdom") in triples_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # another country's watchdog is named after it
        f"{_LEAD} Germany's financial watchdog, BaFin, told Reuters that traders moved early.",
        # two regulators are named after it
        f"{_LEAD} Britain's financial watchdog, the Financial Conduct Authority, and Britain's competition watchdog,"
        " the Competition and Markets Authority, said traders moved early.",
    ],
)
def test_a_regulator_described_before_it_is_named_stays_open(text: str) -> None:
    assert "British regulator" not in _described(text)


@pytest.mark.parametrize(
    ("text", "triple", "wrong"),
    [
        # the sentence is about a deal; the body a relative clause tells of is what "it" goes on with
        (
            "Shares fell after a series of purchases by Barclays, which has been trying to grow in Asia. "
            "It bought the Singapore lender Corvana Bank in 2022.",
            ("Barclays", "buy", "Corvana Bank"),
            None,
        ),
        # a named subject stays what the sentence is about
        (
            "Nokia sued Ericsson, which denied any wrongdoing. It also accused Apple of copying.",
            ("Nokia", "accuse", "Apple"),
            ("Ericsson", "accuse", "Apple"),
        ),
    ],
)
def test_a_body_a_relative_clause_tells_of_is_what_it_goes_on_with(
    text: str, triple: tuple[str, str, str], wrong: tuple[str, str, str] | None
) -> None:
    found = triples_of(text)
    assert triple in found
    assert wrong not in found


_STRIKE = (
    "Cabin crew at British Airways will strike on Friday, the Unite union said. Unite said talks had failed. "
    "British Airways called the strike unnecessary. The airline said it would go to court. "
    "Unite said its members were angry."
)


def test_both_sides_are_the_two_bodies_the_story_is_about() -> None:
    found = triples_of(f"{_STRIKE} Transport Secretary Grant Shapps urged both sides to resume talks.")
    assert {("Grant Shapps", "call", "British Airways"), ("Grant Shapps", "call", "Unite union")} <= found


def test_both_sides_stay_open_when_a_third_body_is_named_as_often() -> None:
    text = (
        f"{_STRIKE} Ryanair said it would add flights. Ryanair said it had spare jets. Ryanair said its "
        "crews were ready. Transport Secretary Grant Shapps urged both sides to resume talks."
    )
    assert not any(t[0] == "Grant Shapps" and t[1] == "call" for t in triples_of(text))


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            '"Our alliance will defend Finland," NATO Secretary General Jens Stoltenberg said.',
            ("NATO", "defend", "Finland"),
        ),
        (
            '"Our party will never work with the Scottish National Party," Labour leader Keir Starmer said.',
            ("Labour Party", "work_with", "Scottish National Party"),
        ),
    ],
)
def test_our_body_in_a_quote_is_the_body_the_speaker_speaks_for(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples_of(text)


def test_our_body_stays_open_when_the_speaker_is_tied_to_no_body() -> None:
    assert not triples_of('"Our company will not sell to Huawei," said Jane Smith.')


_GROUP = (
    "A group of MPs has urged Boris Johnson to act on air pollution. The cross-party group criticised the "
    "Department for Transport on Monday. MPs and peers have long disagreed. The all-party group, including "
    "Labour's Ruth Cadbury, praised the Mayor of London. Ministers said the plan was too costly. Officials "
    "declined to comment. Transport for London welcomed it. Drivers were angry. MPs said the issue was urgent. "
    "The group also criticised Heathrow Airport."
)


def test_a_body_the_article_described_stays_one_body_however_it_is_described_again() -> None:
    found = triples_of(_GROUP)
    assert {
        ("group of MPs", "criticize", "Department for Transport"),
        ("Ruth Cadbury", "member_of", "group of MPs"),
        ("group of MPs", "criticize", "Heathrow Airport"),
    } <= found
    assert not any(t[0] == "MPs" and t[2] == "Heathrow Airport" for t in found)


def test_a_body_described_with_an_indefinite_article_is_another() -> None:
    text = "A group of MPs has urged Boris Johnson to act. A cross-party group of peers criticised Heathrow Airport."
    assert ("group of MPs", "criticize", "Heathrow Airport") not in triples_of(text)


def test_what_a_body_acts_on_is_not_that_body() -> None:
    text = "Vodafone bought Mannesmann in 2000. Vodafone later sold the company to Verizon."
    assert _described(text) == {"company": "Mannesmann"}
    assert ("Vodafone", "sell", "Mannesmann") in triples_of(text)


def test_a_noun_with_a_restrictive_relative_clause_is_described_anew() -> None:
    text = 'Maersk agreed to buy Corvana. "Corvana has built exactly the network our customers want," Maersk said.'
    assert "exactly the network" not in _described(text) and "network" not in _described(text)


@pytest.mark.parametrize(
    ("text", "triple", "resolved"),
    [
        # the untitled person the story is about may be the prime minister at home
        (
            "Tony Blair has met Italian Prime Minister Silvio Berlusconi in London. The prime minister praised "
            "Gordon Brown.",
            ("Silvio Berlusconi", "praise", "Gordon Brown"),
            False,
        ),
        # no one else: the prime minister is the one given the title
        (
            "Italian Prime Minister Silvio Berlusconi met reporters in Rome. The prime minister praised Gordon Brown.",
            ("Silvio Berlusconi", "praise", "Gordon Brown"),
            True,
        ),
    ],
)
def test_a_country_title_stays_open_beside_an_untitled_leader(
    text: str, triple: tuple[str, str, str], resolved: bool
) -> None:
    assert (triple in triples_of(text)) is resolved


_PROSECUTOR = "Germany's financial watchdog BaFin has passed the case to the public prosecutor."


def test_plain_prosecutors_are_the_office_named_before() -> None:
    text = f"{_PROSECUTOR} However, under German law, prosecutors cannot pursue Citigroup itself."
    assert _described(text)["prosecutors"] == "prosecutor"


@pytest.mark.parametrize(
    "text",
    [
        f"{_PROSECUTOR} US federal prosecutors have charged Citigroup.",  # other prosecutors
        "Prosecutors cannot pursue Citigroup itself, BaFin said.",  # no office named before
    ],
)
def test_prosecutors_described_otherwise_are_a_group(text: str) -> None:
    described = _described(text)
    assert all(name != "prosecutor" for phrase, name in described.items() if "prosecutors" in phrase.lower())


_LEAD_HEAD = "Labour suspends candidate\n\nLabour has suspended a candidate over comments about Israel.\n\n"


def test_a_person_the_lead_describes_is_the_one_the_next_sentence_opens_with() -> None:
    text = f"{_LEAD_HEAD}Azhar Ali, 60, was due to stand in Rochdale."
    found = triples_of(text)
    assert ("Labour Party", "suspend", "Azhar Ali") in found
    assert ("Azhar Ali", "member_of", "Labour Party") in found  # suspended as one of its own


def test_a_person_hired_from_another_body_is_not_the_hirers_member_by_the_title() -> None:
    text = (
        "Apple hires car chief\n\nApple has hired a former Tesla executive to run its car project.\n\n"
        "Doug Field, 55, will report to Tim Cook."
    )
    found = triples_of(text)
    assert ("Doug Field", "works_for", "Apple") not in found
    assert ("Apple", "employ", "Doug Field") in found


@pytest.mark.parametrize(
    "after",
    [
        "Labour spokesman John Smith said the decision was final.",  # a title before the name
        "Azhar Ali, the party's former leader in Lancashire, was due to stand.",  # described as another
        "The decision was final, John Smith said.",  # the sentence does not open with the name
    ],
)
def test_a_person_the_lead_describes_stays_open_otherwise(after: str) -> None:
    assert not any(t[1] == "suspend" for t in triples_of(f"{_LEAD_HEAD}{after}"))


@pytest.mark.parametrize(
    ("text", "phrase", "name"),
    [
        (
            "Shell has agreed to buy BG Group for £47bn. The Anglo-Dutch oil giant said the deal would create "
            "the world's largest LNG business.",
            "Anglo-Dutch oil giant",
            "Shell",
        ),
        (
            "Boeing has delayed its 777X jet again. The US planemaker blamed the Federal Aviation Administration "
            "for the delay.",
            "US planemaker",
            "Boeing",
        ),
        (
            "Shares in Vodafone fell 5% on Monday. The mobile phone company said it would sue Ofcom.",
            "mobile phone company",
            "Vodafone",
        ),
    ],
)
def test_a_business_described_after_its_news_is_the_one_the_news_was_about(text: str, phrase: str, name: str) -> None:
    assert _described(text).get(phrase) == name


@pytest.mark.parametrize(
    "text",
    [
        # two businesses in the news: either may be the mobile phone company
        "Vodafone and BT reported results on Monday. The mobile phone company said it would sue Ofcom.",
        # not the subject that opens its sentence
        "Vodafone reported results on Monday. Analysts said the mobile phone company would sue Ofcom.",
        # a regulator's news: no business to describe
        "The Federal Aviation Administration grounded the jets on Monday. The US planemaker said it would comply.",
    ],
)
def test_a_business_described_after_other_news_stays_open(text: str) -> None:
    described = _described(text)
    assert not any(k in described for k in ("mobile phone company", "US planemaker"))


def test_the_person_a_trailing_clause_tells_of_is_what_a_sentence_about_a_thing_is_about() -> None:
    text = (
        "The comments came as Viktor Yushchenko prepared to meet US President George W Bush in Brussels. "
        "He later criticised Russia."
    )
    found = triples_of(text)
    assert ("Viktor Yushchenko", "criticize", "Russia") in found
    assert ("George W Bush", "criticize", "Russia") not in found


def test_the_owner_of_a_subject_goes_on_from_the_subject_before_it_in_its_sentence() -> None:
    from kg.extract.document import _Run
    from kg.extract.options import ExtractOptions
    from kg.extract.pipeline import load_pipeline
    from kg.model import Article, ArticleMeta
    from kg.vocabulary import load_vocabulary

    text = (
        "Lord Justice Rix and Mr Justice Forbes ruled on Tuesday. They said as Mr Mousa was in custody when "
        "he died, his case came within the UK's jurisdiction."
    )
    doc = load_pipeline()(text)
    run = _Run(doc, Article(ArticleMeta("t"), text), load_vocabulary(), ExtractOptions())
    his = next(t for t in doc if t.lower_ == "his")
    found = run.index.entity(his)
    assert found is not None and found.name.endswith("Mousa")


@pytest.mark.parametrize(
    "first",
    ["Rachel Reeves is the chancellor.", "Rachel Reeves, the chancellor, spoke in Leeds."],
)
def test_a_title_a_sentence_states_of_a_name_is_that_persons(first: str) -> None:
    found = triples_of(
        f"{first} Keir Starmer backed Reeves on Monday. The chancellor later criticised the Bank of England."
    )
    assert ("Rachel Reeves", "criticize", "Bank of England") in found
    assert ("Keir Starmer", "criticize", "Bank of England") not in found


def test_a_title_denied_is_not_stated() -> None:
    text = "Rachel Reeves is not the chancellor. Keir Starmer backed Reeves. The chancellor criticised the Bank of England."
    assert ("Rachel Reeves", "criticize", "Bank of England") not in triples_of(text)


def test_a_title_before_a_name_ends_at_the_preposition_before_it() -> None:
    # "the junior partner in Prime Minister Luis Montenegro's coalition": Montenegro is the prime
    # minister, not a junior partner, so "the prime minister" later is him
    text = (
        "The budget fell after the CDS, the junior partner in Prime Minister Luis Montenegro's coalition, "
        'withdrew its support. "We warned the prime minister in July," Nuno Melo told reporters.'
    )
    assert ("Nuno Melo", "warn", "Luis Montenegro") in {
        (r.subject.name, r.predicate, r.object.name) for r in relations_of(text)
    }


def test_a_title_after_a_name_in_the_same_sentence_is_someone_else() -> None:
    # Howard does not urge himself: "the prime minister" is not the man who names him
    assert not any(
        r.subject.name == "Howard" and r.object.name == "Blunkett"
        for r in relations_of("Mr Howard urged the prime minister to sack Mr Blunkett.")
    )


def test_a_title_whose_phrase_ends_in_a_name_in_apposition_is_that_person() -> None:
    text = (
        "Iraq's prime minister, Mohammed Shia al-Sudani, will travel to Erbil. The prime minister of Iraq's "
        "Kurdistan Region, Masrour Barzani, accused the federal government in Baghdad of withholding revenue."
    )
    triples = triples_of(text)
    assert ("Masrour Barzani", "accuse", "Iraq Government") in triples
    assert ("Mohammed Shia al-Sudani", "accuse", "Iraq Government") not in triples
