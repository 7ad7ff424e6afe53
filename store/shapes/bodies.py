"""Committees and boards: tables of meetings, prose about them, meetings held and scheduled."""

from __future__ import annotations

import re
from datetime import date

import sqlite_utils

from ..dates import MONTH_NAMES, find_dates, format_date, parse_frequency
from ..document import ParsedDoc, compile_roles, header_roles, source, table_rows
from ..text import Line, Passage

BODY_TYPES = r"(?:Board|Committee|Group|Team|Panel|Partnership|Forum|Council|Commission|Cabinet|Scrutiny)"
NAME_WORD = r"(?:[A-Z][\w'&-]*|and|of|for|the|&|on)"
BODY_NAME = re.compile(
    rf"\b((?:[A-Z][\w'&-]*\s+)(?:{NAME_WORD}\s+){{0,7}}?{BODY_TYPES}\b(?:\s*\((?:[A-Z][^)]{{2,40}})\))?)")
COLUMN_ROLES = compile_roles([  # (role, header pattern); in order, so "Purpose of Meeting" is a purpose
    ("purpose", r"purpose|remit|role|function|terms of reference"),
    ("frequency", r"frequen|how often|meets"),
    ("progress", r"progress|status|comment|update|notes?"),
    ("chair", r"chair"),
    ("name", r"meeting|body|group|board|forum|committee|name"),
])
CHAIRED_BY = re.compile(r"\(\s*(?:chaired|led|convened)\s+by\s+(?:the\s+)?([^)]+)\)", re.I)
PROSE_CHAIR = re.compile(r"\b(?:is|are|was|will be)\s+(?:independently\s+|externally\s+|jointly\s+)?"
                         r"(?:chaired|led)\s+by\s+(?:the\s+)?([A-Z][^,.;]+)")
MEETS = re.compile(r"\s*(?:,\s*)?(?:that|which|who)?\s*(?:meets|meet|has met|will meet|is meeting)\s+([^.;]+)", re.I)
MEETING_CUES = re.compile(
    r"\b(meeting|met|meets|meet|review|update|scheduled|session|held|sat|considered|received|minutes|"
    r"reported to|submitted to|brought to|planned for|report to)\b", re.I)
SCHEDULED_CUES = re.compile(r"\b(scheduled|due|next|will|planned|expected|to meet|forthcoming)\b", re.I)
NOT_MEETING_DATE = re.compile(r"^\s*(data|figures|performance|returns?)\b", re.I)
THE_BODY = re.compile(r"\b[Tt]he (Board|Committee|Panel|Group|Partnership|Forum|Council)\b")
NEXT_MEETING = re.compile(r"\b(next|future|following) meeting\b|\bminutes of the (?:last |previous )?meetings?\b",
                          re.I)  # 'the minutes of the meeting held on 28 November 2024' in minutes: its own
BODY_HINT = re.compile(BODY_TYPES)
MAX_GAP = 40  # characters between a body's name and the date of its meeting
GENERIC = {"children", "service", "young", "people", "council", "city", "the", "of",
           "and", "for", "on", "s", "local", "authority"}
TYPE_WORDS = {"board", "committee", "group", "team", "panel", "partnership", "forum", "council",
              "commission", "cabinet"}


def body_key(name: str) -> frozenset[str]:
    """Words that identify a body regardless of order: 'Scrutiny Board (Children's Services)'
    and "Children's Services Scrutiny" share one key."""
    words = re.findall(r"[a-z]+", name.lower().replace("'s", "").replace("services", "service"))
    words = [w for w in words if w not in {"the", "of", "and", "for", "on", "s"}]
    # 'Cabinet' is named by its type alone; 'Council' alone stays generic (see GENERIC)
    return frozenset(w for w in words if w not in TYPE_WORDS) or frozenset(words)


