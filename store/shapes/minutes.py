"""Printed minutes: numbered minutes with their titles and agenda item numbers, the text of
each, and every RESOLVED decision whole however it wraps.

The shapes are those of the committee-management systems most English councils publish
through: "283. Apologies for Absence (Item 1)" as a heading, "76. (Item 1) | Apologies" as a
two-column row, numbered paragraphs "(4)", "4)" or a bare "4" inside a minute, and
"RESOLVED that …" either in one paragraph or ending in a colon and followed by its list.
"""

from __future__ import annotations

import re

from ..document import ParsedDoc
from ..text import Line, line_text

MINUTE = re.compile(r"^(?P<num>\d{1,4})\.\s*(?:\(Item\s+(?P<item0>\d+[a-z]?)\)\s*)?(?P<title>.*?)"
                    r"\s*(?:\(Item\s+(?P<item>\d+[a-z]?)\))?\s*$", re.I)
PARA_MARK = re.compile(r"^\(?(\d{1,3})\)\s*")  # '(4) ', '4) '
RESOLVED = re.compile(r"^(?:\(?\d{1,3}\)\s*)?(RESOLVED\b|Resolved that\b|It was RESOLVED\b)")
SENTENCE_END = re.compile(r"[.!?;\"”]\s*$")
MAX_TITLE = 220
MAX_RESOLUTION_LINES = 60


def minute_heading(line: Line) -> tuple[int, str, str] | None:
    """(number, title, agenda item) when the line opens a numbered minute."""
    text = line_text(line)
    if line.ref and line.ref.isdigit() and not text[:1].isdigit():  # the number read as a paragraph mark
        text = f"{line.ref}. {text}"
    m = MINUTE.match(text)
    if not m or not m["title"] or len(text) > MAX_TITLE:
        return None
    item = m["item0"] or m["item"]
    if not item and not (line.cells or line.is_heading):
        return None
    return int(m["num"]), m["title"].strip(" .-|"), item or ""


def extract_minutes(doc: ParsedDoc) -> list[dict]:
    header = doc.meta.committee
    if not header or header.kind != "minutes":
        return []
    items: list[dict] = []
    current: dict | None = None
    lines: list[Line] = []
    for line in doc.all_lines:
        opened = minute_heading(line)
        if opened and (current is None or opened[0] > current["number"]):
            if current:
                items.append(_finish(current, lines))
            number, title, item = opened
            current = {"number": number, "item": item, "title": title,
                       "body": header.body, "meeting": header.meeting, "page": line.page}
            lines = []
        elif current:
            lines.append(line)
    if current:
        items.append(_finish(current, lines))
    return [dict(row, seq=i) for i, row in enumerate(items)]


def _finish(item: dict, lines: list[Line]) -> dict:
    texts = [line_text(line) for line in lines if line_text(line)]
    resolutions = resolutions_in(lines)
    return dict(item, text="\n".join(texts)[:100_000], resolved="\n\n".join(resolutions),
                ref=f"minute {item['number']}", sentence=f"{item['number']}. {item['title']}")


def resolutions_in(lines: list[Line]) -> list[str]:
    """Each RESOLVED decision, whole: a paragraph that wraps is joined; one that ends in a colon
    takes the list after it, up to the next numbered paragraph of the minute's own numbering."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        text = line_text(lines[i])
        m = RESOLVED.match(text)
        if not m:
            i += 1
            continue
        marker = PARA_MARK.match(text) or (PARA_MARK.match(lines[i].cells[0]) if lines[i].cells else None)
        taken = [text[m.start(1):]]
        j = i + 1
        while j < len(lines) and j - i < MAX_RESOLUTION_LINES:
            nxt = line_text(lines[j])
            if RESOLVED.match(nxt) or _next_paragraph(nxt, lines[j], marker):
                break
            if taken[0].rstrip().endswith(":"):  # the list the resolution introduces
                taken.append(("- " if lines[j].bullet else "") + nxt)
            elif not SENTENCE_END.search(taken[-1]):  # a paragraph that wrapped onto another line
                taken[-1] = f"{taken[-1]} {nxt}"
            else:
                break
            j += 1
        out.append("\n".join(taken))
        i = j
    return out


def _next_paragraph(text: str, line: Line, marker: re.Match | None) -> bool:
    """A numbered paragraph in the minute's own style ('5)' after '4) RESOLVED') ends a resolution."""
    if not marker:
        return False
    m = PARA_MARK.match(text) or (PARA_MARK.match(line.cells[0]) if line.cells else None)
    same_style = m and m[0].startswith("(") == marker[0].startswith("(")
    return bool(same_style and int(m[1]) > int(marker[1]))
