"""Commands that change records: updates, owners, due dates, meetings, undo, roles, history.
Every change is checked against the user's role, appended to history, and reversible."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from store import deadlines, lookup, tracking
from store.dates import NUMBER_WORDS, format_date
from store.vocab import closest_status, themes_named

from .concepts import concepts, concepts_in
from .overdue import action_item, owner_shown, trim
from .question import Context
from .recent import describe
from .reply import Item, Reply, plural
from .status import GENERIC_ACTION_WORDS, find_actions, unwritten

STATUSES = ["not started", "in progress", "at risk", "delayed", "done"]
NEEDS = {"calendar_revoke": "admin", "digest": "manager", "note": "manager", "update": "manager",
         "owner": "manager", "due": "manager", "undo": "manager", "meeting": "manager", "cancel_meeting": "manager",
         "role": "admin"}
RANK = {"viewer": 0, "manager": 1, "admin": 2}


@dataclass
class Command:
    verb: str
    target: str | None = None
    value: str | None = None
    note: str | None = None
    status: str | None = None
    raw_value: str | None = None
    words: list[str] | None = None  # the target's content words as questions read them ('PEP' spelt out)


def change_of(ctx: Context, note: str | None = None) -> tracking.Change:
    return tracking.Change(user=ctx.user, at=ctx.now, channel=ctx.channel,
                           request_id=ctx.request_id, note=note)


def is_manager(ctx: Context) -> bool:
    """May the user record updates?"""
    return RANK[tracking.role_of(ctx.db, ctx.user)] >= RANK["manager"]


def refuse(ctx: Context, command: Command, text: str, log: bool = True) -> Reply | None:
    """A refusal when the user's role is too low; the attempt is logged (`log`: when it was one)."""
    needed = NEEDS.get(f"{command.verb}_{command.value}" if command.verb == "calendar" else command.verb)
    role = tracking.role_of(ctx.db, ctx.user)
    if not needed or RANK[role] >= RANK[needed]:
        return None
    if log:
        tracking.log_refusal(ctx.db, text, change_of(ctx))
    who = "managers and admins" if needed == "manager" else "admins"
    return Reply(f"Sorry, only {who} can do that — you are a {role}, so nothing was changed. "
                 f"An admin can grant access with `role {ctx.user} {needed}`.",
                 intent="refused", private=True)


CAN = {"viewer": "ask questions and see every answer and history",
       "manager": "also update actions' status, owner and due date, add notes, record meetings and undo your own "
                  "last update",
       "admin": "also grant roles"}
WHO_HOLDS = re.compile(r"\bwho (?:are|is) (?:the |our |an? )?(?:clerk )?(managers?|admins?|administrators?)\b")


ACCESS_ASKED = re.compile(r"\bwhat(?:'s| is| are) my (?:clerk |current )?(?:role|access|permissions?|rights)\b|"
                          r"^\s*(?:am i|are we) (?:a |an )?(?:manager|admin|viewer)s?\b|\bmy (?:clerk )?(?:role|access|"
                          r"permissions?)(?: (?:these days|now|currently|at the moment|here|in clerk))?\s*[?!.]*$|"
                          r"\bcan i (?:update|change|edit|mark|record|undo)\b|"
                          r"\b(?:am i|are we) (?:able|allowed|permitted|authori[sz]ed) to (?:update|change|edit|mark|"
                          r"record|undo|set)\b(?=.*\b(?:actions?|recs?|status(?:es)?|updates?|tracker|clerk|things|"
                          r"meetings?|deadlines?|owners?|done|[a-z]{1,4}-\d+)\b)|"
                          r"\bwhat (?:access|role|rights|permissions?)(?: level)? (?:have|do|did) i(?: have| got)?"
                          r"(?: in clerk| here)?\s*[?!.]*$|\bdo i have (?:manager|admin|edit(?:ing)?|update) "
                          r"(?:rights|access|role)\b|"
                          r"\bhow (?:do|can) i (?:become|get made|get to be) (?:a |an )?(?:manager|admin)\b|"
                          r"\bwho (?:are|is) (?:the |our |an? )?(?:clerk )?(?:managers?|admins?|administrators?)"
                          r"(?: (?:in|on|of|for) (?:clerk|here|this)| here)?\s*[?!.]*$",
                          re.I)  # Clerk's own roles, not the records' posts


