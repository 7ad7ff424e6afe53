"""Turn report text, as councils publish it, into clean lines, blocks and passages.

Reports arrive as text copied from Word or converted from PDF: page headers and footers,
page numbers, hyphenated line breaks, curly quotes and a zoo of bullet glyphs. Everything
here is shape-based; nothing keys on one council's wording.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from .dates import is_timescale_heading
from .vocab import STOPWORDS

QUOTES = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ",
          "\u2013": "-", "\u2014": "-", "\u2212": "-", "\r": "",
          # ligatures, soft and PDF line-end hyphens, invisible characters
          "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
          "\ufffe": "-", "\u00ad": "", "\u200b": "", "\ufeff": "", "\u2010": "-", "\u2011": "-"}
BULLET_GLYPHS = ("-\u2022\u25aa\u25cf\u25e6\u2023\u2043\u00b7\uf0b7\uf0a7\uf0d8\uf076\u27a2\u25ba\u2219\u25fc\u25a0"
                 "\u2610\u0336*")
GLYPH = rf"(?:[{re.escape(BULLET_GLYPHS)}\ue000-\uf8ff]|o(?=\s))"  # symbol-font bullets are private-use
BULLET = re.compile(rf"^\s*{GLYPH}(?:\s*[{re.escape(BULLET_GLYPHS)}\ue000-\uf8ff](?=\s))*\s*(?=\S)")
LETTERED = re.compile(r"^\s*(?:\(?[a-z]\)|\(?[ivx]{1,4}\))\s+")
PARA_REF = re.compile(  # '3.16', '12', and '100.' (a long Ofsted report's: three digits only with their point)
    rf"^\s*(?:{GLYPH}\s*)?(\d{{1,2}}(?:\.\d{{1,2}}){{0,3}}|[1-9]\d{{2}}(?=\.\s))\.?(?=\s)\s*(.*)$")
LABELLED = re.compile(r"^[A-Z][\w'()/-]*(?:\s+[\w'()/-]+){0,3}\s*:\s+\S")  # 'Report published: 14 May 2014'
GLUED_REF = re.compile(r"^(\s*\d{1,2}(?:\.\d{1,2}){0,3}\.)(?=[A-Z])")
PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?\s*$", re.I)
NOT_A_REF = re.compile(  # '10 am', '12 months', '9 January': a number, not a paragraph ('4. Approach…' is one)
    r"^(?:%|(?:am|pm|per|x|years?|months?|weeks?|days?|hours?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|"
    r"may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b)", re.I)
WIDE_GAP = re.compile(r"\S {3,}\S")
CELL_BREAK = re.compile(r"\t| {3,}")
TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
SENTENCE_END = re.compile(r"[.:;!?]['\")]?\s*$")
SENTENCE_SPLIT = re.compile(r"(?<=[.!?])['\")]?\s+(?=[A-Z(£\d'\"])")


def normalise_chars(text: str) -> str:
    """Plain quotes, dashes and letters for curly quotes, ligatures and invisible characters."""
    for odd, plain in QUOTES.items():  # str.replace is far faster than str.translate here
        if odd in text:
            text = text.replace(odd, plain)
    return text


def clean_text(raw: str) -> str:
    """Normalise quotes and dashes, drop page furniture, mend hyphenated line breaks."""
    text = normalise_chars(raw)
    text = re.sub(r"(?<![\s*])\*{1,2}|\*{1,2}(?=[^\s*])", "", text)  # markdown emphasis
    pages = text.split("\f")
    if len(pages) > 2:
        text = "\n".join(_strip_running_lines(pages))
    lines = [ln.rstrip() for ln in text.split("\n")]
    lines = [ln for ln in lines if not PAGE_NUMBER.match(ln) or not ln.strip()]
    text = "\n".join(lines)
    text = re.sub(r"(\w)-\n\s*([a-z])", r"\1\2", text)  # hyphenated line breaks
    text = re.sub(r"[ \t]*\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", text)
    return text


def _strip_running_lines(pages: list[str]) -> list[str]:
    """Remove header and footer lines repeated on most pages of a PDF conversion."""
    edges: Counter[str] = Counter()
    for page in pages:
        rows = [r.strip() for r in page.split("\n") if r.strip()]
        edges.update(set(rows[:2] + rows[-2:]))
    running = {r for r, n in edges.items() if n >= max(3, len(pages) // 2)}
    return ["\n".join(r for r in p.split("\n") if r.strip() not in running) for p in pages]


@dataclass
class Line:
    """A logical line: one paragraph, list item or table row, wrapped lines joined."""

    text: str
    ref: str | None = None  # paragraph number written on the line, e.g. "3.4"
    bullet: bool = False
    cells: list[str] = field(default_factory=list)
    blank_before: bool = False
    page: int = 0  # 1-based page of a PDF, 0 when the format has no pages
    indent: float = 0.0  # how far in from the page's left margin, in points, where the format knows
    heading: bool | None = None  # set when the format knows (a Word heading style, a bold PDF line)

    @property
    def is_heading(self) -> bool:
        if self.heading is not None:
            return self.heading and not self.cells
        return looks_like_heading(self.text) and not self.cells


def line_text(line: Line) -> str:
    """A line's text, a table row's cells joined."""
    return " ".join(c.strip() for c in line.cells if c.strip()) if line.cells else line.text


CONTACT_DETAIL = re.compile(r"\S@\S+\.[a-z]{2,}|\bwww\.|\b0\d{3,4} ?\d{3} ?\d{3,4}\b")  # email, web, phone


def looks_like_heading(text: str) -> bool:
    """Short, unpunctuated lines such as 'Main Issues' or 'Develop social work practice'."""
    words = text.split()
    if not words or len(words) > 14 or len(text) > 110:
        return False
    if SENTENCE_END.search(text) and not text.endswith(":") or text.endswith(","):
        return False
    if LABELLED.match(text):  # 'Overall effectiveness: Inadequate' is a field and its value
        return False
    if CONTACT_DETAIL.search(text):  # 'Author Dr Mike Gogarty … mike.gogarty@kent.gov.uk': a contact, not a title
        return False
    return text[0].isupper() or text[0].isdigit()


def split_lines(text: str) -> list[Line]:
    """Split cleaned text into logical lines, joining the wrapped continuation lines."""
    out: list[Line] = []
    blank = True
    for raw in text.split("\n"):
        if TABLE_RULE.match(raw):  # the |---|---| line under a Markdown table header
            continue
        raw = MARKDOWN_HEADING.sub("", raw)
        if not raw.strip():
            blank = True
            continue
        line = parse_line(raw)
        prev = out[-1] if out else None
        if prev and _continues(prev, raw, line, blank):
            prev.text = f"{prev.text} {line.text}".strip()
        else:
            line.blank_before = blank
            out.append(line)
        blank = False
    return out


def parse_line(raw: str) -> Line:
    raw = GLUED_REF.sub(r"\1 ", raw)  # '10.Most children…': PDFs lose the tab after a number
    stripped = raw.strip()
    if (stripped.startswith("|") and stripped.count("|") >= 3) or " | " in stripped:  # a markdown table row
        cells = [c.strip() for c in stripped.strip("|").split("|") if c.strip()]
        if len(cells) >= 2:
            return Line(text=" ".join(cells), cells=cells)
    if "\t" in stripped or WIDE_GAP.search(stripped):
        cells = [c.strip() for c in CELL_BREAK.split(stripped) if c.strip()]
        if len(cells) >= 2:
            return Line(text=" ".join(cells), cells=cells)
    bullet = False
    body = raw.strip()
    m = PARA_REF.match(raw)
    bare_number = m and "." not in m.group(0)[:m.end(1) + 1] and m.group(2)[:1].islower()  # '23 and 24 October'
    if m and m.group(2) and not NOT_A_REF.match(m.group(2)) and not bare_number:
        return Line(text=m.group(2).strip(), ref=m.group(1).rstrip("."))
    if m and not m.group(2):
        return Line(text="", ref=m.group(1).rstrip("."))
    b = BULLET.match(raw) or LETTERED.match(raw)
    if b:
        bullet, body = True, raw[b.end():].strip()
    return Line(text=body, bullet=bullet)


def _continues(prev: Line, raw: str, line: Line, blank: bool) -> bool:
    """A wrapped line: no marker of its own, following an unfinished line."""
    if line.ref or line.bullet or line.cells or prev.cells:
        return False
    if LABELLED.match(line.text) and len(line.text) < 120:  # a field: 'Report published: 14 May 2014'
        return False
    if not prev.text:
        return not blank
    if blank:  # a page break inside a sentence: the next line carries on in lower case
        return line.text[:1].islower() and not SENTENCE_END.search(prev.text) and not prev.bullet
    unfinished = not SENTENCE_END.search(prev.text)
    indented = raw[:1] in (" ", "\t") and prev.bullet
    return (unfinished and not looks_like_heading(line.text)) or indented or (
        unfinished and line.text[:1].islower())


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph, keeping abbreviations such as 'Cllr.' mostly intact."""
    parts = SENTENCE_SPLIT.split(text)
    return [p.strip() for p in parts if p.strip()]


