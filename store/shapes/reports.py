"""Decision and committee reports: the labelled fields on their front page.

"From: Rory Love, Cabinet Member for Education and Skills / Sarah Hammond, Corporate Director…",
"To: Cabinet - 30 January 2025", "Decision Number: 24/00115", "Subject: …", "Key decision: Yes",
"Past Pathway of report: CYPE Cabinet Committee - 21 November 2024", "Future Pathway of report:
Cabinet Decision". A field's value may sit in the cell beside its label or after the colon, and
may carry on over the next line. The authors become people with their roles; the pathway
becomes the dated meetings of the bodies that saw (or will see) the report.
"""

from __future__ import annotations

import re

from ..dates import find_dates
from ..document import ParsedDoc
from ..text import line_text
from .bodies import BODY_HINT

OPENING = 40
LABEL = re.compile(r"^(?P<label>From|To|Decision (?:Number|No\.?|Reference)|Subject|Classification|Status|"
                   r"Key [Dd]ecision|(?:Past|Previous|Future) [Pp]athway(?: of (?:the )?report)?|"
                   r"Electoral [Dd]ivisions?|Summary|Recommendations?(?:\(s\))?)\s*:\s*(?P<value>.*)$")
ROLE_WORDS = {"Leader", "Deputy", "Cabinet", "Member", "Director", "Corporate", "Chief", "Executive", "Officer",
              "Head", "Manager", "Counsel", "General", "Interim", "Assistant", "Services", "Service", "Council",
              "County", "Finance", "Health", "Public", "Strategic", "Lead", "Portfolio", "Holder", "Monitoring",
              "Democratic", "Children", "Education", "Adult", "Social", "Care"}
TITLED = re.compile(r"^(?:Dr|Mr|Mrs|Ms|Miss|Cllr|Councillor)\.?\s")
NAME = re.compile(r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Cllr|Councillor)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}")


def report_fields(doc: ParsedDoc) -> dict[str, str]:
    """The labelled fields of the front page, each value whole."""
    fields: dict[str, str] = {}
    current = None
    for line in doc.all_lines[:OPENING]:
        text = line_text(line).strip() if not line.cells else ""
        if line.cells and len(line.cells) >= 2 and line.cells[0].strip().endswith(":"):
            text = f"{line.cells[0].strip()} {' '.join(c.strip() for c in line.cells[1:])}"
        m = LABEL.match(text)
        if m:
            current = _key(m["label"])
            fields[current] = m["value"].strip()
            if current in ("summary", "recommendations"):
                current = None  # long prose: the passages carry it
        elif current and text and not line.ref and len(text) < 200 and current in ("from", "past", "future"):
            fields[current] = f"{fields[current]} {text}".strip()  # the value carried on to the next line
        else:
            current = None
    return fields


def _key(label: str) -> str:
    low = label.lower()
    for key in ("from", "to", "subject", "classification", "status", "key", "past", "previous", "future",
                "electoral", "summary", "recommendation"):
        if low.startswith(key):
            return {"previous": "past", "status": "classification", "recommendation": "recommendations",
                    "key": "key decision"}.get(key, key)
    return "decision" if low.startswith("decision") else low


def authors(value: str) -> list[tuple[str, str]]:
    """'Peter Oakford, Deputy Leader and Cabinet Member for Finance John Betts, Interim Corporate
    Director of Finance' → each author with their role: a name is two or three capitalised words
    (the shortest that fits), none of them a word of a role, followed by a comma or a dash."""
    words = list(re.finditer(r"\S+", value))
    starts: list[tuple[int, int, str]] = []  # (start, end, name)
    for i in range(len(words)):
        for size in (2, 3):
            run = words[i:i + size]
            if len(run) < size:
                break
            text = value[run[0].start():run[-1].end()]
            bare = text.rstrip(",")
            if NAME.fullmatch(bare) and not set(bare.split()) & ROLE_WORDS and (
                    text.endswith(",") or re.match(r"\s*[–-]", value[run[-1].end():])):
                if starts and starts[-1][1] > run[0].start():  # overlapping: the later, shorter one,
                    if TITLED.match(starts[-1][2]):  # unless the earlier opens with a title ('Dr Anjan Ghosh')
                        break
                    starts.pop()
                starts.append((run[0].start(), run[0].start() + len(bare), bare))
                break
    out = []
    for i, (_start, end, name) in enumerate(starts):
        stop = starts[i + 1][0] if i + 1 < len(starts) else len(value)
        out.append((name, value[end:stop].strip(" ,–-")))
    return out


def report_people(doc: ParsedDoc) -> list[dict]:
    header = doc.meta.committee
    if not header or header.kind != "report":
        return []
    fields = report_fields(doc)
    return [{"name": name, "role": role or None, "body": None, "relation": "author", "ref": "From",
             "sentence": f"From: {fields['from']}"[:1000]} for name, role in authors(fields.get("from", ""))]


def report_meetings(doc: ParsedDoc) -> list[dict]:
    """Past and future pathway: the bodies' meetings that saw the report, or will, with their dates."""
    header = doc.meta.committee
    if not header or header.kind != "report":
        return []
    fields = report_fields(doc)
    out = []
    for key in ("past", "future"):
        for part in re.split(r"\),\s*|;\s*|,\s+(?=[A-Z])", fields.get(key, "")):
            dates = find_dates(part, doc.date)
            name = part[:part.find(dates[0].written)].strip(" -–(,") if dates else ""
            if dates and BODY_HINT.search(name):
                when = dates[0]
                ahead = key == "future" or bool(doc.date and when.value > doc.date)
                out.append({"body": name, "date": when.value.isoformat(),
                            "precision": when.precision, "status": "scheduled" if ahead else "held",
                            "ref": "Pathway", "sentence": f"{key.title()} pathway of the report: {part.strip()}"})
    return out
