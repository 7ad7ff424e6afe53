"""`clerk serve`: the Slack app over Socket Mode, or over HTTP behind waitress, with the
scheduler beside it. In HTTP mode the same server answers /healthz and the private calendar
feed; logs are one JSON object a line when not on a terminal; SIGTERM stops it gracefully
(no new requests, answers in flight and background work finish, nothing half written)."""

from __future__ import annotations

import json
import logging
import os
import re
import signal
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime
from pathlib import Path

from slack_sdk import WebClient

from handlers.calendar import calendar_events, token_is_valid
from handlers.question import Context
from store.schema import connect

from .boundary import ready
from .ical import to_ics
from .slack_app import create_app

README_SECTION = "README.md, section \"Connect to Slack in five minutes\""
CALENDAR_PATH = re.compile(r"/calendar/([\w-]{16,64})\.ics")
log = logging.getLogger("clerk.serve")


def missing(names: list[str]) -> list[str]:
    return [n for n in names if not os.environ.get(n)]


def web_client() -> WebClient:
    """The Web API client; SLACK_API_URL points it at GovSlack, a proxy or a local fake."""
    base = os.environ.get("SLACK_API_URL") or WebClient.BASE_URL
    return WebClient(token=os.environ["SLACK_BOT_TOKEN"], base_url=base.rstrip("/") + "/")


class JsonLines(logging.Formatter):
    """One JSON object a line, for log shippers."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {"time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
                 "level": record.levelname.lower(), "logger": record.name, "message": record.getMessage()}
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info)
        return json.dumps(entry)


def configure_logging() -> None:
    handler = logging.StreamHandler()
    if sys.stderr.isatty():
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    else:
        handler.setFormatter(JsonLines())
    logging.basicConfig(level=logging.INFO, handlers=[handler], force=True)


def web_app(slack, db_path: Path, today: date | None):
    """Slack's requests to Bolt; /healthz and /calendar/<token>.ics answered here."""
    def app(environ, start_response):
        path = environ.get("PATH_INFO", "")
        if path == "/healthz":
            return _health(db_path, start_response)
        m = CALENDAR_PATH.fullmatch(path)
        if m and environ.get("REQUEST_METHOD") in ("GET", "HEAD"):
            return _calendar(db_path, today, m[1], start_response)
        if path.startswith("/calendar/"):
            return _plain(start_response, "404 Not Found", "no such calendar")
        return slack(environ, start_response)
    return app


def _plain(start_response, status: str, text: str, kind: str = "text/plain; charset=utf-8"):
    body = text.encode() if isinstance(text, str) else text
    start_response(status, [("Content-Type", kind), ("Content-Length", str(len(body))), ("Cache-Control", "no-store")])
    return [body]


def _health(db_path: Path, start_response):
    try:
        db = connect(db_path)
        documents = db.execute("select count(*) from documents").fetchone()[0]
        db.conn.close()
    except Exception:  # the health check's whole job is to say "not healthy", not to raise
        log.exception("health check failed")
        return _plain(start_response, "503 Service Unavailable", json.dumps({"status": "unavailable"}),
                      "application/json")
    return _plain(start_response, "200 OK", json.dumps({"status": "ok", "documents": documents}), "application/json")


def _calendar(db_path: Path, today: date | None, token: str, start_response):
    db = connect(db_path)
    try:
        if not token_is_valid(db, token):
            return _plain(start_response, "404 Not Found", "no such calendar")
        day = today or date.today()
        events = calendar_events(Context(db=db, today=day, user="calendar", channel="calendar"), day)
        return _plain(start_response, "200 OK", to_ics(events), "text/calendar; charset=utf-8")
    finally:
        db.conn.close()


def _ready(db_path: Path) -> None:
    """bot.boundary.ready() on its own connection, in the background; a failure is logged, and questions
    then build what they read themselves."""
    try:
        db = connect(db_path)
        try:
            ready(db)
        finally:
            db.conn.close()
    except Exception:
        log.exception("could not prepare the known phrasings and names before the first question")


