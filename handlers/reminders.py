"""What Clerk should send now, of its own accord: reminders to owners before a deadline
(14, 7 and 1 days) and a weekly nudge while it is overdue; and each channel's digest when
its schedule falls due. Pure: the sending (and recording it) happens in bot/."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from store import deadlines, schedules
from store.dates import format_date

from .overdue import action_item
from .question import Context, Question
from .reply import Reply
from .summary import answer_summary

BEFORE = [14, 7, 1]  # days before a deadline that its owner is reminded
NUDGE_EVERY = 7  # days between nudges while an action is overdue
LATE_AFTER = timedelta(minutes=15)  # a send this much after it fell due says it is late
SLACK_USER = re.compile(r"U[A-Z0-9_]{2,}")


@dataclass
class Outgoing:
    key: str  # one per send that should ever happen: recording it makes the send happen once
    kind: str  # "reminder" | "digest"
    target: str  # a Slack user (a DM) or channel id
    due_at: datetime
    reply: Reply
    late: bool = False
    action: str | None = None  # short id, for Mark done / Add note buttons
    notes: list[str] = field(default_factory=list)


def reminder_points(due: date) -> list[tuple[date, str]]:
    """(day, label) for every reminder an action due on `due` gets, up to a year overdue."""
    points = [(due - timedelta(days=n), f"before-{n}") for n in BEFORE]
    points += [(due + timedelta(days=1 + NUDGE_EVERY * k), f"overdue-{k + 1}") for k in range(53)]
    return sorted(points)


def due_now(ctx: Context, now: datetime) -> list[Outgoing]:
    """Every send that has fallen due by `now` and not been made: for each action, only its
    latest reminder (one missed while Clerk was down is sent late, once, and says so)."""
    return _reminders(ctx, now) + _digests(ctx, now)


def _reminders(ctx: Context, now: datetime) -> list[Outgoing]:
    out = []
    docs = ctx.docs(now.date())
    for row in deadlines.owned_open_actions(ctx.db, now.date()):
        owner = row["owner"]
        if not SLACK_USER.fullmatch(owner) or not schedules.reminders_enabled(ctx.db, owner):
            continue
        due = date.fromisoformat(row["due"])
        passed = [(day, label) for day, label in reminder_points(due) if day <= now.date()]
        if not passed:
            continue
        day, label = passed[-1]
        key = f"remind:{row['key']}:{row['due']}:{label}"
        if schedules.was_sent(ctx.db, key):
            continue
        if label.startswith("before"):
            days = (due - now.date()).days
            lead = (f"Reminder: {row['short_id']} is due {'tomorrow' if days == 1 else f'in {days} days'}, on "
                    f"{format_date(due)}.")
        else:
            lead = f"Reminder: {row['short_id']} is overdue — it was due on {format_date(due)}."
        late = day < now.date()
        notes = [f"(Sent late: this reminder fell due on {format_date(day)}.)"] if late else []
        out.append(Outgoing(key, "reminder", owner, datetime.combine(day, datetime.min.time()),
                            Reply(lead, [action_item(row, docs)], notes=notes, intent="reminder"),
                            late=late, action=row["short_id"]))
    return out


def occurrences(digest: dict, start: datetime, end: datetime) -> list[datetime]:
    """The times a digest falls due after `start` and up to `end`."""
    hour, minute = (int(x) for x in digest["time"].split(":"))
    day = start.date()
    found = []
    while day <= end.date():
        when = datetime.combine(day, datetime.min.time()).replace(hour=hour, minute=minute)
        if start < when <= end and (digest["cadence"] == "daily" or day.weekday() == digest["weekday"]):
            found.append(when)
        day += timedelta(days=1)
    return found


def _digests(ctx: Context, now: datetime) -> list[Outgoing]:
    out = []
    for digest in schedules.digests(ctx.db):
        since = max(datetime.fromisoformat(digest["at"]), now - timedelta(days=8))
        times = occurrences(digest, since, now)
        if not times:
            continue
        when = times[-1]
        key = f"digest:{digest['id']}:{when.isoformat(timespec='minutes')}"
        if schedules.was_sent(ctx.db, key):
            continue
        q = Question(raw="summary", text="summary", intent="summary", words=[], today=now.date())
        reply = answer_summary(ctx, q)
        late = now - when > LATE_AFTER
        lateness = f" (sent late: it fell due at {when:%H:%M} on {format_date(when.date())})" if late else ""
        reply.notes.insert(0, f"{digest['cadence'].capitalize()} digest for this channel{lateness}.")
        out.append(Outgoing(key, "digest", digest["channel"], when, reply, late=late))
    return out
