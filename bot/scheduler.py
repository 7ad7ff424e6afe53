"""Clerk speaking first: reminders and digests, sent on schedule inside `clerk serve`, or once
by `clerk remind` for those who prefer cron.

The timer is APScheduler's BackgroundScheduler (MIT, maintained since 2009): a thread beside
the web server, one run at a time (max_instances=1), late runs coalesced, clean shutdown.
It only ticks; what is due and what was sent live in the store (store/schedules.py), so a
restart neither repeats a send nor loses one that fell due while Clerk was down.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from apscheduler.schedulers.background import BackgroundScheduler
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from handlers.question import Context
from handlers.reminders import Outgoing, due_now
from store import schedules
from store.schema import connect

from .blocks import escape, reply_blocks

log = logging.getLogger("clerk.scheduler")
TICK_SECONDS = 60


def clock(today: date | None) -> Callable[[], datetime]:
    """Now, on the pinned day when there is one."""
    return lambda: datetime.combine(today or date.today(), datetime.now().time().replace(microsecond=0))


def send_due(db, client: WebClient | None, now: datetime, dry_run: bool = False) -> list[Outgoing]:
    """Send (or, dry, list) everything due by `now`; each is recorded before it is posted and
    forgotten again if Slack refuses it, so it is sent exactly once."""
    ctx = Context(db=db, today=now.date(), user="clerk", channel="scheduler", now=now.isoformat())
    sent = []
    for out in due_now(ctx, now):
        if dry_run:
            sent.append(out)
            continue
        if not schedules.claim(db, out.key, out.kind, out.target, out.due_at.isoformat(), now.isoformat(), out.late):
            continue
        try:
            client.chat_postMessage(channel=out.target, text=escape(out.reply.text())[:3000],
                                    blocks=reply_blocks(out.reply, note_button=True))
        except SlackApiError as exc:
            schedules.release(db, out.key)
            log.warning("could not send %s to %s: %s", out.key, out.target, exc.response.get("error"))
            continue
        log.info("sent %s to %s%s", out.key, out.target, " (late)" if out.late else "")
        sent.append(out)
    return sent


def start(db_path: Path, client: WebClient, now: Callable[[], datetime]) -> BackgroundScheduler:
    """Tick now (catching up on anything missed while down) and every minute after."""
    scheduler = BackgroundScheduler(daemon=True)

    def tick() -> None:
        db = connect(db_path)
        try:
            send_due(db, client, now())
        finally:
            db.conn.close()

    scheduler.add_job(tick, "interval", seconds=TICK_SECONDS, next_run_time=datetime.now(), max_instances=1,
                      coalesce=True, id="clerk-sends")
    scheduler.start()
    return scheduler
