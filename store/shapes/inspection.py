"""Inspection reports and letters: which council, what kind of inspection, when it took
place and was published, and who led it. Read from the report's opening lines and its
labelled fields ("Inspection dates:", "Lead inspector:"), never from the file's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..dates import parse_span
from ..text import Line

KINDS = [  # (pattern in the opening lines, kind, title with the council in it); first match wins
    (r"\bjoint targeted area inspection\b", "joint targeted area inspection",
     "Joint targeted area inspection of {council}"),
    (r"\bfocused visit\b", "focused visit", "Focused visit to {council} children's services"),
    (r"\bmonitoring visit\b", "monitoring visit", "Monitoring visit to {council} children's services"),
    (r"\binspection of services for children in need of help and protection\b", "single inspection",
     "Single inspection of {council} children's services"),
    (r"\binspection of safeguarding and looked after children(?:'s)? services\b",
     "safeguarding and looked after children inspection",
     "Inspection of {council} safeguarding and looked after children services"),
    (r"\binspection of (?:services for )?looked after children(?:'s)?(?: services)?\b",
     "looked after children inspection", "Inspection of {council} services for looked after children"),
    (r"\binspection of safeguarding(?: and looked after children)? services\b", "safeguarding inspection",
     "Inspection of {council} safeguarding services"),
    (r"\binspection of (?:[\w&,' -]+ )?children's (?:social care )?services\b", "inspection",
     "Inspection of {council} children's services"),
]
KIND_PATTERNS = [(re.compile(p, re.I), kind, title) for p, kind, title in KINDS]
LSCB_REVIEW = re.compile(r"\breview of the effectiveness of the local safeguarding children board\b", re.I)
LABELS = [  # (field, labelled line)
    ("dates", r"^(?:inspection|visit|fieldwork) dates?\s*:?\s*(?P<v>.*\d.*)$"),
    ("dates", r"^dates? of (?:the )?(?:inspection|(?:focused |monitoring )?visit)\s*:?\s*(?P<v>.*\d.*)$"),
    ("published", r"^(?:report )?published\s*(?:on)?\s*:?\s*(?P<v>.*\d.*)$"),
    ("published", r"^(?:date of )?publication(?: date)?\s*:?\s*(?P<v>.*\d.*)$"),
    ("inspector", r"^(?:lead|reporting) inspectors?\s*:\s*(?P<v>.+)$"),
    ("inspector", r"\b(?:her|his) majesty's inspectors? for this (?:visit|inspection) (?:were|was)\s+(?P<v>[^.]+)"),
    ("inspector", r"\b(?:visit|inspection) was (?:carried out|conducted|led) by (?:her|his) majesty's inspectors?\s+"
                  r"(?P<v>[^.]+)"),
]
LABEL_PATTERNS = [(field, re.compile(pattern, re.I)) for field, pattern in LABELS]
COUNCIL_IN_TITLE = re.compile(
    r"^(?:re-?)?inspection of (?P<council>.+?)(?: local authority)? children's (?:social care )?services\b", re.I)
COUNCIL_IN_VISIT = re.compile(
    r"\b(?:focused|monitoring) visit to (?P<council>.+?)(?: local authority)? children's services\b", re.I)
VISIT_SPAN = re.compile(r"\b(?:focused|monitoring) visit\b.{0,120}?\bon\b(?P<v>.{6,60})", re.I)
NOT_A_COUNCIL = re.compile(r"^(?:local authority|the local authority|ofsted|children's|and)$|\d|:", re.I)
INSPECTOR_TITLES = re.compile(r",?\s*(?:(?:Her|His) Majesty's Inspector|HMI|Ofsted Inspector|Social Care Regulatory "
                              r"Inspector)\b\.?", re.I)
OPENING = 24  # lines that can hold a report's title (a letter's come after the address)
SIGN_OFF = re.compile(r"^yours (?:sincerely|faithfully)\b", re.I)


@dataclass
class Found:
    kind: str = ""
    title: str = ""
    council: str = ""
    lscb: bool = False


def read_inspection(lines: list[Line]) -> dict | None:
    """The inspection a report records, or None when it is not an inspection report."""
    head = [line for line in lines[:OPENING] if line.page <= 1]
    found = _identify(head)
    if not found:
        return None
    fields: dict[str, tuple[str, Line]] = {}
    for line in lines:
        if ":" not in line.text and "majesty" not in line.text.lower() and not line.text[:9].lower().startswith(
                ("report pu", "publicati", "published")):
            continue
        for field, pattern in LABEL_PATTERNS:
            m = pattern.search(line.text.strip())
            if m and field not in fields:
                fields[field] = (m["v"].strip(), line)
    if "dates" not in fields:  # a letter: 'the findings of the focused visit to … on 12 and 13 March 2019'
        for line in lines[:40]:
            m = VISIT_SPAN.search(line.text)
            if m and parse_span(m["v"]):
                fields["dates"] = (m["v"], line)
                break
    span = parse_span(fields["dates"][0]) if "dates" in fields else None
    if not span:  # a report *about* an inspection (to a council board, say) is not the inspection's report
        return None
    published = parse_span(fields["published"][0]) if "published" in fields else None
    if "inspector" not in fields and (signed := _signatory(lines)):
        fields["inspector"] = signed
    inspectors = clean_inspectors(fields["inspector"][0]) if "inspector" in fields else ""
    where = fields.get("dates", (None, head[0]))[1]
    return {"council": found.council, "kind": found.kind, "title": found.title,
            "lscb_review": int(found.lscb), "start": span[0].isoformat() if span else None,
            "end": span[1].isoformat() if span else None,
            "published": published[0].isoformat() if published else None,
            "inspectors": inspectors or None,
            "inspectors_ref": _ref(fields["inspector"][1]) if "inspector" in fields else None,
            "ref": _ref(where), "sentence": " ".join(line.text for line in head[:6])[:1000]}


def _signatory(lines: list[Line]) -> tuple[str, Line] | None:
    """A letter signed by an inspector: 'Yours sincerely / Jo Bloggs / His Majesty's Inspector'."""
    for i, line in enumerate(lines):
        if SIGN_OFF.match(line.text) and i + 2 < len(lines) and INSPECTOR_TITLES.search(lines[i + 2].text):
            return lines[i + 1].text, lines[i + 1]
    return None


