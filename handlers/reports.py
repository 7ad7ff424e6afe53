"""A report the question names by the words of its title ('the ICS delivery plan report',
'the governance update')."""

from __future__ import annotations

import re

from store import lookup
from store.vocab import STOPWORDS

from .question import Context, Question

TITLE_NOISE = {"report", "paper", "who", "wrote", "authored", "prepared", "author", "authors", "contact", "for",
               "the", "on", "of", "is", "was", "signed", "going", "sent", "taken", "considered", "heard", "due"}


def report_named(ctx: Context, q: Question, whole: bool = False) -> dict | None:
    """The report whose title carries most of the question's words ('the ICS delivery plan
    report'); `whole`: and whose title the question names most of ('the governance update')."""
    words = {w[:5] for w in q.words if w not in TITLE_NOISE and len(w) > 2}
    if not words:
        return None
    signed = {p["doc_id"] for p in lookup.people(ctx.db, q.today, every=True) if p["relation"] == "author"}
    best, best_score = None, 0.0
    for doc in lookup.document_titles(ctx.db, q.today):
        title = {w.lower()[:5] for w in re.findall(r"[A-Za-z0-9]+", doc.get("title") or "")
                 if w.lower() not in STOPWORDS}
        if not title or (whole and len(words & title) < min(3, (len(title) + 1) // 2)) or \
                len(words & title) < min(2, len(words)):  # one word of two is not the report ('improvement plan')
            continue
        score = len(words & title) / len(words) + 0.01 * (doc["id"] in signed)  # a tie: the report that signs
        if score > best_score:
            best, best_score = doc, score
    return best if best_score >= 0.5 else None
