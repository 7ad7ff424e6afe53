"""Ways of asking found in the eleventh table written without sight of the code (blind10, read and
studied the session after it was written and scored). Each question is worded afresh, so it checks
the mechanism, not the table's sentence; questions near the new rules that ask something else are
pinned beside them."""

from __future__ import annotations

import pytest

from tests.conftest import ask

ASKED = [  # (question, clock, intent, words the answer must hold)
    # one action named by its id, and nothing else asked of it: its card; what else is asked of it
    ("SG-11 - still open?", "2010-05-01", "status", "SG-11 is not started"),
    ("is LAC-9 closed on the system", "2010-05-01", "status", "LAC-9 is not started"),
    ("LAC-7 - current RAG?", "2010-05-01", "status", "LAC-7 is not started"),
    ("SG-2: who posted what", "2010-05-01", "history", "SG-2 has no updates yet"),
    ("every status change on LAC-3", "2010-05-01", "history", "LAC-3 has no updates yet"),
    ("LAC-7 - is there a lead officer against it", "2010-05-01", "owner", "LAC-7 has no owner yet"),
    # history and recent updates
    ("the trail on the paediatrician action please", "2010-05-01", "history", "SG-14 has no updates yet"),
    ("anything been moved on in the last week?", "2010-05-01", "recent", "No updates have been recorded"),
    # overdue, however said
    ("which safeguarding ones have we blown through", "2010-07-09", "overdue", "14 safeguarding actions are overdue"),
    ("3 month recs: past the line yet?", "2010-04-10", "overdue", "9 actions to be done within 3 months are overdue"),
    ("the 3 month deadline has gone, what didnt we land", "2010-04-10", "overdue", "SG-9"),
    ("the immediate recs - technically already late?", "2010-02-20", "overdue",
     "9 actions to be done immediately are overdue as of 20 February 2010"),
    ("out of curiosity, what's overdue", "2010-05-01", "overdue", "22 actions are overdue as of 1 May 2010"),
    ("having read the executive board paper, which recs are late", "2010-02-20", "overdue",
     "9 actions from the Executive Board report, 12 Feb 2010 are overdue"),
    # a person named, and asked who they are
    ("sandie keene's job title", "2014-03-01", "person", "Author of a report of the Interim Director"),
    ("nigel richardson - what's his post", "2011-06-01", "person", "DCS"),
    ("steve walker did a report for us - what on", "2014-03-01", "person", "Steve Walker"),
    # an action's status asked by its words
    ("kinship care policy - finalised or not?", "2014-03-05", "status", "kinship care policy"),
    ("the youth hub - has it opened then?", "2010-11-20", "status", "C-1 is not started"),
    ("nigel's directorate restructure - RAG?", "2011-05-12", "status", "C-10 is not started"),  # named with a person
    ("what status did the LSCB strengthening work end up on", "2010-06-29", "status", "SG-12 is not started"),
    ("is the paeds cover still showing as not done", "2010-07-03", "status", "SG-14 is not started"),
    # windows and due dates
    ("what's due in the first quarter of 2011", "2010-06-01", "due", "between 1 January 2011 and 31 March 2011."),
    ("looking ahead 3 months, anything due?", "2010-12-01", "due", "between 1 December 2010 and 1 March 2011"),
    ("the LSCB training access rec - due by?", "2010-03-06", "due_date", "SG-11 is due on 7 April 2010"),
    ("youth hub - target opening?", "2010-01-05", "due_date", "C-1 is due by the end of November 2010"),
    # lists, help, summaries, chairs
    ("the within-six-months safeguarding recs, what are they", "2010-03-03", "actions",
     "3 safeguarding actions to be done within six months"),
    ("which safeguarding ones are late now then", "2010-05-04", "overdue", "11 safeguarding actions are overdue"),
    ("list the signed-off ones", "2010-05-07", "status_list", "No actions are done"),
    ("what's the sytnax for closing an action", "2010-06-05", "help", "update <action> to <status>"),
    ("clicked the wrong status - can i take that back?", "2010-06-05", "help", "undo"),
    ("quick brief on LAC for the board pack please", "2010-08-15", "summary", "Board summary (looked after children)"),
    ("who wields the gavel at the improvement board", "2010-08-22", "chair", "chaired by Bill McCarthy"),
    # what the papers say of things no action names; dates of past events; who wrote which year's paper
    ("anything on how we use sharepoint", "2014-03-13", "search", "Increased use of Sharepoint"),
    ("anything on how we use sharepoint", "2010-06-01", "search", "‘use sharepoint’"),  # before any paper says it
    ("the one minute guides - what's the thinking behind them", "2014-03-14", "search", "concise summaries"),
    ("has the s47 guidance changed", "2009-12-23", "search", "revision of Section 47 guidance"),
    ("the care promise was launched when?", "2014-02-20", "when", "late 2013"),
    ("launch month for frameworki?", "2014-02-21", "when", "November 2013"),
    ("dates of the unannounced visit?", "2011-04-15", "when", "January 2011"),
    ("when did executive board approve the business case for the new social care system", "2011-04-18", "when",
     "January 2011"),
    ("who wrote the 2014 scrutiny report", "2014-02-27", "person", "is from Steve Walker"),  # not 2009's alike
    # members and bodies asked of as people say it
    ("who turns up from the DfE to the improvement board", "2010-08-27", "members", "James Holden (attends) — DfE"),
    ("everything with a deadline from the december scrutiny report", "2010-01-12", "actions",
     "2 actions from the Scrutiny Board (Children's Services) report, 10 Dec 2009"),
    # a battery written for the intents the twelfth table (blind11, unread) most often misses, from its counts alone
    ("the complaints info for parents - has that happened", "2010-05-01", "status", "SG-9"),
    ("any movement on core assessments", "2010-05-01", "status", "LAC-2"),  # 'movement' is no misspelt 'improvement'
    ("state of the caseloads work?", "2010-05-01", "status", "SG-3"),
    ("is the contact centre work still not started?", "2010-06-01", "status", "SG-4 is not started"),
    ("every change made to the caseload recommendation", "2010-06-01", "history", "SG-3 has no updates yet"),
    ("where is the caseloads rec up to", "2010-05-01", "status", "SG-3 is not started"),
    ("has the paediatrician rota been sorted out", "2010-05-01", "status", "SG-14 is not started"),
    ("whose name is against the PEP action", "2010-05-01", "owner", "LAC-9 has no owner yet"),
    ("who picks up the placement choice work", "2010-05-01", "owner", "LAC-8"),
]


