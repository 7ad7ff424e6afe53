"""When a body meets next: recorded, scheduled, or projected from its frequency. The
computation behind the meeting answers, summaries and the App Home."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta

from store import lookup
from store.dates import Frequency, format_date, month_end

from .cache import remembered
from .question import Context
from .reply import Source, source_of

HORIZON = relativedelta(months=12)  # no projection further than this past the last evidence


@dataclass
class Outlook:
    name: str
    frequency: Frequency | None
    frequency_row: dict | None
    held: list[dict]
    ahead: list[dict]


@dataclass
class NextMeeting:
    when: date
    precision: str
    kind: str  # "recorded" | "scheduled" | "projected" | "stale" (the last evidence is too old to project from)
    explanation: str
    row: dict  # the record it rests on, cited only when shown

    def source(self, docs) -> Source | None:
        return source_of(self.row, docs)


def _end(row: dict) -> date:
    d = date.fromisoformat(row["date"])
    return month_end(d) if row["precision"] == "month" else d


def _outlook(name: str, facts: list[dict], rows: list[dict], today: date) -> Outlook:
    freq_row = next((f for f in facts if f["interval"]), None)
    freq = Frequency(freq_row["interval"], freq_row["unit"], freq_row["frequency"],
                     bool(freq_row["approximate"])) if freq_row else None
    held, ahead = [], []
    for r in rows:
        if date.fromisoformat(r["date"]) <= today and (r["status"] != "scheduled" or _end(r) < today):
            held.append(r)
        elif _end(r) >= today:
            ahead.append(r)
    met = {r["date"][:7] for r in held if r["precision"] == "day"}
    ahead = [r for r in ahead if r["precision"] == "day" or r["date"][:7] not in met]  # 'the March meeting'
    return Outlook(name, freq, freq_row, held, ahead)  # when it met on 13 March is that meeting, now past


def outlook(ctx: Context, body_id: int, name: str, today: date) -> Outlook:
    return remembered(ctx, "outlook", today, lambda: _outlook(
        name, lookup.body_facts(ctx.db, body_id, today), lookup.meetings(ctx.db, body_id, today), today), body_id)


def all_outlooks(ctx: Context, today: date) -> list[Outlook]:
    """Every body's outlook from two queries, not two per body; kept until the records change."""
    return remembered(ctx, "outlooks", today, lambda: _load_outlooks(ctx, today))


def upcoming_meetings(ctx: Context, today: date, after: date | None = None) -> list[tuple[Outlook, NextMeeting]]:
    """Every body's next meeting (recorded, scheduled or projected), soonest first; `after`: its
    first one from that day ('meetings next month'), as known on `today`."""
    def build():
        found = [(view, next_meeting(view, today, after)) for view in all_outlooks(ctx, today)]
        return sorted(((v, n) for v, n in found if n and n.kind != "stale"), key=lambda p: (p[1].when, p[0].name))
    return remembered(ctx, "upcoming", today, build, after)


def _load_outlooks(ctx: Context, today: date) -> list[Outlook]:
    facts: dict[int, list[dict]] = {}
    rows: dict[int, list[dict]] = {}
    for f in lookup.body_facts(ctx.db, None, today):
        facts.setdefault(f["body_id"], []).append(f)
    for m in lookup.meetings(ctx.db, None, today):
        rows.setdefault(m["body_id"], []).append(m)
    return [_outlook(b["name"], facts.get(b["id"], []), rows.get(b["id"], []), today)
            for b in lookup.bodies(ctx.db) if b["id"] in facts or b["id"] in rows]


def next_meeting(view: Outlook, today: date, after: date | None = None) -> NextMeeting | None:
    """The body's next meeting as known on `today` (from `after`, a later day, when given)."""
    after = max(after or today, today)
    ahead = [r for r in view.ahead if _end(r) >= after]
    fixed = None
    if ahead:
        row = min(ahead, key=lambda r: (r["date"], r["status"] != "recorded"))  # the soonest; a manager's first
        kind = "recorded" if row["status"] == "recorded" else "scheduled"
        fixed = NextMeeting(date.fromisoformat(row["date"]), row["precision"], kind,
                            f"\u201c{row['sentence']}\u201d" if kind == "scheduled" else "recorded by a manager",
                            row)
        if after == today or not view.frequency:
            return fixed
    if not view.frequency:
        return None
    evidence = view.held + [r for r in view.ahead if _end(r) < after]  # a later window: meetings set before it
    if evidence:  # count too, and one set after it may come later than the frequency says ('anything on in june')
        last = max(evidence, key=lambda r: r["date"])
        start, precision = date.fromisoformat(last["date"]), last["precision"]
        since = f"after the last recorded meeting, {format_date(start, precision)}"
    else:
        start, precision = date.fromisoformat(view.frequency_row["doc_date"]), "month"
        since = f"from the report of {format_date(start)} (no meeting date is recorded)"
    when = view.frequency.next_after(start, after, precision)
    if when > start + HORIZON:  # too far from any evidence to project: say what is known instead
        if fixed:
            return fixed
        row = max(view.held, key=lambda r: r["date"]) if view.held else view.frequency_row
        on = "in" if precision == "month" else "on"
        known = (f"its last recorded meeting was {on} {format_date(start, precision)}" if view.held
                 else f"the latest record of it is a report of {format_date(start)}")
        return NextMeeting(start, precision, "stale", known, row)
    if fixed and fixed.when <= when:
        return fixed
    approx = ", approximately" if view.frequency.approximate else ""
    return NextMeeting(when, precision, "projected",
                       f"projected from \u2018{view.frequency.label}\u2019{approx} {since}",
                       view.frequency_row)