def sentences_and_items(text: str) -> list[str]:
    """A passage's sentences and list items ('- …' lines), in order."""
    return [piece for piece, _item in pieces(text)]


def pieces(text: str) -> list[tuple[str, bool]]:
    """A passage's sentences and list items, in order: (text, whether it is a list item)."""
    out = []
    for line in text.split("\n"):
        if line.startswith("- "):
            out.append((line[2:].strip(), True))
        else:
            out += [(s.strip("- "), False) for s in split_sentences(line)]
    return [(p, item) for p, item in out if p]


@dataclass
class Passage:
    """A numbered paragraph (or unnumbered block) with its heading and lines."""

    seq: int
    ref: str
    heading: str
    lines: list[Line]

    @property
    def text(self) -> str:
        return "\n".join(("- " if ln.bullet else "") + ln.text for ln in self.lines if ln.text)


def split_passages(lines: list[Line]) -> list[Passage]:
    """Group logical lines into passages at paragraph numbers and headings."""
    passages: list[Passage] = []
    heading = ""
    current: Passage | None = None
    last_ref = ""
    paragraphs = 0
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if line.ref and (not line.text or _is_section_heading(line)):
            heading, last_ref, current = line.text, line.ref, None
            continue
        if _starts_block_heading(line, nxt):
            heading, current = line.text.rstrip(":"), None
            if last_ref and not (nxt and nxt.ref):
                last_ref = heading[:60]  # an appendix or unnumbered section: cite its title
            continue
        if line.ref:
            last_ref = line.ref
            current = Passage(len(passages), line.ref, heading, [line])
            passages.append(current)
        elif current is not None and line.blank_before and _carries_on(current, line):
            last = current.lines[-1]  # one sentence, one line: a new Line, the document's own stay as read
            current.lines[-1] = replace(last, text=f"{last.text.rstrip()} {line.text}")
        elif current is None or (line.blank_before and not line.bullet and not _is_list_lead(current)
                                 and not line.cells and not current.lines[-1].cells):
            paragraphs += 1
            ref = last_ref or (f"page {line.page}" if line.page else f"p{paragraphs}")
            current = Passage(len(passages), ref, heading, [line])
            passages.append(current)
        else:
            current.lines.append(line)
    return passages


