"""What minutes record: decisions (the RESOLVED text with its meeting and minute number),
apologies, and what a meeting's agenda holds."""

from __future__ import annotations

import re
from datetime import date

from store import lookup
from store.dates import format_date

from .indicators import kpi_words
from .question import Context, Question
from .reply import Item, Reply, source_of

DECISION_WORDS = {"decide", "decided", "decision", "decisions", "resolve", "resolved", "resolution", "agree",
                  "agreed", "approve", "approved", "say", "said", "about", "report", "item", "meeting",
                  "what", "did", "the", "on", "at", "for", "take", "taken", "took", "make", "made", "were", "was",
                  "any", "all", "list", "which", "there", "last", "latest", "recent", "its", "their"}
ROUTINE = re.compile(r"^(?:apologies|declarations?|minutes of|chairman's announcements|chair's announcements)",
                     re.I)
MAX_DECISIONS = 5


def _on_day(q: Question) -> date | None:
    """'…at cabinet on 9 January': the one day the question names, if it names one."""
    if q.window and q.window.start == q.window.end:
        return q.window.start
    return None


def _meeting_rows(rows: list[dict], q: Question) -> list[dict]:
    """Rows of the meeting the question names by day, else of every meeting in the window, else all."""
    day = _on_day(q)
    if day:
        return [r for r in rows if r["meeting"] == day.isoformat()]
    if q.window:
        return [r for r in rows if r["meeting"] and q.window.start.isoformat() <= r["meeting"] <=
                q.window.end.isoformat()]
    return rows


def _when(row: dict) -> str:
    return format_date(date.fromisoformat(row["meeting"])) if row["meeting"] else "an undated meeting"


def answer_decision(ctx: Context, q: Question) -> Reply:
    """'What did cabinet decide about the devolution white paper?': the minutes whose title
    (then text) carries the words, each with its RESOLVED text, newest meeting first."""
    rows = _meeting_rows(lookup.minute_items(ctx.db, q.today, q.body.id if q.body else None), q)
    body = q.body.name if q.body else "any body"
    if not rows:
        return Reply(f"I have no minutes of {body} recording decisions"
                     + (f" on {format_date(_on_day(q))}." if _on_day(q) else "."), intent="decision")
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
        lead = f"At its meeting on {_when(chosen[0])}, the {chosen[0]['body']} took {len(chosen)} decisions:"
        return Reply(lead, [Item(f"Minute {r['number']} ({r['title']}): {r['resolved']}", source_of(r, docs))
                            for r in chosen], intent="decision")
    chosen = [s[3] for s in scored if s[0] == top][:MAX_DECISIONS]
    chosen.sort(key=lambda r: (r["meeting"] or "", r["seq"]))  # one decision's history reads in date order
    items = [Item(f"{r['body']}, {_when(r)}, minute {r['number']} ({r['title']}): {r['resolved']}",
                  source_of(r, docs)) for r in chosen]
    if len(items) == 1:
        r = chosen[0]
        lead = f"At its meeting on {_when(r)} (minute {r['number']}, {r['title']}), the {r['body']} {r['resolved']}"
        lead = re.sub(r"\bRESOLVED\b", "resolved", lead, count=1)
        return Reply(lead, [Item(lead, items[0].source)], intent="decision").flatten()
    of = f" of the {q.body.name}" if q.body else ""
    return Reply(f"{len(items)} decisions{of} match, oldest first:", items, intent="decision")


def answer_apologies(ctx: Context, q: Question) -> Reply:
    """'Were there apologies at cabinet on 9 January?': the minute on apologies of that meeting
    (else the body's latest), as the minutes word it."""
    rows = [r for r in _meeting_rows(lookup.minute_items(ctx.db, q.today, q.body.id if q.body else None), q)
            if re.match(r"apolog", r["title"], re.I)]
    day = _on_day(q)
    body = f"the {q.body.name}" if q.body else "any body"
    if not rows:
        on = f" on {format_date(day)}" if day else ""
        return Reply(f"I have no minutes of {body}{on} recording apologies.", intent="apologies")
    r = rows[0]
    said = (r["text"] or "").split("\n")
    text = " ".join(said[:3]).strip() or "The minute on apologies records nothing further."
    lead = f"Apologies at the {r['body']} on {_when(r)} (minute {r['number']}): {text}"
    return Reply(lead, [Item(lead, source_of(r, ctx.docs(q.today)))], intent="apologies").flatten()


def answer_agenda(ctx: Context, q: Question) -> Reply:
    """'What's on the agenda for the extraordinary council meeting?': the items of the agenda
    the question names (by body, day or kind), the next one to come first."""
    rows = _meeting_rows(lookup.agenda_items(ctx.db, q.today, q.body.id if q.body else None), q)
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
        return Reply(f"I have no agenda for {what}{of} in the records.", intent="agenda")
    today = q.today.isoformat()
    ahead = sorted((d for d in by_doc if (by_doc[d][0]["meeting"] or "") >= today),
                   key=lambda d: by_doc[d][0]["meeting"])
    doc_id = ahead[0] if ahead else max(by_doc, key=lambda d: by_doc[d][0]["meeting"] or "")
    items = by_doc[doc_id]
    first = items[0]
    title = (docs.get(doc_id) or {}).get("title") or f"Agenda of the {first['body']}"
    lead = f"{title}: {len(items)} items."
    listed = [Item(f"{r['number']}. {r['title']}" + (f" (pages {r['pages']})" if r["pages"] else "")
                   + (f" \u2014 {r['note']}" if r["note"] else ""), source_of(r, docs)) for r in items]
    return Reply(lead, listed, intent="agenda")
