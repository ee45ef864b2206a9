"""Nothing already written is lost: a typo, a failure or an empty run leaves the last good
output in place; outputs go into folders that do not exist yet, and to /dev/null."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.cli.output import TEMPORARY_SUFFIX, output_file, output_path, replace_folder
from kg.errors import KGError
from tests.helpers import kg

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = str(ROOT / "examples" / "articles")
BUILD_FILES = ("graph.html", "graph.ttl", "triples.jsonl")


def contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build of the examples, in a nested folder that did not exist."""
    out = tmp_path_factory.mktemp("build") / "deep" / "kg-out"
    result = kg("build", EXAMPLES, "--out", str(out))
    assert result.returncode == 0, result.stderr
    return out


def test_build_creates_its_folder(built: Path) -> None:
    assert sorted(p.name for p in built.iterdir()) == list(BUILD_FILES)
    assert all((built / name).stat().st_size > 0 for name in BUILD_FILES)


def test_a_typo_in_build_keeps_the_last_build(built: Path) -> None:
    before = contents(built)
    result = kg("build", EXAMPLES[:-1], "--out", str(built))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"kg: error: {EXAMPLES[:-1]}: no such file or folder (did you mean {EXAMPLES}?)"
    ]
    assert contents(built) == before


def test_a_build_that_fails_while_writing_keeps_every_old_file(built: Path, tmp_path: Path) -> None:
    out = tmp_path / "kg-out"
    out.mkdir()
    (out / "triples.jsonl").write_text("old triples\n")
    (out / "graph.ttl").write_text("old turtle\n")
    (out / "graph.html").mkdir()  # graph.html cannot be replaced: the build fails there
    result = kg("build", EXAMPLES, "--out", str(out))
    assert result.returncode == 1
    assert (
        result.stderr.splitlines()[-1]
        == f"kg: error: cannot write {out / 'graph.html'}: it is a folder (give a file name)"
    )
    assert (out / "triples.jsonl").read_text() == "old triples\n" and (out / "graph.ttl").read_text() == "old turtle\n"
    assert sorted(p.name for p in out.iterdir()) == list(BUILD_FILES)  # no temporary file left


def test_a_build_of_inputs_without_articles_keeps_the_last_build(built: Path, tmp_path: Path) -> None:
    before = contents(built)
    empty = tmp_path / "news"
    empty.mkdir()
    (empty / "notes.docx").write_bytes(b"PK\x03\x04")
    result = kg("build", str(empty), "--out", str(built))
    assert result.returncode == 1
    assert f"kg: ignored: {empty / 'notes.docx'}: not an article file" in result.stderr
    assert result.stderr.splitlines()[-1] == (
        f"kg: error: no article read from {empty} (1 ignored, 1 skipped, 0 failed); {built} left as it was"
    )
    assert contents(built) == before


def test_a_typo_in_extract_keeps_the_output(tmp_path: Path) -> None:
    out = tmp_path / "triples.jsonl"
    out.write_text("the last good output\n")
    result = kg("extract", EXAMPLES + "x", "-o", str(out))
    assert result.returncode == 1
    assert out.read_text() == "the last good output\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["triples.jsonl"]


def test_outputs_go_into_folders_that_do_not_exist(built: Path, tmp_path: Path) -> None:
    triples = str(built / "triples.jsonl")
    report = tmp_path / "a" / "why.jsonl"
    extracted = tmp_path / "b" / "c" / "triples.jsonl"
    assert kg("extract", EXAMPLES, "-o", str(extracted), "--report", str(report)).returncode == 0
    assert extracted.stat().st_size > 0 and report.stat().st_size > 0
    turtle = tmp_path / "d" / "graph.ttl"
    assert kg("export", "--input", triples, "-o", str(turtle)).returncode == 0
    back = tmp_path / "e" / "back.jsonl"
    assert kg("import-rdf", str(turtle), "-o", str(back)).returncode == 0
    assert len(back.read_text().splitlines()) == len(Path(triples).read_text().splitlines())
    folder = tmp_path / "f" / "import"
    assert kg("export", "--format", "neo4j-import", "--input", triples, "-o", str(folder)).returncode == 0
    assert (folder / "import.sh").is_file() and (folder / "statements.csv").is_file()


