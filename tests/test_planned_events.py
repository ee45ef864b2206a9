"""An event named by a noun is as done as what the sentence does with it: "the proposed takeover"
is a plan, "wants the freedom to sign a deal" a wish, "signed a deal" a fact."""

from __future__ import annotations

import pytest

from tests.helpers import relations_of


@pytest.mark.parametrize(
    ("text", "triple", "modality"),
    [
        (
            "The competition watchdog has opened an investigation into Vodafone's proposed takeover of Fibrenest.",
            ("Vodafone", "buy", "Fibrenest"),
            "intent",
        ),
        ("Vodafone completed its takeover of Fibrenest in March.", ("Vodafone", "buy", "Fibrenest"), "asserted"),
        (
            "Argentina wants the freedom to sign its own trade deal with the United States.",
            ("Argentina", "sign", "United States"),
            "intent",
        ),
        (
            "Argentina signed a trade deal with the United States on Friday.",
            ("Argentina", "sign", "United States"),
            "asserted",
        ),
    ],
)
def test_an_event_noun_takes_the_modality_of_what_is_done_with_it(
    text: str, triple: tuple[str, str, str], modality: str
) -> None:
    found = {(r.subject.name, r.predicate, r.object.name): r for r in relations_of(text)}
    assert triple in found, sorted(found)
    assert found[triple].modality == modality


def test_a_risk_is_not_a_loss() -> None:
    found = {(r.subject.name, r.object.name): r for r in relations_of("Mr Peña said Mercosur risked losing Europe.")}
    assert found[("Mercosur", "Europe")].modality == "hedged"
