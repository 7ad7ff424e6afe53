"""`clerk serve`: the Slack app over Socket Mode, or over HTTP behind waitress."""

from __future__ import annotations

import logging
import os
import sys
from datetime import date
from pathlib import Path

from slack_sdk import WebClient

from .slack_app import create_app

README_SECTION = "README.md, section \"Connect to Slack in five minutes\""


def missing(names: list[str]) -> list[str]:
    return [n for n in names if not os.environ.get(n)]


def web_client() -> WebClient:
    """The Web API client; SLACK_API_URL points it at GovSlack, a proxy or a local fake."""
    base = os.environ.get("SLACK_API_URL") or WebClient.BASE_URL
    return WebClient(token=os.environ["SLACK_BOT_TOKEN"], base_url=base.rstrip("/") + "/")


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
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    client = web_client()
    app = create_app(db_path, signing_secret=os.environ.get("SLACK_SIGNING_SECRET"), client=client, today=today)
    from .scheduler import clock, start
    start(db_path, client, clock(today))  # reminders and digests, beside the app
    if http:
        from slack_bolt.adapter.wsgi import SlackRequestHandler
        from waitress import serve
        print(f"clerk: serving Slack requests at http://{host}:{port}/slack/events", file=sys.stderr)
        serve(SlackRequestHandler(app), host=host, port=port, threads=8, ident="clerk")
        return 0
    from slack_bolt.adapter.socket_mode import SocketModeHandler
    print("clerk: connected to Slack over Socket Mode", file=sys.stderr)
    SocketModeHandler(app, os.environ["SLACK_APP_TOKEN"]).start()
    return 0