@pytest.mark.parametrize(
    "command",
    [
        ["extract", EXAMPLES, "-o", "/dev/null"],
        ["extract", EXAMPLES, "-o", "/dev/null", "--report", "/dev/null"],
        ["export", "--input", "{triples}", "-o", "/dev/null"],
        ["export", "--input", "{triples}", "--format", "nquads", "-o", "/dev/null"],
        ["import-rdf", "{turtle}", "-o", "/dev/null"],
    ],
)
def test_dev_null_is_a_place_to_write(built: Path, command: list[str]) -> None:
    args = [a.format(triples=built / "triples.jsonl", turtle=built / "graph.ttl") for a in command]
    result = kg(*args)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_resume_into_dev_null_is_refused() -> None:
    result = kg("extract", EXAMPLES, "-o", "/dev/null", "--resume")
    assert result.returncode == 2
    assert "--resume needs -o FILE (a file, not stdout or a device)" in result.stderr


def test_export_that_fails_keeps_the_old_file(tmp_path: Path) -> None:
    out = tmp_path / "graph.nt"
    out.write_text("old\n")
    result = kg("export", "--input", str(tmp_path / "missing.jsonl"), "-o", str(out))
    assert result.returncode != 0
    assert out.read_text() == "old\n" and sorted(p.name for p in tmp_path.iterdir()) == ["graph.nt"]


# --- kg.cli.output ----------------------------------------------------------------


def test_output_file_replaces_only_when_complete(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    path.write_text("old")
    path.chmod(0o640)
    with pytest.raises(RuntimeError):
        with output_file(path) as stream:
            stream.write("half")
            assert path.read_text() == "old"
            raise RuntimeError("disk full")
    assert path.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["out.txt"]
    with output_file(path) as stream:
        stream.write("new")
    assert path.read_text() == "new"
    assert path.stat().st_mode & 0o777 == 0o640  # the old file's permissions are kept


def test_output_file_of_a_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        with output_file(tmp_path / "new.txt") as stream:
            stream.write("x")
    finally:
        os.umask(umask)
    assert (tmp_path / "new.txt").stat().st_mode & 0o777 == 0o644


def test_output_path_is_a_temporary_name_beside_the_target(tmp_path: Path) -> None:
    with output_path(tmp_path / "graph.html") as where:
        assert where.parent == tmp_path and where.name.endswith(TEMPORARY_SUFFIX)
        where.write_text("<html>")
    assert (tmp_path / "graph.html").read_text() == "<html>" and not where.exists()


def test_replace_folder_moves_new_files_in_and_removes_stale_ones(tmp_path: Path) -> None:
    target = tmp_path / "parts"
    target.mkdir()
    for name in ("part-00000.jsonl", "part-00001.jsonl", "notes.txt"):
        (target / name).write_text("old")
    with pytest.raises(KeyboardInterrupt):
        with replace_folder(target, stale=("part-*.jsonl",)) as folder:
            (folder.staging / "part-00000.jsonl").write_text("new")
            raise KeyboardInterrupt
    assert contents(target) == {"notes.txt": b"old", "part-00000.jsonl": b"old", "part-00001.jsonl": b"old"}
    with replace_folder(target, stale=("part-*.jsonl",)) as folder:
        (folder.staging / "part-00000.jsonl").write_text("new")
    assert contents(target) == {"notes.txt": b"old", "part-00000.jsonl": b"new"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["parts"]


def test_a_file_where_a_folder_should_be_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("")
    with pytest.raises(KGError, match="is a file, not a folder"):
        with output_file(tmp_path / "taken" / "out.txt"):
            pass


def test_extract_into_a_folder_name_is_a_clear_error(tmp_path: Path) -> None:
    result = kg("extract", EXAMPLES, "-o", str(tmp_path))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"kg: error: cannot write {tmp_path}: it is a folder (give a file name)"]
    assert list(tmp_path.iterdir()) == []
