"""Plain text and Markdown: text copied from Word or converted from PDF, in any encoding
councils save it in."""

from __future__ import annotations

from pathlib import Path

from ..text import clean_text, split_lines
from . import Blocks, UnreadableReport


def read_text(path: Path) -> Blocks:
    raw = path.read_bytes()
    if b"\x00" in raw[:4096]:
        raise UnreadableReport("is binary, not text (is it a PDF or Word file with the wrong name?)")
    notes = []
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
        notes.append("read as Windows-1252 (it was not UTF-8)")
    return Blocks(split_lines(clean_text(text)), notes)
