"""What minutes record: decisions (the RESOLVED text with its meeting and minute number),
apologies, and what a meeting's agenda holds."""

from __future__ import annotations

import re
from datetime import date

from store import fulltext, lookup
from store.dates import format_date

from . import motions
from .considered import answer_last_considered, asked_of_body
from .days import asked_span
from .indicators import kpi_words
from .question import Context, Question
from .reply import Item, Reply, plural, source_of
from .reports import report_named

DECISION_WORDS = {"decide", "decided", "decision", "decisions", "resolve", "resolved", "resolution", "agree",
                  "agreed", "approve", "approved", "say", "said", "about", "report", "item", "meeting",
                  "what", "did", "the", "on", "at", "for", "take", "taken", "took", "make", "made", "were", "was",
                  "any", "all", "list", "which", "there", "last", "latest", "recent", "its", "their", "council",
                  "committee", "board", "panel", "cabinet", "full", "county", "pass", "passed", "carried", "lost",
                  "rejected", "defeated", "vote", "voted"}
ROUTINE = re.compile(r"^(?:apologies|declarations?|minutes of|chairman's announcements|chair's announcements)",
                     re.I)
MAX_DECISIONS = 5


def _meeting_rows(ctx: Context, rows: list[dict], q: Question, past: bool = True) -> list[dict]:
    """Rows of the meeting(s) the question names by day or month, else all."""
    span = asked_span(q, past, ctx)
    if not span:
        return rows
    return [r for r in rows if r["meeting"] and span[0].isoformat() <= r["meeting"] <= span[1].isoformat()]


def _on(ctx: Context, q: Question) -> str:
    span = asked_span(q, ctx=ctx)
    if not span:
        return ""
    return f" on {format_date(span[0])}" if span[0] == span[1] else f" in {format_date(span[0], 'month')}"


def _when(row: dict) -> str:
    return format_date(date.fromisoformat(row["meeting"])) if row["meeting"] else "an undated meeting"


def answer_decision(ctx: Context, q: Question) -> Reply:
    """'What did cabinet decide about the devolution white paper?': the minutes whose title
    (then text) carries the words, each with its RESOLVED text, newest meeting first."""
    if motions.ASKED.search(q.text):  # 'what happened to the family farm tax motion?'
        reply = motions.answer_motion(ctx, q)
        if reply:
            return reply
    number = DECISION_NUMBER.search(q.raw)
    if number:  # 'what is decision 24/00115 about?': the report that carries that number
        reply = _numbered(ctx, q, number[0])
        if reply:
            return reply
    elif NUMBER_ASKED.search(q.text):  # 'decision no for the ICS delivery plan': the number its report carries
        reply = _number_of(ctx, q)
        if reply:
            return reply
    rows = _meeting_rows(ctx, lookup.minute_items(ctx.db, q.today, q.body.id if q.body else None), q)
    body = q.body.name if q.body else "any body"
    if not rows:
        return Reply(f"I have no minutes of {body} recording decisions"
                     + f"{_on(ctx, q)}.", intent="decision")
    named = kpi_words(" ".join(q.body.names)) if q.body else set()
    words = {w for w in kpi_words(" ".join(q.words)) if w not in DECISION_WORDS and w not in named}
    scored = []
    for r in rows:
        if not r["resolved"]:
            continue
        title, text = kpi_words(r["title"]), kpi_words(f"{r['text']} {r['resolved']}")
        score = (2 * len(words & title) + len(words & text)) if words else (0 if ROUTINE.match(r["title"]) else 1)
        if score:
            scored.append((score, r["meeting"] or "", -r["seq"], r))
    if not scored:
        return Reply(f"I found no decision of {body} about \u2018{' '.join(sorted(words))}\u2019 in the minutes.",
                     notes=["Decisions are read from the RESOLVED paragraphs of printed minutes."], intent="decision")
    scored.sort(key=lambda s: s[:3], reverse=True)
    top = scored[0][0]
    docs = ctx.docs(q.today)
    if not words:  # no subject: every decision of the one meeting asked about, else of the latest
        newest = max(s[1] for s in scored)
        chosen = sorted((s[3] for s in scored if s[1] == newest), key=lambda r: r["seq"])
        lead = f"At its meeting on {_when(chosen[0])}, the {chosen[0]['body']} took {plural(len(chosen), 'decision')}:"
        return Reply(lead, [Item(f"Minute {r['number']} ({r['title']}): {r['resolved']}", source_of(r, docs))
                            for r in chosen], intent="decision")
    chosen = [s[3] for s in scored if s[0] == top][:MAX_DECISIONS]
    chosen.sort(key=lambda r: (r["meeting"] or "", r["seq"]))  # one decision's history reads in date order
    items = [Item(f"{r['body']}, {_when(r)}, minute {r['number']} ({r['title']}): {r['resolved']}",
                  source_of(r, docs)) for r in chosen]
    if len(items) == 1:
        r = chosen[0]
        if len(words & (kpi_words(r["resolved"]) | kpi_words(r["title"]))) * 2 < len(words):  # debated, not resolved
            return _debated(r, words, items[0].source)
        lead = f"At its meeting on {_when(r)} (minute {r['number']}, {r['title']}), the {r['body']} {r['resolved']}"
        lead = re.sub(r"\bRESOLVED\b", "resolved", lead, count=1)
        return Reply(lead, [Item(lead, items[0].source)], intent="decision").flatten()
    of = f" of the {q.body.name}" if q.body else ""
    return Reply(f"{plural(len(items), 'decision')}{of} match, oldest first:", items, intent="decision")


