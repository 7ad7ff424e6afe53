"""'When were the six-month LAC actions due?', 'what's SG-3's deadline?': the date(s), and
the rule that gave them (a timescale counted from a report's date, or a manager's re-baselining)."""

from __future__ import annotations

from datetime import date

from store import deadlines
from store.dates import format_date, month_end, parse_timescale

from .events import answer_when
from .overdue import GENERIC_WORDS, TIMESCALE_ASKED, action_item, asked_timescales, topic
from .question import Context, Question
from .reply import Reply
from .status import SHORT_ID, find_actions


def _rule(row: dict) -> str:
    """Why an action is due when it is."""
    if row.get("original_due") and row["due"] != row["original_due"]:
        return (f"re-baselined by a manager from {format_date(date.fromisoformat(row['original_due']))}")
    offset = parse_timescale(row["timescale"] or "") if row.get("timescale") else None
    if offset is not None and row["due"]:
        start = date.fromisoformat(row["due"]) - offset
        since = "the inspection report's publication" if row["kind"] == "inspection" else "the report"
        if not offset:
            return f"'{row['timescale'].lower()}' on {since}, {format_date(start)}"
        return f"'{row['timescale'].lower()}' of {since} on {format_date(start)}"
    if row.get("timescale"):
        return f"'{row['timescale']}' as written in the report"
    return "the date the report gives"


def answer_due_date(ctx: Context, q: Question) -> Reply:
    asked = " or ".join(dict.fromkeys(typed for typed, _said, _o in asked_timescales(q.text)))
    if SHORT_ID.search(q.text):
        rows = find_actions(ctx, q.text, q.words)
    elif not q.theme and not asked and not _about_actions(ctx, q):  # 'deadline for the funding reform consultation'
        return answer_when(ctx, q)
    else:
        t = topic(ctx, q)
        rows, _total = deadlines.select_actions(ctx.db, q.today, theme=q.theme, **t.filters())
    what = " ".join(x for x in [asked or None, q.theme, "actions"] if x)
    if not rows:
        return Reply(f"I found no {what} to give a due date for.", intent="due_date")
    docs = ctx.docs(q.today)
    groups: dict[tuple, list[dict]] = {}
    for r in rows:
        groups.setdefault((r["due"], r["due_precision"], _rule(r) if r["due"] else ""), []).append(r)
    phrases = [(len(members), _phrase(due, precision, rule, len(members) > 1, q.today))
                for (due, precision, rule), members in sorted(groups.items(), key=lambda g: g[0][0] or "9999")]
    if len(rows) == 1:
        lead = f"{rows[0]['short_id']} {phrases[0][1]}."
    elif len(phrases) == 1:
        lead = f"The {len(rows)} {what} {phrases[0][1]}."
    else:
        lead = f"The {len(rows)} {what}: " + "; ".join(f"{n} {phrase}" for n, phrase in phrases) + "."
    return Reply(lead, [action_item(r, docs) for r in rows], intent="due_date")


def _about_actions(ctx: Context, q: Question) -> bool:
    """Do actions hold the question's words (most of them, or its telling ones)? Else it asks a
    date of something else."""
    words = [w for w in q.words if w not in GENERIC_WORDS and not TIMESCALE_ASKED.fullmatch(w)]
    return not words or bool(deadlines.closest_actions(ctx.db, words, q.today, limit=1))


def _phrase(due: str | None, precision: str | None, rule: str, plural: bool, today: date) -> str:
    if not due:
        return "have no due date set" if plural else "has no due date set"
    day = date.fromisoformat(due)
    by_month = precision == "month"  # 'by the end of September': due until the month is out
    verb = ("are" if plural else "is") if (month_end(day) if by_month else day) >= today else \
        ("were" if plural else "was")
    when = f"by the end of {format_date(day, 'month')}" if by_month else f"on {format_date(day)}"
    return f"{verb} due {when} — {rule}"
