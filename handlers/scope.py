"""Which documents a question is about when the store holds several councils' inspection
reports and the question names one of them ('what does the Westminster report say about the
MASH?'): that council's reports, and of those the year's when a year is named."""

from __future__ import annotations

import re
from datetime import date

from store import lookup
from store.dates import format_date
from store.vocab import council_key

from .cache import remembered
from .question import Context, Question
from .reply import Reply

NOW = re.compile(r"\b(?:now|nowadays|today|currently|these days|latest)\b")
YEAR_ASKED = re.compile(r"(?<!since )(?<!from )(?<!after )(?<!before )\b((?:19|20)\d\d)\b")



def inspections_on(ctx: Context, day: date) -> list[dict]:
    """The inspection reports visible on `day`, kept until the records change: every question
    about a council asks for them, often twice."""
    return remembered(ctx, "inspections", day, lambda: lookup.inspections(ctx.db, day))

def in_year(rows: list[dict], text: str) -> list[dict]:
    """The reports of the year(s) the question names, when it names one they have (and the
    newest, when it also says 'now'); else all. `rows`: newest first."""
    years = set(YEAR_ASKED.findall(text))
    dated = [r for r in rows if years & {(r[f] or "")[:4] for f in ("start", "end", "published", "doc_date")}]
    if dated and rows and NOW.search(text) and rows[0] not in dated:  # 'is luton better now than in 2020?'
        dated.insert(0, rows[0])
    return dated or rows


OURS = re.compile(r"\b(?:our|ours|we|us)\b")


def own_council(ctx: Context, q: Question) -> str | None:
    """'How's our MASH doing?' in a store of several councils' reports names none: 'our' is the
    council of the newest report by the day asked, the one every other answer defaults to."""
    if q.council or not OURS.search(q.raw.lower()):
        return None
    rows = inspections_on(ctx, q.today)
    if len({council_key(r["council"]) for r in inspections_on(ctx, date.max)}) < 2 or not rows:
        return None
    others = ctx.db.execute("select count(*) from documents where kind != 'inspection'").fetchone()[0]
    if others and q.intent not in INSPECTION_INTENTS:  # 'our council tax' is the council's papers, not an inspection
        return None
    return council_key(rows[0]["council"])


INSPECTION_INTENTS = {"judgement", "inspection"}


def documents(ctx: Context, q: Question) -> frozenset[str] | None:
    """The named council's reports visible on the day asked (empty when it has none yet), or
    None when the question is not about one council among several."""
    if not q.council:
        return None
    everything = inspections_on(ctx, date.max)
    if len({council_key(r["council"]) for r in everything}) < 2:
        return None
    mine = [r for r in inspections_on(ctx, q.today) if council_key(r["council"]) == q.council]
    return frozenset(r["doc_id"] for r in in_year(mine, q.text))


def council_name(ctx: Context, q: Question) -> str:
    """The named council as its newest report styles it."""
    rows = [r for r in inspections_on(ctx, date.max) if council_key(r["council"]) == q.council]
    return rows[0]["council"] if rows else (q.council or "").title()


def none_yet(ctx: Context, q: Question) -> Reply:
    """The council is named but none of its reports is dated by the day asked: say so, never
    answer from another council's."""
    rows = [r for r in inspections_on(ctx, date.max) if council_key(r["council"]) == q.council]
    first = min(rows, key=lambda r: r["doc_date"] or "9999")
    when = f"; the first is dated {format_date(date.fromisoformat(first['doc_date']))}" if first["doc_date"] else ""
    return Reply(f"The records hold no report about {first['council']} dated on or before "
                 f"{format_date(q.today)}{when}.", intent=q.intent)
