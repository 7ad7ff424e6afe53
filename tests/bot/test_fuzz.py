"""Anything a user can type gets a reply, never an exception, and writes only when the
command was valid and permitted."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import ask

NASTY = ["'; drop table actions; --", "\" OR 1=1 --", "$(rm -rf /)", "`reboot`", "| cat /etc/passwd",
         "NEAR(a b)", "\"unclosed", "a* OR b*", "SG-99999", "^", "\\", "%s%s%n", "\x00", "<@U123|bob>",
         "\u202etxet", "🙂" * 50, "x" * 5000, "update", "mark as", "role", "undo undo", "due SG-1 32/13/2010"]
VERBS = ["update", "mark", "history", "role", "owner", "due", "meeting", "cancel meeting", "summary", "undo", ""]
messages = st.one_of(
    st.text(max_size=300),
    st.sampled_from(NASTY),
    st.builds(lambda v, a, b: f"{v} {a} to {b}", st.sampled_from(VERBS), st.text(max_size=40),
              st.sampled_from(["done", "complete", "late", "banana", "", "'; --"]) | st.text(max_size=10)),
    st.builds(lambda v, a: f"{v} {a}", st.sampled_from(VERBS), st.sampled_from(NASTY) | st.text(max_size=60)),
)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def snapshot(db):
    return {t: db.execute(f"select count(*), total(rowid) from {t}").fetchone()
            for t in ("roles", "action_state", "meetings", "actions", "documents")}


@FUZZ
@given(text=messages)
def test_a_viewer_never_changes_anything(db, text):
    before, history = snapshot(db), db.execute("select count(*) from history where field != 'refused'").fetchone()
    reply = ask(db, text, today="2010-06-01", user="U_VIEWER")
    assert isinstance(reply.text(), str) and reply.text()
    assert reply.intent != "failure", reply.text()
    assert not reply.changed
    assert snapshot(db) == before
    assert db.execute("select count(*) from history where field != 'refused'").fetchone() == history


@FUZZ
@given(text=messages)
def test_the_admin_writes_only_for_valid_commands(db, text):
    before = db.execute("select count(*) from history").fetchone()[0]
    reply = ask(db, text, today="2010-06-01")
    assert reply.text() and reply.intent != "failure", reply.text()
    after = db.execute("select count(*) from history").fetchone()[0]
    assert after - before == (1 if reply.changed else 0)
