"""Ways of asking found in the seventh table written without sight of the code (blind6, read and
studied the session after it was written and scored): each test asks in other words than the
table did, so it checks the mechanism, not the sentence."""

from __future__ import annotations

import pytest

from tests.conftest import ask


@pytest.mark.parametrize("question, lead", [
    ("sent the wrong status by mistake - how can i take it back?", "To take back your own last update, type `undo`"),
    ("how would we grant someone admin access", "An admin grants rights with `role <user>"),
    ("how can i let the bot know the caseloads work is complete", "A manager records progress with `update <action>"),
    ("umm help", "I hold"),
    ("help - im new here", "I hold"),
    ("examples of questions please", "I hold"),
])
def test_how_to_questions_about_clerk_itself_are_help_with_the_command_asked_first(question, lead, db):
    reply = ask(db, question, today="2010-04-10")
    assert reply.intent == "help" and reply.text().startswith(lead), reply.text()
    assert "Managers can change records" in reply.text()


@pytest.mark.parametrize("question", ["what's my clerk access now", "am i allowed to mark actions done",
                                      "what permission level do i have", "do i have edit rights"])
def test_asking_ones_own_access_says_the_role(question, db):
    reply = ask(db, question, user="U0VIEWER1", today="2010-04-10")
    assert reply.intent == "role" and reply.text().startswith("You are a viewer in Clerk"), reply.text()


@pytest.mark.parametrize("question, lead", [
    ("the PEP rec - coming along ok?", "LAC-9 is not started"),
    ("complaints info for parents: any movement", "SG-9 is not started"),
    ("SG-13 still untouched", "SG-13 is not started"),
    ("external placements monitoring - where's it at", "LAC-3 is not started"),
    ("how are we getting on with the contact centre referrals action", "SG-4 is not started"),
])
def test_an_actions_status_asked_as_movement_or_how_we_are_doing(question, lead, seeded_db):
    reply = ask(seeded_db, question, today="2010-04-10")
    assert reply.intent == "status" and reply.text().startswith(lead), reply.text()


def test_how_we_are_doing_on_a_theme_is_its_summary_naming_the_late_actions(seeded_db):
    reply = ask(seeded_db, "how are we faring with children in care", today="2010-03-01")
    assert reply.intent == "summary", reply.text()
    assert "looked after children: 1 overdue (LAC-1)" in reply.text()
    assert reply.text().startswith("Board summary (looked after children) as of 1 March 2010 (newest record 12 "
                                   "February 2010): 1 action overdue, 0 due in the next 30 days, 1 meeting in")


def test_history_asked_as_a_trail_or_what_was_logged_and_a_theme_picks_between_two(db):
    ask(db, "update LAC-5 to in progress - consultation booked", today="2010-04-10")
    for question in ("the looked after children views rec: full audit trail", "what has been recorded against LAC-5",
                     "change trail on the CLA views action"):
        reply = ask(db, question, today="2010-04-10")
        assert reply.intent == "history" and "consultation booked" in reply.text(), (question, reply.text())
    both = ask(db, "history of the views rec", today="2010-04-10")
    assert both.intent == "history" and both.lead.startswith("2 actions match") and "nothing was changed" not in \
        both.lead and not both.changed


def test_recent_asked_as_tracker_changes_or_status_moves(db):
    ask(db, "update SG-6 to at risk - no cover", today="2010-04-10")
    for question in ("latest tracker updates?", "status changes of late"):
        reply = ask(db, question, today="2010-04-10")
        assert reply.intent == "recent" and "SG-6" in reply.text(), (question, reply.text())


@pytest.mark.parametrize("said", ["ditch that last update", "scrub my last change"])
def test_an_undo_said_as_scrub_or_ditch(said, db):
    ask(db, "update SG-6 to at risk", today="2010-04-10")
    reply = ask(db, said, today="2010-04-10")
    assert reply.intent == "undo" and "Undone: SG-6" in reply.text(), reply.text()
    assert ask(db, "scrub the meeting from the diary", today="2010-04-10").intent != "undo"


def test_a_status_named_in_brackets_is_the_one_listed(db):
    ask(db, "update SG-4 to delayed", today="2010-04-10")
    reply = ask(db, "anything running late (delayed)?", today="2010-04-10")
    assert reply.intent == "status_list" and reply.text().startswith("1 action is delayed"), reply.text()


@pytest.mark.parametrize("question, intent, has", [
    ("the transformation board (set up under the review) - who chairs?", "chair", "Interim Director"),
    ("how often does the improvement board (set up by the council last year) sit", "frequency", "Improvement Board"),
])
def test_an_aside_in_brackets_describes_and_the_words_around_it_ask(question, intent, has, seeded_db):
    reply = ask(seeded_db, question, today="2010-09-01")
    assert reply.intent == intent and has in reply.text(), reply.text()
