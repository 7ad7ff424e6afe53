"""Ways of asking found in the fifteenth table written without sight of the code (blind14,
commissioned, scored and studied the same session). Each question is worded afresh, so it checks
the mechanism, not the table's sentence; questions near the new rules that ask something else are
pinned beside them."""

from __future__ import annotations

import pytest

from tests.conftest import ask

ASKED = [  # (question, clock, intent, words the answer must hold)
    # the tracker's recent activity; one action's history
    ("what has been updated recently and by whom", "2010-06-10", "recent", "No updates have been recorded"),
    ("new activity on the tracker?", "2010-06-10", "recent", "No updates have been recorded"),
    ("everything that has happened to LAC-4", "2010-08-03", "history", "LAC-4 has no updates yet"),
    ("placement choice rec - what's been posted against it", "2010-08-03", "history", "LAC-8 has no updates yet"),
    ("paeds cover rec: what's been logged against it", "2010-08-03", "history", "SG-14 has no updates yet"),
    ("SG-9: list of everyone who updated it", "2010-03-10", "history", "SG-9 has no updates yet"),
    # where one action stands, however asked
    ("the caseloads one - where has the tracker got it", "2010-08-03", "status", "SG-3 is not started"),
    ("was the care promise refreshed and launched", "2014-03-01", "status", "launched in late 2013"),
    ("SG-9: due date please", "2010-03-10", "due_date", "SG-9 is due on 7 April 2010"),
    ("SG-2 - what is it exactly", "2010-03-01", "actions", "SG-2: "),
    # lists by status, said as managers say them
    ("which LAC recs can we class as done", "2010-08-01", "status_list", "None of the looked after children actions are done"),
    ("any SG recs in hand right now", "2010-08-01", "status_list", "None of the safeguarding actions are in progress"),
    # owners
    ("is anyone down as owner for the complaints info for parents rec", "2010-03-01", "owner", "SG-9 has no owner"),
    ("responsibility for the play areas sits with which team?", "2010-01-01", "owner", ""),
    # help, summaries, members
    ("new here - what can i ask clerk", "2010-03-01", "help", "Ask me about the governance records"),
    ("how should i phrase an update to mark something at risk", "2010-03-01", "help", "update"),
    ("LAC recs - snapshot", "2010-03-01", "summary", "looked after children"),
    ("which councillors will sit on the area partnerships", "2009-12-20", "members", "two elected members"),
    ("does ofsted need anything back from us after the inspection", "2010-03-01", "search", ""),
    # grades: a long category named by all but one of its own words; a theme's grades by rating
    ("SG case planning & review - what were we given", "2010-02-22", "judgement",
     "Case planning, monitoring & review for safeguarding was judged Inadequate"),
    ("evaluation and performance management for safeguarding - grade?", "2010-02-22", "judgement",
     "Evaluation, including performance management for safeguarding"),
    ("which safeguarding areas scored inadequate", "2010-02-22", "judgement", "judged inadequate"),
    # members of a body, and why one person is on it
    ("police reps on the IB - who?", "2010-08-10", "members", "Gerry Broadbent"),
    ("john lawlor - why is he on the IB", "2010-08-10", "person", "John Lawlor"),
    # dates: one action's, said as given; of events, by their month, year or season
    ("july - any actions with a target date that month?", "2010-07-01", "due", "between 1 July 2010 and 31 July 2010"),
    ("paediatrician cover - what deadline were we given", "2010-03-01", "due_date", "SG-14"),
    ("breeze youth promise - release year?", "2009-12-15", "when", "April 2009"),
    ("the new mobile units - what season were they introduced", "2009-12-15", "when", "spring 2009"),
    ("annual assessment letter, the 'performs poorly' one - out in which month?", "2011-05-01", "when",
     "December 2010"),
    # a person met in a paper, then asked of
    ("emily munro features in the nine point plan report - what did she review", "2014-03-01", "person",
     "Care Leavers support"),
    # where something no action tracks stands, asked as a doubt
    ("have the roundhay road teams finally moved", "2014-03-01", "status", "relocation of Roundhay Road staff"),
    ("kinship care policy - did it get over the line?", "2014-03-01", "status", "finalising a new kinship care policy"),
    ("the youth hub - still opening on schedule?", "2010-08-01", "status", "C-1 is not started"),
    ("safeguarding board review - implemented in the spring as planned?", "2010-08-01", "status", "C-5"),
    # what a body is for, asked of its part
    ("the member reference group - its role in monitoring the plan?", "2010-08-10", "about_body",
     "Purpose: Briefing on progress"),
    ("where does CSLT fit in the governance of the plan", "2010-08-10", "about_body", "clearance of papers"),
]


