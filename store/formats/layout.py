"""Positioned lines of text (from a PDF) into blocks, using where they sit on the page.

- Page furniture goes first: page numbers and running headers or footers (lines in the top
  or bottom margin that recur, digits aside, on many pages), footnotes (small type at the
  foot of a page, after a footnote mark), contents pages and the publisher's colophon.
- Table rows are put back together: PDFs give a table cell by cell, so a line that starts to
  the right of everything in the current row, level with it, is that row's next cell, and
  a line just below a cell, under its left edge, continues that cell.
- Everything else is a paragraph: lines just below each other, in the same type, until a
  wider gap, a change of type or a list mark; a paragraph cut by a page break is mended.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import groupby

from ..text import GLYPH, LABELLED, SENTENCE_END, Line, looks_like_heading, parse_line

MARGIN = 0.085  # of the page height: where running headers, footers and page numbers live
LINE_GAP = 0.55  # font sizes: a wider gap between two lines ends a paragraph or a cell
PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?$|^-\s*\d{1,4}\s*-$", re.I)
LIST_MARK = re.compile(rf"^(?:{GLYPH}(?=\s|$)|\(?[a-z]\)\s|\(?[ivx]{{1,4}}\)\s|"
                       rf"\d{{1,2}}(?:\.\d{{1,2}})*(?:\.|(?=\s+[A-Z'\"(]))|[1-9]\d{{2}}\.(?=\s))")

MARK_ONLY = re.compile(rf"^(?:(?:{GLYPH}\s*)+|\(?[a-z]\)|\(?[ivx]{{1,4}}\)|\d{{1,2}}(?:\.\d{{1,2}})*\.?|"
                       r"[1-9]\d{2}\.)$")
LABEL_ONLY = re.compile(r"^[A-Z][\w'()/&-]*(?:\s+[\w'()/&-]+){0,4}\s*:$")  # 'To:', 'Past Pathway of report:'
CONTENTS = re.compile(r"^(?:table of )?contents$", re.I)
CONTENTS_ENTRY = re.compile(r"(?:\s|\.{2,}|^)\d{1,3}$")
STYLED_HEADING = re.compile(r"^[A-Z0-9][^.;]{2,110}[?:]$")  # in bold or large type, a question is a heading too
NOTE_MARK = re.compile(r"^(?:\d{1,2}|\*+)$")
FOOTNOTE = re.compile(r"^(?:\d{1,2}|\*+|[\u2020\u2021])\s*\S")
BOILERPLATE = re.compile(  # the publisher's colophon and licence text
    r"^\u00a9|\bcrown copyright\b|\bopen government licen[cs]e\b|\ball rights reserved\b|"
    r"\bthis publication is available at\b|\binterested in our work\b|\byou may reuse this information\b|"
    r"\bcopy of this document in a different format\b|"
    r"^the office for standards in education, children's services and skills \(ofsted\) regulates\b", re.I)

BOILERPLATE_HINTS = ("\u00a9", "opyright", "icence", "icense", "eserved", "ublication", "nterested", "euse",
                     "ormat", "Ofsted")  # a cheap test before the full one


@dataclass
class Span:
    """One line of text on a page, or one cell of it, with its box in points from the top."""

    text: str
    page: int
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    starts_line: bool = True
    page_height: float = 842.0


@dataclass
class Row:
    """A paragraph (one column) or a table row (several), as spans per column."""

    columns: list[list[Span]] = field(default_factory=list)

    @property
    def spans(self) -> list[Span]:
        return [s for column in self.columns for s in column]

    @property
    def page(self) -> int:
        return self.columns[0][0].page

    @property
    def bottom(self) -> float:
        return max(s.bottom for s in self.spans)


def assemble(spans: list[Span], pages: int) -> list[Line]:
    """The document's blocks, in reading order."""
    body = _body_size(spans)
    spans = _drop_furniture(spans, pages)
    rows: list[Row] = []
    margins: dict[int, float] = {}
    for page, group in groupby(spans, key=lambda s: s.page):
        kept = _drop_footnotes(list(group), body)
        margins[page] = min((s.x0 for s in kept), default=0.0)
        rows += _rows(kept)
    rows = _mend_page_breaks(rows)
    return _drop_colophon([_to_line(row, body, margins[row.page]) for row in rows])


