"""Criticism said by the tone of a speaker's words about another actor: fostering a strongly bad thing
("keeps rewarding failure") or a strongly bad quality ("has been careless"), rated by the VADER lexicon."""

from __future__ import annotations

import pytest

from tests.helpers import triples_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Ryanair opposed the rescue. "The Greek government keeps rewarding failure," Ryanair chief executive Michael O\'Leary said.',
            ("Michael O'Leary", "criticize", "Greece Government"),
        ),
        (
            "The union staged a walkout on Friday. Jane Smith said Tesco had been careless with its staff.",
            ("Jane Smith", "criticize", "Tesco"),
        ),
        (
            "Talks resumed on Monday. Carles Puigdemont said Madrid was encouraging violence.",
            ("Carles Puigdemont", "criticize", "Spain"),
        ),
    ],
)
def test_tone_criticises_the_actor(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a remedy, a negation, a question, a state or a feeling judges no one
        (
            "Talks resumed on Monday. Carles Puigdemont said Madrid had resolved the crisis.",
            ("Carles Puigdemont", "criticize", "Spain"),
        ),
        (
            "Talks resumed on Monday. Carles Puigdemont said Madrid was not encouraging violence.",
            ("Carles Puigdemont", "criticize", "Spain"),
        ),
        (
            'Talks resumed on Monday. "Is Madrid encouraging violence?" asked Carles Puigdemont.',
            ("Carles Puigdemont", "criticize", "Spain"),
        ),
        (
            "Shares fell on Monday. Jane Smith said Tesco was worried about its suppliers.",
            ("Jane Smith", "criticize", "Tesco"),
        ),
        (
            "Shares fell on Monday. Jane Smith said Woolworths was bankrupt.",
            ("Jane Smith", "criticize", "Woolworths"),
        ),
        (
            "Shares fell on Monday. Jane Smith said Tesco was helping the poor.",
            ("Jane Smith", "criticize", "Tesco"),
        ),
    ],
)
def test_no_criticism_without_a_bad_tone(text: str, absent: tuple[str, str, str]) -> None:
    assert absent not in triples_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The row grew on Monday. Jane Smith said Tesco had treated its suppliers appallingly.",
            ("Jane Smith", "criticize", "Tesco"),
        ),
        ('The row grew on Monday. "Tesco has acted responsibly," Jane Smith said.', ("Jane Smith", "praise", "Tesco")),
        (
            "The row grew on Monday. Jane Smith said Tesco had been generous.",
            ("Jane Smith", "praise", "Tesco"),
        ),
        ("The row grew on Monday. Jane Smith said Tesco was a bully.", ("Jane Smith", "criticize", "Tesco")),
        (
            "The row grew on Monday. Jane Smith said Tesco's handling of the recall had been careless.",
            ("Jane Smith", "criticize", "Tesco"),
        ),
        (
            'The row grew on Monday. "We regret that Tesco has chosen to close the store," Jane Smith said.',
            ("Jane Smith", "criticize", "Tesco"),
        ),
        (
            'The row grew on Monday. "I am shocked by the behaviour of Tesco," Jane Smith said.',
            ("Jane Smith", "criticize", "Tesco"),
        ),
        (
            "The row grew on Monday. Jane Smith said she was shocked by Tesco's decision.",
            ("Jane Smith", "criticize", "Tesco"),
        ),
    ],
)
def test_tone_of_quality_manner_and_feeling(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The row grew on Monday. Jane Smith said Tesco was happy to help.", ("Jane Smith", "praise", "Tesco")),
        ("Sales rose on Monday. Tim Cook said the iPhone was brilliant.", ("Tim Cook", "praise", "iPhone")),
        (
            "Talks went on into the night. Jane Smith said Labour was unable to agree with the Greens.",
            ("Jane Smith", "criticize", "Labour Party"),
        ),
        ("The row grew on Monday. Jane Smith said Tesco was not a bully.", ("Jane Smith", "criticize", "Tesco")),
        (
            "The row grew on Monday. Jane Smith said Tesco's pilots had been careless.",
            ("Jane Smith", "criticize", "Tesco"),
        ),
        ("The row grew on Monday. Jane Smith said Tesco was a victim of fraud.", ("Jane Smith", "criticize", "Tesco")),
        (
            'The row grew on Monday. "We regret that Tesco has not left," Jane Smith said.',
            ("Jane Smith", "criticize", "Tesco"),
        ),
        (
            'The row grew on Monday. "Tesco has been careless," Tesco\'s Jane Smith said.',
            ("Jane Smith", "criticize", "Tesco"),
        ),
    ],
)
def test_no_tone_from_states_negations_or_the_speakers_own(text: str, absent: tuple[str, str, str]) -> None:
    assert absent not in triples_of(text)