@pytest.mark.parametrize("question, today, intent, has", ASKED)
def test_asked_as_staff_type_it(question, today, intent, has, seeded_db):
    reply = ask(seeded_db, question, today=today)
    assert reply.intent == intent and has in reply.text(), (reply.intent, reply.text())


@pytest.mark.parametrize("question, today, not_intent", [  # near the new rules, asking something else
    ("has anything changed since march 2010", "2010-08-01", "recent"),  # the records, not the tracker
    ("SG-3 and LAC-4", "2010-05-01", "status"),  # two actions named: not one action's card
    ("did the transformation board land on a decision", "2010-08-01", "overdue"),
    ("has the budget been blown", "2010-08-01", "overdue"),
    ("who is james rogers", "2010-08-01", "search"),
    ("can we take that decision back to the board", "2010-08-01", "help"),
    ("what did the briefing for members say about caseloads", "2010-08-01", "summary"),
    ("a brief history of the improvement board", "2010-08-01", "summary"),
    ("the idea behind the improvement board", "2010-08-01", "overdue"),  # a reason, not something late
    ("date ofsted told us they were coming", "2010-03-01", "search"),  # who told is asked of, not a preamble
    ("go-live date the transformation board is working to", "2010-08-01", "when"),  # a target: its due date
    ("which board gets the transformation update", "2010-08-03", "next_meeting"),  # which body: not one named
    # the review's counter-examples: each was misread by a first version of this session's rules
    ("are the SG recs still open?", "2010-06-01", "status"),  # a list, not one action
    ("have the LAC recs still not started?", "2010-06-01", "status"),
    ("are our safeguarding actions still at risk?", "2010-06-01", "status"),
    ("explain the area committee wedge model", "2010-06-01", "about_body"),
    ("what's the start date of the transformation programme?", "2010-06-01", "when"),
    ("date for the report to exec board on the improvement plan", "2010-06-01", "when"),
    ("what does SG-12 lead to?", "2010-06-01", "owner"),
    ("is SG-4 in order?", "2010-06-01", "history"),
    ("the ofsted report didn't land well with members - what did scrutiny say?", "2010-06-01", "overdue"),
    ("is there a paper trail for the decision to set up the improvement board?", "2010-06-01", "history"),
    ("has anyone moved into the new youth hub this month?", "2010-06-01", "recent"),
    ("has anything moved on caseloads this month?", "2010-06-01", "recent"),
    ("is Nigel Richardson involved in leading the improvement work?", "2011-06-01", "members"),
    ("what grade did ofsted give while sandie keene was in her post?", "2011-05-01", "person"),
    ("when did Nigel Richardson start in his role as DCS?", "2011-05-01", "person"),
    ("why does SG-14 matter?", "2010-06-01", "status"),
    ("SG-7 government office involvement", "2010-06-01", "status"),
    # the second review's
    ("I need a brief for the board on the youth hub", "2010-06-01", "summary"),
    ("is the improvement board still open to new members?", "2010-08-30", "status"),
    ("was the plan signed off?", "2010-06-01", "status"),
    ("what didn't land from the nine point plan?", "2014-03-01", "overdue"),
    ("does every change to the improvement plan go to the exec board?", "2010-06-01", "history"),
    ("which actions with timescales of three months are done?", "2010-06-01", "actions"),
    ("items with deadlines that have passed", "2010-06-01", "actions"),
    ("frameworki target go-live", "2014-03-01", "due_date"),
    # the third review's
    ("who wrote the brief for the board?", "2010-06-01", "summary"),
    ("is the budget still at risk?", "2010-06-01", "status"),
    ("is safeguarding still at risk?", "2010-06-01", "status"),
    ("are schools involved in running the LSCB?", "2010-06-01", "members"),
    ("what type of board is the LSCB?", "2010-06-01", "about_body"),
])
def test_the_new_rules_leave_these_alone(question, today, not_intent, seeded_db):
    assert ask(seeded_db, question, today=today).intent != not_intent


