"""Ways of asking found in the sixteenth table written without sight of the code (blind15,
commissioned, scored and studied the same session). Each question is worded afresh, so it checks
the mechanism, not the table's sentence; questions near the new rules that ask something else are
pinned beside them."""

from __future__ import annotations

import pytest

from tests.conftest import ask

ASKED = [  # (question, clock, intent, words the answer must hold)
    ("which of the three month SG recs have run past their window", "2010-05-20", "overdue", "overdue as of"),
    ("did we blow through any of the six month ones", "2010-08-20", "overdue", "overdue as of 20 August 2010"),
    ("january already - any action past its due date yet?", "2011-01-05", "overdue", "overdue as of 5 January 2011"),
    ("between now and end of may what's coming due? prepping the board agenda", "2010-03-20", "due",
     "between 20 March 2010 and 31 May 2010"),
    ("anything with a july target date?", "2010-06-01", "due", "between 1 July 2010 and 31 July 2010"),
    ("can you do an overview of the LAC recs for the panel", "2010-03-01", "summary", "looked after children"),
    ("need a one-pager on where the safeguarding recs stand", "2010-09-01", "summary", "safeguarding"),
    ("the paediatrician rec - who's got it", "2010-03-01", "owner", "SG-14 has no owner"),
    ("what did emily munro carry out for the service", "2014-03-01", "person", "Care Leavers support"),
    ("john lawlor's on the IB list - in what capacity", "2010-08-01", "person", "Chief Executive of NHS Leeds"),
    ("the new improvement board - month it started?", "2011-05-01", "when", ""),
    ("when was the play areas work supposed to be finished", "2010-08-01", "due_date", "C-2"),
    ("which council officers are on the improvement board", "2010-08-01", "members", ""),
    ("what statuses can i set actions to", "2010-08-01", "help", "Ask me about the governance records"),
    ("a colleague needs access to update actions - how do i do that", "2010-08-01", "help", ""),
    ("who's been logging updates lately", "2010-08-01", "recent", "No updates have been recorded"),
    ("show me the update history for the caseloads rec", "2010-08-01", "history", "SG-3 has no updates yet"),
]


@pytest.mark.parametrize("question, today, intent, has", ASKED)
def test_asked_as_staff_type_it(question, today, intent, has, seeded_db):
    reply = ask(seeded_db, question, today=today)
    assert reply.intent == intent and has in reply.text(), (reply.intent, reply.text())


@pytest.mark.parametrize("question, today, not_intent", [  # near the new rows, asking something else
    ("rundown of the immediate safeguarding recs", "2010-03-01", "summary"),  # the list
    ("what do we mean by turning the curve", "2014-03-01", "acronym"),  # 'we' is no acronym
])
def test_the_new_rules_leave_these_alone(question, today, not_intent, seeded_db):
    assert ask(seeded_db, question, today=today).intent != not_intent


@pytest.mark.parametrize("said", ["oops can u reverse whatever i changed last", "roll that back pls",
                                  "scrub that last one, i picked the wrong rec"])
def test_an_undo_said_loosely_undoes(said, db):
    ask(db, "role U8MGR manager")
    ask(db, "update SG-13 to done - analysis to LSCB", today="2010-04-15", user="U8MGR")
    reply = ask(db, said, today="2010-04-15", user="U8MGR")
    assert reply.intent == "undo" and reply.text().startswith("Undone: SG-13"), reply.text()


def test_set_an_action_with_no_status_changes_nothing(db):
    ask(db, "role U8MGR manager")
    reply = ask(db, "can u set LAC-8 for me", today="2010-04-15", user="U8MGR")
    assert "nothing was changed" in reply.text() and reply.intent == "usage", reply.text()


@pytest.mark.parametrize("question, today, not_intent", [  # the fifth review's: near the new rows, asking else
    ("how many children attended on the day it opened", "2011-03-01", "when"),
    ("did we blow through the budget for agency social workers", "2011-03-01", "overdue"),
    ("who's been logging the referrals at the contact centre", "2011-03-01", "recent"),
    ("training for staff on the safeguarding board", "2011-03-01", "members"),
    ("which group keeps tabs on the LAC recs", "2011-03-01", "owner"),
])
def test_the_reviewed_rows_leave_these_alone(question, today, not_intent, seeded_db):
    assert ask(seeded_db, question, today=today).intent != not_intent


@pytest.mark.parametrize("said", ["roll that back to november", "cancel the last one of the year",
                                  "can u note SG-7 - has the panel agreed?", "tell me if SG-7 is at risk",
                                  "can u check if SG-7 is done", "can u let me know when SG-7 is done"])
def test_a_date_a_meeting_or_a_question_changes_nothing(said, db):
    ask(db, "update SG-7 to delayed - vendor slipped", today="2011-03-01")
    ask(db, said, today="2011-03-01")
    status = ask(db, "status of SG-7", today="2011-03-01").text()
    assert "SG-7 is delayed:" in status and "panel agreed" not in status, (said, status)


def test_can_you_roll_that_back_undoes(db):
    ask(db, "update SG-7 to delayed - vendor slipped", today="2011-03-01")
    assert "Undone: SG-7" in ask(db, "can you roll that back?", today="2011-03-01").text()