@pytest.mark.parametrize("question, today, not_intent", [  # near the new rules, asking something else
    ("what are the cypp outcomes?", "2011-05-20", "judgement"),  # 'children young people': no grade's own words
    ("which cypp priority is the december scrutiny update focusing on", "2009-12-15", "judgement"),
])
def test_the_new_rules_leave_these_alone(question, today, not_intent, seeded_db):
    assert ask(seeded_db, question, today=today).intent != not_intent


@pytest.mark.parametrize("question, today, not_intent", [  # the third review's: near the new rows, asking else
    ("care leavers well being support", "2010-08-01", "judgement"),  # the work, not a 2009 grade
    ("how is performance management being strengthened", "2011-05-20", "judgement"),
    ("making a real contribution to the community", "2010-08-01", "judgement"),
    ("what does the tracker show as overdue", "2010-03-01", "status"),
    ("what does the tracker show for the LAC recs", "2010-08-01", "status"),
    ("any recs we're not ready to report as closed", "2010-08-01", "status_list"),
    ("what's still not in hand", "2010-08-01", "status_list"),
    ("any budget left in hand for agency staff", "2010-08-01", "status_list"),
    ("how many breeze card activities are in hand", "2010-03-01", "status_list"),
    ("what date were we told the final report would be published", "2010-03-01", "due_date"),
    ("the caseloads action, what's been logged", "2010-03-01", "recent"),
    ("breeze card holders - snapshot", "2010-03-01", "summary"),
    ("recs reported at the improvement board - which ones?", "2010-08-01", "members"),
    ("vice chair on the corporate governance committee - who?", "2011-05-20", "members"),
    ("how should i put that to the scrutiny board", "2010-08-01", "help"),
    ("safeguarding: what's not been delivered on time", "2010-05-01", "status"),  # lateness, not one's progress
])
def test_the_reviewed_rows_leave_these_alone(question, today, not_intent, seeded_db):
    assert ask(seeded_db, question, today=today).intent != not_intent


@pytest.mark.parametrize("question, today, intent, has", ASKED)
def test_asked_as_staff_type_it(question, today, intent, has, seeded_db):
    reply = ask(seeded_db, question, today=today)
    assert reply.intent == intent and has in reply.text(), (reply.intent, reply.text())


@pytest.mark.parametrize("said", ["LAC-5: deadline date please", "SG-13: names + statuses of everyone who updated it",
                                  "SG-3: status", "SG-3: owner"])
def test_a_request_after_an_id_and_colon_is_never_noted(said, db):
    ask(db, "role U8MGR manager")
    assert ask(db, said, today="2010-06-15", user="U8MGR").intent != "note", said
    assert ask(db, "what changed this week", today="2010-06-15").text().startswith("No updates")


@pytest.mark.parametrize("said", ["SG-3: caseload cap agreed with the unions", "SG-3: update from the panel - agreed",
                                  "SG-3: progress so far good, two teams recruited", "LAC-5: due date changed",
                                  "SG-8: status updated", "LAC-7: updated", "SG-1: dates changed and owner updated",
                                  "SG-7: progress so far"])
def test_a_note_after_an_id_and_colon_is_still_noted(said, db):
    ask(db, "role U8MGR manager")
    assert ask(db, said, today="2010-06-15", user="U8MGR").intent == "note", said


@pytest.mark.parametrize("said", ["revert that - jumped the gun", "undo, it was too soon", "reverse that last change of mine pls"])
def test_an_undo_said_with_its_reason_undoes(said, db):
    _undoes(said, db)


def test_revert_it_to_me_undoes_nothing(db):  # 'me' is where it goes, never 'my last update'
    ask(db, "update SG-5 to done - cap agreed", today="2010-03-01")
    reply = ask(db, "revert it to me", today="2010-03-01")
    assert "nothing was undone" in reply.text(), reply.text()
    assert ask(db, "status of SG-5", today="2010-03-01").text().startswith("SG-5 is done")


