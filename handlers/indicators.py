"""Performance indicators (value against target and period) and sums of money."""

from __future__ import annotations

from store import lookup

from .question import Context, Question
from .reply import Item, Reply, source_of
from .search import answer_search


def _rows(ctx: Context, q: Question, unit: str) -> list[dict]:
    """Figures whose own sentence matches; else figures in the passages that match."""
    words = [w for w in q.words if w not in ("money", "extra", "funding", "spent", "spend", "additional")]
    rows = lookup.search_indicators(ctx.db, words or q.words, q.today, unit=unit, limit=5)
    if rows or not words:
        return rows
    return lookup.indicators_by_passage(ctx.db, words, q.today, unit=unit, limit=5)


def _fallback(ctx: Context, q: Question, missing: Reply) -> Reply:
    """No figure matched: the passages that mention the words, if any; else say so."""
    found = answer_search(ctx, q)
    return found if found.items else missing


def answer_indicator(ctx: Context, q: Question) -> Reply:
    rows = _rows(ctx, q, "number")
    if not rows:
        return _fallback(ctx, q, Reply(f"I couldn't find an indicator about \u2018{' '.join(q.words)}\u2019.",
                                       notes=["Indicators are read from sentences naming a target, e.g. "
                                              "\u2018a target of 116,000\u2019."], intent="indicator"))
    docs = ctx.docs(q.today)
    items = []
    for r in rows:
        text = r["name"][0].upper() + r["name"][1:]
        if r["value"]:
            text += f": {r['value']} against a target of {r['target']}"
        else:
            text += f": target {r['target']}"
        if r["period"]:
            text += f" ({r['period']})"
        items.append(Item(f"{text}. \u201c{r['sentence']}\u201d", source_of(r, docs)))
    if len(items) == 1:
        return Reply(items[0].text, items, intent="indicator").flatten()
    return Reply(f"{len(items)} indicators match:", items, intent="indicator")


def answer_money(ctx: Context, q: Question) -> Reply:
    rows = _rows(ctx, q, "money")
    if not rows:
        return _fallback(ctx, q, Reply(f"I couldn't find a sum of money about \u2018{' '.join(q.words)}\u2019.",
                                       intent="money"))
    docs = ctx.docs(q.today)
    best = rows[0]
    lead = (f"{best['value']}" + (f" for {best['name']}" if best["name"] != "money" else "") +
            f" — \u201c{best['sentence']}\u201d")
    others = [f"Also: {r['value']}" + (f" for {r['name']}" if r["name"] != "money" else "")
              for r in rows[1:3]]
    return Reply(lead, [Item(lead, source_of(r, docs)) for r in rows[:3]], notes=others,
                 intent="money").flatten()
