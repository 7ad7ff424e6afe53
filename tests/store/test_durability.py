"""Many writers at once, and processes killed mid-write: nothing lost, nothing half-done."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from store.schema import connect
from tests.conftest import ROOT, SEEDS

WRITERS, UPDATES = 8, 50
WRITER = textwrap.dedent("""
    import sys
    from datetime import date
    from bot.boundary import answer
    from handlers.question import Context
    from store.schema import connect
    db, me, count = connect(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    action = "SG-" + str(1 + int(me[1:]) % 14)  # each writer its own action: every update is a change
    problems = 0
    for n in range(count):
        ctx = Context(db=db, today=date(2010, 6, 1), user=me, now="2010-06-01T09:00:00")
        status = ("in progress", "delayed")[n % 2]
        reply = answer(ctx, f"update {action} to {status} - note {me}-{n}")
        if not reply.changed:
            problems += 1
            print("PROBLEM", reply.text(), flush=True)
    print("done", problems, flush=True)
""")


def run_writers(db_path: Path, writers: int, updates: int, script: str = WRITER) -> list[subprocess.Popen]:
    db = connect(db_path)
    for w in range(writers):
        db.execute("insert or replace into roles (user, role) values (?, 'manager')", [f"W{w}"])
    db.conn.close()
    return [subprocess.Popen([sys.executable, "-c", script, str(db_path), f"W{w}", str(updates)], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for w in range(writers)]


def test_simultaneous_writers_lose_nothing(db_path):
    """8 processes post 50 updates each to one file at once: every note is in history and no
    process saw an error."""
    procs = run_writers(db_path, WRITERS, UPDATES)
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        assert out.strip() == "done 0", out + err
    db = connect(db_path)
    notes = [r[0] for r in db.execute("select note from history where field = 'status'")]
    assert sorted(notes) == sorted(f"note W{w}-{n}" for w in range(WRITERS) for n in range(UPDATES))
    assert db.execute("pragma integrity_check").fetchone()[0] == "ok"


SAME_STATUS = textwrap.dedent("""
    import sys
    from datetime import date
    from bot.boundary import answer
    from handlers.question import Context
    from store.schema import connect
    db, me, count = connect(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    for n in range(count):
        ctx = Context(db=db, today=date(2010, 6, 1), user=me, now="2010-06-01T09:00:00")
        answer(ctx, f"update SG-3 to in progress - progress {me}-{n}")
    print("done", flush=True)
""")


def test_the_same_status_from_many_managers_keeps_every_note(db_path):
    """8 processes × 50 updates setting SG-3 to the status it already has, each with its own
    note: the status changes once, and all 400 notes are kept."""
    procs = run_writers(db_path, WRITERS, UPDATES, SAME_STATUS)
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0 and out.strip() == "done", err
    db = connect(db_path)
    notes = [r[0] for r in db.execute("select note from history where subject = 'SG-3' and field in "
                                      "('status', 'note')")]
    assert sorted(notes) == sorted(f"progress W{w}-{n}" for w in range(WRITERS) for n in range(UPDATES))
    assert db.execute("select count(*) from history where subject = 'SG-3' and field = 'status'").fetchone()[0] == 1


def _make_reports(folder: Path, n: int) -> None:
    folder.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for i in range(n):
        text = seeds[i % len(seeds)].read_text().replace("Leeds", f"Town{i}")
        (folder / f"r{i:04d}.txt").write_text(text)


def _wait_for(db_path: Path, sql: str, minimum: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if db_path.exists() and sqlite3.connect(db_path).execute(sql).fetchone()[0] >= minimum:
                return
        except sqlite3.OperationalError:
            pass
        time.sleep(0.05)
    raise AssertionError(f"never reached {minimum}: {sql}")


def _wait_until_gone(marker: str, timeout: float = 10) -> None:
    """No worker process of the killed ingest may outlive it."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        alive = [p for p in Path("/proc").iterdir() if p.name.isdigit() and _cmdline(p).find(marker) >= 0]
        if not alive:
            return
        time.sleep(0.1)
    raise AssertionError(f"worker processes outlived the killed ingest: {alive}")


def _cmdline(proc: Path) -> str:
    try:
        return (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def test_killed_ingest_leaves_whole_documents(tmp_path):
    folder, db_path = tmp_path / "reports", tmp_path / "crash.db"
    _make_reports(folder, 400)
    proc = subprocess.Popen([sys.executable, "-m", "bot", "ingest", str(folder), "--db", str(db_path)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _wait_for(db_path, "select count(*) from documents", 20)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    _wait_until_gone(str(db_path))
    db = connect(db_path)
    assert db.execute("pragma integrity_check").fetchone()[0] == "ok"
    docs = db.execute("select count(*) from documents").fetchone()[0]
    assert 20 <= docs < 400
    half = db.execute("""select count(*) from documents d where not exists
        (select 1 from passages p where p.doc_id = d.id)""").fetchone()[0]
    assert half == 0
    orphans = db.execute("select count(*) from passages where doc_id not in (select id from documents)").fetchone()[0]
    assert orphans == 0
    result = subprocess.run([sys.executable, "-m", "bot", "ingest", str(folder), "--db", str(db_path)], cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0 and f"{docs} unchanged" in result.stdout


def test_killed_update_burst_keeps_what_was_committed(db_path):
    procs = run_writers(db_path, 1, 100000)
    _wait_for(db_path, "select count(*) from history where field = 'status'", 30)
    procs[0].send_signal(signal.SIGKILL)
    procs[0].communicate()  # reaps the process and closes its pipes
    db = connect(db_path)
    assert db.execute("pragma integrity_check").fetchone()[0] == "ok"
    logged = db.execute("select count(*) from history where field = 'status'").fetchone()[0]
    assert logged >= 30
    for key, status in db.execute("select key, status from action_state").fetchall():
        last = db.execute("select new from history where action_key = ? and field = 'status' order by id desc limit 1",
                          [key]).fetchone()
        assert last and last[0] == status
