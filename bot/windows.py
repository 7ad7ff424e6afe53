"""Dates and windows in questions: 'next three months', 'before the end of September',
'by Christmas', 'this financial year', 'next quarter', 'in 2011', 'as of …'.

A month, season or holiday written without a year is the next one from the clock (or the
last one, when the question is in the past tense). Every window is checked: it never ends
before it starts. The phrasings are data: a new one is a new row.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from handlers.question import Window
from store.dates import MONTH_NAMES, MONTHS, SOURCE_SAID, find_dates, month_end, period_end

NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "a": 1, "an": 1}
PAST = re.compile(r"\b(?:was|were|did|had|last|previous|previously|ago)\b|"
                  r"\b(?:we'?ve|'ve|we|they'?ve|they)\s+(?:\w+\s+)?(?:missed|slipped|blown|blew|lapsed|overran)\b|"
                  r"\b(?:deadlines?|recs?|ones|actions?|dates?)\s+(?:\w+\s+)?(?:missed|slipped|lapsed|overran)\s*[?!.]*$")
# a past tense, or what has been missed ('july deadlines we've missed', 'which april deadlines slipped'); never
# what may be ('deadlines in july that could be blown')
LATE = re.compile(r"\b(?:overdue|late|missed|slipped|lapsed|blown|blew)\b")
Span = tuple[date, date]


def financial_year(day: date) -> Span:
    """English councils' financial year: 1 April to 31 March."""
    start = date(day.year if day.month >= 4 else day.year - 1, 4, 1)
    return start, date(start.year + 1, 3, 31)


CALENDAR_QUARTERS = {"first": ("january", "march"), "1st": ("january", "march"), "second": ("april", "june"),
                     "2nd": ("april", "june"), "third": ("july", "september"), "3rd": ("july", "september"),
                     "fourth": ("october", "december"), "4th": ("october", "december"), "last": ("october", "december")}


def _financial_quarter_named(m: re.Match) -> str:
    """'the second quarter of 2010/11' as the months it spans, in the council's year from April."""
    n = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3, "last": 3}[m[1]]
    first, last = [("april", "june"), ("july", "september"), ("october", "december"), ("january", "march")][n]
    year = int(m[2]) + (n == 3)
    return f"between {first} {year} and {last} {year}"


def quarter(day: date) -> Span:
    """Quarters begin in January, April, July and October, for calendar and financial years alike."""
    start = date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    return start, month_end(start + relativedelta(months=2))


def month(day: date) -> Span:
    return day.replace(day=1), month_end(day)


def week(day: date) -> Span:
    start = day - timedelta(days=day.weekday())
    return start, start + timedelta(days=6)


def _yearly(first: tuple[int, int], last: tuple[int, int]) -> Callable[[date, bool], Span]:
    """A period that recurs each year (a season, the summer recess, Christmas), the next one
    from the clock, or the last one in a past-tense question."""
    def span(today: date, past: bool) -> Span:
        for year in ((today.year, today.year - 1) if past else (today.year - 1, today.year, today.year + 1)):
            start = date(year, *first)
            end = date(year + (1 if last < first else 0), *last)
            if (past and start <= today) or (not past and end >= today):
                return start, end
        return date(today.year, *first), date(today.year, *last)
    return span


def _half_term(today: date, past: bool) -> Span:
    """The next school half term from the clock (the last one in a past-tense question): the week
    from the Monday after 11 February, from the last Monday of May, or from the last Monday of
    October (English schools' usual dates; each authority sets its own)."""
    def starts(year: int) -> list[date]:
        february = date(year, 2, 12) + timedelta(days=(7 - date(year, 2, 12).weekday()) % 7)
        may = date(year, 5, 31) - timedelta(days=date(year, 5, 31).weekday())
        october = date(year, 10, 31) - timedelta(days=date(year, 10, 31).weekday())
        return [february, may, october]
    days = [d for y in (today.year - 1, today.year, today.year + 1) for d in starts(y)]
    start = max(d for d in days if d <= today) if past else min(d for d in days if d + timedelta(days=4) >= today)
    return start, start + timedelta(days=4)


def _financial_quarter(number: int) -> Callable[[date, bool], Span]:
    """Q1 to Q4 of English councils' financial year (Q1 is April to June): the next one from the
    clock (the one now running included), or the last one in a past-tense question."""
    def span(today: date, past: bool) -> Span:
        for year in ((today.year, today.year - 1) if past else (today.year - 1, today.year, today.year + 1)):
            start = date(year, 3 * number + 1, 1) if number < 4 else date(year + 1, 1, 1)
            end = month_end(start + relativedelta(months=2))
            if (past and start <= today) or (not past and end >= today):
                return start, end
        return today, today
    return span


