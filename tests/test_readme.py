"""The README stays honest: every `$ clerk …` example is run and its output compared (a block
of several commands runs them in turn on one store), and the two set-up commands are the
ones CI runs. Examples that read ../shared are skipped, with the reason, when it is absent."""

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
BLOCKS = re.findall(r"```console\n(.*?)```", README, re.S)


def steps(block: str) -> list[tuple[str, str]]:
    """(command, expected output) for each `$ clerk …` line of a console block."""
    parts = re.split(r"^\$ (clerk [^\n]+)\n", block, flags=re.M)
    return list(zip(parts[1::2], parts[2::2], strict=True))


def test_readme_has_examples_and_two_setup_commands():
    assert len(BLOCKS) >= 3
    first_screen = README[:2500]
    setups = re.findall(r"```sh\n(python3 -m venv[^\n]+)\n```", first_screen)
    assert len(setups) == 2 and setups[0].endswith("clerk chat") and setups[1].endswith("pytest")
    assert setups[1] in (ROOT / ".ci" / "run").read_text()


@pytest.mark.parametrize("block", BLOCKS, ids=[steps(b)[0][0][:60] for b in BLOCKS])
def test_readme_example(block, seeded_path, tmp_path):
    if "../shared/" in block and not (ROOT.parent / "shared").is_dir():
        pytest.skip("the example reads ../shared, which is not beside this checkout")
    db = tmp_path / "readme.db"
    shutil.copy(seeded_path, db)
    for command, expected in steps(block):
        args = shlex.split(command)[1:] + ["--db", str(db)]
        written = [ROOT / args[i + 1] for i, a in enumerate(args) if a in ("-o", "--output")]
        try:
            proc = subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True,
                                  cwd=ROOT, timeout=120)
            assert proc.returncode == 0, proc.stderr
            assert proc.stdout.strip() == expected.strip(), command
            assert all(path.exists() for path in written)
        finally:
            for path in written:  # what an example writes is not left in the checkout
                path.unlink(missing_ok=True)
