"""The Slack app, built by a factory: the caller chooses the store, the clock and the Web
API client. Every path goes through the same error boundary as the CLI."""

from __future__ import annotations

import json
import logging
import re
import threading
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from datetime import date, datetime
from pathlib import Path

from slack_bolt import App, BoltResponse
from slack_sdk import WebClient

from handlers.board import board_figures
from handlers.overdue import action_item
from handlers.question import Context
from handlers.reply import Reply
from handlers.updates import STATUSES, example_id
from store import deadlines, tracking
from store.schema import connect

from .blocks import escape, home_view, note_modal, reply_blocks, update_modal
from .boundary import answer
from .charts import board_png

log = logging.getLogger("clerk.slack")
ACK_BUDGET_SECONDS = 2.0  # Slack wants an ack within 3 s; answer inside it when we can
MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")
COMMAND_INTENTS = {"update", "undo", "role", "meeting", "history", "refused", "usage", "error", "failure"}


class Clerk:
    """What the listeners share: a connection per thread, the clock, and how to answer."""

    def __init__(self, db_path: Path, today: date | None):
        self.db_path, self.today, self._local = db_path, today, threading.local()

    @property
    def db(self):
        if not hasattr(self._local, "db"):
            self._local.db = connect(self.db_path)
        return self._local.db

    def context(self, user: str, request_id: str | None, day: date | None = None, channel: str = "slack",
                team: str = "slack", thread: str = "") -> Context:
        today = day or self.today or date.today()
        now = f"{today.isoformat()}T{datetime.now():%H:%M:%S}"
        return Context(db=self.db, today=today, user=user, channel=channel, request_id=request_id, now=now,
                       team=team, conversation=True, thread=thread)

    def reply(self, text: str, user: str, request_id: str | None = None, day: date | None = None,
              channel: str = "slack", team: str = "slack", thread: str = "") -> Reply:
        return answer(self.context(user, request_id, day, channel, team, thread), text)

    def first_time(self, key: str) -> bool:
        """True once per key: Slack's retries of the same event are recognised and dropped."""
        return tracking.first_sighting(self.db, key)


def message(reply: Reply, question: str, today: str, page: int = 0, share: bool = False) -> dict:
    """A Slack message payload for a reply: fallback text plus blocks."""
    shareable = share and not reply.private and reply.intent not in COMMAND_INTENTS
    return {"text": escape(reply.text(page))[:3000],
            "blocks": reply_blocks(reply, question, today, page, shareable=shareable)}


