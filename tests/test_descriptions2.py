"""Common-noun actors that stand for one named actor of a kind: "the regulator", "the union", "the
court" (the one body of that kind the article named), "the province" and "the southern state" (the one
country part it named), and "the federal government" (the country's, whatever word stands beside it)."""

from __future__ import annotations

import pytest

from kg.countries import subdivision_types
from kg.extract.body_kinds import commercial, name_head
from kg.model import Entity
from tests.helpers import relations_of, triples_of


def test_the_regulator_is_the_commission_not_the_organization_last_named() -> None:
    text = (
        "The Office of Fair Trading has opened an inquiry into Brightwell Dairies. Farmers said the dairy "
        "had cut prices. Shares in Tesco fell 2% in London. The regulator fined Brightwell Dairies in 2019."
    )
    triples = triples_of(text)
    assert ("Office of Fair Trading", "fine", "Brightwell Dairies") in triples
    assert ("Tesco", "fine", "Brightwell Dairies") not in triples


def test_the_commission_far_back_is_still_the_one_commission() -> None:
    text = (
        "The Competition Commission of India has ordered an inquiry into Zapkart. Shares in Zapkart fell, "
        "the Economic Times reported. The commission fined Amazon in 2021."
    )
    triples = triples_of(text)
    assert ("Competition Commission of India", "fine", "Amazon") in triples
    assert ("Economic Times", "fine", "Amazon") not in triples


def test_the_union_is_the_body_the_article_called_a_union() -> None:
    text = (
        "Verdi, the services union, said ground staff at Eurowings would walk out on Friday. "
        "Shares in Lufthansa fell 3%. The union sued Lufthansa in March."
    )
    assert ("Verdi", "sue", "Lufthansa") in triples_of(text)


