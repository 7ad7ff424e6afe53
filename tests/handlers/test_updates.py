"""Status updates, roles and the audit trail, through the real router and store."""

from __future__ import annotations

import pytest

from tests.conftest import ask

DAY = "2010-06-01"
COMMANDS = [  # (command, what a manager is told)
    ("update SG-3 to done - cap agreed at 18", "SG-3 is now done"),
    ("mark caseloads as in progress", "SG-3 is now in progress"),
    ("owner SG-3 Jane Smith", "SG-3 is now owned by Jane Smith"),
    ("due SG-3 30 September 2010", "SG-3 is now due 30 September 2010"),
    ("meeting executive board on 14 June 2010", "Meeting of the Executive Board on 14 June 2010 recorded"),
    ("cancel meeting executive board on 12 August 2010", "Meeting of the Executive Board on 12 August 2010 cancelled"),
]


def history_rows(db, field=None):
    sql = "select * from history" + (" where field = ?" if field else "")
    return list(db.query(sql, [field] if field else []))


def grant(db, user, role):
    assert f"{user} is now {'an' if role == 'admin' else 'a'} {role}" in ask(db, f"role {user} {role}", today=DAY).text()


@pytest.mark.parametrize("command,told", COMMANDS, ids=[c for c, _ in COMMANDS])
@pytest.mark.parametrize("role", ["viewer", "manager", "admin"])
def test_each_command_for_each_role(db, command, told, role):
    if role != "viewer":
        grant(db, "U1", role)
    before = len(history_rows(db))
    reply = ask(db, command, today=DAY, user="U1")
    if role == "viewer":
        assert "only managers and admins" in reply.text() and reply.private
        assert [r["field"] for r in history_rows(db)[before:]] == ["refused"]
    else:
        assert told in reply.text() and reply.changed
        entry = history_rows(db)[-1]
        assert entry["user"] == "U1" and entry["at"].startswith(DAY) and entry["channel"] == "cli"


@pytest.mark.parametrize("role,allowed", [("viewer", False), ("manager", False), ("admin", True)])
def test_only_admins_grant_roles(db, role, allowed):
    if role != "viewer":
        grant(db, "U1", role)
    reply = ask(db, "role U2 manager", today=DAY, user="U1")
    assert ("U2 is now a manager" in reply.text()) == allowed
    if not allowed:
        assert "only admins" in reply.text()
        assert not list(db.query("select * from roles where user = 'U2'"))


def test_undo_is_a_manager_command_and_reverts_only_your_own(db):
    grant(db, "M1", "manager")
    grant(db, "M2", "manager")
    ask(db, "update SG-3 to done", today=DAY, user="M1")
    ask(db, "update SG-4 to delayed", today=DAY, user="M2")
    assert "only managers" in ask(db, "undo", today=DAY, user="V1").text()
    assert "Undone: SG-3" in ask(db, "undo", today=DAY, user="M1").text()
    assert "SG-4 is delayed" in ask(db, "status of SG-4", today=DAY).text()
    assert "SG-3 is not started" in ask(db, "status of SG-3", today=DAY).text()


def test_undo_of_an_undo_reapplies_and_history_only_grows(db):
    grant(db, "M1", "manager")
    ask(db, "update SG-3 to done - agreed", today=DAY, user="M1")
    ask(db, "undo", today=DAY, user="M1")
    assert "caseload" in ask(db, "what's overdue on safeguarding?", today=DAY).text()
    ask(db, "undo", today=DAY, user="M1")
    assert "caseload" not in ask(db, "what's overdue on safeguarding?", today=DAY).text()
    rows = history_rows(db, "status")
    assert [(r["old"], r["new"]) for r in rows] == [("not started", "done"), ("done", "not started"),
                                                    ("not started", "done")]
    assert rows[1]["reverts"] == rows[0]["id"] and rows[2]["reverts"] == rows[1]["id"]
    assert "nothing" not in ask(db, "history SG-3", today=DAY).text()