def create_app(db_path: Path, token: str | None = None, signing_secret: str | None = None,
               client: WebClient | None = None, today: date | None = None,
               token_verification: bool = True, ack_budget: float = ACK_BUDGET_SECONDS,
               pool: ThreadPoolExecutor | None = None) -> App:
    """Build the Bolt app; nothing is created at import time."""
    clerk = Clerk(db_path, today)
    # Listeners run in the request's own thread and return at once (process_before_response):
    # what takes longer than an ack (posting, answering past the budget) goes to Clerk's own
    # bounded pool, so no request waits on Bolt's listener runner.
    app = App(token=token, signing_secret=signing_secret, client=client,
              token_verification_enabled=token_verification, process_before_response=True)
    pool = pool or ThreadPoolExecutor(max_workers=8, thread_name_prefix="clerk-answer")

    def later(work, *args, **kwargs) -> None:
        """Run `work` in the pool; a failure there is logged with its traceback, never lost silently."""
        def run():
            try:
                work(*args, **kwargs)
            except Exception:  # the pool's boundary: the user already has their ack
                log.exception("background work %s failed", getattr(work, "__name__", work))
        pool.submit(run)

    @app.middleware
    def drop_retries(body, next, logger):  # noqa: A002 - Bolt names it next
        event_id = body.get("event_id")
        if event_id and not clerk.first_time(f"event:{event_id}"):
            return BoltResponse(status=200, body="")
        return next()

    @app.command("/clerk")
    def on_command(ack, command, respond):
        text, user = command.get("text", ""), command["user_id"]
        day = (clerk.today or date.today()).isoformat()
        work = pool.submit(clerk.reply, text, user, command.get("trigger_id"), None,
                           command.get("channel_id") or "slack", command.get("team_id") or "slack")
        try:
            if ack_budget <= 0:  # no budget: every answer goes through response_url
                raise FutureTimeout
            reply = work.result(timeout=ack_budget)
        except FutureTimeout:
            ack(response_type="ephemeral", text="Working on it…")
            later(lambda: respond(response_type="ephemeral", **message(work.result(), text, day, share=True)))
            return
        ack(response_type="ephemeral", **message(reply, text, day, share=True))

    @app.event("app_mention")
    def on_mention(event, say, client):
        thread = event.get("thread_ts") or event["ts"]
        later(_answer_in_channel, clerk, client, say, event, MENTION.sub("", event.get("text", "")), thread)

    @app.event("message")
    def on_message(event, say, client, context):
        if not (event.get("subtype") or event.get("bot_id")):
            later(_answer_message, event, say, client, context)

    def _answer_message(event, say, client, context):
        if f"<@{context.get('bot_user_id')}>" in event.get("text", "") and event.get("channel_type") != "im":
            return  # a mention: Slack sends it as app_mention too, and that one is answered
        if event.get("channel_type") == "im":
            _answer_in_channel(clerk, client, say, event, event.get("text", ""), event.get("thread_ts"))
        elif event.get("thread_ts") and tracking.is_bot_thread(clerk.db, event["channel"], event["thread_ts"]):
            _answer_in_channel(clerk, client, say, event, MENTION.sub("", event.get("text", "")),
                               event["thread_ts"])

    @app.action("share")
    def on_share(ack, body, action, respond, client):
        ack()
        later(_on_share, body, action, respond, client)

    def _on_share(body, action, respond, client):
        payload = json.loads(action["value"])
        reply = clerk.reply(payload["q"], body["user"]["id"], day=date.fromisoformat(payload["d"]))
        respond(response_type="in_channel", delete_original=True,
                **message(reply, payload["q"], payload["d"], payload.get("p", 0)))
        channel = (body.get("channel") or {}).get("id")
        if reply.intent == "summary" and channel:
            upload_chart(clerk, client, channel, None)

    @app.action("more")
    def on_more(ack, body, action, respond):
        ack()
        later(_on_more, body, action, respond)

    def _on_more(body, action, respond):
        payload = json.loads(action["value"])
        reply = clerk.reply(payload["q"], body["user"]["id"], day=date.fromisoformat(payload["d"]))
        respond(replace_original=True, **message(reply, payload["q"], payload["d"], payload["p"], share=True))

    @app.action("mark_done")
    def on_mark_done(ack, body, action, respond):
        ack()
        later(_on_mark_done, body, action, respond)

    def _on_mark_done(body, action, respond):
        reply = clerk.reply(f"update {action['value']} to done", body["user"]["id"],
                            request_id=f"action:{body.get('trigger_id')}")
        respond(response_type="ephemeral", replace_original=False, text=escape(reply.text()),
                blocks=reply_blocks(reply, action_buttons=False))

    def _open_modal(body, action, client, view) -> None:
        """The modal for one action's button, remembering the action and the channel it came from."""
        channel = (body.get("channel") or {}).get("id")
        metadata = json.dumps({"id": action["value"], "channel": channel})
        client.views_open(trigger_id=body["trigger_id"], view=view(action["value"], metadata))

    @app.action("open_update")
    def on_open_update(ack, body, action, client):
        ack()
        later(_open_modal, body, action, client, lambda short_id, meta: update_modal(short_id, STATUSES, meta))

    @app.action("open_note")
    def on_open_note(ack, body, action, client):
        ack()
        later(_open_modal, body, action, client, note_modal)

    @app.view("add_note")
    def on_note_submitted(ack, body, view, client):
        meta = json.loads(view["private_metadata"])
        note = ((view["state"]["values"].get("note") or {}).get("value") or {}).get("value") or ""
        reply = clerk.reply(f"note {meta['id']} {note}", body["user"]["id"], request_id=f"view:{view['id']}:note")
        if reply.intent == "refused":
            ack(response_action="errors", errors={"note": reply.lead[:150]})
            return
        ack()
        later(client.chat_postMessage, channel=meta.get("channel") or body["user"]["id"], text=escape(reply.text()))

    @app.view("update_action")
    def on_update_submitted(ack, body, view, client):
        meta = json.loads(view["private_metadata"])
        values = view["state"]["values"]
        status = ((values.get("status") or {}).get("value") or {}).get("selected_option") or {}
        note = ((values.get("note") or {}).get("value") or {}).get("value")
        due = ((values.get("due") or {}).get("value") or {}).get("selected_date")
        if not status and not due:
            ack(response_action="errors", errors={"status": "Choose a status or a new due date."})
            return
        user = body["user"]["id"]
        replies = []
        suffix = f" - {note}" if note else ""
        if status:
            replies.append(clerk.reply(f"update {meta['id']} to {status['value']}{suffix}", user,
                                       request_id=f"view:{view['id']}:status"))
        if due:
            replies.append(clerk.reply(f"due {meta['id']} {due}{suffix if not status else ''}", user,
                                       request_id=f"view:{view['id']}:due"))
        refused = next((r for r in replies if r.intent == "refused"), None)
        if refused:
            ack(response_action="errors", errors={"status": refused.lead[:150]})
            return
        ack()
        text = escape("\n".join(r.text() for r in replies))
        if meta.get("channel"):
            later(client.chat_postEphemeral, channel=meta["channel"], user=user, text=text)
        else:
            later(client.chat_postMessage, channel=user, text=text)

    @app.event("app_home_opened")
    def on_home(event, client):
        later(_on_home, event, client)

    def _on_home(event, client):
        user = event["user"]
        ctx = clerk.context(user, None)
        sections = [("Your actions", _owned(ctx, user)),
                    ("Overdue", answer(ctx, "what's overdue?")),
                    ("Next meetings", answer(ctx, "what meetings are coming up?")),
                    ("Recent updates", answer(ctx, "what's changed recently?"))]
        client.views_publish(user_id=user, view=home_view(sections))

    return app