def answer_access(ctx: Context, text: str) -> Reply:
    """'am i a manager?', 'what's my role', 'who are the managers': Clerk's own roles, from the store."""
    held = WHO_HOLDS.search(text)
    if held:
        roles = ("admin",) if held[1].startswith("admin") else ("manager", "admin")
        rows = tracking.holders_of(ctx.db, roles)
        if not rows:
            return Reply(f"No one has been granted {' or '.join(roles)} in Clerk yet; an admin grants it with "
                         "`role <user> manager`.", intent="role", private=True)
        return Reply(f"{plural(len(rows), 'user')} can update actions in Clerk:" if "manager" in roles else
                     f"{plural(len(rows), 'user')} can grant roles in Clerk:",
                     [Item(f"{r['user']} — {r['role']}, granted by {r['granted_by']} on {r['at'][:10]}")
                      for r in rows], intent="role", private=True)
    role = tracking.role_of(ctx.db, ctx.user)
    can = ", and ".join(CAN[r] for r in CAN if RANK[r] <= RANK[role])
    more = "" if role == "admin" else f" To {'update actions' if role == 'viewer' else 'grant roles'}, ask an admin " \
        f"to type `role {ctx.user} {'manager' if role == 'viewer' else 'admin'}`."
    article = "an" if role == "admin" else "a"
    return Reply(f"You are {article} {role} in Clerk: you can {can}.{more}", intent="role", private=True)


TIMESPAN_WORDS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "more", "less", "plus", "than"}


def example_id(ctx: Context) -> str | None:
    """An action id the store holds in papers dated by the clock, to show how ids look ('C-1'), or
    None when it holds none."""
    return deadlines.first_short_id(ctx.db, ctx.today)


def with_example(ctx: Context, text: str, typed: str | None = None) -> str:
    """A usage text whose example names the action typed ('mark SG-3': 'e.g. mark SG-3 as done'), else
    one the store holds ('e.g. history C-1'); without its example when the store holds none."""
    shown = typed or example_id(ctx)
    return text.replace("{id}", shown) if shown else re.sub(r",?\s*e\.g\.[^()]*\{id\}[^()]*?(?=\s*\(|$)", "", text)


def pick_action(ctx: Context, target: str, words: list[str] | None = None) -> tuple[dict | None, Reply | None]:
    typed = [w for w in target.lower().replace("'", " ").split() if len(w) > 2]
    rows = find_actions(ctx, target, words or typed or target.split())
    dropped = [w for w in re.findall(r"[a-z0-9]+", target.lower()) if w not in (words or []) and (
        w.isdigit() or w in NUMBER_WORDS or w in TIMESPAN_WORDS)]  # 'two or more years analysis': read as a timescale,
    if len(rows) > 1 and words and dropped:  # the words left name two actions; as typed, the one holding them all
        said = [next((k for k, n in NUMBER_WORDS.items() if str(n) == w and len(k) > 2), w) for w in dropped]  # '2'
        holding = [r for r in rows if all(re.search(rf"\b{re.escape(w)}\b", r["text"], re.I) for w in said)]
        rows = holding if len(holding) == 1 else rows
    themed = [r for r in rows if r.get("theme") in themes_named(target)] if len(rows) > 1 else []
    rows = themed if len(themed) == 1 else rows  # 'the CiC views rec': the looked after children one
    docs = ctx.docs()
    if not rows:
        example = example_id(ctx)
        return None, Reply(f"I couldn't find an action matching \u2018{target}\u2019. Use a short id "
                           f"from an answer{f' (e.g. {example})' if example else ''} or words from the action's text.",
                           intent="update", private=True)
    if len(rows) > 1:
        return None, Reply(f"{len(rows)} actions match \u2018{target}\u2019, so nothing was changed. "
                           "Say which one by its id:", [action_item(r, docs) for r in rows],
                           intent="update", private=True)
    return rows[0], None


