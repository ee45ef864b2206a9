"""A short, bounded fuzz run of the ingestion and extraction entry points (atheris)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

FUZZ = Path(__file__).resolve().parents[1] / "fuzz"


@pytest.mark.parametrize(("target", "seconds"), [("fuzz_ingest.py", 10), ("fuzz_extract.py", 15)])
def test_fuzz_target_finds_no_crash(target: str, seconds: int, tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(FUZZ / target),
            f"-max_total_time={seconds}",
            "-rss_limit_mb=4096",
            f"-artifact_prefix={tmp_path}/",
        ],
        capture_output=True,
        text=True,
        timeout=seconds + 120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Done" in result.stderr
