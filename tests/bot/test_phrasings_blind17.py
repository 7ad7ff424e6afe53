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
])
def test_the_new_rules_leave_these_alone(question, today, not_intent, seeded_db):
    assert ask(seeded_db, question, today=today).intent != not_intent


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


@pytest.mark.parametrize("said", [
    "oops, revert that, i put the wrong status",  # the undo between a slip and what was wrong
    "take back my last update please, the panel hasn't met yet",  # the last update, then why
    "can you reverse whatever i last posted",
    "roll back my latest one, dates were wrong",
])
def test_an_undo_said_with_why_undoes(said, db):
    ask(db, "role U8MGR manager")
    ask(db, "update SG-8 to done - agency chairs found", today="2010-03-22", user="U8MGR")
    reply = ask(db, said, today="2010-03-22", user="U8MGR")
    assert reply.intent == "undo" and reply.text().startswith("Undone: SG-8"), reply.text()


@pytest.mark.parametrize("said", [
    "roll back my last change to november",  # a date moved
    "take back my last update, then update SG-3 to done",  # a command after it
    "revert my last one, is that possible",  # asked
    "reverse the decision, the panel met",  # not an update
])
def test_what_is_no_undo(said, db):
    assert undo_said(said.lower()) is None
    ask(db, "role U8MGR manager")
    ask(db, "update SG-8 to done - agency chairs found", today="2010-03-22", user="U8MGR")
    ask(db, said, today="2010-03-22", user="U8MGR")
    assert ask(db, "status of SG-8", today="2010-03-22").text().startswith("SG-8 is done"), said
