"""A one-screen brief for the board: overdue and due-soon by theme, strands needing
improvement, the next meetings and recent updates, each line sourced."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

from store import lookup
from store.dates import format_date

from .meetings import next_meeting, outlook
from .overdue import due_date
from .question import Context, Question
from .recent import describe, recent_entries
from .reply import Item, Reply, source_of

DUE_SOON_DAYS = 30
MEETING_DAYS = 60


def answer_summary(ctx: Context, q: Question) -> Reply:
    today = q.today
    docs = ctx.docs(today)
    items: list[Item] = []
    rows = [r for r in lookup.actions(ctx.db, today, theme=q.theme) if r["status"] != "done"]
    late = Counter(r["theme"] or "other commitments" for r in rows if due_date(r) and due_date(r) < today)
    soon = Counter(r["theme"] or "other commitments" for r in rows
                   if due_date(r) and today <= due_date(r) <= today + timedelta(days=DUE_SOON_DAYS))
    first = {r["theme"] or "other commitments": r for r in rows}
    for theme in sorted(set(late) | set(soon)):
        items.append(Item(f"Actions — {theme}: {late[theme]} overdue, {soon[theme]} due in the next "
                          f"{DUE_SOON_DAYS} days", source_of(first[theme], docs)))
    for s in lookup.strands(ctx.db, today):
        if s["rating"] in ("requires improvement", "inadequate") and s["doc_id"] == _latest(ctx, today, s["plan"]):
            items.append(Item(f"Needs improvement — {s['plan']}: {s['name']}", source_of(s, docs)))
    meetings = []
    for body in lookup.bodies(ctx.db):
        nxt = next_meeting(ctx, outlook(ctx, body["id"], body["name"], today), today)
        if nxt and nxt.when <= today + timedelta(days=MEETING_DAYS):
            meetings.append((nxt.when, Item(f"Next meeting — {body['name']}: "
                                            f"{format_date(nxt.when, nxt.precision)}"
                                            f"{' (projected)' if nxt.kind == 'projected' else ''}",
                                            nxt.source)))
    items += [i for _d, i in sorted(meetings, key=lambda p: p[0])]
    items += [Item(f"Update — {describe(e)}") for e in recent_entries(ctx, limit=5)]
    total_late, total_soon = sum(late.values()), sum(soon.values())
    scope = f" ({q.theme})" if q.theme else ""
    lead = (f"Board summary{scope} as of {format_date(today)}: {total_late} actions overdue, "
            f"{total_soon} due in the next {DUE_SOON_DAYS} days, {len(meetings)} meetings in the "
            f"next {MEETING_DAYS} days.")
    return Reply(lead, items, intent="summary")


def _latest(ctx: Context, today, plan: str) -> str | None:
    rows = lookup.strands(ctx.db, today, plan=plan)
    return rows[0]["doc_id"] if rows else None
