"""`kg report`: the figures are right, every number opens the sentences it counts, the
timeline is a real plot whose bars link to their evidence, and the page is one offline
file — checked in headless Chromium."""

from __future__ import annotations

import re
from pathlib import Path

from kg.model import Article, ArticleMeta, Entity, TimeRef
from kg.records import write_relations
from kg.view.report import build_report
from tests.helpers import EU, NATO, RUSSIA, RUTTE, TRUMP, kg, relation
from tests.robustness.browser import chromium_page

ROOT = Path(__file__).resolve().parents[1]

HOSTILE = Entity("hostile", '<img src=x onerror="window.__pwned=1">', "Group")


RELATIONS = [
    relation(RUTTE, "meet", TRUMP, "a1", 0, published="2025-03-03"),
    relation(NATO, "pressure", RUSSIA, "a1", 40, published="2025-03-03", attributed_to="Mark Rutte"),
    relation(EU, "sanction", RUSSIA, "a1", 80, published="2025-03-03"),
    relation(EU, "sanction", RUSSIA, "a2", 0, published="2025-03-10"),
    relation(RUSSIA, "criticize", EU, "a2", 40, published="2025-03-10"),
    relation(RUTTE, "meet", TRUMP, "a2", 80, published="2025-03-10", negated=True),
    relation(RUTTE, "praise", TRUMP, "a3", 0, published=None, time=TimeRef("on 2 April", "2025-04-02")),
    relation(TRUMP, "threaten", RUSSIA, "a3", 40, published=None, modality="hedged"),
    relation(HOSTILE, "attack", NATO, "a4", 0, published=None),
]


def test_report_figures() -> None:
    articles = [Article(ArticleMeta(f"a{i}", title=f"Article a{i}", source=f"a{i}.txt"), "text") for i in range(1, 6)]
    report = build_report(RELATIONS, articles=articles)
    assert (len(report.relations), report.articles, report.actors) == (9, 4, 6)
    assert [(r.entity.name, r.relations, r.sentences, r.articles) for r in report.top_actors[:3]] == [
        ("Russia", 4, 5, 3),
        ("Donald Trump", 3, 4, 3),
        ("European Union", 2, 3, 2),
    ]
    assert [(p.predicate, p.sentences) for p in report.predicates][:2] == [("meet", 2), ("sanction", 2)]
    timeline = report.timeline
    assert timeline.unit == "day"
    assert [(p.label, p.facts, p.others) for p in timeline.periods] == [
        ("2025-03-03", 2, 1),
        ("2025-03-10", 2, 1),
        ("2025-04-02", 1, 0),
    ]  # a claim Rutte makes is not a fact
    assert timeline.undated == 2
    # sanction twice and a criticism, either direction; the hedged threat and the pressure Rutte
    # only says NATO must keep up do not count
    assert [(p.a, p.b, p.sentences, p.predicates) for p in report.conflict] == [
        ("European Union", "Russia", 3, (("sanction", 2), ("criticize", 1))),
        ('<img src=x onerror="window.__pwned=1">', "NATO", 1, (("attack", 1),)),
    ]
    assert [(p.a, p.b, p.predicates) for p in report.cooperation] == [
        ("Donald Trump", "Mark Rutte", (("meet", 1), ("praise", 1)))
    ]
    assert [(c.subject, c.predicate, c.object, c.asserted, c.negated) for c in report.contradictions] == [
        ("Mark Rutte", "meet", "Donald Trump", 1, 1)
    ]
    assert [a.id for a in report.silent] == ["a5"]
    assert build_report(RELATIONS).silent is None


def write_inputs(tmp_path: Path) -> tuple[Path, Path]:
    triples = tmp_path / "triples.jsonl"
    with open(triples, "w", encoding="utf-8") as stream:
        write_relations(RELATIONS, stream)
    articles = tmp_path / "news"
    articles.mkdir()
    for i in range(1, 6):
        (articles / f"a{i}.txt").write_text(f"Article a{i}\n\nSome text of article {i}.\n", encoding="utf-8")
    return triples, articles


