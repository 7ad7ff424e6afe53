"""Overdue actions and actions due in a window."""

from __future__ import annotations

from datetime import date, timedelta

from store import lookup
from store.dates import format_date, month_end

from .question import Context, Question
from .reply import Item, Reply, source_of

DEFAULT_DUE_DAYS = 30


def due_date(row: dict) -> date | None:
    """The last day an action can be done on time (a month-only due date means its last day)."""
    if not row.get("due"):
        return None
    d = date.fromisoformat(row["due"])
    return month_end(d) if row.get("due_precision") == "month" else d


def trim(text: str, limit: int = 150) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


def action_item(row: dict, docs: dict) -> Item:
    due = format_date(date.fromisoformat(row["due"]), row["due_precision"]) if row.get("due") else "no date"
    parts = [f"{row['short_id']} {trim(row['text'])} — due {due}"]
    if row.get("timescale") and row["kind"] == "inspection":
        parts[0] += f" ({row['timescale'].lower()})"
    if row.get("original_due") and row["original_due"] != row["due"]:
        parts.append(f"re-baselined from {format_date(date.fromisoformat(row['original_due']))}")
    parts.append(row["status"])
    if row.get("owner"):
        parts.append(f"owner {row['owner']}")
    return Item(" · ".join(parts), source_of(row, docs), fields=dict(row), action=row["short_id"])


def overdue_actions(ctx: Context, today: date, theme: str | None = None) -> list[dict]:
    return [r for r in lookup.actions(ctx.db, today, theme=theme)
            if r["status"] != "done" and due_date(r) and due_date(r) < today]


def answer_overdue(ctx: Context, q: Question) -> Reply:
    rows = overdue_actions(ctx, q.today, q.theme)
    what = f"{q.theme} actions" if q.theme else "actions"
    when = format_date(q.today)
    if not rows:
        return Reply(f"No {what} are overdue as of {when}.", intent="overdue")
    lead = f"{len(rows)} {what} {'is' if len(rows) == 1 else 'are'} overdue as of {when}:"
    if len(rows) == 1:
        lead = f"1 {what[:-1]} is overdue as of {when}:"
    docs = ctx.docs(q.today)
    return Reply(lead, [action_item(r, docs) for r in rows], intent="overdue")


def answer_due(ctx: Context, q: Question) -> Reply:
    start, end = (q.window.start, q.window.end) if q.window else (
        q.today, q.today + timedelta(days=DEFAULT_DUE_DAYS))
    rows = [r for r in lookup.actions(ctx.db, q.today, theme=q.theme)
            if r["status"] != "done" and due_date(r) and start <= due_date(r) <= end]
    what = f"{q.theme} actions" if q.theme else "actions"
    span = f"between {format_date(start)} and {format_date(end)}"
    if not rows:
        late = overdue_actions(ctx, q.today, q.theme)
        note = [f"{len(late)} {what} are already overdue — ask \"what's overdue?\"."] if late else []
        return Reply(f"No open {what} are due {span}.", notes=note, intent="due")
    docs = ctx.docs(q.today)
    return Reply(f"{len(rows)} open {what} due {span}:", [action_item(r, docs) for r in rows],
                 intent="due")
