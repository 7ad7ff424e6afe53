"""Dates as written in council prose, resolved against the document's own date."""

from __future__ import annotations

from datetime import date

import pytest
from dateutil.relativedelta import relativedelta

from store.dates import find_dates, format_date, parse_frequency, parse_timescale

DOC = date(2011, 4, 5)


@pytest.mark.parametrize("text,value,precision", [
    ("At its meeting on 17th March 2010, the Committee", date(2010, 3, 17), "day"),
    ("the report was published on 7th January", date(2011, 1, 7), "day"),
    ("I propose that we review the situation in July.", date(2011, 7, 1), "month"),
    ("This was, as expected, published in December.", date(2010, 12, 1), "month"),
    ("it is planned to have the arrangements in place by the end of September.", date(2011, 9, 1), "month"),
    ("once we have reviewed the work of the Board in July", date(2011, 7, 1), "month"),
    ("Met in early July 2010.", date(2010, 7, 1), "month"),
    ("Report to Committee 17.03.10", date(2010, 3, 17), "day"),
    ("The promise was launched in late 2013", date(2013, 11, 1), "late"),
    ("will be implemented in spring 2010", date(2010, 4, 1), "spring"),
    ("said tributes would be heard at the July meeting", date(2011, 7, 1), "month"),  # reported future
    ("said it would have been discussed in July", date(2010, 7, 1), "month"),
    ("At it's May meeting, the Board took stock", date(2010, 5, 1), "month"),  # 'May' before 'meeting
])
def test_dates_in_prose(text, value, precision):
    found = find_dates(text, DOC)
    assert (found[0].value, found[0].precision) == (value, precision)


@pytest.mark.parametrize("text,value,precision", [
    ("Five new units were introduced this spring", date(2011, 4, 1), "spring"),  # a season of the paper's year
    ("the hub opens next summer", date(2011, 7, 1), "summer"),
    ("caseloads peaked last winter", date(2010, 12, 1), "winter"),  # the latest ended before 5 April 2011
    ("last spring the board was formed", date(2010, 4, 1), "spring"),  # spring 2011 has not ended
])
def test_seasons_said_from_the_paper(text, value, precision):
    assert [(d.value, d.precision) for d in find_dates(text, DOC)] == [(value, precision)]


@pytest.mark.parametrize("text, anchor, value", [  # the review's: January and February, the summer just ended
    ("referrals rose sharply last winter", date(2010, 1, 15), date(2008, 12, 1)),  # this winter has not ended
    ("referrals rose sharply last winter", date(2010, 2, 20), date(2008, 12, 1)),
    ("this winter will be hard", date(2010, 7, 29), date(2010, 12, 1)),  # the coming one
    ("this winter was hard", date(2010, 1, 29), date(2009, 12, 1)),  # the one it is in
    ("last summer was busy", date(2010, 9, 15), date(2010, 7, 1)),  # June to August has ended
    ("the hub will open this spring", date(2009, 12, 10), date(2010, 4, 1)),  # what will be: the coming one
    ("this spring 2011", date(2010, 12, 1), date(2011, 4, 1)),  # the year written wins
    ("This summer, 200 took part in the scheme, which will be extended next year.", date(2009, 12, 10),
     date(2009, 7, 1)),  # 'will' said of something else
    ("The pilot ran this autumn and will be evaluated in the new year.", date(2009, 12, 10), date(2009, 10, 1)),
])
def test_relative_seasons(text, anchor, value):
    assert [d.value for d in find_dates(text, anchor)] == [value]


def test_may_the_verb_is_not_a_month():
    assert find_dates("Members may wish to consider this.", DOC) == ()


@pytest.mark.parametrize("text,offset", [
    ("Immediately:", relativedelta()), ("Within three months:", relativedelta(months=3)),
    ("Within 6 Months", relativedelta(months=6)), ("Action within 12 weeks:", relativedelta(weeks=12)),
    ("Short term", relativedelta(months=3)),
])
def test_timescales(text, offset):
    assert parse_timescale(text) == offset


@pytest.mark.parametrize("text,interval,unit,approximate", [
    ("Once a month", 1, "months", False), ("Quarterly", 3, "months", False), ("6-monthly", 6, "months", False),
    ("Six weekly", 6, "weeks", False), ("Every two months", 2, "months", False),
    ("every two weeks", 2, "weeks", False), ("Approximately once a month", 1, "months", True),
    ("Every six months (linked in to PI data)", 6, "months", False), ("Fortnightly", 2, "weeks", False),
    ("Annually", 1, "years", False), ("Bi-monthly", 2, "months", False),
])
def test_frequencies(text, interval, unit, approximate):
    f = parse_frequency(text)
    assert (f.interval, f.unit, f.approximate) == (interval, unit, approximate)


def test_projection_jumps_to_the_next_occurrence():
    f = parse_frequency("Quarterly")
    assert f.next_after(date(2010, 7, 1), date(2010, 8, 1), "month") == date(2010, 10, 1)
    assert f.next_after(date(2010, 7, 1), date(2012, 2, 10), "month") == date(2012, 4, 1)
    assert format_date(date(2010, 10, 1), "month") == "October 2010"
