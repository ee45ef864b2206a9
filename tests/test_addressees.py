"""Whom speech is aimed at when no verb says so: interviews, letters, and a programme's broadcaster."""

from __future__ import annotations

import pytest

from tests.helpers import triples_of

CASES = [
    pytest.param(
        "In an interview with the Financial Times, Olaf Scholz warned China over Taiwan.",
        {("Olaf Scholz", "give_interview_to", "Financial Times"), ("Olaf Scholz", "warn", "China")},
        set(),
        id="interview-with",
    ),
    pytest.param(
        # the one asked in the interview gave it
        "During an interview with Bloomberg published on Friday, Mark Rutte was asked whether Europe was ready.",
        {("Mark Rutte", "give_interview_to", "Bloomberg")},
        set(),
        id="interview-passive",
    ),
    pytest.param(
        "Jeremy Hunt said in a letter to Rishi Sunak that he would stand down.",
        {("Jeremy Hunt", "write_to", "Rishi Sunak")},
        set(),
        id="letter-to",
    ),
    pytest.param(
        "Ms Reeves said in an interview that the Treasury would act.",
        set(),
        {("Rachel Reeves", "give_interview_to", "Treasury")},
        id="interview-with-nobody",
    ),
    pytest.param(
        # a possessive on a market is no programme
        "Both firms are listed on the London Stock Exchange's AIM market.",
        set(),
        {("AIM", "programme_of", "London Stock Exchange")},
        id="not-a-programme",
    ),
    pytest.param(
        "Speaking on the BBC's Question Time programme, Eluned Morgan said the plan was fair.",
        {("Question Time", "programme_of", "BBC"), ("Eluned Morgan", "speak_on", "Question Time")},
        set(),
        id="programme-of-broadcaster",
    ),
    pytest.param(
        # "Today" after a broadcaster's possessive names a programme, not a day
        "The former home secretary Jack Straw told Radio 4's Today the deal would be scrutinised closely.",
        {("Today", "programme_of", "Radio 4"), ("Jack Straw", "say", "Today")},
        set(),
        id="today-programme",
    ),
    pytest.param(
        # a broadcaster written with capitals and a digit is no person
        '"We need to look very carefully at this," Lord Falconer told BBC1\'s Breakfast With Frost.',
        {("Breakfast With Frost", "programme_of", "BBC1"), ("Falconer", "say", "Breakfast With Frost")},
        set(),
        id="digit-broadcaster",
    ),
    pytest.param(
        "On the BBC's Breakfast with Frost it was put to Mr Kinnock that the plans were weak.",
        {
            ("Breakfast with Frost", "programme_of", "BBC"),
            ("Kinnock", "appear_on", "Breakfast with Frost"),
            ("Breakfast with Frost", "question", "Kinnock"),
        },
        set(),
        id="question-put-on-programme",
    ),
    pytest.param(
        # a broadcaster's journalist is a person, not a programme
        "Mr Brown told the BBC's Nick Robinson that he would stay.",
        set(),
        {("Nick Robinson", "programme_of", "BBC")},
        id="broadcaster-journalist",
    ),
    pytest.param(
        # "today" the date stays a date
        "Mr Blair told MPs today that the plan would work.",
        set(),
        {("Blair", "say", "Today"), ("Blair", "say", "today")},
        id="today-the-date",
    ),
    pytest.param(
        "Shares in Apple's Beats unit fell sharply on Tuesday.",
        set(),
        {("Beats", "programme_of", "Apple")},
        id="possessive-on-a-unit",
    ),
    pytest.param(
        # the parser joins the addressee to the next clause's subject ("the BBC Michael Howard")
        "Sources within the Conservative Party told the BBC Michael Howard had always backed the plan.",
        {("Conservative Party", "say", "BBC")},
        set(),
        id="told-the-body-without-that",
    ),
    pytest.param(
        "Mr Smith told the Labour conference delegates would vote against the deal.",
        set(),
        {("Smith", "say", "Labour Party")},
        id="told-a-phrase-not-a-body",
    ),
    pytest.param(
        'Mr Houston was quoted in the Herald newspaper saying: "I feel the party has over-reacted."',
        {("Herald", "quote", "Houston")},
        set(),
        id="quoted-in-a-newspaper",
    ),
    pytest.param(
        # a chamber where one is quoted does not quote
        "Mr Blair was quoted in the Commons as saying the war was legal.",
        set(),
        {("House of Commons", "quote", "Blair")},
        id="quoted-in-a-chamber",
    ),
    pytest.param(
        "Mr Smith was quoted in a statement as saying the bank would cut jobs.",
        set(),
        set(),
        id="quoted-in-a-statement",
    ),
    pytest.param(
        # the tagger leaves the channel's number out of the broadcaster's name
        "Mr Straw told BBC Two's Newsnight programme the talks had failed.",
        {("Newsnight", "programme_of", "BBC Two"), ("Straw", "say", "Newsnight")},
        set(),
        id="numbered-channel",
    ),
    pytest.param(
        "Mr Milburn said on BBC One's Politics Show that Labour would win a third term.",
        {("Politics Show", "programme_of", "BBC One"), ("Milburn", "speak_on", "Politics Show")},
        set(),
        id="said-on-programme",
    ),
    pytest.param(
        # an untyped name one writes in is a publication
        "Writing in the Daily Telegraph, Mr Howard said the tax was unfair.",
        {("Howard", "write_in", "Daily Telegraph")},
        set(),
        id="writing-in-a-paper",
    ),
    pytest.param(
        "Mr Brown wrote in a letter to Mr Blair that he would stay.",
        {("Brown", "write_to", "Blair")},
        set(),
        id="wrote-in-a-letter",
    ),
    pytest.param(
        "Writing in Paris, the author said the war was lost.",
        set(),
        set(),
        id="writing-in-a-place",
    ),
    pytest.param(
        "In an interview on BBC Radio 4's Today programme, Mr Darling said the bank was safe.",
        {("Today", "programme_of", "BBC Radio 4"), ("Darling", "speak_on", "Today")},
        set(),
        id="interview-on-programme",
    ),
    pytest.param(
        "In comments to the Financial Times, Mr Darling said the bank was safe.",
        {("Darling", "say", "Financial Times")},
        set(),
        id="comments-to",
    ),
    pytest.param(
        # the state broadcaster is the article's country's
        "Niger's military government did not say whether it would rejoin the bloc. Mr Sangare told the "
        "state broadcaster that the talks had gone well.",
        {("Sangare", "say", "Niger state broadcaster")},
        set(),
        id="state-broadcaster",
    ),
    pytest.param(
        # an article of two countries leaves the state broadcaster's open
        "Nigeria and Niger held talks on the border. Mr Sangare told the state broadcaster that the talks had "
        "gone well.",
        set(),
        {("Sangare", "say", "Nigeria state broadcaster"), ("Sangare", "say", "Niger state broadcaster")},
        id="state-broadcaster-of-two",
    ),
    pytest.param(
        # in an article of two countries, the broadcaster of the one the speaker serves
        "Nigeria's foreign minister, Yusuf Tuggar, and his Nigerien counterpart, Bakary Yaou Sangare, signed a "
        "joint statement. Mr Sangare told the state broadcaster that the talks had gone well.",
        {("Bakary Yaou Sangare", "say", "Niger state broadcaster")},
        {("Bakary Yaou Sangare", "say", "Nigeria state broadcaster")},
        id="state-broadcaster-of-the-speaker",
    ),
    pytest.param(
        "Mr Rouhani told Iranian state television that the talks had failed.",
        {("Rouhani", "say", "Iran state television")},
        set(),
        id="state-television-of-a-demonym",
    ),
    pytest.param(
        # a named agency is its own actor
        "The state news agency IRNA said the talks in Vienna had failed.",
        set(),
        {("Iran state agency", "say", "Vienna")},
        id="state-agency-with-a-name",
    ),
    pytest.param(
        "Mr Brown said in a BBC interview that the economy was strong.",
        {("Brown", "give_interview_to", "BBC")},
        set(),
        id="broadcaster-interview",
    ),
    pytest.param(
        "Mr Brown said in an article for the Guardian that the economy was strong.",
        {("Brown", "write_in", "Guardian")},
        set(),
        id="article-for-a-paper",
    ),
    pytest.param(
        # readers are no publication
        "Mr Brown said in an article for Labour members that the economy was strong.",
        set(),
        {("Brown", "write_in", "Labour Party members")},
        id="article-for-readers",
    ),
    pytest.param(
        # a programme named for its presenter is no person
        "Mr Hain told ITV1's Jonathan Dimbleby programme that the vote was close.",
        {("Jonathan Dimbleby", "programme_of", "ITV1")},
        set(),
        id="programme-named-for-presenter",
    ),
    pytest.param(
        # a body or a meeting named after a possessive is no programme
        "Mr Prescott told Labour's National Executive Committee that the party would win.",
        set(),
        {("National Executive Committee", "programme_of", "Labour Party")},
        id="body-not-a-programme",
    ),
    pytest.param(
        "She told the UN's Security Council that the sanctions had worked.",
        set(),
        {("United Nations Security Council", "programme_of", "UN"), ("Security Council", "programme_of", "UN")},
        id="council-not-a-programme",
    ),
    pytest.param(
        "The chairman told Tesco's Annual General Meeting that profits would rise.",
        set(),
        {("Meeting", "programme_of", "Tesco"), ("Annual General Meeting", "programme_of", "Tesco")},
        id="meeting-not-a-programme",
    ),
    pytest.param(
        # a programme's name in capitals; the clause after "programme" names no kind of body
        "Mr Cable told BBC Radio 4's PM programme that the banks had failed.",
        {("PM", "programme_of", "BBC Radio 4")},
        {("PM", "bank_of", "BBC Radio 4")},
        id="capitals-programme",
    ),
    pytest.param(
        "Mr Cable told the BBC's Question Time programme that the banks had failed.",
        {("Question Time", "programme_of", "BBC")},
        {("Question Time", "bank_of", "BBC")},
        id="programme-then-clause",
    ),
    pytest.param(
        # a name the tagger read as a work of art, told something, is a programme
        "Mr Brown told Newsnight that the economy was strong.",
        {("Brown", "say", "Newsnight")},
        set(),
        id="told-a-programme",
    ),
    pytest.param(
        "Mr Brown told MPs today that the economy was strong.",
        {("Brown", "say", "MPs")},
        {("Brown", "say", "Today"), ("Brown", "say", "today")},
        id="told-mps-today",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_addressees(text: str, present: set, absent: set) -> None:
    found = triples_of(text)
    assert present <= found, sorted(found)
    assert not absent & found, sorted(found)
