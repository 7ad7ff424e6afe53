"""When bodies meet: next (recorded, scheduled, or projected from frequency), last, how often."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from store import lookup
from store.dates import Frequency, format_date, month_end

from .question import Context, Question
from .reply import Item, Reply, Source, source_of

UPCOMING_DAYS = 90
MAX_LISTED = 200


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
    kind: str  # "recorded" | "scheduled" | "projected"
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
    held = [r for r in rows if date.fromisoformat(r["date"]) <= today and
            (r["status"] != "scheduled" or _end(r) < today)]
    ahead = [r for r in rows if r not in held and _end(r) >= today]
    return Outlook(name, freq, freq_row, held, ahead)


def outlook(ctx: Context, body_id: int, name: str, today: date) -> Outlook:
    return _outlook(name, lookup.body_facts(ctx.db, body_id, today),
                    lookup.meetings(ctx.db, body_id, today), today)


_ALL: dict[tuple, list[Outlook]] = {}


def all_outlooks(ctx: Context, today: date) -> list[Outlook]:
    """Every body's outlook from two queries, not two per body; kept until the records change."""
    key = (id(ctx.db), today, lookup.data_version(ctx.db))
    if key not in _ALL:
        _ALL.clear()
        _ALL[key] = _load_outlooks(ctx, today)
    return _ALL[key]


def upcoming_meetings(ctx: Context, today: date) -> list[tuple[Outlook, NextMeeting]]:
    """Every body's next meeting (recorded, scheduled or projected), soonest first."""
    key = ("next", id(ctx.db), today, lookup.data_version(ctx.db))
    if key not in _NEXT:
        _NEXT.clear()
        found = [(view, next_meeting(view, today)) for view in all_outlooks(ctx, today)]
        _NEXT[key] = sorted(((v, n) for v, n in found if n), key=lambda p: (p[1].when, p[0].name))
    return _NEXT[key]


_NEXT: dict[tuple, list] = {}


def _load_outlooks(ctx: Context, today: date) -> list[Outlook]:
    facts: dict[int, list[dict]] = {}
    rows: dict[int, list[dict]] = {}
    for f in lookup.body_facts(ctx.db, None, today):
        facts.setdefault(f["body_id"], []).append(f)
    for m in lookup.meetings(ctx.db, None, today):
        rows.setdefault(m["body_id"], []).append(m)
    return [_outlook(b["name"], facts.get(b["id"], []), rows.get(b["id"], []), today)
            for b in lookup.bodies(ctx.db) if b["id"] in facts or b["id"] in rows]


def next_meeting(view: Outlook, today: date) -> NextMeeting | None:
    if view.ahead:
        row = min(view.ahead, key=lambda r: (r["status"] != "recorded", r["date"]))
        kind = "recorded" if row["status"] == "recorded" else "scheduled"
        return NextMeeting(date.fromisoformat(row["date"]), row["precision"], kind,
                           f"\u201c{row['sentence']}\u201d" if kind == "scheduled" else "recorded by a manager",
                           row)
    if not view.frequency:
        return None
    if view.held:
        last = max(view.held, key=lambda r: r["date"])
        start, precision = date.fromisoformat(last["date"]), last["precision"]
        since = f"after the last recorded meeting, {format_date(start, precision)}"
    else:
        start, precision = date.fromisoformat(view.frequency_row["doc_date"]), "month"
        since = f"from the report of {format_date(start)} (no meeting date is recorded)"
    when = view.frequency.next_after(start, today, precision)
    approx = ", approximately" if view.frequency.approximate else ""
    return NextMeeting(when, precision, "projected",
                       f"projected from \u2018{view.frequency.label}\u2019{approx} {since}",
                       view.frequency_row)


def _no_body(q: Question, what: str) -> Reply:
    if q.words:
        return Reply(f"I couldn't find a board or committee called \u2018{' '.join(q.words)}\u2019.",
                     notes=["Try \"which bodies meet?\" to see them all."], intent=what)
    return Reply("Which board or committee? e.g. \"when does the executive board next meet?\"",
                 intent=what)


