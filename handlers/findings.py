"""What an inspection found, when the store holds no report of it but the council's papers
discuss it ('what did the jan 2011 unannounced inspection find?', 'how many areas for
improvement did ofsted find?'): the improvements it set, as actions, when they are the ones
asked; else the passages of the paper that reports on it, its findings first."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from store import deadlines, lookup
from store.dates import MONTHS, YEAR, format_date

from .events import EVENT_VERBS, INSPECTED
from .indicators import COUNTING, answer_indicator
from .question import Context, Question
from .reply import Item, Reply, source_of
from .search import answer_search, best_sentences, concepts, concepts_in

IMPROVEMENT_ASKED = re.compile(r"\bneeds? to (?:improve|be improved|change)\b|\bimprovement areas?\b|"
                               r"\bthings to improve\b|"
                               r"\bareas? (?:for|of) (?:improvement|development|"
                               r"priority action)\b|\brecommend\w*\b|\bpriority actions?\b|\bimprovements?\b.{0,20}\b"
                               r"(?:ofsted|inspect\w*)\b|\b(?:ofsted|inspect\w*)\b.{0,40}\bimprove\w*\b")
FOUND = re.compile(r"\b(?:find\w*|found|highlight\w*|identif\w*|show\w*|states?|describ\w*|judge?d|"
                   r"judge?ments?|conclu\w*|noted|recommend\w*|positive|progress|areas? (?:for|of) \w+)\b", re.I)
ABOUT_IT = re.compile(r"\b(?:inspection|inspectors?|ofsted)\b|(?:^|\. )(?:the|this|that) (?:report|letter)\b|"
                      r"(?:^|\. )it (?:also )?(?:states|describes|says|notes|finds|highlights)\b", re.I)
ASKING = {"inspection", "inspections", "unannounced", "announced", "ofsted", "inspectors", "find", "found",
          "flag", "flagged", "say", "said", "highlight", "highlighted", "report", "look", "looked", "see", "saw",
          "many", "number"}
SHOWN = 3


def answer_findings(ctx: Context, q: Question) -> Reply:
    """The intent 'inspection', asked of a store that holds no inspection report."""
    year = next(iter(YEAR.findall(q.text)), None)
    month = next((MONTHS[w] for w in re.findall(r"[a-z]+", q.text) if w in MONTHS and w != "may"), None)
    if IMPROVEMENT_ASKED.search(q.text):
        listed = _improvements_set(ctx, q, year)
        if listed:
            return listed
    elif COUNTING.search(q.text):  # 'how many case files did ofsted look at?': a figure the papers give
        reply = answer_indicator(ctx, q)
        reply.intent = "inspection"
        return reply
    mentions = _mentions(ctx, q, year, month)
    if not mentions:
        reply = answer_search(ctx, q)
        reply.intent = "inspection"
        return reply
    first = mentions[0]
    docs = ctx.docs(q.today)
    passages = lookup.doc_passages(ctx.db, first["doc_id"])
    start = next((i for i, p in enumerate(passages) if p["ref"] == first["ref"]), 0)
    topic = [w for w in q.words if w not in ASKING and not YEAR.fullmatch(w)]
    scored = []
    for i, p in enumerate(passages[start:], start):
        if topic:
            score = len(concepts_in(p["text"], topic, None)) / len(concepts(topic))
        else:
            score = float(bool(FOUND.search(p["text"]) and ABOUT_IT.search(p["text"])))
        if score >= (1 if topic else 0.5):
            scored.append((i, p))
    seen: set[str] = set()
    chosen = [(i, p) for i, p in scored if not (p["text"][:80] in seen or seen.add(p["text"][:80]))][:SHOWN]
    when = format_date(date.fromisoformat(first["date"]), first["precision"])
    if not chosen:
        return Reply(f"The records mention the inspection of {when} but say nothing of its {' '.join(topic)}.",
                     intent="inspection")
    lead = f"The records hold no report of that inspection itself; {paper_named(docs, first['doc_id'])} says of it:"
    words = topic or ["inspection", "found", "highlights", "progress"]
    return Reply(lead, [Item(best_sentences(p["text"], words), source_of(p, docs)) for _i, p in chosen],
                 intent="inspection")


def _mentions(ctx: Context, q: Question, year: str | None, month: int | None) -> list[dict]:
    """Sentences saying an inspection took place (or reported) at the time asked, else the
    latest, earliest first; a kind asked ('unannounced') must be in them."""
    kind = re.search(r"\b(?:unannounced|announced)\b", q.text)
    rows = [r for r in lookup.search_statements(ctx.db, ["inspection"], q.today, limit=80)
            if INSPECTED.search(r["sentence"]) and not r["future"]
            and (EVENT_VERBS.search(r["sentence"]) or FOUND.search(r["sentence"]))
            and (not kind or re.search(rf"\b{kind[0]}\b", r["sentence"], re.I))]
    if year or month:
        rows = [r for r in rows if (not year or r["date"][:4] == year)
                and (not month or r["date"][5:7] == f"{month:02d}")]
    elif rows:
        latest = max(r["date"][:7] for r in rows)
        rows = [r for r in rows if r["date"][:7] == latest]
    return sorted(rows, key=lambda r: (r["date"], r["doc_id"]))


def _improvements_set(ctx: Context, q: Question, year: str | None) -> Reply | None:
    """The actions an inspection set, counted by theme, when they are of the inspection asked
    (the paper reporting them is of its year or the next)."""
    rows = [r for r in deadlines.actions(ctx.db, q.today) if r["kind"] == "inspection"]
    docs = ctx.docs(q.today)

    def dated(r: dict) -> str:
        return (docs.get(r["doc_id"]) or {}).get("date") or ""
    if year:
        rows = [r for r in rows if dated(r)[:4] in (year, str(int(year) + 1))]
    if not rows:
        return None
    newest = max(dated(r) for r in rows)
    rows = sorted((r for r in rows if dated(r) == newest), key=lambda r: r["seq"])
    themes = Counter(r["theme"] or "other" for r in rows)
    tally = ", ".join(f"{n} on {theme}" for theme, n in themes.most_common())
    paper = paper_named(docs, rows[0]["doc_id"])
    lead = (f"{paper[0].upper()}{paper[1:]} lists {len(rows)} areas for improvement "
            f"from the inspection ({tally}):")
    return Reply(lead, [Item(f"{r['short_id']} {r['text']}", source_of(r, docs), action=r["short_id"])
                        for r in rows], intent="inspection")


def paper_named(docs, doc_id: str) -> str:
    """'the Executive Board report of 12 February 2010', 'the letter of 5 April 2011'."""
    paper = docs.get(doc_id) or {}
    kind = f"{paper['body']} {paper.get('kind') or 'report'}" if paper.get("body") else paper.get("kind") or "paper"
    return f"the {kind} of {format_date(date.fromisoformat(paper['date']))}" if paper.get("date") else f"the {kind}"
