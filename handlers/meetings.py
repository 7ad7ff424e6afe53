"""When bodies meet: next (recorded, scheduled, or projected from frequency), last, how often."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from rapidfuzz import fuzz, process

from store import deadlines, fulltext, lookup
from store.dates import format_date, month_end, parse_frequency

from .considered import answer_last_considered, asked_of_body
from .days import asked_span, body_met_on
from .outlook import all_outlooks, next_meeting, outlook, upcoming_meetings
from .question import BodyRef, Context, Question
from .reply import Item, Reply, plural, source_of, span_words
from .search import best_sentences

UPCOMING_DAYS = 90
MAX_LISTED = 200


def _no_body(ctx: Context, q: Question, what: str) -> Reply:
    if q.words:
        asked = " ".join(q.words)
        close = process.extract(asked, [b["name"] for b in lookup.bodies(ctx.db)], scorer=fuzz.WRatio,
                                score_cutoff=60, limit=3)
        hint = f"Did you mean: {', '.join(c[0] for c in close)}?" if close else "Try \"which bodies meet?\"."
        said = [p for p in fulltext.search_passages(ctx.db, q.words, q.today, limit=2)
                if all(re.search(rf"\b{re.escape(w)}", p["text"], re.I) for w in q.words)]
        if said:  # not a body Clerk knows the meetings of, but the papers speak of it
            docs = ctx.docs(q.today)
            return Reply(f"I have no meetings of \u2018{asked}\u2019 on record; the papers mention it here:",
                         [Item(best_sentences(p["text"], q.words), source_of(p, docs)) for p in said],
                         notes=[hint], intent=what)
        return Reply(f"I couldn't find a board or committee called \u2018{asked}\u2019.", notes=[hint],
                     intent=what, private=True)
    return Reply("Which board or committee? e.g. \"when does the executive board next meet?\"",
                 intent=what)


def _also(q: Question) -> list[str]:
    return [f"Also matched: {', '.join(q.other_bodies)}."] if q.other_bodies else []


def answer_next(ctx: Context, q: Question) -> Reply:
    if not q.body:
        return answer_upcoming(ctx, q) if not q.words or q.window else _no_body(ctx, q, "next_meeting")
    view = outlook(ctx, q.body.id, q.body.name, q.today)
    nxt = next_meeting(view, q.today)
    if not nxt:
        last = max(view.held, key=lambda r: r["date"]) if view.held else None
        since = (f" It last met {'in' if last['precision'] == 'month' else 'on'} "
                 f"{format_date(date.fromisoformat(last['date']), last['precision'])}." if last else "")
        return Reply(f"I don't know when the {q.body.name} next meets: no future meeting or "
                     f"meeting frequency is recorded.{since}", [Item("", source_of(last, ctx.docs(q.today)))]
                     if last else [], notes=_also(q), intent="next_meeting").flatten()
    when = format_date(nxt.when, nxt.precision)
    notes = _also(q)
    if q.window:
        inside = q.window.start <= nxt.when <= q.window.end
        notes.insert(0, f"{'Yes' if inside else 'Not as far as the records show'}: the period asked about "
                        f"is {span_words(q.window.start, q.window.end)}.")
    if nxt.kind == "stale":
        lead = (f"I can't say when the {q.body.name} next meets: {nxt.explanation}, and nothing newer is "
                "recorded, so it is too long ago to project from.")
    elif nxt.kind == "projected":
        lead = f"The {q.body.name} is expected to meet next in {when} — {nxt.explanation}."
        if nxt.precision == "day":
            lead = f"The {q.body.name} is expected to meet next around {when} — {nxt.explanation}."
    else:
        on = "in" if nxt.precision == "month" else "on"
        lead = f"The {q.body.name} next meets {on} {when} ({nxt.kind}: {nxt.explanation})."
    source = nxt.source(ctx.docs(q.today))
    return Reply(lead, [Item(lead, source)] if source else [], notes=notes,
                 intent="next_meeting").flatten()


BOUNDED = re.compile(r"\b(?:before|after|since|until|till|between|by)\b")  # a window, not the day itself


FIRST_ASKED = re.compile(r"\b(?:first|earliest|inaugural|initial)(?: ever)? (?:[\w']+ ){0,5}?(?:meet|met|meeting|sat|"
                         r"sitting|"
                         r"session)\b|"
                         r"\bfirst (?:got together|convened)\b")


def answer_last(ctx: Context, q: Question) -> Reply:
    q = replace(q, body=q.body or body_met_on(ctx, q))
    if not q.body:
        return _no_body(ctx, q, "last_meeting")
    if FIRST_ASKED.search(q.text):  # 'when did the IB first meet': the earliest on record, which may not be its first
        held = [r for view in _matched_views(ctx, q)[:1] for r in view.held]
        if held:
            first_held = min(held, key=lambda r: (r["date"], r["status"] != "held"))
            when = format_date(date.fromisoformat(first_held["date"]), first_held["precision"])
            lead = (f"The earliest meeting of the {q.body.name} on record is {when} (\u201c{first_held['sentence']}"
                    "\u201d); the papers may not record its first.")
            return Reply(lead, [Item(lead, source_of(first_held, ctx.docs(q.today)))], intent="last_meeting").flatten()
    topic = asked_of_body(q)
    considered = answer_last_considered(ctx, q, topic) if topic else None
    if considered:  # 'when did CGAC last look at the ofsted report?': when it took that up, not its last meeting
        return considered
    unsaid = [f"No paper says when the {q.body.name} last took up \u2018{' '.join(topic)}\u2019; this is its last "
              "recorded meeting."] if topic else []
    span = None if BOUNDED.search(q.text) else asked_span(q, True, ctx)  # 'in jan': the latest January on record
    first, last = span if span else (q.window.start, q.window.end) if q.window else (None, None)
    held = [(r, view.name) for view in _matched_views(ctx, q) for r in view.held
            if not first or first <= date.fromisoformat(r["date"]) <= last]
    if not held:
        before = span_words(first, last) if first else f"as of {format_date(q.today)}"
        return Reply(f"I have no record of a past meeting of the {q.body.name} {before}.", notes=_also(q),
                     intent="last_meeting")
    last, name = max(held, key=lambda h: (h[0]["date"], h[0]["status"] == "held"))  # minutes beat an agenda
    if name != q.body.name:  # another body the words name too met more recently
        q = replace(q, body=BodyRef(0, name, [name]), other_bodies=[q.body.name, *[b for b in q.other_bodies
                                                                                    if b != name]])
    when = format_date(date.fromisoformat(last["date"]), last["precision"])
    on = "in" if last["precision"] == "month" else "on"
    lead = f"The {q.body.name} last met {on} {when} (\u201c{last['sentence']}\u201d)."
    return Reply(lead, [Item(lead, source_of(last, ctx.docs(q.today)))], notes=unsaid + _also(q),
                 intent="last_meeting").flatten()


def _matched_views(ctx: Context, q: Question):
    """The outlook of the body asked about and of the others its words matched as well."""
    views = [outlook(ctx, q.body.id, q.body.name, q.today)]
    by_name = {b["name"]: b for b in lookup.bodies(ctx.db)}
    for other in q.other_bodies:
        if other in by_name:
            views.append(outlook(ctx, by_name[other]["id"], other, q.today))
    return views


LEAST = re.compile(r"(?<!at )\b(?:least|less) (?:often|frequent\w*|regular\w*)\b|\brarest\b|(?<!at )\bleast\b")
AT_LEAST = re.compile(r"\bat least\b|\bor more (?:often|frequently)\b")
MOST = re.compile(r"\bmost (?:often|frequent\w*|regular\w*)\b|\bmore (?:often|frequent\w*)\b")


def answer_frequency(ctx: Context, q: Question) -> Reply:
    """How often a body meets; of several named, each; of none, every body's, only those meeting as
    often as asked ('which groups meet monthly'), the rarest or most frequent first when asked."""
    docs = ctx.docs(q.today)
    asked = parse_frequency(q.text) if not q.body or re.match(r"\s*which\b", q.text) else None
    if asked:  # 'which of the monitoring groups meet monthly': every body, not one the words half-name
        q = replace(q, body=None, other_bodies=[])
    views = _matched_views(ctx, q) if q.body else all_outlooks(ctx, q.today)
    views = [v for v in views if v.frequency]
    often = AT_LEAST.search(q.text) if asked else None
    if asked:  # 'which of the groups meet monthly', 'at least monthly': as often as that, or more
        views = [v for v in views if abs(v.frequency.days - asked.days) < 1
                 or often and v.frequency.days < asked.days]
    if not views:
        what = f"the {q.body.name}" if q.body else "any body" if not asked else f"any body meeting {asked.label}"
        return Reply(f"I don't have a meeting frequency for {what}.", notes=_also(q), intent="frequency")
    if (LEAST.search(q.text) or MOST.search(q.text)) and not asked:  # 'which group meets least often'
        views = sorted(views, key=lambda v: v.frequency.days, reverse=bool(LEAST.search(q.text)))
    items = []
    for view in views:
        f = view.frequency
        every = f"every {f.interval} {f.unit}" if f.interval > 1 else f"every {f.unit[:-1]}"
        items.append(Item(f"{view.name}: {f.label} ({every})", source_of(view.frequency_row, docs)))
    if q.body and len(items) == 1:
        return Reply(f"The {items[0].text.replace(': ', ' meets ', 1)}.", items, notes=_also(q),
                     intent="frequency").flatten()
    if q.body:  # 'is the MRG more or less frequent than the CTB': each named
        return Reply("How often each meets:", items, intent="frequency")
    if (LEAST.search(q.text) or MOST.search(q.text)) and not asked:
        extreme = "least" if LEAST.search(q.text) else "most"
        tied = [v.name for v in views if abs(v.frequency.days - views[0].frequency.days) < 1]
        named = " and ".join(f"the {n}" for n in tied)
        return Reply(f"{named[0].upper()}{named[1:]} {'meets' if len(tied) == 1 else 'meet'} {extreme} often "
                     f"({items[0].text.rsplit('(', 1)[1]}. All {len(items)} with a recorded frequency, {extreme} "
                     "often first:",
                     items, intent="frequency")
    if asked:
        label = f"at least {asked.label}" if often else asked.label
        return Reply(f"{plural(len(items), 'body', 'bodies')} {'meets' if len(items) == 1 else 'meet'} {label}:",
                     items, intent="frequency")
    return Reply(f"{len(items)} bodies have a recorded meeting frequency:", items, intent="frequency")


def answer_upcoming(ctx: Context, q: Question) -> Reply:
    start = q.window.start if q.window else q.today
    end = q.window.end if q.window else q.today + timedelta(days=UPCOMING_DAYS)
    found = [(nxt.when, view.name, nxt) for view, nxt in upcoming_meetings(ctx, q.today, start)
             if start <= (month_end(nxt.when) if nxt.precision == "month" else nxt.when) and nxt.when <= end]
    span = span_words(start, end)
    _rows, due = deadlines.open_actions(ctx.db, q.today, due_from=start, due_to=end, limit=0,
                                        reaching=deadlines.reaches(start, end, not q.window or q.window.loose))
    notes = [f"Also due {span}: {plural(due, 'open action')} \u2014 ask \"what's due?\"."] if due else []
    if not found:
        ahead = f"in the {(end - start).days} days from {format_date(start)}" if not q.window else span
        return Reply(f"No meetings are recorded or expected {ahead}.", notes=notes, intent="next_meeting")
    docs = ctx.docs(q.today)
    items = [Item(f"{name}: {format_date(nxt.when, nxt.precision)} "
                  f"({nxt.explanation if nxt.kind == 'projected' else nxt.kind})", nxt.source(docs))
             for _when, name, nxt in found[:MAX_LISTED]]
    return Reply(f"{plural(len(found), 'meeting')} expected {span}:", items, notes=notes, intent="next_meeting",
                 total=len(found))


def _on_day_asked(ctx: Context, rows: list[dict], q: Question) -> dict | None:
    """The meeting on the day or in the month the question names ('on the 9th', 'in January'),
    before or after the clock, the nearer first."""
    spans = [span for span in (asked_span(q, True, ctx), asked_span(q, past=False)) if span]
    spans.sort(key=lambda s: abs((s[0] - q.today).days))
    for start, end in spans:
        held = [r for r in rows if start.isoformat() <= r["date"] <= end.isoformat()]
        if held:
            return min(held, key=lambda r: r["date"])
    return None


def answer_venue(ctx: Context, q: Question) -> Reply:
    """'Where does the county council meet?': the venue of its next meeting on an agenda, else of
    the latest minutes; with the start time where the papers give it."""
    q = replace(q, body=q.body or body_met_on(ctx, q))  # 'where was the 9 jan extraordinary meeting held?'
    if not q.body:
        return _no_body(ctx, q, "venue")
    rows = [r for r in lookup.meetings(ctx.db, q.body.id, q.today) if r.get("venue")]
    if not rows:
        return Reply(f"The papers I hold don't say where the {q.body.name} meets.", notes=_also(q), intent="venue")
    today = q.today.isoformat()
    named = _on_day_asked(ctx, rows, q)
    ahead = sorted((r for r in rows if r["date"] >= today), key=lambda r: r["date"])
    row = named or (ahead[0] if ahead else max(rows, key=lambda r: r["date"]))
    when = format_date(date.fromisoformat(row["date"]))
    at = f" at {row['time']}" if row.get("time") else ""
    verb = "meets next" if ahead and row is ahead[0] else "meets" if row["date"] >= today else \
        "met" if named else "last met"
    lead = f"The {q.body.name} {verb} in {row['venue']}, on {when}{at}."
    notes = _also(q)
    asked = asked_span(q, True, ctx)
    if asked and not named:
        day = format_date(asked[0]) if asked[0] == asked[1] else format_date(asked[0], "month")
        notes.insert(0, f"No meeting of the {q.body.name} is recorded for {day}, so this is its "
                        f"{'next' if ahead else 'last'} one.")
    return Reply(lead, [Item(lead, source_of(row, ctx.docs(q.today)))], notes=notes, intent="venue").flatten()