def test_nothing_to_undo(db):
    grant(db, "M1", "manager")
    assert "no update to undo" in ask(db, "undo", today=DAY, user="M1").text()


def test_ambiguous_action_lists_ids_and_changes_nothing(db):
    reply = ask(db, "update review the level of resource to done", today=DAY)
    assert "2 actions match" in reply.text() and "LAC-1" in reply.text() and "LAC-7" in reply.text()
    assert not history_rows(db, "status")


def test_unknown_action_and_unknown_status(db):
    assert "couldn't find an action" in ask(db, "update zebra crossings to done", today=DAY).text()
    reply = ask(db, "update SG-3 to sorted-ish", today=DAY)
    assert "isn't a status" in reply.text() and "not started, in progress, at risk, delayed, done" in reply.text()
    assert not history_rows(db, "status")


@pytest.mark.parametrize("typed,told", [
    # a mistyped status: the one it most likely means
    ("update SG-3 to dne", "Did you mean \u2018done\u2019?"),
    # several ids at once, or a date it cannot read: how to say it, and nothing half-done
    ("update SG-1, SG-2 to done", "update one action at a time, e.g. update SG-1 to done (nothing was changed)"),
    ("due SG-6 tomorrow", "due <action> <date>"),
    # a role for something that is not a Slack member, or for the command line's own admin
    ("role jane manager", "isn't a Slack member ID, so nothing was changed"),
    ("role U 123 manager", "isn't a Slack member ID, so nothing was changed"),
    ("role local viewer", "always an admin, so nothing was changed"),
])
def test_bad_commands_say_how_and_change_nothing(db, typed, told):
    assert told in ask(db, typed, today=DAY).text()
    assert not history_rows(db) and not list(db.query("select * from roles where user != 'local'"))


@pytest.mark.parametrize("typed,told", [
    ("mark SG-4 done", "SG-4 is now done"),  # no 'as'
    ("SG-14 is done", "SG-14 is now done"),  # the id, then its status
    ("update SG-3 to delayed: agency staff left", "Note: agency staff left"),  # a colon before the note
    ("update SG\u20133 to done", "SG-3 is now done"),  # an en dash, as Word and Slack type it
    ("udpate SG-3 to done", "SG-3 is now done"),  # a misspelt verb before an id
    ("update SG3 to done", "SG-3 is now done"),  # no hyphen, for letters the ids use
    ("update SG-3 to", "Usage: update <action> to <status>"),
    ("update caseloads", "Usage: update <action> to <status>"),  # to what? nothing is changed
    ("please mark SG-3 complete", "SG-3 is now done"),  # politeness is not part of the command
    ("mark SG-4 as complete please", "SG-4 is now done"),
    ("show history for SG-3", "SG-3 has no updates yet"),  # the grammar's commands as people phrase them
    ("change log for SG-3", "SG-3 has no updates yet"),
    ("who's on the hook for SG-3", "SG-3 has no owner yet"),
    ("mark the caseload action done - cap agreed", "SG-3 is now done"),  # an action by its words, no 'as'
    ("set the PEP action to in progress", "LAC-9 is now in progress"),  # an acronym in the words, spelt out
    ("show history for the paediatrician action", "SG-14 has no updates yet"),
    ("mark team manager capacity finished - cap agreed", "SG-3 is now done"),  # any word for a status, at the end
    ("audit trail for team manager capacity", "SG-3 has no updates yet"),
])
def test_commands_as_people_type_them(db, typed, told):
    assert told in ask(db, typed, today=DAY).text()


@pytest.mark.parametrize("said", ["undo my last change", "roll back my last update", "scrap the change i just made"])
def test_undo_as_people_say_it(db, said):
    ask(db, "mark SG-4 done", today=DAY)
    assert "Undone: SG-4" in ask(db, said, today=DAY).text()


@pytest.mark.parametrize("typed", ["SG-3 is late", "SG-3 is overdue", "SG-3 open", "is SG-3 done?", "SG-3 done?",
                                   "dated SG-3", "A2 road works"])
