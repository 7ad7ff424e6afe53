"""Letters filed together: a chair's report and the minister's reply in one file. Each letter
after the first gets its own author and date, so what it says is cited as its own.

A later letter starts after the earlier one's sign-off ('Yours sincerely' and the name under
it) and runs from its letterhead or date line to the next sign-off; its author is the
letterhead's name ('Tim Loughton MP'), else the name signed at its foot.
"""

from __future__ import annotations

import re

from ..dates import find_dates
from ..document import Line, ParsedDoc
from .metadata import SIGN_OFF
from .people import HONOURS_AFTER, _whole_name, parse_person

SIGNED = re.compile(r"appearing to read '([^']+)'|^([A-Z][A-Z' -]+ (?:MP|OBE|CBE|MBE))$")


def extract_letter_sections(doc: ParsedDoc) -> list[dict]:
    if doc.meta.kind != "letter":
        return []
    lines = doc.all_lines
    passage_of = {id(line): passage for passage, line in doc.lines()}
    dears = [k for k, line in enumerate(lines) if line.text.lower().startswith("dear ")]
    out = []
    for earlier, k in zip(dears, dears[1:], strict=False):
        signed = [i for i in range(earlier, k) if SIGN_OFF.match(lines[i].text)]
        if not signed:
            continue
        head = range(signed[-1] + 2, k)  # after the sign-off and the name under it
        start = next((i for i in head if HONOURS_AFTER.search(lines[i].text.strip())), None)
        dated = [found[0] for i in head if (found := find_dates(lines[i].text)) and len(lines[i].text.strip()) < 30]
        end = next((d for d in dears if d > k), len(lines))
        first = next((passage_of[id(line)] for line in lines[start if start is not None else k:end]
                      if id(line) in passage_of), None)
        author = (_whole_name(lines[start].text) if start is not None else None) or _signed(lines[k:end])
        if not author or not first:
            continue
        out.append({"seq": first.seq, "author": author, "ref": first.ref,
                    "date": dated[-1].value.isoformat() if dated else None, "sentence": lines[k].text.strip()})
    return out


def _signed(rows: list[Line]) -> str | None:
    """The name signed at a letter's foot: after its sign-off, or described under it."""
    for i, line in enumerate(rows):
        if SIGN_OFF.match(line.text):
            for after in rows[i + 1:i + 4]:
                person = parse_person(after.text.strip())
                if person:
                    return person[0]
        m = SIGNED.search(line.text.strip())
        if m:
            return (m[1] or m[2].title().replace(" Mp", "")).strip()
    return None
