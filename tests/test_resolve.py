"""Entity resolution: within an article (short forms, type vote, merges recorded) and across a run."""

from __future__ import annotations

from kg.model import ArticleMeta, Entity, Evidence, Relation
from kg.resolve import NamedMention, resolve_across_articles, resolve_with_merges


def test_short_forms_and_demonyms_are_recorded_as_merges() -> None:
    mentions = [NamedMention("Mark Rutte", "Person"), NamedMention("Rutte", "Organization"),
                NamedMention("Russia", "Country", "the Russians")]
    entities, merges = resolve_with_merges(mentions, "a1")
    assert [e.name for e in entities] == ["Mark Rutte", "Mark Rutte", "Russia"]
    assert entities[1].type == "Person"  # one mis-tagged mention does not make a second Rutte
    rules = {(m.mention, m.entity_id): m.rule for m in merges}
    assert rules[("Rutte", "mark-rutte")] == "short form of a full name in the article"
    assert rules[("the Russians", "russia")].startswith("country name")


def test_two_full_names_sharing_a_surname_keep_the_short_form_apart() -> None:
    mentions = [NamedMention("Donald Trump", "Person"), NamedMention("Melania Trump", "Person"),
                NamedMention("Trump", "Person")]
    entities, _ = resolve_with_merges(mentions, "a1")
    assert entities[2].name == "Trump"


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