def _owned(ctx: Context, user: str) -> Reply:
    rows = deadlines.owned_actions(ctx.db, ctx.today, user)
    if not rows:
        shown = example_id(ctx) or "<action>"
        return Reply(f"You don't own any actions yet. A manager can assign one with `owner {shown} @you`.")
    return Reply(f"You own {len(rows)} actions:", [action_item(r, ctx.docs()) for r in rows])


def upload_chart(clerk: Clerk, client: WebClient, channel: str, thread: str | None) -> None:
    """The board's chart beside a summary, through Slack's current upload API, with alt text
    that says the numbers."""
    figures = board_figures(clerk.context("clerk", None), clerk.today or date.today())
    client.files_upload_v2(channel=channel, thread_ts=thread, file=board_png(figures), filename="board-summary.png",
                           title=f"Board summary, {figures.today.day} {figures.today:%B %Y}",
                           alt_txt=figures.alt_text()[:1000])


def _answer_in_channel(clerk: Clerk, client: WebClient, say, event: dict, text: str, thread: str | None):
    """Answer where the question was asked; refusals and errors only to the asker."""
    user, channel = event.get("user", ""), event["channel"]
    reply = clerk.reply(text, user, request_id=f"event:{event.get('client_msg_id') or event['ts']}", channel=channel,
                        team=event.get("team") or "slack", thread=thread or "")
    day = (clerk.today or date.today()).isoformat()
    payload = message(reply, text.strip(), day)
    if reply.private:
        client.chat_postEphemeral(channel=channel, user=user, thread_ts=thread, **payload)
        return
    say(thread_ts=thread, **payload)
    if reply.intent == "summary":
        upload_chart(clerk, client, channel, thread)
    if thread and event.get("channel_type") != "im":
        tracking.remember_bot_thread(clerk.db, channel, thread)
