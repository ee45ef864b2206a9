"""Bad input: every kind gets one line naming the file (and line) and the cause, the other
inputs are still processed, and the run ends with a summary and a documented exit status."""

from __future__ import annotations

import codecs
import json
import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import read_articles
from tests.helpers import kg

ROOT = Path(__file__).resolve().parents[2]
GOOD = "Olaf Scholz met Emmanuel Macron in Berlin on Friday."
GERMAN = (
    "Bundeskanzler Olaf Scholz hat am Freitag den französischen Präsidenten Emmanuel Macron in Berlin "
    "getroffen und mit ihm lange über den Handel und die Verteidigung gesprochen."
)
HTML = """<html><head><title>Summit in Berlin</title><script>var tracking = "Joe Biden praised Vladimir Putin";</script>
<style>body {color: red}</style></head><body><nav><a href="/">Home</a> <a href="/world">World</a>
<a href="/sport">Sport</a></nav><article><h1>Summit in Berlin</h1>
<p>Olaf Scholz met Emmanuel Macron in Berlin on Friday. The two leaders discussed trade and defence at length,
and they agreed to meet again in Paris next month to continue the talks.</p></article>
<footer>Subscribe to our newsletter. Share on Facebook.</footer><script>document.write("Xi Jinping")</script></body></html>"""


def triples(stdout: str) -> set[tuple[str, str, str, str]]:
    records = [json.loads(line) for line in stdout.splitlines()]
    return {(r["evidence"]["doc_id"], r["subject"]["name"], r["predicate"], r["object"]["name"]) for r in records}


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """A folder with one of every kind of bad input, and good ones among them."""
    folder = tmp_path / "news"
    (folder / "deep" / "er").mkdir(parents=True)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.md").write_bytes(b"  \n\t \r\n")
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "latin1.txt").write_bytes("François Hollande met Angela Merkel in Berlin.".encode("latin-1"))
    (folder / "windows.txt").write_bytes("Joe Biden praised Angela Merkel – “a friend”.".encode("cp1252"))
    (folder / "bom-crlf.txt").write_bytes(("\ufeff" + GOOD + "\r\nHe praised Macron.\r\n").encode("utf-8"))
    (folder / "damaged.txt").write_bytes(GOOD.encode() + b" Caf\xc3\xa9 \xff\xfe. Joe Biden praised Olaf Scholz.\n")
    (folder / "one-word.txt").write_text("Hello")
    (folder / "german.txt").write_text(GERMAN)
    (folder / "page.html").write_text(HTML)
    (folder / "deep" / "er" / "good.md").write_text(f"# Talks\n\n{GOOD}\n")
    (folder / "lines.jsonl").write_text(
        "\n".join(
            [
                json.dumps({"id": "j1", "text": "Joe Biden praised Olaf Scholz."}),
                "{not json",
                json.dumps({"id": "j3", "title": "no text here"}),
                json.dumps(["a", "list"]),
                json.dumps({"id": "j5", "text": "Xi Jinping met Narendra Modi in Kazan."}),
            ]
        )
        + "\n"
    )
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    return folder


def test_a_folder_of_bad_inputs(mixed: Path) -> None:
    result = kg("extract", str(mixed))
    assert result.returncode == 3
    messages = result.stderr.splitlines()
    expected = [
        f"kg: skipped: {mixed / 'empty.txt'}: empty file",
        f"kg: skipped: {mixed / 'blank.md'}: empty file",
        f"kg: skipped: {mixed / 'photo.txt'}: binary data, not text",
        f"kg: warning: {mixed / 'latin1.txt'}: not UTF-8, read as Windows-1252",
        f"kg: warning: {mixed / 'windows.txt'}: not UTF-8, read as Windows-1252",
        f"kg: warning: {mixed / 'damaged.txt'}: invalid UTF-8 at byte 59 (2 replaced by U+FFFD)",
        f"kg: skipped: {mixed / 'german.txt'}: written in German (de), not English "
        "(pass --model with a 'de' pipeline to read it)",
        f"kg: skipped: {mixed / 'lines.jsonl'}:2: not valid JSON (Expecting property name enclosed in double quotes)",
        f"kg: skipped: {mixed / 'lines.jsonl'}:3: missing or empty 'text'",
        f"kg: skipped: {mixed / 'lines.jsonl'}:4: expected a JSON object",
        f"kg: skipped: {mixed / 'gone.txt'}: broken link to {mixed.parent / 'nowhere.txt'}",
    ]
    for line in expected:
        assert line in messages
    assert messages[-1] == "kg: 9 articles read, 8 skipped, 0 failed, 9 relations written to stdout"
    assert len(messages) == len(expected) + 1  # one line each, nothing else
    found = triples(result.stdout)
    assert ("latin1", "François Hollande", "meet", "Angela Merkel") in found
    assert ("windows", "Joe Biden", "praise", "Angela Merkel") in found
    assert ("damaged", "Joe Biden", "praise", "Olaf Scholz") in found
    assert ("good", "Olaf Scholz", "meet", "Emmanuel Macron") in found
    assert ("j5", "Xi Jinping", "meet", "Narendra Modi") in found
    # the page's article, not its scripts or navigation
    html = [t for t in found if t[0] == "page"]
    assert ("page", "Olaf Scholz", "meet", "Emmanuel Macron") in html
    assert not [t for t in found if "Putin" in t[3] or t[1] == "Xi Jinping" and t[0] == "page"]


