"""'When was X launched?', 'when does Y open?': dated sentences and commitments in the records."""

from __future__ import annotations

import re
from datetime import date

from store import lookup
from store.dates import format_date

from .question import Context, Question
from .reply import Item, Reply, source_of
from .search import answer_search


def _relevance(sentence: str, words: list[str]) -> float:
    low = sentence.lower()
    return sum(1 for w in words if re.search(rf"\b{re.escape(w[:6])}", low)) / max(1, len(words))


def _timing(row: dict, today: date, past: bool) -> tuple:
    """Among equally relevant sentences: for 'when was…' the latest past date; for 'when
    will/does…' the earliest date still ahead, else the latest past one."""
    day = date.fromisoformat(row["date"])
    if past or day < today:
        return (0, day.toordinal())
    return (1, -day.toordinal())


def answer_when(ctx: Context, q: Question) -> Reply:
    rows = lookup.search_statements(ctx.db, q.words, q.today, limit=40)
    past = bool(re.match(r"^\s*when (was|were|did|had)\b", q.text))
    scored = sorted(((round(_relevance(r["sentence"], q.words) * 4) / 4, _timing(r, q.today, past), r)
                     for r in rows), key=lambda s: (s[0], s[1]), reverse=True)
    if not scored or scored[0][0] < 0.5:
        return answer_search(ctx, q)
    best = scored[0][2]
    when = format_date(date.fromisoformat(best["date"]), best["precision"])
    docs = ctx.docs(q.today)
    tense = "planned for" if best["future"] else "recorded as"
    lead = f"{when} — {tense} {when} in the records: \u201c{best['sentence']}\u201d"
    items = [Item(lead, source_of(best, docs))]
    others = [s[2] for s in scored[1:3] if s[0] >= scored[0][0] and s[2]["sentence"] != best["sentence"]
              and s[2]["date"] != best["date"]]
    notes = [f"Also: {format_date(date.fromisoformat(o['date']), o['precision'])} — "
             f"\u201c{o['sentence']}\u201d" for o in others]
    return Reply(lead, items + [Item("", source_of(o, docs)) for o in others], notes=notes,
                 intent="when").flatten()
