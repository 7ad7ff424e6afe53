"""Acronyms as the papers define them: "Joint Overview and Scrutiny Committee (JHOSC)",
"the Children, Young People and Education (CYPE) directorate", and glossary rows
("CYPE | Children, Young People and Education").

An expansion is the shortest run of words just before the bracket whose initials spell the
acronym in order; one letter may be unmatched (the H of JHOSC hides inside 'NHS'), and
'and', 'of', 'for', 'the' may be skipped.
"""

from __future__ import annotations

import re

from ..document import ParsedDoc
from ..text import line_text

DEFINED = re.compile(r"\(([A-Z][A-Za-z&]{1,9}\d{0,2})\)")  # '(JHOSC)', '(LTP5)'
SPELT_AFTER = re.compile(r"\b([A-Z][A-Z&]{1,9})\s+\(([A-Z][\w'&-]*(?:\s+[\w'&-]+){1,11}?)\s*[,;)]")
GLOSSARY_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,9}s?$")
SMALL = {"and", "of", "for", "the", "in", "on", "to", "&", "with"}
MAX_WORDS = 12


def expansion(acronym: str, before: str) -> str | None:
    """The words before '(MACH)' that spell it: capitalised ('Local Transport Plan'), or, as Ofsted
    writes them, in lower case with hyphenated words giving a letter a part ('multi-agency
    children's hub')."""
    words = re.findall(r"[\w'&-]+", before)[-MAX_WORDS:]
    letters = [c for c in acronym.upper() if c.isalnum()]  # 'LTP5': Local Transport Plan 5
    for start in range(len(words) - 1, -1, -1):
        run = words[start:]
        if run[0].lower() in SMALL:
            continue
        if run[0][:1].isupper() and _spells(letters, run):
            return " ".join(run)
        parts = [p for w in run for p in w.split("-") if p]
        if len(letters) >= 3 and not any(w[:1].isupper() for w in run) and _spells(letters, parts, exact=True):
            return " ".join(run)
    return None


def _spells(letters: list[str], run: list[str], exact: bool = False) -> bool:
    """Do the run's initials spell the letters in order, each content word used, with at most one
    letter unmatched (none when `exact`)?"""
    content = [w for w in run if w.lower() not in SMALL]
    initials = [w[0].upper() for w in content]
    if exact:
        return initials == letters
    if len(initials) > len(letters) or len(initials) < len(letters) - 1 or initials[0] != letters[0]:
        return False
    i = 0
    skipped = 0
    for letter in letters:
        if i < len(initials) and initials[i] == letter:
            i += 1
        else:
            skipped += 1
    return i == len(initials) and skipped <= 1 and (skipped == 0 or len(letters) >= 4)


PHRASE = re.compile(r"[A-Z][\w'&-]*(?:(?:,\s+|\s+(?:and|of|for|the|&|in|on)\s+|\s+)[A-Z][\w'&-]*)+")
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"}
TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Cllr", "Councillor", "Sir", "Dame", "Prof"}
USED = re.compile(r"\b[A-Z]{3,8}\b")


def initials_of(doc: ParsedDoc, defined: set[str]) -> list[dict]:
    """Acronyms a document uses without spelling out ('within CYPE'), matched to a phrase of the
    same document whose initials spell them ('Children, Young People and Education')."""
    used = {m[0] for _p, line in doc.lines() for m in USED.finditer(line_text(line))} - defined
    out: list[dict] = []
    if not used:
        return out + _unused_initials(doc, defined)
    found: dict[str, tuple] = {}
    for passage, line in doc.lines():
        text = line_text(line)
        for m in PHRASE.finditer(text):
            words = re.findall(r"[\w'&-]+", m[0])
            for start in range(len(words)):
                for end in range(start + 2, min(len(words), start + MAX_WORDS) + 1):
                    run = words[start:end]
                    if run[0].lower() in SMALL or run[-1].lower() in SMALL or any(
                            w in TITLES or w.endswith(("'s", "'")) for w in run):
                        continue
                    short = "".join(w[0] for w in run if w.lower() not in SMALL).upper()
                    if short in used and short not in found:
                        found[short] = (passage, " ".join(run), text)
    for short, (passage, long, text) in found.items():
        out.append({"acronym": short, "expansion": long, "ref": passage.ref, "sentence": text[:1000],
                    "implied": 1})
    return out + _unused_initials(doc, defined | used)


def _unused_initials(doc: ParsedDoc, taken: set[str]) -> list[dict]:
    """The initials of the document's names of three to six capitalised words that it never writes as
    letters ('Targeted Activity Programme': TAP), so a reader typing the letters is understood: each
    whole name, and each of its endings of three words or more ('Leeds Integrated Youth Support
    Service': IYSS too). Kept as implied twice over (2): the paper never uses the letters."""
    out, seen = [], set(taken)
    for passage, line in doc.lines():
        text = line_text(line)
        for m in PHRASE.finditer(text):
            words = [w for w in re.findall(r"[\w'&-]+", m[0])]
            content = [w for w in words if w.lower() not in SMALL]
            if any(w in TITLES or not w[:1].isupper() for w in content) or len(content) > 6:
                continue
            if any(w.lower() in MONTHS for w in words):  # 'Executive Board in June' is no name
                continue
            for start in range(len(words)):
                run = words[start:]
                if run[0].lower() in SMALL:
                    continue
                short = "".join(w[0] for w in run if w.lower() not in SMALL).upper()
                if 3 <= len(short) <= 6 and short.isalpha() and short not in seen:
                    seen.add(short)
                    out.append({"acronym": short, "expansion": " ".join(run), "ref": passage.ref,
                                "sentence": text[:1000], "implied": 2})
    return out


def extract_acronyms(doc: ParsedDoc) -> list[dict]:
    out, seen = [], set()
    for passage, line in doc.lines():
        text = line_text(line)
        if len(line.cells) == 2 and GLOSSARY_ACRONYM.match(line.cells[0].strip()):
            short, long = line.cells[0].strip(), line.cells[1].strip()
            if _spells([c for c in short.rstrip("s") if c.isalpha()], re.findall(r"[\w'&-]+", long)):
                _add(out, seen, doc, passage, short, long, text)
            continue
        for m in DEFINED.finditer(text):
            long = expansion(m[1], text[:m.start()])
            if long:
                _add(out, seen, doc, passage, m[1], long, text)
        for m in SPELT_AFTER.finditer(text):  # 'LILAC (Leading Improvement for Looked After Children, an …)'
            words = m[2].split()
            if _spells([c for c in m[1] if c.isalpha()], words, exact=True):
                _add(out, seen, doc, passage, m[1], " ".join(words), text)
    return out + initials_of(doc, {short for short, _long in seen})


def _add(out: list, seen: set, doc: ParsedDoc, passage, short: str, long: str, sentence: str) -> None:
    if (short, long.lower()) in seen:
        return
    seen.add((short, long.lower()))
    out.append({"acronym": short, "expansion": long, "ref": passage.ref,
                "sentence": sentence[:1000]})
