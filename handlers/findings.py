"""What an inspection found, when the store holds no report of it but the council's papers
discuss it ('what did the jan 2011 unannounced inspection find?', 'how many areas for
improvement did ofsted find?'): the improvements it set, as actions, when they are the ones
asked; else the passages of the paper that reports on it, its findings first."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from store import deadlines, fulltext, lookup
from store.dates import YEAR, format_date, month_named
from store.lookup import VisibleDocuments

from .concepts import concepts, concepts_in
from .events import EVENT_VERBS, INSPECTED, later_inspection
from .indicators import COUNTING, answer_indicator
from .question import IMPROVEMENT_ASKED, Context, Question
from .reply import Item, Reply, source_of
from .search import SAYING, answer_search, best_sentences

FOUND = re.compile(r"\b(?:find\w*|found|highlight\w*|identif\w*|show\w*|states?|describ\w*|judge?d|"
                   r"judge?ments?|conclu\w*|noted|recommend\w*|positive|progress|areas? (?:for|of) \w+)\b", re.I)
ABOUT_IT = re.compile(r"\b(?:inspection|inspectors?|ofsted)\b|(?:^|\. )(?:the|this|that) (?:report|letter)\b|"
                      r"(?:^|\. )it (?:also )?(?:states|describes|says|notes|finds|highlights)\b", re.I)
ASKING = SAYING | {"inspection", "inspections", "unannounced", "announced", "ofsted", "inspectors", "inspector",
                   "flag", "flagged", "highlight", "highlighted", "report", "look", "looked", "see", "saw", "seen",
                   "check", "checked", "review", "reviewed", "identify", "identified", "pick", "picked", "many",
                   "number", "anything", "bad", "wrong", "worst", "worse", "good", "poor", "concerns", "concern",
                   "problems", "issues", "words", "use", "used", "language", "visit", "outcome", "outcomes", "result",
                   "results", "visits", "back", "then", "headline", "headlines", "findings", "finding",
                   "conclusions", "verdict"}  # the asking (bot.understand.INSPECTION_DID's verbs), not the topic
FOUND_THAT = re.compile(r"\b(?:it was|they|inspectors|ofsted|the inspection) (?:found|concluded|judged|identified) "
                        r"that\b|\bwhere it was found\b", re.I)
OTHER_INSPECTORATES = re.compile(r"\b(?:HMIP|HMICFRS|HM Inspectorate|CQC|Care Quality Commission)\b")
NOT_YET = re.compile(r"\b(?:will|is due to|are due to|is planned|is expected to|is scheduled)\b", re.I)
SHOWN = 3


def answer_findings(ctx: Context, q: Question) -> Reply:
    """The intent 'inspection', asked of a store that holds no inspection report."""
    year = next(iter(YEAR.findall(q.text)), None)
    month = month_named(q.text)
    if IMPROVEMENT_ASKED.search(q.text):
        listed = _improvements_set(ctx, q, year)
        if listed:
            return listed
    elif COUNTING.search(q.text) or re.search(r"\bnumbers?\b|\bfigures?\b", q.text):  # 'how many case files
        # did ofsted look at?', 'number of KLOEs ofsted sent': a figure the papers give
        reply = answer_indicator(ctx, q)
        reply.intent = "inspection"
        return reply
    mentions = _said_of_inspection(ctx, q, year, month)
    if not mentions:
        reply = answer_search(ctx, q)
        reply.intent = "inspection"
        return reply
    first = mentions[0]
    docs = ctx.docs(q.today)
    asking = ASKING | ({"came", "come", "out"} if re.search(r"\b(?:came|come) out of\b", q.text) else set())
    topic = [w for w in q.words if w not in asking and not YEAR.fullmatch(w)]  # 'what came out of it' asks
    said = [m for m in mentions if FOUND_THAT.search(m["sentence"])]
    if said and not topic:  # 'what did ofsted find in july 09': a paper's sentence saying what it found
        held = _held(mentions)
        return Reply(f"The records hold no report of the inspection{' of ' + held if held else ''} itself; the "
                     f"papers say it found:", [Item(m["sentence"], source_of(m, docs)) for m in said[:SHOWN]],
                     intent="inspection")
    passages = fulltext.doc_passages(ctx.db, first["doc_id"])
    start = next((i for i, p in enumerate(passages) if p["ref"] == first["ref"]), 0)
    scored = []
    for i, p in enumerate(passages[start:], start):
        if topic:
            score = len(concepts_in(p["text"], topic, None)) / len(concepts(topic))
        else:
            score = float(bool(FOUND.search(p["text"]) and ABOUT_IT.search(p["text"])))
        if score >= (1 if topic else 0.5):
            scored.append((i, p))
    chosen, seen = [], set()
    for _i, p in scored:  # a paper's summary and its body often say the same
        if p["text"][:80] not in seen and len(chosen) < SHOWN:
            seen.add(p["text"][:80])
            chosen.append(p)
    if not chosen:  # this paper says nothing of it: what the records say, never a claim of absence
        reply = answer_search(ctx, q)
        reply.intent = "inspection"
        return reply
    held = _held(mentions)
    lead = (f"The records hold no report of the inspection{' of ' + held if held else ''} itself; "
            f"{paper_named(docs, first['doc_id'])} says of it:")
    words = topic or ["inspection", "found", "highlights", "progress"]
    return Reply(lead, [Item(best_sentences(p["text"], words), source_of(p, docs)) for p in chosen],
                 intent="inspection")


def _held(mentions: list[dict]) -> str:
    """When the inspection took place, from the sentence saying it did ('undertook an unannounced
    inspection in January'), not when a paper reported it."""
    held = [m for m in mentions if EVENT_VERBS.search(m["sentence"])]
    return format_date(date.fromisoformat(held[0]["date"]), held[0]["precision"]) if held else ""


def _said_of_inspection(ctx: Context, q: Question, year: str | None, month: int | None) -> list[dict]:
    """Sentences saying an inspection took place (or reported) at the time asked, else the
    latest, earliest first; a kind asked ('unannounced') must be in them."""
    kind = re.search(r"\b(?:unannounced|announced)\b", q.text)
    other = not re.search(r"\b(?:hmip|cqc|hmicfrs|prisons|police|care quality)\b", q.text)
    rows = [r for r in lookup.search_statements(ctx.db, ["inspection"], q.today, limit=80)
            if INSPECTED.search(r["sentence"]) and not r["future"] and not NOT_YET.search(r["sentence"])
            and not (other and OTHER_INSPECTORATES.search(r["sentence"]) and "Ofsted" not in r["sentence"])
            and (EVENT_VERBS.search(r["sentence"]) or FOUND.search(r["sentence"]))
            and (not kind or re.search(rf"\b{kind[0]}\b", r["sentence"], re.I))]
    if year or month:
        rows = [r for r in rows if (not year or r["date"][:4] == year)
                and (not month or r["date"][5:7] == f"{month:02d}")]
    elif rows:  # the latest inspection: from the sentence saying it took place, with what followed
        held = [r["date"][:7] for r in rows if EVENT_VERBS.search(r["sentence"])]
        latest = max(held or [r["date"][:7] for r in rows])
        rows = [r for r in rows if r["date"][:7] >= latest]
    return sorted(rows, key=lambda r: (r["date"], r["doc_id"]))


def _improvements_set(ctx: Context, q: Question, year: str | None) -> Reply | None:
    """The actions an inspection set, counted by theme, when they are of the inspection asked
    (the paper reporting them is of its year or the next), with any later inspection noted."""
    rows = deadlines.inspection_actions(ctx.db, q.today, (year, str(int(year) + 1)) if year else ())
    if not rows:
        return None
    docs = ctx.docs(q.today)
    themes = Counter(r["theme"] or "other" for r in rows)
    tally = ", ".join(f"{n} on {theme}" for theme, n in themes.most_common())
    paper = paper_named(docs, rows[0]["doc_id"])
    lead = f"{paper[0].upper()}{paper[1:]} lists {len(rows)} areas for improvement from the inspection ({tally}):"
    later = later_inspection(ctx, rows[0]["doc_date"], q.today)
    return Reply(lead, [Item(f"{r['short_id']} {r['text']}", source_of(r, docs), action=r["short_id"])
                        for r in rows], notes=[later] if later else [], intent="inspection")


def paper_named(docs: VisibleDocuments, doc_id: str) -> str:
    """'the Executive Board report of 12 February 2010', 'the letter of 5 April 2011'."""
    paper = docs.get(doc_id) or {}
    kind = f"{paper['body']} {paper.get('kind') or 'report'}" if paper.get("body") else paper.get("kind") or "paper"
    return f"the {kind} of {format_date(date.fromisoformat(paper['date']))}" if paper.get("date") else f"the {kind}"
