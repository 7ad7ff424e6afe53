"""Source formats: each module turns one kind of file into the same stream of blocks
(`Line`s: headings, paragraphs, list items and table rows, with their page), which the
document shapes then read. FORMATS is the whole list; a new format is a module and a row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..text import Line


class UnreadableReport(Exception):
    "The file could not be read as a report"


@dataclass
class Blocks:
    """What a format reader returns: the blocks, and notes worth telling the user."""

    lines: list[Line]
    notes: list[str] = field(default_factory=list)


def _pdf(path: Path) -> Blocks:
    from .pdf import read_pdf  # imported on use: `clerk ask` never pays for PDFium
    return read_pdf(path)


def _docx(path: Path) -> Blocks:
    from .docx import read_docx
    return read_docx(path)


def _html(path: Path) -> Blocks:
    from .html import read_html
    return read_html(path)


def _text(path: Path) -> Blocks:
    from .text import read_text
    return read_text(path)


FORMATS: dict[str, Callable[[Path], Blocks]] = {  # file suffix → reader
    ".pdf": _pdf,
    ".docx": _docx,
    ".html": _html, ".htm": _html,
    ".txt": _text, ".md": _text, ".text": _text, ".markdown": _text,
}
TEXT_SUFFIXES = {".txt", ".md", ".text", ".markdown"}
NAMES = "PDF, Word (.docx), HTML, .txt or .md"


def is_readable(path: Path) -> bool:
    return path.suffix.lower() in FORMATS


def read_blocks(path: Path) -> Blocks:
    """The file's blocks; raise UnreadableReport saying why when it cannot be read."""
    reader = FORMATS.get(path.suffix.lower())
    if reader is None:
        raise UnreadableReport(f"is not a {NAMES} file")
    try:
        if path.stat().st_size == 0:
            raise UnreadableReport("is empty")
        blocks = reader(path)
    except OSError as exc:
        raise UnreadableReport(f"cannot be read ({exc.strerror or exc})") from exc
    if not any(line.text for line in blocks.lines):
        raise UnreadableReport("is empty" if path.suffix.lower() in TEXT_SUFFIXES else "has no text")
    return blocks
