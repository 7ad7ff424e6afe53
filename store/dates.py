"""Dates, timescales and meeting frequencies as councils write them.

The wording tables are data: a new phrasing is a new row, not a new branch.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta
from dateutil.rrule import MONTHLY, WEEKLY, YEARLY, rrule

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}
MONTHS |= {m[:3]: i for m, i in list(MONTHS.items())} | {"sept": 9}
YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # a year written in full
PAPER_YEAR = re.compile(r"\b((?:19|20)\d\d)(?: (?!inspection|ofsted|unannounced|announced|visit|review|assessment)"
                        r"[a-z'()-]+){0,4} (?:report|paper|letter|update|minutes)\b|"
                        r"\b(?:report|paper|letter|update|minutes) (?:of|from|dated|written in) (?:\w+ )?"
                        r"((?:19|20)\d\d)\b(?! (?:inspection|ofsted|unannounced|announced|visit|review|assessment)\b)")
# a year said of a paper ('the 2014 scrutiny report'), not of what it is about ('the report on the 2009 inspection')
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))


SOURCE_SAID = re.compile(rf"\b(?:per|according to|in|from|going by|based on) (?:the|our|their) (?:(?:{MONTH_NAMES}|"
                         r"\d{4}|latest|last|recent|most recent) )?(?:\w+ )?(?:paper|report|letter|update|"
                         r"document)s?\b", re.I)  # 'when it last met per the july audit paper': which paper, not when;
# minutes are asked of by their meeting's date ('who sent apologies in the march minutes')


def month_named(text: str) -> int | None:
    """The month a question names ('the jan meeting', 'in December'); 'may' is too often the verb."""
    return next((MONTHS[w] for w in re.findall(r"[a-z]+", text.lower()) if w in MONTHS and w != "may"), None)


MONTH_WITH_YEAR = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+('\d\d|0\d|(?:19|20)\d\d|"
                        r"3[2-9]|[4-9]\d)\b(?!\s*(?:st|nd|rd|th)\b)")  # 'dec 09', 'july 2009'; 'nov 23' is a day
REPORTED_WITHIN = 3  # months: a council paper reports an inspection within this many months of it


def month_and_year(text: str) -> tuple[int, int] | None:
    """(year, month) of a month written with its year ('july 2009', "dec '09", 'dec 09'); a number a day
    could be ('nov 23', 'dec 4 2009') is a day, not a year."""
    m = MONTH_WITH_YEAR.search(text.lower())
    if not m:
        return None
    year = m[2].lstrip("'")
    return int(year) + (2000 if len(year) == 2 else 0), MONTHS[m[1]]
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
                "eighteen": 18, "twenty-four": 24, "twenty four": 24}
NUMBER = r"(\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
UNITS = {"day": "days", "days": "days", "week": "weeks", "weeks": "weeks", "month": "months",
         "months": "months", "year": "years", "years": "years"}

DAY_MONTH_YEAR = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH_NAMES})\.?,?(?:\s+(\d{{4}}))?\b", re.I)
MONTH_DAY_YEAR = re.compile(rf"\b({MONTH_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,\s+(\d{{4}})\b", re.I)
MONTH_YEAR = re.compile(
    rf"\b(?:(early|mid|late|end of|the end of)[\s-]+)?({MONTH_NAMES})\.?(?:,?\s+(\d{{4}}))?\b", re.I)
NUMERIC = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})\b")
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
FUTURE_CUES = re.compile(
    r"\b(will|shall|planned|plans? to|scheduled|due|proposes?|intend|expect\w*|aim\w*|"
    r"on target to|to be|next|forthcoming|by the end of|going to|would(?! have))\b", re.I)


@dataclass(frozen=True)
class DateMention:
    """A date found in text, with the precision it was written at ('day' or 'month')."""

    start: int
    end: int
    value: date
    precision: str
    written: str


def _year_for(month: int, day: int, anchor: date | None, future: bool) -> int | None:
    if anchor is None:
        return None
    candidate = date(anchor.year, month, min(day, 28))
    if future and candidate < anchor.replace(day=1):
        return anchor.year + 1
    if not future and candidate > anchor:
        return anchor.year - 1
    return anchor.year


PAST_CUES = re.compile(r"\b(was|were|had|has|did|last|previous|since|ago|have (?:been|\w{3,}ed)|\w{3,}ed)\b",
                       re.I)


def _is_future(text: str, start: int) -> bool:
    """Tense near a date: past words just before it win over future words anywhere."""
    window = re.split(r"[,;(]", text[max(0, start - 60):start])[-1]
    if start > 60:
        window = window.split(" ", 1)[-1]  # never judge by half a word ('lanned')
    if re.search(r"\b(once|until|by the time)\b", window):  # "once we have reviewed … in July"
        return True
    if PAST_CUES.search(window) and not FUTURE_CUES.search(window):
        return False
    if re.search(r"\bby\s*$", window):  # "in place by the end of September": a deadline ahead
        return True
    return bool(FUTURE_CUES.search(text))


PART_OF_YEAR = {"early": 2, "spring": 4, "mid": 6, "summer": 7, "autumn": 10, "late": 11, "winter": 12}
QUALIFIED_YEAR = re.compile(r"\b(early|mid|late|spring|summer|autumn|winter)[\s-]+((?:19|20)\d\d)\b", re.I)
WILL = re.compile(r"\b(?:will|shall|going to|to be|scheduled to|due to|expected to|aims? to|plans? to)\b", re.I)
SEASON_STARTS = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}
RELATIVE_SEASON = re.compile(r"\b(this|last|next) (spring|summer|autumn|winter)\b", re.I)
ANY_DATE = re.compile(rf"\d|\b(?:{MONTH_NAMES})\b|{RELATIVE_SEASON.pattern}", re.I)


def _relative_season(which: str, season: str, anchor: date, future: bool = False) -> date:
    """'this spring' in a paper of December 2009 is spring 2009; 'last summer' the latest one
    ended by the paper's day; 'next autumn' the first begun after it; 'this winter' the one the
    paper is in, or the coming one from June. Seasons are March to May, June to August, September
    to November and December to February; the date kept is the one 'spring 2010' is given; 'this'
    in a sentence about what will be is never a season ended."""
    first = SEASON_STARTS[season]
    starts = [date(year, first, 1) for year in range(anchor.year - 2, anchor.year + 2)]
    if which == "last":
        start = max(s for s in starts if s + relativedelta(months=3) <= anchor)
    elif which == "next":
        start = min(s for s in starts if s > anchor)
    else:
        start = next((s for s in starts if s <= anchor < s + relativedelta(months=3)), None) or (  # the one it is in
            date(anchor.year, first, 1) if season != "winter" else
            date(anchor.year if anchor.month >= 6 else anchor.year - 1, 12, 1))
        if future and start + relativedelta(months=3) <= anchor:  # 'will open this spring' in December: the next
            start = start.replace(year=start.year + 1)
    return date(start.year, PART_OF_YEAR[season], 1)


@lru_cache(maxsize=4096)
def find_dates(text: str, anchor: date | None = None) -> tuple[DateMention, ...]:
    """Every date in `text`; a month or day without a year takes it from `anchor` and tense."""
    if not ANY_DATE.search(text):
        return ()
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match, value: date | None, precision: str) -> None:
        if value and not any(s < m.end() and m.start() < e for s, e in taken):
            taken.append((m.start(), m.end()))
            found.append(DateMention(m.start(), m.end(), value, precision, m.group(0)))

    for m in ISO.finditer(text):
        add(m, _safe_date(int(m[1]), int(m[2]), int(m[3])), "day")
    for m in DAY_MONTH_YEAR.finditer(text):
        month, day = MONTHS[m[2].lower()], int(m[1])
        year = int(m[3]) if m[3] else _year_for(month, day, anchor, _is_future(text, m.start()))
        add(m, _safe_date(year, month, day), "day")
    for m in MONTH_DAY_YEAR.finditer(text):
        add(m, _safe_date(int(m[3]), MONTHS[m[1].lower()], int(m[2])), "day")
    for m in NUMERIC.finditer(text):
        year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
        add(m, _safe_date(year, int(m[2]), int(m[1])), "day")
    for m in QUALIFIED_YEAR.finditer(text):  # "late 2013", "spring 2010": kept as written
        add(m, date(int(m[2]), PART_OF_YEAR[m[1].lower()], 1), m[1].lower())
    for m in RELATIVE_SEASON.finditer(text) if anchor else ():  # 'introduced this spring': of the paper's year
        said = re.split(r"[,;(.]", text[max(0, m.start() - 60):m.start()])[-1]  # 'will open this spring': ahead
        add(m, _relative_season(m[1].lower(), m[2].lower(), anchor, bool(WILL.search(said))), m[2].lower())
    for m in MONTH_YEAR.finditer(text):
        word = m[2].lower()
        month_before = re.search(r"\b(in|by|from|since|during|until|of|early|late|mid|end of|its|it's|their)\s+$",
                                 text[:m.start()], re.I)
        if word == "may" and not m[3] and not m[1] and not month_before \
                and not re.match(r"\s+meetings?\b", text[m.end():]):
            continue  # the verb "may"
        if not m[2][0].isupper() and not m[3]:
            continue
        month = MONTHS[word]
        year = int(m[3]) if m[3] else _year_for(month, 1, anchor, _is_future(text, m.start()))
        add(m, _safe_date(year, month, 1) if year else None, "month")
    return tuple(sorted(found, key=lambda d: d.start))


def _safe_date(year: int | None, month: int, day: int) -> date | None:
    if not year:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str, anchor: date | None = None) -> DateMention | None:
    """The first date in `text`, if any."""
    found = find_dates(text, anchor)
    return found[0] if found else None


DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
SPAN = re.compile(  # '29 January to 9 February 2018', '9-24 November 2017', '12 and 13 March 2019'
    rf"\b{DAY}\s*(?:({MONTH_NAMES})\.?,?\s*(\d{{4}})?)?\s*(?:-|to|until|and|&)\s*"
    rf"(?:\w+day\s+)?{DAY}\s+({MONTH_NAMES})\.?,?\s+(\d{{4}})\b", re.I)


def parse_span(text: str) -> tuple[date, date] | None:
    """The first span of days in `text`, the start taking its month and year from the end
    when it does not write them; a single full date is a span of one day."""
    m = SPAN.search(text)
    if m:
        end = _safe_date(int(m[6]), MONTHS[m[5].lower()], int(m[4]))
        month = MONTHS[m[2].lower()] if m[2] else MONTHS[m[5].lower()]
        year = int(m[3]) if m[3] else int(m[6]) - (1 if end and month > end.month else 0)
        start = _safe_date(year, month, int(m[1]))
        if start and end and start <= end:
            return start, end
    found = [d for d in find_dates(text) if d.precision == "day"]
    if len(found) >= 2 and found[0].value <= found[1].value:
        return found[0].value, found[1].value
    return (found[0].value, found[0].value) if found else None


# --- timescales -------------------------------------------------------------------------
TIMESCALES = [  # (pattern, how to build the offset)
    (re.compile(r"^\s*(immediate(ly)?|now|with immediate effect|straight away|urgent(ly)?)\b", re.I),
     lambda m: relativedelta()),
    (re.compile(rf"\b(?:within|in|over|during) (?:the )?(?:next |first )?{NUMBER}[\s-]+(days?|weeks?|months?|years?)\b",
                re.I),
     lambda m: relativedelta(**{UNITS[m[2].lower()]: _number(m[1])})),
    (re.compile(r"\b(short|medium|long)[\s-]term\b", re.I),
     lambda m: relativedelta(months={"short": 3, "medium": 6, "long": 12}[m[1].lower()])),
]


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def parse_timescale(heading: str) -> relativedelta | None:
    """'Within three months:' → relativedelta(months=3); 'Immediately:' → zero offset."""
    for pattern, build in TIMESCALES:
        m = pattern.search(heading)
        if m:
            return build(m)
    return None


TIMESCALE_HEADING = re.compile(
    rf"^(?:(?:actions?|recommendations?|priorit(?:y|ies))\s+(?:required\s+|needed\s+|to be taken\s+)?)?"
    rf"(?:immediate(?:ly)?|urgent(?:ly)?|within {NUMBER}[\s-]+(?:days?|weeks?|months?|years?)|"
    rf"(?:in the )?(?:short|medium|long)[\s-]term|(?:in|over) the next {NUMBER}[\s-]+(?:weeks?|months?))"
    r"(?:\s+(?:actions?|priorit(?:y|ies)|improvements?))?(?:\s*\([^)]*\))?\s*:?$", re.I)


def is_timescale_heading(text: str) -> bool:
    return bool(TIMESCALE_HEADING.match(text.strip()))


# --- frequencies -------------------------------------------------------------------------
@dataclass(frozen=True)
class Frequency:
    """How often a body meets: an interval in weeks or months, and how it was written."""

    interval: int
    unit: str  # "weeks" | "months" | "years"
    label: str
    approximate: bool = False

    @property
    def days(self) -> float:
        """The period in days, to compare frequencies: fortnightly (14) is more often than monthly (30.4)."""
        return self.interval * {"weeks": 7, "months": 30.4, "years": 365.25}[self.unit]

    def rule(self, start: date) -> rrule:
        """The recurrence as a dateutil rule starting at `start`."""
        freq = {"weeks": WEEKLY, "months": MONTHLY, "years": YEARLY}[self.unit]
        return rrule(freq, interval=self.interval, dtstart=datetime.combine(start, time()))

    def step(self, times: int = 1) -> relativedelta:
        return relativedelta(**{self.unit: self.interval * times})

    def advance(self, start: date, times: int) -> date:
        """`start` plus `times` intervals (month ends clamp, as relativedelta does)."""
        n = self.interval * times
        if self.unit == "weeks":
            return start + timedelta(weeks=n)
        months = start.month - 1 + (n if self.unit == "months" else 12 * n)
        year, month = start.year + months // 12, months % 12 + 1
        return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))

    def next_after(self, start: date, today: date, precision: str = "day") -> date:
        """The first occurrence after `start` that is not over by `today` (a month-precise
        occurrence lasts the whole month). Jumps straight there instead of stepping."""
        if self.unit == "weeks":
            behind = (today - start).days // (7 * self.interval)
        elif self.unit == "months":
            behind = ((today.year - start.year) * 12 + today.month - start.month) // self.interval
        else:
            behind = (today.year - start.year) // self.interval
        near = self.advance(start, max(0, behind - 2))  # an occurrence just before the answer
        for occurrence in self.rule(near):
            when = occurrence.date()
            if when > start and (month_end(when) if precision == "month" else when) >= today:
                return when
        raise AssertionError("unreachable: a recurrence has no last occurrence")


FREQUENCY_WORDS = [  # (pattern, interval, unit, label)
    (r"\bfortnightly\b|\bbi-?weekly\b", 2, "weeks", "every two weeks"),
    (r"\bweekly\b|\bonce a week\b|\bevery week\b|\beach week\b", 1, "weeks", "weekly"),
    (r"\bquarterly\b|\bonce a quarter\b|\bevery quarter\b", 3, "months", "quarterly"),
    (r"\bbi-?monthly\b", 2, "months", "every two months"),
    (r"\bmonthly\b|\bonce a month\b|\bevery month\b|\beach month\b", 1, "months", "monthly"),
    (r"\btwice a year\b|\bbi-?annual(ly)?\b|\bhalf[- ]yearly\b", 6, "months", "every six months"),
    (r"\bannual(ly)?\b|\byearly\b|\bonce a year\b|\bevery year\b", 1, "years", "yearly"),
    (r"\btermly\b|\bonce a term\b|\bevery term\b", 4, "months", "termly"),
]
NUMBERED_FREQUENCY = re.compile(
    rf"\b(?:every|each|once every)\s+{NUMBER}\s+(weeks?|months?|years?)\b|"
    rf"\b{NUMBER}[\s-](weekly|monthly|yearly)\b", re.I)
UNIT_OF = {"weekly": "weeks", "monthly": "months", "yearly": "years"}


def parse_frequency(text: str) -> Frequency | None:
    """'Six weekly' → every 6 weeks; 'Approximately once a month' → monthly, approximate."""
    approximate = bool(re.search(r"\b(approx\w*|about|around|roughly|usually|generally)\b", text, re.I))
    m = NUMBERED_FREQUENCY.search(text)
    if m:
        n, unit = (m[1], m[2]) if m[1] else (m[3], m[4])
        unit = UNIT_OF.get(unit.lower(), UNITS.get(unit.lower(), unit.lower()))
        return Frequency(_number(n), unit, m[0].strip(), approximate)
    for pattern, interval, unit, _label in FREQUENCY_WORDS:
        m = re.search(pattern, text, re.I)
        if m:
            return Frequency(interval, unit, m[0].strip(), approximate)
    return None


PART_OF_YEAR_ENDS = {"early": 4, "spring": 5, "mid": 8, "summer": 8, "autumn": 11, "late": 12, "winter": 14}


def period_end(d: date, precision: str | None) -> date:
    """The last day a date written at `precision` still covers: a month runs to its end,
    'spring 2010' to 31 May 2010, 'winter 2010' to the end of February 2011."""
    if precision == "month":
        return month_end(d)
    if precision in PART_OF_YEAR_ENDS:
        months = PART_OF_YEAR_ENDS[precision]
        return month_end(date(d.year + (months - 1) // 12, (months - 1) % 12 + 1, 1))
    return d


def month_end(d: date) -> date:
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


def format_date(d: date, precision: str = "day") -> str:
    """'7 April 2010'; 'April 2010' when only the month is known; 'late 2013' as written."""
    if precision in PART_OF_YEAR:
        return f"{precision} {d.year}"
    return d.strftime("%B %Y") if precision == "month" else f"{d.day} {d:%B %Y}"


def format_span(start: date, end: date) -> str:
    """'15 to 26 June 2026', '29 January to 9 February 2018', or one day."""
    if start == end:
        return format_date(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day} to {format_date(end)}"
    if start.year == end.year:
        return f"{start.day} {start:%B} to {format_date(end)}"
    return f"{format_date(start)} to {format_date(end)}"


def short_date(d: date) -> str:
    return f"{d.day} {d:%b %Y}"
