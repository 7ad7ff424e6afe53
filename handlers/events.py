"""'When was X launched?', 'when does Y open?': dated sentences and commitments in the records."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from store import fulltext, lookup
from store.dates import NUMBER_WORDS, find_dates, format_date
from store.text import sentences_and_items
from store.vocab import BODY_NAME_WORDS

from .concepts import concept_terms, concepts, concepts_in
from .question import Context, Question
from .reply import Item, Reply, source_of
from .reports import report_named
from .search import answer_search, topic_words


def _relevance(row: dict, words: list[str]) -> tuple[float, float]:
    """The share of the words in the sentence or its heading (a word only in the heading counts
    three quarters), then the share in the sentence itself, each to the nearest quarter."""
    low, heading = row["sentence"].lower(), (row.get("heading") or "").lower()
    held = [re.search(rf"\b{re.escape(w[:6])}", low) is not None for w in words]
    headed = [re.search(rf"\b{re.escape(w[:6])}", heading) is not None for w in words]
    both = sum(1 if s else 0.75 if h else 0 for s, h in zip(held, headed, strict=True)) / max(1, len(words))
    return round(both * 4) / 4, round(sum(held) / max(1, len(words)) * 4) / 4


def _happened(best: dict, others: list[dict], asked: list[str], today: date, docs) -> dict:
    """A plan whose time has passed ('publication is due in early January') gives way to a record
    of the thing asked happening on a day within it ('the final report was published on 7th January'), one
    holding nearly as much of the question (`others` are those)."""
    if not (best["future"] and asked and best["date"] < today.isoformat() and best["precision"] != "day"):
        return best  # a plan to a month ('early January') refined by the day it happened ('7th January')
    period = best["date"][:7] if best["precision"] == "month" else best["date"][:4] if best["precision"] in (
        "year", "season") else best["date"]
    return next((r for r in others if not r["future"] and r["precision"] == "day" and r["date"].startswith(period)
                 and r["date"] < today.isoformat()
                 and _verb_bonus(r["sentence"], asked) and not _other_event(r, asked, docs)), best)


def _timing(row: dict, today: date, past: bool) -> tuple:
    """Among equally relevant sentences: for 'when was…' the latest past date; for 'when
    will/does…' the earliest date still ahead, else the latest past one."""
    day = date.fromisoformat(row["date"])
    if past or day < today:
        return (0, day.toordinal())
    return (1, -day.toordinal())


EVENT_VERBS = re.compile(r"\b(carried out|took place|was held|were held|happened|conducted|undertaken|undertook|"
                         r"inspected|visited|met)\b", re.I)
SAID_AS = {"told": "notif", "informed": "notif", "warned": "notif", "notice": "notif", "out": "publish",
           "released": "publish", "issued": "publish", "began": "start", "begin": "start", "opened": "open",
           "ended": "finish"}
WHEN_ASKING = {"long", "ago", "happen", "happened", "happens", "occur", "occurred", "take", "took", "place",
               "timing", "timings", "roughly", "approximately", "exactly", "year", "month", "day", "date",
               "dates", "use", "used", "far", "back", "origin", "origins", "beginning", "beginnings",
               "first", "around"}  # how a when-question is asked ('how far back does it go', '9pp origins - what
# year', 'how long has it been around'), not what of ('in use since when')
LATEST = re.compile(r"\b(?:last|latest|most recent|previous)\b")
HEADER_DATE = re.compile(r"\s*(?:date|dated|date of (?:meeting|report))\s*:", re.I)
DATE_ASKED = re.compile(r"^\s*when\b|\bwhen\s*$|\b(?:which|what) (?:date|month|year|day)s?\b|^\s*(?:the )?dates?\b")
ASKED_VERB = re.compile(r"\b(\w{3,}ed|open\w*|launch\w*|publish\w*|start\w*|finish\w*|visit\w*|meet\w*|"
                        r"review\w*|complet\w*|report\w*|agree\w*|approv\w*|appoint\w*|notif\w*)\b")


ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b")
SPAN = re.compile(r"\b(?:between|from) (\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+(?: \d{4})?) (?:and|to|until|-) "
                  r"(\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \d{4})")