def _body_size(spans: list[Span]) -> float:
    sizes: Counter[float] = Counter()
    for s in spans:
        sizes[round(s.size * 2) / 2] += len(s.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _margin_key(span: Span) -> str | None:
    """Text in the top or bottom margin, digits blanked: the same on every page for running lines."""
    if span.top > MARGIN * span.page_height and span.bottom < (1 - MARGIN) * span.page_height:
        return None
    return re.sub(r"\d+", "#", span.text.lower())


def _drop_furniture(spans: list[Span], pages: int) -> list[Span]:
    seen: Counter[str] = Counter()
    for _page, group in groupby(spans, key=lambda s: s.page):
        seen.update({key for s in group if (key := _margin_key(s))})
    running = {key for key, n in seen.items() if pages >= 2 and n >= max(2, pages // 3)}
    kept: list[Span] = []
    in_contents = False
    for i, span in enumerate(spans):
        key = _margin_key(span)
        if key is not None and (key in running or PAGE_NUMBER.match(span.text)):
            continue
        if CONTENTS.match(span.text):
            in_contents = True
            continue
        if in_contents:
            nxt = spans[i + 1] if i + 1 < len(spans) else None
            number_follows = nxt and not nxt.starts_line and PAGE_NUMBER.match(nxt.text)
            if CONTENTS_ENTRY.search(span.text) or number_follows:
                continue
            in_contents = False
        kept.append(span)
    return kept


def _drop_footnotes(spans: list[Span], body: float) -> list[Span]:
    """Small type from a footnote mark to the foot of the page."""
    small = [s.size < 0.88 * body for s in spans]
    for i, span in enumerate(spans):
        if small[i] and FOOTNOTE.match(span.text) and all(small[i:]) and span.top > 0.5 * span.page_height:
            return spans[:i]
    return spans


def _rows(spans: list[Span]) -> list[Row]:
    rows: list[Row] = []
    for span in spans:
        row = rows[-1] if rows else None
        if row and NOTE_MARK.match(span.text) and span.size < 0.8 * row.spans[-1].size:
            continue  # a footnote mark raised on a line of its own
        if row and _beside(row, span):
            row.columns.append([span])
            continue
        column = _continued(row, span) if row else None
        if column is not None:
            column.append(span)
        else:
            rows.append(Row([[span]]))
    return rows


def _beside(row: Row, span: Span) -> bool:
    """Level with the row and to the right of all of it: the row's next cell."""
    if not span.starts_line:
        return True
    return span.top < row.bottom - 0.25 * span.size and span.x0 > max(s.x1 for s in row.spans) - 1


def _continued(row: Row, span: Span) -> list[Span] | None:
    """The column this span carries on: just below its last line, under its left edge, same type."""
    if LIST_MARK.match(span.text) or LABELLED.match(span.text) or LABEL_ONLY.match(span.text):
        return None
    for i in range(len(row.columns) - 1, -1, -1):
        column = row.columns[i]
        last, left = column[-1], min(s.x0 for s in column)
        below = last.top + 0.3 * span.size <= span.top <= last.bottom + LINE_GAP * span.size
        hanging = 4 if LIST_MARK.match(column[0].text) else 3  # '100. The Board…' wraps under its text
        under = left - 1.5 * span.size <= span.x0 <= left + hanging * span.size
        # a cell's text stays inside its cell (give or take an em): a line running on under the next
        # cell is not this one's
        inside = i == len(row.columns) - 1 or (span.x1 <= min(s.x0 for s in row.columns[i + 1]) + span.size
                                                and not last.text.rstrip().endswith(":"))  # a label is whole
        if below and under and inside and last.bold == span.bold and abs(last.size - span.size) < 1:
            return column
    return None


def _mend_page_breaks(rows: list[Row]) -> list[Row]:
    """A paragraph cut by a page break: the next page carries on in lower case."""
    out: list[Row] = []
    for row in rows:
        prev = out[-1] if out else None
        if (prev and row.page == prev.page + 1 and len(prev.columns) == 1 and len(row.columns) == 1
                and row.columns[0][0].text[:1].islower() and not SENTENCE_END.search(prev.columns[0][-1].text)):
            prev.columns[0] += row.columns[0]
        else:
            out.append(row)
    return out


def _join(spans: list[Span]) -> str:
    text = ""
    for span in spans:
        glue = "" if not text or (text.endswith("-") and text[-2:-1].isalpha() and span.text[:1].islower()) else " "
        text += glue + span.text
    return text


def _to_line(row: Row, body: float, margin: float) -> Line:
    cells = [_join(column) for column in row.columns]
    if len(cells) > 1 and MARK_ONLY.match(cells[0]):  # a list mark set apart from its text
        cells[:2] = [f"{cells[0]} {cells[1]}"]
    spans = row.spans
    indent = spans[0].x0 - margin
    if len(cells) > 1:
        return Line(text=" ".join(cells), cells=cells, blank_before=True, page=row.page, indent=indent)
    line = parse_line(cells[0])
    line.blank_before, line.page, line.indent = True, row.page, indent
    styled = all(s.bold for s in spans) or min(s.size for s in spans) >= body + 1.5
    if styled and not line.ref and (looks_like_heading(line.text) or STYLED_HEADING.match(line.text)):
        line.heading = True
    return line


def _drop_colophon(lines: list[Line]) -> list[Line]:
    """Licence and publisher text; on the last page, everything from its first line on."""
    last_page = lines[-1].page if lines else 0
    out: list[Line] = []
    for line in lines:
        if any(hint in line.text for hint in BOILERPLATE_HINTS) and BOILERPLATE.search(line.text):
            if line.page == last_page:
                break
            continue
        out.append(line)
    return out
