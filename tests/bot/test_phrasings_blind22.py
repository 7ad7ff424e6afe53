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


def test_an_acknowledgement_before_a_follow_up_keeps_the_thread(seeded_db):
    ask(seeded_db, "what is SG-9", today="2010-03-22", conversation=True)
    reply = ask(seeded_db, "ok and whose name is against that one", today="2010-03-22", conversation=True)
    assert reply.intent == "owner" and reply.text().startswith("SG-9 has no owner"), reply.text()
    ask(seeded_db, "CTB - what is it there for", today="2010-08-20", conversation=True)
    reply = ask(seeded_db, "great, who's in the chair for that", today="2010-08-20", conversation=True)
    assert reply.intent == "chair" and "Children's Trust Board" in reply.text(), reply.text()


@pytest.mark.parametrize("said, intent", [
    ("done recs so far - list them", "status_list"),
    ("who's changed what lately", "recent"),
    ("latest note logged?", "recent"),
    ("the IB's look at performance - weekly thing or monthly?", "frequency"),
    ("when does the CTB next meet? want to send my apologies", "next_meeting"),
    ("any meetings w/c 26th july", "next_meeting"),  # the review's: meetings that week, never deadlines
])
def test_lists_of_what_was_done_or_changed_and_how_often(said, intent, seeded_db):
    reply = ask(seeded_db, said, today="2010-07-20")
    assert reply.intent == intent, (reply.intent, reply.text())


@pytest.mark.parametrize("said, today, intent", [  # the review's: what the change must leave alone
    ("what did the inspectors recommend", "2010-04-20", "inspection"),
    ("when were the inspectors here", "2010-04-20", "inspection"),
    ("apologies - who sent them to the IB", "2010-04-20", "apologies"),
    ("what dates are coming up for the improvement board", "2010-07-20", "next_meeting"),
    ("which paper added the £6.2m", "2010-07-30", "money"),
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