def test_cli_writes_one_offline_page(tmp_path: Path) -> None:
    triples, articles = write_inputs(tmp_path)
    out = tmp_path / "report.html"
    result = kg("report", str(triples), "-o", str(out), "--articles", str(articles))
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == (
        f"kg: report of 9 relations from 4 articles, 1 articles with no relation written to {out}"
    )
    text = out.read_text("utf-8")
    assert not re.search(r"<(script|link|img|iframe)\b", text)  # no script, no fetched resource
    assert "<svg" in text and 'xlink:href="#ev-' in text  # the plot is inline SVG with linked bars
    assert 'target="_blank"' not in text  # which open in this page
    assert "Article a5" in text
    missing = kg("report", str(tmp_path / "nope.jsonl"), "-o", str(out))
    assert missing.returncode != 0 and "nope.jsonl" in missing.stderr and len(missing.stderr.splitlines()) <= 2
    assert out.read_text("utf-8") == text  # a failed run leaves the last report


def test_every_number_opens_the_sentences_it_counts(tmp_path: Path) -> None:
    triples, articles = write_inputs(tmp_path)
    out = tmp_path / "report.html"
    assert kg("report", str(triples), "-o", str(out), "--articles", str(articles)).returncode == 0
    with chromium_page() as page:
        requests: list[str] = []
        page.route(re.compile(r"^(?!file:).*"), lambda route: (requests.append(route.request.url), route.abort()))
        page.goto(out.as_uri())
        # every figure is a link, except ranks and zeros (nothing to show)
        assert page.evaluate(
            "[...document.querySelectorAll('main td.num:not(.rank)')]"
            ".every(td => td.querySelector('a') || td.textContent.trim() === '0')"
        )
        links = page.evaluate("""[...document.querySelectorAll('main a[href^="#ev-"]')]
            .filter(a => /^\\d+$/.test(a.textContent.trim())).map(a => {
              const panel = document.getElementById(a.getAttribute('href').slice(1));
              const claims = [...panel.querySelectorAll('li .claim')].map(c => c.textContent);
              return {text: a.textContent.trim(), kind: a.classList[a.classList.length - 1],
                      sentences: claims.length, relations: new Set(claims).size,
                      actors: new Set(claims.flatMap(c => c.split(/ –[^→]*→ /))).size,
                      articles: new Set([...panel.querySelectorAll('li .meta')].map(m => m.textContent.split(' · ')[0])).size};
            })""")
        assert len(links) >= 30
        for link in links:
            assert link["kind"] in {"sentences", "relations", "articles", "actors"}, link
            assert link[link["kind"]] == int(link["text"]), link
        # click a number: its sentences open beside the report
        rutte = page.locator("#actors tr", has_text="Mark Rutte").locator("a.sentences")
        assert rutte.inner_text() == "3"
        rutte.click()
        panel = page.locator(".evidence:target")
        assert panel.is_visible()
        assert panel.locator("h2").inner_text() == "Mark Rutte"
        claims = panel.locator("li .claim").all_inner_texts()
        assert claims == [
            "Mark Rutte –meet→ Donald Trump",
            "Mark Rutte –meet→ Donald Trump",
            "Mark Rutte –praise→ Donald Trump",
        ]
        assert "(negated)" in panel.inner_text()
        panel.locator("a.close").click()
        assert page.locator(".evidence:target").count() == 0
        # a bar of the timeline opens the relations of its day
        page.locator("#timeline svg a path").first.click()
        assert page.locator(".evidence:target h2").inner_text() == "Relations dated 2025-03-03"
        assert page.locator(".evidence:target li").count() == 3
        # names are text, never markup
        assert page.evaluate("window.__pwned") is None
        assert '<img src=x onerror="window.__pwned=1">' in page.locator("#conflict").inner_text()
    assert requests == []


def test_empty_triples_give_a_report_that_says_so(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    out = tmp_path / "report.html"
    result = kg("report", str(empty), "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = out.read_text("utf-8")
    assert "No relations." in text and "No relation is dated" in text and "Not known: give the articles too" in text
