"""Performance reports: each key performance indicator with its RAG rating, latest value,
target, floor standard, previous value and rating, and the service area it sits under.

Two shapes recur in councils' quarterly performance reports:
- an indicator card: the indicator's name beside its rating ("Number of foster households |
  RED"), then its figures ("Latest: 613 | Target: 700 Floor: 650 | Previous: 612 (Red)");
- a table with a header naming the columns ("Indicator | Target | Actual | RAG",
  "KPI | Latest | Previous | DoT"), one indicator a row.
The service area is the section heading the cards sit under: the heading just before the
section's "Cabinet Member(s)" or "KPI Summary" line, as these reports lay them out.
"""

from __future__ import annotations

import re

from ..document import ParsedDoc, header_tables
from ..text import Line, line_text

RAG = r"(?:RED|AMBER|GREEN|BLUE|Red|Amber|Green|Blue)"
RAG_CELL = re.compile(rf"^\s*(?:RAG:?\s*)?({RAG})\s*$")
VALUE = r"([<>≤≥]?\s*£?-?\d[\d,]*(?:\.\d+)?\s*(?:%|k|m|bn|days|weeks)?)"
LATEST = re.compile(rf"\b(?:Latest|Actual|Current|Outturn)\s*:?\s*{VALUE}", re.I)
TARGET = re.compile(rf"\bTarget\s*:?\s*{VALUE}", re.I)
FLOOR = re.compile(rf"\bFloor(?:\s+standard)?\s*:?\s*{VALUE}", re.I)
PREVIOUS = re.compile(rf"\bPrevious\s*:?\s*{VALUE}\s*(?:\(\s*({RAG})\s*\))?", re.I)
SECTION_CUE = re.compile(r"^(?:Cabinet Members?|Portfolio Holders?|Lead Members?|Corporate Director)\b|"
                         r"\bKPI Summary\b", re.I)
HEADER_NAME = re.compile(r"\b(?:indicator|measure|kpi|metric)s?\b", re.I)
HEADER_RAG = re.compile(r"\b(?:rag|rating|status)\b", re.I)
LOOKAHEAD = 3


def extract_performance(doc: ParsedDoc) -> list[dict]:
    lines = doc.all_lines
    out: list[dict] = []
    area = None
    for i, line in enumerate(lines):
        text = line_text(line)
        if SECTION_CUE.search(text) and len(text) < 120:
            area = _section_heading(lines, i) or area
        card = _card(lines, i)
        if card:
            out.append(dict(card, area=area, page=line.page, ref=f"page {line.page}" if line.page else None))
    return out + _tables(lines)


def _section_heading(lines: list[Line], i: int) -> str | None:
    for back in range(i - 1, max(-1, i - 4), -1):
        if lines[back].is_heading and not SECTION_CUE.search(lines[back].text) \
                and not HEADER_NAME.search(lines[back].text) and "indicator" not in lines[back].text.lower():
            return lines[back].text.strip()
    return None


def _card(lines: list[Line], i: int) -> dict | None:
    """'Name | RED' followed within a few lines by 'Latest: … Target: …'."""
    line = lines[i]
    if len(line.cells) != 2 or not RAG_CELL.match(line.cells[1]) or len(line.cells[0]) < 8:
        return None
    if LATEST.search(line.cells[0]):
        return None
    name = re.sub(r"\s+", " ", line.cells[0]).strip()
    if i and re.match(r"^[-–(a-z]", name) and not lines[i - 1].cells:  # the label wrapped above its rating
        name = f"{lines[i - 1].text.strip()} {name}"
    figures = ""
    for k, nxt in enumerate(lines[i + 1:i + 1 + LOOKAHEAD]):
        text = line_text(nxt)
        if len(nxt.cells) == 2 and RAG_CELL.match(nxt.cells[1]):
            break
        if LATEST.search(text) or TARGET.search(text) or PREVIOUS.search(text):
            figures += " " + text
        elif k == 0 and not nxt.cells and len(text) < 80 and not figures:  # ... and below it
            name = f"{name} {text.strip()}"
    return _row(name, RAG_CELL.match(line.cells[1])[1], figures, f"{name}: {line.cells[1].strip()};{figures}")


def _row(name: str, rag: str | None, figures: str, sentence: str) -> dict:
    latest, target, floor, previous = (p.search(figures) for p in (LATEST, TARGET, FLOOR, PREVIOUS))
    return {"name": name, "rag": rag.capitalize() if rag else None,
            "value": _clean(latest[1]) if latest else None, "target": _clean(target[1]) if target else None,
            "floor": _clean(floor[1]) if floor else None, "previous": _clean(previous[1]) if previous else None,
            "previous_rag": previous[2].capitalize() if previous and previous[2] else None,
            "period": None, "unit": "kpi", "ref": None, "sentence": sentence[:1000]}


def _clean(value: str) -> str:
    return re.sub(r"\s+", "", value).rstrip(",")


def _tables(lines: list[Line]) -> list[dict]:
    """Rows of tables whose header names an indicator column and a RAG column."""
    out = []
    for line, roles in header_tables(lines, _header):
        row = dict(zip(roles, line.cells, strict=False))
        rag = RAG_CELL.match(row.get("rag", ""))
        if row.get("name") and rag:
            figures = " ".join(f"{role.capitalize()}: {cell}" for role, cell in row.items()
                               if role in ("latest", "target", "floor", "previous"))
            out.append(dict(_row(row["name"].strip(), rag[1], figures, " | ".join(line.cells)),
                            area=None, page=line.page, ref=f"page {line.page}" if line.page else None))
    return out


def _header(cells: list[str]) -> list[str] | None:
    roles = []
    for cell in cells:
        low = cell.lower()
        role = ("rag" if HEADER_RAG.search(low) and "previous" not in low else
                "latest" if re.search(r"\b(?:latest|actual|outturn|current|value|result)\b", low) else
                "target" if "target" in low else "floor" if "floor" in low else
                "previous" if "previous" in low else "name" if HEADER_NAME.search(low) else "other")
        roles.append(role)
    return roles if "name" in roles and "rag" in roles and {"latest", "target"} & set(roles) else None


HOLDERS = re.compile(
    r"^(?P<first>Cabinet Members?|Portfolio Holders?|Lead Members?)\s+(?P<second>(?:Corporate )?Director)$", re.I)


def portfolio_holders(doc: ParsedDoc) -> list[dict]:
    """'Cabinet Members Corporate Director | Sue Chandler | Sarah Hammond' under a service area's
    heading: who answers for that area, as people with their roles."""
    out: list[dict] = []
    lines = doc.all_lines
    for i, line in enumerate(lines):
        if len(line.cells) != 3:
            continue
        m = HOLDERS.match(line.cells[0].strip())
        area = _section_heading(lines, i) if m else None
        if not area:
            continue
        first = re.sub(r"s$", "", m["first"].strip().title())
        for names, role in ((line.cells[1], f"{first} for {area}"), (line.cells[2], f"{m['second'].title()}, {area}")):
            for name in re.split(r",\s*|\s+and\s+", names):
                if 2 <= len(name.split()) <= 4:
                    out.append({"name": name.strip(), "role": role, "body": None, "relation": "role holder",
                                "ref": f"page {line.page}" if line.page else None, "sentence": line_text(line)})
    return out