def test_an_unknown_id_asked_what_it_is_says_so(seeded_db):
    reply = ask(seeded_db, "SG-15 — what is it?", today="2010-03-01")
    assert reply.text() == "I have no action SG-15 in the records dated up to 1 March 2010.", reply.text()


def _undoes(said, db):
    ask(db, "role U8MGR manager")
    ask(db, "update SG-8 to done - agency chairs found", today="2010-03-22", user="U8MGR")
    reply = ask(db, said, today="2010-03-22", user="U8MGR")
    assert reply.intent == "undo" and reply.text().startswith("Undone: SG-8"), reply.text()


@pytest.mark.parametrize("said", [  # the fourth review's: taken back, doubted, asked or conditional: nothing recorded
    "update SG-3 to done. Actually no", "update SG-3 to done. Never mind", "update SG-3 to done. Hold on, not yet",
    "mark SG-3 as done. Delayed", "mark SG-3 complete! Or not", "update SG-3 to done - No, in progress",
    "update SG-3 to done - Wait", "update SG-3 to done - Maybe", "update SG-3 to done - nope, still in progress",
    "update SG-3 to done - correction: in progress", "update SG-3 to done - cancel", "SG-3 done - who signed it off",
    "mark SG-3 done - once panel agrees", "I think SG-3 is done", "SG-3 is done - isn't it",
    "Caseloads are done, No wait, still in progress", "the caseloads rec is done, haven't they"])
def test_an_update_taken_back_in_any_case_or_made_conditional_records_nothing(said, db):
    ask(db, "role U8MGR manager")
    ask(db, said, today="2010-09-01", user="U8MGR")
    assert ask(db, "status of SG-3", today="2010-09-01").text().startswith("SG-3 is not started"), said


@pytest.mark.parametrize("said, note", [  # a note that begins like a doubt but reports: recorded
    ("update SG-3 to at risk - no consultant funding", "no consultant funding"),
    ("update SG-3 to at risk - only 40% done", "only 40% done"),
    ("update SG-3 to delayed - procurement not started", "procurement not started"),
    ("update SG-3 to done - actually it has been signed off by Sal", "actually it has been signed off by Sal"),
    ("mark SG-3 as in progress - how-to-complain cards going out from june",
     "how-to-complain cards going out from june"),
    ("the caseload work is done - will be reported to the board in October",
     "will be reported to the board in October")])
def test_a_note_beginning_like_a_doubt_but_reporting_is_recorded(said, note, db):
    ask(db, "role U8MGR manager")
    reply = ask(db, said, today="2010-09-01", user="U8MGR")
    assert f"Note: {note}." in reply.text(), reply.text()


def test_an_undo_naming_its_action_undoes_only_that_one(db):
    ask(db, "update SG-13 to done - analysis to LSCB", today="2010-09-01")
    ask(db, "update SG-12 to done - challenge log", today="2010-09-01")
    reply = ask(db, "undo the update that was for SG-13", today="2010-09-01")
    assert "nothing was undone" in reply.text(), reply.text()  # SG-13's is not the last: nothing undone
    assert ask(db, "status of SG-12", today="2010-09-01").text().startswith("SG-12 is done")
    said_of = ask(db, "the undo was meant for SG-12", today="2010-09-01")  # said of an undo, not one
    assert said_of.intent != "undo", said_of.text()
    assert ask(db, "status of SG-12", today="2010-09-01").text().startswith("SG-12 is done")


def test_after_an_update_it_is_the_action_updated(db):
    chat = dict(today="2010-09-01", channel="update-chat", conversation=True)
    ask(db, "what's the status of SG-12", **chat)
    ask(db, "update SG-3 to done - cap agreed", **chat)
    assert ask(db, "and who owns it?", **chat).text().startswith("SG-3 has no owner yet")


@pytest.mark.parametrize("said", ["LAC-5: deadline 30/09", "SG-3: current status 80%"])
def test_a_note_after_an_id_with_a_figure_is_noted(said, db):
    ask(db, "role U8MGR manager")
    assert ask(db, said, today="2010-06-15", user="U8MGR").intent == "note", said
