"""Word documents (.docx) through python-docx (MIT): paragraphs and tables in body order.
Heading styles are headings, list styles and numbered paragraphs are list items, table rows
keep their cells; page headers and footers live outside the body and never appear."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.paragraph import Paragraph

from ..text import Line, normalise_chars, parse_line
from . import Blocks, UnreadableReport

HEADING_STYLES = ("heading", "title", "subtitle")


def read_docx(path: Path) -> Blocks:
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise UnreadableReport("is damaged or not really a Word (.docx) document") from exc
    lines: list[Line] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            line = _paragraph(block)
            if line:
                lines.append(line)
        elif isinstance(block, Table):
            lines += _table(block)
    return Blocks(lines)


def _clean(text: str) -> str:
    return " ".join(normalise_chars(text).split())


def _paragraph(paragraph: Paragraph) -> Line | None:
    text = _clean(paragraph.text)
    if not text:
        return None
    style = (paragraph.style.name if paragraph.style is not None else "").lower()
    line = parse_line(text)
    line.blank_before = True
    if style.startswith(HEADING_STYLES):
        line.heading = True
    numbered = paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None
    if ("list" in style or numbered) and not line.ref and not line.heading:
        line.bullet = True
    return line


def _table(table: Table) -> list[Line]:
    out = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:  # a merged cell is repeated once per grid column it spans
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(_clean(cell.text))
        cells = [c for c in cells if c]
        if len(cells) >= 2:
            out.append(Line(text=" ".join(cells), cells=cells, blank_before=True))
        elif cells:
            line = parse_line(cells[0])
            line.blank_before = True
            out.append(line)
    return out
