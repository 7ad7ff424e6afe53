"""The evaluation runner CI uses: it reads scores, applies floors, and skips without ../shared."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import evals  # noqa: E402


@pytest.mark.parametrize("output,score", [
    ("ok   D01\nscore: 1/2 = 50%\n1 passed, 1 failed\n", (1, 2)),
    ("ingest failed\n0 passed, 15 failed", (0, 15)),
    ("Traceback (most recent call last):\n", None),
])
def test_score_is_read_from_the_last_line(output, score):
    assert evals.score_of(output) == score


def test_every_evaluation_has_a_floor_between_zero_and_one():
    floors = tomllib.loads((ROOT / "benchmarks" / "floors.toml").read_text())
    assert sorted(floors) == sorted(e.name for e in evals.EVALUATIONS)
    assert all(0 <= value <= 1 for value in floors.values())


def test_a_clone_without_shared_skips_the_evaluations(tmp_path):
    clone = tmp_path / "elsewhere" / "main"
    (clone / "benchmarks").mkdir(parents=True)
    for name in ("evals.py", "floors.toml"):
        shutil.copy(ROOT / "benchmarks" / name, clone / "benchmarks" / name)
    proc = subprocess.run([sys.executable, "benchmarks/evals.py", "seeds", "ofsted", "committee"], cwd=clone,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0
    assert proc.stdout.count("skipped") == 3 and "a clone elsewhere?" in proc.stdout
