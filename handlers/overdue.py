"""Overdue actions and actions due in a window."""

from __future__ import annotations

from datetime import date, timedelta

from store import deadlines
from store.dates import format_date

from .question import Context, Question
from .reply import Item, Reply, source_of

DEFAULT_DUE_DAYS = 30


def trim(text: str, limit: int = 150) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


def action_item(row: dict, docs) -> Item:
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


def _count(n: int, what: str) -> str:
    return f"{n} {what.replace('actions', 'action', 1) if n == 1 else what} {'is' if n == 1 else 'are'}"


GENERIC_WORDS = {"action", "actions", "item", "items", "task", "tasks", "thing", "things", "anything",
                 "everything", "list", "outstanding", "plan", "open"}


def _topic(ctx: Context, q: Question) -> tuple[list[str] | None, str]:
    """Without a known theme, other words narrow the actions by their text ('complaints')."""
    words = [w for w in q.words if w not in GENERIC_WORDS]
    if q.theme or not words:
        return None, f"{q.theme} actions" if q.theme else "actions"
    keys = [r["key"] for r in deadlines.search_actions(ctx.db, words, q.today, limit=500, every_word=True)]
    return keys, f"actions about \u2018{' '.join(words)}\u2019"


def answer_overdue(ctx: Context, q: Question) -> Reply:
    keys, what = _topic(ctx, q)
    rows, total = deadlines.open_actions(ctx.db, q.today, q.theme, due_to=q.today - timedelta(days=1), keys=keys)
    when = format_date(q.today)
    if not total:
        return Reply(f"No {what} are overdue as of {when}.", intent="overdue")
    docs = ctx.docs(q.today)
    return Reply(f"{_count(total, what)} overdue as of {when}:", [action_item(r, docs) for r in rows],
                 intent="overdue", total=total)


def answer_due(ctx: Context, q: Question) -> Reply:
    start, end = (q.window.start, q.window.end) if q.window else (
        q.today, q.today + timedelta(days=DEFAULT_DUE_DAYS))
    keys, what = _topic(ctx, q)
    rows, total = deadlines.open_actions(ctx.db, q.today, q.theme, due_from=start, due_to=end, keys=keys)
    span = f"between {format_date(start)} and {format_date(end)}"
    if not total:
        _late, overdue = deadlines.open_actions(ctx.db, q.today, q.theme, due_to=q.today - timedelta(days=1),
                                                limit=0, keys=keys)
        note = [f"{overdue} {what} are already overdue — ask \"what's overdue?\"."] if overdue else []
        return Reply(f"No open {what} are due {span}.", notes=note, intent="due")
    docs = ctx.docs(q.today)
    return Reply(f"{_count(total, 'open ' + what)} due {span}:", [action_item(r, docs) for r in rows],
                 intent="due", total=total)
