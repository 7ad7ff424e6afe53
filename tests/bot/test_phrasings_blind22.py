"""Mechanisms found studying blind22's failures; each question here is worded afresh, and the
near questions that must keep their reading are pinned beside them."""

from __future__ import annotations

import pytest

from tests.conftest import ask


def first_line(db, said: str, today: str) -> tuple[str, str]:
    reply = ask(db, said, today=today)
    return reply.intent, reply.text().splitlines()[0]


@pytest.mark.parametrize("said, today, expected", [
    ("september - which deadlines fall?", "2010-08-20", "between 1 September 2010 and 30 September 2010"),
    ("october: what target dates land", "2010-08-20", "between 1 October 2010 and 31 October 2010"),
    ("anything due this fall", "2010-08-20", "between 1 September 2010 and 30 November 2010"),
])
def test_a_month_before_the_question_is_its_window_and_fall_is_a_verb(said, today, expected, seeded_db):
    intent, lead = first_line(seeded_db, said, today)
    assert intent == "due" and expected in lead, (intent, lead)


@pytest.mark.parametrize("said, today, expected", [
    ("anything due before the month's out?", "2010-03-15", "between 15 March 2010 and 31 March 2010"),
    ("what lands w/c 5th july", "2010-06-30", "between 5 July 2010 and 11 July 2010"),
    ("deadlines in the week commencing 12 july?", "2010-06-30", "between 12 July 2010 and 18 July 2010"),
])
def test_the_end_of_the_month_and_a_week_commencing_are_windows(said, today, expected, seeded_db):
    intent, lead = first_line(seeded_db, said, today)
    assert intent == "due" and expected in lead, (intent, lead)


@pytest.mark.parametrize("said, today", [
    ("between now and the end of march, which target dates are against the tracker", "2010-02-01"),
    ("which dates fall on the tracker in march? spring planning", "2010-02-01"),  # never spring
])
def test_words_of_the_tracker_and_the_occasion_filter_nothing(said, today, seeded_db):
    intent, lead = first_line(seeded_db, said, today)
    assert intent == "due" and " about " not in lead and " 2010 and 31 March 2010" in lead, (intent, lead)


def test_deadlines_already_blown_are_overdue(seeded_db):
    intent, lead = first_line(seeded_db, "any deadlines on the tracker we've already missed?", "2010-04-20")
    assert intent == "overdue" and "overdue" in lead, (intent, lead)


def test_deadlines_that_could_be_blown_are_still_to_come(seeded_db):
    intent, _lead = first_line(seeded_db, "deadlines in august that could be blown", "2010-06-01")
    assert intent == "due"


def test_an_acknowledgement_before_a_follow_up_keeps_the_thread(db):
    ask(db, "what is SG-9", today="2010-03-22", conversation=True)
    reply = ask(db, "ok and whose name is against that one", today="2010-03-22", conversation=True)
    assert reply.intent == "owner" and reply.text().startswith("SG-9 has no owner"), reply.text()
    ask(db, "CTB - what is it there for", today="2010-08-20", conversation=True)
    reply = ask(db, "great, who's in the chair for that", today="2010-08-20", conversation=True)
    assert reply.intent == "chair" and "Children's Trust Board" in reply.text(), reply.text()


@pytest.mark.parametrize("said, intent", [
    ("done recs so far - list them", "status_list"),
    ("who's changed what lately", "recent"),
    ("latest entry logged?", "recent"),
    ("the IB's look at performance - weekly thing or monthly?", "frequency"),
    ("when does the CTB next meet? want to send my apologies", "next_meeting"),
    ("any meetings w/c 26th july", "next_meeting"),  # the review's: meetings that week, never deadlines
])
def test_lists_of_what_was_done_or_changed_and_how_often(said, intent, seeded_db):
    reply = ask(seeded_db, said, today="2010-07-20")
    assert reply.intent == intent, (reply.intent, reply.text())


@pytest.mark.parametrize("said, today, intent", [  # the three reviews': what the changes must leave alone
    ("what did the inspectors recommend", "2010-04-20", "inspection"),
    ("when were the inspectors here", "2010-04-20", "inspection"),
    ("apologies - who sent them to the IB", "2010-04-20", "apologies"),
    ("what dates are coming up for the improvement board", "2010-07-20", "next_meeting"),
    ("which paper added the £6.2m", "2010-07-30", "money"),
    ("what dates are coming up this month", "2010-07-30", "due"),  # the second review's
    ("apologies - what's overdue", "2010-07-30", "overdue"),
    ("what's due before the meeting w/c 2 aug", "2010-07-30", "due"),
    ("is the breeze card target annual or quarterly", "2010-07-30", "indicator"),
    ("what did ofsted say? context for the new director", "2010-07-30", "judgement"),
    ("latest update posted on the paediatrician rec", "2010-07-30", "actions"),
    ("the improvement plan - what is it meant to achieve", "2010-07-30", "plan"),  # the third review's
    ("latest update logged", "2010-07-30", "recent"),
    ("any meetings w/c 2nd aug about the action plan", "2010-07-30", "next_meeting"),
    ("date the improvement board was set up and who chairs it", "2010-07-30", "chair"),
    ("bill mccarthy - what was he writing to the minister about", "2011-04-06", "search"),
])
def test_near_questions_keep_their_reading(said, today, intent, seeded_db):
    reply = ask(seeded_db, said, today=today)
    assert reply.intent == intent, (reply.intent, reply.text())


def test_a_subject_after_the_question_mark_still_narrows(seeded_db):
    intent, lead = first_line(seeded_db, "what's overdue? care planning", "2010-07-30")
    assert intent == "overdue" and lead.startswith("1 action about ‘care planning’"), lead


@pytest.mark.parametrize("said, expected", [
    ("anything due by fall", "between 30 July 2010 and 30 November 2010"),
    ("anything due before fall", "between 30 July 2010 and 31 August 2010"),
])
def test_by_fall_keeps_its_by(said, expected, seeded_db):
    intent, lead = first_line(seeded_db, said, "2010-07-30")
    assert intent == "due" and expected in lead, (intent, lead)


@pytest.mark.parametrize("said, today, intent, expected", [
    ("roughly when was the nine point plan drawn up", "2014-03-01", "when", "late 2012"),
    ("approximately how many inspectors came", "2010-04-20", "inspection", "inspectors"),
    ("year free swimming began for under 16s", "2010-08-01", "when", "April 2009"),
    ("nigel richardson - what was he in 2011", "2011-06-01", "person", "Nigel Richardson"),
])
def test_how_roughly_or_how_tersely_it_is_asked(said, today, intent, expected, seeded_db):
    reply = ask(seeded_db, said, today=today)
    assert reply.intent == intent and expected in reply.text(), (reply.intent, reply.text())


def test_round_the_table_asks_who_sits_on_it(seeded_db):
    reply = ask(seeded_db, "the local children and young people partnerships - who'd be round the table",
                today="2009-12-16")
    assert reply.intent == "members" and "schools" in reply.text(), (reply.intent, reply.text())


def test_a_subject_after_want_to_still_narrows(seeded_db):
    intent, lead = first_line(seeded_db, "which recs are late? want to know about placements", "2010-07-30")
    assert intent == "overdue" and lead.startswith("3 actions about ‘placements’"), lead


def test_closed_recs_about_a_topic_are_not_every_done_one(db):
    ask(db, "update SG-3 to done - caseload cap agreed", today="2010-07-30")
    reply = ask(db, "closed recs about complaints", today="2010-07-30")
    assert "SG-3" not in reply.text().splitlines()[0], reply.text()
