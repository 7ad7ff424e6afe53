"""Risk registers: each risk with its reference, title, directorate, cause, event,
consequence, likelihood, impact, score and financial exposure.

Read two ways:
- a register table, by column position: the header names the columns ("Risk Ref | Risk
  Title | Directorate | Cause | Event | Consequence | Likelihood | Impact | Score | Financial
  exposure"), so text extraction that interleaves the columns of a wide table does not mix
  them (the PDF reader keeps each cell in its column);
- a corporate register's summary, one risk a line: "CRR0065: Implementation of Oracle Cloud
  Programme. This is a critical programme…".
"""

from __future__ import annotations

import re

from ..document import ParsedDoc, header_tables
from ..text import Line, line_text

COLUMNS = [  # (role, header pattern), first match wins
    ("ref", r"\b(?:risk\s*)?(?:ref(?:erence)?|id|no\.?|number)\b"),
    ("directorate", r"\b(?:directorate|service|department|owner)\b"),
    ("cause", r"\bcause"),
    ("event", r"\bevent|\brisk description|\bdescription"),
    ("consequence", r"\bconsequence|\beffect"),
    ("likelihood", r"\blikelihood|\bprobability"),
    ("impact", r"\bimpact|\bseverity"),
    ("exposure", r"\bexposure|£|\bfinancial|\bcost"),
    ("score", r"\bscore|\brating|\blevel|\brag"),
    ("title", r"\b(?:risk(?:\s+title)?|title)\b"),
]
COMPILED = [(role, re.compile(pattern, re.I)) for role, pattern in COLUMNS]
CODED = re.compile(r"^(?P<ref>[A-Z]{2,5}\s?\d{2,5}[a-z]?)\s*[:–-]\s*(?P<title>[^.]{4,160})(?:\.\s*(?P<rest>.*))?$")
CODED_SAID = re.compile(r"^(?P<ref>[A-Z]{2,5}\s?\d{2,5}[a-z]?)\s*[:–-]\s*(?P<title>[^.]{4,120}?)\s+"
                        r"(?P<rest>(?:has|have|had|was|were|is|will be) (?:been )?\w+.*)$")  # '… has been removed …'
MONEY = re.compile(r"£\s?(\d[\d,]*(?:\.\d+)?)\s*(m|bn|k|million|billion)?\b", re.I)
SCALE = {"k": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}


def _roles(cells: list[str]) -> list[str] | None:
    # a narrow header cell may break a word ('Likeliho od'): try it with the break closed up too
    roles = [next((role for role, pattern in COMPILED if pattern.search(cell) or pattern.search(cell.replace(" ", ""))),
                  "other") for cell in cells]
    wanted = {"likelihood", "impact", "score", "exposure", "cause", "consequence"}
    if ("title" in roles or "event" in roles or "ref" in roles) and len(wanted & set(roles)) >= 2:
        return roles
    return None


def exposure_value(text: str | None) -> float | None:
    """'£2.5m' → 2500000.0; the first sum of money a cell names."""
    m = MONEY.search(text or "")
    if not m:
        return None
    return float(m[1].replace(",", "")) * SCALE.get((m[2] or "").lower(), 1)


CHANGES = [  # (a heading over a register's risks, what it says happened to them), first match wins
    (r"\bnew\b|\badded\b", "new"),
    (r"\bwithdrawn\b|\bremoved\b|\bclosed\b|\bde-?escalated\b|\bretired\b", "withdrawn"),
    (r"\breduc\w*|\bdecreas\w*|\blowered\b", "reduced"),
    (r"\bincreas\w*|\bescalat\w*|\braised\b", "increased"),
    (r"\brevis\w*|\bamend\w*|\bchang\w*|\bre-?worded\b|\bupdated\b", "revised"),
]
LEVEL_MOVE = re.compile(r"\bfrom (high|medium|low|red|amber|green) to (high|medium|low|red|amber|green)\b", re.I)


def extract_risks(doc: ParsedDoc) -> list[dict]:
    out = _tables(doc.all_lines)
    seen = {r["risk_ref"]: r for r in out if r["risk_ref"]}
    for passage, line in doc.lines():
        m = CODED.match(line_text(line)) or CODED_SAID.match(line_text(line))
        if not m or not re.search(r"risk", f"{passage.heading} {doc.meta.title}", re.I):
            continue
        change = next((c for pattern, c in CHANGES if re.search(pattern, passage.heading or "", re.I)), None)
        if m["ref"] in seen:  # 'Risk Revision' after 'New Risk': what happened first is kept
            seen[m["ref"]]["change"] = seen[m["ref"]]["change"] or change
            continue
        said = m.re is CODED_SAID  # '… Assurance has been removed from the register': the whole sentence
        event = f"{m['title'].strip()} {m['rest']}" if said else (m["rest"] or "")
        row = _row({"ref": m["ref"], "title": m["title"].strip(), "event": event[:1000]}, line, line_text(line))
        moved = LEVEL_MOVE.search(m["rest"] or "")  # '… the risk rating has been reduced from High to Medium'
        row.update(change=change, rating=row["rating"] or (moved[2].title() if moved else None))
        seen[m["ref"]] = row
        out.append(row)
    return out


def _tables(lines: list[Line]) -> list[dict]:
    out = []
    for line, roles in header_tables(lines, _roles):
        row = {}
        for role, cell in zip(roles, line.cells, strict=False):
            if role != "other" and cell.strip():
                row.setdefault(role, re.sub(r"\s+", " ", cell).strip())
        if row.get("title") or row.get("event"):
            out.append(_row(row, line, " | ".join(line.cells)))
    return out


def _row(row: dict, line: Line, sentence: str) -> dict:
    numbers = [float(n) for n in re.findall(r"\d+(?:\.\d+)?", row.get("score") or "")]  # '4x5=20' scores 20
    return {"risk_ref": row.get("ref"), "title": row.get("title") or (row.get("event") or "")[:160], "change": None,
            "directorate": row.get("directorate"), "cause": row.get("cause"), "event": row.get("event"),
            "consequence": row.get("consequence"), "likelihood": row.get("likelihood"), "impact": row.get("impact"),
            "score": max(numbers) if numbers else None, "rating": row.get("score"),
            "exposure": row.get("exposure"), "exposure_value": exposure_value(row.get("exposure")),
            "ref": f"page {line.page}" if line.page else None, "sentence": sentence[:1000]}
