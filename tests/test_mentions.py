"""Actors an article names without a tagged name: the government of the country its institutions
place it in, a region's government, names the tagger missed where the article repeats them,
descriptions that point to the one actor of the article that fits."""

from __future__ import annotations

import pytest

from tests.helpers import triples_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # no country named: the House of Lords places the story in the UK
            "The House of Lords rejected the bill on Tuesday. Labour MPs later criticised the government.",
            ("Labour MPs", "criticize", "United Kingdom Government"),
        ),
        (  # a place that stands for a government counts for its country
            "The Bundestag voted on Friday. The opposition Greens attacked the government.",
            ("Greens", "attack", "Germany Government"),
        ),
        (  # a party's government is its country's, whatever country the story is about
            "Turkey wants to join the EU. France and Turkey met. Mr Blair and the Labour government backed Turkey.",
            ("United Kingdom Government", "support", "Turkey"),
        ),
        (  # "his minority government" is the government of the day
            "Downing Street said the Liberal MPs would support his minority government.",
            ("Liberal MPs", "support", "United Kingdom Government"),
        ),
        (  # a region's people's adjective names the region's own government
            "Nicola Sturgeon said the Scottish government would sue Whitehall.",
            ("Scottish Government", "sue", "United Kingdom Government"),
        ),
    ],
)
def test_government_of_the_article(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Downing Street was silent. Jeremy Thorpe met Edward Heath to form a coalition government.",
        "Downing Street said Jeremy Thorpe considered returning to coalition government with Edward Heath.",
    ],
)
def test_a_kind_of_government_is_no_actor(text: str) -> None:
    """ "form a coalition government", "returning to coalition government": not the government of the day."""
    assert not any("Government" in s + o for s, _, o in triples_of(text))


def test_institutions_place_a_story() -> None:
    from kg.extract.article_country import institution_country

    assert institution_country("House of Lords") == "United Kingdom"
    assert institution_country("Whitehall") == "United Kingdom"  # from the metonym table
    assert institution_country("Élysée") == "France"
    assert institution_country("Parliament") is None


def _repeated(text: str) -> list[tuple[str, int]]:
    from kg.extract.mentions import entity_mentions
    from kg.extract.pipeline import load_pipeline
    from kg.extract.repeated import repeated_names

    doc = load_pipeline()(text)
    return [(m.name, m.start) for m in repeated_names(doc, entity_mentions(doc))]


def test_the_words_of_places_and_dates_are_no_ones_surname() -> None:
    from kg.extract.pipeline import load_pipeline
    from kg.extract.repeated import place_words

    doc = load_pipeline()("Troops from Chad crossed the border on Monday.")
    assert {"chad", "monday"} <= place_words(doc)


def test_a_one_word_name_the_tagger_missed_in_the_headline() -> None:
    """The article names the BNP twice; the tagger missed it in the headline."""
    text = (
        "Police probe BNP leaflet\n\nPolice are investigating a leaflet. A spokesman for the BNP said the party "
        "had done nothing wrong. Muslim leaders criticised the BNP."
    )
    assert _repeated(text) == [("BNP", 2)]


def test_an_alias_of_a_party_the_article_names_is_the_party_in_the_headline() -> None:
    """The text says "Tory spokesman"; the headline's "Tories" is the same Conservative Party."""
    text = (
        "Tories attack asylum plans\n\nTory spokesman David Davis told MPs the plans would weaken border "
        "controls. The home secretary rejected the claim."
    )
    assert ("Tories", 0) in _repeated(text)
    assert ("Tories", 0) not in _repeated("Tories attack asylum plans\n\nThe home secretary rejected the claim.")


def test_a_name_at_the_start_of_a_sentence_that_the_article_writes_in_lower_case_is_a_word() -> None:
    """ "Reform" names a party mid-sentence, but the article also writes "reform" as a word."""
    text = (
        "Reform of the Lords stalls\n\nMPs said reform was overdue. Nigel Farage said Reform would oppose the "
        "plan and Reform would win."
    )
    assert all(start > 0 for _, start in _repeated(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the tagger leaves "Executive" out of the name; "the executive" is then the one body so named
            "The Scottish Executive launched a campaign on Monday. Celtic and Rangers praised the executive.",
            ("Rangers", "praise", "Scottish Executive"),
        ),
        (  # a sovereign's title alone names the person
            "The Queen invited Harold Wilson to form a government on Monday.",
            ("The Queen", "invite", "Harold Wilson"),
        ),
        (  # the lead gives the title, a later sentence the name
            'The courts minister has criticised the Bar Council. "The lord chancellor need not be a lawyer," said '
            "courts minister Christopher Leslie.",
            ("Christopher Leslie", "criticize", "Bar Council"),
        ),
        (  # "the prosecutor" as an institution, "the kidnappers" as a group
            "BaFin said it had passed the case to the public prosecutor.",
            ("BaFin", "pass_case_to", "prosecutor"),
        ),
        (  # "police" with no article: the one force the article names
            "Campaigners handed copies to South Wales Police on Monday. Taha Idris later contacted police about "
            "the leaflet.",
            ("Taha Idris", "contact", "South Wales Police"),
        ),
        (
            "George Galloway appealed to the kidnappers on Monday.",
            ("George Galloway", "appeal_to", "kidnappers"),
        ),
    ],
)
def test_descriptions_of_one_actor(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers of the Queen's Lancashire Regiment detained Baha Mousa.",  # part of a longer name
        "The Queen Mother met Harold Wilson.",
    ],
)
def test_a_sovereign_title_inside_a_longer_name_is_no_person(text: str) -> None:
    assert "The Queen" not in {name for s, _, o in triples_of(text) for name in (s, o)}