@pytest.mark.parametrize("question, between", [
    ("what's due in the second quarter of 2010/11?", "between 1 July 2010 and 30 September 2010"),  # financial
    ("what's due in the third quarter of 2010", "between 1 July 2010 and 30 September 2010"),  # calendar
    ("what's due in the first quarter of 2010/2011?", "between 1 April 2010 and 30 June 2010"),
    ("what's due in the first quarter of 2010 financial year?", "between 1 April 2010 and 30 June 2010"),
    ("what's due in the fourth quarter of 2010/11", "between 1 January 2011 and 31 March 2011"),
    ("due in the second quarter of the 2010 financial year", "between 1 July 2010 and 30 September 2010"),
])
def test_a_quarter_of_a_financial_year_is_the_councils_and_of_a_calendar_year_the_calendars(question, between,
                                                                                            seeded_db):
    assert between in ask(seeded_db, question, today="2010-06-01").text()


@pytest.mark.parametrize("question, today, has", [
    ("summarise the exec board report on the 2009 inspection", "2014-03-01", "Executive Board report, 12 Feb 2010"),
    ("summarise the 2009 inspection report", "2014-03-01", "Executive Board report, 12 Feb 2010"),
    ("what's overdue from the 2009 inspection report?", "2010-06-01", "from the Executive Board report, 12 Feb 2010"),
    ("summarise the report of the 2009 inspection", "2014-03-01", "Executive Board report, 12 Feb 2010"),
])
def test_a_year_said_of_what_a_paper_is_about_does_not_choose_the_paper(question, today, has, seeded_db):
    text = ask(seeded_db, question, today=today).text()
    assert has in text, text