DECISION_NUMBER = re.compile(r"\b\d{2}/\d{5}\b")  # '24/00115'; not '2024/25' nor '2025/2026'


def _numbered(ctx: Context, q: Question, number: str) -> Reply | None:
    """The report whose front page (or, failing that, file name) carries the decision number."""
    docs = ctx.docs(q.today)
    said = [p for p in fulltext.search_passages(ctx.db, number.split("/"), q.today, limit=10) if number in p["text"]]
    doc_id = said[0]["doc_id"] if said else next(
        (d["id"] for d in lookup.document_titles(ctx.db, q.today) if d["id"].startswith(number.replace("/", "-"))),
        None)
    doc = docs.get(doc_id) if doc_id else None
    if not doc:
        return None
    authors = [p for p in lookup.people(ctx.db, q.today, every=True, doc_id=doc_id) if p["relation"] == "author"]
    to = f", a report to the {doc['body']}" if doc.get("body") else ""
    when = f" of {format_date(date.fromisoformat(doc['date']))}" if doc.get("date") else ""
    by = (" from " + " and ".join(f"{p['name']} ({p['role']})" if p["role"] else p["name"] for p in authors)
          if authors else "")
    lead = f"Decision {number} is \u2018{doc['title']}\u2019{to}{when}{by}."
    where = said[0] if said else {"doc_id": doc_id, "ref": "page 1"}
    notes = [] if said else ["The number is in the report's file name, not its text."]
    return Reply(lead, [Item(lead, source_of(where, docs))], notes=notes, intent="decision").flatten()


NUMBER_ASKED = re.compile(r"\bdecision (?:number|ref(?:erence)?)\b")


def _number_of(ctx: Context, q: Question) -> Reply | None:
    """The decision number printed in the report the question names by its title."""
    doc = report_named(ctx, q)
    if not doc:
        return None
    docs = ctx.docs(q.today)
    said = next((p for p in fulltext.doc_passages(ctx.db, doc["id"]) if DECISION_NUMBER.search(p["text"])), None)
    if said:
        number, where, notes = DECISION_NUMBER.search(said["text"])[0], said, []
    elif DECISION_NUMBER.match(doc["id"].replace("-", "/", 1)):
        number, where = DECISION_NUMBER.match(doc["id"].replace("-", "/", 1))[0], {"doc_id": doc["id"], "ref": "page 1"}
        notes = ["The number is in the report's file name, not its text."]
    else:
        return Reply(f"\u2018{doc['title']}\u2019 carries no decision number.", intent="decision")
    lead = f"\u2018{doc['title']}\u2019 is decision {number}."
    return Reply(lead, [Item(lead, source_of(where, docs))], notes=notes, intent="decision").flatten()


def _debated(r: dict, words: set[str], source) -> Reply:
    """A subject the minute records in its debate but not in what it resolved ('the Climate and
    Nature Bill motion'): the line that names it and the outcome written after it, if any."""
    lines = [line.strip() for line in (r["text"] or "").splitlines() if line.strip()]
    hits = [i for i, line in enumerate(lines) if len(words & kpi_words(line)) * 2 >= len(words)]
    where = f"At its meeting on {_when(r)} (minute {r['number']}, {r['title']}), the {r['body']}"
    if hits:
        first = hits[0]
        outcome = next((m for line in lines[first + 1:] for m in [motions.OUTCOME.match(line)] if m), None)
        named = lines[first] if len(lines[first]) <= 200 else lines[first][:200].rsplit(" ", 1)[0] + "…"
        if outcome:
            lead = f"{where} debated \u201c{named}\u201d: {outcome.string.strip()}"
            return Reply(lead, [Item(lead, source)], notes=["Its RESOLVED text is about another matter."],
                         intent="decision").flatten()
    lead = (f"{where} discussed \u2018{' '.join(sorted(words))}\u2019, but what it resolved does not mention it, "
            "and the minutes give no outcome for it.")
    return Reply(lead, [Item(lead, source)], intent="decision").flatten()


ROUTINE_WORDS = DECISION_WORDS | {"declared", "declare", "declaration", "declarations", "interest", "interests",
                                  "pecuniary", "apologies", "apology", "who", "any"}
ROUTINE_ASKED = [  # (words asking about a routine minute, its title, what it is called, lines of it shown)
    (re.compile(r"\bdeclar\w*|\binterests?\b"), re.compile(r"declar", re.I), "Declarations of interest", 12),
    (re.compile(r""), re.compile(r"apolog", re.I), "Apologies", 3),
]


