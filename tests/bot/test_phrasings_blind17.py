"""Ways of asking found in the eighteenth table written without sight of the code (blind17,
commissioned, scored and studied the same session). Each question is worded afresh, so it checks
the mechanism, not the table's sentence; questions near the new rules that ask something else are
pinned beside them."""

from __future__ import annotations

import pytest

from bot.commands import undo_said
from tests.conftest import ask

ASKED = [  # (question, clock, intent, words the answer must hold)
    ("which six-month CiC recs are still not closed and past their date", "2010-08-01", "overdue",
     "overdue as of 1 August 2010"),  # 'not closed' says how late, not what the action is about
    ("now that the caseloads one is done, which SG recs are still late?", "2010-03-20", "overdue",
     "safeguarding"),
    ("with the PEP rec ticked off - anything in LAC still past due?", "2010-08-01", "overdue", "LAC-"),
    ("crib sheet for the commands? new to this", "2010-08-01", "help", "Ask me about"),
    ("peter roberts on the IB - what's his day job", "2010-08-01", "person", "Leeds City College"),
    ("judith blake, IB member - job title?", "2010-08-01", "person", "Lead Member"),
    ("the nine pointer - the workstream on ICT and estate, anything outstanding?", "2014-03-01", "plan",
     "Improve ICT and the estate"),
    ("which of the LAC recommendations were we given half a year for?", "2010-03-01", "actions", "LAC-9"),
    ("october deadlines - anything due?", "2010-08-01", "due", "between 1 October 2010 and 31 October 2010"),
    ("by the end of this month what's meant to have been delivered", "2011-09-10", "due", "C-10"),
    ("has the paediatrician rec progressed at all", "2010-05-01", "status", "SG-14"),
    ("anything due in the next 2-3 weeks", "2010-06-20", "due", "between 20 June 2010 and 11 July 2010"),
    ("is the round-the-clock paed rota sorted?", "2010-08-01", "status", "SG-14"),
    ("SG-9 - what's it rated now?", "2010-08-01", "status", "SG-9 is not started"),  # its RAG, not a grade
    ("which LAC ones are in train?", "2010-08-01", "status_list", "in progress"),
    ("which of the actions from the february exec board report have lapsed", "2010-06-01", "overdue",
     "overdue as of 1 June 2010"),
    ("end of november is our cut-off for the return; what's due between now and then", "2010-08-23", "due",
     "between 23 August 2010 and 30 November 2010"),  # 'then' is the day named before
    ("the nine point plan's origins - which year did it come about", "2014-03-01", "when", "late 2012"),
    ("breeze youth festival - size of the cast that performed", "2010-03-01", "indicator", "1,562"),
]


@pytest.mark.parametrize("question, today, intent, has", ASKED)
def test_asked_as_staff_type_it(question, today, intent, has, seeded_db):
    reply = ask(seeded_db, question, today=today)
    assert reply.intent == intent and has in reply.text(), (reply.intent, reply.text())


@pytest.mark.parametrize("question, today, not_intent", [  # near the new rules, asking something else
    ("what did ofsted give us for being healthy", "2010-03-01", "actions"),  # a category's grade
    ("has anything changed on caseloads this week", "2010-06-01", "due"),
    ("with the youth hub, what is overdue", "2010-12-01", "search"),  # no settled clause: the hub is asked of
    ("has the improvement notice lapsed", "2010-12-15", "overdue"),  # a notice, not the actions' dates
    ("how was being healthy rated", "2010-03-01", "status"),  # no action named: a grade
    ("does the panel's view count as sign-off", "2010-03-01", "indicator"),  # no figure counted
    ("xmas is my cut-off, who chairs the IB", "2010-08-23", "due"),  # nothing asked 'then'
    # the review's: near the new rows, asking something else
    ("has the inspection date moved", "2010-08-01", "status"), ("has the budget shifted", "2010-08-01", "status"),
    ("what rating did ofsted give for LAC-6", "2010-08-01", "status"),  # a grade asked, not its RAG status
    ("march deadlines we missed", "2011-05-01", "due"),
    ("which items on the risk register have lapsed", "2010-08-01", "overdue"),
    ("what grade did ofsted give 6 months ago", "2010-08-01", "actions"),  # a time, not a timescale given
    ("ofsted judgements in the last 6 months", "2010-08-01", "actions"),
    ("bill mccarthy, improvement board - what's the board's role", "2010-08-01", "person"),
    ("which strands of the improvement plan are overdue", "2010-08-01", "plan"),  # no strand rated: its actions
])
def test_the_new_rules_leave_these_alone(question, today, not_intent, seeded_db):
    assert ask(seeded_db, question, today=today).intent != not_intent


