"""Recent changes: the latest entries of the update history."""

from __future__ import annotations

from datetime import date

from store import lookup
from store.dates import format_date

from .question import Context, Question
from .reply import Item, Reply

DESCRIBE = {"status": "status", "owner": "owner", "due": "due date"}


def describe(entry: dict) -> str:
    who, when = entry["user"], entry["at"][:16].replace("T", " ")
    note = f" — {entry['note']}" if entry.get("note") else ""
    undo = " (undo)" if entry.get("reverts") else ""
    old, new = _shown(entry["old"]), _shown(entry["new"])
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


def recent_entries(ctx: Context, limit: int = 10) -> list[dict]:
    rows = lookup.history(ctx.db, limit=limit * 3)
    return [r for r in rows if r["field"] != "refused" and r["at"][:10] <= ctx.today.isoformat()][:limit]


def answer_recent(ctx: Context, q: Question) -> Reply:
    rows = recent_entries(ctx)
    if not rows:
        return Reply("No updates have been recorded yet.", intent="recent")
    return Reply(f"The {len(rows)} most recent updates:", [Item(describe(r)) for r in rows],
                 intent="recent")
