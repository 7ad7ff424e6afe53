"""Commands for what Clerk sends by itself: `reminders on|off`, `digest here weekly mon 9:00`,
`digests`."""

from __future__ import annotations

import re

from store import schedules

from .question import Context
from .reply import Item, Reply

CHANNEL = re.compile(r"<#([A-Z0-9]+)(?:\|[^>]*)?>|#?([\w-]+)")


def run_reminders(ctx: Context, enabled: bool) -> Reply:
    schedules.set_reminders(ctx.db, ctx.user, enabled, ctx.now)
    if enabled:
        return Reply("Reminders are on: I'll message you 14, 7 and 1 days before an action you own is due, and "
                     "weekly while it is overdue. `reminders off` stops them.", intent="reminders", changed=True)
    return Reply("Reminders are off: I won't message you about your actions. `reminders on` starts them again.",
                 intent="reminders", changed=True)


def run_digest(ctx: Context, target: str, cadence: str, when: str) -> Reply:
    if target.lower() == "here":
        if ctx.channel in ("cli", "slack"):
            return Reply("`digest here` works in a Slack channel; from elsewhere name one, e.g. "
                         "`digest #governance weekly mon 9:00`.", intent="usage", private=True)
        channel = ctx.channel
    else:
        m = CHANNEL.fullmatch(target)
        channel = m[1] or m[2]
    weekday, time = when.split()
    schedules.set_digest(ctx.db, channel, None if cadence == "off" else cadence, int(weekday), time, ctx.user,
                         ctx.now)
    where = f"<#{channel}>" if re.fullmatch(r"C[A-Z0-9]+", channel) else channel
    if cadence == "off":
        return Reply(f"The digest for {where} is off.", intent="digest", changed=True)
    every = f"every {schedules.WEEKDAYS[int(weekday)].capitalize()} at {time}" if cadence == "weekly" else \
        f"every day at {time}"
    return Reply(f"I'll post the board summary to {where} {every}.", intent="digest", changed=True)


def run_digests(ctx: Context) -> Reply:
    rows = schedules.digests(ctx.db)
    if not rows:
        return Reply("No digests are scheduled. A manager can start one in a channel with "
                     "`digest here weekly mon 9:00`.", intent="digests")
    items = [Item(f"{_where(r['channel'])}: {r['cadence']}"
                  + (f" on {schedules.WEEKDAYS[r['weekday']].capitalize()}" if r["cadence"] == "weekly" else "")
                  + f" at {r['time']} (set by {r['by']} on {r['at'][:10]})") for r in rows]
    return Reply(f"{len(rows)} digest{'s' if len(rows) > 1 else ''} scheduled:", items, intent="digests")


def _where(channel: str) -> str:
    return f"<#{channel}>" if re.fullmatch(r"C[A-Z0-9]+", channel) else channel