def find_body_names(text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    if not BODY_HINT.search(text):
        return out
    for m in BODY_NAME.finditer(text):
        name = re.sub(r"^(?:The|At|In|To|And|Of|For|By|On|A|An|Its|Their|His|Her)\s+", "", m[1])
        name = re.sub(r"^.*?\b(?:Chair|Chairman|Member|Director|Head|Lead|Officer|Clerk)\s+(?:for|of)\s+"
                      r"(?:the\s+)?", "", name)
        name = re.sub(r"^(?:Local Authority's|Council's|City's)\s+", "", name)
        name = re.sub(rf"^(?:(?:{MONTH_NAMES})\s+(?:\d{{4}}\s+)?)+", "", name, flags=re.I)
        if len(name.split()) >= 2 and body_key(name) - GENERIC:
            out.append((m.start(1), name.strip()))
    return out


def extract_bodies(doc: ParsedDoc) -> tuple[list[dict], list[dict]]:
    """Body facts (chair, purpose, frequency, progress) and meetings, from tables and prose."""
    facts: list[dict] = []
    meetings: list[dict] = []
    for passage in doc.passages:
        _read_tables(doc, passage, facts, meetings)
    _read_prose(doc, facts, meetings)
    if doc.meta.body:  # "the Scrutiny Board" in a report to that board is that board
        own = body_key(doc.meta.body)
        for row in facts + meetings:
            name = row.get("name") or row.get("body")
            if body_key(name) < own:
                row["name" if "name" in row else "body"] = doc.meta.body
    header = doc.meta.committee
    if header and header.meeting:  # minutes record a meeting held; an agenda one to come
        status = "scheduled" if header.kind == "agenda" else "held"
        what = {"minutes": "Minutes of", "agenda": "Agenda for"}.get(header.kind, "Report to")
        meetings.append({"body": header.body, "date": header.meeting, "precision": "day", "status": status,
                         "ref": "header", "venue": header.venue or None, "time": header.start or None,
                         "sentence": f"{what} the {header.body} meeting of "
                                     f"{format_date(date.fromisoformat(header.meeting))}"})
    elif doc.meta.body and doc.date:
        meetings.append({"body": doc.meta.body, "date": doc.date.isoformat(), "precision": "day",
                         "status": "held", "ref": "header",
                         "sentence": f"Report to the {doc.meta.body} meeting of {format_date(doc.date)}"})
    return facts, _dedupe(meetings)


def _dedupe(meetings: list[dict]) -> list[dict]:
    seen, out = set(), []
    for m in meetings:
        key = (body_key(m["body"]), m["date"], m["status"])
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


def _column_roles(cells: list[str]) -> list[str] | None:
    roles = header_roles(cells, COLUMN_ROLES)
    if "name" in roles and sum(r != "other" for r in roles) >= 2 and len(" ".join(cells)) < 160:
        return roles
    return None


def _read_tables(doc: ParsedDoc, passage: Passage, facts: list, meetings: list) -> None:
    for line, row in table_rows(passage, _column_roles):
        _add_row(doc, passage, line, row, facts, meetings)


def _add_row(doc: ParsedDoc, passage: Passage, line: Line, row: dict, facts: list, meetings: list):
    raw_name = row.get("name", "")
    chair = row.get("chair") or ""
    m = CHAIRED_BY.search(raw_name)
    if m:
        chair = chair or m[1].strip()
        raw_name = raw_name[:m.start()] + raw_name[m.end():]
    name = re.sub(r"\s+", " ", raw_name).strip(" -")
    if not name:
        return
    freq = parse_frequency(row.get("frequency", ""))
    facts.append({"name": name, "chair": chair or None, "purpose": row.get("purpose"),
                  "frequency": row.get("frequency"), "interval": freq.interval if freq else None,
                  "unit": freq.unit if freq else None,
                  "approximate": int(freq.approximate) if freq else 0,
                  "progress": row.get("progress"), **source(passage, line.text)})
    for clause in re.split(r"(?<=[.;])\s+", row.get("progress") or ""):
        _meeting_from_clause(doc, passage, name, clause, meetings)


def _meeting_from_clause(doc: ParsedDoc, passage: Passage, body: str, clause: str, meetings: list):
    if not MEETING_CUES.search(clause):
        return
    for found in find_dates(clause, doc.date):
        if NOT_MEETING_DATE.match(clause[found.end:]):
            continue
        ahead = bool(SCHEDULED_CUES.search(clause)) or bool(doc.date and found.value > doc.date)
        meetings.append({"body": body, "date": found.value.isoformat(),
                         "precision": found.precision,
                         "status": "scheduled" if ahead else "held", **source(passage, clause)})
        return


def _read_prose(doc: ParsedDoc, facts: list, meetings: list) -> None:
    last_body = None
    for passage, sentence in doc.sentences():
        names = [(pos, pos + len(name), name) for pos, name in find_body_names(sentence)] or _own_body(
            doc, sentence)
        if names:
            last_body = names[0][2]
        for _start, end, name in names:
            m = MEETS.match(sentence[end:])
            freq = parse_frequency(m[1]) if m else None
            if freq:
                facts.append({"name": name, "chair": None, "purpose": None, "frequency": freq.label,
                              "interval": freq.interval, "unit": freq.unit,
                              "approximate": int(freq.approximate), "progress": None,
                              **source(passage, sentence)})
        chair = PROSE_CHAIR.search(sentence)
        if chair and last_body and (names or re.match(r"^(It|The \w+)\b", sentence)):
            facts.append({"name": last_body, "chair": chair[1].strip(), "purpose": None,
                          "frequency": None, "interval": None, "unit": None, "approximate": 0,
                          "progress": None, **source(passage, sentence)})
        if names and MEETING_CUES.search(sentence):
            _meeting_near_name(doc, passage, sentence, names, meetings)


def _own_body(doc: ParsedDoc, sentence: str) -> list[tuple[int, int, str]]:
    """'The Board meets every six weeks', 'the next meeting is on…' in a report to (or the
    minutes of) a board are about that board."""
    own = doc.meta.body
    if not own:
        return []
    m = THE_BODY.search(sentence)
    if m and m[1].lower() in own.lower():
        return [(m.start(), m.end(), own)]
    m = NEXT_MEETING.search(sentence)
    return [(m.start(), m.end(), own)] if m else []


ITS_MEETING = re.compile(rf"\b(?:its|it's|their)\s+(?:{MONTH_NAMES})(?:\s+\d{{4}})?\s+meeting\b", re.I)
REPORTED_TO = re.compile(r"\b(?:report(?:ed|s)?|submitted|presented)\s+to\s+(?:the\s+)?(?:council's\s+)?$", re.I)
NOT_A_MEETING_AFTER = re.compile(r"^\W{0,3}(?:by-)?(?:elections?|tax|precept|boundar\w+|area)\b", re.I)


def _meeting_near_name(doc: ParsedDoc, passage: Passage, sentence: str, names: list, meetings: list):
    """'At its meeting on 17th March 2010, the X Committee…', 'the March Executive Board':
    for each body named, the one date written closest to its name."""
    recipients = {name for start, _end, name in names if REPORTED_TO.search(sentence[max(0, start - 40):start])}
    if recipients:  # 'Improvement Board: Report to Executive Board 6th January 2010': the Executive Board met
        names = [n for n in names if n[2] in recipients]
    pairs = []
    for found in find_dates(sentence, doc.date):
        if NOT_MEETING_DATE.match(sentence[found.end:]):
            continue
        own = [m for m in ITS_MEETING.finditer(sentence) if m.start() <= found.start < m.end()]
        for start, end, name in names:
            if NOT_A_MEETING_AFTER.match(sentence[end:]):
                continue  # 'the County Council elections scheduled for May 2025'
            gap = start - found.end if start >= found.end else found.start - end
            if gap <= MAX_GAP or own:  # 'At its May meeting, …, the Improvement Board…': the body it names
                pairs.append((gap if gap <= MAX_GAP else MAX_GAP + gap, name, found))
    taken = set()
    for _gap, name, found in sorted(pairs, key=lambda p: p[0]):
        if name in taken:
            continue
        taken.add(name)
        ahead = bool(doc.date and found.value > doc.date)
        meetings.append({"body": name, "date": found.value.isoformat(),
                         "precision": found.precision,
                         "status": "scheduled" if ahead else "held", **source(passage, sentence)})


def link_bodies(db: sqlite_utils.Database) -> None:
    """Group every name a body goes by into one body: same key, or a key that is a strict
    part of one other body's key of the same type ('Improvement Board')."""
    names = {r[0] for r in db.execute(
        "select name from body_facts union select body from meetings "
        "union select body from people where body is not null")}
    names.discard(None)
    mentions = {r[0]: r[1] for r in db.execute(
        "select name, sum(n) from (select name, 10 as n from body_facts union all "
        "select body, 1 from meetings union all select body, 1 from people) group by name")}
    ordered = sorted(names, key=lambda n: (-len(body_key(n)), -len(n)))
    clusters: list[tuple[frozenset, str, list[str]]] = []
    for name in ordered:
        key = body_key(name)
        if not key - GENERIC:
            continue
        home = next((c for c in clusters if c[0] == key), None)
        if home is None:
            wider = [c for c in clusters if key < c[0] and _same_type(name, c[1])]
            if len(wider) == 1 or (wider and len({c[0] for c in wider}) == 1):
                home = wider[0]
        if home is None:
            clusters.append((key, name, [name]))
        else:
            home[2].append(name)
    with db.conn:
        db.execute("BEGIN IMMEDIATE")
        db.execute("delete from body_names")
        db.execute("delete from bodies")
        for i, (_key, _first, members) in enumerate(clusters, 1):
            canonical = max(members, key=lambda n: (mentions.get(n, 0), -len(n)))
            db["bodies"].insert({"id": i, "name": canonical})
            db["body_names"].insert_all(({"name": n, "body_id": i} for n in members), replace=True)


def _same_type(a: str, b: str) -> bool:
    ta = {w for w in re.findall(r"[a-z]+", a.lower()) if w in TYPE_WORDS}
    tb = {w for w in re.findall(r"[a-z]+", b.lower()) if w in TYPE_WORDS}
    return not ta or not tb or bool(ta & tb)
