"""The README stays honest: every `$ clerk …` example is run and its output compared, and
the two set-up commands are the ones CI runs."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text()
EXAMPLES = re.findall(r"```console\n\$ (clerk [^\n]+)\n(.*?)```", README, re.S)


def test_readme_has_examples_and_two_setup_commands():
    assert len(EXAMPLES) >= 3
    first_screen = README[:2500]
    setups = re.findall(r"```sh\n(python3 -m venv[^\n]+)\n```", first_screen)
    assert len(setups) == 2 and setups[0].endswith("clerk chat") and setups[1].endswith("pytest")
    assert setups[1] in (ROOT / ".ci" / "run").read_text()


@pytest.mark.parametrize("command,expected", EXAMPLES, ids=[c for c, _ in EXAMPLES])
def test_readme_example(command, expected, seeded_path, tmp_path):
    db = tmp_path / "readme.db"
    shutil.copy(seeded_path, db)
    args = shlex.split(command)[1:] + ["--db", str(db)]
    proc = subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == expected.strip()
