"""Rated performance indicators (KPIs) from the newest performance report: which are red,
how many met target, one indicator's value against its target and floor."""

from __future__ import annotations

import re

from .indicators import KPI_WORDS, answer_indicator, answer_one_kpi, describe_kpi, kpi_named, kpi_rows, kpi_words, stem
from .question import Context, Question
from .reply import Item, Reply, plural, source_of

RATINGS = {"red": "Red", "amber": "Amber", "green": "Green", "blue": "Blue"}
MISSED = re.compile(r"\b(?:miss(?:ed|ing)?|not (?:meet|met|hit|achieved?)|below target|off target|failed)\b")
MET = re.compile(r"\b(?:met|meet|meeting|hit|achieved?|on target|exceed\w*)\b")
BELOW_FLOOR = re.compile(r"\bbelow (?:the )?floor\b")


def _asked_ratings(text: str) -> set[str]:
    asked = {RATINGS[w] for w in re.findall(r"\b(red|amber|green|blue)\b", text)}
    if BELOW_FLOOR.search(text):
        asked.add("Red")
    elif MISSED.search(text):
        asked |= {"Amber", "Red"}
    elif MET.search(text) and "target" in text:
        asked.add("Green")
    return asked


def _in_area(rows: list[dict], words: set[str]) -> tuple[list[dict], str | None]:
    """The rows of the service areas the words name best ('integrated children's services';
    'children's' names every children's area), else the rows whose own name carries the words;
    all rows when no word names either."""
    if not words:
        return rows, None
    need = min(2, len(words))
    scores = {a: len(words & kpi_words(a)) for a in {r["area"] for r in rows if r["area"]}}
    top = max(scores.values(), default=0)
    if top >= need:
        areas = sorted(a for a, n in scores.items() if n == top)
        return [r for r in rows if r["area"] in areas], " and ".join(areas)
    named = [r for r in rows if len(words & kpi_words(r["name"])) >= need]
    return named, None


def answer_kpis(ctx: Context, q: Question) -> Reply:
    rows = kpi_rows(ctx, q.today)
    if not rows:  # no rated indicators: what the records say about indicators and targets
        reply = answer_indicator(ctx, q)
        reply.notes.append("No performance report with Red/Amber/Green ratings is in the records.")
        return reply
    docs = ctx.docs(q.today)
    report = docs.get(rows[0]["doc_id"]) or {}
    title = f"the {report['title']}" if report.get("title") else "the latest performance report"
    words = {stem(w) for w in q.words if w not in KPI_WORDS and len(w) > 2}
    chosen, area = _in_area(rows, words)
    named = kpi_named(q.words, [r["name"] for r in rows])
    if named and not area:  # 'FOI response rate', 'in-house fostering', 'which foster KPIs are red?'
        chosen = [rows[i] for i in named[0]]
    if not chosen:
        return Reply(f"No rated indicator in {title} matches \u2018{' '.join(sorted(words))}\u2019.",
                     notes=[f"Areas: {', '.join(sorted({r['area'] for r in rows if r['area']}))}."], intent="kpis")
    if len(chosen) == 1 and not area:  # one KPI named: its own answer ('why was the s106 kpi red?')
        return answer_one_kpi(ctx, q, chosen[0])
    ratings = _asked_ratings(q.text)
    picked = [r for r in chosen if not ratings or r["rag"] in ratings]
    scope = f" in {area}" if area else ""
    counts = {rag: sum(1 for r in chosen if r["rag"] == rag) for rag in ("Green", "Amber", "Red")}
    tally = ", ".join(f"{n} {rag}" for rag, n in counts.items() if n)
    of = f"{len(picked)} of the {plural(len(chosen), 'KPI')}{scope} {'is' if len(picked) == 1 else 'are'}"
    if ratings:
        what = " or ".join(sorted(ratings, key=list(RATINGS.values()).index))
        ending = f" ({tally})." if re.search(r"\bhow many\b", q.text) else ":"
        lead = f"{of} rated {what} in {title}{ending}"
    else:
        lead = f"{plural(len(chosen), 'KPI')}{scope} in {title} ({tally}):"
    items = [Item(describe_kpi(r), source_of(r, docs)) for r in picked]
    if not picked:
        return Reply(lead, [Item(lead, source_of(chosen[0], docs))], intent="kpis").flatten()
    return Reply(lead, items, intent="kpis")