def _easter(today: date, past: bool) -> Span:
    """Easter Sunday: the next one from the clock (the last one in a past-tense question)."""
    day = easter(today.year)
    if past and day > today:
        day = easter(today.year - 1)
    elif not past and day < today:
        day = easter(today.year + 1)
    return day, day


def _relative(get: Callable[[date], Span], shift: relativedelta) -> Callable[[date, bool], Span]:
    return lambda today, past: get(today + shift)


def _term_end(today: date) -> date:
    """The end of the school term a day falls in: about 20 December, the Friday before Easter, about 21 July."""
    ends = [easter(today.year) - timedelta(days=2), date(today.year, 7, 21), date(today.year, 12, 20),
            easter(today.year + 1) - timedelta(days=2)]
    return min(d for d in ends if d >= today)


SUMMER_BREAK = re.compile(r"\b(?:the )?schools? (?:break|breaks|broke) up(?: for (?:the )?summer)?\b(?! for)|"
                          r"\b(?:break|breaks|broke) up for (?:the )?summer\b|"
                          r"\b(?:(?:the )?school |the )?summer (?:holidays?|hols|break)\b|"
                          r"\b(?:end of )?(?:the )?summer term\b")  # its words name a window, no topic


PERIODS: list[tuple[re.Pattern, Callable[[date, bool], Span]]] = [(re.compile(p), f) for p, f in [
    (r"\b(?:this|the current|current) (?:financial|fiscal) year\b|\bthis fy\b",
     _relative(financial_year, relativedelta())),
    (r"\bnext (?:financial|fiscal) year\b", _relative(financial_year, relativedelta(years=1))),
    (r"\bnew (?:financial|fiscal) year\b", lambda t, p: financial_year(t if t.month in (4, 5) else date(
        t.year + (t.month > 3), 4, 1))),  # the one just begun in April or May; else the one starting next April
    (r"\bend of (?:the |this )?(?:school )?term\b", lambda t, p: (t, _term_end(t))),
    (r"\b(?:last|previous) (?:financial|fiscal) year\b", _relative(financial_year, relativedelta(years=-1))),
    (r"\b(?:this|the current|current) quarter\b", _relative(quarter, relativedelta())),
    (r"\bnext quarter\b", _relative(quarter, relativedelta(months=3))),
    (r"\b(?:last|previous) quarter\b", _relative(quarter, relativedelta(months=-3))),
    (r"\bnext month\b", _relative(month, relativedelta(months=1))),
    (r"\b(?:last|previous) month\b", _relative(month, relativedelta(months=-1))),
    (r"\bnext week\b", _relative(week, relativedelta(weeks=1))),
    (r"\b(?:last|previous) week\b", _relative(week, relativedelta(weeks=-1))),
    (r"\bthis (?:calendar )?year\b", lambda t, p: (date(t.year, 1, 1), date(t.year, 12, 31))),
    (r"\bnext (?:calendar )?year\b", lambda t, p: (date(t.year + 1, 1, 1), date(t.year + 1, 12, 31))),
    (r"^\s*(?:the )?(?:financial|fiscal) year\b|\b(?:financial |fiscal )?year[- ]end\b|\bfy[- ]?end\b",
     _relative(financial_year, relativedelta())),  # 'by year end': 31 March, the councils' year end
    (r"^\s*(?:the )?(?:calendar )?year\s*[?!.]*$|\bend of (?:the )?(?:calendar )?year\b|\beoy\b",
     lambda t, p: (date(t.year, 1, 1), date(t.year, 12, 31))),
    (r"^\s*(?:the |this )?month\s*[?!.]*$|\bend of (?:the|this) month\b", _relative(month, relativedelta())),
    (r"\bhalf[- ]?term\b", _half_term),
    *[(rf"\bq{n}\b|\b(?:{word}) quarter\b|\bquarter {n}\b", _financial_quarter(n))
      for n, word in ((1, "first|1st"), (2, "second|2nd"), (3, "third|3rd"), (4, "fourth|4th|last"))],
    (r"\b(?:the )?summer recess\b", _yearly((8, 1), (8, 31))),  # councils rarely sit in August
    (SUMMER_BREAK.pattern, _yearly((7, 21), (7, 21))),  # the day English schools break up, about 21 July (each
    # authority sets its own)
    (r"\bbonfire night\b|\bguy fawkes\b", _yearly((11, 5), (11, 5))),
    (r"\bhallowe'?en\b", _yearly((10, 31), (10, 31))),
    (r"\b(?:christmas|xmas|x-mas)\b", _yearly((12, 25), (12, 25))),
    (r"\beaster\b", _easter),
    (r"\b(?:in|during|after) the new year\b", _yearly((1, 1), (1, 31))),  # its first weeks
    (r"\bnew year\b", _yearly((1, 1), (1, 1))),
    (r"\bspring\b", _yearly((3, 1), (5, 31))),
    (r"\bsummer\b", _yearly((6, 1), (8, 31))),
    (r"\b(?:autumn|(?:^|(?<=the )|(?<=this )|(?<=next )|(?<=last )|(?<=in )|(?<=by )|(?<=over )|(?<=during )|"
     r"(?<=until )|(?<=till )|(?<=before )|(?<=after ))fall\b(?!\s+(?:due|in|on|within|behind|under|short|through|"
     r"between|back|over|apart|to)\b)|fall (?:term|19\d\d|20\d\d))\b",
     _yearly((9, 1), (11, 30))),  # 'this fall', 'fall 2010'; never 'which recs fall due', 'which target dates fall?'
    (r"\bwinter\b", _yearly((12, 1), (2, 28))),
]]