def test_the_company_is_never_a_public_body() -> None:
    assert not commercial(Entity("x", "Competition Commission of India", "Organization"))
    assert commercial(Entity("x", "Thaalify", "Organization"))
    assert name_head("Competition Commission of India") == "commission"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ontario will challenge the tariffs, Doug Ford said. The province accused Stellantis of breaking its "
            "promises.",
            ("Ontario", "accuse", "Stellantis"),
        ),
        (
            "Kerala opposes the plan. The state accused Infosys of breaking its promises.",
            ("Kerala", "accuse", "Infosys"),
        ),
    ],
)
def test_the_province_is_the_one_province_named_before(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


def test_the_state_after_two_states_is_left_alone() -> None:
    text = "Kerala and Karnataka both oppose the plan. The state accused Infosys of breaking its promises."
    assert not any(o == "Infosys" for _, _, o in triples_of(text))


def test_iso_subdivisions_say_which_places_are_states() -> None:
    assert subdivision_types("Tamil Nadu") == {"state"}
    assert subdivision_types("Saskatchewan") == {"province"}
    assert not subdivision_types("Calgary")


def test_the_government_of_a_state_is_the_state_government() -> None:
    text = "The government of Kerala has asked the Supreme Court of India to release the funds."
    assert ("Kerala Government", "ask", "Supreme Court of India") in triples_of(text)


def test_the_federal_government_is_the_country_government_whatever_party_word_is_beside_it() -> None:
    text = (
        "Canada's oil producers face new rules. Alberta Premier Danielle Smith said the federal Liberal "
        "government had ignored Alberta."
    )
    triples = triples_of(text)
    assert ("Danielle Smith", "accuse", "Canada Government") in triples
    assert not any(s == "Liberal Government" or o == "Liberal Government" for s, _, o in triples)


def test_the_bloc_is_the_one_community_the_article_named() -> None:
    text = (
        "Mali left the Economic Community of West African States in January. Shares in Ecobank fell 2% in "
        "Lagos. The bloc sanctioned Mali in 2022."
    )
    triples = triples_of(text)
    assert ("Economic Community of West African States", "sanction", "Mali") in triples
    assert ("Ecobank", "sanction", "Mali") not in triples


def test_the_bank_is_never_the_body_the_article_called_a_watchdog() -> None:
    text = (
        "Germany's financial watchdog BaFin told Reuters it had opened an inquiry into Nordbank. BaFin said on "
        "Friday it had found evidence of market manipulation. The bank hired Deloitte to review its trading."
    )
    triples = triples_of(text)
    assert ("Nordbank", "employ", "Deloitte") in triples
    assert ("BaFin", "employ", "Deloitte") not in triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan's defence budget will rise. Komeito informed the prime minister's office of its decision.",
            ("Komeito", "say", "Japan Prime Minister's Office"),
        ),
        (
            "Ghana's cocoa exports fell. Cocobod informed the president's office of the shortfall.",
            ("Cocobod", "say", "Ghana President's Office"),
        ),
    ],
)
def test_the_leaders_office_is_the_article_countrys(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


def test_a_ministers_office_or_his_office_is_no_leaders() -> None:
    text = "Japan's defence budget will rise. Komeito informed his office and a minister's office of its decision."
    assert not any("Office" in o for _, _, o in triples_of(text))


def test_a_law_is_never_the_paper_or_the_company() -> None:
    from kg.extract.body_kinds import a_document

    assert a_document(Entity("x", "Crossrail Link Bill", "Other"))
    assert not a_document(Entity("x", "Bill", "Person"))
    assert not a_document(Entity("x", "Thaalify", "Organization"))


def test_the_paper_is_the_newspaper_the_article_cited() -> None:
    text = (
        "The plan is to get the go-ahead this month, according to the Sunday Herald. It says the Treasury has "
        "allocated £7bn. The paper criticised Network Rail on Monday."
    )
    triples = triples_of(text)
    assert ("Sunday Herald", "criticize", "Network Rail") in triples
    assert not any(s.endswith("Treasury") and o == "Network Rail" for s, _, o in triples)


def test_a_ministrys_office_is_no_regulator() -> None:
    text = "The Home Office has asked Ofcom to review the case. Shares in Sky fell. The regulator fined Sky in 2019."
    assert not any(s == "Home Office" and o == "Sky" for s, _, o in triples_of(text))


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Kerala has accused the Centre of withholding flood relief funds. The state will challenge the decision.",
            ("Kerala", "accuse", "India Government"),
        ),
        (
            "Karnataka sued the Centre in the Supreme Court over drought relief.",
            ("Karnataka", "sue", "India Government"),
        ),
    ],
)
def test_the_centre_is_the_national_government_set_against_the_states(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples_of(text)


def test_the_member_for_a_seat_is_the_subject_before_and_of_the_party_named() -> None:
    text = (
        "Former Cabinet minister Douglas Hogg said the Bill was unnecessary. "
        "But the Tory MP for Sleaford and North Hykeham criticised Lord Falconer."
    )
    triples = triples_of(text)
    assert ("Douglas Hogg", "member_of", "Conservative Party") in triples
    assert ("Douglas Hogg", "criticize", "Falconer") in triples


def test_the_member_for_a_seat_is_not_a_leader_of_another_party() -> None:
    text = (
        "Tory leader Michael Howard said the Bill was unnecessary. "
        "But the Labour MP for Bolton West criticised Lord Falconer."
    )
    assert ("Michael Howard", "member_of", "Labour Party") not in triples_of(text)


def test_a_title_a_country_owns_in_a_lead_is_the_person_the_next_sentence_names() -> None:
    text = (
        "Scotland's justice minister has warned Celtic that she wants to ban fans. "
        "Cathy Jamieson said exclusion orders were being considered."
    )
    triples = triples_of(text)
    assert ("Cathy Jamieson", "works_for", "Scotland") in triples
    assert ("Cathy Jamieson", "warn", "Celtic") in triples


def test_a_title_a_country_owns_is_not_a_person_given_another_title() -> None:
    text = (
        "Britain's foreign secretary has warned Iran over its nuclear plans. "
        "Iranian President Mahmoud Ahmadinejad said talks would go on."
    )
    triples = triples_of(text)
    assert ("Mahmoud Ahmadinejad", "works_for", "United Kingdom") not in triples
    assert ("Mahmoud Ahmadinejad", "warn", "Iran") not in triples


def test_both_sides_are_the_two_actors_named_together() -> None:
    text = "India and Pakistan exchanged fire along the border on Monday. The United Nations urged both sides to show restraint."
    triples = triples_of(text)
    assert ("UN", "call", "India") in triples
    assert ("UN", "call", "Pakistan") in triples


def test_both_sides_are_none_when_no_two_were_named_together() -> None:
    text = (
        "The minister met Lufthansa on Monday. Shares in Condor fell. Verdi said staff would strike. "
        "The minister urged both sides to resume talks."
    )
    assert not {t for t in triples_of(text) if t[1] == "urge"}


def test_a_name_the_article_calls_a_union_is_a_body_in_every_mention() -> None:
    text = (
        "Verdi, the services union, said ground staff would strike on Friday. "
        "Verdi accused Lufthansa of breaking the agreement."
    )
    found = [(r.subject.name, r.subject.type) for r in relations_of(text) if r.predicate == "accuse"]
    assert found == [("Verdi", "Organization")]


@pytest.mark.parametrize(
    "text",
    [
        "Shares in Zomato fell 5% in Mumbai. Zomato sued Swiggy in Delhi.",
        "Zomato's chief executive resigned on Monday. Zomato sued Swiggy in Delhi.",
        "Zomato, the food delivery company, said its app was copied. Zomato sued Swiggy in Delhi.",
    ],
)
def test_a_name_with_shares_or_a_chief_executive_is_a_body(text: str) -> None:
    found = [(r.subject.name, r.subject.type) for r in relations_of(text) if r.predicate == "sue"]
    assert found == [("Zomato", "Organization")]


def test_a_persons_shares_do_not_make_them_a_body() -> None:
    found = [r.subject.type for r in relations_of("Mr Smith's shares were sold. Smith sued Swiggy in Delhi.")]
    assert "Organization" not in found


def test_the_coalition_is_the_one_coalition_named() -> None:
    text = "The Respect Coalition was founded by George Galloway in 2004. Labour criticised the coalition on Monday."
    assert ("Labour Party", "criticize", "Respect Coalition") in triples_of(text)


def test_the_coalition_is_none_when_the_article_named_none() -> None:
    assert not triples_of("Ministers met on Monday. Labour criticised the coalition over taxes.")


def test_the_outgoing_commissioner_is_the_one_given_that_title() -> None:
    text = (
        "EU Trade Commissioner Pascal Lamy said the deal was fair. "
        "The outgoing trade commissioner criticised China over textiles."
    )
    assert ("Pascal Lamy", "criticize", "China") in triples_of(text)


def test_the_new_prime_minister_may_be_another() -> None:
    text = "Prime Minister Tony Blair met Bush. The new prime minister criticised Iran."
    assert ("Tony Blair", "criticize", "Iran") not in triples_of(text)


def test_union_leaders_are_a_group_that_acts() -> None:
    text = "Lufthansa chief executive Carsten Spohr met union leaders on Wednesday evening."
    assert ("Carsten Spohr", "meet", "union leaders") in triples_of(text)


def test_world_leaders_are_no_body_s_leaders() -> None:
    assert not {t for t in triples_of("Mr Blair met world leaders in Rome.") if t[2] == "world leaders"}


@pytest.mark.parametrize(
    "text",
    [
        "Germany's finance minister has warned Greece over its debts. "
        "Yanis Varoufakis, Greece's finance minister, said Athens would pay.",
        "Greek Finance Minister Yanis Varoufakis met bankers on Monday. Germany's finance minister has warned "
        "Greece over its debts. Yanis Varoufakis said Athens would pay.",
    ],
)
def test_an_owned_title_is_not_the_next_person_when_they_hold_it_elsewhere(text: str) -> None:
    assert ("Yanis Varoufakis", "works_for", "Germany") not in triples_of(text)
