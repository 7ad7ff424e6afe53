"""Clerk as a service: `clerk serve --http` answers /healthz, serves the private calendar feed
(refusing wrong and revoked links), logs one JSON object a line, and on SIGTERM finishes what
it has started: no acknowledged update is lost."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from datetime import date

import pytest
from icalendar import Calendar

from bot.ical import to_ics
from handlers.calendar import calendar_events
from handlers.question import Context
from store.schema import connect
from tests.conftest import ROOT, ask
from tests.fake_slack import FakeSlack, SignedClient, free_port, wait_for_port

SECRET = "service-secret"


@pytest.fixture
def served(tmp_path, seeded_path):
    db = tmp_path / "clerk.db"
    shutil.copy(seeded_path, db)
    store = connect(db)
    store.execute("insert into roles (user, role) values ('U0MGR', 'manager')")
    store.conn.close()
    fake, port = FakeSlack(), free_port()
    env = dict(os.environ, SLACK_BOT_TOKEN="xoxb-test", SLACK_SIGNING_SECRET=SECRET, SLACK_API_URL=f"{fake.url}/api/",
               CLERK_TODAY="2010-08-01")
    server = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--http", "--port", str(port), "--db", str(db)],
                              cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    wait_for_port(port)
    yield server, f"http://127.0.0.1:{port}", db
    if server.poll() is None:
        server.terminate()
        server.communicate(timeout=20)
    fake.stop()


def get(url: str) -> tuple[int, bytes, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read(), response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as error:
        return error.code, error.read(), ""


def test_healthz_answers_while_serving_and_logs_are_json_lines(served):
    server, base, _db = served
    status, body, kind = get(f"{base}/healthz")
    assert status == 200 and kind == "application/json" and json.loads(body)["status"] == "ok"
    server.send_signal(signal.SIGTERM)
    output, _ = server.communicate(timeout=30)
    assert server.returncode == 0
    logged = [json.loads(line) for line in output.splitlines() if line.startswith("{")]
    assert logged and {"time", "level", "logger", "message"} <= set(logged[0])
    assert any("stopped" in entry["message"] for entry in logged)


def test_the_calendar_link_works_until_revoked(served):
    _server, base, db_path = served
    db = connect(db_path)
    link = ask(db, "calendar", today="2010-08-01").text()
    token = link.split("/calendar/")[1].split(".ics")[0]
    status, body, kind = get(f"{base}/calendar/{token}.ics")
    assert status == 200 and kind.startswith("text/calendar")
    events = Calendar.from_ical(body).walk("VEVENT")
    expected = calendar_events(Context(db=db, today=date(2010, 8, 1)), date(2010, 8, 1))
    assert sorted(str(e["UID"]) for e in events) == sorted(e.uid for e in expected)
    assert get(f"{base}/calendar/{'x' * 32}.ics")[0] == 404
    assert ask(db, "calendar revoke", user="U0VIEWER").intent == "refused"
    renewed = ask(db, "calendar revoke", today="2010-08-01").text()
    assert get(f"{base}/calendar/{token}.ics")[0] == 404
    fresh = renewed.split("/calendar/")[1].split(".ics")[0]
    assert get(f"{base}/calendar/{fresh}.ics")[0] == 200


def test_sigterm_during_a_burst_of_updates_loses_none(served):
    server, base, db_path = served
    client = SignedClient(f"{base}/slack/events", SECRET)
    acknowledged: list[str] = []
    lock, first_acknowledged = threading.Lock(), threading.Event()

    def post(n: int) -> None:
        try:
            status, body = client.command(f"note SG-3 burst {n}", user="U0MGR")
        except OSError:
            return  # refused after the signal: never acknowledged, so nothing is owed
        if status == 200 and "Note added" in body:
            with lock:
                acknowledged.append(f"burst {n}")
            first_acknowledged.set()

    threads = [threading.Thread(target=post, args=(n,)) for n in range(120)]
    for thread in threads[:60]:
        thread.start()
    # On a loaded machine none of the first sixty may be answered yet: signal only once the burst is
    # being served, so the test is about updates in flight, not about a server that never began.
    assert first_acknowledged.wait(timeout=30)
    for i, thread in enumerate(threads[60:]):
        thread.start()
        if i == 20:
            server.send_signal(signal.SIGTERM)
    for thread in threads:
        thread.join(timeout=30)
    server.communicate(timeout=30)
    assert server.returncode == 0
    db = connect(db_path)
    kept = {r[0] for r in db.execute("select note from history where subject = 'SG-3' and field = 'note'")}
    assert acknowledged and set(acknowledged) <= kept
    assert db.execute("pragma integrity_check").fetchone()[0] == "ok"


def test_a_second_export_keeps_every_uid(seeded_db):
    ctx = Context(db=seeded_db, today=date(2010, 8, 1))
    events = calendar_events(ctx, date(2010, 8, 1))
    first, second = Calendar.from_ical(to_ics(events)), Calendar.from_ical(to_ics(calendar_events(ctx, date(2010, 8, 1))))
    uids = [str(e["UID"]) for e in first.walk("VEVENT")]
    assert uids == [str(e["UID"]) for e in second.walk("VEVENT")] and len(set(uids)) == len(uids) == len(events)
    tentative = [e for e in first.walk("VEVENT") if e["STATUS"] == "TENTATIVE"]
    assert tentative and all("Not confirmed: projected from" in str(e["DESCRIPTION"]) for e in tentative)
    deadlines = [e for e in first.walk("VEVENT") if str(e["SUMMARY"]).startswith("Due: SG-12")]
    assert deadlines and deadlines[0].decoded("DTSTART") == date(2010, 7, 7)
