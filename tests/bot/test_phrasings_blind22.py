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
