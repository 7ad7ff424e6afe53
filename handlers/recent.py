"""Recent changes: the latest entries of the update history."""

from __future__ import annotations

from store import lookup

from .question import Context, Question
from .reply import Item, Reply

DESCRIBE = {"status": "status", "owner": "owner", "due": "due date"}


def describe(entry: dict) -> str:
    who, when = entry["user"], entry["at"][:16].replace("T", " ")
    note = f" — {entry['note']}" if entry.get("note") else ""
    undo = " (undo)" if entry.get("reverts") else ""
    if entry["field"] in DESCRIBE:
        return (f"{entry['subject']}: {DESCRIBE[entry['field']]} {entry['old'] or '—'} → "
                f"{entry['new'] or '—'}{undo}, by {who} at {when}{note}")
    if entry["field"] in ("meeting", "cancel_meeting"):
        verb = "meeting recorded" if entry["field"] == "meeting" else "meeting cancelled"
        return f"{entry['subject']}: {verb} for {entry['new']}{undo}, by {who} at {when}{note}"
    if entry["field"] == "role":
        return f"{entry['subject']} made {entry['new']} (was {entry['old']}), by {who} at {when}"
    return f"refused: \u2018{entry['subject']}\u2019 from {who} at {when}"


def recent_entries(ctx: Context, limit: int = 10) -> list[dict]:
    rows = lookup.history(ctx.db, limit=limit * 3)
    return [r for r in rows if r["field"] != "refused" and r["at"][:10] <= ctx.today.isoformat()][:limit]


def answer_recent(ctx: Context, q: Question) -> Reply:
    rows = recent_entries(ctx)
    if not rows:
        return Reply("No updates have been recorded yet.", intent="recent")
    return Reply(f"The {len(rows)} most recent updates:", [Item(describe(r)) for r in rows],
                 intent="recent")