DONE = {"done", "ready", "over", "live", "sorted"}  # 'when will X be done?': the state
FINISHED = ["completed", "finished", "fully", "established", "in place", "delivered", "implemented"]
NOT_VERBS = {"ofsted", "need", "hundred", "red", "speed", "seed", "shed", "bed",  # -ed words that are not verbs
             "announced", "unannounced"}


def _verb_bonus(sentence: str, asked: list[str]) -> int:
    """Sentences doing what was asked ('notified', 'launched'); with no verb asked, sentences
    that record something happening ('carried out', 'took place')."""
    low = sentence.lower()
    if asked:
        return int(any(re.search(rf"\b{re.escape(v[:5])}", low) for v in asked))
    return int(bool(EVENT_VERBS.search(sentence)))


def _dates_in(row: dict, docs) -> list:
    """The dates its sentence writes, read as of its paper's date."""
    doc = docs.get(row["doc_id"]) or {}
    return find_dates(row["sentence"], date.fromisoformat(doc["date"]) if doc.get("date") else None)


def _date_spots(row: dict, docs) -> list[int]:
    """Where in its sentence this row's date is written."""
    return [d.start for d in _dates_in(row, docs) if d.value.isoformat() == row["date"]]


def _other_event(row: dict, asked: list[str], docs) -> int:
    """1 when the date is introduced by a different verb ('… published in May 2009' when the
    question is about an inspection taking place)."""
    for spot in _date_spots(row, docs):
        before = re.sub(r"^\S*\s", "", row["sentence"][max(0, spot - 40):spot].lower()) if spot > 40 else \
            row["sentence"][:spot].lower()  # whole words only
        if any(re.search(rf"\b{re.escape(a[:4])}", before) for a in asked):
            return 0  # '… scheduled to be open by March 2010': the verb asked introduces this date
        verbs = [v for v in re.findall(r"\b(\w{4,}ed)\b", before) if v not in NOT_VERBS]
        if verbs and not any(v.startswith(a[:5]) for v in verbs for a in asked) and not (EVENT_VERBS.search(before)
                                                                                          and not asked):
            return 1
    return 0


def _nearness(row: dict, words: list[str], docs) -> int:
    """Minus the distance, in characters, between this date and the nearest asked-about word
    in its sentence: 'notified … on 9th November' beats a later date in the same sentence."""
    sentence = row["sentence"].lower()
    hits = [m.start() for w in words for m in re.finditer(rf"\b{re.escape(w[:6])}", sentence)]
    spots = _date_spots(row, docs)
    if not hits or not spots:
        return -1000
    return -min(abs(s - h) for s in spots for h in hits) // 20


def _lead_in(row: dict, words: list[str], docs) -> float:
    """The share of the asked words written before this date since the sentence's previous date
    (or its start): 'the unannounced inspection that took place in July 2009' does not say
    'announced'; '… its announced inspection … between 23rd November and 4th December 2009' does."""
    sentence = row["sentence"].lower()
    found = _dates_in(row, docs)
    best = 0.0
    for d in found:
        if d.value.isoformat() != row["date"]:
            continue
        before = [e for e in found if e.start < d.start and e.value.isoformat() != row["date"]]
        since = max((e.start + len(e.written) for e in before), default=0)
        text = sentence[since:d.start]
        best = max(best, sum(re.search(rf"\b{re.escape(w[:6])}", text) is not None for w in words) / max(1, len(words)))
    return best


def _ago(day: date, today: date) -> str:
    """'16 years ago', '5 months ago', 'in 3 weeks' — from the clock, in whole units."""
    months = (today.year - day.year) * 12 + today.month - day.month - (today.day < day.day)
    days = (today - day).days
    if abs(months) >= 24:
        n, unit = abs(months) // 12, "years"
    elif abs(months) >= 2:
        n, unit = abs(months), "months"
    else:
        n, unit = abs(days) // 7 if abs(days) >= 14 else abs(days), "weeks" if abs(days) >= 14 else "days"
    unit = unit[:-1] if n == 1 else unit
    return f"{n} {unit} ago" if days >= 0 else f"in {n} {unit}"


