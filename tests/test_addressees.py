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
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_addressees(text: str, present: set, absent: set) -> None:
    found = triples_of(text)
    assert present <= found, sorted(found)
    assert not absent & found, sorted(found)
