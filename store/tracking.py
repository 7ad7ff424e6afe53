"""Human updates: the append-only history, the state derived from it, roles and meetings.

Every write is one short IMMEDIATE transaction, retried if another writer holds the lock,
so many managers posting at once never see "database is locked".
"""

from __future__ import annotations

import dataclasses
import random
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

import sqlite_utils

ROLES = ("viewer", "manager", "admin")
LOCAL_ADMIN = "local"
STATE_FIELDS = ("status", "owner", "due")
T = TypeVar("T")


@dataclass(frozen=True)
class Change:
    """Who changed what, from where; `at` is the clock's time (pinned or real)."""

    user: str
    at: str
    channel: str = "cli"
    request_id: str | None = None
    note: str | None = None


def write(db: sqlite_utils.Database, work: Callable[[], T], attempts: int = 50) -> T:
    """Run `work` in one IMMEDIATE transaction, retrying while another writer holds the lock."""
    for attempt in range(attempts):
        try:
            db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc) or attempt == attempts - 1:
                raise
            time.sleep(0.01 + random.random() * 0.05 * (attempt + 1))
            continue
        try:
            result = work()
            db.execute("COMMIT")
            return result
        except BaseException:
            db.execute("ROLLBACK")
            raise
    raise sqlite3.OperationalError("database is locked")


def seen_request(db: sqlite_utils.Database, request_id: str | None) -> dict | None:
    """The entry a retried request already produced, if any."""
    if not request_id:
        return None
    row = list(db.query("select * from history where request_id = ? order by id limit 1",
                        [request_id]))
    return row[0] if row else None


def _append(db: sqlite_utils.Database, change: Change, **entry) -> dict:
    row = {"user": change.user, "at": change.at, "channel": change.channel,
           "request_id": change.request_id, "note": change.note, **entry}
    row["id"] = db["history"].insert(row).last_pk
    return row


def derive_state(db: sqlite_utils.Database, action_key: str) -> None:
    """Replay the action's history into action_state: the current state is never stored
    independently of the log."""
    state: dict = {"key": action_key}
    for entry in db.query("select * from history where action_key = ? order by id", [action_key]):
        if entry["field"] in STATE_FIELDS:
            state[entry["field"]] = entry["new"]
            state["updated_at"], state["updated_by"] = entry["at"], entry["user"]
    db["action_state"].upsert(state, pk="key", alter=False)


CURRENT = {"status": "coalesce(s.status, a.doc_status, 'not started')", "owner": "coalesce(s.owner, a.doc_owner)",
           "due": "coalesce(s.due, a.due)"}


def current_value(db: sqlite_utils.Database, action_key: str, field: str) -> str | None:
    row = db.execute(f"select {CURRENT[field]} from actions a left join action_state s on s.key = a.key "
                     "where a.key = ?", [action_key]).fetchone()
    return row[0] if row else None


def update_action(db: sqlite_utils.Database, action: dict, field: str, new: str | None,
                  change: Change) -> dict | None:
    """Append one change to an action and re-derive its state; idempotent per request id.
    The value is compared inside the write, so of many managers setting the same status at
    once exactly one changes it; the rest keep their notes as notes (None when there is none)."""
    def work() -> dict | None:
        done = seen_request(db, change.request_id)
        if done:
            return done
        old = current_value(db, action["key"], field)
        if (old or None) == new:
            return _append(db, change, action_key=action["key"], subject=action["short_id"], field="note",
                           old=None, new=None, reverts=None) if change.note else None
        entry = _append(db, change, action_key=action["key"], subject=action["short_id"],
                        field=field, old=old, new=new, reverts=None)
        derive_state(db, action["key"])
        return entry
    return write(db, work)


def add_note(db: sqlite_utils.Database, action: dict, change: Change) -> dict:
    """Append a progress note to an action's history; its state does not change."""
    def work() -> dict:
        done = seen_request(db, change.request_id)
        if done:
            return done
        return _append(db, change, action_key=action["key"], subject=action["short_id"], field="note",
                       old=None, new=None, reverts=None)
    return write(db, work)


def live_notes(db: sqlite_utils.Database, action_key: str) -> list[dict]:
    """An action's notes, oldest first, less those undone (and with those whose undo was undone):
    those added alone and those said with an update ('update SG-3 to in progress - 22 now')."""
    live: dict[int, dict] = {}
    entries = {e["id"]: e for e in db.query(
        "select * from history where action_key = ? and field in ('note', 'status', 'owner', 'due') order by id",
        [action_key])}
    for entry in entries.values():
        root = entry
        while root["reverts"] is not None and root["reverts"] in entries:  # an undo, of an undo, … of one entry
            root = entries[root["reverts"]]
        if root is entry:
            live[entry["id"]] = entry
        elif root["id"] in live:
            del live[root["id"]]  # each undo in the chain takes it back or puts it back in turn
        else:
            live[root["id"]] = root
    return sorted((n for n in live.values() if n["note"]), key=lambda n: n["id"])


def last_entry_by(db: sqlite_utils.Database, user: str) -> dict | None:
    rows = list(db.query("""select * from history where user = ? and field in
        ('status', 'owner', 'due', 'note', 'meeting', 'cancel_meeting') order by id desc limit 1""", [user]))
    return rows[0] if rows else None


class Superseded(Exception):
    """An undo refused: since the user's last change, someone else changed the same thing (their
    change is `entry`), and reverting would overwrite it."""

    def __init__(self, mine: dict, entry: dict):
        super().__init__(entry["subject"])
        self.mine, self.entry = mine, entry