WROTE = re.compile(r"\b(?:letter|reply|replied|response|responded|wrote|written|write|writes|sent|report|paper)\b")


def _post_holder_writing(ctx: Context, q: Question) -> str | None:
    """'when did the minister reply': the one author of papers whose recorded post carries the
    question's other words ('Parliamentary Under Secretary of State … (Minister)')."""
    words = [w for w in q.words if not WROTE.fullmatch(w) and len(w) > 2]
    if not words:
        return None
    found = {p["name"] for p in lookup.people(ctx.db, q.today) if p["role"] and all(
        re.search(rf"\b{re.escape(w[:5])}", p["role"].lower()) for w in words)}
    authors = [n for n in found if lookup.papers_by(ctx.db, n, q.today)]
    return authors[0] if len(authors) == 1 else None


def _paper_by(ctx: Context, q: Question) -> Reply | None:
    """'date on loughton's reply to bill', 'when did bill mccarthy write': the dates of what the person
    named wrote, the latest first."""
    if not WROTE.search(q.text) or re.search(r"\b(?:previous\w*|before|earlier|last)\b", q.text):
        return None  # 'when had bill previously written': what the letter says of an earlier one
    person = q.person or _post_holder_writing(ctx, q)
    if not person:
        return None
    q = replace(q, person=person)
    papers = lookup.papers_by(ctx.db, q.person, q.today)
    if q.body:  # 'when did steve walker's report go to scrutiny': a paper of theirs to that body, else not this way
        docs = ctx.docs(q.today)
        own = {w for n in q.body.names for w in re.findall(r"[a-z]{2,}", n.lower())} - BODY_NAME_WORDS  # 'scrutiny'
        papers = [p for p in papers if own & set(re.findall(r"[a-z]+", ((docs.get(p["doc_id"]) or {}).get("body")
                                                                        or "").lower()))]
    others = [p for p in lookup.people(ctx.db, q.today) if p["name"] != q.person
              and re.search(rf"\b{re.escape(p['name'].split()[-1].lower())}\b", q.text)]
    if others and re.search(r"\b(?:repl\w*|respon\w*|answer\w*)\b", q.text):  # 'bill's reply to loughton': after
        theirs = [p["date"] for o in {o["name"] for o in others} for p in lookup.papers_by(ctx.db, o, q.today)]
        papers = [p for p in papers if not theirs or p["date"] > min(theirs)]  # what it answers
    if not papers:
        return None
    docs = ctx.docs(q.today)
    items = [Item(f"{format_date(date.fromisoformat(p['date']))} — {source_of(p, docs).cite().split(',')[0]}",
                  source_of(p, docs)) for p in reversed(papers)]
    if len(items) > 1:
        return Reply(f"What {q.person} wrote, latest first:", items, intent="when")
    return Reply(f"{q.person} wrote on {items[0].text.replace(' — ', ': the ', 1)}.", items, intent="when").flatten()