def _also(q: Question) -> list[str]:
    return [f"Also matched: {', '.join(q.other_bodies)}."] if q.other_bodies else []


def answer_next(ctx: Context, q: Question) -> Reply:
    if not q.body:
        return answer_upcoming(ctx, q) if not q.words or q.window else _no_body(q, "next_meeting")
    view = outlook(ctx, q.body.id, q.body.name, q.today)
    nxt = next_meeting(view, q.today)
    if not nxt:
        return Reply(f"I don't know when the {q.body.name} next meets: no future meeting or "
                     "meeting frequency is recorded.", notes=_also(q), intent="next_meeting")
    when = format_date(nxt.when, nxt.precision)
    if nxt.kind == "projected":
        lead = f"The {q.body.name} is expected to meet next in {when} — {nxt.explanation}."
        if nxt.precision == "day":
            lead = f"The {q.body.name} is expected to meet next around {when} — {nxt.explanation}."
    else:
        on = "in" if nxt.precision == "month" else "on"
        lead = f"The {q.body.name} next meets {on} {when} ({nxt.kind}: {nxt.explanation})."
    source = nxt.source(ctx.docs(q.today))
    return Reply(lead, [Item(lead, source)] if source else [], notes=_also(q),
                 intent="next_meeting").flatten()


def answer_last(ctx: Context, q: Question) -> Reply:
    if not q.body:
        return _no_body(q, "last_meeting")
    view = outlook(ctx, q.body.id, q.body.name, q.today)
    if not view.held:
        return Reply(f"I have no record of a past meeting of the {q.body.name} as of "
                     f"{format_date(q.today)}.", notes=_also(q), intent="last_meeting")
    last = max(view.held, key=lambda r: r["date"])
    when = format_date(date.fromisoformat(last["date"]), last["precision"])
    on = "in" if last["precision"] == "month" else "on"
    lead = f"The {q.body.name} last met {on} {when} (\u201c{last['sentence']}\u201d)."
    return Reply(lead, [Item(lead, source_of(last, ctx.docs(q.today)))], notes=_also(q),
                 intent="last_meeting").flatten()


def answer_frequency(ctx: Context, q: Question) -> Reply:
    docs = ctx.docs(q.today)
    views = [outlook(ctx, q.body.id, q.body.name, q.today)] if q.body else all_outlooks(ctx, q.today)
    items = []
    for view in views:
        if view.frequency:
            f = view.frequency
            every = f"every {f.interval} {f.unit}" if f.interval > 1 else f"every {f.unit[:-1]}"
            items.append(Item(f"{view.name}: {f.label} ({every})", source_of(view.frequency_row, docs)))
    if not items:
        what = f"the {q.body.name}" if q.body else "any body"
        return Reply(f"I don't have a meeting frequency for {what}.", notes=_also(q), intent="frequency")
    if q.body:
        return Reply(f"The {items[0].text.replace(': ', ' meets ', 1)}.", items, notes=_also(q),
                     intent="frequency").flatten()
    return Reply(f"{len(items)} bodies have a recorded meeting frequency:", items, intent="frequency")


def answer_upcoming(ctx: Context, q: Question) -> Reply:
    start = q.window.start if q.window else q.today
    end = q.window.end if q.window else q.today + timedelta(days=UPCOMING_DAYS)
    found = [(nxt.when, view.name, nxt) for view, nxt in upcoming_meetings(ctx, q.today)
             if start <= nxt.when <= end]
    span = f"between {format_date(start)} and {format_date(end)}"
    if not found:
        return Reply(f"No meetings are recorded or expected {span}.", intent="next_meeting")
    docs = ctx.docs(q.today)
    items = [Item(f"{name}: {format_date(nxt.when, nxt.precision)} "
                  f"({nxt.explanation if nxt.kind == 'projected' else nxt.kind})", nxt.source(docs))
             for _when, name, nxt in found[:MAX_LISTED]]
    return Reply(f"{len(found)} meetings expected {span}:", items, intent="next_meeting", total=len(found))
