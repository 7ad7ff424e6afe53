"""Indicators (value against target and period) and sums of money, from report prose."""

from __future__ import annotations

import re

from ..document import ParsedDoc, source
from ..vocab import money_value

NUM = r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
TARGET = re.compile(rf"\btarget(?:\s+\w+){{0,3}}?\s+(?:of|is|was|to)\s+(?:reach\s+)?£?{NUM}\s*(%|per cent)?", re.I)
TARGET_BEFORE = re.compile(rf"(?<![/\d])£?{NUM}\s*(%|per cent)?\s+target\b", re.I)
ACHIEVED = re.compile(
    rf"(?:\(|\b(?:rose to|fell to|reached|achieved|recorded|result(?: was| of)?|actual|stands at|"
    rf"was|is now|increased to|decreased to)\s+){NUM}\s*(%|per cent)?(?:\s+(?:achievement|achieved|recorded))?",
    re.I)
PERIOD = re.compile(r"\b((?:19|20)\d{2}/\d{2}|quarter (?:one|two|three|four|\d)|q[1-4]|"
                    r"(?:19|20)\d{2}-\d{2}|(?:last|this) year)\b", re.I)
SUBJECT = re.compile(r"\b(?:the\s+)?((?:number|percentage|proportion|rate|level) of [^,.;()]+?)"
                     r"(?=\s+(?:rose|fell|has|have|was|were|is|are|increased|decreased|reached|stood)\b|[,.;(]|$)",
                     re.I)
SUBJECT_HINT = re.compile(r"\b(?:number|percentage|proportion|rate|level) of\b", re.I)
MONEY = re.compile(r"£\s?(\d[\d,]*(?:\.\d+)?)(?![.,]?\d)\s?(m\b|million|bn\b|billion|k\b|thousand)?"
                   r"(?:\s+of\s+[\w\s'-]+?)?(?:\s+(?:for|in|to|on|towards)\s+([^,;.()£]+?))?"
                   r"(?=\s+and\s+£|[,;.()]|$)", re.I)


def extract_indicators(doc: ParsedDoc) -> list[dict]:
    out = []
    for passage in doc.passages:
        subject = None
        for line in passage.lines:
            for sentence in re.split(r"(?<=[.!?])\s+", line.text):
                found = SUBJECT.search(sentence) if SUBJECT_HINT.search(sentence) else None
                if found:
                    subject = found[1].strip()
                out += _targets(passage, sentence, subject)
                if "£" in sentence:
                    out += _money(passage, sentence)
    return out


def _targets(passage, sentence: str, subject: str | None) -> list[dict]:
    if "target" not in sentence.lower():
        return []
    target = TARGET.search(sentence) or TARGET_BEFORE.search(sentence)
    if not target:
        return []
    values = [m for m in ACHIEVED.finditer(sentence) if m.start() > target.end() or
              m.end() < target.start()]
    period = PERIOD.search(sentence)
    return [{"name": subject or sentence[:80], "value": values[0][1] if values else None,
             "target": target[1] + (target[2] and "%" or ""), "period": period[1] if period else None,
             "unit": "number", **source(passage, sentence)}]


def _money(passage, sentence: str) -> list[dict]:
    out = []
    for m in MONEY.finditer(sentence):
        amount = money_value(m[1], m[2])
        purpose = (m[3] or "").strip()
        out.append({"name": purpose or "money", "value": amount, "target": None, "period": None,
                    "unit": "money", **source(passage, sentence)})
    return out
