"""A report after parsing: metadata plus passages, the input every extractor reads."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from .metadata import DocMeta
from .text import Line, Passage, split_sentences


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


def source(passage: Passage, sentence: str) -> dict:
    """The provenance every record carries: paragraph ref and the sentence it came from."""
    return {"ref": passage.ref, "sentence": sentence[:1000]}
