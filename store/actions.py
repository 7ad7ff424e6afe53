"""Actions: items listed under timescale headings, and dated commitments in prose."""

from __future__ import annotations

import re
from datetime import date

from .dates import find_dates, is_timescale_heading, parse_timescale
from .document import ParsedDoc, source
from .text import looks_like_heading

THEME_TAIL = r"(?P<theme>[a-z][\w' ,&-]+?)\s*(?:\bservices?\s*)?(?:\b(?:are|is|include)\b)?\s*:?\s*$"
THEME_LEADS = [  # how a report introduces a list of actions and what it is about
    re.compile(r"\b(?:in relation to|relating to|in respect of|regarding|concerning)\s+(?:the\s+)?"
               + THEME_TAIL, re.I),
    re.compile(r"\bfor\s+(?:the\s+)?" + THEME_TAIL, re.I),
    re.compile(r"^(?P<theme>[A-Z][\w' &-]+?)\s*[-:]\s*(?:areas for|recommendations|actions)\b", re.I),
]
LIST_KINDS = re.compile(r"\b(areas? for (?:improvement|development|action)|recommendations?|"
                        r"priorit(?:y|ies) for action|actions?)\b", re.I)
COMMITMENT_CUES = re.compile(  # stricter than the tense cues: someone undertakes to do something
    r"\b(will|shall|plans? to|planned|on target to|aims? to|aim (?:is|was) that|with the aim that|"
    r"propose|intends? to|scheduled|committed to|expected to be|due to (?:be )?(?:open|complet|launch|deliver))",
    re.I)
NOT_A_COMMITMENT = re.compile(r"\b(had|has|have) not\b|\bnot yet\b|\bwas (?:due|expected)\b", re.I)
PUBLISHED = re.compile(r"\b(?:published|issued|received|dated)\b", re.I)
COMMITMENT_VERBS = re.compile(
    r"\b(open|launch|complete|deliver|establish|implement|review|publish|report|introduce|"
    r"in place|finali[sz]e|start|begin|roll out|submit|agree|consult|recruit|achieve|meet)\w*\b", re.I)


def inspection_anchor(doc: ParsedDoc) -> date | None:
    """The date the actions' timescales run from: the inspection report's publication date
    when the text names one, else the document's own date."""
    best: date | None = None
    for _passage, sentence in doc.sentences():
        if "report" not in sentence.lower() or not PUBLISHED.search(sentence):
            continue
        for found in find_dates(sentence, doc.date):
            after = sentence[found.end:found.end + 3]
            before = sentence[max(0, found.start - 40):found.start].lower()
            if found.precision == "day" and PUBLISHED.search(before) and not after.startswith(")"):
                if not doc.date or found.value <= doc.date:
                    best = max(best, found.value) if best else found.value
    return best or doc.date


def extract_actions(doc: ParsedDoc) -> list[dict]:
    """Every item listed under a timescale heading, with theme, plan and resolved due date."""
    anchor = inspection_anchor(doc)
    actions: list[dict] = []
    theme = plan = timescale = section = None
    offset = None
    for passage, line in doc.lines():
        text = line.text.strip()
        if not text or line.cells:
            continue
        if timescale and passage.heading != section:
            timescale = None  # a new section ends the list
        lead = None if is_timescale_heading(text) else _theme_lead(text)
        if lead:
            theme, plan = lead
            timescale = None
            continue
        if is_timescale_heading(text):
            timescale, offset, section = text.rstrip(": "), parse_timescale(text), passage.heading
            theme = theme or (passage.heading.lower() if passage.heading else None)
            continue
        if timescale is None:
            continue
        if (line.ref and not line.bullet) or (looks_like_heading(text) and not line.bullet
                                              and len(text.split()) < 6):
            timescale = None
            if line.ref:
                theme = None
            continue
        due = anchor + offset if anchor and offset is not None else None
        actions.append({"text": text, "theme": theme, "plan": plan, "timescale": timescale,
                        "due": due.isoformat() if due else None, "due_precision": "day",
                        "kind": "inspection", **source(passage, text)})
    return actions


def _theme_lead(text: str) -> tuple[str | None, str] | None:
    """'The areas for improvement in relation to safeguarding are:' → ('safeguarding', …)."""
    if not text.endswith(":") or len(text) > 200:
        return None
    kind = LIST_KINDS.search(text)
    if not kind:
        return None
    for pattern in THEME_LEADS:
        m = pattern.search(text)
        if m:
            theme = m["theme"].strip().lower()
            theme = re.sub(r"^(?:the|our)\s+", "", theme)
            return theme, kind[1][0].upper() + kind[1][1:].lower()
    return None, kind[1][0].upper() + kind[1][1:].lower()


def extract_commitments(doc: ParsedDoc, taken: set[str]) -> list[dict]:
    """Sentences promising something by a date after the report: 'open … in November 2010'."""
    out = []
    if not doc.date:
        return out
    for passage, sentence in doc.sentences():
        if sentence in taken or len(sentence) > 400:
            continue
        future = [d for d in find_dates(sentence, doc.date) if d.value > doc.date]
        if not future or not COMMITMENT_CUES.search(sentence) or not COMMITMENT_VERBS.search(sentence):
            continue
        if NOT_A_COMMITMENT.search(sentence):
            continue
        when = future[0]
        taken.add(sentence)
        out.append({"text": sentence, "theme": None, "plan": "Commitments",
                    "timescale": when.written, "due": when.value.isoformat(),
                    "due_precision": when.precision, "kind": "commitment",
                    **source(passage, sentence)})
    return out


def extract_statements(doc: ParsedDoc) -> list[dict]:
    """Every dated sentence, so 'when was X launched?' can be answered from the text."""
    out = []
    for passage, sentence in doc.sentences():
        if len(sentence) > 600:
            continue
        for found in find_dates(sentence, doc.date):
            future = bool(doc.date and found.value > doc.date)
            out.append({"date": found.value.isoformat(), "precision": found.precision,
                        "future": int(future), **source(passage, sentence)})
    return out
