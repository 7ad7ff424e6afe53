"""What an inspection says must improve, as actions: the "What needs to improve" list,
"Priority and immediate action", "Areas for improvement" (by timescale where the report
gives one) and numbered recommendations. Each item keeps its whole text, its area and the
paragraph it came from; items with no timescale get no due date rather than an invented one.
"""

from __future__ import annotations

import re
from datetime import date

from ..dates import is_timescale_heading, parse_timescale
from ..document import ParsedDoc
from ..text import Line

LISTS = [  # (heading, the plan its items belong to, timescale when the heading sets one)
    (r"^priority (?:and immediate )?action|^areas? for priority action|^immediate action", "Priority action",
     "Immediately"),
    (r"^what needs to improve|^what (?:does|do) the .{2,60} need to improve|^areas? (?:for|of) improvement|"
     r"^areas? for development|^what (?:needs|need) to be improved|"
     r"\bidentified the following areas? for (?:improvement|development)$", "What needs to improve", None),
    (r"^recommendations?\b", "Recommendations", None),
]
LIST_HEADINGS = [(re.compile(p, re.I), plan, timescale) for p, plan, timescale in LISTS]
AREAS = [  # (a heading naming the part of the inspection a list belongs to, that area)
    (r"\b(?:lscb|local safeguarding children board|safeguarding children partnership)\b",
     "Local Safeguarding Children Board"),
    (r"\blooked after children\b|\bchildren in care\b", "looked after children"),
    (r"\bsafeguarding\b", "safeguarding"),
    (r"\bcare leavers\b", "care leavers"),
    (r"^section \d+\b|\bthe local authority\b", None),
]
AREA_HEADINGS = [(re.compile(p, re.I), area) for p, area in AREAS]
NO_ITEMS = re.compile(r"\b(?:did not (?:find|identify)|no (?:areas|recommendations|priority))\b", re.I)
LEAD_IN = re.compile(r"[:;]\s*$|\b(?:including|particularly|such as)\s*:?\s*$", re.I)


def extract_recommendations(doc: ParsedDoc) -> list[dict]:
    """Items under the report's improvement headings, in order."""
    if doc.meta.kind != "inspection":
        return []
    anchor = _anchor(doc)
    out: list[dict] = []
    plan = timescale = area = style = None
    for line in doc.all_lines:
        text = line.text.strip()
        if not text:
            continue
        heading = _list_heading(line, text)
        if heading:
            (plan, timescale), style = heading, None
            continue
        if _is_heading(line):
            if plan and is_timescale_heading(text):
                timescale = text.rstrip(": ")
                continue
            plan = timescale = None
            if line.page > 1 or not line.page:  # page 1 holds the report's title, not a section
                area = next((name for pattern, name in AREA_HEADINGS if pattern.search(text)), area)
            continue
        if not plan or line.cells or NO_ITEMS.search(text):
            continue
        if out and _sub_item(out[-1], line):
            out[-1]["text"] += ("; " if not out[-1]["text"].endswith(":") else " ") + text.rstrip(".;")
            continue
        if not (line.bullet or line.ref):
            continue
        if style is not None and style != line.bullet:  # numbered paragraphs after a bulleted list: the list is over
            plan = timescale = style = None
            continue
        style = line.bullet
        offset = parse_timescale(timescale) if timescale else None
        due = anchor + offset if anchor and offset is not None else None
        out.append({"text": text, "theme": area, "plan": plan, "timescale": timescale,
                    "due": due.isoformat() if due else None, "due_precision": "day", "kind": "inspection",
                    "ref": line.ref or _page_ref(line), "sentence": text[:1000], "_indent": line.indent,
                    "_lead": bool(LEAD_IN.search(text))})
    for item in out:
        del item["_indent"], item["_lead"]
    return out


def _anchor(doc: ParsedDoc) -> date | None:
    """Timescales run from publication; when the report does not say, from its last day."""
    return doc.date


def _list_heading(line: Line, text: str) -> tuple[str, str | None] | None:
    if not (_is_heading(line) or text.endswith(("?", ":"))) or line.bullet or len(text) > 120:
        return None
    bare = re.sub(r"^(?:\d+(?:\.\d+)*\.?\s+)", "", text).rstrip(":? ")
    for pattern, plan, timescale in LIST_HEADINGS:
        if pattern.search(bare):
            return plan, timescale
    return None


def _is_heading(line: Line) -> bool:
    return line.is_heading and not line.bullet and not line.ref


def _sub_item(previous: dict, line: Line) -> bool:
    """A bullet set further in under an item that leads into it ('…, including:')."""
    return bool(line.bullet and previous["_lead"] and line.indent > previous["_indent"] + 4)


def _page_ref(line: Line) -> str:
    return f"page {line.page}" if line.page else "list"
