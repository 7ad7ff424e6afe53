"""What Clerk sends of its own accord: owners' reminder settings, channels' digests, and a
record of every send, so a restart neither repeats one nor loses one."""

from __future__ import annotations

import sqlite_utils

from .lookup import query_rows
from .tracking import write

WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def reminders_enabled(db: sqlite_utils.Database, user: str) -> bool:
    row = db.execute("select enabled from reminder_prefs where user = ?", [user]).fetchone()
    return bool(row[0]) if row else True


def set_reminders(db: sqlite_utils.Database, user: str, enabled: bool, at: str) -> None:
    write(db, lambda: db["reminder_prefs"].upsert({"user": user, "enabled": int(enabled), "by": user, "at": at},
                                                  pk="user"))


def set_digest(db: sqlite_utils.Database, channel: str, cadence: str | None, weekday: int, time: str,
               by: str, at: str) -> None:
    """One digest per channel: a new schedule replaces the old; cadence None turns it off."""
    def work() -> None:
        db.execute("update digests set active = 0 where channel = ? and active = 1", [channel])
        if cadence:
            db["digests"].insert({"channel": channel, "cadence": cadence, "weekday": weekday, "time": time,
                                  "active": 1, "by": by, "at": at})
    write(db, work)


def digests(db: sqlite_utils.Database) -> list[dict]:
    return query_rows(db, "select * from digests where active = 1 order by id")


def was_sent(db: sqlite_utils.Database, key: str) -> bool:
    return db.execute("select 1 from sends where key = ?", [key]).fetchone() is not None


def claim(db: sqlite_utils.Database, key: str, kind: str, target: str, due_at: str, sent_at: str,
          late: bool) -> bool:
    """Record a send before it is made; False when it was already made (by this process before a
    restart, or by another one): what makes every send happen once."""
    def work() -> bool:
        cursor = db.execute("insert or ignore into sends (key, kind, target, due_at, sent_at, late) "
                            "values (?, ?, ?, ?, ?, ?)", [key, kind, target, due_at, sent_at, int(late)])
        return cursor.rowcount == 1
    return write(db, work)


def release(db: sqlite_utils.Database, key: str) -> None:
    """Forget a claimed send that Slack refused, so the next run tries it again."""
    write(db, lambda: db.execute("delete from sends where key = ?", [key]))
