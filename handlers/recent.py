"""Recent changes: the latest entries of the update history."""

from __future__ import annotations

import re
from datetime import date, timedelta

from store import lookup
from store.dates import find_dates, format_date

from .overdue import trim
from .question import Context, Question
from .reply import Item, Reply, plural

DESCRIBE = {"status": "status", "owner": "owner", "due": "due date"}


def describe(entry: dict, named: bool = False) -> str:
    """One entry of the history; `named`: with what the action says, for lists of several actions."""
    if named and entry.get("action_text"):
        entry = {**entry, "subject": f"{entry['subject']} ({trim(entry['action_text'], 90)})"}
    who, when = entry["user"], entry["at"][:16].replace("T", " ")
    note = f" — {entry['note']}" if entry.get("note") else ""
    undo = " (undo)" if entry.get("reverts") else ""
    old, new = _shown(entry["old"]), _shown(entry["new"])
    if entry["field"] == "note":
        if entry.get("reverts"):
            return f"{entry['subject']}: note removed (undo), by {who} at {when}{note}"
        return f"{entry['subject']}: note by {who} at {when}{note}"
    if entry["field"] in DESCRIBE:
        return f"{entry['subject']}: {DESCRIBE[entry['field']]} {old} → {new}{undo}, by {who} at {when}{note}"
    if entry["field"] in ("meeting", "cancel_meeting"):
        verb = "meeting recorded" if entry["field"] == "meeting" else "meeting cancelled"
        return f"{entry['subject']}: {verb} for {new}{undo}, by {who} at {when}{note}"
    if entry["field"] == "role":
        return f"{entry['subject']} made {entry['new']} (was {entry['old']}), by {who} at {when}"
    return f"refused: \u2018{entry['subject']}\u2019 from {who} at {when}"


def _shown(value: str | None) -> str:
    """History values as a person reads them: dates spelt out, blanks as a dash."""
    if not value:
        return "—"
    try:
        return format_date(date.fromisoformat(value))
    except ValueError:
        return value


def recent_entries(ctx: Context, limit: int = 10, since: date | None = None) -> list[dict]:
    rows = lookup.history(ctx.db, limit=limit * 3, since=since.isoformat() if since else None)
    return [r for r in rows if r["field"] != "refused" and r["at"][:10] <= ctx.today.isoformat()][:limit]


WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def since_asked(q: Question) -> date | None:
    """'since Monday', 'this week', 'today', 'this month', 'since 3 May', or a window's start."""
    text, today = q.text, q.today
    m = re.search(rf"\bsince (?:last )?({'|'.join(WEEKDAYS)})\b", text)
    if m:
        return today - timedelta(days=(today.weekday() - WEEKDAYS.index(m[1])) % 7 or 7)
    if re.search(r"\btoday\b", text):
        return today
    if re.search(r"\byesterday\b", text):
        return today - timedelta(days=1)
    if re.search(r"\bthis week\b", text):
        return today - timedelta(days=today.weekday())
    if re.search(r"\bthis month\b", text):
        return today.replace(day=1)
    m = re.search(r"\bsince (.+)$", text)
    if m and (found := find_dates(m[1], today)) and found[0].precision in ("day", "month"):  # a season: its window
        return found[0].value
    return q.window.start if q.window and q.window.start <= today else None


def answer_recent(ctx: Context, q: Question) -> Reply:
    since = since_asked(q)
    rows = recent_entries(ctx, limit=50 if since else 10, since=since)
    span = f" since {format_date(since)}" if since else ""
    if not rows:
        return Reply(f"No updates have been recorded{span}.", intent="recent")
    lead = f"{plural(len(rows), 'update')}{span}" if since else f"The {plural(len(rows), 'most recent update')}"
    return Reply(f"{lead}:", [Item(describe(r, named=True)) for r in rows],
                 intent="recent")
