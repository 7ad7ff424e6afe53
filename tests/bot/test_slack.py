"""End to end: `clerk serve --http` on 127.0.0.1, a local fake Slack Web API recording every
call, and requests signed exactly as Slack signs them. No test reaches slack.com."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time

import pytest

from store import schedules
from store.schema import connect
from tests.conftest import ROOT
from tests.fake_slack import FakeSlack, SignedClient, free_port, wait_for_port

SECRET = "test-signing-secret"


@pytest.fixture(scope="module")
def slack(tmp_path_factory, seeded_path):
    db = tmp_path_factory.mktemp("slack") / "clerk.db"
    shutil.copy(seeded_path, db)
    store = connect(db)
    store.execute("insert into roles (user, role) values ('U_MGR', 'manager')")
    store.conn.close()
    fake = FakeSlack()
    port = free_port()
    env = dict(os.environ, SLACK_BOT_TOKEN="xoxb-test-token", SLACK_SIGNING_SECRET=SECRET,
               SLACK_API_URL=f"{fake.url}/api/", CLERK_TODAY="2010-08-01")
    server = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--http", "--port", str(port),
                               "--db", str(db)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
    wait_for_port(port)
    yield fake, SignedClient(f"http://127.0.0.1:{port}/slack/events", SECRET), db
    server.terminate()
    output = server.communicate(timeout=10)[0]
    fake.stop()
    assert "xoxb-test-token" not in output and SECRET not in output


def block_text(blocks: list[dict]) -> str:
    return json.dumps(blocks)


def test_slash_question_answers_privately_with_share(slack):
    fake, client, _db = slack
    status, body = client.command("when does scrutiny next meet?", response_url=f"{fake.url}/response/q1")
    reply = json.loads(body)
    assert status == 200 and reply["response_type"] == "ephemeral"
    assert "October 2010" in reply["text"] and "projected" in reply["text"]
    share = [e for b in reply["blocks"] if b["type"] == "actions" for e in b["elements"] if e["action_id"] == "share"]
    assert share and any(b["type"] == "context" for b in reply["blocks"])

    client.interaction({"type": "block_actions", "user": {"id": "U_STAFF"}, "trigger_id": "t-share",
                        "response_url": f"{fake.url}/response/share1", "channel": {"id": "C1"},
                        "actions": [{"action_id": "share", "value": share[0]["value"], "type": "button"}]})
    posted = fake.wait_for("/response/share1")[0]
    assert posted["response_type"] == "in_channel" and "October 2010" in posted["text"]


def test_manager_update_and_viewer_refusal(slack):
    fake, client, db = slack
    status, body = client.command("update caseloads to done", user="U_VIEWER")
    refused = json.loads(body)
    assert status == 200 and refused["response_type"] == "ephemeral" and "only managers" in refused["text"]
    status, body = client.command("update caseloads to done - cap agreed", user="U_MGR")
    done = json.loads(body)
    assert "SG-3 is now done" in done["text"] and "share" not in block_text(done["blocks"])
    rows = list(connect(db).query("select user, channel, note from history where field = 'status'"))
    assert rows == [{"user": "U_MGR", "channel": "C1", "note": "cap agreed"}]


def test_mention_is_answered_in_its_thread_and_follow_ups_work(slack):
    fake, client, _db = slack
    event = {"type": "app_mention", "user": "U_STAFF", "text": "<@UBOT> who chairs the improvement board?",
             "ts": "1700000001.000100", "channel": "C1", "thread_ts": "1700000000.000001"}
    assert client.event(event, "Ev-mention")[0] == 200
    post = fake.wait_for_text("chat.postMessage", "Bill McCarthy")
    assert post["thread_ts"] == "1700000000.000001"
    follow = {"type": "message", "user": "U_STAFF", "text": "and who sits on it? the improvement board",
              "ts": "1700000002.000100", "channel": "C1", "channel_type": "channel", "thread_ts": "1700000000.000001"}
    client.event(follow, "Ev-follow")
    post = fake.wait_for_text("chat.postMessage", "Penny Thompson")
    assert post["thread_ts"] == "1700000000.000001"


def test_a_mention_in_a_followed_thread_is_answered_once(slack):
    fake, client, _db = slack
    text = "<@UBOT> how often does the member reference group meet?"
    base = {"user": "U_STAFF", "text": text, "ts": "1700000005.000100", "channel": "C1",
            "thread_ts": "1700000000.000001"}
    before = len([c for c in fake.calls if c[0] == "chat.postMessage"])
    client.event(dict(base, type="app_mention"), "Ev-both-1")
    client.event(dict(base, type="message", channel_type="channel"), "Ev-both-2")
    fake.wait_for("chat.postMessage", before + 1)  # the module's earlier posts do not count
    time.sleep(1.0)
    posts = [p for n, p in fake.calls if n == "chat.postMessage" and "Six weekly" in p.get("text", "")]
    assert len(posts) == 1


def test_direct_message_is_answered_in_the_dm(slack):
    fake, client, _db = slack
    before = len([c for c in fake.calls if c[0] == "chat.postMessage"])
    event = {"type": "message", "user": "U_STAFF", "text": "how often does the transformation board meet?",
             "ts": "1700000003.000100", "channel": "D42", "channel_type": "im"}
    client.event(event, "Ev-dm")
    post = fake.wait_for("chat.postMessage", before + 1)[-1]
    assert post["channel"] == "D42" and "every two weeks" in post["text"]


def test_a_retried_event_posts_once(slack):
    fake, client, _db = slack
    event = {"type": "message", "user": "U_STAFF", "text": "who is bill mccarthy", "ts": "1700000004.000100",
             "channel": "D43", "channel_type": "im"}
    before = len([c for c in fake.calls if c[0] == "chat.postMessage"])
    client.event(event, "Ev-retry")
    client.event(event, "Ev-retry", headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})
    fake.wait_for("chat.postMessage", before + 1)
    time.sleep(1.0)
    assert len([p for n, p in fake.calls if n == "chat.postMessage" and p["channel"] == "D43"]) == 1


def test_update_button_opens_a_modal_and_its_submission_updates(slack):
    fake, client, db = slack
    _status, body = client.command("status of SG-5", user="U_MGR")
    blocks = json.loads(body)["blocks"]
    button = next(e for b in blocks if b["type"] == "actions" for e in b["elements"] if e["action_id"] == "open_update")
    client.interaction({"type": "block_actions", "user": {"id": "U_MGR"}, "trigger_id": "t-open",
                        "channel": {"id": "C1"}, "response_url": f"{fake.url}/response/open",
                        "actions": [{"action_id": "open_update", "value": button["value"], "type": "button"}]})
    view = fake.wait_for("views.open")[0]
    view = json.loads(view["view"]) if isinstance(view["view"], str) else view["view"]
    assert view["callback_id"] == "update_action"
    submission = {"type": "view_submission", "user": {"id": "U_MGR"}, "trigger_id": "t-sub",
                  "view": {"id": "V1", "type": "modal", "callback_id": "update_action", "private_metadata": view["private_metadata"],
                           "state": {"values": {"status": {"value": {"selected_option": {"value": "at risk"}}},
                                                "note": {"value": {"value": "staffing gap"}},
                                                "due": {"value": {"selected_date": None}}}}}}
    status, _ = client.interaction(submission)
    assert status == 200
    confirm = fake.wait_for("chat.postEphemeral")[-1]
    assert "SG-5 is now at risk" in confirm["text"]
    row = next(connect(db).query("select status from action_state a join actions x on x.key = a.key "
                                 "where x.short_id = 'SG-5'"))
    assert row["status"] == "at risk"


def test_app_home_is_published(slack):
    fake, client, _db = slack
    client.event({"type": "app_home_opened", "user": "U_MGR", "channel": "D1", "tab": "home"}, "Ev-home")
    view = fake.wait_for("views.publish")[0]
    text = json.dumps(view)
    assert "Your actions" in text and "Overdue" in text and "Next meetings" in text


def test_serve_posts_a_digest_that_fell_due_while_it_was_down(tmp_path, seeded_path):
    """`clerk serve` runs the scheduler: on start it catches up on a digest due while it was down."""
    db = tmp_path / "clerk.db"
    shutil.copy(seeded_path, db)
    store = connect(db)
    schedules.set_digest(store, "C9DIGEST", "weekly", 4, "00:00", "U_MGR", "2010-07-29T12:00:00")  # due Friday 30
    # July; the clock says Sunday 1 August at the wall clock's time of day: late whatever the hour
    store.conn.close()
    fake, port = FakeSlack(), free_port()
    env = dict(os.environ, SLACK_BOT_TOKEN="xoxb-test-token", SLACK_SIGNING_SECRET=SECRET,
               SLACK_API_URL=f"{fake.url}/api/", CLERK_TODAY="2010-08-01")
    server = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--http", "--port", str(port), "--db", str(db)],
                              cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        [posted] = fake.wait_for("chat.postMessage", timeout=20)
        assert posted["channel"] == "C9DIGEST" and "Board summary as of 1 August 2010" in posted["text"]
        assert "sent late" in posted["text"]
    finally:
        server.terminate()
        server.communicate(timeout=10)
        fake.stop()


def test_forged_and_stale_requests_get_401_and_run_nothing(slack):
    fake, client, _db = slack
    before = len(fake.calls)
    assert client.command("summary", signature="v0=" + "0" * 64)[0] == 401
    assert client.command("summary", timestamp=int(time.time()) - 60 * 10)[0] == 401
    time.sleep(0.5)
    assert len(fake.calls) == before


def test_a_follow_up_in_a_dm_is_read_with_the_question_before(slack):
    fake, client, _db = slack
    before = len([c for c in fake.calls if c[0] == "chat.postMessage"])
    for n, text in enumerate(["who chairs scrutiny?", "when does it next meet?"]):
        client.event({"type": "message", "user": "U_FOLLOW", "text": text, "ts": f"1700000010.00010{n}",
                      "channel": "D50", "channel_type": "im"}, f"Ev-follow-{n}")
        fake.wait_for("chat.postMessage", before + n + 1)
    posts = [p for name, p in fake.calls if name == "chat.postMessage" and p["channel"] == "D50"]
    assert "Cllr Chapman" in posts[0]["text"]
    assert "Scrutiny is expected to meet next in October 2010" in posts[1]["text"]  # 'it' is scrutiny
