"""Plans: strands or themes with their progress ratings and the work still outstanding."""

from __future__ import annotations

import re

from store import lookup

from .indicators import COUNTING, answer_indicator
from .question import Context, Question
from .reply import Item, Reply, source_of
from .status import STRAND_WORDS, best_strands

COUNT_WORDS = STRAND_WORDS | {"strands", "themes", "priorities", "workstreams", "many", "number", "got", "get"}


def answer_plan(ctx: Context, q: Question) -> Reply:
    if not q.plan and COUNTING.search(q.text) and [w for w in q.words if w not in COUNT_WORDS]:
        counted = answer_indicator(ctx, q)  # 'how many strands got closed down?', 'how many priorities in the
        if counted.items and counted.intent == "indicator":  # new CYPP?': a figure the papers give, not a
            return counted  # known plan's strands
    rows = lookup.strands(ctx.db, q.today, plan=q.plan)
    if not rows:
        plans = lookup.plan_names(ctx.db, q.today)
        hint = [f"Plans I know: {', '.join(plans)}."] if plans else []
        what = f"the {q.plan}" if q.plan else "any plan"
        return Reply(f"I have no strands or themes for {what}.", notes=hint, intent="plan")
    plan = q.plan or rows[0]["plan"]
    rows = [r for r in rows if r["plan"] == plan]
    latest = rows[0]["doc_id"]
    rows = [r for r in rows if r["doc_id"] == latest]
    docs = ctx.docs(q.today)
    rated = [r for r in rows if r["rating"]]
    kind = "strands" if rated else "themes"
    named = best_strands(rows, [w for w in q.words if w not in STRAND_WORDS])
    if len(named) == 1 and not q.rating:  # 'how's the voice and influence strand rated?'
        s = named[0]
        rating = f": {s['rating']}" if s["rating"] else f" is one of its {len(rows)} {kind}"
        text = f"{s['name']} ({plan}){rating}" + (f". Outstanding: {s['outstanding']}" if s["outstanding"] else "")
        return Reply(text, [Item(text, source_of(s, docs))], intent="plan").flatten()
    rag = re.search(r"\b(red|amber|green)\b", q.text)
    if rag and rated and not any(r["rating"].lower() in ("red", "amber", "green") for r in rated):
        tally = " or ".join(f"\u2018{rating}\u2019" for rating in sorted({r["rating"] for r in rated}))
        lead = f"The {plan} rates its {kind} {tally}, not Red, Amber or Green. Their ratings:"
        return Reply(lead, [Item(f"{r['name']} — {r['rating'] or 'not rated'}", source_of(r, docs)) for r in rows],
                     intent="plan")
    if q.rating:
        rows = [r for r in rows if r["rating"] == q.rating]
        if not rows:
            return Reply(f"No strand of the {plan} is rated {q.rating}.", intent="plan")
        lead = f"{len(rows)} of the {plan}'s {kind} {'is' if len(rows) == 1 else 'are'} rated {q.rating}:"
    elif rated:
        counts: dict[str, int] = {}
        for r in rated:
            counts[r["rating"]] = counts.get(r["rating"], 0) + 1
        tally = ", ".join(f"{n} {rating}" for rating, n in counts.items())
        lead = f"The {plan} has {len(rows)} {kind} ({tally}):"
    else:
        lead = f"The {plan} has {len(rows)} {kind}:"
    items = []
    for r in rows:
        text = r["name"] + (f" — {r['rating']}" if r["rating"] else "")
        if r["outstanding"] and (q.rating or q.summary):
            text += f". Outstanding: {r['outstanding']}"
        items.append(Item(text, source_of(r, docs)))
    return Reply(lead, items, intent="plan")
