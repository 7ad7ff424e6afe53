"""A report the question names by the words of its title ('the ICS delivery plan report',
'the governance update')."""

from __future__ import annotations

import re

from store import fulltext, lookup
from store.dates import MONTHS, PAPER_YEAR
from store.vocab import STOPWORDS

from .question import Context, Question

TITLE_NOISE = {"report", "paper", "email", "phone", "ring", "number",
               "who", "wrote", "authored", "prepared", "author", "authors", "contact", "for",
               "the", "on", "of", "is", "was", "signed", "going", "sent", "taken", "considered", "heard", "due"}


def report_named(ctx: Context, q: Question, whole: bool = False) -> dict | None:
    """The report whose title carries most of the question's words ('the ICS delivery plan
    report'); `whole`: and whose title the question names most of ('the governance update')."""
    words = {w[:5] for w in q.words if w not in TITLE_NOISE and len(w) > 2}
    if not words:
        return None
    signed: dict[str, set[str]] = {}  # a paper's authors' names: 'bill's letter' is the Letter from Bill McCarthy
    for p in lookup.people(ctx.db, q.today, every=True):
        if p["relation"] == "author":
            signed.setdefault(p["doc_id"], set()).update(w.lower()[:5] for w in p["name"].split())
    best, best_score = None, 0.0
    for doc in lookup.document_titles(ctx.db, q.today):
        title = {w.lower()[:5] for w in re.findall(r"[A-Za-z0-9]+", doc.get("title") or "")
                 if w.lower() not in STOPWORDS}
        named = words & (title | signed.get(doc["id"], set()))
        if not title or (whole and len(words & title) < min(3, (len(title) + 1) // 2)) or \
                len(named) < min(2, len(words)):  # one word of two is not the report ('improvement plan')
            continue
        score = len(named) / len(words) + 0.01 * (doc["id"] in signed)  # a tie: the report that signs
        if score > best_score:
            best, best_score = doc, score
    if best_score >= 0.5:
        return best
    about = _paper_on_plan(ctx, q) if not whole and PAPER_ASKED.search(q.text) else None
    if about:
        return about
    return _body_paper(ctx, q) if not whole and re.search(r"\b(?:report|paper|update|letter)\b", q.text) else None


PAPER_ASKED = re.compile(r"\b(?:report|paper|update)s?\b")
OPENING = 8  # a paper's header lines, summary and purpose come first


def _paper_on_plan(ctx: Context, q: Question) -> dict | None:
    """'The paper on the nine point plan': the one paper whose opening passages (its purpose and summary)
    name the plan asked of, not one naming it in passing."""
    plan = q.plan or q.named_plan
    if not plan:
        return None
    words = [w for w in re.findall(r"[a-z]+", plan.lower()) if w not in STOPWORDS]
    about = [doc_id for doc_id in sorted(lookup.plan_documents(ctx.db, plan, q.today))
             if any(all(w in (p["text"] or "").lower() for w in words)
                    for p in fulltext.doc_passages(ctx.db, doc_id)[:OPENING])]
    if len(about) != 1:
        return None
    return next((d for d in lookup.document_titles(ctx.db, q.today) if d["id"] == about[0]), None)


BODY_KINDS = {"board", "committee", "group", "panel", "partnership", "forum", "council", "services", "children"}  # not
# enough alone to say two bodies are one renamed ('the 2014 exec board report' is no scrutiny board's)


def _body_paper(ctx: Context, q: Question) -> dict | None:
    """A paper named by the body it went to and when ('the july audit cttee paper', 'the exec paper
    on the inspection'): that body's newest paper, of the month asked if one is."""
    if not q.body:
        return None
    dated = [d for d in lookup.document_titles(ctx.db, q.today) if d.get("date")]
    papers = [d for d in dated if d.get("body") in q.body.names]
    month = next((MONTHS[w] for w in re.findall(r"[a-z]+", q.text) if w in MONTHS), None)
    papers = [d for d in papers if not month or int(d["date"][5:7]) == month] or papers
    said = PAPER_YEAR.search(q.text)
    year = (said[1] or said[2]) if said else None
    if year:  # 'the 2014 scrutiny report': that year's, though the board has since been renamed
        kind = {w for w in re.findall(r"[a-z]+", q.body.name.lower()) if w not in STOPWORDS and w not in BODY_KINDS}
        papers = [d for d in papers if d["date"].startswith(year)] or [
            d for d in dated if d["date"].startswith(year) and kind & set(re.findall(r"[a-z]+", (d.get("body") or
                                                                                                 "").lower()))]
    return max(papers, key=lambda d: d["date"], default=None)