def _carries_on(passage: Passage, line: Line) -> bool:
    """A sentence cut by a page break: '… the MASH, which operates across the three local
    authorities, is' / (next page) 'highly effective.'"""
    last = passage.lines[-1].text.rstrip()
    before = passage.lines[-1]
    return (bool(last) and not line.cells and not before.cells and not line.bullet
            and bool(line.page) and line.page != before.page
            and last[-1] not in ".!?:;\"\u201d)" and line.text[:1].islower())


def _is_section_heading(line: Line) -> bool:
    """'1.0 PURPOSE OF THIS REPORT' or '3 Main issues': a number then a short title."""
    return looks_like_heading(line.text) and not line.text.endswith(":") and (
        line.ref.endswith(".0") or "." not in line.ref or line.text.isupper())


def _starts_block_heading(line: Line, nxt: Line | None) -> bool:
    if not line.is_heading or line.text.endswith(":") or line.ref or is_timescale_heading(line.text):
        return False
    if line.bullet:  # a bulleted title followed by a numbered paragraph
        return bool(nxt and nxt.ref)
    return line.blank_before or bool(nxt and nxt.ref)


def _is_list_lead(passage: Passage) -> bool:
    last = passage.lines[-1].text
    return last.endswith(":") or passage.lines[-1].bullet


def initials(name: str) -> str:
    """'Corporate Governance and Audit Committee' → 'cgac', 'Children and Young People's Plan' →
    'cypp': how councils shorten the names of bodies and plans."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w']*", name) if w.lower() not in STOPWORDS).lower()