def test_a_year_names_no_paper_of_another_body_sharing_only_board(seeded_db):
    text = ask(seeded_db, "summarise the 2014 exec board report", today="2014-03-01").text()
    assert "Scrutiny Board (Children and Families) report" not in text.split("\n")[0], text


def test_a_due_date_asked_of_what_no_paper_dates_says_so(seeded_db):
    text = ask(seeded_db, "new kinship care policy due by?", today="2014-03-01").text()
    assert text.startswith("I have no date for ‘kinship care policy’"), text  # not the computer systems' policy


def test_a_follow_up_naming_another_theme_asks_the_same_of_it(seeded_db):
    chat = dict(today="2010-04-15", channel="blind10-chat", conversation=True)
    first = ask(seeded_db, "which SG recs are late", **chat)
    assert first.intent == "overdue" and "SG-3" in first.text() and "LAC-" not in first.text(), first.text()
    then = ask(seeded_db, "what about CiC?", **chat)
    assert then.intent == "overdue" and "LAC-2" in then.text() and "SG-" not in then.text(), then.text()
    again = ask(seeded_db, "and the SG ones?", **chat)  # the swapped question is the one remembered
    assert again.intent == "overdue" and "SG-3" in again.text() and "LAC-" not in again.text(), again.text()
    alone = ask(seeded_db, "what about CiC?", today="2010-04-15", channel="blind10-alone")
    # no chat: no question before
    assert alone.intent != "overdue"
    more = dict(today="2010-06-01", channel="blind10-more", conversation=True)
    ask(seeded_db, "which LAC recs are about placements?", **more)
    training = ask(seeded_db, "and which safeguarding recs are about training?", **more)  # asks more than the theme
    assert "SG-11" in training.text() and "placements" not in training.text(), training.text()


def test_a_remark_then_mark_it_done_shows_what_to_type_unless_the_action_is_plain(db):
    ask(db, "role U7MGR manager")
    reply = ask(db, "the myplace youth hub has opened, mark it done", today="2010-11-20", user="U7MGR")
    assert reply.intent == "usage" and reply.private, reply.text()  # which action is meant is a guess
    assert reply.text() == ("Nothing was changed. To record that, type: "
                            "`update C-1 to done - the myplace youth hub has opened`"), reply.text()
    assert ask(db, "history C-1", today="2010-11-20").text().startswith("C-1 has no updates yet")
    said = ask(db, "the youth hub is delayed, mark it delayed", today="2010-11-20", user="U7MGR")  # says it plainly
    assert said.text().startswith("C-1 is now delayed"), said.text()
    named = ask(db, "SG-3 tackled at last, mark it done", today="2010-11-20", user="U7MGR")  # by its id: still typed
    assert named.text() == "Nothing was changed. To record that, type: `update SG-3 to done - SG-3 tackled at last`"
    crossed = ask(db, "the youth hub was delayed, mark it done", today="2010-11-20", user="U7MGR")  # two statuses
    assert crossed.text().startswith("Nothing was changed."), crossed.text()
    assert ask(db, "status of C-1", today="2010-11-20").text().startswith("C-1 is delayed")  # only the plain one
    work = ask(db, "the contact centre work is done now", today="2010-11-20", user="U7MGR")  # 'work': how it is called
    assert work.text().startswith("SG-4 is now done"), work.text()
    viewer = ask(db, "the paediatrician rota is agreed at last - mark it as done", today="2010-07-20", user="U7VIEW")
    assert viewer.private and viewer.text().startswith("Nothing was changed"), viewer.text()


@pytest.mark.parametrize("said", [  # a guess, a condition or a remark naming no one action: never recorded
    "the paeds rota is finally sorted, mark it done",  # no paper says 'rota': asked, not recorded
    "once the LSCB review is finalised, mark it done", "if the play areas open - mark it done",
    "the meeting with the team managers went well - mark it done",
    "caseloads and the contact centre work both sorted, mark it done",
    "the youth hub will open next week, mark it done", "should the youth hub open next week, mark it done",
    "the youth hub should have opened by now, mark it done", "not the youth hub, mark it done",
    "youth hub to open next week, mark it done", "if the youth hub is done, mark it done",
    "SG-3 is still to be tackled, mark it done", "SG-3 hasn't been tackled, mark it done",
    "the training plan is done, mark it done", "the youth hub is done, mark it at risk",
    "the youth hub is done, if the audit agrees, mark it done", "the youth hub is delayed, builder gone bust, mark it "
                                                                "done",
    "the youth hub is done, as are the play areas, mark it done", "SG-3 is delayed, mark it done",
    "SG-3 and SG-4 are done, mark it done", "SG-3 and SG-4 are done"])
