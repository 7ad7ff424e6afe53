"""The board's chart: its numbers are the summary's, it is a real PNG, and in Slack it is
uploaded beside a summary through the current file-upload API, with alt text."""

from __future__ import annotations

import json
import re
import struct
import subprocess
import sys
from datetime import date

from bot.charts import board_png
from handlers.board import board_figures
from handlers.question import Context
from tests.bot.test_slack_app import click, command, fake, make_app  # noqa: F401 - the fixture
from tests.conftest import ROOT, ask


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_the_chart_counts_what_the_summary_counts(seeded_db):
    day = date(2010, 6, 1)
    figures = board_figures(Context(db=seeded_db, today=day), day)
    lead = ask(seeded_db, "summary", today="2010-06-01").lead
    overdue, soon = (int(n) for n in re.search(r"(\d+) actions? overdue, (\d+) due in the next", lead).groups())
    assert sum(c["overdue"] for _t, c in figures.themes) == overdue
    assert sum(c["due soon"] for _t, c in figures.themes) == soon
    assert "safeguarding: 11 overdue" in figures.alt_text()
    width, height = png_size(board_png(figures))
    assert width >= 1000 and height >= 300


def test_strands_and_grades_are_drawn_when_the_records_have_them(seeded_db):
    day = date(2014, 3, 1)
    figures = board_figures(Context(db=seeded_db, today=day), day)
    assert ("Nine Point Plan", "Develop social work practice", "good") in figures.strands
    assert "Develop social work practice — good" in figures.alt_text()
    png_size(board_png(figures))


def test_clerk_chart_writes_a_png(tmp_path, seeded_path):
    out = tmp_path / "board.png"
    proc = subprocess.run([sys.executable, "-m", "bot", "chart", "summary", "-o", str(out), "--today", "2010-06-01",
                           "--db", str(seeded_path)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "looked after children: 7 overdue" in proc.stdout
    png_size(out.read_bytes())


def test_a_shared_summary_uploads_its_chart_with_alt_text(db_path, fake):  # noqa: F811 - pytest fixture
    app = make_app(db_path, fake)
    first = json.loads(command(app, fake, "summary").body)
    share = next(e for b in first["blocks"] if b["type"] == "actions" for e in b["elements"]
                 if e["action_id"] == "share")
    click(app, fake, "share", share["value"])
    [upload] = fake.wait_for("upload", timeout=20)
    png_size(upload["bytes"])
    fake.wait_for("files.completeUploadExternal")
    sent = json.dumps([p for n, p in fake.calls if n.startswith("files.")])
    assert "C1" in sent and "safeguarding: 11 overdue" in sent
