"""Ways of asking found in the twelfth table written without sight of the code (blind11, read and
studied the session after it was written and scored). Each question is worded afresh, so it checks
the mechanism, not the table's sentence; questions near the new rules that ask something else are
pinned beside them."""

from __future__ import annotations

import pytest

from tests.conftest import ask

ASKED = [  # (question, clock, intent, words the answer must hold)
    # overdue, however said
    ("for the CiC panel: have we let anything lapse?", "2010-03-12", "overdue",
     "1 looked after children action is overdue as of 12 March 2010"),
    ("have any of the april letter's commitments gone stale?", "2011-08-15", "overdue",
     "2 actions from the Letter from Bill McCarthy, 5 Apr 2011 are overdue"),
    ("the six month safeguarding ones - did they miss their cut off?", "2010-07-15", "overdue",
     "3 safeguarding actions to be done within six months are overdue"),
    ("everything that has run past its due date, across the board", "2010-03-08", "overdue",
     "9 actions are overdue as of 8 March 2010"),
    # windows said as people say them
    ("deadlines before april is out?", "2010-03-20", "due", "between 20 March 2010 and 30 April 2010"),
    ("what's landing over may 2010", "2010-03-20", "due", "between 20 March 2010"),  # 'may' the verb: no month
    ("anything due over june?", "2010-05-02", "due", "between 1 June 2010 and 30 June 2010"),
    ("august looks hectic - which recs fall due that month", "2010-06-02", "due",
     "between 1 August 2010 and 31 August 2010"),
    ("target dates in the next two months?", "2010-05-20", "due", "between 20 May 2010 and 20 July 2010"),
    ("looking a year ahead, which dated actions are coming up", "2010-01-10", "due",
     "between 10 January 2010 and 10 January 2011"),
    ("anything due for completion in march 2010", "2010-02-01", "due", "between 1 March 2010 and 31 March 2010"),
    # one action's deadline, asked
    ("the complaints info for families rec, what was the deadline?", "2010-03-01", "due_date",
     "SG-9 is due on 7 April 2010"),  # the clock is before it
    ("what deadline did ofsted put on the placement choice rec", "2010-03-01", "due_date", "LAC-8"),
    ("target month for the outdoor play areas?", "2010-01-05", "due_date", "C-2 is due by the end of March 2010"),
    # one action's status, asked
    ("where've we got to on SG-6?", "2010-03-01", "status", "SG-6 is not started"),
    ("LAC-9 (PEPs) - where are we?", "2010-03-01", "status", "LAC-9 is not started"),
    ("is the play areas work finished yet (C-2)", "2010-03-01", "status", "C-2 is not started"),
    ("the play areas... latest?", "2010-03-01", "status", "C-2 is not started"),
    ("is the paediatrician rota still on track", "2010-05-01", "status", "SG-14 is not started"),
    ("paeds rec - is it still open?", "2010-05-01", "status", "SG-14 is not started"),
    # lists by status
    ("which LAC recs has no one started on", "2010-03-01", "status_list", "looked after children actions are not started"),
    ("which actions carry a delayed flag", "2010-03-01", "status_list", "No actions are delayed"),
    # history, recent, undo and how to update
    ("SG-4: who made the last change and what was the note", "2010-03-01", "history", "SG-4 has no updates yet"),
    ("LAC-3's record of updates", "2010-03-01", "history", "LAC-3 has no updates yet"),
    ("this week's activity on the tracker", "2010-03-01", "recent", "No updates"),
    ("we need to post an update on the placement choice rec", "2010-03-01", "usage", "LAC-8"),
    # dates of past events; meetings; chairs; bodies
    ("the head of disability services post - month it was created?", "2009-12-20", "when", "October 2009"),
    ("when did the audit committee see the inspection report", "2010-08-01", "last_meeting", "17 March 2010"),
    ("who took the chair at the transformation board", "2010-08-10", "chair", "Interim Director"),
    ("which officer chairs the leadership team", "2010-08-10", "chair", "DCS"),
    ("purpose of the improvement support group?", "2010-08-10", "about_body", "cross-council"),
    # people met in a paper, then asked of
    ("james holden is named on the IB - what's his job", "2010-08-10", "person", "James Holden"),
    ("steve walker came up in the scrutiny report - what was his bit", "2014-03-01", "person", "Steve Walker"),
    # judgements and what the inspectors said
    ("LAC VFM grade?", "2010-02-22", "judgement", "Value for Money for looked after children was judged"),
    ("LAC leadership and mgmt from the announced visit", "2010-02-22", "judgement",
     "Leadership and management for looked after children was judged"),
    ("did the inspectors say anything about paediatricians", "2010-02-22", "search", "paediatrician"),
]


@pytest.mark.parametrize("question, today, intent, has", ASKED)
def test_asked_as_staff_type_it(question, today, intent, has, seeded_db):
    reply = ask(seeded_db, question, today=today)
    assert reply.intent == intent and has in reply.text(), (reply.intent, reply.text())


@pytest.mark.parametrize("question, today, not_intent", [  # near the new rules, asking something else
    ("whose name is against SG-13", "2010-05-01", "history"),  # its owner, not its history
    ("at which audit committee meeting did they get the inspection report", "2010-08-01", "when"),  # a meeting
    ("is the improvement board still on course to review itself in july", "2011-04-20", "overdue"),
    ("ofsted - latest?", "2010-05-01", "status"),  # the inspectorate, not an action
])
def test_the_new_rules_leave_these_alone(question, today, not_intent, seeded_db):
    assert ask(seeded_db, question, today=today).intent != not_intent


def test_an_update_whose_note_names_another_action_is_recorded_but_two_updates_are_not(db):
    ask(db, "role U8MGR manager")
    said = ask(db, "update SG-12 to delayed - waiting on SG-13's analysis", today="2010-06-15", user="U8MGR")
    assert said.text().startswith("SG-12 is now delayed"), said.text()
    two = ask(db, "update SG-3 to done - SG-4 to done", today="2010-06-15", user="U8MGR")
    assert two.intent == "usage" and "nothing was changed" in two.text(), two.text()
    assert ask(db, "status of SG-3", today="2010-06-15").text().startswith("SG-3 is not started")


def test_a_question_after_an_id_and_colon_is_never_noted(db):
    ask(db, "role U8MGR manager")
    reply = ask(db, "SG-7: which partners are meant to be tackling the recording system", today="2010-06-15",
                user="U8MGR")
    assert reply.intent != "note", reply.text()
    assert ask(db, "history SG-7", today="2010-06-15").text().startswith("SG-7 has no updates yet")
    noted = ask(db, "SG-7: when the contractor reports we will decide", today="2010-06-15", user="U8MGR")
    assert noted.intent == "note", noted.text()  # 'when …' said, not asked


@pytest.mark.parametrize("said, undone", [
    ("bin my last update, i shouldn't have posted it", True), ("undo - didn't mean to post that", True),
    ("delete that update, it was premature", True),
    ("bin the old plan, i shouldn't have posted it", False),  # not an update of Clerk's
])
def test_an_undo_with_a_regret_beside_it(said, undone, db):
    ask(db, "role U8MGR manager")
    ask(db, "update LAC-2 to done - audit signed off", today="2010-05-04", user="U8MGR")
    ask(db, said, today="2010-05-04", user="U8MGR")
    status = ask(db, "status of LAC-2", today="2010-05-04").text()
    assert status.startswith("LAC-2 is not started" if undone else "LAC-2 is done"), status
