"""Actions: items listed under timescale headings, and dated commitments in prose."""

from __future__ import annotations

import re
from datetime import date

from ..dates import find_dates, is_timescale_heading, parse_timescale
from ..document import ParsedDoc, compile_roles, header_roles, source, table_rows
from ..text import looks_like_heading
from ..vocab import STATUS_SYNONYMS

THEME_TAIL = r"(?P<theme>[a-z][\w' ,&-]+?)\s*(?:\bservices?\s*)?(?:\b(?:are|is|include)\b)?\s*:?\s*$"
THEME_LEADS = [  # how a report introduces a list of actions and what it is about
    re.compile(r"\b(?:in relation to|relating to|in respect of|regarding|concerning)\s+(?:the\s+)?"
               + THEME_TAIL, re.I),
    re.compile(r"^(?P<theme>[A-Z][\w' &-]+?)\s*[-:\u2013]\s*(?:the\s+)?(?:areas? for|recommendations|actions|"
               r"priorities)\b", re.I),
    re.compile(r"\bfor\s+(?:the\s+)?" + THEME_TAIL, re.I),
]
LIST_KIND_TAIL = re.compile(r"\s+(?:the\s+|our\s+|key\s+|main\s+)*(?:areas?|recommendations?|actions?|priorities)\b.*$",
                            re.I)
LIST_KINDS = re.compile(r"\b(areas? for (?:improvement|development|action)|recommendations?|"
                        r"priorit(?:y|ies) for action|actions?)\b", re.I)
COMMITMENT_CUES = re.compile(  # stricter than the tense cues: someone undertakes to do something
    r"\b(will|shall|plans? to|planned|on target to|aims? to|aim (?:is|was) that|with the aim that|"
    r"propose|intends? to|scheduled|committed to|expected to be|due to (?:be )?(?:open|complet|launch|deliver))",
    re.I)
NOT_A_COMMITMENT = re.compile(r"\b(had|has|have) not\b|\bnot yet\b|\bwas (?:due|expected)\b|"
                              r"\bmeeting of (?:the )?.{3,120}? will be held\b|"  # a meeting, not a promise
                              r"\belections?\b[^.;]{0,80}\b(?:scheduled |due |taking place )?(?:for|in|on)\s+"
                              r"(?:\d{1,2} )?(?:january|february|march|april|may|june|july|august|september|october|"
                              r"november|december)\b", re.I)  # an election's date is not a deadline
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


UNDATED_LIST_HEADING = re.compile(
    r"^(what needs to improve|areas? for (improvement|development)|priorit(y|ies) for action|"
    r"actions? (required|needed))\b", re.I)


def extract_actions(doc: ParsedDoc) -> list[dict]:
    """Items listed under a timescale heading, with theme, plan and resolved due date; items
    under a bare 'Areas for improvement' list are actions too, with no due date. Inspection
    reports themselves are read by recommendations.py."""
    if doc.meta.kind == "inspection":
        return []
    anchor = inspection_anchor(doc)
    actions: list[dict] = []
    theme = plan = timescale = section = None
    offset = None
    undated = None  # the section whose bulleted items are undated actions
    for passage, line in doc.lines():
        text = line.text.strip()
        if not text or line.cells:
            continue
        if timescale and passage.heading != section:
            timescale = None  # a new section ends the list
        if undated is not None and passage.heading != undated:
            undated = None
        lead = None if is_timescale_heading(text) else _theme_lead(text)
        if lead:
            theme, plan = lead
            timescale = None
            undated = passage.heading if UNDATED_LIST_HEADING.match(re.sub(r"^(the|our|main|key)\s+", "", text,
                                                                              flags=re.I)) else None
            continue
        if timescale is None and line.bullet and (undated is not None or UNDATED_LIST_HEADING.match(
                passage.heading or "")):
            actions.append({"text": text, "theme": theme or _heading_theme(passage.heading), "plan": plan
                            or "Areas for improvement", "timescale": None, "due": None, "due_precision": "day",
                            "kind": "inspection", **source(passage, text)})
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


