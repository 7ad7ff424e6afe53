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
                                  "undo - misread the email"])  # a slip said whole
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
    ("families strand - key achievements?", "2014-02-26", "plan", "Strengthen the role of families"),
    ("is bill mccarthy still chair?", "2011-06-01", "chair", "Bill McCarthy chairs the Improvement Board."),  # what
    # a person named chairs, one board by both its names
    ("last time scrutiny had the 9pp in front of them", "2014-06-01", "last_meeting",
     "The Scrutiny Board (Children and Families) last took up the Nine Point Plan"),  # 'scrutiny': the board on
    # record most recently, whatever other words are asked
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


@pytest.mark.parametrize("said", [  # the review's: a denial with more after it, a question without its mark, a
    # request, asking what Clerk can do, a statement about Clerk, 'misread' with doubt after it, a condition, a
    # later time, an instruction, another action: nothing undone
    "undo - it wasn't done so don't bother", "undo - it's not done is it", "undo - it isn't finished is bill aware",
    "undo - why it wasn't done", "it's not done but who knows - undo", "undo - the campaign's not paused can you check",
    "can clerk undo?", "can the bot undo a change?", "clerk can undo it", "the clerk can undo that",
    "undo - misread it not sure", "undo - misread the email but keep it", "undo - misread it jk",
    "undo - it's not certain", "undo - it's not my call", "undo - nah", "undo - idk", "undo - only if bill agrees",
    "undo - once bill confirms", "undo - tomorrow", "undo - cc bill", "undo - let bill know",
    "undo - it wasn't done, was it", "undo - the complaints rec isn't done",
    # the second review's: a denial with a hedge before it, asking what Clerk can do, a question or a time without its
    # mark, several updates, another rec, a person addressed
    "suppose it's not done - undo", "undo - hopefully it's not done", "bill thinks it's not done - undo",
    "undo - it's not at risk", "can clerk undo my last update - just wondering", "undo - was it", "undo - should i",
    "undo - was that right", "undo - in a minute", "undo - by friday", "after bill agrees, undo", "hypothetically, undo",
    "to revert, type: undo", "@bill: undo", "undo - the other rec please", "undo - last two", "undo - all",
    # the third review's: jokes and doubts
    "undo - j/k", "undo - doubt it", "undo the last one - only messing", "undo - having second thoughts",
    "undo - are you sure", "undo, up to you", "undo - right",
])
def test_the_reviews_undos_undo_nothing(said, db):
    assert undo_said(said) is None
    _after_an_update(said, db)
    assert ask(db, "status of SG-8", today="2010-03-22").text().startswith("SG-8 is done"), said


@pytest.mark.parametrize("said", ["ok, undo", "undo - yes i'm sure", "undo, i'll wait till bill confirms",
                                  "undo, i think i jumped the gun", "undo - it was fine before", "undo - right away",
                                  "undo, wrong recs", "undo, did that by mistake",
                                  "undo - wrong rec, scorecard still in draft",
                                  "argh undo, that was meant for another rec", "undo please, audit's only half done"])
def test_a_slip_or_a_filler_beside_an_undo_still_undoes(said):
    assert undo_said(said) is not None


def test_last_winter_asked_in_january_is_answered(seeded_db):
    reply = ask(seeded_db, "what happened last winter", today="2010-01-15")
    assert not reply.text().startswith("Sorry"), reply.text()


@pytest.mark.parametrize("question, today, has", [  # the review's: a window narrows what was missed, only in it
    ("what's overdue this year", "2011-02-01", "32 actions are overdue as of 1 February 2011"),  # every one late
    ("what's overdue this quarter", "2010-10-05", "31 actions are overdue as of 5 October 2010"),
    ("what has slipped in the last 3 months", "2010-08-15",
     "7 actions due between 15 May 2010 and 15 August 2010 are overdue"),  # a window, not a timescale
    ("deadlines in july that could be blown", "2010-03-01", "6 open actions are due between 1 July 2010 and 31 July"),
    ("did we blow the deadline on SG-12", "2010-08-01", "Yes: SG-12 is overdue as of 1 August 2010"),
    ("which 3 month recs slipped in the last 3 months", "2010-07-20", "No actions to be done within 3 months due"),
    ("what was overdue in march", "2010-08-01", "29 actions are overdue as of 1 August 2010"),  # late then: not due then
    ("which july deadlines have we missed", "2010-07-01", "No actions due between 1 July 2010 and 31 July 2010 are "
                                                          "overdue as of 1 July 2010; still to come in it"),
])
def test_windows_of_what_was_missed(question, today, has, seeded_db):
    assert has in ask(seeded_db, question, today=today).text()


@pytest.mark.parametrize("question, not_intent", [  # the review's: near the new rows, asking something else
    ("which recs were 3 months or 6 months", "frequency"), ("was it done in 3 months or 6 months?", "frequency"),
    ("what is the interval between inspections", "frequency"),
    ("who has been making changes to the improvement plan", "recent"),
    ("what's the date we're supposed to meet the improvement board", "due_date"),
    ("what's the date it's due to be published", "due_date"),
    ("what did the system say about the improvement board's membership", "status"),
    ("the full history of the ofsted inspection, the one in 2009", "history"),
    ("every change to the improvement plan since the last one", "history"),
    ("what has been delivered well in youth services", "status_list"),
])
def test_the_reviews_questions_near_the_new_rows(question, not_intent, seeded_db):
    reply = ask(seeded_db, question, today="2010-08-01")
    assert reply.intent != not_intent, (reply.intent, reply.text())


def test_a_whole_list_asked_with_a_filter_is_filtered(seeded_db):
    reply = ask(seeded_db, "complete list of improvement board members from the NHS", today="2010-08-01")
    assert reply.text().startswith("2 of the Improvement Board's members match"), reply.text()


def test_a_follow_up_leaning_on_the_action_asks_of_it_again(seeded_db):
    chat = dict(today="2010-05-04", conversation=True, channel="same-it")
    ask(seeded_db, "SG-9 deadline?", **chat)
    reply = ask(seeded_db, "and it, same date?", **chat)
    assert reply.text().startswith("SG-9 was due on 7 April 2010"), reply.text()


def test_same_date_of_a_meeting_is_not_an_actions_deadline(seeded_db):
    chat = dict(today="2010-08-04", conversation=True, channel="same-meeting")
    ask(seeded_db, "SG-9 deadline?", **chat)
    assert ask(seeded_db, "and the next IB meeting, same date?", **chat).intent == "next_meeting"


@pytest.mark.parametrize("said", ["undo - it's not done, tell bill", "undo - by friday", "@bill: undo"])
def test_an_undo_said_with_more_undoes_nothing_and_says_how(said, db):
    reply = _after_an_update(said, db)
    assert reply.intent == "usage" and "nothing was undone" in reply.text(), reply.text()
    assert ask(db, "status of SG-8", today="2010-03-22").text().startswith("SG-8 is done"), said
