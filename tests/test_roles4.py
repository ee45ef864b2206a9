"""Roles read where the organization is a description or a body the tagger took for a person, and
bodies' memberships and stakes read from an apposition."""

from __future__ import annotations

import pytest

from tests.helpers import triples_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-word body typed as a person, beside a title only a body has
        ("Podemos's leader, Ione Belarra, called for early elections.", ("Ione Belarra", "lead", "Podemos")),
        (
            '"The numbers were strong," said Anna Weber, an analyst at Kepler, who raised her target price.',
            ("Anna Weber", "works_for", "Kepler"),
        ),
        # the organization named by a description resolved to a body
        (
            "Skyline Airways said on Monday that it would cut 800 jobs. "
            "The airline's chief executive, Maria Lopes, said the cuts were painful.",
            ("Maria Lopes", "lead", "Skyline Airways"),
        ),
        (
            "Leaders of the Andean Community met in Lima. Bolivia, the fourth member of the bloc, called for calm.",
            ("Bolivia", "member_of", "Andean Community"),
        ),
        (
            "The Mercosur trade bloc will impose tariffs on European cheese. The duties were agreed on Friday "
            "by Brazil, Argentina, Uruguay and Paraguay, the bloc's four full members.",
            ("Uruguay", "member_of", "Mercosur"),
        ),
        # stakes held by bodies
        (
            "The regulator told two smaller Lynas shareholders, Red Hill Holdings and Pacific Mineral Partners, "
            "to cut their holdings.",
            ("Pacific Mineral Partners", "shareholder_of", "Lynas"),
        ),
        (
            "Shares in Corvana Logistics fell 4%. The company's largest shareholder, the Singapore fund Temasek "
            "Holdings, declined to comment.",
            ("Temasek Holdings", "shareholder_of", "Corvana Logistics"),
        ),
        ("Chelsea owner Roman Abramovich put the club up for sale.", ("Roman Abramovich", "owner_of", "Chelsea")),
    ],
)
def test_role_found(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # a second's title may be held under a person
        ("Mr Trump's vice-president, JD Vance, said the talks would resume.", ("JD Vance", "lead", "Trump")),
        # a title that names no role: "the summit's host"
        (
            "Leaders of the Andean Community met in Lima. The summit's host, Dina Boluarte, called for calm.",
            ("Dina Boluarte", "lead", "Andean Community"),
        ),
    ],
)
def test_role_not_found(text: str, unwanted: tuple[str, str, str]) -> None:
    assert unwanted not in triples_of(text)