def _heading_theme(heading: str | None) -> str | None:
    """'What needs to improve in this area of social work practice' names no theme."""
    m = re.search(r"\b(?:for|in relation to|relating to)\s+([a-z][\w' ]+)$", heading or "", re.I)
    return m[1].lower() if m and "this" not in m[1].lower() else None


TABLE_ROLES = compile_roles([  # (role, header pattern) for action plans laid out as tables
    ("due", r"timescale|deadline|\bdue\b|by when|target date|completion|\bdate\b|when"),
    ("owner", r"\blead\b|owner|responsib|by whom|\bwho\b|officer"),
    ("status", r"status|\brag\b|progress"),
    ("text", r"action|recommendation|area for (?:improvement|development)|what (?:we will|needs to)|"
             r"improvement|task|activity|objective|milestone"),
])


def _table_roles(cells: list[str]) -> list[str] | None:
    roles = header_roles(cells, TABLE_ROLES)
    short = all(len(cell.split()) <= 5 for cell in cells) and len(" ".join(cells)) < 160
    if short and "text" in roles and ("due" in roles or "owner" in roles or "status" in roles):
        return roles
    return None


def extract_table_actions(doc: ParsedDoc, plan: str) -> list[dict]:
    """Action plans as tables: Action | Lead | Timescale | Status (RAG) rows."""
    out = []
    for passage in doc.passages:
        for line, row in table_rows(passage, _table_roles):
            text = (row.get("text") or "").strip()
            if len(text) < 8:
                continue
            due, precision = _row_due(row.get("due") or "", doc)
            out.append({"text": text, "theme": (passage.heading or "").lower() or None, "plan": plan,
                        "timescale": row.get("due"), "due": due, "due_precision": precision,
                        "kind": "plan", "doc_owner": row.get("owner"),
                        "doc_status": _status_in(row.get("status") or ""), **source(passage, line.text)})
    return out


def _row_due(cell: str, doc: ParsedDoc) -> tuple[str | None, str]:
    found = find_dates(cell, doc.date)
    if found:
        return found[0].value.isoformat(), found[0].precision
    offset = parse_timescale(cell)
    if offset is not None and doc.date:
        return (doc.date + offset).isoformat(), "day"
    return None, "day"


def _status_in(cell: str) -> str | None:
    """The first status word in a progress cell ('Amber - recruitment delayed' → at risk)."""
    found = [(m.start(), status) for status, pattern in STATUS_WORDS for m in [pattern.search(cell)] if m]
    return min(found)[1] if found else None


STATUS_WORDS = [(status, re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b", re.I))
                for status, words in STATUS_SYNONYMS.items()]


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
            theme = LIST_KIND_TAIL.sub("", m["theme"].strip().lower())  # '… safeguarding the areas for …'
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
        if not COMMITMENT_CUES.search(sentence):
            continue
        future = [d for d in find_dates(sentence, doc.date) if d.value > doc.date]
        if not future or not COMMITMENT_VERBS.search(sentence):
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


ANAPHOR = re.compile(r"^(?:These|This|They|It|Those|He|She)\b")  # 'These were implemented in September 2009.'
SHORT_WORDS = 12


def extract_statements(doc: ParsedDoc) -> list[dict]:
    """Every dated sentence, so 'when was X launched?' can be answered from the text; a short one
    that begins by pointing back ('These were implemented in September 2009') is kept with the
    sentence before it, which says what 'these' are (a long one says enough itself)."""
    out = []
    before: tuple = (None, "")
    for passage, sentence in doc.sentences():
        said = sentence
        if ANAPHOR.match(sentence) and len(sentence.split()) <= SHORT_WORDS and before[0] is passage \
                and len(before[1]) + len(sentence) < 600:
            sentence = f"{before[1]} {sentence}"
        before = (passage, said)
        if len(sentence) > 600:
            continue
        for found in find_dates(said, doc.date):
            future = bool(doc.date and found.value > doc.date)
            out.append({"date": found.value.isoformat(), "precision": found.precision,
                        "future": int(future), **source(passage, sentence)})
    return out
