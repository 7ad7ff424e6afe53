"""Who to contact: the officer an agenda names for a body, or a report's authors and the
contact details it prints ('who is the contact for the performance report?')."""

from __future__ import annotations

import re

from store import fulltext, lookup

from .people import CONTACT_LINE, body_people
from .question import Context, Question
from .reply import Item, Reply, source_of
from .reports import report_named
from .search import answer_search

CONTACT_ASKED = re.compile(r"\bcontacts?\b")
REPORT_ASKED = re.compile(r"\b(?:reports?|papers?|updates?|letters?|wrote|writes|authored|prepared|authors?|signs|"
                          r"signed)\b")

AUTHOR = re.compile(r"\b(?:Report )?Author:?\s+((?:(?:Dr|Mr|Mrs|Ms|Miss)\.?\s+)?(?:[A-Z][a-z'’-]+\s*){2,3})(.*)")
PERSON_FIRST = re.compile(r"^(?i:contact (?:details|officer)s?:?\s*)?((?:(?:Dr|Mr|Mrs|Ms|Miss)\.?\s+)?"
                          r"(?:[A-Z][a-z'’-]+\s*){2,3})(.*)")
NOT_NAMES = {"Services", "Service", "Council", "County", "Team", "Unit", "Office", "Department", "Directorate",
             "Democratic", "Committee", "Board", "Contact", "Details", "Email", "Telephone", "Report", "Author",
             "House", "Street", "Road", "Lane", "Building", "Buildings", "Centre", "Hall", "Square",  # letterheads
             "Secretary", "Parliamentary", "Minister", "State"}
ROLE_START = {"Interim", "Assistant", "Chief", "Head", "Director", "Deputy", "Senior", "Principal", "Strategic",
              "Corporate", "Service", "Programme", "Policy", "Lead", "Team", "Manager", "Officer", "General"}


def printed_author(text: str, labelled: bool = True) -> tuple[str, str] | None:
    """'Author Dr Mike Gogarty Interim Strategic Lead for Public Health Mike.gogarty@…' → the name
    and the role as printed: the capitalised words before the first word of a role. `labelled`:
    only after 'Author'; else the person a contact line starts with ('Matthew Wagner Chief Analyst …')."""
    m = AUTHOR.search(text) if labelled else PERSON_FIRST.match(text.strip())
    if not m or not labelled and not CONTACT_LINE.search(text):
        return None
    words = m[1].split()
    cut = next((i for i, w in enumerate(words) if i >= 2 and w in ROLE_START), len(words))
    name, rest = " ".join(words[:cut]), " ".join(words[cut:] + [m[2]])
    if set(name.split()) & NOT_NAMES or name.isupper():  # 'Democratic Services', 'REPORT AUTHOR'
        return None
    role = re.split(r"\s+(?:Tel\b|Telephone|Email|E-mail|Relevant\b|\S+@)|\s+\(?0\d{3}|\|", rest)[0].strip(" ()-,")
    return (name, role) if len(name.split()) >= 2 else None


def _said(passage: dict) -> str:
    """A contact passage as printed: its heading (a name, often) and its text, on one line."""
    said = " ".join(x for x in (passage["heading"], passage["text"]) if x and x != passage.get("ref"))
    return " ".join(said.split())


def _report_contact(ctx: Context, q: Question, doc: dict) -> Reply:
    """A report's authors (its From field) and the contact lines it prints."""
    docs = ctx.docs(q.today)
    authors = [p for p in lookup.people(ctx.db, q.today, every=True, doc_id=doc["id"])
               if p["relation"] in ("author", "contact")]
    contacts = [p for p in fulltext.doc_passages(ctx.db, doc["id"])
                if CONTACT_LINE.search(f"{p['heading']} {p['text']}")
                and len(re.sub(r"(?i)contact details:?", "", p["text"] or "").strip()) > 10]
    names = ", ".join(dict.fromkeys(f"{p['name']} ({p['role']})" if p["role"] else p["name"] for p in authors))
    lead = (f"‘{doc['title']}’ is from {names}." if names else
            f"‘{doc['title']}’ does not name its authors in a From line.")
    items = [Item(lead, source_of(authors[0], docs) if authors else None)]
    written = next(((p, found) for p in contacts for found in [printed_author(_said(p))] if found), None)
    if written:  # the officer who wrote it, as its contact details say, before those it is from
        (p, (name, role)) = written
        by = f"{name} ({role})" if role else name
        lead = f"‘{doc['title']}’ was written by {by}, its report author" + (f"; it is from {names}." if names else ".")
        items = [Item(lead, source_of(p, docs))] + items[1:]
    elif CONTACT_ASKED.search(q.text):  # 'who's the contact for the QPR': the first officer its contact lines name
        contact = next(((p, found) for p in contacts for found in [printed_author(_said(p), labelled=False)]
                        if found), None)
        if contact:
            (p, (name, role)) = contact
            lead = f"The contact for ‘{doc['title']}’ is {name}" + (f" ({role})" if role else "") + \
                (f"; the report is from {names}." if names else ".")
            items = [Item(lead, source_of(p, docs))] + items[1:]
    notes = []
    for p in contacts[:2]:
        notes.append(f"Contact details printed in it: “{_said(p)[:300]}”")
        items.append(Item("", source_of(p, docs)))
    asked = "person" if AUTHOR_ASKED.search(q.text) and not CONTACT_ASKED.search(q.text) else "contact"  # 'who wrote
    # the july paper': a person; 'its contact details': how to reach them
    return Reply(lead, items, notes=notes, intent=asked).flatten()


AUTHOR_ASKED = re.compile(r"\b(?:wrote|writes|written|authors?|authored|prepared|drafted)\b")


def answer_contact(ctx: Context, q: Question) -> Reply:
    """'Who is the contact for the county council meeting?': the officer who signs the body's
    latest agenda, with the telephone number as printed; for a report, its authors."""
    doc = report_named(ctx, q) if REPORT_ASKED.search(q.text) else None
    if doc:
        return _report_contact(ctx, q, doc)
    if re.search(r"\bwho (?:wrote|writes|authored|prepared|signed|signs)\b", q.text):  # no report of that name: say
        # what is said
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
