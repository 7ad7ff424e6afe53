"""Ways of asking found in the ninth table written without sight of the code (blind8, read and
studied the session after it was written and scored): each test asks in other words than the
table did, so it checks the mechanism, not the sentence."""

from __future__ import annotations

import pytest

from tests.conftest import ask


def test_an_actions_status_shows_the_note_said_with_its_latest_update(db):
    ask(db, "update LAC-6 to in progress - scorecard drafted with the CiCC", today="2010-05-01")
    reply = ask(db, "promise measures one - how's it looking?", today="2010-05-01")
    assert reply.intent == "status" and reply.text().startswith("LAC-6 is in progress"), reply.text()
    assert "Latest note, by local at 2010-05-01 09:00: scorecard drafted with the CiCC" in reply.text()
    ask(db, "undo", today="2010-05-01")
    undone = ask(db, "promise measures one - how's it looking?", today="2010-05-01")
    assert "scorecard" not in undone.text(), undone.text()  # an undone update's note is no longer the latest


def test_undo_names_the_action_it_changed_back(db):
    ask(db, "update SG-12 to at risk - referrals up", today="2010-05-01")
    reply = ask(db, "undo that", today="2010-05-01")
    assert reply.intent == "undo" and "SG-12: Strengthen the Leeds Safeguarding Children Board" in reply.text(), reply.text()


def test_a_thing_then_a_dash_then_a_status_is_an_update_with_its_note(db):
    reply = ask(db, "caseloads - done, cap of 18 agreed with unions", today="2010-05-01")
    assert reply.intent == "update" and reply.text().startswith("SG-3 is now done"), reply.text()
    assert "Note: cap of 18 agreed with unions." in reply.text()
    for said in ["the 11 outdoor play areas — open-by date", "play areas - done?", "what's overdue - done yet"]:
        assert ask(db, said, today="2010-05-01").intent != "update", said


def test_an_update_naming_a_word_no_paper_uses_is_a_guess_asked_never_recorded(db):
    reply = ask(db, "the paediatrician roster one is on track now", today="2010-05-01")
    text = reply.text()
    assert reply.intent == "usage" and text.startswith("Nothing was changed. No action says ‘roster’"), text
    assert "if you meant SG-14" in text and "`update SG-14 to in progress`" in text
    assert ask(db, "history SG-14", today="2010-05-01").text().startswith("SG-14 has no updates yet")
    assert ask(db, "who's responsible for youth justice", today="2009-12-15").intent == "search"


def test_two_statuses_asked_together_list_both(db):
    ask(db, "update SG-5 to at risk - two teams short", today="2010-05-01")
    ask(db, "update LAC-7 to delayed - review deferred", today="2010-05-01")
    reply = ask(db, "what's at risk or delayed", today="2010-05-01")
    assert reply.intent == "status_list" and reply.text().startswith("2 actions are at risk or delayed"), reply.text()
    assert "SG-5" in reply.text() and "LAC-7" in reply.text()
    closed = ask(db, "list the recs we've closed", today="2010-05-01")
    assert closed.intent == "status_list" and closed.text() == "No actions are done as of 1 May 2010.", closed.text()


@pytest.mark.parametrize("question", ["who's been editing the promise measures action, and what did they write",
                                      "any notes left against the promise measures rec?",
                                      "who updated the promise measures one and what did they say"])
def test_history_asked_as_who_has_been_updating_or_any_notes_on(question, db):
    ask(db, "update LAC-6 to in progress - scorecard drafted", today="2010-05-01")
    reply = ask(db, question, today="2010-05-01")
    assert reply.intent == "history" and reply.text().startswith("History of LAC-6 (1 entry"), reply.text()
    assert "scorecard drafted" in reply.text()


def test_recent_asked_as_what_people_have_been_changing(db):
    ask(db, "update SG-6 to in progress - pilot running", today="2010-05-01")
    reply = ask(db, "what have managers been changing this week?", today="2010-05-01")
    assert reply.intent == "recent" and "SG-6" in reply.text(), reply.text()


@pytest.mark.parametrize("question, has", [("caseloads - what's the position?", "SG-3 is not started"),
                                           ("CP conference capacity: current position", "SG-8 is not started")])
def test_status_asked_as_the_position(question, has, seeded_db):
    reply = ask(seeded_db, question, today="2010-05-01")
    assert reply.intent == "status" and reply.text().startswith(has), reply.text()


@pytest.mark.parametrize("question, today, lead", [
    ("anything due this week and next?", "2010-03-31", "13 open actions are due between 31 March 2010 and 11 April "
                                                       "2010"),
    ("deadlines this month + next for LAC", "2010-03-05", "6 open looked after children actions are due between 5 "
                                                          "March 2010 and 30 April 2010"),
    ("what falls due next qtr", "2011-06-15", "3 open actions are due between 1 July 2011 and 30 September 2011"),
    ("staff briefing tomorrow - deadlines in the coming month?", "2010-03-10", "13 open actions are due between 10 "
                                                                               "March 2010 and 10 April 2010"),
])
def test_windows_said_as_this_and_next_or_a_quarter_abbreviated_after_an_occasion(question, today, lead, seeded_db):
    reply = ask(seeded_db, question, today=today)
    assert reply.intent == "due" and reply.text().startswith(lead), reply.text()