def period(text: str, today: date, past: bool = False) -> Span | None:
    """The span a phrase names: a period from the table, else a month (with or without its year)."""
    for pattern, span in PERIODS:
        if pattern.search(text):
            return span(today, past)
    bare_may = re.match(r"\s*may\s*[?.!]*\s*$", text, re.I)  # after 'before', 'by', 'between': the month
    if bare_may:
        start = _nearest_year(date(today.year, 5, 1), today, past)
        return start, month_end(start)
    part = re.match(rf"\s*(?:the )?(early|mid|middle of|late|end of)[- ]?(?:in )?({MONTH_NAMES})\b", text)
    if part:  # 'before mid april': the 15th; 'early may': its first ten days
        whole = period(part[2], today, past)
        first, last = {"early": (1, 10), "late": (21, whole[1].day), "end of": (whole[1].day, whole[1].day)}.get(
            part[1], (15, 15))
        return whole[0].replace(day=first), whole[0].replace(day=last)
    found = find_dates(_capitalise_months(text), today)
    if not found:
        return None
    mention = found[0]
    value = mention.value
    if not re.search(r"\d{4}", mention.written):  # no year written: the next (or last) one
        value = _nearest_year(value, today, past)
    return (value, month_end(value)) if mention.precision == "month" else (value, value)


def _nearest_year(value: date, today: date, past: bool) -> date:
    value = value.replace(year=today.year)
    if past and value.replace(day=1) > today:
        return value.replace(year=today.year - 1)
    if not past and month_end(value) < today:
        return value.replace(year=today.year + 1)
    return value


def _capitalise_months(text: str) -> str:
    return re.sub(rf"\b({MONTH_NAMES})\b", lambda m: m[1].capitalize(), text)


LOOSE = re.compile(r"\b(?:next|coming|following|within(?: the next)?|in the next)\s+(?:(?:\d+|[a-z]+)\s+)?"
                   r"(?:days?|weeks?|months?|years?|quarter)\b|look[\s-]*ahead|\bfortnight\b|\bcouple of\b|\bsummer\b|"
                   r"\bholidays?\b|\bbreak(?:s)? up\b|\brecess\b|\bspring\b|\bautumn\b|\bwinter\b|\bhalf[- ]?term\b")
# a window said as a length of time or a season, not to a day (named: 'easter', 'christmas'; or typed)


