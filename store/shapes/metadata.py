"""A report's title, the body it is written for, its author and its date."""

from __future__ import annotations

import re
from datetime import date

from ..dates import find_dates, format_date
from ..document import DocMeta
from ..text import Line, looks_like_heading
from .committee import CommitteeHeader, read_committee_header
from .inspection import read_inspection

BODY_WORDS = r"(Board|Committee|Council|Cabinet|Panel|Group|Partnership|Forum|Team|Commission|Executive)"
BODY_LINE = re.compile(rf"^(?:The\s+)?([A-Z][\w'&,\- ]*\b{BODY_WORDS}\b(?:\s*\([^)]*\))?)\s*$")
LABELS = [  # (field, label pattern) — the label is dropped, the value kept
    ("author", r"(?:report\s+)?(?:author|originator|contact officer|lead officer|prepared by)"),
    ("date", r"(?:date(?: of meeting)?|meeting date)"),
    ("title", r"(?:subject|title|report title)"),
    ("body", r"(?:report to|meeting|committee|to)"),
]
REPORT_OF = re.compile(r"^report of (?:the )?(.+)$", re.I)
REPORT_TO = re.compile(r"^report to (?:the )?(.+)$", re.I)
SIGN_OFF = re.compile(r"^(yours (sincerely|faithfully|truly)|kind regards|best wishes)\b", re.I)
HEADER_LINES = 30
PERSON_NAME = re.compile(
    r"^(?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame)\.?\s+)?"
    r"[A-Z][a-zA-Z'\-]+(?:\s+[A-Z]\.?)?(?:\s+(?:Mc|Mac|O')?[A-Z][a-zA-Z'\-]+){1,2}$")


def extract_metadata(lines: list[Line], fallback_title: str) -> DocMeta:
    """Read the header block: an inspection report's own fields, else labelled fields first,
    then bare lines by their shape."""
    inspection = read_inspection(lines)
    if inspection:
        return _inspection_meta(inspection)
    meta = DocMeta()
    committee = read_committee_header(lines)
    if committee and committee.kind != "report":
        return _committee_meta(committee)
    head = lines[:HEADER_LINES]
    for line in head:
        _read_labelled(line.text, meta)
    for line in head:
        text = line.text.strip()
        if not meta.report_of and (m := REPORT_OF.match(text)):
            meta.report_of = m[1]
        elif not meta.body and (m := REPORT_TO.match(text)):
            meta.body = m[1]
        elif not meta.body and not line.cells and BODY_LINE.match(text) and len(text.split()) <= 9:
            meta.body = BODY_LINE.match(text)[1]
        if not meta.date and not line.cells:
            found = find_dates(text)
            if found and found[0].precision == "day" and len(text) <= len(found[0].written) + 12:
                meta.date = found[0].value
    if any(text.lower().startswith("dear ") for text in (ln.text for ln in lines[:60])) or any(
            SIGN_OFF.match(ln.text) for ln in lines):
        meta.kind = "letter"
    meta.body = re.sub(r"^(?:(?:draft\s+)?minutes|notes|agenda)\s+of\s+(?:the\s+)?(?:meeting\s+of\s+(?:the\s+)?)?", "",
                       meta.body, flags=re.I)
    if meta.kind == "letter":
        _read_letter(lines, meta)
    if not meta.title:
        meta.title = _first_title(head, meta) or fallback_title
    if committee:  # a report to a meeting: that body, dated by that meeting
        meta.body, meta.committee = committee.body, committee
        meta.date = date.fromisoformat(committee.meeting) if committee.meeting else meta.date
    return meta


def _committee_meta(header: CommitteeHeader) -> DocMeta:
    """Minutes are dated by their meeting; an agenda by the day it was published, if it says."""
    # an agenda that does not say when it was published stays undated, so it is seen before its meeting
    day = header.meeting if header.kind == "minutes" else header.published
    when = format_date(date.fromisoformat(header.meeting)) if header.meeting else "undated"
    title = (f"Minutes of the {header.body}, {when}" if header.kind == "minutes" else
             f"Agenda for the {header.body}{' ' + header.special if header.special else ''} meeting, {when}")
    return DocMeta(title=title, body=header.body, date=date.fromisoformat(day) if day else None, kind=header.kind,
                   committee=header)


def _inspection_meta(inspection: dict) -> DocMeta:
    """An inspection report is dated by its publication, else by the inspection's last day."""
    day = inspection["published"] or inspection["end"] or inspection["start"]
    return DocMeta(title=inspection["title"], author=inspection["inspectors"] or "",
                   author_role="Lead inspector" if inspection["inspectors"] else "",
                   date=date.fromisoformat(day) if day else None, kind="inspection", inspection=inspection)


def _read_letter(lines: list[Line], meta: DocMeta) -> None:
    """A letter's author is its signatory; its title names who it is addressed to."""
    for i, line in enumerate(lines):
        if not meta.title and line.text.lower().startswith("dear "):
            meta.title = "Letter to " + line.text[5:].strip(" ,")
        if SIGN_OFF.match(line.text) and not meta.author:
            for after in lines[i + 1:i + 4]:
                if PERSON_NAME.match(after.text):
                    meta.author = after.text.strip()
                    break


def _read_labelled(text: str, meta: DocMeta) -> None:
    for field, label in LABELS:
        m = re.match(rf"^{label}\s*:\s*(.+)$", text, re.I)
        if not m or getattr(meta, field):
            continue
        value = m[1].strip()
        if field == "date":
            found = find_dates(value)
            if found:
                meta.date = found[0].value
        elif field == "body" and not re.search(BODY_WORDS, value):
            continue
        else:
            setattr(meta, field, value)
        return


def _first_title(head: list[Line], meta: DocMeta) -> str:
    """The first heading-shaped line after the date that is not the body or a label."""
    seen_date = not meta.date  # with no date line, the title is the first heading-shaped line
    for line in head:
        text = line.text.strip()
        if meta.date and find_dates(text) and len(text) < 30:
            seen_date = True
            continue
        if not seen_date or line.cells or ":" in text or text == meta.body:
            continue
        if looks_like_heading(text) and len(text.split()) >= 3 and not REPORT_OF.match(text):
            return text
    return ""