@pytest.mark.parametrize("question, today, same_as", [  # the review's: no range or round-the-clock read into these
    ("SG-3 - 2 weeks late?", "2010-03-01", "SG-3"), ("is LAC-4 - 3 months behind?", "2010-03-01", "LAC-4"),
    ("what's due by 24/7", "2010-06-20", "due between 20 June 2010"),
])
def test_numbers_beside_ids_and_days_stay_as_written(question, today, same_as, seeded_db):
    text = ask(seeded_db, question, today=today).text()
    assert same_as in text.splitlines()[0] and "hours" not in text.splitlines()[0], text


@pytest.mark.parametrize("question, today, has", [  # the review's: a settled clause asked of stays
    ("with the myplace hub finished, when does it open", "2010-08-01", "November 2010"),
    ("with the paediatrician rec done, when was it due", "2010-08-01", "SG-14"),
])
def test_a_settled_clause_asked_of_is_kept(question, today, has, seeded_db):
    text = ask(seeded_db, question, today=today).text()
    assert has in text.splitlines()[0], text


def test_a_follow_up_naming_its_own_time_is_not_swapped(seeded_db):
    chat = dict(today="2010-08-05", conversation=True, channel="own-time")
    ask(seeded_db, "when did the executive board last meet", **chat)
    reply = ask(seeded_db, "and what's due next month?", **chat)
    assert reply.intent == "due" and "September 2010" in reply.text(), reply.text()


def test_the_next_one_after_the_last_is_the_next_meeting(seeded_db):
    chat = dict(today="2010-08-05", conversation=True, channel="next-after-last")
    assert ask(seeded_db, "when did the improvement board last sit", **chat).intent == "last_meeting"
    reply = ask(seeded_db, "and the next one?", **chat)
    assert reply.intent == "next_meeting" and "next" in reply.text(), reply.text()


def test_a_settled_clause_is_not_what_is_asked_of(seeded_db):
    with_clause = ask(seeded_db, "with the caseloads rec sorted, what safeguarding recs are past due?",
                      today="2010-03-20").text()
    plain = ask(seeded_db, "what safeguarding recs are past due?", today="2010-03-20").text()
    assert with_clause.splitlines()[0] == plain.splitlines()[0], with_clause


def _after_an_update(said, db):
    """The reply to `said` from a manager who has just marked SG-8 done."""
    ask(db, "role U8MGR manager")
    ask(db, "update SG-8 to done - agency chairs found", today="2010-03-22", user="U8MGR")
    return ask(db, said, today="2010-03-22", user="U8MGR")


@pytest.mark.parametrize("said", [
    "oops, revert that, i put the wrong status",  # the undo between a slip and what was wrong
    "take back my last update please, the panel hasn't met yet",  # the last update, then why
    "can you reverse whatever i last posted",
    "roll back my latest one, dates were wrong",
])
def test_an_undo_said_with_why_undoes(said, db):
    reply = _after_an_update(said, db)
    assert reply.intent == "undo" and reply.text().startswith("Undone: SG-8"), reply.text()


