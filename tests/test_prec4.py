"""Precision of role relations a reader checks against the sentence: a person who heads a part of a
body does not lead the body, and "its" after an apposition is the described name's, not its owner's."""

from __future__ import annotations

import pytest

from tests.helpers import relations_of, triples_of


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Senator Mary Wanjiku, who chairs the Senate's budget committee, opposed the bill.",
            ("Mary Wanjiku", "lead", "Senate"),
        ),
        ("Anna Berg, who runs Siemens' rail division, will retire in May.", ("Anna Berg", "lead", "Siemens")),
    ],
)
def test_heading_a_part_is_not_leading_the_body(text: str, wrong: tuple[str, str, str]) -> None:
    assert wrong not in triples_of(text)


def test_chairing_the_board_is_still_chairing_the_company() -> None:
    text = "Peter Hollis, who chairs Corella Resources' board, welcomed the decision."
    assert ("Peter Hollis", "lead", "Corella Resources") in triples_of(text)


def test_its_after_an_apposition_is_the_described_body() -> None:
    text = (
        "The Christian Social Union, the CDU's Bavarian sister party, has not taken a position. "
        "Its leader, Markus Soeder, said only that any reform must protect pensions."
    )
    found = triples_of(text)
    assert ("Markus Soeder", "lead", "Christian Social Union") in found
    assert ("Markus Soeder", "lead", "CDU") not in found


def test_its_still_follows_the_subject_without_an_apposition() -> None:
    text = "Unilever reported higher sales on Tuesday. Its chief executive, Alan Jope, said demand was strong."
    assert ("Alan Jope", "lead", "Unilever") in triples_of(text)


def test_a_deed_coordinated_with_a_verb_of_saying_is_not_what_was_said() -> None:
    text = (
        "Sweden's foreign ministry said it was watching the vote closely, and a group of Nordic lawmakers "
        "wrote to the Chilean ambassador."
    )
    [relation] = [r for r in relations_of(text) if r.predicate.startswith("write")]
    assert relation.attributed_to is None


def test_an_accuser_who_also_urged_is_not_reported() -> None:
    text = "China's embassy accused Australia of politicising trade and urged the Australian government to act fairly."
    assert all(r.modality == "asserted" for r in relations_of(text) if r.predicate == "call")


def test_who_said_the_offer_was_made_is_who_urged() -> None:
    text = (
        "Harbour Freight's chief executive, Maria Lopez, said in a memo to staff that the company had made "
        '"a fair and final offer" and urged Unifor to put it to a vote.'
    )
    found = triples_of(text)
    assert ("Maria Lopez", "call", "Unifor") in found
    assert ("Harbour Freight", "call", "Unifor") not in found


def test_a_verdict_coordinated_with_a_belief_stays_the_believers() -> None:
    text = "Acme Rail said that Unifor had rejected the offer and urged members to strike."
    assert not any(s == "Acme Rail" and p == "call" for s, p, _ in triples_of(text))


def test_leading_a_bodys_operations_is_not_leading_the_body() -> None:
    found = triples_of("Ms Okafor, 52, who led Oxfam operations in Sudan, was released on Friday.")
    assert ("Okafor", "lead_operation_of", "Oxfam") in found
    assert ("Okafor", "lead", "Oxfam") not in found


def _types(text: str) -> dict[str, str]:
    return {e.name: e.type for r in relations_of(text) for e in (r.subject, r.object)}


def test_a_contractor_named_is_a_body() -> None:
    text = "Halden Metals signed a supply agreement with the US defence contractor Raytheon for its new smelter."
    assert _types(text).get("Raytheon") == "Organization"


def test_a_paper_told_something_is_no_place() -> None:
    text = (
        "Labour Minister Baerbel Bas said her party would not accept a hidden pension cut. "
        '"The CDU knows that perfectly well," she told the Sueddeutsche Zeitung.'
    )
    assert _types(text).get("Sueddeutsche Zeitung") == "Organization"


def test_over_after_a_participant_says_what_about() -> None:
    found = triples_of("Colombia clashed with Ecuador over Venezuela on Monday.")
    assert ("Colombia", "clash_with", "Ecuador") in found
    assert not any(p.endswith("over") for _, p, _ in found)


def test_a_name_after_a_clause_without_and_is_no_second_addressee() -> None:
    text = (
        "In a letter to Mr Starmer signed by the Labour MP for Leeds, John Barnes, "
        "the rebels say the cuts would hurt families."
    )
    found = triples_of(text)
    assert ("rebels", "letter_to", "Starmer") in found
    assert ("rebels", "letter_to", "John Barnes") not in found


def test_names_joined_by_and_are_still_both_addressees() -> None:
    found = triples_of("Unite praised Rachel Reeves, who had met the union, and Keir Starmer on Monday.")
    assert {("Unite", "praise", "Rachel Reeves"), ("Unite", "praise", "Keir Starmer")} <= found
