"""Committee papers as councils' democratic services publish them (most through the same
committee-management system, so the layouts are national): what a document is (minutes,
an agenda or summons, a report to a meeting), which body, which meeting, where and when.

Read from the opening lines' shapes: "MINUTES of a meeting of the Cabinet held in … on
Thursday, 9 January 2025", "Summons to and Agenda for an Extraordinary Meeting on …" with
"An extraordinary meeting of the County Council will be held in … on … at 10.00 am", and
a report's "From: / To: Cabinet - 30 January 2025 / Subject:" fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..dates import find_dates
from ..text import Line

OPENING = 30
DAY = r"(?:\w+day,? )?\d{1,2}(?:st|nd|rd|th)? \w+,? \d{4}"
TIME = r"\d{1,2}(?:[.:]\d{2})? ?[ap]\.?m\.?"
NAME = r"(?:(?!\s{2}|\bmeeting\b)[^.]){3,120}?"  # a body's name: within the paragraph, never 'meeting'

MINUTES = re.compile(  # 'held in <venue> on <day>' or 'held on <day> [at <time>] [in|at <venue>]'
    rf"\bminutes of (?:a |the )?(?:[\w-]+ )?(?:meeting of (?:the )?(?P<body>{NAME})|(?P<body2>{NAME}) meeting) held "
    rf"(?:(?:in|at) (?P<venue>.+?),? on (?P<date>{DAY})|on (?P<date2>{DAY})(?:,? at (?P<time>{TIME}))?"
    rf"(?:,? (?:in|at) (?P<venue2>[^.]+?))?(?=\.|$|\s{{2}}))", re.I)
MINUTES_OF_BODY = re.compile(  # 'Minutes of the Audit Committee held on 4 March 2025'
    rf"\bminutes of (?:the )?(?P<body>(?:(?!\s{{2}})[^.]){{3,100}}?\b(?:Board|Committee|Panel|Cabinet|Council|Forum|"
    rf"Group|Partnership|Commission))\s+held\s+on\s+(?P<date>{DAY})", re.I)
SUMMONS = re.compile(r"\bsummons to and agenda for an? (?P<kind>extraordinary |budget |annual |special )?meeting\b",
                     re.I)
HELD = re.compile(r"\ban? (?P<kind>extraordinary |budget |annual |special )?meeting of (?:the )?(?P<body>.+?) will be "
                  r"held (?:in|at) (?P<venue>.+?) on (?P<date>(?:\w+day,? )?\d{1,2}(?:st|nd|rd|th)? \w+,? \d{4})"
                  r"(?: at (?P<time>\d{1,2}(?:[.:]\d{2})? ?[ap]\.?m\.?))?", re.I)
ENDS = re.compile(r"\bscheduled to (?:end|finish) (?:at|by) (?P<time>\d{1,2}(?:[.:]\d{2})? ?[ap]\.?m\.?)", re.I)
TO_MEETING = re.compile(r"^(?P<body>[A-Z][\w&',() -]+?)\s*(?:[-–,]\s*|\s+)(?:on\s+)?(?P<date>(?:\w+day,? )?\d{1,2}"
                        r"(?:st|nd|rd|th)?\s+\w+,?\s+\d{4})\s*$")


@dataclass
class CommitteeHeader:
    kind: str  # "minutes" | "agenda" | "report"
    body: str
    meeting: str | None = None  # ISO date of the meeting the paper is for
    venue: str = ""
    start: str = ""
    end: str = ""
    special: str = ""  # "extraordinary", "budget", …
    published: str | None = None


def read_committee_header(lines: list[Line]) -> CommitteeHeader | None:
    head = [line.text for line in lines[:OPENING]]
    text = "  ".join(head)  # two spaces: a field never runs on into the next paragraph
    m = next((m for m in MINUTES.finditer(text)  # 'Minutes of the meeting held on…' names no body
              if len((m["body"] or m["body2"]).strip()) > 3 and (m["body"] or m["body2"]).lower() != "the"), None)
    plain = None if m else MINUTES_OF_BODY.search(text)
    if plain and not re.match(r"(?:a |the )?meeting\b", plain["body"], re.I):
        body = _titled(plain["body"]) if plain["body"].isupper() else plain["body"]
        return CommitteeHeader("minutes", _body(body), _day(plain["date"]))
    if m:
        body = m["body"] or m["body2"]
        if body.isupper():
            body = _titled(body)
        return CommitteeHeader("minutes", _body(body), _day(m["date"] or m["date2"]),
                               venue=(m["venue"] or m["venue2"] or "").strip(), start=_time(m["time"]))
    held = HELD.search(text)
    if held:
        header = CommitteeHeader("agenda", _body(held["body"]), _day(held["date"]), venue=held["venue"].strip(),
                                 start=_time(held["time"]), special=(held["kind"] or "").strip().lower())
        summons = SUMMONS.search(text)
        if summons and summons["kind"]:
            header.special = summons["kind"].strip().lower()
        ends = ENDS.search(text)
        header.end = _time(ends["time"]) if ends else ""
        header.published = _published(head, header.meeting)
        return header
    labelled = _labelled_agenda(lines[:OPENING], text)
    if labelled:
        return labelled
    for line in lines[:OPENING]:
        if line.cells and len(line.cells) >= 2 and line.cells[0].rstrip(":").strip().lower() == "to":
            to = TO_MEETING.match(line.cells[1].strip())
            if to:
                return CommitteeHeader("report", _body(to["body"]), _day(to["date"]))
        m = re.match(r"^to\s*:\s*(.+)$", line.text.strip(), re.I)
        if m and (to := TO_MEETING.match(m[1].strip())):
            return CommitteeHeader("report", _body(to["body"]), _day(to["date"]))
    return None


FIELD = re.compile(r"^(?P<label>Meeting|Committee|Date|Time|Venue|Place|Location)\s*:\s*(?P<value>.+)$", re.I)


def _labelled_agenda(lines: list[Line], text: str) -> CommitteeHeader | None:
    """A front sheet of labelled fields: 'Meeting: Corporate Parenting Panel', 'Date: Tuesday,
    4 March 2025', 'Time: 2.00 pm', 'Venue: Committee Room 1'; the body may instead be the
    title above them."""
    if not re.search(r"\bagenda\b", text, re.I):
        return None
    fields: dict[str, str] = {}
    for line in lines:
        parts = [" ".join(line.cells[:1]).strip() + " " + " ".join(line.cells[1:])] if line.cells else [line.text]
        for part in parts:
            m = FIELD.match(part.strip())
            if m:
                fields.setdefault(m["label"].lower(), m["value"].strip())
    day = _day(fields.get("date", ""))
    if not day or not (fields.keys() & {"time", "venue", "place", "location"}):
        return None
    body = fields.get("meeting") or fields.get("committee") or next(
        (ln.text.strip() for ln in lines if re.search(r"\b(?:Board|Committee|Panel|Council|Cabinet|Forum|Group)\b",
                                                       ln.text) and len(ln.text) < 90 and not FIELD.match(ln.text)),
        None)
    if not body:
        return None
    body = _titled(body) if body.isupper() else body
    special = re.search(r"\b(extraordinary|budget|annual|special)\b", text, re.I)
    return CommitteeHeader("agenda", _body(body), day, venue=fields.get("venue") or fields.get("place") or
                           fields.get("location") or "", start=_time(fields.get("time")),
                           special=special[1].lower() if special else "", published=None)


def _titled(name: str) -> str:
    """'CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE' → 'Children and Young People Scrutiny Committee'."""
    small = {"and", "of", "for", "the", "on", "in"}
    return " ".join(w.lower() if w.lower() in small and i else w.capitalize() for i, w in enumerate(name.split()))


def _body(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip(" ,.-")


def _day(text: str) -> str | None:
    found = find_dates(text)
    return found[0].value.isoformat() if found else None


def _time(text: str | None) -> str:
    if not text:
        return ""
    m = re.match(r"(\d{1,2})(?:[.:](\d{2}))?\s*([ap])", text.lower())
    if not m:
        return ""
    hour = int(m[1]) % 12 + (12 if m[3] == "p" else 0)
    return f"{hour:02d}:{int(m[2] or 0):02d}"


def _published(head: list[str], meeting: str | None) -> str | None:
    """An agenda is published on the date standing alone near its top, before the meeting."""
    for text in head:
        found = find_dates(text)
        if found and found[0].precision == "day" and len(text) <= len(found[0].written) + 12:
            day = found[0].value.isoformat()
            if not meeting or day < meeting:
                return day
    return None
