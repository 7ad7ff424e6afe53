"""Inspection judgements: one category's rating, or the whole table for a theme."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from store import lookup
from store.vocab import STOPWORDS

from .question import Context, Question
from .reply import Item, Reply, source_of

CATEGORY_NOISE = {"rated", "rating", "judgement", "ofsted", "get", "for", "inspection"}


def _category_score(category: str, words: list[str]) -> float:
    needed = [w for w in category.lower().replace("&", " ").replace(",", " ").split()
              if w not in ("and", "of", "the", "for", "including", "with")]
    if not needed:
        return 0
    hits = sum(1 for n in needed if any(fuzz.ratio(n, w) >= 85 for w in words))
    return hits / len(needed) + hits / 100


def answer_judgement(ctx: Context, q: Question) -> Reply:
    rows = lookup.judgements(ctx.db, q.today)
    if not rows:
        return Reply("I have no inspection judgements in records dated up to "
                     f"{q.today:%d %B %Y}.", intent="judgement")
    latest_doc = rows[0]["doc_id"]
    rows = [r for r in rows if r["doc_id"] == latest_doc]
    theme_words = set((q.theme or "").split())
    if q.theme:
        themed = [r for r in rows if r["theme"] and r["theme"].lower() == q.theme]
        rows = themed or rows
    words = [w for w in re.findall(r"[a-z]+", q.text) if w not in CATEGORY_NOISE
             and w not in theme_words and w not in STOPWORDS]
    docs = ctx.docs(q.today)
    scored = sorted(((_category_score(r["category"], words), -i, r) for i, r in enumerate(rows)),
                    key=lambda s: (s[0], s[1]), reverse=True)
    runner_up = next((s[0] for s in scored[1:] if s[2]["category"] != scored[0][2]["category"]), 0)
    if words and scored and (scored[0][0] >= 0.6 or (scored[0][0] >= 0.5 and scored[0][0] > runner_up)):
        best = scored[0][2]
        same = [s[2] for s in scored if s[0] == scored[0][0] and s[2]["theme"] != best["theme"]]
        theme = f" for {best['theme'].lower()}" if best["theme"] else ""
        lead = f"{best['category']}{theme} was judged {best['rating']}."
        notes = [f"For {r['theme'].lower()}: {r['rating']}." for r in same[:2]]
        return Reply(lead, [Item(lead, source_of(best, docs))], notes=notes,
                     intent="judgement").flatten()
    items = [Item(f"{r['theme'] + ': ' if r['theme'] and not q.theme else ''}{r['category']} — "
                  f"{r['rating']}", source_of(r, docs)) for r in rows]
    title = rows[0]["inspection"]
    return Reply(f"{len(items)} judgements from {title}{' (' + q.theme + ')' if q.theme else ''}:",
                 items, intent="judgement")
