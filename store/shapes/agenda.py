"""Agenda front sheets and summonses: the numbered items (with their page ranges where the
sheet gives them) and the contact officer who signs it.

The items follow a heading "AGENDA" (often letter-spaced, "A G E N D A") as numbered lines:
"1 Apologies for Absence", "2. Declarations of Interest (Pages 5 - 10)"; a note under an item
("To follow", "Report to follow") stays with it. The list ends at the signature block: a
name, a role and a telephone number, which is the contact officer.
"""

from __future__ import annotations

import re

from ..document import ParsedDoc
from ..text import Line, line_text

AGENDA_HEADING = re.compile(r"^\s*a\s*g\s*e\s*n\s*d\s*a\s*$", re.I)
ITEM = re.compile(r"^(?P<num>\d{1,3}[a-z]?)[.)]?\s+(?P<title>[A-Z(].{2,200}?)\s*$")
PAGES = re.compile(r"\s*\((?:Pages?|pp?\.?)\s*(?P<pages>\d+(?:\s*[-–]\s*\d+)?)\)\s*", re.I)
NOTE = re.compile(r"^(?:to follow|report to follow|verbal(?: report| update)?|to be circulated)\b", re.I)
PHONE = re.compile(r"\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b")
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
PART_2 = re.compile(r"^(?:exempt items|part (?:2|ii|two)\b|motion to exclude)", re.I)


def _numbered(line: Line) -> tuple[str, str] | None:
    if line.ref and re.fullmatch(r"\d{1,3}[a-z]?", line.ref):
        return line.ref, line_text(line)
    m = ITEM.match(line_text(line))
    return (m["num"], m["title"]) if m else None


def extract_agenda(doc: ParsedDoc) -> list[dict]:
    header = doc.meta.committee
    if not header or header.kind != "agenda":
        return []
    items: list[dict] = []
    started = False
    for line in doc.all_lines:
        text = line_text(line).strip()
        if not started:
            started = bool(AGENDA_HEADING.match(text))
            continue
        if PART_2.match(text) or (items and (PHONE.search(text) or EMAIL.search(text))):
            break  # the signature block after the items, or the private part
        numbered = _numbered(line)
        if numbered:
            number, title = numbered
            pages = PAGES.search(title)
            items.append({"seq": len(items), "number": number,
                          "title": PAGES.sub(" ", title).strip(), "pages": pages["pages"] if pages else None,
                          "note": None, "body": header.body, "meeting": header.meeting,
                          "ref": f"item {number}", "sentence": text})
        elif items and NOTE.match(text):
            items[-1]["note"] = text
    return items


ROLE_START = re.compile(r"\b(?:General|Director|Head|Manager|Officer|Clerk|Chief|Democratic|Committee|Counsel|"
                        r"Corporate|Assistant|Senior|Interim|Monitoring|Lead|Secretary|Executive|Governance|"
                        r"Principal|Deputy|Solicitor|Proper|Team)\b")


def agenda_contact(doc: ParsedDoc) -> list[dict]:
    """The signature block of an agenda as a person: 'Benjamin Watts General Counsel 03000 416814'."""
    header = doc.meta.committee
    if not header or header.kind != "agenda":
        return []
    for line in doc.all_lines:
        text = line_text(line).strip()
        phone = PHONE.search(text)
        if not phone or len(text) > 160:
            continue
        who = re.sub(r"^(?:contact(?: officer)?|enquiries(?: to)?|further information)\s*:?\s*", "",
                     EMAIL.sub("", text[:phone.start()]).strip(" ,:-"), flags=re.I)
        role = ROLE_START.search(who)
        name, title = (who[:role.start()].strip(), who[role.start():].strip()) if role else (who, "")
        if 2 <= len(name.split()) <= 4:
            return [{"name": name, "role": title or None, "body": header.body, "relation": "contact",
                     "ref": "contact", "sentence": text}]
    return []
