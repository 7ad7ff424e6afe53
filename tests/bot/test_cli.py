"""The command line as a user runs it: real processes, real files."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys

from tests.conftest import ROOT, SEEDS


def clerk(*args, cwd=ROOT, env=None):
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120, env={**os.environ, **(env or {})})


def test_first_run_builds_the_store_from_the_bundled_seeds(tmp_path):
    proc = clerk("ask", "who chairs the improvement board?", "--today", "2010-08-01", cwd=tmp_path,
                 env={"CLERK_DB": ""})
    assert proc.returncode == 0, proc.stderr
    assert "did not exist; building it from the bundled seeds" in proc.stderr
    assert "Bill McCarthy" in proc.stdout and (tmp_path / "clerk.db").exists()


def test_clock_and_database_come_from_the_environment(tmp_path, seeded_path):
    shutil.copy(seeded_path, tmp_path / "env.db")
    proc = clerk("ask", "what's overdue on safeguarding?", env={"CLERK_DB": str(tmp_path / "env.db"),
                                                                  "CLERK_TODAY": "2010-03-01"})
    assert "8 safeguarding actions are overdue as of 1 March 2010" in proc.stdout


def test_json_answer_has_intent_items_and_sources(seeded_path, tmp_path):
    shutil.copy(seeded_path, tmp_path / "j.db")
    proc = clerk("ask", "--json", "--db", str(tmp_path / "j.db"), "--today", "2010-06-01", "what's overdue on LAC?")
    data = json.loads(proc.stdout)
    assert data["intent"] == "overdue" and len(data["items"]) == 7
    first = data["items"][0]
    assert first["action"] == "LAC-1" and first["fields"]["due"] == "2010-01-07"
    assert first["source"]["citation"] == "Executive Board report, 12 Feb 2010, §3.5"
    assert data["text"].startswith("7 looked after children actions are overdue")


def test_refusals_and_unknowns_exit_zero_usage_errors_do_not(seeded_path, tmp_path):
    shutil.copy(seeded_path, tmp_path / "u.db")
    db = str(tmp_path / "u.db")
    assert clerk("ask", "--db", db, "--user", "U9", "update SG-3 to done").returncode == 0
    assert clerk("ask", "--db", db, "asdkjh qwpoe").returncode == 0
    bad = clerk("ask", "--db", db, "--today", "June 1st", "help")
    assert bad.returncode == 2 and "--today must be a date" in bad.stderr
    (tmp_path / "junk.db").write_text("this is not a database " * 100)
    junk = clerk("ask", "--db", str(tmp_path / "junk.db"), "help")
    assert junk.returncode == 3 and "cannot use the database" in junk.stderr and "Traceback" not in junk.stderr


def test_ingest_reports_counts_problems_and_exit_status(tmp_path):
    db = str(tmp_path / "i.db")
    (tmp_path / "empty.txt").write_text("")
    only_bad = clerk("ingest", str(tmp_path / "empty.txt"), "--db", db)
    assert only_bad.returncode == 1 and "empty.txt: is empty" in only_bad.stderr
    mixed = clerk("ingest", str(SEEDS), str(tmp_path / "empty.txt"), "--db", db)
    assert mixed.returncode == 0 and "empty.txt: is empty" in mixed.stderr
    assert mixed.stdout.startswith("ingested 5 documents,") and "33 judgements" in mixed.stdout
    again = clerk("ingest", str(SEEDS), "--db", db)
    assert again.returncode == 0 and "5 unchanged" in again.stdout


def test_backup_copies_a_live_database(seeded_path, tmp_path):
    shutil.copy(seeded_path, tmp_path / "live.db")
    writer = sqlite3.connect(tmp_path / "live.db")
    writer.execute("insert into roles (user, role) values ('U5', 'manager')")
    writer.commit()
    proc = clerk("backup", str(tmp_path / "copy.db"), "--db", str(tmp_path / "live.db"))
    assert proc.returncode == 0, proc.stderr
    copy = sqlite3.connect(tmp_path / "copy.db")
    assert copy.execute("select role from roles where user = 'U5'").fetchone() == ("manager",)
    assert copy.execute("select count(*) from documents").fetchone() == (5,)


def test_serve_without_tokens_explains_what_is_missing(seeded_path, tmp_path):
    shutil.copy(seeded_path, tmp_path / "s.db")
    env = {"SLACK_BOT_TOKEN": "", "SLACK_APP_TOKEN": "", "SLACK_SIGNING_SECRET": ""}
    socket = clerk("serve", "--db", str(tmp_path / "s.db"), env=env)
    assert socket.returncode == 2 and "SLACK_BOT_TOKEN, SLACK_APP_TOKEN" in socket.stderr
    http = clerk("serve", "--http", "--db", str(tmp_path / "s.db"), env=env)
    assert "SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET" in http.stderr and "Connect to Slack" in http.stderr
    assert "Traceback" not in socket.stderr + http.stderr


def test_chat_takes_lines_from_a_pipe(seeded_path, tmp_path):
    shutil.copy(seeded_path, tmp_path / "c.db")
    proc = subprocess.run([sys.executable, "-m", "bot", "chat", "--db", str(tmp_path / "c.db"), "--today",
                           "2010-08-01"], input="who chairs scrutiny?\nquit\n", capture_output=True, text=True,
                          cwd=ROOT, timeout=60)
    assert proc.returncode == 0 and "Cllr Chapman" in proc.stdout


def test_chat_pages_a_long_list_with_more_and_ask_prints_it_whole(seeded_path, tmp_path):
    shutil.copy(seeded_path, tmp_path / "c.db")
    question = "overdue stuff from the ofsted inspection?"
    proc = subprocess.run([sys.executable, "-m", "bot", "chat", "--db", str(tmp_path / "c.db"), "--today",
                           "2010-08-15"], input=f"{question}\nmore\nmore\nquit\n", capture_output=True, text=True,
                          cwd=ROOT, timeout=60)
    first, second, third = proc.stdout.split("\n\n")[:3]
    assert "…and 9 more." in first and 'Type "more"' in first and "SG-14" not in first
    assert "SG-14" in second and "more" not in second.splitlines()[-1]
    assert third.strip() == "That was the whole list."
    whole = clerk("ask", "--db", str(tmp_path / "c.db"), "--today", "2010-08-15", question).stdout
    assert "SG-1 " in whole and "SG-14" in whole and "more." not in whole


def test_chat_reads_a_follow_up_with_the_question_before_and_ask_does_not(seeded_path, tmp_path):
    shutil.copy(seeded_path, tmp_path / "c.db")
    lines = "what is due in april?\nand in july?\nwho chairs scrutiny?\nwhen does it next meet?\nquit\n"
    proc = subprocess.run([sys.executable, "-m", "bot", "chat", "--db", str(tmp_path / "c.db"), "--today",
                           "2010-03-01"], input=lines, capture_output=True, text=True, cwd=ROOT, timeout=60)
    answers = proc.stdout.split("\n\n")
    assert "between 1 April 2010 and 30 April 2010" in answers[0]
    assert "between 1 July 2010 and 31 July 2010" in answers[1]  # 'and in july?' swaps the month
    assert "Scrutiny" in answers[3] and "next" in answers[3]  # 'it' is the body asked about before
    alone = clerk("ask", "--db", str(tmp_path / "c.db"), "--today", "2010-03-01", "and in july?").stdout
    assert "between 1 July 2010" not in alone  # one-shot answers stand alone


def test_files_that_cannot_be_written_are_named_not_traced(tmp_path, seeded_path):
    shutil.copy(seeded_path, tmp_path / "c.db")
    for args in (["calendar", "-o", str(tmp_path / "no" / "x.ics")], ["backup", str(tmp_path / "no" / "x.db")],
                 ["chart", "summary", "-o", str(tmp_path / "no" / "x.png")]):
        proc = clerk(*args, "--db", str(tmp_path / "c.db"))
        assert proc.returncode == 2 and proc.stderr.startswith("clerk: cannot write") and "Traceback" not in proc.stderr
    proc = clerk("backup", str(tmp_path / "b.db"), "--db", str(tmp_path / "missing.db"))
    assert proc.returncode == 2 and "there is no database at" in proc.stderr
    assert not (tmp_path / "missing.db").exists() and not (tmp_path / "b.db").exists()
