"""Web pages (.html) through lxml (BSD, already needed by python-docx): headings, paragraphs,
list items and table rows in document order; scripts, navigation, page headers and footers
are dropped."""

from __future__ import annotations

from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from ..text import Line, normalise_chars, parse_line
from . import Blocks, UnreadableReport

SKIP = {"script", "style", "nav", "header", "footer", "noscript", "form", "aside", "button", "svg", "head",
        "template", "iframe"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
LEAVES = {"p", "dt", "dd", "caption", "pre", "address", "figcaption", "summary"}
BLOCKS = HEADINGS | LEAVES | {"div", "section", "article", "main", "ul", "ol", "dl", "li", "table", "thead",
                              "tbody", "tfoot", "tr", "blockquote", "body", "details", "figure", "hr", "br"}


def read_html(path: Path) -> Blocks:
    try:
        root = lxml_html.document_fromstring(path.read_bytes())
    except (etree.ParserError, ValueError) as exc:
        raise UnreadableReport("is not a readable web page") from exc
    lines: list[Line] = []
    _walk(root, lines)
    return Blocks(lines)


def _clean(text: str) -> str:
    return " ".join(normalise_chars(text).split())


def _emit(lines: list[Line], text: str, heading: bool = False, bullet: bool = False) -> None:
    text = _clean(text)
    if not text:
        return
    line = parse_line(text)
    line.blank_before = True
    line.heading = True if heading else None
    line.bullet = line.bullet or (bullet and not line.ref)
    lines.append(line)


def _walk(element, lines: list[Line]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in SKIP or not tag:
        return
    if tag == "tr":
        cells = [_clean(c.text_content()) for c in element if isinstance(c.tag, str) and c.tag in ("td", "th")]
        cells = [c for c in cells if c]
        if len(cells) >= 2:
            lines.append(Line(text=" ".join(cells), cells=cells, blank_before=True))
        elif cells:
            _emit(lines, cells[0])
        return
    if tag in HEADINGS:
        _emit(lines, element.text_content(), heading=True)
        return
    if tag in LEAVES and not _has_blocks(element):
        _emit(lines, element.text_content())
        return
    # a container: its own loose text runs are paragraphs between its block children
    run = [element.text or ""]
    for child in element:
        child_tag = child.tag if isinstance(child.tag, str) else ""
        if child_tag in BLOCKS or child_tag in SKIP:
            _emit(lines, "".join(run), bullet=tag == "li")
            run = []
            _walk(child, lines)
        elif child_tag:
            run.append(child.text_content())
        run.append(child.tail or "")
    _emit(lines, "".join(run), bullet=tag == "li")


def _has_blocks(element) -> bool:
    return any(isinstance(d.tag, str) and d.tag in BLOCKS for d in element.iterdescendants())
