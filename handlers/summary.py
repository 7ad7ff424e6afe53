"""A one-screen brief for the board: overdue and due-soon by theme, strands needing
improvement, the next meetings and recent updates, each line sourced."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from store import deadlines, lookup
from store.dates import format_date

from .cache import remembered
from .outlook import upcoming_meetings
from .plans import answer_plan
from .question import Context, Question
from .recent import describe, recent_entries
from .reply import Item, Reply, source_of

DUE_SOON_DAYS = 30
MEETING_DAYS = 60
MEETINGS_SHOWN = 8


def answer_summary(ctx: Context, q: Question) -> Reply:
    if q.plan and not q.theme:  # 'summary of the nine point plan': that plan's strands and what is left
        reply = answer_plan(ctx, replace(q, summary=True))
        reply.intent = "summary"
        return reply
    today = q.today
    docs = ctx.docs(today)
    items: list[Item] = []
    counts = remembered(ctx, "open counts", today, lambda: deadlines.open_action_counts(
        ctx.db, today, today + timedelta(days=DUE_SOON_DAYS), q.theme), q.theme)
    for row in sorted(counts, key=lambda r: (-r["overdue"], r["theme"] or "")):
        if row["overdue"] or row["soon"]:
            theme = row["theme"] or "other commitments"
            cited = deadlines.first_action(ctx.db, row["theme"], today) or {}
            items.append(Item(f"Actions — {theme}: {row['overdue']} overdue, {row['soon']} due in the next "
                              f"{DUE_SOON_DAYS} days", source_of(cited, docs)))
    latest: dict[str, str] = {}
    for s in remembered(ctx, "strands", today, lambda: lookup.strands(ctx.db, today)):
        latest.setdefault(s["plan"], s["doc_id"])
        if s["rating"] in ("requires improvement", "inadequate") and s["doc_id"] == latest[s["plan"]]:
            items.append(Item(f"Needs improvement — {s['plan']}: {s['name']}", source_of(s, docs)))
    meetings = [(nxt.when, view.name, nxt) for view, nxt in upcoming_meetings(ctx, today)
                if nxt.when <= today + timedelta(days=MEETING_DAYS)]
    items += [Item(f"Next meeting — {name}: {format_date(nxt.when, nxt.precision)}"
                   f"{' (projected)' if nxt.kind == 'projected' else ''}", nxt.source(docs))
              for _when, name, nxt in meetings[:MEETINGS_SHOWN]]
    items += [Item(f"Update — {describe(e)}") for e in recent_entries(ctx, limit=5)]
    late = sum(r["overdue"] for r in counts)
    soon = sum(r["soon"] for r in counts)
    scope = f" ({q.theme})" if q.theme else ""
    more = f" (first {MEETINGS_SHOWN} shown)" if len(meetings) > MEETINGS_SHOWN else ""
    newest = lookup.newest_document(ctx.db, today)
    records = f" (newest record {format_date(date.fromisoformat(newest))})" if newest else ""
    lead = (f"Board summary{scope} as of {format_date(today)}{records}: {late} actions overdue, {soon} due in the "
            f"next {DUE_SOON_DAYS} days, {len(meetings)} meetings in the next {MEETING_DAYS} days{more}.")
    return Reply(lead, items, intent="summary")