def parse_window(text: str, today: date) -> tuple[Window | None, date | None]:
    """The window a question asks about, and the day it asks 'as of', if it says."""
    as_of = None
    m = re.search(r"\bas (?:of|at) (.+)$", text)
    if m:
        found = find_dates(_capitalise_months(m[1]), today)
        if found:  # 'as of spring 2011': the records to its end, or to today within it; 'as of the start of april'
            before = m[1][:found[0].start] + found[0].written.lower()  # 'the start of', 'early april', 'mid-may'
            start = re.search(r"\b(?:start|beginning|first (?:day|week)|early)\b", before) or \
                found[0].precision == "early"  # its first day
            middle = re.search(r"\b(?:mid|middle)(?:\b|-)", before) and found[0].precision == "month"
            end = found[0].value if start else found[0].value.replace(day=15) if middle else \
                period_end(found[0].value, found[0].precision)
            as_of = min(end, today)  # never past the clock: no record after it is shown
            text = text[:m.start()]
    base = as_of or today
    window = _checked(_window(text, base), base)
    loose = window and LOOSE.search(text) and not any(  # never to a day typed ('by 25 march'), whatever else
        d.precision == "day" and d.value == window.end for d in find_dates(_capitalise_months(text), base))
    return (replace(window, loose=True) if loose else window), as_of


MONTH_LIST = re.compile(rf"\b({MONTH_NAMES})(?:\s+(?:or |and )?(?:{MONTH_NAMES}))*\s+(?:or |and )?({MONTH_NAMES})"
                        r"((?:\s+(?:19|20)\d\d)?)\b(?!\s*(?:to|until|till|through)\b)")  # months as typed one after
# another ('jul/aug/sep 2011' reads 'jul aug sep 2011'), not the start of a range ('from may/june to july')


def _months_listed(m: re.Match) -> str:
    """'jul aug sep 2011' → 'between jul 2011 and sep 2011': months one after another are their span; 'march
    and july' are not ('between march and july' would take in april to june), nor 'april may be late'."""
    names = re.findall(rf"\b(?:{MONTH_NAMES})\b", m[0])
    months = [MONTHS[name] for name in names]
    if any((b - a) % 12 != 1 for a, b in zip(months, months[1:], strict=False)) or (
            names[-1] == "may" and not m[3] and not re.search(r"\b(?:or|and) may$", m[0])):  # 'may' the verb
        return m[0]
    if not m[3]:
        return f"between {m[1]} and {m[2]}"
    year = int(m[3])  # 'nov dec jan 2011': from the november before
    return f"between {m[1]} {year - 1 if months[0] > months[-1] else year} and {m[2]} {year}"


