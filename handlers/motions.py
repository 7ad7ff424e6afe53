"""Motions and amendments in minutes: who proposed and seconded each, how the vote went and
whether it was carried ('what happened to the family farm tax motion?', 'did Mr Hood's
amendment get through?', 'how many voted against the budget?')."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date

from store import lookup
from store.dates import format_date, month_named

from .indicators import kpi_words
from .question import Context, Question
from .reply import Item, Reply, plural, source_of

PROPOSAL = re.compile(r"^\(?(\d{1,3})\)?\s*(.{2,60}?) proposed,? and (.{2,60}?) seconded,?(?: the)?(?: following)?"
                      r"\s*(motion|amendment)?", re.I)
HEADING = re.compile(r"^(?:motion|amendment) for (?:time limited )?debate\b.{0,10}?[\u2013\u2014:-]\s*(.+)$", re.I)
VOTING = re.compile(r"\bvoting was as follows\b", re.I)
PARAGRAPH = re.compile(r"\bparagraph (\d{1,3})\b", re.I)
COUNT = re.compile(r"^(for|against|abstain\w*)\s*\((\d+)\)\s*(.*)$", re.I)
OUTCOME = re.compile(r"^\W*(?:the\s+)?(?:substantive\s+)?(?:motion|amendment|recommendations?|proposal)\b[^.]{0,60}?"
                     r"\b(?:was\s+|were\s+)?(carried|lost|defeated|fell|withdrawn|agreed|approved|rejected)\b|"
                     r"^\W*agreed unanimously", re.I)  # 'Motion lost.', 'The amendment was carried.'
HOW_VOTED = re.compile(r"\bhow did ((?:mr|mrs|ms|miss|dr|cllr)\.? ([a-z][a-z'-]+)) vote\b")
ASKED = re.compile(r"\b(?:motions?|amendments?)\b|\bvot(?:e|es|ed|ing)\b")
FILLER = {"motion", "motions", "amendment", "amendments", "vote", "votes", "voted", "voting", "happened", "result",
          "outcome", "carried", "passed", "pass", "lost", "get", "got", "through", "proposed", "seconded", "who",
          "how", "many", "against", "for", "abstained", "abstain", "was", "were", "did", "the", "what", "council",
          "county", "full", "meeting", "mr", "mrs", "ms", "cllr", *(m.lower() for m in calendar.month_name[1:])}


@dataclass
class Motion:
    minute: dict
    number: str
    proposer: str
    seconder: str
    kind: str
    title: str = ""
    text: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    outcome: str = ""


def motions_in(minute: dict) -> list[Motion]:
    """Every proposal in a minute, with the vote that settled it (matched by the paragraph the
    vote names, else the proposal before it)."""
    lines = [line.strip() for line in (minute["text"] or "").splitlines() if line.strip()]
    found: list[Motion] = []
    heading = ""
    i = 0
    while i < len(lines):
        line = lines[i]
        head = HEADING.match(line)
        if head:
            heading = head[1].strip().strip("'\u2018\u2019\"\u201c\u201d")
        proposal = PROPOSAL.match(line)
        if proposal:
            kind = (proposal[4] or ("amendment" if "amendment" in " ".join(lines[i:i + 2]).lower() else "motion"))
            found.append(Motion(minute, proposal[1], proposal[2].strip(), proposal[3].strip(), kind.lower(),
                                title=heading))
            heading = ""
        elif VOTING.search(line) and found:
            said = " ".join(lines[max(0, i - 2):i + 1])
            refs = PARAGRAPH.findall(said)
            if re.search(r"\bsubstantive motion\b", said, re.I):  # the motion as amended: the first one's fate
                motion = next((m for m in found if m.kind == "motion"), found[0])
                motion.counts, motion.names, motion.outcome = {}, {}, ""
            else:
                motion = next((m for m in reversed(found) if refs and m.number == refs[-1]), found[-1])
            i = _read_vote(lines, i + 1, motion)
            continue
        elif found and not found[-1].counts:
            found[-1].text.append(line)
        i += 1
    return found


def _read_vote(lines: list[str], i: int, motion: Motion) -> int:
    side = None
    while i < len(lines):
        count, outcome = COUNT.match(lines[i]), OUTCOME.match(lines[i])
        if count:
            side = count[1].lower()[:7]
            motion.counts[side] = int(count[2])
            motion.names[side] = count[3]
        elif outcome:
            motion.outcome = lines[i].rstrip(".")
            return i + 1
        elif side and not PROPOSAL.match(lines[i]):
            motion.names[side] = f"{motion.names[side]} {lines[i]}".strip()
        else:
            return i
        i += 1
    return i


def _score(m: Motion, words: set[str], people: set[str]) -> float:
    """How well the motion carries the words asked; 0 unless it carries at least half of them
    ('the proxy voting consultation' is not any motion that mentions a consultation)."""
    said = kpi_words(" ".join(m.text[:12]))
    title = kpi_words(m.title)
    minute = kpi_words(m.minute["title"])
    named = kpi_words(f"{m.proposer} {m.seconder}")
    if len(words & (said | title | minute)) * 2 < len(words) and not people & named:
        return 0.0
    return 2 * len(words & title) + len(words & said) + 0.5 * len(words & minute) + 3 * len(people & named)


def answer_motion(ctx: Context, q: Question) -> Reply | None:
    """The motion or amendment the question names, or None when the minutes hold none like it."""
    rows = lookup.minute_items(ctx.db, q.today, None)
    words = {w for w in kpi_words(" ".join(q.words)) if w not in FILLER}
    people = set(re.findall(r"\b(?:mr|mrs|ms|miss|dr|cllr)\.? ([a-z][a-z'-]+)", q.text)) | \
        set(re.findall(r"\b([a-z][a-z-]+)'s (?:amendment|motion)\b", q.text))  # 'hood's amendment': its proposer
    voter = HOW_VOTED.search(q.text)
    if voter:  # 'how did mr hook vote on the budget?': the budget's vote, wherever he stood
        people = set()
    plain = voter and "amendment" not in q.text  # the motion itself, not an amendment to it
    month = month_named(q.text)

    def in_month(m) -> float:  # 'hood's amendment in jan': the one moved at January's meeting
        return 1.0 if month and (m.minute["meeting"] or "")[5:7] == f"{month:02d}" else 0.0
    scored = [(_score(m, words, people) + (0.5 if plain and m.kind == "motion" else 0) + in_month(m),
               m.minute["meeting"] or "", m) for r in rows if VOTING.search(r["text"] or "") for m in motions_in(r)]
    scored = [s for s in scored if s[0] > 0]
    if not scored:
        return None
    scored.sort(key=lambda s: s[:2], reverse=True)
    m = scored[0][2]
    r = m.minute
    when = format_date(date.fromisoformat(r["meeting"])) if r["meeting"] else "an undated meeting"
    gist = f" (\u201c{_gist(m.text)}\u201d)" if _gist(m.text) else ""
    what = f"the {m.kind} \u2018{m.title}\u2019{gist}" if m.title else f"the {m.kind}{gist}"
    result = (f"{m.outcome}" if m.outcome else "the minutes give no outcome")
    votes = ", ".join(f"{n} {label}" if side != "abstain" else plural(n, "abstention")
                      for side, label in (("for", "for"), ("against", "against"), ("abstain", ""))
                      if (n := m.counts.get(side)) is not None)
    lead = (f"At the {r['body']} on {when} (minute {r['number']}, {r['title']}), {m.proposer} proposed and "
            f"{m.seconder} seconded {what}: {result}" + (f" ({votes})." if votes else "."))
    notes = []
    if voter and m.names:
        sides = [side for side, names in m.names.items() if re.search(rf"\b{re.escape(voter[1])}\b", names.lower())]
        label = {"for": "voted for it", "against": "voted against it", "abstain": "abstained"}
        notes.append(f"{voter[0].split(' vote')[0].replace('how did ', '').title()} "
                     + (label.get(sides[0], sides[0]) + "." if sides else "is not named in the vote."))
    asked_side = re.search(r"\bvoted (for|against)\b|\babstained\b", q.text)
    if asked_side and re.search(r"\bwho\b", q.text):
        side = asked_side[1] if asked_side[1] else "abstain"
        notes.append(f"Voting {side}: {m.names.get(side[:7]) or 'not named'}.")
    return Reply(lead, [Item(lead, source_of(r, ctx.docs(q.today)))], notes=notes, intent="decision").flatten()


def _gist(text: list[str]) -> str:
    said = " ".join(text).strip().strip("\u201c\u201d\"")
    said = re.sub(r"^(?:that:?\s*)", "", said)
    return said if len(said) <= 160 else said[:160].rsplit(" ", 1)[0] + "…"