def answer_apologies(ctx: Context, q: Question) -> Reply:
    """'Were there apologies at cabinet on 9 January?', 'who declared an interest at the December
    council?': that meeting's minute on apologies or declarations (else the body's latest), as the
    minutes word it."""
    asked, title, called, lines = next(row for row in ROUTINE_ASKED if row[0].search(q.text))
    rows = [r for r in _meeting_rows(ctx, lookup.minute_items(ctx.db, q.today, q.body.id if q.body else None), q)
            if title.match(r["title"])]
    body = f"the {q.body.name}" if q.body else "any body"
    if not rows:
        return Reply(f"I have no minutes of {body}{_on(ctx, q)} recording {called.lower()}.", intent="apologies")
    about = {w for w in kpi_words(" ".join(q.words)) if w not in ROUTINE_WORDS}  # 'on the family farm tax motion'
    r = max(rows, key=lambda r: len(about & kpi_words(r["text"] or ""))) if about else rows[0]
    said = [line.strip() for line in (r["text"] or "").split("\n") if line.strip()]
    text = " ".join(said[:lines]).strip() or f"The minute on {called.lower()} records nothing further."
    lead = f"{called} at the {r['body']} on {_when(r)} (minute {r['number']}): {text}"
    return Reply(lead, [Item(lead, source_of(r, ctx.docs(q.today)))], intent="apologies").flatten()


def _minuted_items(ctx: Context, q: Question) -> Reply | None:
    """No agenda for a meeting already held, but its minutes: the items they record, in order."""
    rows = _meeting_rows(ctx, lookup.minute_items(ctx.db, q.today, q.body.id if q.body else None), q)
    if not rows:
        return None
    first = rows[0]
    held = [r for r in rows if r["doc_id"] == first["doc_id"]]
    held.sort(key=lambda r: r["seq"])
    docs = ctx.docs(q.today)
    lead = (f"I have no agenda for that meeting, but the minutes of the {first['body']} on {_when(first)} record "
            f"{plural(len(held), 'item')}:")
    return Reply(lead, [Item(f"{r['number']}. {r['title']}", source_of(r, docs)) for r in held], intent="agenda")


LAST_HAD = re.compile(r"\b(?:last|previous|most recent)(?: time)?\b.{0,60}\b(?:on (?:the|its|their) agenda|"
                      r"(?:had|took|take|taken|put|considered|discussed)\b)|\bwhen (?:did|was)\b.{0,60}\blast\b")


def answer_agenda(ctx: Context, q: Question) -> Reply:
    """'What's on the agenda for the extraordinary council meeting?': the items of the agenda
    the question names (by body, day or kind), the next one to come first."""
    every = lookup.agenda_items(ctx.db, q.today, q.body.id if q.body else None)
    rows = _meeting_rows(ctx, every, q, past=False) or _meeting_rows(ctx, every, q, past=True)  # '9 January': either
    # side
    docs = ctx.docs(q.today)
    kind = re.search(r"\b(extraordinary|budget|annual|special)\b", q.text)
    by_doc: dict[str, list[dict]] = {}
    for r in rows:
        by_doc.setdefault(r["doc_id"], []).append(r)
    if kind:
        by_doc = {d: items for d, items in by_doc.items() if kind[1] in (docs.get(d) or {}).get("title", "").lower()}
    if not by_doc:
        what = f"an {kind[1]} meeting" if kind else "a meeting"
        of = f" of the {q.body.name}" if q.body else ""
        minuted = _minuted_items(ctx, q) if asked_span(q, ctx=ctx) and not kind else None
        topic = asked_of_body(q) if q.body and not minuted and LAST_HAD.search(q.text) else []
        considered = answer_last_considered(ctx, q, topic) if topic else None  # 'audit cttee - last time it had
        # children's services improvement on the agenda?': when it took that up, from its papers
        return minuted or considered or Reply(f"I have no agenda for {what}{of} in the records.", intent="agenda")
    today = q.today.isoformat()
    ahead = sorted((d for d in by_doc if (by_doc[d][0]["meeting"] or "") >= today),
                   key=lambda d: by_doc[d][0]["meeting"])
    doc_id = ahead[0] if ahead else max(by_doc, key=lambda d: by_doc[d][0]["meeting"] or "")
    items = by_doc[doc_id]
    first = items[0]
    title = (docs.get(doc_id) or {}).get("title") or f"Agenda of the {first['body']}"
    lead = f"{title}: {plural(len(items), 'item')}."
    if not ahead and not asked_span(q, ctx=ctx) and not kind and first["meeting"]:  # none yet for a meeting to come
        lead = (f"No agenda for a meeting after {format_date(q.today)} is in the records; the latest is for the "
                f"meeting of {format_date(date.fromisoformat(first['meeting']))}, already held. {lead}")
    listed = [Item(f"{r['number']}. {r['title']}" + (f" (pages {r['pages']})" if r["pages"] else "")
                   + (f" \u2014 {r['note']}" if r["note"] else ""), source_of(r, docs)) for r in items]
    return Reply(lead, listed, intent="agenda")
