"""What is read as an article: files of a folder (README, LICENSE and others named as ignored),
PDFs (real ones, written by reportlab), and the publication date an article's text states."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import read_articles
from kg.ingest.dates import publication_date
from kg.ingest.files import Ignored
from tests.helpers import kg

ROOT = Path(__file__).resolve().parents[1]

RUTTE = (
    "BRUSSELS, March 4, 2025 — NATO Secretary General Mark Rutte met Donald Trump in Washington on "
    "Thursday to discuss defence spending across the alliance and the war in Ukraine, officials said."
)


def pdf_bytes(
    *paragraphs: str, title: str = "Rutte meets Trump", compress: int = 1, encrypt=None, image_only: bool = False
) -> bytes:
    """A real PDF of the paragraphs (a heading first), as reportlab writes one."""
    from reportlab.graphics.shapes import Drawing, Rect
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, title=title, pageCompression=compress, encrypt=encrypt)
    styles = getSampleStyleSheet()
    if image_only:
        drawing = Drawing(200, 100)
        drawing.add(Rect(10, 10, 180, 80))
        story = [drawing]
    else:
        story = [Paragraph(title + " at the White House", styles["Title"])]
        story += [Paragraph(text, styles["BodyText"]) for text in paragraphs]
    document.build(story)
    return buffer.getvalue()


def triples(result: subprocess.CompletedProcess[str]) -> set[tuple[str, str, str]]:
    return {
        (r["subject"]["name"], r["predicate"], r["object"]["name"]) for r in map(json.loads, result.stdout.splitlines())
    }


# --- files of a folder ------------------------------------------------------------


def test_a_folder_reads_its_articles_and_names_every_file_it_ignores(tmp_path: Path) -> None:
    (tmp_path / "rutte.txt").write_text("Rutte in Washington\n\n" + RUTTE + "\n")
    (tmp_path / "README.md").write_text("# My archive\n\nThese are the articles I collected in March.\n")
    (tmp_path / "LICENSE").write_text("MIT License\n\nPermission is hereby granted, free of charge.\n")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(200))
    (tmp_path / ".DS_Store").write_bytes(bytes(64))
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    result = kg("extract", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert ("Mark Rutte", "meet", "Donald Trump") in triples(result)
    ignored = sorted(line for line in result.stderr.splitlines() if line.startswith("kg: ignored: "))
    assert ignored == [
        f"kg: ignored: {tmp_path / '.DS_Store'}: a hidden file",
        f"kg: ignored: {tmp_path / '.git'}/: a hidden folder",
        f"kg: ignored: {tmp_path / 'LICENSE'}: a LICENSE, not an article (name it on the command line to read it anyway)",
        f"kg: ignored: {tmp_path / 'README.md'}: a README, not an article (name it on the command line to read it anyway)",
        f"kg: ignored: {tmp_path / 'photo.jpg'}: not an article file (kg reads .txt .md .markdown .html .htm .jsonl .pdf)",
    ]
    assert "kg: 1 articles read, 5 ignored, 0 skipped, 0 failed" in result.stderr


def test_a_readme_named_on_the_command_line_is_read(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("Notes\n\n" + RUTTE + "\n")
    [article] = read_articles([str(readme)], on_error="raise")
    assert article.id == "README"


def test_a_folder_with_no_article_is_an_error_that_writes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "README.md").write_text("# Nothing here yet\n")
    out = tmp_path / "triples.jsonl"
    out.write_text("earlier\n")
    result = kg("extract", str(folder), "-o", str(out))
    assert result.returncode == 1
    assert f"kg: ignored: {folder / 'README.md'}" in result.stderr
    assert f"kg: skipped: {folder}: no article files in this folder" in result.stderr
    assert result.stderr.splitlines()[-1].startswith(f"kg: error: no article read from {folder} (1 ignored, 1 skipped")
    assert out.read_text() == "earlier\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news", "triples.jsonl"]


def test_a_missing_input_is_named_with_a_close_name(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    result = kg("extract", str(tmp_path / "article"), str(tmp_path / "other.txt"))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"kg: error: {tmp_path / 'article'}: no such file or folder (did you mean {tmp_path / 'articles'}?); "
        f"{tmp_path / 'other.txt'}: no such file or folder"
    ]
    with pytest.raises(InputError, match="no such file or folder"):
        list(read_articles([str(tmp_path / "article")], on_error="skip"))  # never a skip


def test_on_ignore_receives_each_ignored_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Olaf Scholz met Emmanuel Macron in Paris.\n")
    (tmp_path / "CHANGELOG.md").write_text("v1\n")
    seen: list[Ignored] = []
    articles = list(read_articles([str(tmp_path)], on_ignore=seen.append))
    assert [a.id for a in articles] == ["a"]
    assert [Path(i.path).name for i in seen] == ["CHANGELOG.md"]


# --- PDFs -------------------------------------------------------------------------


@pytest.mark.parametrize("compress", [1, 0], ids=["compressed", "uncompressed"])
def test_a_pdf_is_read_as_its_text(tmp_path: Path, compress: int) -> None:
    pdf = tmp_path / "rutte.pdf"
    pdf.write_bytes(
        pdf_bytes(RUTTE, "The European Union imposed sanctions on Russia after the talks.", compress=compress)
    )
    [article] = read_articles([str(pdf)], on_error="raise", language="en")
    assert article.meta.title == "Rutte meets Trump"
    assert not article.text.startswith("%PDF")
    assert RUTTE in article.text  # the paragraph's wrapped lines joined again
    assert (article.meta.published, article.meta.published_from) == ("2025-03-04", "dateline")
    result = kg("extract", str(pdf))
    assert result.returncode == 0, result.stderr
    found = triples(result)
    assert ("Mark Rutte", "meet", "Donald Trump") in found
    assert not any("Td" in s or "Td" in o for s, _, o in found)


def test_a_folder_holding_only_a_pdf_reads_it(tmp_path: Path) -> None:
    (tmp_path / "rutte.pdf").write_bytes(pdf_bytes(RUTTE))
    result = kg("extract", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "kg: 1 articles read, 0 skipped, 0 failed" in result.stderr
    assert ("Mark Rutte", "meet", "Donald Trump") in triples(result)


def test_a_pdf_is_known_by_its_content_whatever_its_name(tmp_path: Path) -> None:
    disguised = tmp_path / "rutte.txt"
    disguised.write_bytes(pdf_bytes(RUTTE))
    [article] = read_articles([str(disguised)], on_error="raise")
    assert RUTTE in article.text


def test_unreadable_pdfs_are_skipped_with_the_reason(tmp_path: Path) -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption

    (tmp_path / "locked.pdf").write_bytes(pdf_bytes(RUTTE, encrypt=StandardEncryption("secret", canPrint=0)))
    (tmp_path / "scan.pdf").write_bytes(pdf_bytes(image_only=True))
    (tmp_path / "cut.pdf").write_bytes(pdf_bytes(RUTTE)[:400])
    (tmp_path / "fake.pdf").write_text("Olaf Scholz met Emmanuel Macron.")
    (tmp_path / "good.pdf").write_bytes(pdf_bytes(RUTTE))
    result = kg("extract", str(tmp_path))
    assert result.returncode == 3
    skipped = sorted(line for line in result.stderr.splitlines() if line.startswith("kg: skipped:"))
    assert skipped == [
        f"kg: skipped: {tmp_path / 'cut.pdf'}: not a readable PDF (Unexpected EOF)",
        f"kg: skipped: {tmp_path / 'fake.pdf'}: not a PDF, though named .pdf (it does not start with %PDF-)",
        f"kg: skipped: {tmp_path / 'locked.pdf'}: an encrypted PDF (it needs a password, which kg does not take)",
        f"kg: skipped: {tmp_path / 'scan.pdf'}: no text in the PDF (pages of images, a scan? kg does not run OCR)",
    ]
    assert ("Mark Rutte", "meet", "Donald Trump") in triples(result)


# --- publication dates ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "source"),
    [
        ("Talks\n\nBRUSSELS, March 4, 2025 — NATO chief Mark Rutte met Donald Trump.", "2025-03-04", "dateline"),
        ("LONDON, 4 March 2025 (Reuters) - Britain said it would act.", "2025-03-04", "dateline"),
        ("KYIV, Ukraine, Feb. 24, 2025 /PRNewswire/ -- The company said.", "2025-02-24", "dateline"),
        ("WASHINGTON, Sept. 12, 2024 — The president spoke.", "2024-09-12", "dateline"),
        ("NEW YORK, Tuesday, March 4, 2025 -- Stocks fell.", "2025-03-04", "dateline"),
        ("PARIS (AFP), 4th March 2025: France said it would act.", "2025-03-04", "dateline"),
        ("Berlin, 04.03.2025 – Scholz met Macron.", "2025-03-04", "dateline"),
        ("Talks\nPublished: 4 March 2025, 10:32 GMT\nThe talks ended.", "2025-03-04", "published line"),
        ("Talks\nFirst published on Tue 4 Mar 2025 10.32 GMT\nThe talks ended.", "2025-03-04", "published line"),
        ("Talks\nPosted on 2025-03-04\nThe talks ended.", "2025-03-04", "published line"),
        ("Talks\nDate: 14/03/2025\nThe talks ended.", "2025-03-14", "published line"),
        ("Talks\n\nThe talks ended.\n\nPublished: 5 March 2025", "2025-03-05", "published line"),
        ("Talks\nBy Jane Doe | March 4, 2025\nThe talks ended.", "2025-03-04", "byline"),
        ("Talks\nTuesday 4 March 2025 10.32 GMT\nThe talks ended.", "2025-03-04", "date line"),
        ("Talks\nMar 4, 2025, 10:32 AM ET\nThe talks ended.", "2025-03-04", "date line"),
    ],
)
def test_publication_dates_in_the_text(text: str, date: str, source: str) -> None:
    found = publication_date(text)
    assert found is not None and (found.date, found.source) == (date, source)


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON (AP) — The talks ended on Thursday.",  # a dateline without a date
        "Talks\nDate: 03/04/2025\nThe talks ended.",  # March 4 or 3 April: not guessed
        "The meeting on March 4, 2025 was long.",  # a date in a sentence is not the publication date
        "BRUSSELS, February 30, 2025 — No such day.",
        "BRUSSELS, Thursday — The talks ended.",  # no year: nothing to resolve it against
    ],
)
def test_no_publication_date_is_guessed(text: str) -> None:
    assert publication_date(text) is None


def test_a_dateline_resolves_the_relative_dates_of_the_article(tmp_path: Path) -> None:
    article = tmp_path / "rutte.txt"
    article.write_text("Rutte in Washington\n\n" + RUTTE + "\n")
    result = kg("extract", str(article))
    [record] = [r for r in map(json.loads, result.stdout.splitlines()) if r["predicate"] == "meet"]
    assert record["article"]["published"] == "2025-03-04" and record["article"]["published_from"] == "dateline"
    assert record["time"] == {"text": "on Thursday", "date": "2025-02-27"}  # the Thursday before Tue 4 March


@pytest.mark.parametrize(
    ("block", "title", "url"),
    [
        (
            "---\ntitle: Rutte in Washington\ndate: 2025-03-04\nurl: https://news.example/rutte\n---\n",
            "Rutte in Washington",
            "https://news.example/rutte",
        ),
        ('---\ntitle: "Rutte in Washington"\npublished: "March 4, 2025"\n---\n', "Rutte in Washington", None),
        ('+++\ntitle = "Rutte in Washington"\ndate = 2025-03-04T09:30:00Z\n+++\n', "Rutte in Washington", None),
    ],
)
def test_front_matter_gives_title_date_and_url_and_keeps_offsets(
    tmp_path: Path, block: str, title: str, url: str | None
) -> None:
    body = "Olaf Scholz met Emmanuel Macron in Paris on Friday.\n"
    path = tmp_path / "talks.md"
    path.write_text(block + body)
    [article] = read_articles([str(path)], on_error="raise")
    meta = article.meta
    assert (meta.title, meta.url, meta.published, meta.published_from) == (title, url, "2025-03-04", "front matter")
    assert article.text.index("Olaf") == path.read_text().index("Olaf")  # offsets still count from the file's start
    assert "title" not in article.text and "2025" not in article.text


def test_metadata_dates_win_over_the_text(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"id": "a", "published": "2025-03-01", "text": RUTTE})
        + "\n"
        + json.dumps({"id": "b", "text": RUTTE})
        + "\n"
    )
    first, second = read_articles([str(feed)], on_error="raise")
    assert (first.meta.published, first.meta.published_from) == ("2025-03-01", "jsonl")
    assert (second.meta.published, second.meta.published_from) == ("2025-03-04", "dateline")


# --- the model's standard name ----------------------------------------------------


def test_the_standard_model_name_is_accepted() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kg", "extract", "-", "--model", "en_core_web_sm"],
        input="Olaf Scholz met Emmanuel Macron in Paris.",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert ("Olaf Scholz", "meet", "Emmanuel Macron") in triples(result)
