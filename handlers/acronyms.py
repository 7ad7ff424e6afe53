"""Acronyms as the papers themselves spell them out."""

from __future__ import annotations

import re

from store import fulltext, lookup
from store.vocab import ACRONYMS

from .question import Context, Question
from .reply import Item, Reply, source_of

REST = r"[A-Za-z&]{1,9}\d{0,2}"  # an acronym after its first letter: 'CYPE', 'LTP5'


def answer_acronym(ctx: Context, q: Question) -> Reply:
    """'What does JHOSC stand for?': as the papers spell it out, with where."""
    m = re.search(rf"\b(?:does|do|is|are)\s+(?!(?:that|it|this|they)\b)(?:an?\s+|the\s+)?([A-Za-z&]{REST})\s+"
                  r"(?:stand for|mean)\b", q.raw) or \
        re.search(rf"\b([A-Z]{REST})\b(?=[^A-Za-z]*(?:stand for|mean|acronym|abbreviation))", q.raw) or \
        re.search(r"\b([A-Z]{2,10}\d{0,2}s?)\b", q.raw)
    if not m:
        return Reply("Which acronym? e.g. \"what does CYPE stand for?\"", intent="acronym")
    short = m[1]
    rows = lookup.acronyms(ctx.db, short.upper() if short.isupper() or short.islower() else short, q.today) or \
        lookup.acronyms(ctx.db, short, q.today)
    if not rows:
        usual = ACRONYMS.get(short.upper())
        if usual:  # the papers don't define it: say what it usually means in children's services
            return Reply(f"The papers don't spell out {short.upper()}; in children's services it usually stands "
                         f"for {usual}.", intent="acronym")
        return Reply(f"The records don't spell out \u2018{short}\u2019.", intent="acronym")
    best = rows[0]
    lead = f"{best['acronym']} stands for {best['expansion']}."
    if best.get("implied") == 2 and not fulltext.used(ctx.db, best["acronym"].lower()):  # letters only a reader
        # uses: the papers name it in full
        lead = (f"The papers never write {best['acronym']}; its letters are the initials of "
                f"\u2018{best['expansion']}\u2019, which they name.")
    elif best.get("implied"):  # used without being spelt out: matched to a name of the same or another paper
        where = "the same paper names" if best["implied"] == 1 else "they name"
        lead = (f"The papers use {best['acronym']} without spelling it out; its letters match "
                f"\u2018{best['expansion']}\u2019, which {where}.")
    others = list(dict.fromkeys(r["expansion"] for r in rows[1:]
                                if r["expansion"].lower() != best["expansion"].lower()))
    notes = [f"Also spelled out as: {', '.join(others[:3])}."] if others else []
    defined = best["sentence"].find(f"({best['acronym']})")
    if defined > 0 and not best.get("implied"):  # the papers' own words, as the letters may skip one
        phrase = best["sentence"][max(0, defined - 90):defined + len(best["acronym"]) + 2].strip()
        notes.insert(0, f"As the papers define it: \u201c\u2026{phrase}\u201d")
    return Reply(lead, [Item(lead, source_of(best, ctx.docs(q.today)))], notes=notes, intent="acronym").flatten()