def test_a_remark_then_mark_it_done_never_records_a_guess(said, db):
    ask(db, "role U7MGR manager")
    ask(db, said, today="2010-11-20", user="U7MGR")
    assert "is now" not in ask(db, "what has been updated recently", today="2010-11-20").text()
    assert ask(db, "what changed this week", today="2010-11-20").text().startswith("No updates")


@pytest.mark.parametrize("typed, shown", [("history", "Usage: history <action>, e.g. history C-1"),
                                          ("update", "e.g. update C-1 to in progress - agreed at the board"),
                                          ("due SG-3", "e.g. due SG-3 30 September (nothing was changed)")])
def test_usage_examples_name_an_action_the_store_holds(typed, shown, seeded_db):
    reply = ask(seeded_db, typed, today="2010-06-01")
    assert reply.intent == "usage" and shown in reply.text(), reply.text()


def test_usage_shows_the_action_typed_and_only_actions_of_papers_dated_by_the_clock(seeded_db):
    assert "e.g. mark SG-3 as done" in ask(seeded_db, "mark SG-3", today="2010-06-01").text()
    assert "e.g. mark C-1 as done" in ask(seeded_db, "mark SG-99", today="2010-06-01").text()  # no such action
    assert ask(seeded_db, "history", today="2009-11-01").text() == "Usage: history <action>"  # no paper yet


@pytest.mark.parametrize("said", [
    "The youth hub opened last week. Mark it done.", "the youth hub opened last week, can you mark it done?",
    "the youth hub opened last week and mark it done", "the youth hub opened last week, mark it as done now",
    "the youth hub opened last week, mark that one done", "the youth hub opened last week, change it to done",
    "the youth hub opened last week (mark it done)"])
def test_an_instruction_to_mark_however_said_shows_the_command_to_type(said, db):
    ask(db, "role U7MGR manager")
    reply = ask(db, said, today="2010-11-20", user="U7MGR")
    assert reply.private and reply.text().startswith("Nothing was changed. To record that, type: `update C-1 to done"), \
        reply.text()
    viewer = ask(db, said, today="2010-11-20", user="U7VIEW")
    assert "(only managers and admins can)" in viewer.text(), viewer.text()


def test_a_manager_told_to_mark_what_names_no_one_action_hears_nothing_changed(db):
    ask(db, "role U7MGR manager")
    reply = ask(db, "the complaints leaflets went out, mark it done", today="2010-11-20", user="U7MGR")
    assert reply.private and reply.text().startswith("Nothing was changed."), reply.text()


@pytest.mark.parametrize("asked", ["where are we at", "where are we up to", "how's it going", "status?"])
def test_a_status_asked_of_nothing_named_asks_which(asked, seeded_db):
    reply = ask(seeded_db, asked, today="2010-05-01")
    assert reply.intent == "status" and reply.private, reply.text()
    assert reply.text().startswith("Which action or plan?") and "e.g. “where are we with C-1?”" in reply.text()


@pytest.mark.parametrize("asked", ["when did the improvement board first meet", "when was the first IB meeting"])
def test_a_first_meeting_asked_is_the_earliest_on_record_never_the_last(asked, seeded_db):
    text = ask(seeded_db, asked, today="2010-08-01").text()
    assert text.startswith("The earliest meeting of the Improvement Board on record is May 2010"), text
    assert "the papers may not record its first" in text


def test_usage_on_a_store_without_actions_shows_the_grammar_alone(fresh_db):
    assert ask(fresh_db, "history").text() == "Usage: history <action>"
    assert ask(fresh_db, "update").text() == "Usage: update <action> to <status> [- note]"
