"""A report after parsing: metadata plus passages, the input every extractor reads."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from .text import Line, Passage, split_sentences


@dataclass
class DocMeta:
    title: str = ""
    body: str = ""
    author: str = ""
    author_role: str = ""
    report_of: str = ""  # 'Report of the Director of Children's Services': the post the report is of, not its author's
    date: date | None = None
    kind: str = "report"
    inspection: dict | None = None  # what an inspection report records about its inspection
    committee: object | None = None  # a committee paper's header (shapes.committee.CommitteeHeader)


@dataclass
class ParsedDoc:
    doc_id: str
    meta: DocMeta
    passages: list[Passage]
    all_lines: list[Line]  # every logical line, headings included

    @property
    def date(self) -> date | None:
        return self.meta.date

    def lines(self) -> Iterator[tuple[Passage, Line]]:
        for passage in self.passages:
            for line in passage.lines:
                yield passage, line

    def sentences(self) -> list[tuple[Passage, str]]:
        """Every sentence outside tables, with its passage; computed once per document."""
        if "_sentences" not in self.__dict__:
            self.__dict__["_sentences"] = [(passage, sentence) for passage, line in self.lines()
                                           if not line.cells for sentence in split_sentences(line.text)]
        return self.__dict__["_sentences"]


def compile_roles(table: list[tuple[str, str]]) -> list[tuple[str, re.Pattern]]:
    return [(role, re.compile(pattern, re.I)) for role, pattern in table]


def header_roles(cells: list[str], table: list[tuple[str, re.Pattern]]) -> list[str]:
    """Name each column by the first (role, pattern) its header matches, else 'other'."""
    return [next((role for role, pattern in table if pattern.search(cell)), "other") for cell in cells]


def header_tables(lines: list[Line], roles_for: Callable[[list[str]], list[str] | None]
                  ) -> Iterator[tuple[Line, list[str]]]:
    """(row, column roles) for every row of every table whose header (its first row) `roles_for`
    recognises; any line that is not a row ends the table."""
    roles: list[str] | None = None
    in_table = False
    for line in lines:
        if not line.cells:
            roles, in_table = None, False
        elif not in_table:
            roles, in_table = roles_for(line.cells), True
        elif roles:
            yield line, roles


def table_rows(passage: Passage, roles_for: Callable[[list[str]], list[str] | None]
               ) -> Iterator[tuple[Line, dict[str, str]]]:
    """Rows of every table in the passage whose header `roles_for` recognises, as {role: cell} dicts."""
    for line, roles in header_tables(passage.lines, roles_for):
        yield line, dict(zip(roles, line.cells, strict=False))


def source(passage: Passage, sentence: str) -> dict:
    """The provenance every record carries: paragraph ref and the sentence it came from."""
    return {"ref": passage.ref, "sentence": sentence[:1000]}
