"""Entity types and name spans: a body's name is not a person's by its last word, its possessive or
the body noun after it; a titled surname that is also a country's name is the person's."""

from __future__ import annotations

import pytest

from tests.helpers import relations_of


def _types(text: str) -> dict[str, str]:
    """The type of every entity that takes part in a relation of `text`, by name."""
    found = {}
    for r in relations_of(text):
        found[r.subject.name] = r.subject.type
        found[r.object.name] = r.object.type
    return found


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (  # a name ending in a word only bodies' names end in, tagged a person
            "Greg Hartwell Partners sued Simon Castle on Monday.",
            "Greg Hartwell Partners",
            "Organization",
        ),
        (  # a name the tagger calls a product, before "trade bloc"
            "The Mercosur trade bloc will impose tariffs on European wine. "
            "The European Commission criticised Mercosur on Friday.",
            "Mercosur",
            "Organization",
        ),
        (  # an untagged name before "the … union", and the same name tagged later
            "Pilots will strike, the Vereinigung Cockpit union said. "
            "Vereinigung Cockpit accused Lufthansa of breaking the truce.",
            "Vereinigung Cockpit",
            "Organization",
        ),
        (  # a name in apposition to a person's title, tagged a place
            "Management has not moved at all, the union's president, Andreas Pinheiro, said. "
            "Andreas Pinheiro criticised Lufthansa.",
            "Andreas Pinheiro",
            "Person",
        ),
        (  # "X's leader": a party's, not a person's
            "Chega's leader, Andre Ventura, called for a snap election. Chega accused the government of betrayal.",
            "Chega",
            "Organization",
        ),
        (  # the place of a person's title ("an analyst at …") is a body
            '"This is a clean beat," said Martin Keller, an analyst at Berenberg, who raised his price target.',
            "Berenberg",
            "Organization",
        ),
        (  # a party's name with a possessive, in apposition to "the junior partner"
            "The government fell after the CDS-People's Party, the junior partner in the coalition, "
            "criticised Luis Montenegro.",
            "CDS-People's Party",
            "Organization",
        ),
        (  # a state's name tagged a person
            "Tamil Nadu takes Centre to Supreme Court over school funds",
            "Tamil Nadu",
            "Location",
        ),
        (  # a name tagged a place, described by a clause with "which", that is no known place
            "Nvidia, which buys memory from both companies, praised Veltrix on Monday.",
            "Nvidia",
            "Organization",
        ),
        (  # the place of a person's title, tagged a place
            '"Pemex cannot keep borrowing forever," said Laura Ochoa, a fund manager at Amundi in Paris.',
            "Amundi",
            "Organization",
        ),
        (  # a name ending in "Petroleum", tagged a person where it is written again
            "Shares in Keystone Petroleum fell after Baghdad halted exports. Baghdad criticised Keystone Petroleum.",
            "Keystone Petroleum",
            "Organization",
        ),
        (  # a name after "the" and a word of the political spectrum is a party's, every time it is written
            "The budget fell, with the far-right Chega voting against it. Chega accused Luis Montenegro of lying.",
            "Chega",
            "Organization",
        ),
        (  # a name in apposition with "the … party"
            "The budget fell. Chega, the far-right party, accused Luis Montenegro of lying.",
            "Chega",
            "Organization",
        ),
        (  # a name, tagged a place, before an analyst's title
            "Harcourt analyst Sam Lee criticised the plan.",
            "Harcourt",
            "Organization",
        ),
        (  # "Analysts at …": a body, every time the article writes it
            "Analysts at Morningstar said the ban was damaging. Morningstar criticised Hanbit.",
            "Morningstar",
            "Organization",
        ),
    ],
)
def test_entity_type(text: str, name: str, expected: str) -> None:
    assert _types(text).get(name) == expected


def test_possessive_inside_a_plan_s_name_is_the_name_s() -> None:
    """ "the Ontario Teachers' Pension Plan" is one name, not "Ontario Teachers"."""
    text = "Eastport Rail, which is owned by the Ontario Teachers' Pension Plan, sued the union on Monday."
    triples = {(r.subject.name, r.predicate, r.object.name) for r in relations_of(text)}
    assert ("Ontario Teachers' Pension Plan", "own", "Eastport Rail") in triples


def test_titled_surname_that_is_a_country_s_name_joins_the_person() -> None:
    """ "Mr Montenegro" after "Prime Minister Luis Montenegro" is the prime minister, not the country."""
    text = "Prime Minister Luis Montenegro called the vote irresponsible. Mr Montenegro accused the CDS of betrayal."
    [relation] = [r for r in relations_of(text) if r.predicate == "accuse"]
    assert (relation.subject.name, relation.subject.type) == ("Luis Montenegro", "Person")


def test_resolution_places_a_titled_person_before_a_place_of_the_same_name() -> None:
    from kg.resolve.article import NamedMention, resolve_mentions

    entities = resolve_mentions(
        [
            NamedMention("Montenegro", "Country", "Montenegro"),
            NamedMention("Luis Montenegro", "Person", "Prime Minister Luis Montenegro"),
            NamedMention("Montenegro", "Person", "Mr Montenegro"),
        ]
    )
    assert {e.name for e in entities} == {"Luis Montenegro"}


def test_a_country_without_a_titled_namesake_stays_a_country() -> None:
    from kg.resolve.article import NamedMention, resolve_mentions

    entities = resolve_mentions(
        [NamedMention("Jordan", "Country", "Jordan"), NamedMention("Jordan Bardella", "Person", "Jordan Bardella")]
    )
    assert [e.name for e in entities] == ["Jordan", "Jordan Bardella"]


def test_a_place_before_a_title_stays_a_place() -> None:
    """ "Texas governor Greg Abbott": a known place before a title is the place he governs."""
    assert _types("Texas governor Greg Abbott said the state would sue.").get("Texas") == "Location"


def test_an_untagged_name_after_a_title_is_a_person() -> None:
    """ "his former girlfriend, Princess Marguerite of Romania": the tagger missed the name."""
    text = "Mr Brown's former girlfriend of five years, Princess Marguerite of Romania, said he was very busy."
    assert _types(text).get("Marguerite") == "Person"


def test_a_name_that_says_what_it_will_do_is_a_body() -> None:
    text = "Germany and Poland agreed to cooperate on border security.\n\nUnite said it would take legal action against Royal Mail."
    relations = relations_of(text)
    acting = {(r.subject.name, r.subject.type) for r in relations if r.object.name == "Royal Mail"}
    assert acting == {("Unite", "Organization")}
