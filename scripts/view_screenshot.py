"""Look at kg's pages as a reader would, and keep the pictures for docs/.

Builds graph.html (and, with --report, report.html) from a triples file, opens it in
headless Chromium (Debian's `chromium`, driven by Playwright), waits until the layout
has settled, and saves a PNG. Run by hand, e.g.

    .venv/bin/kg build ../shared/samples examples/articles --out /tmp/kg-news
    .venv/bin/python scripts/view_screenshot.py /tmp/kg-news/triples.jsonl docs/graph-view.png
    .venv/bin/python scripts/view_screenshot.py /tmp/kg-news/triples.jsonl docs/report.png --report
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from browser_screenshot import CHROMIUM_ARGS


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("triples")
    parser.add_argument("png")
    parser.add_argument("--report", action="store_true", help="report.html instead of graph.html")
    parser.add_argument("--title", default=None)
    parser.add_argument("--width", type=int, default=1600)
    parser.add_argument("--height", type=int, default=1000)
    parser.add_argument("--full-page", action="store_true")
    parser.add_argument("--articles", action="append", default=[], help="the articles, for the report's last section")
    parser.add_argument("--click", help="a CSS selector to click before the picture (e.g. a number of the report)")
    options = parser.parse_args()

    from playwright.sync_api import sync_playwright

    from kg.graph import build_graph
    from kg.records import read_relations

    with open(options.triples, encoding="utf-8") as stream:
        relations = list(read_relations(stream, options.triples, on_error="skip"))
    articles = len({r.article.id for r in relations})
    title = options.title or f"kg: {articles} articles"
    with tempfile.TemporaryDirectory() as folder:
        page_file = Path(folder) / "page.html"
        if options.report:
            from kg.ingest import read_articles
            from kg.view.report_page import write_report

            articles = list(read_articles(options.articles)) if options.articles else None
            write_report(relations, page_file, title=title, articles=articles)
        else:
            from kg.view.graph_page import write_html

            write_html(build_graph(relations), page_file, title=title)
        chromium = shutil.which("chromium") or shutil.which("chromium-browser")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=list(CHROMIUM_ARGS))
            page = browser.new_page(viewport={"width": options.width, "height": options.height})
            page.goto(page_file.as_uri())
            if not options.report:
                page.wait_for_function("window.kgReady === true", timeout=120_000)
            if options.click:
                page.locator(options.click).first.click()
            page.screenshot(path=options.png, full_page=options.full_page)
            browser.close()
    print(f"saved {options.png}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
