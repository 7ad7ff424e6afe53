"""Lists of actions: by theme and by timescale ('within three months'), whatever their status."""

from __future__ import annotations

import re
from collections import Counter

from store import deadlines
from store.dates import parse_timescale

from .overdue import action_item
from .question import Context, Question
from .reply import Reply

TIMESCALE_ASKED = re.compile(r"\bwithin (?:a|one|two|three|four|six|nine|twelve|eighteen|\d+) (?:days?|weeks?|"
                             r"months?|years?)\b|\bimmediate(?:ly)?\b", re.I)


def answer_actions(ctx: Context, q: Question) -> Reply:
    rows = [r for r in deadlines.actions(ctx.db, q.today, theme=q.theme) if r["kind"] == "inspection"
            or not q.theme]
    asked = TIMESCALE_ASKED.search(q.text)
    label = ""
    if asked:
        wanted = parse_timescale(asked[0])
        rows = [r for r in rows if r["timescale"] and parse_timescale(r["timescale"]) == wanted]
        label = f" to be done {asked[0]}"
    what = f"{q.theme} actions" if q.theme else "actions"
    if not rows:
        return Reply(f"I found no {what}{label} in records dated up to {q.today:%d %B %Y}.", intent="actions")
    counts = Counter(r["status"] for r in rows)
    tally = ", ".join(f"{n} {status}" for status, n in counts.most_common())
    docs = ctx.docs(q.today)
    rows.sort(key=lambda r: ((docs.get(r["doc_id"]) or {}).get("date") or "", -r["seq"]), reverse=True)
    return Reply(f"{len(rows)} {what}{label} ({tally}):", [action_item(r, docs) for r in rows], intent="actions")