def test_remarks_and_questions_change_nothing(db, typed):
    ask(db, typed, today=DAY)
    assert not history_rows(db)


@pytest.mark.parametrize("typed", ["scrap that", "cancel this", "reverse the"])
def test_a_bare_remark_undoes_nothing(db, typed):
    ask(db, "mark SG-4 done", today=DAY)
    assert "Undone" not in ask(db, typed, today=DAY).text()
    assert "SG-4 is done" in ask(db, "status of SG-4", today=DAY).text()


@pytest.mark.parametrize("typed,told", [
    ("contact centre stuff is done now, signed off by HoS", "`update SG-4 to done - signed off by HoS`"),
    ("the caseload work is finished - cap agreed", "`update SG-3 to done - cap agreed`"),
])
def test_a_remark_that_an_action_changed_records_it_for_a_manager_and_tells_anyone_else_how(db, typed, told):
    reply = ask(db, typed, today=DAY, user="U_STAFF")  # a viewer: how a manager would record it
    assert reply.private and "Nothing was changed. To record that, type:" in reply.text() and told in reply.text()
    assert not history_rows(db)
    ask(db, "role U_MGR manager")
    reply = ask(db, typed, today=DAY, user="U_MGR")  # a manager: recorded, and reversible
    assert reply.changed and "is now done" in reply.text() and "undo" in reply.text()
    assert len(history_rows(db, "status")) == 1


@pytest.mark.parametrize("typed", ["can u order pizza for the IB", "please book a room for scrutiny"])
def test_an_errand_is_declined_and_changes_nothing(db, typed):
    reply = ask(db, typed, today=DAY)
    assert reply.private and reply.text().startswith("I can't do that") and not history_rows(db)


@pytest.mark.parametrize("typed", ["mark peel - what's his job", "update the transformation board timetable"])
def test_words_after_update_or_mark_that_name_no_action_are_a_question(db, typed):
    assert ask(db, typed, today=DAY).intent != "usage"


def test_an_actions_rag_colour_is_its_status(db):
    ask(db, "update LAC-2 to amber", today=DAY)
    text = ask(db, "which actions are amber?", today=DAY).text()
    assert "1 action is at risk" in text and "LAC-2" in text, text


@pytest.mark.parametrize("word,status", [("complete", "done"), ("finished", "done"), ("ongoing", "in progress"),
                                         ("on track", "in progress"), ("blocked", "delayed"), ("late", "delayed"),
                                         ("open", "not started"), ("at risk", "at risk")])
def test_status_synonyms(db, word, status):
    if status == "not started":
        ask(db, "update SG-5 to done", today=DAY)
    assert f"is now {status}" in ask(db, f"update SG-5 to {word}", today=DAY).text()


def test_due_date_change_then_overdue(db):
    assert "SG-3" in ask(db, "what's overdue on safeguarding?", today=DAY).text()
    ask(db, "due SG-3 30 September 2010 - re-baselined by the board", today=DAY)
    text = ask(db, "what's overdue on safeguarding?", today=DAY).text()
    assert "SG-3" not in text and "10 safeguarding actions" in text
    later = ask(db, "what's overdue on safeguarding?", today="2010-10-01").text()
    assert "re-baselined from 7 January 2010" in later
    history = ask(db, "history SG-3", today=DAY).text()
    assert "due date 7 January 2010 → 30 September 2010" in history


def test_recorded_meeting_beats_projection_and_cancel_restores_it(db):
    today = "2010-08-01"
    assert "October 2010" in ask(db, "when does scrutiny next meet?", today=today).text()
    ask(db, "meeting scrutiny on 9 September 2010", today=today)
    assert "next meets on 9 September 2010 (recorded" in ask(db, "when does scrutiny next meet?", today=today).text()
    ask(db, "cancel meeting scrutiny on 9 September 2010", today=today)
    assert "October 2010" in ask(db, "when does scrutiny next meet?", today=today).text()


