"""What a handler returns: a lead line, items with their sources, and notes. Slack and the
CLI render the same reply."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from store.dates import format_date, short_date

PAGE = 15
AUTHORITY = re.compile(r"(?:[A-Z][\w'-]*\s+)+(?:County|City|Borough|District|Metropolitan Borough|Unitary) Council")


@dataclass(frozen=True)
class Source:
    """Where a fact came from, cited as a person would: 'Executive Board report, 12 Feb 2010, §3.4'."""

    document: str
    date: str | None
    ref: str | None
    doc_id: str | None = None

    def cite(self) -> str:
        parts = [self.document]
        if self.date:
            parts.append(short_date(date.fromisoformat(self.date)))
        ref = self.ref or ""
        if re.fullmatch(r"\d+(\.\d+)*", ref):
            parts.append(f"§{ref}")
        elif re.fullmatch(r"p\d+", ref):
            parts.append(f"¶{ref[1:]}")
        elif re.fullmatch(r"page \d+", ref):
            parts.append(f"p. {ref[5:]}")
        elif re.fullmatch(r"(?:minute|item) \w+", ref):
            parts.append(ref)
        elif ref and ref not in ("header", "signature", "update", "contact"):
            parts.append(f"'{ref}'")
        return ", ".join(parts)


@dataclass
class Item:
    text: str
    source: Source | None = None
    fields: dict = field(default_factory=dict)
    action: str | None = None  # short id, when the item is an action managers can update


@dataclass
class Reply:
    lead: str
    items: list[Item] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    intent: str = "answer"
    private: bool = False  # refusals and errors are shown only to the asker
    changed: bool = False
    single: bool = False  # the lead says it all; items only carry the sources
    total: int | None = None  # when items hold only the first of more results

    def note_age(self, today: date, newest_record: str | None = None) -> Reply:
        """Say in the lead how old the records behind an answer are, when the newest is more
        than a year older than the clock."""
        dated = [s.date for s in self.sources() if s.date] or ([newest_record] if newest_record else [])
        if not dated:
            return self
        newest = date.fromisoformat(max(dated))
        years = (today - newest).days // 365
        if years >= 1:
            age = "a year" if years == 1 else f"{years} years"
            self.lead = f"The newest record behind this answer is from {newest:%B %Y}, over {age} ago. {self.lead}"
        return self

    def flatten(self) -> Reply:
        self.single = True
        return self

    def sources(self, items: list[Item] | None = None) -> list[Source]:
        seen: dict[str, Source] = {}
        for item in items if items is not None else self.items:
            if item.source:
                seen.setdefault(item.source.cite(), item.source)
        return list(seen.values())

    def page(self, number: int = 0, size: int = PAGE) -> tuple[list[Item], int]:
        shown = self.items[number * size:(number + 1) * size]
        return shown, max(0, (self.total or len(self.items)) - number * size - len(shown))

    def text(self, page: int = 0, size: int = PAGE) -> str:
        """Plain text: the lead, the items, how many more, notes, then sources."""
        shown, rest = self.page(page, size)
        lines = [self.lead]
        if self.single:
            cites = [s.cite() for s in self.sources()]
            lines += self.notes
            if cites:
                lines.append(("Source: " if len(cites) == 1 else "Sources: ") + "; ".join(cites))
            return "\n".join(lines)
        one_source = len(self.sources(shown)) <= 3  # few sources: cite them once, at the end
        for item in shown:
            line = f"• {item.text}"
            if item.source and not one_source:
                line += f" [{item.source.cite()}]"
            lines.append(line)
        if rest:
            lines.append(f"…and {rest} more.")
        lines += self.notes
        cites = [s.cite() for s in self.sources(shown)]
        if one_source and cites:
            lines.append(("Source: " if len(cites) == 1 else "Sources: ") + "; ".join(cites))
        return "\n".join(line for line in lines if line)


def whole_text(reply: Reply) -> str:
    """Every item on one page: for one-shot answers (`clerk ask`), where there is no 'more' to ask."""
    return reply.text(size=max(PAGE, len(reply.items)))


def plural(n: int, word: str, many: str | None = None) -> str:
    """'1 decision', '6 decisions', '1 KPI is'-style counts, never '1 decisions'."""
    return f"{n} {word if n == 1 else many or word + 's'}"


def span_words(start: date, end: date) -> str:
    """'between 1 March and 30 June 2025', or 'before 9 January 2025' for a window open at its start."""
    if start == date.min:
        return f"before {format_date(end + timedelta(days=1))}"
    return f"between {format_date(start)} and {format_date(end)}"


def source_of(row: dict, docs: dict[str, dict]) -> Source | None:
    """The citation for a stored record, using its document's title, body and date."""
    doc = docs.get(row.get("doc_id") or "")
    if not doc:
        return Source("Update recorded in Clerk", None, None) if row.get("history_id") else None
    letter = docs.letter_of(doc["id"], row.get("ref")) if doc.get("kind") == "letter" and \
        hasattr(docs, "letter_of") else None  # a later letter of a file of letters is its own
    if letter:
        return Source(f"Letter from {letter['author']}", letter["date"] or doc["date"], row.get("ref"), doc["id"])
    return Source(document_label(doc), doc["date"], row.get("ref"), doc["id"])


def document_label(doc: dict) -> str:
    if doc.get("kind") == "inspection":
        return f"Ofsted: {doc['title']}" if "ofsted" not in doc["title"].lower() else doc["title"]
    if doc.get("kind") == "letter":
        return f"Letter from {doc['author']}" if doc.get("author") else doc["title"]
    if doc.get("body") and AUTHORITY.fullmatch(doc["body"]) and doc.get("title"):
        return doc["title"]  # the authority itself ('Kent County Council'), not a meeting: its title says more
    if doc.get("body"):
        kind = {"minutes": "minutes", "agenda": "agenda"}.get(doc.get("kind") or "", "report")
        return f"{doc['body']} {kind}"
    return doc["title"]