def _window(text: str, base: date) -> Span | None:
    text = SOURCE_SAID.sub(" ", text)
    past = bool(PAST.search(text))
    text = re.sub(r"\b(between|from) here (and|to|until|till)\b", r"\1 now \2", text)  # 'between here and xmas'
    text = re.sub(r"\b(?:a|the next|next|the coming|coming) fortnight\b|\bend of (?:the|this) fortnight\b|"
                  r"\b(?:the |a )?fortnight (?:ahead|out)\b", "next two weeks", text)  # 14 days
    text = re.sub(r"\b(\d+|[a-z]+)[\s-]*(day|week|month)s?[\s-]*look[\s-]*ahead\b|\blook[\s-]*ahead (?:of |for |over )?"
                  r"(?:the next )?(\d+|[a-z]+) (day|week|month)s?\b",
                  lambda m: f"next {m[1] or m[3]} {m[2] or m[4]}s", text)  # 'a 3 week lookahead on deadlines'
    text = re.sub(rf"\b(before|by|until|till) (?:the time )?((?:{MONTH_NAMES})\b(?: \d{{4}})?) (?:is|has) "
                  r"(?:out|over|done|through|finished|gone)\b", r"\1 the end of \2", text)  # 'any deadlines before
    # march is out'
    text = re.sub(r"\b(?:before|by|until|till) (?:the )?(?:end of (?:the )?)?month(?:'?s| is)? (?:out|over|done|up|"
                  r"end)\b|\b(?:before|by) (?:the )?month[- ]end\b", "this month", text)  # "due before the month's out"
    m = re.search(r"\b(?:w ?/? ?c|week (?:commencing|beginning|starting)|(?:the )?week of)\s+(.{3,30})", text)
    days = [d for d in find_dates(_capitalise_months(m[1]), base) if d.precision == "day"] if m else []
    if days and days[0].start < 3:  # 'what's left landing w/c 5th july': that week, from the day named
        first = days[0].value if re.search(r"\d{4}", m[1][:days[0].end]) else _nearest_year(days[0].value, base, past)
        return first, first + timedelta(days=6)
    text = re.sub(rf"\b(?:over|across|throughout)(?: the month of)? ((?!may\b)(?:{MONTH_NAMES})\b(?: \d{{4}})?)",
                  r"in \1", text)  # 'what's falling due over april'
    named = re.findall(rf"\b(?!may\b)(?:{MONTH_NAMES})\b(?: \d{{4}})?", text)  # 'may' the verb names no month
    if re.search(r"\b(?:that|the same) month\b", text) and len({m.split()[0] for m in named}) == 1:
        text = re.sub(r"\b(?:in |during )?(?:that|the same) month\b", f"in {named[0]}", text)  # "july's looking
        # busy, which recs come due that month": July
    text = re.sub(r"\b(?:looking )?(\d+|[a-z]+) (day|week|month|year)s? (?:out(?! of)|ahead)(?: from (?:now|today))?\b",
                  lambda m: f"next {m[1]} {m[2]}s", text)  # 'looking 3 months out from today'
    text = re.sub(r"\blooking ahead (?:over |to )?(?:the next )?(\d+|[a-z]+) (day|week|month)s?\b",
                  lambda m: f"next {m[1]} {m[2]}s", text)  # 'looking ahead 6 months, deadlines?'
    text = re.sub(r"\b(first|1st|second|2nd|third|3rd|fourth|4th|last) quarter (?:of|in) (?:the )?((?:19|20)\d\d)"
                  r"(?:\s*[/-]?\s*(?:\d\d|(?:19|20)\d\d)\b|\s+(?:financial|fiscal|fy)\b)(?: year)?",
                  _financial_quarter_named, text)  # 'the fourth quarter of 2010/11': January to March 2011
    text = re.sub(r"\b(first|1st|second|2nd|third|3rd|fourth|4th|last) quarter (?:of|in) ((?:19|20)\d\d)\b"
                  r"(?!\s*[/-]?\s*(?:\d\d|(?:19|20)\d\d)\b|\s+(?:financial|fiscal|fy)\b)",
                  lambda m: "between {0} {2} and {1} {2}".format(*CALENDAR_QUARTERS[m[1]], m[2]), text)
    # 'the first quarter of 2010': the calendar year's (one of '2010/11' is the financial year's, Q1 below)
    text = MONTH_LIST.sub(_months_listed, text)  # 'jul/aug/sep 2011': July to September
    text = re.sub(r"\b(?:a|one) week (?:today|from today)\b|\bthis time next week\b", "next 7 days", text)
    text = re.sub(r"\b(?:a|one) week tomorrow\b", "next 8 days", text)
    text = re.sub(r"\ba couple of\b|\bcouple of\b", "two", text)  # 'the next couple of months'
    text = re.sub(r"\b(?:the )?(?:coming|upcoming|following) quarter\b", "next three months", text)  # from today
    m = re.search(r"\b(?:next|coming|following|within(?: the next)?|in the next)\s+(\d+|[a-z]+)?\s*"
                  r"(days?|weeks?|months?|years?)\b", text)
    calendar = m and not m[1] and m[0].startswith("next") and m[2] in ("week", "month", "year")
    if m and not calendar and (not m[1] or m[1].isdigit() or m[1] in NUMBER_WORDS):  # 'next month' is April
        n = int(m[1]) if m[1] and m[1].isdigit() else NUMBER_WORDS.get(m[1] or "one", 1)
        n = 3 if not m[1] and m[2].endswith("s") else n  # 'the coming weeks': a few of them
        return base, base + relativedelta(**{m[2].rstrip("s") + "s": n})
    m = re.search(r"\bthe (?:last|past|previous) (?:(\d+|few|couple(?: of)?|[a-z]+) )?"
                  r"(days?|weeks?|months?|fortnight)\b", text)
    if m and (not m[1] or m[1].isdigit() or m[1] in NUMBER_WORDS or m[1] in ("few", "couple", "couple of")):
        n = int(m[1]) if m[1] and m[1].isdigit() else NUMBER_WORDS.get(m[1] or "one", 3 if m[1] == "few" else 2)
        unit, n = ("weeks", 2 * n) if m[2] == "fortnight" else (m[2].rstrip("s") + "s", n)
        return base - relativedelta(**{unit: n}), base  # 'in the last few days', 'over the past week'
    m = re.search(r"\bthis (week|month)\s*(?:(?:\+|and|&|or|plus)\s*)?(?:the )?next(?: one| (week|month))?\b", text)
    if m:  # 'this month + next', 'this week and next month': to the end of the next
        unit = m[2] or m[1]
        return base, (week if unit == "week" else month)(base + relativedelta(**{unit + "s": 1}))[1]
    if re.search(r"\bthis week\b", text):
        return base, week(base)[1]
    if re.search(r"\bthis month\b", text):
        return base, month_end(base)
    m = re.search(rf"\b(?:between|from) ((?:{MONTH_NAMES})\b(?: \d{{4}})?|now|today) (?:and|to|until|till|-) "
                  rf"(?:(?:the )?end of )?((?:(?:the )?(?:mid|early|late|middle of)[- ]?)?(?:{MONTH_NAMES})\b"
                  rf"(?: \d{{4}})?)", text) or \
        re.search(rf"\b({MONTH_NAMES}) ?(?:to|-|until|till|through|thru) ?((?:{MONTH_NAMES})\b(?: \d{{4}})?)",
                  text)  # 'jan to march' ('april or may', months listed, are MONTH_LIST's; 'march and july' neither)
    if m:  # 'between now and august', 'jan to march' (this year's, when it holds today), 'between april and june'
        first = base if m[1] in ("now", "today") else (period(m[1], base, past) or (base, base))[0]
        typed, typed_last = re.search(r"\d{4}$", m[1]), re.search(r"\d{4}$", m[2])
        last = period(m[2], base, past) if not typed or typed_last else \
            period(f"{m[2]} {first.year}", base, past)  # 'from july 2011 to september': of 2011
        if last and typed and not typed_last and last[1] < first:
            last = period(f"{m[2].split()[0]} {first.year + 1}", base, past)  # 'from nov 2010 to jan': the next one
        if last and first > last[0] and not typed:
            first = first.replace(year=first.year - 1)
        if last:
            return first, last[1]
    m = re.search(r"\b(?:between (?:now|today) and|from (?:now|today) (?:to|until|till))\s+(.+)$", text)
    last = period(m[1], base, past) if m else None
    if last:  # 'between now and bonfire night'
        return base, last[1]
    text = re.sub(r"\bthis side of\b|\bup (?:to|until)\b", "by", text)  # 'this side of christmas'
    m = re.search(r"\b(before|by|until|till|ahead of|no later than)( the end of| end of)? (.+)$", text)
    if m:
        span = period(m[3], base, past)
        if span:
            end = span[0] - timedelta(days=1) if m[1] in ("before", "ahead of") and not m[2] else span[1]
            return (date.min if past else base), end  # 'did it meet before 9 January?': any time before
    m = re.search(r"\b(?:in|during) ((?:19|20)\d\d)\b", text)
    if m:
        year = int(m[1])
        return date(year, 1, 1), date(year, 12, 31)
    for pattern, span in PERIODS:
        if pattern.search(text):
            return span(base, past)
    m = re.search(rf"\b(?:in|during|for)\s+((?:{MONTH_NAMES})\b(?:\s+\d{{4}})?)|"
                  rf"\ban?\s+((?:{MONTH_NAMES})\b(?:\s+\d{{4}})?)\s+(?:deadline|due date|timescale|date|"
                  r"target(?: date)?|end date)|"
                  rf"^\s*((?!may\b)(?:{MONTH_NAMES})\b(?:\s+\d{{4}})?)(?=\s*(?:[-:,]|(?:for|deadlines?|due|what|"
                  r"whats|which|anything|any)\b))|"  # 'august - which dates fall?' (read without its dash)
                  rf"\b((?:{MONTH_NAMES})\b(?:\s+\d{{4}})?)\s+(?:deadlines|due dates)\b|"  # 'may deadlines': a month
                  rf"\b((?!may\b)(?:{MONTH_NAMES})\b(?:\s+\d{{4}})?)\s+(?:recs?|recommendations|actions?|ones)\b",
                  text)
    late = m and LATE.search(text) and not (m[1] or m[3]) and not re.search(r"\b(?:will|going to|gonna)\b", text)
    if m and (late or not m[5]):  # 'a march 2010 deadline', 'july for children in care - which recs fall due',
        return period(m[1] or m[2] or m[3] or m[4] or m[5], base, past or bool(late))  # 'august deadlines';
    # 'overdue actions with a march deadline', 'which april recs are overdue': a month's deadlines asked late are
    # the last such month's ('the april recs - what are they?' may be April's paper's: no month)
    return None


def _checked(span: Span | None, base: date) -> Window | None:
    """Never a window that ends before it starts: 'before March' asked in May is next March."""
    if span is None:
        return None
    start, end = span
    if end < start:
        end = end.replace(year=end.year + 1) if (end.replace(year=end.year + 1) >= start) else start
    return Window(start, end)
