"""Lists of actions: by theme and by timescale ('within three months'), whatever their status;
and what an inspection said needs to improve, as the report lists it."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from store import deadlines
from store.dates import format_date

from .inspections import council_reports, span
from .overdue import action_item, is_late, one_of, status_shown, topic
from .question import IMPROVEMENT_ASKED, Context, Question
from .reply import Item, Reply, source_of
from .search import answer_search
from .status import SHORT_ID, find_actions

ACTIONS_NAMED = re.compile(r"\b(?:actions?|recs?|recommendations?|tasks?|commitments?|to-?dos?|areas? for "
                           r"(?:improvement|development)|list|tracker|rag|log|register|ofsted|inspect\w*)\b|"
                           r"\bask(?:ed)? (?:us|the council|them)\b|\bto do\b")  # 'what did ofsted ask us to do',
# 'anything on the tracker?' name what is to be done


def answer_actions(ctx: Context, q: Question) -> Reply:
    if IMPROVEMENT_ASKED.search(q.text):
        reports, notes = council_reports(ctx, q)
        if reports:
            return _improvements(ctx, q, reports[0], notes)
    docs = ctx.docs(q.today)
    if SHORT_ID.search(q.text):  # 'show me LAC-6', 'what's SG-7 about?': the action itself, whole
        rows = find_actions(ctx, q.text, q.words)
        if not rows:  # 'SG-15 — what is it?': never '0 actions'
            return Reply(f"I have no action {SHORT_ID.search(q.text)[0].upper()} in the records dated up to "
                         f"{format_date(q.today)}.", intent="actions")
        return Reply(f"{len(rows)} action{'s' if len(rows) != 1 else ''}:" if len(rows) != 1 else
                     f"{rows[0]['short_id']}: {rows[0]['text']}", [action_item(r, docs, whole=True) for r in rows],
                     intent="actions")
    t = topic(ctx, q)
    if (t.unmatched or t.unsaid) and not q.theme and not t.timescales and not t.kind and \
            not ACTIONS_NAMED.search(q.text):
        return answer_search(ctx, q)  # 'anything on free swimming': no action says it, and actions were not asked
        # for by name; what the papers say (and 'how we're using sharepoint': some words name what no action says)
    rows, total = deadlines.select_actions(ctx.db, q.today, theme=q.theme, **t.filters())
    if not rows:
        return Reply(f"I found no {t.what} in records dated up to {format_date(q.today)}.", notes=t.notes,
                     intent="actions")
    counts = Counter(r["status"] for r in rows)
    tally = ", ".join(f"{n} {status}" for status, n in counts.most_common())
    late = sum(is_late(r, q.today) for r in rows)
    tally += f"; {late} overdue as of {format_date(q.today)}" if late else ""
    first = f"of the first {len(rows)}: " if total > len(rows) else ""
    themes = Counter(r["theme"] or "other" for r in rows)
    by_theme = ", ".join(f"{n} {theme}" for theme, n in themes.most_common()) if re.search(
        r"\bhow many\b", q.text) and len(themes) > 1 and total == len(rows) else ""  # 'how many areas for improvement?'
    what = one_of(t.what) if total == 1 else t.what  # '1 action about …'
    shown = f"{deadlines.count_text(total)} {what}{f' — {by_theme}' if by_theme else ''} ({first}{tally})"
    return Reply(f"{shown}:", [action_item(r, docs, as_of=q.today) for r in rows], notes=t.notes, intent="actions",
                 total=total)


def _improvements(ctx: Context, q: Question, report: dict, notes: list[str]) -> Reply:
    """Every item the latest inspection listed, whole and in the report's order, under its list."""
    rows = [r for r in deadlines.actions(ctx.db, q.today) if r["doc_id"] == report["doc_id"]
            and r["kind"] == "inspection"]
    rows.sort(key=lambda r: r["seq"])
    what = f"the inspection of {report['council']} children's services"
    what += f" ({span(report)})" if report["start"] else ""
    if not rows:
        return Reply(f"The report of {what} lists nothing that needs to improve.", notes=notes, intent="actions")
    docs = ctx.docs(q.today)
    items = []
    for r in rows:
        due = (f"due {format_date(date.fromisoformat(r['due']))} ({r['timescale'].lower()})" if r["due"]
               else "no deadline set")
        heading = f"{r['plan']}: " if len({x['plan'] for x in rows}) > 1 else ""
        items.append(Item(f"{r['short_id']} {heading}{r['text']} · {due} · {status_shown(r)}", source_of(r, docs),
                          fields=dict(r), action=r["short_id"]))
    undated = sum(1 for r in rows if not r["due"])
    if undated:
        notes = [f"Ofsted set no deadline for {'these' if undated == len(rows) else f'{undated} of these'}; "
                 "managers can add one with `due <id> <date>`."] + notes
    lead = f"{len(rows)} things {what} said need to improve:" if len(rows) != 1 else \
        f"1 thing {what} said needs to improve:"
    if PRIORITY_ASKED.search(q.text) and not any(r["plan"] == "Priority action" for r in rows):
        lead = f"The report of {what} sets no priority actions. " + lead[0].upper() + lead[1:]
    return Reply(lead, items, notes=notes, intent="actions")


PRIORITY_ASKED = re.compile(r"\bpriority (?:and immediate )?actions?\b|\bimmediate actions?\b")