def test_a_meeting_not_in_the_records_cannot_be_cancelled_and_undo_invents_none(db):
    today = "2010-08-01"
    refused = ask(db, "cancel meeting executive board on 3 March 2011", today=today).text()
    assert "nothing to cancel and nothing was changed" in refused and not history_rows(db)
    ask(db, "cancel meeting executive board on 12 August 2010", today=today)  # the papers' August meeting
    assert "August 2010" not in ask(db, "when does the executive board next meet?", today=today).text()
    ask(db, "undo", today=today)
    assert "August 2010" in ask(db, "when does the executive board next meet?", today=today).text()
    assert not list(db.query("select * from meetings where doc_id is null"))  # the papers' meeting, nothing invented


def test_a_later_recorded_meeting_does_not_hide_a_sooner_one(db):
    today = "2010-08-01"
    ask(db, "meeting executive board on 1 December 2010", today=today)
    assert "August 2010" in ask(db, "when does the executive board next meet?", today=today).text()


def test_a_retried_request_changes_nothing_twice(db):
    first = ask(db, "update SG-3 to done", today=DAY, request_id="req-1")
    again = ask(db, "update SG-3 to done", today=DAY, request_id="req-1")
    assert first.changed
    assert len(history_rows(db, "status")) == 1 and again.intent == "update"


def test_updates_show_in_recent_changes_and_summary(db):
    ask(db, "update SG-3 to done - cap agreed", today=DAY, user="local")
    recent = ask(db, "what's changed recently", today=DAY).text()
    assert "SG-3 (Tackle the unacceptably high level of social worker caseloads" in recent  # what it is, not only its id
    assert "status not started → done" in recent
    assert "cap agreed" in ask(db, "summary", today=DAY).text()


def test_a_note_with_an_unchanged_status_is_kept(db):
    ask(db, "role U_MGR manager")
    ask(db, "update SG-3 to in progress - caseloads now 24", user="U_MGR")
    again = ask(db, "update SG-3 to in progress - caseloads now 22 average", user="U_MGR")
    assert again.changed and "was already in progress" in again.text() and "caseloads now 22 average" in again.text()
    status = ask(db, "status of SG-3").text()
    assert "Latest note, by <@U_MGR>" not in status and "caseloads now 22 average" in status
    history = ask(db, "history SG-3").text()
    assert "caseloads now 24" in history and "caseloads now 22 average" in history


@pytest.mark.parametrize("typed", ["note SG-3 four agency social workers started",
                                   "add a note to SG-3: four agency social workers started",
                                   "SG-3: four agency social workers started"])
def test_notes_in_every_form_and_undo_removes_one(db, typed):
    ask(db, "role U_MGR manager")
    added = ask(db, typed, user="U_MGR")
    assert added.changed and added.intent == "note"
    assert "four agency social workers started" in ask(db, "status of SG-3").text()
    assert "four agency social workers" in ask(db, "summary").text()
    undone = ask(db, "undo", user="U_MGR")
    assert "note" in undone.text()
    assert "four agency social workers" not in ask(db, "status of SG-3").text()
    refused = ask(db, typed, user="U_VIEWER")
    assert refused.intent == "refused" and not refused.changed


def test_an_action_nobody_has_reported_on_says_so(db):
    """'Not started' is only the starting point: the answer says no one has reported on it."""
    text = ask(db, "status of SG-5", today=DAY).text()
    assert "not started (no update yet)" in text and "Neither the papers nor a manager" in text
    grant(db, "M1", "manager")
    ask(db, "update SG-5 to in progress", today=DAY, user="M1")
    text = ask(db, "status of SG-5", today=DAY).text()
    assert "SG-5 is in progress" in text and "no update yet" not in text and "Neither the papers" not in text


def test_an_action_with_a_note_is_not_unreported(db):
    ask(db, "note SG-5 agency staff started", today=DAY)
    text = ask(db, "status of SG-5", today=DAY).text()
    assert "agency staff started" in text and "no update yet" not in text and "Neither the papers" not in text
