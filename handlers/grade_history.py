"""A council's grades over time: one category's grade in each of its reports, and whether it
was ever given a grade ('was doncaster ever inadequate?'), from the graded tables and from
what later reports say of earlier ones ('Since a judgement of inadequate … in 2019')."""

from __future__ import annotations

import re
from datetime import date

from store.dates import format_date

from .categories import best_category, month_of, short_category
from .question import Context, Question
from .reply import Item, Reply, source_of
from .search import sentences_about

EVER = re.compile(r"\bever\b|\bat any (?:point|time|stage)\b|\bin the past\b|\bpreviously\b|\bhistorically\b")


def answer_trend(ctx: Context, q: Question, rows: list[dict], words: list[str], notes: list[str]) -> Reply:
    """The asked-about grade in each report, oldest first (all grades when none is named)."""
    since = re.search(r"\bsince ((?:19|20)\d\d)\b", q.text)
    docs = ctx.docs(q.today)
    by_doc: dict[str, list[dict]] = {}
    for r in rows:
        if not since or (r["doc_date"] or "") >= f"{since[1]}-01-01":
            by_doc.setdefault(r["doc_id"], []).append(r)
    items, name = [], None
    for doc_rows in sorted(by_doc.values(), key=lambda rs: rs[0]["doc_date"] or ""):
        _score, best = best_category(doc_rows, words)
        if not best:
            continue
        name = name or best["category"]
        when = format_date(date.fromisoformat(best["doc_date"]), "month") if best["doc_date"] else "undated"
        named = f" ({best['category']})" if best["category"] != name else ""
        items.append(Item(f"{when}: {best['rating']}{named}", source_of(best, docs)))
    council = rows[0].get("council")
    if not items:  # 'how have doncaster's grades changed?': every grade of each inspection
        items = [Item(f"{month_of(rs[0])}: " + "; ".join(f"{short_category(r['category'])} {r['rating']}" for r in rs),
                      source_of(rs[0], docs)) for rs in sorted(by_doc.values(), key=lambda rs: rs[0]["doc_date"] or "")]
        return Reply(f"Judgements{' for ' + council if council else ''}, in {len(items)} inspections"
                     f"{' since ' + since[1] if since else ''}, oldest first:", items, notes=notes, intent="judgement")
    whose = f" for {council}" if council else ""
    return Reply(f"{name}{whose}, in {len(items)} inspection{'s' if len(items) > 1 else ''}"
                 f"{' since ' + since[1] if since else ''}, oldest first:", items, notes=notes, intent="judgement")


def answer_ever(ctx: Context, q: Question, rows: list[dict], words: list[str], notes: list[str]) -> Reply:
    """'Was doncaster ever inadequate?': every judgement of that grade in the council's reports,
    oldest first, and earlier grades the reports state in prose; 'no' says which reports it looked at."""
    docs = ctx.docs(q.today)
    council = rows[0].get("council") or "the council"
    reports = sorted({r["doc_id"]: r for r in rows}.values(), key=lambda r: r["doc_date"] or "")
    _score, named = best_category(rows, words)
    graded = [r for r in rows if r["rating"].lower().startswith(q.rating)
              and (not named or r["category"] == named["category"])]
    items = [Item(f"{month_of(r)}: {r['category']} — {r['rating']}", source_of(r, docs))
             for r in sorted(graded, key=lambda r: r["doc_date"] or "")]
    mine = frozenset(r["doc_id"] for r in reports)
    near = re.compile(rf"\b{re.escape(q.rating)}\b.{{0,80}}\b(?:19|20)\d\d\b|\b(?:19|20)\d\d\b.{{0,80}}"
                      rf"\b{re.escape(q.rating)}\b", re.I)  # 'a judgement of inadequate … in 2019'
    said = [(p, _from_line_of(s, near)) for p, s in sentences_about(
        ctx, [q.rating], q.today, lambda s: near.search(s) is not None, limit=10, docs=mine)]
    items += [Item(f"\u201c{s}\u201d", source_of(p, docs)) for p, s in said[:2]]
    asked = f"{named['category']} " if named else ""
    if not items:
        years = ", ".join(month_of(r) for r in reports)
        return Reply(f"No: no {asked}judgement of {council} in the {len(reports)} report"
                     f"{'s' if len(reports) != 1 else ''} I hold ({years}) is {q.rating}, and none of them says an "
                     f"earlier one was.", [Item(f"{month_of(r)} report", source_of(r, docs)) for r in reports],
                     notes=notes, intent="judgement")
    return Reply(f"Yes: {council} has been judged {q.rating}{' for ' + asked.strip() if asked else ''}:", items,
                 notes=notes, intent="judgement")


def _from_line_of(sentence: str, pattern: re.Pattern) -> str:
    """The sentence from the line its match starts on: a grade table flattened into the text
    before it is not part of what it says."""
    start = sentence.rfind("\n", 0, pattern.search(sentence).start()) + 1
    return " ".join(sentence[start:].split())