@pytest.mark.parametrize("said", [  # the review's: taken back, asked, conditional, later, a status or date, or
    # Ofsted's recommendation withdrawn: nothing undone
    "revert my last update, don't", "revert my last update, no wait", "take back my last update, actually never mind",
    "revert my last one, or not", "take back my last update, are you sure", "revert my last one, would that reopen it",
    "take back my last update please, the panel hasn't met yet?", "revert my last update, if it was wrong",
    "revert my last update, tomorrow", "revert my last one, back to in progress", "revert my last one, it should be amber",
    "roll back my last change, it should be november", "take back the last recommendation, ofsted withdrew it",
    "take back the last one, ofsted withdrew it", "revert my last update, tell bill",
    "roll back my last change to the end of the month", "revert to last version",
    "roll back my last change to november",  # a date moved
    "take back my last update, then update SG-3 to done",  # a command after it
    "revert my last one, is that possible",  # asked
    "reverse the decision, the panel met",  # not an update
])
def test_what_is_no_undo(said, db):
    assert undo_said(said.lower()) is None
    _after_an_update(said, db)
    assert ask(db, "status of SG-8", today="2010-03-22").text().startswith("SG-8 is done"), said


@pytest.mark.parametrize("said, named", [  # the review's: an undo naming its action by words that begin like a date
    ("undo my change to the marketing rec", "marketing rec"), ("undo my update to the june one", "june one"),
    ("undo my update to the 2 year olds one", "2 year olds one"),
])
def test_an_undo_naming_its_action_is_still_one(said, named):
    assert undo_said(said) == named


@pytest.mark.parametrize("said", [  # the second review's: a 'reason' that says it was right, only the note was wrong,
    # adds a note, sets a condition, doubts, asks, names a status or a date: nothing undone
    "revert my last update, it was right", "take back my last one - it was fine", "revert my last one. it wasn't wrong",
    "revert my last update, the note was wrong, the status was right", "take back my last one - only the note was wrong",
    "revert my last update, and note the panel hasn't met", "revert my last update, when it's confirmed it hasn't met",
    "revert my last update, provided it wasn't approved", "take back my last one, in case it was wrong",
    "revert my last one, maybe it was right", "revert my last one, i think it was right",
    "revert my last one. it was wrong, wasn't it", "revert my last one, it was red", "revert my last one, it was overdue",
    "revert my last one, it wasn't due till christmas", "revert my last one, it was due friday",
])
def test_a_reason_that_is_no_reason_undoes_nothing(said):
    assert undo_said(said) is None


@pytest.mark.parametrize("said", ["take back my last status, it wasn't done", "reverse my last one please, it wasn't done",
                                  "revert my last update, the june figures were wrong"])
def test_a_status_denied_or_figures_wrong_is_a_reason(said):
    assert undo_said(said) == ""


@pytest.mark.parametrize("said, named", [("revert my change to the may conference action", "may conference action"),
                                         ("undo my change to the autumn term action", "autumn term action"),
                                         ("undo my change to the 2011 budget rec", "2011 budget rec")])
def test_an_action_named_with_a_date_word_is_still_named(said, named):
    assert undo_said(said) == named


@pytest.mark.parametrize("question, today, has", [
    ("with SG-8 done, when is SG-9 due?", "2010-03-01", "SG-9 is due on 7 April 2010"),  # another asked of by its id
    ("deadline 24/7 - anything?", "2010-07-01", "between 1 July 2010 and 31 July 2010"),  # a day, not round the clock
    ("what's due in the next 2 or 3 weeks", "2010-08-01", "between 1 August 2010 and 22 August 2010"),
    ("what grade will ofsted give us in six months", "2010-08-01", "judgements"),  # a grade asked
])
def test_the_second_reviews_questions(question, today, has, seeded_db):
    text = ask(seeded_db, question, today=today).text()
    assert has in text.splitlines()[0], text