def undo_last(db: sqlite_utils.Database, change: Change) -> tuple[dict, dict] | None:
    """Append the reversal of the user's last change (an undo of an undo re-applies it); never over
    another user's later change to the same field (Superseded, nothing written)."""
    def work():
        done = seen_request(db, change.request_id)
        if done:
            original = db["history"].get(done["reverts"]) if done["reverts"] else done
            return original, done
        last = last_entry_by(db, change.user)
        if not last:
            return None
        if last["field"] in STATE_FIELDS:  # the value now, if another's change since left it otherwise than mine
            later = next(db.query("select * from history where action_key = ? and field = ? and id > ? "
                                  "order by id desc limit 1", [last["action_key"], last["field"], last["id"]]), None)
            later = later if later and later["new"] != last["new"] else None
        else:  # a meeting another manager recorded or cancelled since, on the same day
            later = next(db.query("""select * from history where subject = ? and new = ? and field in ('meeting',
                'cancel_meeting') and id > ? and user <> ? order by id desc limit 1""",
                                  [last["subject"], last["new"], last["id"], change.user]), None)
        if later:
            raise Superseded(last, later)
        if last["field"] == "note":
            entry = _append(db, dataclasses.replace(change, note=last["note"]), action_key=last["action_key"],
                            subject=last["subject"], field="note", old=None, new=None, reverts=last["id"])
        elif last["field"] in STATE_FIELDS:
            entry = _append(db, change, action_key=last["action_key"], subject=last["subject"],
                            field=last["field"], old=last["new"], new=last["old"],
                            reverts=last["id"])
            derive_state(db, last["action_key"])
        else:
            flipped = "cancel_meeting" if last["field"] == "meeting" else "meeting"
            entry = _append(db, change, action_key=None, subject=last["subject"], field=flipped,
                            old=last["new"], new=last["new"], reverts=last["id"])
            _restore_meeting(db, last["subject"], last["new"], last["id"], entry["id"])
        return last, entry
    return write(db, work)


def record_meeting(db: sqlite_utils.Database, body: str, when: str, cancel: bool,
                   change: Change) -> dict:
    field = "cancel_meeting" if cancel else "meeting"

    def work() -> dict:
        done = seen_request(db, change.request_id)
        if done:
            return done
        entry = _append(db, change, action_key=None, subject=body, field=field, old=None,
                        new=when, reverts=None)
        _meeting_row(db, body, when, field, entry["id"])
        return entry
    return write(db, work)


def _restore_meeting(db: sqlite_utils.Database, body: str, when: str, undone: int, history_id: int) -> None:
    """Undoing a manager's meeting or cancellation puts back what stood before it: an earlier
    manager's word on that day still in force, else only what the papers say (never an invented
    meeting, nor a cancellation of a real one)."""
    db.execute("delete from meetings where doc_id is null and body = ? and date = ?", [body, when])
    before = db.execute("""select field from history h where subject = ? and new = ? and id < ?
        and field in ('meeting', 'cancel_meeting') and reverts is null
        and not exists (select 1 from history u where u.reverts = h.id) order by id desc limit 1""",
                        [body, when, undone]).fetchone()
    if before:
        _meeting_row(db, body, when, before[0], history_id)


def _meeting_row(db: sqlite_utils.Database, body: str, when: str, field: str, history_id: int):
    status = "cancelled" if field == "cancel_meeting" else "recorded"
    db.execute("delete from meetings where doc_id is null and body = ? and date = ?", [body, when])
    db["meetings"].insert({"doc_id": None, "body": body, "date": when, "precision": "day",
                           "status": status, "ref": "update", "history_id": history_id,
                           "sentence": f"Recorded by a manager (update #{history_id})"})


def first_sighting(db: sqlite_utils.Database, key: str) -> bool:
    """Record a request key; False if it was seen before (a retry of the same event)."""
    def work() -> bool:
        cursor = db.execute("insert or ignore into seen_requests (key, at) values (?, datetime('now'))", [key])
        return cursor.rowcount == 1
    return write(db, work)


def remember_bot_thread(db: sqlite_utils.Database, channel: str, thread_ts: str) -> None:
    write(db, lambda: db.execute("insert or ignore into bot_threads (channel, thread_ts) values (?, ?)",
                                 [channel, thread_ts]))


def is_bot_thread(db: sqlite_utils.Database, channel: str, thread_ts: str) -> bool:
    return bool(db.execute("select 1 from bot_threads where channel = ? and thread_ts = ?",
                           [channel, thread_ts]).fetchone())


def role_of(db: sqlite_utils.Database, user: str) -> str:
    if user == LOCAL_ADMIN:
        return "admin"
    row = db.execute("select role from roles where user = ?", [user]).fetchone()
    return row[0] if row else "viewer"


def holders_of(db: sqlite_utils.Database, roles: tuple[str, ...]) -> list[dict]:
    """The users granted one of the roles, with who granted it and when, the latest first."""
    marks = ",".join("?" for _ in roles)
    return list(db.query(f"select user, role, granted_by, at from roles where role in ({marks}) order by at desc",
                         list(roles)))


def set_role(db: sqlite_utils.Database, user: str, role: str, change: Change) -> dict:
    def work() -> dict:
        done = seen_request(db, change.request_id)
        if done:
            return done
        old = role_of(db, user)
        db["roles"].upsert({"user": user, "role": role, "granted_by": change.user,
                            "at": change.at}, pk="user")
        return _append(db, change, action_key=None, subject=user, field="role", old=old,
                       new=role, reverts=None)
    return write(db, work)


def log_refusal(db: sqlite_utils.Database, command: str, change: Change) -> None:
    """Refused commands are logged too, so an audit shows who tried what."""
    write(db, lambda: _append(db, change, action_key=None, subject=command[:200],
                              field="refused", old=None, new=None, reverts=None))
