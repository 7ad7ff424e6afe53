"""Who to contact: the officer an agenda names for a body, or a report's authors and the
contact details it prints ('who is the contact for the performance report?')."""

from __future__ import annotations

import re

from store import lookup

from .people import body_people
from .question import Context, Question
from .reply import Item, Reply, source_of
from .reports import report_named
from .search import answer_search

REPORT_ASKED = re.compile(r"\b(?:report|paper|wrote|authored|prepared|authors?)\b")
CONTACT_LINE = re.compile(r"\b(?:telephone|tel|phone)\b|@[\w.-]+\.(?:gov|org|nhs)\.uk|\breport author\b|"
                          r"\bcontact details\b", re.I)

def _report_contact(ctx: Context, q: Question, doc: dict) -> Reply:
    """A report's authors (its From field) and the contact lines it prints."""
    docs = ctx.docs(q.today)
    authors = [p for p in lookup.people(ctx.db, q.today, every=True, doc_id=doc["id"])
               if p["relation"] in ("author", "contact")]
    contacts = [p for p in lookup.doc_passages(ctx.db, doc["id"]) if CONTACT_LINE.search(f"{p['heading']} {p['text']}")
                and len(re.sub(r"(?i)contact details:?", "", p["text"] or "").strip()) > 10]
    names = ", ".join(dict.fromkeys(f"{p['name']} ({p['role']})" if p["role"] else p["name"] for p in authors))
    lead = (f"‘{doc['title']}’ is from {names}." if names else
            f"‘{doc['title']}’ does not name its authors in a From line.")
    items = [Item(lead, source_of(authors[0], docs) if authors else None)]
    notes = []
    for p in contacts[:2]:
        said = " ".join(x for x in (p["heading"], p["text"]) if x and x != p.get("ref"))
        notes.append(f"Contact details printed in it: “{' '.join(said.split())[:300]}”")
        items.append(Item("", source_of(p, docs)))
    return Reply(lead, items, notes=notes, intent="contact").flatten()


def answer_contact(ctx: Context, q: Question) -> Reply:
    """'Who is the contact for the county council meeting?': the officer who signs the body's
    latest agenda, with the telephone number as printed; for a report, its authors."""
    doc = report_named(ctx, q) if REPORT_ASKED.search(q.text) else None
    if doc:
        return _report_contact(ctx, q, doc)
    if re.search(r"\bwho (?:wrote|authored|prepared|signed)\b", q.text):  # no report of that name: say what's said
        reply = answer_search(ctx, q)
        reply.intent = "contact"
        return reply
    rows = [p for p in (body_people(ctx, q.body.id, q.today) if q.body else lookup.people(ctx.db, q.today))
            if p["relation"] == "contact"]
    if not rows:
        of = f" for the {q.body.name}" if q.body else ""
        return Reply(f"I have no contact officer{of} in the papers: agendas name one above their list of items.",
                     intent="contact")
    row = max(rows, key=lambda p: p["doc_date"] or "")
    role = f", {row['role']}" if row["role"] else ""
    lead = (f"The contact for the {row['body']} is {row['name']}{role} "
            f"(as the agenda prints it: \u201c{row['sentence']}\u201d).")
    return Reply(lead, [Item(lead, source_of(row, ctx.docs(q.today)))], intent="contact").flatten()
