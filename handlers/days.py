"""The day or month a question names ('on 9 January', 'in jan', 'on the 9th'), read against the
clock and the records; and the body that met then, when the question names only the day."""

from __future__ import annotations

import re
from datetime import date, timedelta

from store import lookup
from store.dates import MONTH_NAMES, SOURCE_SAID, find_dates

from .question import BodyRef, Context, Question

DAY_OF_MONTH = re.compile(r"\bon the (\d{1,2})(?:st|nd|rd|th)\b(?! of\b)|\bthe (\d{1,2})(?:st|nd|rd|th)\s*[?.!]*\s*$",
                          re.I)  # 'on the 9th', '… the 9th?'; not 'the 2nd cabinet meeting'


YEARS_BACK = 15  # how far a date asked without its year is looked for in the records


def asked_span(q: Question, past: bool = True, ctx: Context | None = None) -> tuple[date, date] | None:
    """The day or month a question names ('on 9 January', 'in December', 'on the 9th'): a date
    without a year (or month) is the last one before the clock (minutes), or the next one after it
    (agendas). With `ctx`, a past one the records hold nothing of is the latest they do ('who was
    at cabinet on 9 jan?' asked in December 2026 of papers from 2025)."""
    text = re.sub(rf"\b({MONTH_NAMES})\b", lambda m: m[1].capitalize(), SOURCE_SAID.sub(" ", q.raw), flags=re.I)
    found = find_dates(text, q.today)
    if not found:
        nth = DAY_OF_MONTH.search(q.raw)
        day = _nearest_day(int(nth[1] or nth[2]), q.today, past) if nth else None
        return (day, day) if day else None
    day = found[0].value
    if not re.search(r"\d{4}", found[0].written):
        if past and day > q.today:
            day = day.replace(year=day.year - 1)
        elif not past and day < q.today.replace(day=1):
            day = day.replace(year=day.year + 1)
    if found[0].precision not in ("day", "month"):
        return None
    span = _span_of(day, found[0].precision)
    if past and ctx and not re.search(r"\d{4}", found[0].written) and not lookup.anything_between(ctx.db, *span):
        for back in range(1, YEARS_BACK + 1):
            try:
                earlier = _span_of(day.replace(year=day.year - back), found[0].precision)
            except ValueError:  # 29 February
                continue
            if lookup.anything_between(ctx.db, *earlier):
                return earlier
    return span


def _span_of(day: date, precision: str) -> tuple[date, date]:
    if precision == "day":
        return day, day
    return day.replace(day=1), (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def _nearest_day(n: int, today: date, past: bool) -> date | None:
    """The nth of this month, or of the month before (past) or after, whichever is on the right side."""
    month = today.replace(day=1)
    for _ in range(3):
        try:
            day = month.replace(day=n)
            if (day <= today) if past else (day >= today):
                return day
        except ValueError:  # 'the 31st' in a month of 30 days: the month before or after
            pass
        month = (month - timedelta(days=1)).replace(day=1) if past else (month + timedelta(days=32)).replace(day=1)
    return None


KIND_OF_MEETING = re.compile(r"\b(extraordinary|special|annual|budget|emergency|inaugural)\b")


def body_met_on(ctx: Context, q: Question) -> BodyRef | None:
    """'Who chaired the extraordinary meeting on 9th jan?': the one body whose meeting the records
    hold on the day asked (of the kind asked, when it says one), else None."""
    span = asked_span(q, ctx=ctx)
    if not span:
        return None
    held = lookup.meetings_between(ctx.db, span[0], span[1], q.today)
    kind = KIND_OF_MEETING.search(q.text)
    if kind:  # said of the meeting, or in the title of its papers ('… County Council extraordinary meeting')
        docs = ctx.docs(q.today)
        held = [m for m in held if re.search(rf"\b{kind[1]}", f"{m['sentence'] or ''} "
                                             f"{(docs.get(m['doc_id']) or {}).get('title') or ''}", re.I)] or held
    ids = {m["body_id"] for m in held}
    if len(ids) != 1:
        return None
    body = next(b for b in lookup.bodies(ctx.db) if b["id"] in ids)
    return BodyRef(body["id"], body["name"], body["names"])
