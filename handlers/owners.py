"""Owners: who owns an action, what is assigned to me or to someone, which actions have no owner."""

from __future__ import annotations

import re

from store import deadlines

from .overdue import action_item, owner_shown
from .question import Context, Question
from .reply import Reply
from .status import SHORT_ID, find_actions

MENTION = re.compile(r"<@([A-Z0-9]+)(?:\|[^>]*)?>|(?<!\w)@([\w.-]+)")
USER_ID = re.compile(r"\b(U[A-Z0-9_]{2,})\b")  # a Slack user id typed as it is
NO_OWNER = re.compile(r"\b(?:no|without an?|without|missing an?|lack\w* an?) owners?\b|\bunowned\b|\bunassigned\b|"
                      r"\bnot (?:yet )?(?:been )?assigned\b|\bnobody owns\b|\bno one owns\b")
MINE = re.compile(r"\b(?:assigned to me|my actions|do i own|i own|mine|owned by me|on my plate)\b")
NAMED = re.compile(r"\b(?:assigned to|owned by|does|do)\s+(.+?)(?:\s+own)?\s*\??$")
GENERIC = {"owns", "own", "owner", "owners", "owned", "responsible", "leading", "lead", "assigned", "action",
           "actions", "accountable", "who"}
SHOWN = 15


ATTRIBUTED = re.compile(r"\b(?:delivered|led|run|provided|managed|chaired|owned|co-?ordinated|commissioned|"
                        r"overseen) by (?:the )?(?!(?:January|February|March|April|May|June|July|August|September|"
                        r"October|November|December|Q\d|End|Spring|Summer|Autumn|Winter)\b)"
                        r"(?:[A-Z][\w'’&-]*\s?){1,7}")  # 'training delivered by the Leeds
# Safeguarding Children Board': who the paper gives it to


def answer_owner(ctx: Context, q: Question) -> Reply:
    docs = ctx.docs(q.today)
    if NO_OWNER.search(q.text):
        rows, total = deadlines.select_actions(ctx.db, q.today, theme=q.theme, unowned=True)
        what = f"{q.theme} actions" if q.theme else "actions"
        return Reply(f"{deadlines.count_text(total)} open {what} have no owner yet — a manager can set one with "
                     f"`owner <id> <person>`:" if rows else f"Every open {what} has an owner.",
                     [action_item(r, docs) for r in rows], intent="owner", total=total)
    person = _person_asked(ctx, q)
    if person:
        rows = deadlines.owned_actions(ctx.db, q.today, person)
        shown = owner_shown(person)
        who = "you" if person == ctx.user else shown
        if not rows:
            return Reply(f"No actions are assigned to {who}.", intent="owner")
        return Reply(f"{len(rows)} action{'s' if len(rows) > 1 else ''} assigned to {who}:",
                     [action_item(r, docs) for r in rows], intent="owner")
    words = [w for w in q.words if w not in GENERIC]
    rows = find_actions(ctx, q.text, words) if words or SHORT_ID.search(q.text) else []
    if not rows:
        return Reply("Which action? Give its id, e.g. \"who owns SG-3?\", or words from its text.", intent="owner")
    if len(rows) == 1:
        r = rows[0]
        lead = (f"{r['short_id']} is owned by {owner_shown(r['owner'])}." if r["owner"] else
                f"{r['short_id']} has no owner yet — a manager can set one with `owner {r['short_id']} <person>`.")
        said = ATTRIBUTED.search(r["text"])
        notes = [f"The paper says it is {said[0].strip()} (who delivers it, not an owner set in Clerk)."] \
            if said and not r["owner"] else []
        return Reply(lead, [action_item(r, docs)], notes=notes, intent="owner")
    return Reply(f"{len(rows)} actions match \u2018{' '.join(words)}\u2019 — their owners:",
                 [action_item(r, docs) for r in rows], intent="owner")


def _person_asked(ctx: Context, q: Question) -> str | None:
    """The owner asked about: me, a Slack mention, or a name after 'assigned to' / 'does … own'."""
    if MINE.search(q.text):
        return ctx.user
    m = MENTION.search(q.raw) or USER_ID.search(q.raw)
    if m:
        return next(g for g in m.groups() if g)
    if SHORT_ID.search(q.text):
        return None
    m = NAMED.search(q.text)
    if m and m[1] not in ("the", "this", "that", "it"):
        name = m[1].strip()
        for row in ctx.db.execute("select distinct owner from action_state where owner is not null"):
            if row[0].lower() == name or name in row[0].lower().split():
                return row[0]
    return None