def _ref(line: Line) -> str:
    return f"page {line.page}" if line.page else "header"


def _identify(head: list[Line]) -> Found | None:
    found = Found()
    kind_at = None
    for i, line in enumerate(head):
        text = line.text.strip()
        for pattern, kind, title in KIND_PATTERNS:
            at = pattern.search(text)
            if at:
                found.kind, found.title, kind_at = kind, title, i
                m = COUNCIL_IN_TITLE.match(text[at.start():]) or COUNCIL_IN_VISIT.search(text)
                before = re.sub(r"^(?:re-?)$", "", text[:at.start()].strip(" -:"), flags=re.I)
                if m and not NOT_A_COUNCIL.search(m["council"]):
                    found.council = m["council"].strip()
                elif 1 <= len(before.split()) <= 8 and not NOT_A_COUNCIL.search(before):  # joined with its title
                    found.council = before
                break
        if kind_at is not None:
            break
    if kind_at is None:
        return None
    if not found.council:  # 'Rochdale Borough Council' on its own line above the title
        for line in head[:kind_at]:
            text = line.text.strip()
            if 1 <= len(text.split()) <= 8 and not NOT_A_COUNCIL.search(text) and text[:1].isupper():
                found.council = text
                break
    if not found.council:
        return None
    found.lscb = any(LSCB_REVIEW.search(line.text) for line in head)
    found.council = re.sub(r"^the\s+", "", found.council, flags=re.I)
    found.title = found.title.format(council=found.council)
    if found.lscb:
        found.title += ", with a review of the LSCB"
    return found


def clean_inspectors(text: str) -> str:
    """'Matt Reed, Her Majesty's Inspector' → 'Matt Reed'; two leads → 'A and B'."""
    names = [n.strip(" ,.;") for n in re.split(r"\s*(?:;|\band\b|&)\s*", INSPECTOR_TITLES.sub(",", text))]
    names = [re.sub(r"\s*,\s*$", "", n) for n in names if n.strip(" ,.;")]
    names = [n for piece in names for n in piece.split(",") if n.strip()]
    names = [" ".join(n.split()) for n in names]
    return " and ".join(names)
