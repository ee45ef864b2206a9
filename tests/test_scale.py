"""Extraction at scale: worker processes, resumable runs, and a Dask cluster give exactly
the output of one plain run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.corpus import write_corpus
from kg.extract.resume import journal_path, partial_path
from tests.helpers import kg

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = str(ROOT / "examples" / "articles")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    write_corpus(path, 120, sentences_per_article=4)
    return path


@pytest.fixture(scope="module")
def single_run(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("single") / "triples.jsonl"
    kg("extract", str(corpus), "-o", str(out), check=True)
    return out.read_text("utf-8")


def test_two_workers_write_what_one_process_writes(corpus: Path, single_run: str, tmp_path: Path) -> None:
    out = tmp_path / "triples.jsonl"
    kg("extract", str(corpus), "-o", str(out), "--workers", "2", check=True)
    assert out.read_text("utf-8") == single_run
    assert len(single_run.splitlines()) > 100


def test_resume_after_a_half_written_article_completes_without_duplicates(
    corpus: Path, single_run: str, tmp_path: Path
) -> None:
    out = tmp_path / "triples.jsonl"
    kg("extract", str(corpus), "-o", str(out), "--resume", check=True)  # --resume keeps the journal of a finished run
    journal = journal_path(out)
    entries = journal.read_text("utf-8").splitlines()
    kept = entries[: len(entries) // 2]
    # a crash: the journal ends mid-line and the output ends mid-record, past the last finished article
    journal.write_text("\n".join(kept) + "\n" + entries[len(kept)][:20])
    size = json.loads(kept[-1])["size"]
    out.write_bytes(out.read_bytes()[: size + 150])
    result = kg("extract", str(corpus), "-o", str(out), "--resume", check=True)
    assert f"{len(kept)} already extracted" in result.stderr
    assert out.read_text("utf-8") == single_run


def test_resume_after_the_process_is_killed(corpus: Path, single_run: str, tmp_path: Path) -> None:
    out = tmp_path / "triples.jsonl"
    out.write_text("the last good output\n")
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "extract", str(corpus), "-o", str(out)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    journal = journal_path(out)
    deadline = time.monotonic() + 300
    while not (journal.exists() and journal.read_text("utf-8").count("\n") >= 10):
        assert process.poll() is None and time.monotonic() < deadline, "extraction ended before it was killed"
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    done = journal.read_text("utf-8").count("\n")
    assert done < 120
    assert out.read_text("utf-8") == "the last good output\n"  # replaced only by a complete output
    assert partial_path(out).stat().st_size > 0
    result = kg("extract", str(corpus), "-o", str(out), "--resume", check=True)
    assert "already extracted" in result.stderr
    assert out.read_text("utf-8") == single_run
    assert not partial_path(out).exists() and journal.exists()


def test_interrupted_run_keeps_the_old_output_and_says_how_to_go_on(
    corpus: Path, single_run: str, tmp_path: Path
) -> None:
    out = tmp_path / "triples.jsonl"
    out.write_text("the last good output\n")
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "extract", str(corpus), "-o", str(out)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    journal = journal_path(out)
    deadline = time.monotonic() + 300
    while not (journal.exists() and journal.read_text("utf-8").count("\n") >= 5):
        assert process.poll() is None and time.monotonic() < deadline, "extraction ended before Ctrl-C"
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)  # Ctrl-C
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 1
    assert (
        f"kg: stopped: {out} left as it was; {partial_path(out)} holds the articles finished so far: "
        "run the same command with --resume to go on"
    ) in stderr
    assert out.read_text("utf-8") == "the last good output\n"
    kg("extract", str(corpus), "-o", str(out), "--resume", check=True)
    assert out.read_text("utf-8") == single_run


def test_a_finished_run_leaves_no_journal_unless_resumable(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "triples.jsonl"
    kg("extract", EXAMPLES, "-o", str(out), check=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["triples.jsonl"]
    kg("extract", EXAMPLES, "-o", str(out), "--resume", check=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["triples.jsonl", "triples.jsonl.journal"]
    before = out.stat().st_mtime_ns
    result = kg("extract", EXAMPLES, "-o", str(out), "--resume", check=True)
    assert "4 articles read, 4 already extracted" in result.stderr
    assert out.stat().st_mtime_ns == before  # nothing new: the finished output is not touched


def test_resume_extracts_again_what_changed(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "triples.jsonl"
    kg("extract", EXAMPLES, "-o", str(out), "--resume", check=True)
    changed = tmp_path / "articles"
    changed.mkdir()
    for path in Path(EXAMPLES).glob("*.txt"):
        text = path.read_text("utf-8")
        (changed / path.name).write_text(text.replace("Thursday", "Friday") if "trade" in path.name else text)
    result = kg("extract", str(changed), "-o", str(out), "--resume", check=True)
    assert "4 articles read, 3 already extracted" in result.stderr


def test_dask_cluster_of_two_workers_writes_what_one_process_writes(
    corpus: Path, single_run: str, tmp_path: Path
) -> None:
    out = tmp_path / "parts"
    result = kg("extract", str(corpus), "--engine", "dask", "--workers", "2", "-o", str(out), check=True)
    parts = sorted(out.glob("part-*.jsonl"))
    assert len(parts) == 2 and "2 partitions" in result.stderr
    assert "".join(p.read_text("utf-8") for p in parts) == single_run