def run_update(ctx: Context, c: Command) -> Reply:
    action, problem = pick_action(ctx, c.target or "", c.words)
    if problem:
        return problem
    if c.verb == "update":
        if not c.status:
            guess = closest_status(c.value)
            hint = f"Did you mean \u2018{guess}\u2019? " if guess else ""
            return Reply(f"\u2018{c.value}\u2019 isn't a status I know, so nothing was changed. {hint}Use one of: "
                         f"{', '.join(STATUSES)}, e.g. `update {action['short_id']} to {guess or 'in progress'}`.",
                         intent="usage", private=True)
        field, new, shown = "status", c.status, c.status
    elif c.verb == "owner":
        field, new, shown = "owner", c.value, f"owned by {c.value}"
    else:
        field, new, shown = "due", c.value, f"due {format_date(date.fromisoformat(c.value))}"
    intent = "owner" if field == "owner" else "update"
    entry = tracking.update_action(ctx.db, action, field, new, change_of(ctx, c.note))
    if entry is None:
        return Reply(f"{action['short_id']} is already {shown}; nothing changed.", intent=intent)
    if entry["field"] == "note":  # the status stands; the progress note is kept all the same
        return Reply(f"{action['short_id']} was already {shown}, so that is unchanged; your note is recorded "
                     f"for {ctx.user} at {entry['at'][:16].replace('T', ' ')}: {c.note.rstrip('.')}. "
                     "Type `undo` to remove it.", intent="note", changed=True)
    was = entry["old"] or "none"
    if field == "due" and entry["old"]:
        was = format_date(date.fromisoformat(entry["old"]))
    note = f" Note: {c.note.rstrip('.')}." if c.note else ""
    return Reply(f"{action['short_id']} is now {shown} (was {was}), recorded for {ctx.user} at "
                 f"{entry['at'][:16].replace('T', ' ')}.{note} Type `undo` to revert.",
                 notes=[f"{action['short_id']}: {trim(action['text'], 200)}"],  # what was changed, as written
                 intent=intent, changed=True)


def run_note(ctx: Context, c: Command) -> Reply:
    action, problem = pick_action(ctx, c.target or "", c.words)
    if problem:
        return problem
    entry = tracking.add_note(ctx.db, action, change_of(ctx, c.note))
    return Reply(f"Note added to {action['short_id']} ({action['status']}), by {ctx.user} at "
                 f"{entry['at'][:16].replace('T', ' ')}: {c.note.rstrip('.')}. Type `undo` to remove it.",
                 intent="note", changed=True)


SET_AGAIN = {"status": "update <id> to <status>", "owner": "owner <id> <person>", "due": "due <id> <date>",
             "meeting": "cancel meeting <id> on <date>", "cancel_meeting": "meeting <id> on <date>"}


def run_undo(ctx: Context, c: Command) -> Reply:
    last = tracking.last_entry_by(ctx.db, ctx.user) if c.target else None
    if last:  # 'undo my change to the complaints action': only if that is the last update
        named, _problem = pick_action(ctx, c.target) if last["action_key"] else (None, None)
        if not named or named["key"] != last["action_key"]:  # another action, or none the words name alone
            what = named["short_id"] if named else f"\u2018{c.target}\u2019"
            return Reply(f"Your last update was not to {what} but {describe(last)}, so nothing was undone. `undo` "
                         "reverts only your own last update.", intent="undo", private=True)
    try:
        result = tracking.undo_last(ctx.db, change_of(ctx))
    except tracking.Superseded as since:  # 'undo' after another manager's change: theirs stands
        return Reply(f"Nothing was undone: since your update ({describe(since.mine)}), "
                     f"{owner_shown(since.entry['user'])} changed it ({describe(since.entry)}), and undoing yours "
                     f"would overwrite theirs. To set it yourself, type `{SET_AGAIN[since.entry['field']]}`."
                     .replace("<id>", since.entry["subject"]), intent="undo", private=True)
    if not result:
        return Reply("You have no update to undo.", intent="undo", private=True)
    original, _entry = result
    said = lookup.history(ctx.db, action_key=original["action_key"], limit=1) if original["action_key"] else []
    what = [f"{original['subject']}: {trim(said[0]['action_text'], 200)}"] if said and said[0]["action_text"] else []
    meant = deadlines.action_by_short_id(ctx.db, c.value, ctx.today) if c.value else None  # 'undo - meant LAC-3'
    noted = f" - {original['note']}" if original.get("note") else ""
    again = (f" To post it to {meant['short_id']}, type `update {meant['short_id']} to {original['new']}{noted}`."
             if meant and original["field"] == "status" else "")
    return Reply(f"Undone: {describe(original)}. History keeps both entries; `undo` again to "
                 f"re-apply.{again}", notes=what, intent="undo", changed=True)  # what was changed back, as written


