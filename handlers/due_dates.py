"""'When were the six-month LAC actions due?', 'what's SG-3's deadline?': the date(s), and
the rule that gave them (a timescale counted from a report's date, or a manager's re-baselining)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from store import deadlines, fulltext
from store.dates import PART_OF_YEAR_ENDS, format_date, parse_timescale, period_end
from store.vocab import SPELT_OUT, theme_words

from .concepts import concepts, concepts_in
from .events import answer_when
from .overdue import GENERIC_WORDS, TIMESCALE_ASKED, action_item, asked_timescales, topic
from .question import Context, Question
from .reply import Reply
from .search import answer_search
from .status import SHORT_ID, find_actions


def _rule(row: dict) -> str:
    """Why an action is due when it is."""
    if row.get("original_due") and row["due"] != row["original_due"]:
        return (f"re-baselined by a manager from {format_date(date.fromisoformat(row['original_due']))}")
    offset = parse_timescale(row["timescale"] or "") if row.get("timescale") else None
    if offset is not None and row["due"]:
        start = date.fromisoformat(row["due"]) - offset
        since = "the inspection report's publication" if row["kind"] == "inspection" else "the report"
        if not offset:
            return f"'{row['timescale'].lower()}' on {since}, {format_date(start)}"
        return f"'{row['timescale'].lower()}' of {since} on {format_date(start)}"
    if row.get("timescale"):
        return f"'{row['timescale']}' as written in the report"
    return "the date the report gives"


def answer_due_date(ctx: Context, q: Question) -> Reply:
    asked = " or ".join(dict.fromkeys(typed for typed, _said, _o in asked_timescales(q.text)))
    rest: list[str] = []
    named: list[dict] = []
    if SHORT_ID.search(q.text):
        rows = find_actions(ctx, q.text, q.words)
    elif not q.theme and not asked and not _about_actions(ctx, q):  # 'deadline for the funding reform consultation'
        said = answer_when(ctx, q)  # asked as a due date, answered from the papers, when they date that thing
        words = _content(q)
        telling = [w for w in words if fulltext.rare(ctx.db, [w])]  # 'kinship': what names the thing asked of
        dated = said.items[0].text.lower() if said.items else ""
        if said.items and said.intent == "when" and words and not (_says_most(dated, words) and all(
                w[:5] in dated for w in telling)):
            # 'new kinship care policy due by?': no paper dates it ('the policy to replace the computer systems' is
            # another policy)
            found = answer_search(ctx, q)
            found.lead = f"I have no date for \u2018{' '.join(words)}\u2019; the passages that best match it:"
            return replace(found, intent="due_date")
        return replace(said, intent="due_date")
    else:
        t = topic(ctx, q)
        # words beyond the theme's that no action of it says ('LSCB independent review - when is it to be
        # implemented?'): the one action saying most of them, whatever its theme; else, for two words or more, a
        # date the papers give that thing; else the theme's actions
        rest = _content(q, theme_words(q.theme)) if q.theme and not asked and t.keys is None else []
        closest = deadlines.closest_actions(ctx.db, rest, q.today, limit=1) if rest else []
        named = closest if closest and _says_most(closest[0]["text"], rest) else []
        said = answer_when(ctx, q) if len(concepts(rest)) > 1 and not named else None
        if said and said.items and said.intent == "when" and _says_most(said.items[0].text, rest):
            return replace(said, intent="due_date")
        rows = named or deadlines.select_actions(ctx.db, q.today, theme=q.theme, **t.filters())[0]
        if not rows and t.keys and q.theme:  # the words' actions are of another theme: those saying most of them
            words = _content(q, theme_words(q.theme))
            rows = [r for r in deadlines.select_actions(ctx.db, q.today, **t.filters())[0]
                    if _says_most(r["text"], words)]
    what = " ".join(x for x in [asked or None, q.theme, "actions"] if x)
    if not rows:
        return Reply(f"I found no {what} to give a due date for.", intent="due_date")
    docs = ctx.docs(q.today)
    groups: dict[tuple, list[dict]] = {}
    for r in rows:
        groups.setdefault((r["due"], r["due_precision"], _rule(r) if r["due"] else ""), []).append(r)
    phrases = [(len(members), _phrase(due, precision, rule, len(members) > 1, q.today))
                for (due, precision, rule), members in sorted(groups.items(), key=lambda g: g[0][0] or "9999")]
    if len(rows) == 1:
        lead = f"{rows[0]['short_id']} {phrases[0][1]}."
    elif len(phrases) == 1:
        lead = f"The {len(rows)} {what} {phrases[0][1]}."
    else:
        lead = f"The {len(rows)} {what}: " + "; ".join(f"{n} {phrase}" for n, phrase in phrases) + "."
    unsaid = [f"No {q.theme} action mentions \u2018{' '.join(rest)}\u2019, so these are all of them."] \
        if rest and not named and len(rows) > 1 else []  # 'when is the safeguarding audit due?'
    return Reply(lead, [action_item(r, docs) for r in rows], notes=unsaid, intent="due_date")


def _about_actions(ctx: Context, q: Question) -> bool:
    """Do actions hold the question's words (most of them, or its telling ones)? Else it asks a
    date of something else."""
    words = _content(q)
    return not words or bool(deadlines.closest_actions(ctx.db, words, q.today, limit=1))


def _says_most(text: str, words: list[str]) -> bool:
    """Does the text hold most of what the words name: every concept of two, two thirds of more
    ('threshold guidance' is not 'at the published threshold')?"""
    asked = len(concepts(words))
    return len(concepts_in(text, words, None)) >= (asked if asked <= 2 else -(-2 * asked // 3))


def _content(q: Question, besides: set[str] = frozenset()) -> list[str]:
    """The words naming what is asked, less those `besides` (a theme's) and letters spelt out."""
    return [w for w in q.words if w not in GENERIC_WORDS and not TIMESCALE_ASKED.fullmatch(w) and w not in besides
            and w.lower() not in SPELT_OUT]


def _phrase(due: str | None, precision: str | None, rule: str, plural: bool, today: date) -> str:
    if not due:
        return "have no due date set" if plural else "has no due date set"
    day = date.fromisoformat(due)
    by_month = precision == "month"  # 'by the end of September': due until the month is out
    verb = ("are" if plural else "is") if period_end(day, precision) >= today else ("were" if plural else "was")
    when = f"by the end of {format_date(day, 'month')}" if by_month else f"on {format_date(day)}"
    if precision in PART_OF_YEAR_ENDS:  # 'spring 2010': by 31 May 2010, never on the 1 April it starts
        when = f"in {format_date(day, precision)} (by {format_date(period_end(day, precision))})"
    return f"{verb} due {when} — {rule}"
