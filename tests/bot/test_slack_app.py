"""The Bolt app in process (app.dispatch with signed BoltRequests) for paths that are hard
to reach from outside: a slow answer delivered through response_url, paging, Mark done."""

from __future__ import annotations

import json
import time
import urllib.parse
from datetime import date

import pytest
from slack_bolt import BoltRequest
from slack_sdk import WebClient
from slack_sdk.signature import SignatureVerifier

from bot.blocks import MAX_BLOCKS, reply_blocks
from bot.slack_app import create_app
from handlers.reply import Item, Reply
from tests.fake_slack import FakeSlack

SECRET = "in-process-secret"


@pytest.fixture
def fake():
    fake = FakeSlack()
    yield fake
    fake.stop()


def make_app(db_path, fake, **kw):
    client = WebClient(token="xoxb-x", base_url=f"{fake.url}/api/")
    return create_app(db_path, signing_secret=SECRET, client=client, today=date(2010, 6, 1),
                      token_verification=False, **kw)


def dispatch(app, body: str):
    ts = str(int(time.time()))
    sig = SignatureVerifier(SECRET).generate_signature(timestamp=ts, body=body)
    return app.dispatch(BoltRequest(body=body, headers={
        "content-type": ["application/x-www-form-urlencoded"], "x-slack-request-timestamp": [ts],
        "x-slack-signature": [sig]}))


def command(app, fake, text, user="U1"):
    form = {"command": "/clerk", "text": text, "user_id": user, "channel_id": "C1", "team_id": "T1",
            "trigger_id": f"t{time.monotonic_ns()}", "response_url": f"{fake.url}/response/r1"}
    return dispatch(app, urllib.parse.urlencode(form))


def click(app, fake, action_id, value, user="local"):
    payload = {"type": "block_actions", "user": {"id": user}, "trigger_id": f"t{time.monotonic_ns()}",
               "channel": {"id": "C1"}, "response_url": f"{fake.url}/response/click",
               "actions": [{"action_id": action_id, "value": value, "type": "button"}]}
    return dispatch(app, urllib.parse.urlencode({"payload": json.dumps(payload)}))


def test_slow_answer_acks_then_answers_through_response_url(db_path, fake):
    app = make_app(db_path, fake, ack_budget=0)
    response = command(app, fake, "what's overdue on safeguarding?")
    assert response.status == 200 and "Working on it" in response.body
    posted = fake.wait_for("/response/r1")[0]
    assert "11 safeguarding actions are overdue" in posted["text"] and posted["response_type"] == "ephemeral"


def test_more_pages_through_a_long_answer(db_path, fake):
    app = make_app(db_path, fake)
    first = json.loads(command(app, fake, "what's overdue?").body)
    more = next(e for b in first["blocks"] if b["type"] == "actions" for e in b["elements"] if e["action_id"] == "more")
    assert "SG-1" in first["text"] and "more" in first["text"]
    click(app, fake, "more", more["value"])
    page = fake.wait_for("/response/click")[0]
    assert page["replace_original"] is True and "SG-1 " not in page["text"]


def test_mark_done_goes_through_the_permission_check(db_path, fake):
    app = make_app(db_path, fake)
    click(app, fake, "mark_done", "SG-3", user="U_VIEWER")
    assert "only managers" in fake.wait_for("/response/click")[0]["text"]
    click(app, fake, "mark_done", "SG-3", user="local")
    assert "SG-3 is now done" in fake.wait_for("/response/click", 2)[1]["text"]


def test_blocks_respect_slack_limits():
    long = Reply("lead " * 2000, [Item("x" * 5000, action=f"SG-{i}") for i in range(40)])
    blocks = reply_blocks(long, "q" * 5000, "2010-06-01", shareable=True)
    assert len(blocks) <= MAX_BLOCKS
    assert all(len(b["text"]["text"]) <= 3000 for b in blocks if b["type"] == "section")
    values = [e["value"] for b in blocks if b["type"] == "actions" for e in b["elements"]]
    assert all(len(v) <= 2000 for v in values)


def test_no_reply_can_ping_a_channel_and_owners_render_as_mentions(db_path, fake):
    from store.schema import connect
    from tests.conftest import ask
    store = connect(db_path)
    ask(store, "owner SG-3 U0ANNA", today="2010-06-01")
    ask(store, "note SG-3 <!channel> <!here> @everyone: caseload cap agreed", today="2010-06-01")
    app = make_app(db_path, fake)
    body = command(app, fake, "status of SG-3").body
    assert "<!channel>" not in body and "<!here>" not in body and "@everyone" not in body
    assert "&lt;!channel&gt;" in body and "caseload cap agreed" in body
    assert "owner <@U0ANNA>" in json.loads(body)["text"]