def run_meeting(ctx: Context, c: Command, body) -> Reply:
    if not c.value:
        return Reply(f"I couldn't read a date in \u2018{c.raw_value}\u2019; try e.g. "
                     "`meeting executive board on 14 October 2010`.", intent="meeting", private=True)
    if not body:
        return Reply(f"I couldn't find a board or committee called \u2018{c.target}\u2019.",
                     intent="meeting", private=True)
    if c.verb == "cancel_meeting" and not _meeting_on(ctx, body, c.value):
        return Reply(f"No meeting of the {body.name} is recorded on {format_date(date.fromisoformat(c.value))}, so "
                     "there is nothing to cancel and nothing was changed.", intent="meeting", private=True)
    tracking.record_meeting(ctx.db, body.name, c.value, c.verb == "cancel_meeting", change_of(ctx, c.note))
    verb = "cancelled" if c.verb == "cancel_meeting" else "recorded"
    return Reply(f"Meeting of the {body.name} on {format_date(date.fromisoformat(c.value))} {verb}.",
                 intent="meeting", changed=True)


def _meeting_on(ctx: Context, body, day: str) -> bool:
    """Is a meeting of the body in the records (or recorded by a manager) on that day, or in that
    month when the papers give only the month?"""
    return any(r["date"] == day or (r["precision"] == "month" and r["date"][:7] == day[:7])
               for r in lookup.meetings(ctx.db, body.id, date.max))


SLACK_USER = re.compile(r"^[A-Z][A-Z0-9_]{1,20}$")  # a Slack member ID, in capitals: 'U024BE7LH'


def run_role(ctx: Context, c: Command) -> Reply:
    if c.value not in tracking.ROLES:
        return Reply(f"\u2018{c.value}\u2019 isn't a role. Usage: role <user> <viewer|manager|admin>, "
                     "e.g. role U024BE7LH manager", intent="usage", private=True)
    if c.target == tracking.LOCAL_ADMIN:
        return Reply("The command line's own user is always an admin, so nothing was changed.", intent="usage",
                     private=True)
    if not SLACK_USER.match(c.target or ""):
        return Reply(f"\u2018{c.target}\u2019 isn't a Slack member ID, so nothing was changed. Mention the person "
                     "(role @name manager) or give their member ID from their Slack profile (role U024BE7LH "
                     "manager).", intent="usage", private=True)
    tracking.set_role(ctx.db, c.target, c.value, change_of(ctx))
    return Reply(f"{c.target} is now {'an' if c.value == 'admin' else 'a'} {c.value}.", intent="role", changed=True)


def usage_of_nearest(ctx: Context, usage: str, words: list[str], today: date) -> Reply:
    """How to write an update, offering the one action most of the words name ('update the out of city
    placements QA action': LAC-3, strengthening the monitoring of external placements), if one does."""
    words = [w for w in words if w not in GENERIC_ACTION_WORDS]
    unsaid, known = unwritten(ctx, words) if words else ([], [])
    words = known if unsaid and known else words  # 'the paediatrician rota rec': no paper says 'rota'
    near = [r for r in deadlines.closest_actions(ctx.db, words, today, limit=1)
            if 2 * len(concepts_in(r["text"], words, None)) > len(concepts(words))] if words else []
    notes = [f"Did you mean {near[0]['short_id']} ({trim(near[0]['text'], 90)})? Type `update {near[0]['short_id']} "
             "to <status>`."] if near else []
    return Reply(f"Usage: {with_example(ctx, usage)}", notes=notes, intent="usage", private=True)


def run_history(ctx: Context, c: Command) -> Reply:
    action, problem = pick_action(ctx, c.target or "", c.words)
    if problem:  # asked, not a change: its words, and its intent, are history's
        problem.lead, problem.intent = problem.lead.replace(", so nothing was changed", ""), "history"
        if not problem.items:  # no action at all: how to name one
            problem.notes.append("Type `history <action>`; \"what's overdue?\" lists actions with their ids.")
        return problem
    rows = lookup.history(ctx.db, action_key=action["key"])
    docs = ctx.docs()
    head = action_item(action, docs)
    if not rows:
        return Reply(f"{action['short_id']} has no updates yet.", [head], intent="history")
    return Reply(f"History of {action['short_id']} ({plural(len(rows), 'entry', 'entries')}, newest first):",
                 [head] + [Item(describe(r)) for r in rows], intent="history")