def test_bom_and_crlf_keep_offsets_into_the_text(mixed: Path) -> None:
    result = kg("extract", str(mixed / "bom-crlf.txt"))
    assert result.returncode == 0
    assert result.stderr.splitlines() == ["kg: 1 articles read, 0 skipped, 0 failed, 1 relations written to stdout"]
    [record, *_] = [json.loads(line) for line in result.stdout.splitlines()]
    text = GOOD + "\nHe praised Macron.\n"
    evidence = record["evidence"]
    assert text[evidence["start"] : evidence["end"]] == evidence["sentence"] == GOOD


def test_strict_stops_at_the_first_bad_input(mixed: Path) -> None:
    result = kg("extract", str(mixed), "--strict")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1] == f"kg: error: {mixed / 'blank.md'}: empty file"


def test_a_20_megabyte_article_is_read_in_pieces(tmp_path: Path) -> None:
    english = (ROOT / "examples" / "articles" / "alliance-summit.txt").read_text("utf-8")
    filler = ("x" * 999 + "\n") * (20 * 1024 * 1024 // 1000)
    text = english + "\n\n" + filler + "\nJoe Biden praised Olaf Scholz.\n"
    path = tmp_path / "huge.txt"
    path.write_text(text)
    assert path.stat().st_size > 20 * 1024 * 1024
    result = kg("extract", str(path))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    last = [r for r in records if r["subject"]["name"] == "Joe Biden"]
    assert last and text[last[0]["evidence"]["start"] : last[0]["evidence"]["end"]] == "Joe Biden praised Olaf Scholz."
    assert any(r["predicate"] == "meet" for r in records)


def test_a_one_word_article_gives_no_relation_and_no_complaint(tmp_path: Path) -> None:
    result = kg("extract", "-", stdin="Hello")
    assert (result.returncode, result.stdout) == (0, "")
    assert result.stderr == "kg: 1 articles read, 0 skipped, 0 failed, 0 relations written to stdout\n"


@contextmanager
def as_user(uid: int):
    """Drop root's power to read everything, for the unreadable-file case."""
    if os.geteuid() != 0:
        yield
        return
    for codec in ("utf-8-sig", "cp1252"):  # imported now: the standard library lies under /root
        codecs.lookup(codec)
    os.seteuid(uid)
    try:
        yield
    finally:
        os.seteuid(0)


def test_an_unreadable_file_is_named() -> None:
    folder = Path(tempfile.mkdtemp(prefix="kg-unreadable-"))  # outside pytest's private tmp, for 'nobody'
    try:
        folder.chmod(0o755)
        (folder / "a-secret.txt").write_text(GOOD)
        (folder / "a-secret.txt").chmod(0)
        (folder / "b-open.txt").write_text(GOOD)
        errors: list[InputError] = []
        with as_user(65534):
            articles = list(read_articles([str(folder)], on_error="skip", on_skip=errors.append))
        assert [a.id for a in articles] == ["b-open"]
        assert [str(e) for e in errors] == [f"{folder / 'a-secret.txt'}: cannot read (Permission denied)"]
    finally:
        shutil.rmtree(folder)