def answer_when(ctx: Context, q: Question) -> Reply:
    written = _paper_by(ctx, q)
    if written:
        return written
    if re.search(r"\b(?:report|paper)\b", q.text):  # 'when is the governance update report going to council?'
        doc = report_named(ctx, q, whole=True) or (report_named(ctx, q) if q.body and re.search(
            r"\b(?:date|dated)\b", q.text) else None)  # 'date of the exec board report': its paper's date
        if doc and doc.get("date"):
            to = f"a report to the {doc['body']}" if doc.get("body") else "a report"
            lead = f"\u2018{doc['title']}\u2019 is {to}, dated {format_date(date.fromisoformat(doc['date']))}."
            return Reply(lead, [Item(lead, source_of({"doc_id": doc["id"], "ref": "page 1"}, ctx.docs(q.today)))],
                         intent="when").flatten()
    dated = set(re.findall(r"\b(?:go-?)?(live|launch|start|publication|release|go-live)\s+date\b", q.text))
    # 'threshold guidance - launch date?': the date asked, not a topic ('implementation date' keeps 'implement')
    words = [w for w in q.words if w not in SAID_AS and w not in WHEN_ASKING and w not in dated] or q.words  # 'how
    # long ago did X happen': X is the topic
    numbered = [w for w in re.findall(r"[a-z]+", (q.plan or "").lower()) if w in NUMBER_WORDS and re.search(
        rf"\b{w}\b", q.text)]  # 'the nine point plan': its number is its name, not a timescale
    words = numbered + [w for w in words if w not in numbered]
    verbs = [w for w in q.words if (ASKED_VERB.fullmatch(w) or w in SAID_AS) and w not in NOT_VERBS]
    topic = topic_words(words, q)
    things = [w for w in topic if w not in verbs and w not in DONE]  # what a heading may name
    rows = [r for r in lookup.search_statements(ctx.db, topic, q.today, limit=40, docs=q.scope, topic=things)
            if not HEADER_DATE.match(r["sentence"])  # 'Date: 12th February 2010' dates the paper, not an event
            and all(re.search(rf"\b{w}\b", r["sentence"], re.I) for w in numbered)]  # of the 'nine point' plan
    past = bool(re.match(r"^\s*when (was|were|did|had)\b", q.text))
    docs = ctx.docs(q.today)
    plain = [w for w in verbs if w in SAID_AS or w.endswith("ed")]  # 'when is the report out?': 'out' is
    asked = [SAID_AS.get(w, w) for w in plain or verbs]              # the verb, 'report' a noun
    if DONE & set(q.words) and not asked:  # 'when will X be done?': when it is complete, in place
        asked = FINISHED
    latest = bool(LATEST.search(q.text))  # 'when was our last inspection?': the date decides, not the wording

    def rank(r: dict) -> tuple:
        verb = (_verb_bonus(r["sentence"], asked), -_other_event(r, asked, docs))
        near, timing = (_lead_in(r, words, docs), _nearness(r, words, docs)), _timing(r, q.today, past)
        return (*verb, timing, *near) if latest else (*verb, *near, timing)

    scored = sorted(((*_relevance(r, words), rank(r), r) for r in rows), key=lambda s: s[:3], reverse=True)
    if not scored or scored[0][0] < 0.5:
        return _year_nearby(ctx, q, things) or answer_search(ctx, q)
    best = _happened(scored[0][3], [s[3] for s in scored[1:16] if s[1] >= scored[0][1] - 0.25], asked, q.today,
                     docs)
    when = format_date(date.fromisoformat(best["date"]), best["precision"])
    span = SPAN.search(best["sentence"])
    if span and when.startswith(ORDINAL.sub("", span[2]).lstrip("0")):  # 'between 23rd November and 4th
        when = f"{ORDINAL.sub('', span[1])} to {when}"  # December 2009': both days
    elif span and when.startswith(ORDINAL.sub("", span[1]).lstrip("0")):  # its first day: both days too
        when = f"{ORDINAL.sub('', span[1]).lstrip('0')} to {ORDINAL.sub('', span[2]).lstrip('0')}"
    ago = f" ({_ago(date.fromisoformat(best['date']), q.today)})" if re.search(r"\bago\b", q.text) else ""  # 'how
    # long ago did it happen': counted from the clock
    tense = "planned for" if best["future"] else "recorded as"
    lead = f"{when}{ago} — {tense} {when} in the records: \u201c{best['sentence']}\u201d"
    items = [Item(lead, source_of(best, docs))]
    others: list[dict] = []
    for s in scored[1:8]:  # up to two other dates, each once
        row = s[3]
        if len(others) < 2 and s[0] >= scored[0][0] and row["sentence"] != best["sentence"] \
                and row["date"] not in {best["date"], *(o["date"] for o in others)} \
                and row["sentence"] not in {o["sentence"] for o in others}:
            others.append(row)
    notes = [f"Also: {format_date(date.fromisoformat(o['date']), o['precision'])} — "
             f"\u201c{o['sentence']}\u201d" for o in others]
    return Reply(lead, items + [Item("", source_of(o, docs)) for o in others], notes=notes,
                 intent="when").flatten()


