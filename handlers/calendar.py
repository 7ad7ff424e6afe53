"""The records as calendar events: meetings held and scheduled, projected ones (tentative, with
the rule that projects them), and action deadlines as all-day events. Each event has a UID
that stays the same from one export to the next, so calendar apps update rather than
duplicate; the private subscription link is per workspace and an admin can revoke it."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import date, timedelta

from store import deadlines, tracking
from store.dates import format_date

from .outlook import all_outlooks, next_meeting
from .question import Context
from .reply import Reply

PAST_DAYS = 730  # meetings and deadlines kept in the calendar from this far back
MAX_DEADLINES = 2000


@dataclass(frozen=True)
class Event:
    uid: str
    day: date
    title: str
    description: str
    tentative: bool = False


def uid(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:24] + "@clerk"


def calendar_events(ctx: Context, today: date) -> list[Event]:
    floor = today - timedelta(days=PAST_DAYS)
    events: list[Event] = []
    for view in all_outlooks(ctx, today):
        seen: set[str] = set()
        for row in view.held + view.ahead:
            day = date.fromisoformat(row["date"])
            if day < floor or row["precision"] != "day" or row["date"] in seen:
                continue  # a meeting several papers record (its agenda, its minutes) is one event
            seen.add(row["date"])
            state = "held" if row in view.held else row["status"]
            events.append(Event(uid("meeting", view.name, row["date"]), day, f"{view.name} ({state})",
                                f"\u201c{row['sentence']}\u201d"))
        nxt = next_meeting(view, today)
        if nxt and nxt.kind == "projected":
            events.append(Event(uid("projected", view.name, nxt.when.isoformat()), nxt.when,
                                f"{view.name} (expected)", f"Not confirmed: {nxt.explanation}.", tentative=True))
    rows, _total = deadlines.open_actions(ctx.db, today, due_from=floor, limit=MAX_DEADLINES)
    for row in rows:
        events.append(Event(uid("action", row["key"]), date.fromisoformat(row["due"]),
                            f"Due: {row['short_id']} {row['text'][:80]}",
                            f"{row['text']}\nStatus: {row['status']}. Timescale: {row['timescale'] or 'as dated'}."))
    return sorted(events, key=lambda e: (e.day, e.title))


TOKEN_KEY = "calendar_token:{team}"


def calendar_token(ctx: Context, renew: bool = False) -> str:
    """The workspace's secret for its calendar link; renewing it revokes the old one."""
    key = TOKEN_KEY.format(team=ctx.team)
    row = ctx.db.execute("select value from meta where key = ?", [key]).fetchone()
    if row and not renew:
        return row[0]
    token = secrets.token_urlsafe(24)
    tracking.write(ctx.db, lambda: ctx.db.execute("insert or replace into meta (key, value) values (?, ?)",
                                                  [key, token]))
    return token


def token_is_valid(db, token: str) -> bool:
    for (value,) in db.execute("select value from meta where key like 'calendar_token:%'"):
        if secrets.compare_digest(value, token):
            return True
    return False


def answer_calendar(ctx: Context, public_url: str | None, renew: bool = False) -> Reply:
    token = calendar_token(ctx, renew)
    path = f"/calendar/{token}.ics"
    link = f"{public_url.rstrip('/')}{path}" if public_url else path
    lead = ("The old calendar link no longer works. " if renew else "") + \
        f"Subscribe to Clerk's meetings and deadlines in Outlook or Google Calendar with this private link: {link}"
    notes = [] if public_url else ["(Set CLERK_PUBLIC_URL to the address Slack reaches Clerk at, and the link "
                                   "will be given whole.)"]
    notes.append("Keep it to yourselves: anyone with the link can read the calendar. An admin can revoke it with "
                 "`calendar revoke`.")
    return Reply(lead, notes=notes, intent="calendar", private=True, changed=renew)


def describe_events(events: list[Event]) -> str:
    return "; ".join(f"{format_date(e.day)} {e.title}" for e in events[:5])