def run_server(db_path: Path, http: bool, port: int, today: date | None = None,
               host: str = "127.0.0.1") -> int:
    needed = ["SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET"] if http else ["SLACK_BOT_TOKEN", "SLACK_APP_TOKEN"]
    absent = missing(needed)
    if absent:
        mode = "HTTP mode" if http else "Socket Mode"
        print(f"clerk: cannot start in {mode}: set {', '.join(absent)}. See {README_SECTION}.\n"
              "No Slack workspace yet? `clerk chat` answers the same questions in the terminal.",
              file=sys.stderr)
        return 2
    configure_logging()
    client = web_client()
    pool = ThreadPoolExecutor(max_workers=8, thread_name_prefix="clerk-answer")
    app = create_app(db_path, signing_secret=os.environ.get("SLACK_SIGNING_SECRET"), client=client, today=today,
                     pool=pool)
    pool.submit(_ready, db_path)  # what questions read, built while Slack connects, not on a question's time
    from .scheduler import clock, start
    scheduler = start(db_path, client, clock(today))  # reminders and digests, beside the app
    try:
        if http:
            return _serve_http(app, db_path, today, host, port)
        from slack_bolt.adapter.socket_mode import SocketModeHandler
        log.info("connected to Slack over Socket Mode")
        SocketModeHandler(app, os.environ["SLACK_APP_TOKEN"]).start()
        return 0
    finally:
        scheduler.shutdown(wait=True)
        pool.shutdown(wait=True)  # background answers and posts finish before the process ends
        log.info("stopped")


def _serve_http(app, db_path: Path, today: date | None, host: str, port: int) -> int:
    from slack_bolt.adapter.wsgi import SlackRequestHandler
    from waitress import create_server, wasyncore
    server = create_server(web_app(SlackRequestHandler(app), db_path, today), host=host, port=port, threads=8,
                           ident="clerk")
    stopping = threading.Event()

    def stop(signum, _frame) -> None:  # only a flag: sockets are closed by the loop's own thread, below
        log.info("signal %s: no new requests; finishing those in flight", signum)
        stopping.set()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    log.info("serving Slack requests at http://%s:%s/slack/events (health at /healthz)", host, port)
    print(f"clerk: serving Slack requests at http://{host}:{port}/slack/events", file=sys.stderr)
    channels = server._map  # waitress's socket map: the listener, its wake-up trigger and the connections

    def turn(timeout: float) -> None:
        server.asyncore.loop(timeout=timeout, map=channels, use_poll=server.adj.asyncore_use_poll, count=1)

    while not stopping.is_set():
        turn(LOOP_TIMEOUT)
    # Stop listening, from this thread and between polls. waitress's server.close() would also close
    # the trigger its workers write to when an answer is ready; a file opened meanwhile (the store)
    # could reuse that descriptor and take the write. The trigger stays open until the workers are done.
    wasyncore.dispatcher.close(server)
    deadline = time.monotonic() + DRAIN_SECONDS
    while _busy(server, channels) and time.monotonic() < deadline:
        turn(0.05)
    server.task_dispatcher.shutdown(cancel_pending=False, timeout=max(0.0, deadline - time.monotonic()))
    for _ in range(FLUSH_TURNS):  # send what the last answers left in their buffers
        turn(0.01)
    wasyncore.close_all(channels)
    return 0


LOOP_TIMEOUT = 0.5  # how long a poll waits with nothing to do; a stop is noticed within it
DRAIN_SECONDS = 30
FLUSH_TURNS = 20


def _busy(server, channels: dict) -> bool:
    """Requests still being answered, queued, or answers not yet sent."""
    tasks = server.task_dispatcher
    return bool(tasks.active_count or tasks.queue or any(
        getattr(channel, "total_outbufs_len", 0) or getattr(channel, "requests", None)
        for channel in channels.values()))