def test_no_description_when_two_actors_fit() -> None:
    text = "The Scottish Executive and the Welsh Executive met on Monday. Critics attacked the executive."
    assert not any(s == "Critics" for s, _, _ in triples_of(text))


def test_a_common_noun_is_no_name_head() -> None:
    from kg.extract.head_nouns import NameHeads
    from kg.model import Entity

    heads = NameHeads(
        [], [Entity("lp", "Labour Party", "Organization"), Entity("se", "Scottish Executive", "Organization")]
    )
    assert set(heads.by_head) == {"executive"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # two people named, the title of a body's head: the subject of the sentence before
            "Tony Blair met Jacques Chirac in Paris on Monday. The prime minister praised Gerhard Schroeder.",
            ("Tony Blair", "praise", "Gerhard Schroeder"),
        ),
        (  # the only person the article has made a subject so far
            "The Tories lost power after the Liberals demanded Sir Edward Heath quit. The then prime minister "
            "criticised the Liberals.",
            ("Edward Heath", "criticize", "Liberal Party"),
        ),
    ],
)
def test_the_one_person_a_title_fits(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (  # the arrested man is no prime minister: only people who act are candidates
            "Police arrested John Smith on Monday. The prime minister praised the police.",
            "John Smith",
        ),
        (  # "the minister" is not "First Minister Jack McConnell", named later
            "Cathy Jamieson spoke on Monday. However, the minister criticised Celtic. First Minister Jack McConnell "
            "met Rangers.",
            "Jack McConnell",
        ),
        (  # a minister's title is not one body's head: many people hold it
            "John Reid spoke on Monday. The minister criticised Celtic.",
            "John Reid",
        ),
    ],
)
def test_no_person_for_a_title_that_fits_no_one_alone(text: str, wrong: str) -> None:
    assert not any(s == wrong and o in ("police", "Celtic") for s, _, o in triples_of(text))


def test_a_title_of_state_is_no_organization() -> None:
    text = "Echoing the new US Secretary of State Condoleezza Rice, Tony Blair praised the plan."
    assert not any("State" in (s, o) for s, _, o in triples_of(text))


def test_police_of_two_forces_is_neither() -> None:
    text = "The Metropolitan Police and Kent Police met on Monday. Taha Idris later contacted police about the leaflet."
    assert not any(s == "Taha Idris" for s, _, _ in triples_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We have suspended John Houston," a UKIP spokesman said.', ("UKIP", "suspend", "John Houston")),
        (
            'A BaFin spokeswoman confirmed the move. "We found evidence against Citigroup," the spokeswoman said.',
            ("BaFin", "find_evidence_against", "Citigroup"),
        ),
    ],
)
def test_we_of_a_body_s_unnamed_spokesperson(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


def test_a_person_s_spokesman_is_not_a_body() -> None:
    text = '"We reject the claims by Labour," Tony Blair\'s spokesman said.'
    assert not any(s == "Tony Blair" and o == "Labour Party" for s, _, o in triples_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # where they work, said: a group, members of the body
            "Traders at US banking giant Citigroup are facing a criminal investigation in Germany.",
            ("Citigroup traders", "member_of", "Citigroup"),
        ),
        ("Staff at the BBC criticised Mark Thompson.", ("BBC staff", "criticize", "Mark Thompson")),
        ("Labour activists attacked Tony Blair.", ("Labour Party activists", "attack", "Tony Blair")),
    ],
)
def test_staff_of_a_named_body(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples_of(text)


def test_staff_without_a_body_are_anyone() -> None:
    names = {name for s, _, o in triples_of("Traders attacked Tony Blair.") for name in (s, o)}
    assert "Traders" not in names and "traders" not in names


def test_staff_named_by_their_body_say_nothing_of_membership() -> None:
    """ "Ministry of Defence lawyers argued …": who they are, not a stated affiliation."""
    triples = triples_of("Ministry of Defence lawyers criticised Phil Shiner.")
    assert ("Ministry of Defence lawyers", "criticize", "Phil Shiner") in triples
    assert not any(p == "member_of" for _, p, _ in triples)


@pytest.mark.parametrize(
    "text", ["He is the only non-Nato member leader at the summit.", "The pro-EU campaign attacked UKIP."]
)
def test_a_stance_towards_a_name_is_no_mention_of_it(text: str) -> None:
    from kg.extract.mentions import entity_mentions
    from kg.extract.pipeline import load_pipeline

    names = {m.name for m in entity_mentions(load_pipeline()(text))}
    assert not any("-" in name for name in names)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Mr Houston was quoted in the Herald newspaper saying he was sorry.", "Houston", "Person"),
        ("Mr Houston was quoted in the Herald newspaper saying he was sorry.", "Herald", "Organization"),
        ("Belgian brewer Inbev bought Brazilian firm Ambev.", "Inbev", "Organization"),
        ("Belgian brewer Inbev bought Brazilian firm Ambev.", "Ambev", "Organization"),
    ],
)
def test_the_words_around_a_name_say_its_type(text: str, name: str, kind: str) -> None:
    from kg.extract.mentions import entity_mentions
    from kg.extract.pipeline import load_pipeline

    assert (name, kind) in {(m.name, m.type) for m in entity_mentions(load_pipeline()(text))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Number 10 criticised Gordon Brown on Monday.", ("Downing Street", "criticize", "Gordon Brown")),
        ("Sources at Number 10 attacked Gordon Brown.", ("Downing Street", "attack", "Gordon Brown")),
    ],
)
def test_a_name_of_the_alias_table_the_tagger_splits(text: str, expected: tuple[str, str, str]) -> None:
    triples = triples_of(text)
    assert expected in triples
    assert not any("Number" in (s, o) for s, _, o in triples)


