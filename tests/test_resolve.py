"""Entity resolution: within an article (short forms, acronyms, the alias table, type vote, merges
recorded), across a corpus (one node per actor, wrong merges avoided, independent of order),
alias files, and the likely duplicates `kg entities` lists."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.model import ArticleMeta, Entity, Evidence, Relation
from kg.resolve import (
    KeyStats,
    NamedMention,
    canonical_key,
    load_aliases,
    resolve_across_articles,
    resolve_keys,
    resolve_relations,
    resolve_with_merges,
    shipped_aliases,
)
from kg.resolve.duplicates import likely_duplicates, listings
from tests.helpers import kg

ROOT = Path(__file__).resolve().parents[1]


def test_short_forms_and_demonyms_are_recorded_as_merges() -> None:
    mentions = [
        NamedMention("Mark Rutte", "Person"),
        NamedMention("Rutte", "Organization"),
        NamedMention("Russia", "Country", "the Russians"),
    ]
    entities, merges = resolve_with_merges(mentions, "a1")
    assert [e.name for e in entities] == ["Mark Rutte", "Mark Rutte", "Russia"]
    assert entities[1].type == "Person"  # one mis-tagged mention does not make a second Rutte
    rules = {(m.mention, m.entity_id): m.rule for m in merges}
    assert rules[("Rutte", "mark-rutte")] == "short form of a full name in the article"
    assert rules[("the Russians", "russia")].startswith("country name")


def test_two_full_names_sharing_a_surname_keep_the_short_form_apart() -> None:
    mentions = [
        NamedMention("Donald Trump", "Person"),
        NamedMention("Melania Trump", "Person"),
        NamedMention("Trump", "Person"),
    ]
    entities, _ = resolve_with_merges(mentions, "a1")
    assert entities[2].name == "Trump"


def test_a_company_named_before_a_longer_name_it_starts_stays_itself() -> None:
    # "Siemens shares fell ... Siemens said ... Siemens Energy, which the tagger took for a person"
    mentions = [
        NamedMention("Siemens", "Organization"),
        NamedMention("Siemens", "Organization"),
        NamedMention("Siemens Energy", "Person"),
        NamedMention("Siemens", "Organization"),
    ]
    entities, _ = resolve_with_merges(mentions, "a1")
    assert [e.name for e in entities] == ["Siemens", "Siemens", "Siemens Energy", "Siemens"]


def test_a_short_form_written_after_the_full_name_still_joins_it() -> None:
    # "Harbour Timber (tagged a person) said ... Harbour's board ... Harbour shares"
    mentions = [
        NamedMention("Harbour Timber", "Person"),
        NamedMention("Harbour", "Organization"),
        NamedMention("Harbour", "Organization"),
    ]
    entities, _ = resolve_with_merges(mentions, "a1")
    assert {e.name for e in entities} == {"Harbour Timber"}


def test_an_organization_short_form_joins_the_full_name_given_earlier() -> None:
    # "Danish shipping group AP Moller-Maersk ... Maersk said"; "Corvana Logistics ... Corvana's board"
    # (the tagger took for a place); "Socialist Party ... Socialist leader"
    mentions = [
        NamedMention("AP Moller-Maersk", "Organization"),
        NamedMention("Corvana Logistics", "Organization"),
        NamedMention("Maersk", "Person"),
        NamedMention("Corvana", "Location"),
        NamedMention("Socialist Party", "Organization"),
        NamedMention("Socialist", "Organization"),
    ]
    entities, _ = resolve_with_merges(mentions, "a1")
    assert [(e.name, e.type) for e in entities] == [
        ("AP Moller-Maersk", "Organization"),
        ("Corvana Logistics", "Organization"),
        ("AP Moller-Maersk", "Organization"),
        ("Corvana Logistics", "Organization"),
        ("Socialist Party", "Organization"),
        ("Socialist Party", "Organization"),
    ]


def test_a_party_members_plural_is_the_party() -> None:
    # "Socialists threaten censure vote" (headline), "The Socialist Party has threatened", "the Socialists"
    mentions = [
        NamedMention("Socialists", "Group"),
        NamedMention("Socialist Party", "Organization"),
        NamedMention("Socialists", "Group"),
        NamedMention("Greens", "Group"),
    ]
    entities, _ = resolve_with_merges(mentions, "a1")
    assert [e.name for e in entities] == ["Socialist Party", "Socialist Party", "Socialist Party", "Greens"]
    assert entities[0].type == "Organization"


def test_a_city_stays_a_place_beside_a_body_named_after_it() -> None:
    mentions = [NamedMention("Frankfurt Stock Exchange", "Organization"), NamedMention("Frankfurt", "Location")]
    entities, _ = resolve_with_merges(mentions, "a1")
    assert [e.name for e in entities] == ["Frankfurt Stock Exchange", "Frankfurt"]


@pytest.mark.parametrize(
    "mentions, expected",
    [
        # the alias table: party nicknames, acronyms, institutions, countries (with their type)
        (
            [("Tories", "Organization"), ("Conservative party", "Organization"), ("Tory", "Group")],
            [("Conservative Party", "Organization")] * 3,
        ),
        (
            [("Lib Dems", "Organization"), ("Liberal Democrats", "Organization")],
            [("Liberal Democrats", "Organization")] * 2,
        ),
        ([("European Union", "Organization"), ("EU", "Organization")], [("EU", "Organization")] * 2),
        ([("Nato", "Organization")], [("NATO", "Organization")]),
        (
            [("Commons", "Organization"), ("Number 10", "Location")],
            [("House of Commons", "Organization"), ("Downing Street", "Organization")],
        ),
        ([("Turkey", "Location")], [("Turkey", "Country")]),
        # a group of an organisation's members is a Group named by the organisation, never a Person
        (
            [("Labour MPs", "Person"), ("Tory backbenchers", "Organization")],
            [("Labour Party MPs", "Group"), ("Conservative Party backbenchers", "Group")],
        ),
        # a country's government by its name or its people's
        (
            [("British government", "Organization"), ("UK Government", "Organization")],
            [("United Kingdom Government", "Organization")] * 2,
        ),
        # an acronym joins the one name of the article whose initials it spells
        (
            [
                ("International Monetary Fund", "Organization"),
                ("ECB", "Organization"),
                ("European Central Bank", "Organization"),
                ("LSE", "Organization"),
                ("London Stock Exchange", "Organization"),
            ],
            [
                ("IMF", "Organization"),
                ("ECB", "Organization"),
                ("ECB", "Organization"),
                ("London Stock Exchange", "Organization"),
                ("London Stock Exchange", "Organization"),
            ],
        ),
        # a wrong merge is worse than a missed one: two names fit "Kennedy", titles tell people apart
        (
            [("Charles Kennedy", "Person"), ("Baroness Kennedy", "Person"), ("Kennedy", "Person")],
            [("Charles Kennedy", "Person"), ("Baroness Kennedy", "Person"), ("Kennedy", "Person")],
        ),
        (
            [("Charles Kennedy", "Person"), ("Mrs Kennedy", "Person")],
            [("Charles Kennedy", "Person"), ("Mrs Kennedy", "Person")],
        ),
    ],
)
def test_within_an_article(mentions: list[tuple[str, str]], expected: list[tuple[str, str]]) -> None:
    entities, merges = resolve_with_merges([NamedMention(name, type_) for name, type_ in mentions], "a1")
    assert [(e.name, e.type) for e in entities] == expected
    for merge in merges:
        assert merge.rule  # every merge says why


def test_a_user_alias_table_overrides_cancels_and_pins(tmp_path: Path) -> None:
    csv_file = tmp_path / "aliases.csv"
    csv_file.write_text(
        "# my newsroom's names\nalias,canonical,type\nLabour,Australian Labor Party,Organization\n"
        "Tories,,\nRutte,Rutte,Person\n",
        encoding="utf-8",
    )
    table = load_aliases(csv_file)
    assert table.lookup("Labour").canonical == "Australian Labor Party"
    assert table.lookup("Tories") is None and table.lookup("Tory").canonical == "Conservative Party"
    entities, _ = resolve_with_merges(
        [NamedMention("Mark Rutte", "Person"), NamedMention("Rutte", "Person")], "a", table
    )
    assert [e.id for e in entities] == ["mark-rutte", "rutte"]  # pinned: no rule merges it


def test_yaml_alias_files_in_both_shapes(tmp_path: Path) -> None:
    mapping = tmp_path / "a.yaml"
    mapping.write_text(
        "Scottish Executive:\n  type: Organization\n  aliases: [Holyrood executive, the Executive]\n"
        "Gordon Brown: [Chancellor Brown]\n",
        encoding="utf-8",
    )
    listed = tmp_path / "b.yml"
    listed.write_text("- {alias: Beeb, canonical: BBC, type: Organization}\n", encoding="utf-8")
    assert load_aliases(mapping).lookup("the Executive").canonical == "Scottish Executive"
    assert load_aliases(mapping).lookup("Chancellor Brown").canonical == "Gordon Brown"
    assert load_aliases(listed).lookup("Beeb").type == "Organization"


@pytest.mark.parametrize(
    "name, text, message",
    [
        ("a.csv", "name,target\nx,y\n", "a.csv:1: the header must name the columns alias,canonical,type"),
        ("a.csv", "alias,canonical,type\nx,y,Wizard\n", "a.csv:2: unknown type 'Wizard'"),
        ("a.csv", "alias,canonical,type\n,y,Person\n", "a.csv:2: the alias is empty"),
        ("a.yaml", "[unclosed", "a.yaml: not valid YAML"),
        ("a.yaml", "42", "a.yaml: expected a list or a mapping of aliases"),
    ],
)
def test_a_bad_alias_file_is_one_line_naming_it(tmp_path: Path, name: str, text: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as raised:
        load_aliases(path)
    assert message in str(raised.value) and "\n" not in str(raised.value)


def test_acronyms_in_capitals_match_only_capitals() -> None:
    table = shipped_aliases()
    assert table.lookup("WHO").canonical == "WHO" and table.lookup("Who") is None
    assert table.lookup("U.N.").canonical == "UN"


def _relation(doc: str, subject: Entity, obj: Entity) -> Relation:
    return Relation(subject, "meet", obj, Evidence(doc, "s", 0, 1, "r"), ArticleMeta(doc))


def test_a_short_name_joins_the_full_name_of_another_article() -> None:
    trump = Entity("trump", "Trump", "Organization")
    donald = Entity("donald-trump", "Donald Trump", "Person")
    starmer = Entity("keir-starmer", "Keir Starmer", "Person")
    relations, merges = resolve_across_articles([_relation("a", donald, starmer), _relation("b", trump, starmer)])
    assert [r.subject.id for r in relations] == ["donald-trump", "donald-trump"]
    assert relations[1].subject.type == "Person" and "Trump" in relations[1].subject.aliases
    assert [(m.doc_id, m.mention, m.entity_id) for m in merges] == [("b", "Trump", "donald-trump")]


def test_an_ambiguous_short_name_stays_apart_across_articles() -> None:
    trump = Entity("trump", "Trump", "Person")
    donald = Entity("donald-trump", "Donald Trump", "Person")
    melania = Entity("melania-trump", "Melania Trump", "Person")
    relations, merges = resolve_across_articles([_relation("a", donald, melania), _relation("b", trump, melania)])
    assert relations[1].subject.id == "trump" and merges == []


def test_open_tuple_ends_are_left_alone() -> None:
    phrase = Entity("a-peace-deal", "a peace deal", None)
    donald = Entity("donald-trump", "Donald Trump", "Person")
    relations, _ = resolve_across_articles([_relation("a", donald, phrase)])
    assert relations[0].object is phrase


def stats(*names: tuple[str, str, int]) -> dict[str, KeyStats]:
    found: dict[str, KeyStats] = {}
    for name, type_, count in names:
        found.setdefault(canonical_key(name), KeyStats()).add(name, type_, (), count)
    return found


@pytest.mark.parametrize(
    "names, expected",
    [
        # a titled surname is nobody's short form across articles, and makes a bare surname ambiguous
        (
            [("Charles Kennedy", "Person", 3), ("Baroness Kennedy", "Person", 1), ("Kennedy", "Person", 2)],
            {"kennedy": "kennedy", "baroness-kennedy": "baroness-kennedy"},
        ),
        ([("Charles Kennedy", "Person", 3), ("Kennedy", "Person", 2)], {"kennedy": "charles-kennedy"}),
        # a royal or peerage title must be seen on the full name too
        ([("Ray Charles", "Person", 1), ("Prince Charles", "Person", 1)], {"prince-charles": "prince-charles"}),
        # a shorter full name inside a longer one joins it; then its own short form follows
        (
            [("David Lloyd George", "Person", 1), ("Lloyd George", "Person", 2), ("George", "Person", 1)],
            {"lloyd-george": "david-lloyd-george", "george": "david-lloyd-george"},
        ),
        # places and countries are nobody's surname
        (
            [
                ("Jack Straw", "Person", 1),
                ("Straw", "Location", 1),
                ("Paris Hilton", "Person", 1),
                ("Hilton", "Organization", 1),
            ],
            {"straw": "straw", "hilton": "paris-hilton"},
        ),
    ],
)
def test_across_the_corpus(names: list[tuple[str, str, int]], expected: dict[str, str]) -> None:
    assignments, _ = resolve_keys(stats(*names), shipped_aliases())
    assert {key: assignments[key].target for key in expected} == expected


VIEWS = [
    ("Tony Blair", "Person"),
    ("Blair", "Person"),
    ("Blair", "Organization"),
    ("Cherie Blair", "Person"),
    ("Howard", "Organization"),
    ("Michael Howard", "Person"),
    ("Tories", "Organization"),
    ("Conservative Party", "Organization"),
    ("Conservative party", "Group"),
    ("Labour MPs", "Person"),
    ("Turkey", "Location"),
    ("Kennedy", "Person"),
    ("Charles Kennedy", "Person"),
    ("EU", "Organization"),
    ("European Union", "Organization"),
    ("Lord Falconer", "Person"),
    ("Falconer", "Person"),
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 5), st.sampled_from(VIEWS)), min_size=1, max_size=25), st.randoms())
def test_the_corpus_result_does_not_depend_on_the_order_of_articles(views, random) -> None:
    other = Entity("anchor", "Anchor Org", "Organization")
    relations = [_relation(f"d{doc}", Entity(canonical_key(name), name, type_), other) for doc, (name, type_) in views]
    shuffled = list(relations)
    random.shuffle(shuffled)
    first, second = resolve_relations(relations), resolve_relations(shuffled)
    assert first.entities == second.entities and first.assignments == second.assignments
    assert sorted(map(repr, first.relations)) == sorted(map(repr, second.relations))


def test_resolving_twice_changes_nothing() -> None:
    relations = [
        _relation(f"d{i}", Entity(canonical_key(name), name, type_), Entity("x", "X Corp", "Organization"))
        for i, (name, type_) in enumerate(VIEWS)
    ]
    once = resolve_relations(relations)
    assert set(resolve_relations(once.relations).relations) == set(once.relations)


def test_likely_duplicates_name_the_reason_and_the_alias_row() -> None:
    relations = [
        _relation(
            "a",
            Entity("office-of-fair-trading", "Office of Fair Trading", "Organization"),
            Entity("lib", "Liberal", "Organization"),
        ),
        _relation(
            "b",
            Entity("ecbx", "ECBX", "Organization"),
            Entity("liberal-democrats-x", "Liberal Democrats X", "Organization"),
        ),
        _relation("c", Entity("kennedy", "Kennedy", "Person"), Entity("yanukovich", "Viktor Yanukovich", "Person")),
        _relation(
            "d",
            Entity("charles-kennedy", "Charles Kennedy", "Person"),
            Entity("baroness-kennedy", "Baroness Kennedy", "Person"),
        ),
        _relation(
            "e", Entity("viktor-yanukovych", "Viktor Yanukovych", "Person"), Entity("oft", "OFT", "Organization")
        ),
    ]
    found = {(d.first.name, d.second.name): d for d in likely_duplicates(listings(resolve_relations(relations)))}
    assert found[("OFT", "Office of Fair Trading")].reason == "acronym of the other's initials"
    assert found[("Kennedy", "Charles Kennedy")].reason == "same surname"
    assert found[("Kennedy", "Charles Kennedy")].alias_row == "Kennedy,Charles Kennedy,Person"
    assert found[("Liberal", "Liberal Democrats X")].reason == "name contained in the other"
    assert (
        found[("Viktor Yanukovich", "Viktor Yanukovych")].reason == "same surname"
        or found[("Viktor Yanukovich", "Viktor Yanukovych")].reason == "names spelled alike"
    )


def test_kg_entities_lists_names_rules_and_duplicates(tmp_path: Path) -> None:
    from kg.records import write_relations

    relations = [
        _relation("a", Entity("tony-blair", "Tony Blair", "Person"), Entity("tories", "Tories", "Organization")),
        _relation("b", Entity("blair", "Blair", "Person"), Entity("kennedy", "Kennedy", "Person")),
        _relation(
            "c",
            Entity("charles-kennedy", "Charles Kennedy", "Person"),
            Entity("baroness-kennedy", "Baroness Kennedy", "Person"),
        ),
    ]
    triples = tmp_path / "t.jsonl"
    with open(triples, "w", encoding="utf-8") as stream:
        write_relations(relations, stream)
    result = kg("entities", str(triples))
    assert result.returncode == 0, result.stderr
    assert "Tony Blair [Person] tony-blair: 2 articles" in result.stdout
    assert "Blair (1 articles) — short form of the one full name it fits in other articles" in result.stdout
    assert "Tories (1 articles) — alias table (uk-politics" in result.stdout
    assert "Kennedy,Charles Kennedy,Person" in result.stdout
    document = json.loads(kg("entities", str(triples), "--format", "json", "--duplicates").stdout)
    assert set(document) == {"duplicates"}
    assert {d["reason"] for d in document["duplicates"]} >= {"same surname"}
    pins = tmp_path / "pins.csv"
    pins.write_text("alias,canonical,type\nBlair,Blair,Person\n", encoding="utf-8")
    pinned = kg("entities", str(triples), "--aliases", str(pins)).stdout
    assert "Blair [Person] blair: 1 articles" in pinned


def test_kg_build_report_explains_every_merge(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Tory leader Michael Howard met Tony Blair in London on Monday.\n\n"
        "Mr Blair told the Tories that the EU would back the plan.\n",
        encoding="utf-8",
    )
    result = kg("build", str(article), "--out", str(tmp_path / "out"), "--report", str(tmp_path / "merges.jsonl"))
    assert result.returncode == 0, result.stderr
    log = [json.loads(line) for line in (tmp_path / "merges.jsonl").read_text().splitlines()]
    assert log and all(r["outcome"] == "merged" and r["reason"] for r in log)
    assert any(r["text"] == "Tories" and r["entity"]["id"] == "conservative-party" for r in log)


def test_neo4j_import_files_resolve_with_the_users_aliases_and_rdf_exports_refuse_them(tmp_path: Path) -> None:
    """`kg export --format neo4j-import` resolves as `kg load` does, --aliases included; an RDF export
    writes its input's entities as they are, so --aliases there is a usage error, not silently ignored."""
    from kg.records import write_relations

    relations = [
        _relation("a", Entity("acme-holdings", "Acme Holdings", "Organization"), Entity("x", "X", "Person")),
        _relation("b", Entity("acme", "Acme", "Organization"), Entity("y", "Y", "Person")),
    ]
    triples = tmp_path / "t.jsonl"
    with open(triples, "w", encoding="utf-8") as stream:
        write_relations(relations, stream)
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("alias,canonical,type\nAcme,Acme Holdings,Organization\n", encoding="utf-8")
    plain = kg("export", "--format", "neo4j-import", "--input", str(triples), "-o", str(tmp_path / "plain"))
    merged = kg(
        "export",
        "--format",
        "neo4j-import",
        "--input",
        str(triples),
        "-o",
        str(tmp_path / "merged"),
        "--aliases",
        str(aliases),
    )
    assert plain.returncode == 0 and merged.returncode == 0, merged.stderr

    def ids(folder: str) -> set[str]:
        rows = (tmp_path / folder / "entities.csv").read_text("utf-8").splitlines()
        return {row.split(",")[0].strip('"') for row in rows}

    assert ids("plain") == {"acme", "acme-holdings", "x", "y"}
    assert ids("merged") == {"acme-holdings", "x", "y"}  # "Acme" is one of Acme Holdings' names
    refused = kg("export", "--input", str(triples), "--format", "turtle", "--aliases", str(aliases))
    assert refused.returncode == 2 and "--aliases applies to --format neo4j-import" in refused.stderr
