"""Inspection judgements: category → rating tables, including flattened rows."""

from __future__ import annotations

import re

from ..document import ParsedDoc, source
from ..vocab import RATING_PATTERN, STOPWORDS

SPLIT_BEFORE = re.compile(r"(?<=\S)\s+(?=[A-Z])")
NUMBERING = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+")
GRADE_WORDS = re.compile(r"\bgrade\s*\d\b\s*[(:\-\u2013]?\s*|[()]", re.I)  # 'Grade 3 (Adequate)'
PROSE_RATING = (r"(?P<rating>requires? improvement(?: to be good)?|outstanding|good|adequate|inadequate|"
                r"satisfactory|poor)")
OPENING_JUDGEMENTS = [  # (what a report's opening says, the category it judges)
    (rf"\bthe overall judgement is (?:that )?(?:children's services (?:are|is) )?{PROSE_RATING}",
     "Overall effectiveness"),
    (rf"\bchildren's services in (?:the )?[A-Z][\w ,'&-]{{1,60}}? (?:are |is )?{PROSE_RATING}\b",
     "Overall effectiveness"),
    (rf"\bthe effectiveness of the (?:local safeguarding children board|lscb)(?: \(lscb\))?(?: is)? {PROSE_RATING}",
     "Effectiveness of the Local Safeguarding Children Board"),  # = LSCB below
]
OPENING_PATTERNS = [(re.compile(p, re.I), category) for p, category in OPENING_JUDGEMENTS]
LSCB = "Effectiveness of the Local Safeguarding Children Board"
LSCB_HEADING = re.compile(rf"^(?:the )?(?:local safeguarding children board|lscb)(?: \(lscb\))? (?:is )?{PROSE_RATING}"
                          r"\.?$", re.I)  # the review's own section, pages after the grades table
OPENING_LINES = 40
SUMMARY_PAGES = 2


GRADE_START = re.compile(r"^requires?(?: improvement(?: to(?: be)?)?)?$", re.I)  # a grade cut at a line end


def extract_judgements(doc: ParsedDoc) -> list[dict]:
    """Rows whose last cell is one or more ratings, grouped under the theme line above them."""
    rows: list[tuple] = []
    theme = None
    lines = list(doc.lines())
    for i, (passage, line) in enumerate(lines):
        cells = line.cells or _colon_cells(line.text)
        if cells and GRADE_START.match(cells[-1].strip()) and i + 1 < len(lines) and not lines[i + 1][1].cells:
            whole = f"{cells[-1].strip()} {lines[i + 1][1].text.strip()}"  # 'Requires' / 'improvement'
            if RATING_PATTERN.fullmatch(whole):
                cells = [*cells[:-1], whole]
        if not cells:
            text = line.text.strip()
            if text.endswith(":") and len(text) < 60:
                theme = text.rstrip(":").strip()
            continue
        line = type(line)(text=line.text, cells=cells, page=line.page)
        last = GRADE_WORDS.sub(" ", line.cells[-1])
        ratings = RATING_PATTERN.findall(last)
        leftover = RATING_PATTERN.sub("", last).strip(" ,;/")
        if not ratings or leftover or len(line.cells) < 2:
            continue
        rows.append((passage, line, theme, NUMBERING.sub("", " ".join(line.cells[:-1])), ratings))
    if doc.meta.kind == "inspection":  # the grades table opens the report; later mentions repeat it
        rows = [row for row in rows if row[1].page <= SUMMARY_PAGES] or rows
    known = {cat.lower() for _p, _l, _t, cat, r in rows if len(r) == 1}
    out = _opening_judgements(doc, known)
    for passage, line, theme, category, ratings in rows:
        cats = [category] if len(ratings) == 1 else split_categories(category, len(ratings), known)
        if len(cats) != len(ratings):
            continue
        for cat, rating in zip(cats, ratings, strict=True):
            out.append({"inspection": doc.meta.title, "theme": theme, "category": cat.strip(),
                        "rating": rating[0].upper() + rating[1:].lower(), **source(passage, line.text)})
    if doc.meta.kind == "inspection":  # one grade per category: a section heading that repeats it is not another
        firsts = {}
        for row in out:
            firsts.setdefault((row["theme"], row["category"].lower()), row)
        out = list(firsts.values())
    return out


def _opening_judgements(doc: ParsedDoc, known: set[str]) -> list[dict]:
    """Judgements an inspection report states in prose on its first page ('The overall
    judgement is requires improvement'), unless its tables already give that category."""
    if doc.meta.kind != "inspection":
        return []
    opening = [line for line in doc.all_lines[:OPENING_LINES] if not line.cells and line.page <= 1]
    text = " ".join(line.text for line in opening)
    out, seen = [], set(known)
    for pattern, category in OPENING_PATTERNS:
        m = pattern.search(text)
        if m and category.lower() not in seen:
            seen.add(category.lower())
            rating = re.sub(r"^require\b", "requires", m["rating"].lower())
            ref = doc.passages[0].ref if doc.passages else "header"
            out.append({"inspection": doc.meta.title, "theme": None, "category": category,
                        "rating": rating[0].upper() + rating[1:], "ref": ref,
                        "sentence": text[max(0, m.start() - 20):m.end() + 1].strip()[:1000]})
    if LSCB.lower() not in seen:  # 'The Local Safeguarding Children Board is outstanding', heading of its section
        for line in doc.all_lines:  # headings too: this one heads a section rather than sitting in a passage
            m = None if line.cells else LSCB_HEADING.match(line.text.strip())
            if m:
                rating = re.sub(r"^require\b", "requires", m["rating"].lower())
                out.append({"inspection": doc.meta.title, "theme": None, "category": LSCB,
                            "rating": rating[0].upper() + rating[1:], "ref": f"page {line.page}",
                            "sentence": line.text.strip()})
                break
    return out


def _colon_cells(text: str) -> list[str]:
    """'Overall effectiveness: Requires improvement to be good' → [category, rating]."""
    m = re.match(r"^([A-Z][^:]{3,120}?)\s*[:\u2013-]\s+(.+?)\.?$", text.strip())
    if m and RATING_PATTERN.fullmatch(GRADE_WORDS.sub(" ", m[2]).strip()):
        return [m[1].strip(), m[2].strip()]
    return []


def split_categories(text: str, count: int, known: set[str]) -> list[str]:
    """Undo a PDF table flattened onto one line: split by categories seen elsewhere, else
    before each capitalised word that does not follow a joining word ('Quality of Provision')."""
    pieces, rest = [], text
    while rest:
        match = next((k for k in sorted(known, key=len, reverse=True)
                      if rest.lower().startswith(k) and (len(rest) == len(k) or rest[len(k)] == " ")),
                     None)
        if not match:
            break
        pieces.append(rest[:len(match)])
        rest = rest[len(match):].strip()
    if not rest and len(pieces) == count:
        return pieces
    parts: list[str] = []
    for token in SPLIT_BEFORE.split(text):
        prev = parts[-1].split()[-1].lower().strip(",&") if parts else ""
        if parts and (prev in STOPWORDS or prev in {"&", ""} or token[0].islower()):
            parts[-1] += " " + token
        else:
            parts.append(token)
    return parts
