"""Reminders and digests against a fake Slack Web API on 127.0.0.1, on a pinned clock: each
send happens once, on time or (after downtime) late and said so; nothing pings a channel."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from slack_sdk import WebClient

from bot.scheduler import send_due
from store.schema import connect
from tests.conftest import ask
from tests.fake_slack import FakeSlack

DUE = date(2010, 7, 7)  # SG-12's deadline: within six months of 7 January 2010


@pytest.fixture
def fake():
    fake = FakeSlack()
    yield fake
    fake.stop()


@pytest.fixture
def client(fake):
    return WebClient(token="xoxb-x", base_url=f"{fake.url}/api/")


def posts(fake: FakeSlack, channel: str) -> list[dict]:
    return [p for n, p in fake.calls if n == "chat.postMessage" and p["channel"] == channel]


def at(day: date, time: str = "09:05") -> datetime:
    return datetime.combine(day, datetime.strptime(time, "%H:%M").time())


def test_reminders_at_14_7_and_1_days_and_weekly_while_overdue_each_once(db, fake, client):
    ask(db, "owner SG-12 U0OWNER", today="2010-06-01")
    day = DUE - timedelta(days=20)
    while day <= DUE + timedelta(days=16):
        send_due(db, client, at(day))
        send_due(db, client, at(day, "15:00"))  # a second tick the same day sends nothing more
        day += timedelta(days=1)
    sent = posts(fake, "U0OWNER")
    assert [p["text"].split("\n")[0] for p in sent] == [
        "Reminder: SG-12 is due in 14 days, on 7 July 2010.", "Reminder: SG-12 is due in 7 days, on 7 July 2010.",
        "Reminder: SG-12 is due tomorrow, on 7 July 2010.", "Reminder: SG-12 is overdue — it was due on 7 July 2010.",
        "Reminder: SG-12 is overdue — it was due on 7 July 2010.",
        "Reminder: SG-12 is overdue — it was due on 7 July 2010."]
    assert {b["elements"][1]["action_id"] for p in sent for b in p["blocks"] if b["type"] == "actions"} == {"open_note"}
    assert db.execute("select count(*) from sends where kind = 'reminder'").fetchone()[0] == 6


def test_a_restart_neither_repeats_a_send_nor_loses_one(db_path, fake, client):
    db = connect(db_path)
    ask(db, "owner SG-12 U0OWNER", today="2010-06-01")
    assert len(send_due(db, client, at(DUE - timedelta(days=14)))) == 1
    db.conn.close()  # Clerk stops; the 7-days-before reminder falls due while it is down
    db = connect(db_path)
    assert send_due(db, client, at(DUE - timedelta(days=14), "10:00")) == []  # not sent again
    late = send_due(db, client, at(DUE - timedelta(days=3)))
    assert [o.late for o in late] == [True]
    assert "Sent late: this reminder fell due on 30 June 2010" in posts(fake, "U0OWNER")[-1]["text"]
    assert send_due(db, client, at(DUE - timedelta(days=3), "11:00")) == []
    assert len(posts(fake, "U0OWNER")) == 2


def test_reminders_off_stops_them(db, fake, client):
    ask(db, "owner SG-12 U0OWNER", today="2010-06-01")
    ask(db, "reminders off", user="U0OWNER")
    send_due(db, client, at(DUE - timedelta(days=1)))
    assert posts(fake, "U0OWNER") == []
    ask(db, "reminders on", user="U0OWNER")
    send_due(db, client, at(DUE - timedelta(days=1)))
    assert len(posts(fake, "U0OWNER")) == 1


def test_a_digest_posts_on_schedule(db, fake, client):
    ask(db, "role U0MGR manager")
    made = ask(db, "digest <#C0BOARD|board> weekly mon 9:00", user="U0MGR", today="2010-06-01")
    assert made.changed and "every Mon at 09:00" in made.text()
    assert "weekly on Mon at 09:00" in ask(db, "digests").text()
    monday = date(2010, 6, 7)
    send_due(db, client, at(monday, "08:59"))
    assert posts(fake, "C0BOARD") == []
    send_due(db, client, at(monday, "09:01"))
    send_due(db, client, at(monday, "09:02"))
    send_due(db, client, at(monday + timedelta(days=3), "09:00"))
    assert len(posts(fake, "C0BOARD")) == 1 and "Board summary as of 7 June 2010" in posts(fake, "C0BOARD")[0]["text"]
    send_due(db, client, at(monday + timedelta(days=7), "09:00"))
    assert len(posts(fake, "C0BOARD")) == 2
    ask(db, "digest <#C0BOARD> off", user="U0MGR")
    send_due(db, client, at(monday + timedelta(days=14), "09:30"))
    assert len(posts(fake, "C0BOARD")) == 2
    assert ask(db, "digest here weekly", user="U0VIEWER").intent == "refused"


def test_text_in_a_note_never_pings_a_channel(db, fake, client):
    ask(db, "role U0MGR manager")
    ask(db, "owner SG-12 U0OWNER", today="2010-06-01")
    ask(db, "note SG-12 <!channel> @here please read <@U0OWNER>", user="U0MGR", today="2010-06-01")
    ask(db, "digest <#C0BOARD> daily 9:00", user="U0MGR", today="2010-06-01")
    send_due(db, client, at(date(2010, 6, 2)))
    sent = posts(fake, "C0BOARD")[0]
    everything = sent["text"] + str(sent["blocks"])
    assert "&lt;!channel&gt;" in everything and "<!channel>" not in everything
    assert "@here" not in everything and "<@U0OWNER>" in everything
