"""A headline's bare title stands for the person its lead describes with "a" and names next."""

from __future__ import annotations

from tests.helpers import relations_of

STORY = (
    "Green candidate suspended\n\nThe Green Party has suspended a candidate over posts on social media.\n\n"
    "{next} was due to stand in Bristol West at the next election. He apologised on Friday.\n"
)


def test_headline_title_is_the_person_the_lead_names_next() -> None:
    found = {
        (r.subject.name, r.predicate, r.object.name, r.evidence.sentence)
        for r in relations_of(STORY.format(next="Tom Reilly, 47,"))
    }
    assert ("Tom Reilly", "member_of", "Green Party", "Green candidate suspended") in found


def test_no_person_when_the_next_sentence_opens_with_someone_else() -> None:
    text = STORY.format(next="Police said Tom Reilly, 47,")
    assert not any(r.evidence.sentence == "Green candidate suspended" for r in relations_of(text))
