"""A one-screen brief for the board: overdue and due-soon by theme, strands needing
improvement, the next meetings and recent updates, each line sourced."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from store import deadlines, lookup
from store.dates import format_date

from .cache import remembered
from .indicators import describe_kpi, kpi_rows
from .minutes import ROUTINE
from .outlook import upcoming_meetings
from .overdue import superseded_note
from .paper_summary import answer_paper_summary, named_paper
from .plans import answer_plan
from .question import Context, Question
from .recent import describe, recent_entries
from .reply import Item, Reply, plural, source_of
from .risks import current_risks, largest

DUE_SOON_DAYS = 30
MEETING_DAYS = 60
MEETINGS_SHOWN = 8
DECISION_DAYS = 183  # each body's latest minuted meeting, if within six months
DECISIONS_SHOWN = 8
RED_SHOWN = 8
RISKS_SHOWN = 3
GIST = 160
IDS_SHOWN = 12
IDS_SHOWN_EACH = 4  # of each theme, in the whole board's summary


def answer_summary(ctx: Context, q: Question) -> Reply:
    if q.plan and not q.theme:  # 'summary of the nine point plan': that plan's strands and what is left
        reply = answer_plan(ctx, replace(q, summary=True))
        reply.intent = "summary"
        return reply
    paper = named_paper(ctx, q)
    if paper:  # 'summarise the feb scrutiny report': that paper, as it sums itself up
        return answer_paper_summary(ctx, q, paper)
    today = q.today
    docs = ctx.docs(today)
    items: list[Item] = []
    counts = remembered(ctx, "open counts", today, lambda: deadlines.open_action_counts(
        ctx.db, today, today + timedelta(days=DUE_SOON_DAYS), q.theme), q.theme)
    for row in sorted(counts, key=lambda r: (-r["overdue"], r["theme"] or "")):
        if row["overdue"] or row["soon"]:
            theme = row["theme"] or "other commitments"
            cited = deadlines.first_action(ctx.db, row["theme"], today) or {}
            shown = IDS_SHOWN if q.theme else IDS_SHOWN_EACH
            late = deadlines.open_actions(ctx.db, today, row["theme"] or deadlines.NO_THEME,
                                          due_to=today - timedelta(days=1), limit=shown * 5)[0][:shown] \
                if row["overdue"] else []  # more than are shown: those due the same day as the last shown are all in
            # hand, so the first by due date and then paper come first
            ids = f" ({', '.join(r['short_id'] for r in late)}{', …' if row['overdue'] > len(late) else ''})" \
                if late else ""  # a theme's own summary names its late actions; the whole board's, the first few
            items.append(Item(f"Actions — {theme}: {row['overdue']} overdue{ids}, {row['soon']} due in the next "
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
    decisions = recent_decisions(ctx, today)
    items += [Item(f"Decision — {r['body']}, {format_date(date.fromisoformat(r['meeting']))}, minute {r['number']} "
                   f"({r['title']}): {_gist(r['resolved'])}", source_of(r, docs)) for r in decisions[:DECISIONS_SHOWN]]
    red = [r for r in kpi_rows(ctx, today) if r["rag"] == "Red"]
    items += [Item(f"Red indicator — {describe_kpi(r)}", source_of(r, docs)) for r in red[:RED_SHOWN]]
    ranked, by = largest(current_risks(ctx, today))
    ranked = ranked if by else []
    items += [Item(f"Risk — {r['risk_ref'] + ' ' if r['risk_ref'] else ''}{r['title']}"
                   + (f": exposure {r['exposure']}" if r["exposure"] else f": score {r['rating']}"), source_of(r, docs))
              for r in ranked[:RISKS_SHOWN]]
    items += [Item(f"Update — {describe(e, named=True)}") for e in recent_entries(ctx, limit=5)]
    late = sum(r["overdue"] for r in counts)
    soon = sum(r["soon"] for r in counts)
    scope = f" ({q.theme})" if q.theme else ""
    more = f" (first {MEETINGS_SHOWN} shown)" if len(meetings) > MEETINGS_SHOWN else ""
    newest = lookup.newest_document(ctx.db, today)
    records = f" (newest record {format_date(date.fromisoformat(newest))})" if newest else ""
    lead = (f"Board summary{scope} as of {format_date(today)}{records}: {plural(late, 'action')} overdue, {soon} due "
            f"in the next {DUE_SOON_DAYS} days, {plural(len(meetings), 'meeting')} in the next {MEETING_DAYS} "
            f"days{more}"
            + (f", {plural(len(decisions), 'decision')} at the latest meetings" if decisions else "")
            + (f", {plural(len(red), 'indicator')} rated Red" if red else "") + ".")
    return Reply(lead, items, notes=superseded_note(ctx, q), intent="summary")


def recent_decisions(ctx: Context, today: date) -> list[dict]:
    """The decisions of each body's latest minuted meeting within DECISION_DAYS, routine items
    (apologies, declarations, approving minutes) left out."""
    since = (today - timedelta(days=DECISION_DAYS)).isoformat()
    latest: dict[str, str] = {}
    out = []
    for r in lookup.minute_items(ctx.db, today):
        if not r["resolved"] or not r["meeting"] or r["meeting"] < since or ROUTINE.match(r["title"]):
            continue
        if latest.setdefault(r["body"], r["meeting"]) == r["meeting"]:
            out.append(r)
    return out


def _gist(resolved: str) -> str:
    text = " ".join(re.sub(r"\n-\s*", "\n", resolved).split())
    text = re.sub(r"^RESOLVED\s+(?:that\b:?\s*)?", "", text)
    return text if len(text) <= GIST else text[:GIST].rsplit(" ", 1)[0] + "\u2026"