BARE_YEAR = re.compile(r"(?<![\d/£$.-])\b((?:19|20)\d\d)\b(?![/-]\d)")  # 'set out, in 2005, …'; not '2009/10'
MADE = {"drawn", "written", "made", "set", "done", "up", "out", "come", "came", "put", "together", "brought", "season",
        "went"}  # 'drawn up', 'brought in'
SEASON_SAID = re.compile(r"\b(this|last) (spring|summer|autumn|winter)\b", re.I)
LOOKS_BACK = re.compile(r"^\s*(?:this|these|that|those|it|they)\b", re.I)  # 'This 'Nine Point' plan was developed …'


def _year_nearby(ctx: Context, q: Question, things: list[str]) -> Reply | None:
    """What the dated statements miss: a sentence holding everything asked with only a year ('The
    Youth Matters Green Paper set out, in 2005, …'), or naming it while looking back to the sentence
    before for its date ('In late 2012, Children's Services developed an action plan … This 'Nine Point'
    plan was developed …'). None when no such sentence is in the best passages."""
    things = [w for w in things if w not in MADE]
    if not things:
        return None
    docs, wanted = ctx.docs(q.today), len(concepts(things))
    for p in fulltext.passages_holding(ctx.db, concept_terms(things), q.today, limit=10, docs=q.scope):
        written = (docs.get(p["doc_id"]) or {}).get("date")
        anchor = date.fromisoformat(written) if written else q.today
        sentences = sentences_and_items(p["text"])
        for n, sentence in enumerate(sentences):
            if len(concepts_in(sentence, things, None)) < wanted:
                continue
            for said, quoted in [(sentence, sentence)] + ([(sentences[n - 1], f"{sentences[n - 1]} {sentence}")]
                                                          if n and LOOKS_BACK.match(sentence) else []):
                found = find_dates(said, anchor)
                year = BARE_YEAR.search(said)
                season = SEASON_SAID.search(said)  # 'introduced this spring', in a paper of December 2009
                ago = {"this": 0, "last": -1}[season[1].lower()] if season else 0
                when = format_date(found[0].value, found[0].precision) if found else year[1] if year else \
                    f"{season[2].lower()} {anchor.year + ago}" if season else None
                if when and (found[0].value <= anchor if found else int(year[1]) <= anchor.year if year else True):
                    lead = f"{when} — recorded as {when} in the records: \u201c{quoted}\u201d"
                    return Reply(lead, [Item(lead, source_of(p, docs))], intent="when").flatten()
    return None


INSPECTED = re.compile(r"\b(?:inspection|inspected|monitoring visit|focused visit)\b", re.I)


def later_inspection(ctx: Context, after: str, today: date, within: set[str] | None = None) -> str | None:
    """A note when the records say an inspection took place after the one whose judgements
    are shown ('Ofsted undertook an unannounced inspection in January of this year'), so a
    table of older grades is never passed off as the latest word. `within`: only these documents
    (a store of several councils' reports: the council's own)."""
    rows = [r for r in lookup.search_statements(ctx.db, ["inspection"], today, limit=40)
            if (within is None or r["doc_id"] in within) and r["date"] > after and not r["future"]
            and INSPECTED.search(r["sentence"]) and EVENT_VERBS.search(r["sentence"])]
    if not rows:
        return None
    row = max(rows, key=lambda r: r["date"])
    source = source_of(row, ctx.docs(today))
    when = format_date(date.fromisoformat(row["date"]), row["precision"])
    cited = f" ({source.cite()})" if source else ""
    return (f"The records mention a later inspection, {when}: \u201c{row['sentence']}\u201d{cited}. "
            "Its judgements are not in the records.")