def test_a_longer_name_of_the_tagger_is_kept() -> None:
    """ "Lib Dem" is in the alias table; the tagger's "Lib Dem Treasury" stays one name."""
    from kg.extract.alias_phrases import alias_phrases
    from kg.extract.pipeline import load_pipeline

    doc = load_pipeline()("Lib Dem Treasury spokesperson Daisy Cooper criticised Rachel Reeves.")
    if any(ent.text == "Lib Dem Treasury" for ent in doc.ents):
        assert not alias_phrases(doc)


def test_a_name_the_tagger_cut_short_is_read_whole() -> None:
    """ "fined wealth manager Harcourt Wealth": the tagger made "Harcourt" a person of its own and left
    "Wealth" untagged; the name is "Harcourt Wealth" (a hand-built parse, as the model gave it)."""
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from kg.extract.mentions import entity_mentions

    words = "The regulator fined wealth manager Harcourt Wealth .".split()
    heads = [1, 2, 2, 4, 6, 6, 2, 2]
    deps = "det nsubj ROOT compound compound compound dobj punct".split()
    pos = "DET NOUN VERB NOUN NOUN PROPN PROPN PUNCT".split()
    tags = "DT NN VBD NN NN NNP NNP .".split()
    ents = ["O", "O", "O", "O", "O", "B-PERSON", "O", "O"]
    doc = Doc(English().vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, ents=ents)
    assert [(m.name, m.type) for m in entity_mentions(doc)] == [("Harcourt Wealth", "Other")]


def _typed(text: str) -> set[tuple[str, str]]:
    from tests.helpers import relations_of

    return {(e.name, e.type or "") for r in relations_of(text) for e in (r.subject, r.object)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company's legal form is left out of its name, and says it is a company
        ("Regulators fined Barclays plc on Tuesday.", ("Barclays", "Organization")),
        (
            "The Financial Conduct Authority fined water supplier Thames Water Ltd £104m.",
            ("Thames Water", "Organization"),
        ),
        # a body noun before a name the tagger took into it
        ("Chipmaker Arm sued Qualcomm in Delaware.", ("Arm", "Organization")),
        # a body noun beside a name says it names a body
        ("The Taiwanese electronics giant Foxconn sued Apple on Monday.", ("Foxconn", "Organization")),
    ],
)
def test_company_names(text: str, expected: tuple[str, str]) -> None:
    assert expected in _typed(text)


def test_a_people_s_adjective_before_a_body_noun_is_its_country() -> None:
    assert ("German", "Organization") not in _typed("The German regulator fined Citigroup on Monday.")


def test_a_name_before_union_is_a_body() -> None:
    from kg.extract.mentions import entity_mentions
    from kg.extract.pipeline import load_pipeline

    doc = load_pipeline()("Pilots will strike, the Cockpit union said on Monday.")
    assert ("Cockpit", "Organization") in [(m.name, m.type) for m in entity_mentions(doc)]


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "Lufthansa's subsidiaries Eurowings and Lufthansa Cargo are not included in the strike.",
            {"Eurowings", "Lufthansa Cargo"},
        ),
        ("Verdi, the services union, said ground staff would strike on Friday.", {"Verdi"}),
    ],
)
def test_names_the_article_calls_bodies_are_organizations(text: str, bodies: set[str]) -> None:
    from kg.extract.mentions import entity_mentions
    from kg.extract.pipeline import load_pipeline

    found = {m.name for m in entity_mentions(load_pipeline()(text)) if m.type == "Organization"}
    assert bodies <= found


def test_people_in_apposition_with_a_plural_stay_people() -> None:
    from kg.extract.mentions import entity_mentions
    from kg.extract.pipeline import load_pipeline

    doc = load_pipeline()("Three executives, John Smith and Mary Jones, left the company.")
    assert {m.type for m in entity_mentions(doc)} == {"Person"}
