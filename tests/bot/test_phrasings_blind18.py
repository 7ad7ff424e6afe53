"""Ways of asking found in the nineteenth table written without sight of the code (blind18,
commissioned, scored and studied the same session), and what the last session's review left
open. Each question is worded afresh, so it checks the mechanism, not the table's sentence;
questions near the new rules that ask something else are pinned beside them."""

from __future__ import annotations

import pytest

from bot.commands import undo_said
from tests.conftest import ask


def _after_an_update(said, db):
    """The reply to `said` from a manager who has just marked SG-8 done."""
    ask(db, "role U8MGR manager")
    ask(db, "update SG-8 to done - agency chairs found", today="2010-03-22", user="U8MGR")
    return ask(db, said, today="2010-03-22", user="U8MGR")


@pytest.mark.parametrize("said", ["undo the last one; just kidding", "undo whatever i posted; maybe it was right",
                                  "undo, wait", "undo that - it was fine", "undo it, i think"])
def test_an_undo_then_doubted_undoes_nothing_and_says_how(said, db):
    assert undo_said(said) is None
    reply = _after_an_update(said, db)
    assert reply.intent == "usage" and "nothing was undone" in reply.text() and "`undo`" in reply.text(), reply.text()
    assert ask(db, "status of SG-8", today="2010-03-22").text().startswith("SG-8 is done"), said


@pytest.mark.parametrize("said", ["undo, the panel isn't done, tell bill",  # an instruction beside it
                                  "undo - it's not actually done, keep it", "undo - is it not done?"])
def test_an_undo_beside_an_instruction_or_a_question_undoes_nothing(said, db):
    assert undo_said(said) is None
    _after_an_update(said, db)
    assert ask(db, "status of SG-8", today="2010-03-22").text().startswith("SG-8 is done"), said


@pytest.mark.parametrize("said", ["undo - jumped the gun on that one", "scratch that, undo", "undo pls - wrong one",
                                  "undo - it's not actually done, misread the minutes",  # why, beside a plain undo
                                  "i think i updated the wrong thing, can clerk reverse it?"])
def test_an_undo_beside_a_regret_still_undoes(said, db):
    reply = _after_an_update(said, db)
    assert reply.intent == "undo" and reply.text().startswith("Undone: SG-8"), reply.text()


ASKED = [  # (question, clock, intent, words the answer must hold)
    ("the advocacy info rec - on track or slipping?", "2010-05-06", "status", "SG-9 is not started"),
    ("is the PEP rec closed or not", "2010-05-06", "status", "LAC-9 is not started"),  # one action's state, not a list
    ("what does the log say about the caseloads rec", "2010-08-01", "status", "SG-3 is not started"),
    ("scrutiny - monthly, quarterly?", "2010-08-01", "frequency", "Quarterly"),  # how often, offered as choices
    ("how does the IB meet - 4 weeks, 8 weeks?", "2010-08-01", "frequency", "Once a month"),
    ("the notice's interim reviews by the department - what's the interval", "2010-08-01", "frequency",
     "six months"),
    ("did they miss the deadline on the paediatrician one", "2010-08-01", "overdue", "SG-14"),
    ("complete history for SG-3", "2010-08-01", "history", "SG-3 has no updates yet"),
    ("what can the bot help us with", "2010-08-01", "help", "Ask me about"),
    ("who has been chairing the transformation board", "2010-08-01", "chair", "Eleanor Brazil"),
    ("deadline check: the complaints info action", "2010-08-01", "due_date", "7 April 2010"),
    ("what's been finished so far?", "2010-08-01", "status_list", "No actions are done"),
    ("anyone been posting updates?", "2010-08-01", "recent", "No updates have been recorded"),
    ("can i get a one-page summary on LAC", "2010-08-01", "summary", "Board summary (looked after children)"),
    ("right then, LAC - anything late?", "2010-04-09", "overdue", "7 looked after children actions are overdue"),
    ("any deadlines between here and bonfire night", "2010-09-20", "due", "between 20 September 2010 and 5 November"),
    ("the three-month ones (lac + sg) that are late", "2010-05-09", "overdue", "SG-9"),  # both themes, listed with +
    ("which recs blew clean past the deadline", "2010-09-14", "overdue", "31 actions are overdue"),
    ("the mobile youth work fleet - when did the five new units come in", "2010-02-01", "when",
     "spring 2009"),  # 'this spring' in a paper of December 2009
    ("what grade did we get for overall effectiveness of safeguarding back then", "2011-06-01", "judgement",
     "Overall effectiveness for safeguarding was judged Inadequate"),  # 'back then' asks when, of nothing
    ("whole IB member list incl the NHS folk", "2010-08-01", "members", "The Improvement Board has 7 members"),
    ("when did scrutiny (children & families) last get the 9pp in front of them", "2014-02-20", "last_meeting",
     "The Scrutiny Board (Children and Families) last took up the Nine Point Plan on 13 February 2014"),  # a body's
    # name in brackets is no aside; a paper setting out the plan's strands is on it, whatever its title
    ("tom riordan - still the council's chief exec?", "2011-06-02", "person", "Chief Executive"),
    ("nigel richardson, is he our director of children's services?", "2011-06-02", "person", "DCS"),  # the post
    # recorded by its initials, asked spelt out
    ("how long has the nine point plan been around", "2014-03-01", "when", "late 2012"),
    ("families strand - key achievements?", "2014-02-26", "plan", "Strengthen the role of families"),
    ("which july deadlines have we missed so far", "2011-07-18", "overdue",
     "still to come in it:\n• C-11"),  # none of the month is late yet: what is still to come in it
]


@pytest.mark.parametrize("question, today, intent, has", ASKED)
def test_asked_as_staff_type_it(question, today, intent, has, seeded_db):
    reply = ask(seeded_db, question, today=today)
    assert reply.intent == intent and has in reply.text(), (reply.intent, reply.text())


@pytest.mark.parametrize("question, today, not_intent", [  # near the new rules, asking something else
    ("when was the LSCB challenge and monitoring action supposed to be done?", "2010-08-01", "status"),  # a date
    ("is SG-3 4 weeks or 6 weeks late", "2010-08-01", "frequency"),  # lateness, not how often
    ("which action is on track", "2010-08-01", "status"),
])
def test_near_the_new_rules(question, today, not_intent, seeded_db):
    reply = ask(seeded_db, question, today=today)
    assert reply.intent != not_intent, (reply.intent, reply.text())


def test_a_follow_up_asking_the_same_of_another_action(seeded_db):
    chat = dict(today="2010-05-04", conversation=True, channel="same-date")
    assert ask(seeded_db, "when was SG-9 due again", **chat).intent == "due_date"
    reply = ask(seeded_db, "and the equivalent complaints rec for LAC, same deadline?", **chat)
    assert reply.intent == "due_date" and reply.text().startswith("LAC-4 was due on 7 April 2010"), reply.text()


def test_same_asked_of_another_kind_is_not_carried(seeded_db):
    chat = dict(today="2010-05-04", conversation=True, channel="same-other")
    ask(seeded_db, "when was SG-9 due again", **chat)
    reply = ask(seeded_db, "and the complaints rec for LAC, same owner?", **chat)  # not the deadline asked again
    assert "was due on" not in reply.text(), reply.text()
