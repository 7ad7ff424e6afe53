"""Inspection judgements: category → rating tables, including flattened rows."""

from __future__ import annotations

import re

from ..document import ParsedDoc, source
from ..vocab import RATING_PATTERN, STOPWORDS

SPLIT_BEFORE = re.compile(r"(?<=\S)\s+(?=[A-Z])")


def extract_judgements(doc: ParsedDoc) -> list[dict]:
    """Rows whose last cell is one or more ratings, grouped under the theme line above them."""
    rows: list[tuple] = []
    theme = None
    for passage, line in doc.lines():
        cells = line.cells or _colon_cells(line.text)
        if not cells:
            text = line.text.strip()
            if text.endswith(":") and len(text) < 60:
                theme = text.rstrip(":").strip()
            continue
        line = type(line)(text=line.text, cells=cells)
        ratings = RATING_PATTERN.findall(line.cells[-1])
        leftover = RATING_PATTERN.sub("", line.cells[-1]).strip(" ,;/")
        if not ratings or leftover or len(line.cells) < 2:
            continue
        rows.append((passage, line, theme, " ".join(line.cells[:-1]), ratings))
    known = {cat.lower() for _p, _l, _t, cat, r in rows if len(r) == 1}
    out = []
    for passage, line, theme, category, ratings in rows:
        cats = [category] if len(ratings) == 1 else split_categories(category, len(ratings), known)
        if len(cats) != len(ratings):
            continue
        for cat, rating in zip(cats, ratings, strict=True):
            out.append({"inspection": doc.meta.title, "theme": theme, "category": cat.strip(),
                        "rating": rating[0].upper() + rating[1:].lower(), **source(passage, line.text)})
    return out


def _colon_cells(text: str) -> list[str]:
    """'Overall effectiveness: Requires improvement to be good' → [category, rating]."""
    m = re.match(r"^([A-Z][^:]{3,120}?)\s*[:\u2013-]\s+(.+?)\.?$", text.strip())
    if m and RATING_PATTERN.fullmatch(m[2].strip()):
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
