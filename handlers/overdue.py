"""Overdue actions and actions due in a window."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from store import deadlines, fulltext
from store.dates import MONTH_NAMES, NUMBER, UNITS, format_date, month_end, month_named, parse_timescale, period_end
from store.vocab import SPELT_OUT, STOPWORDS, theme_words

from .paper_summary import PAPER_KINDS, named_paper
from .question import Context, Question
from .reply import Item, Reply, plural, source_of, span_words

DEFAULT_DUE_DAYS = 30


def trim(text: str, limit: int = 240) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


SLACK_USER = re.compile(r"U[A-Z0-9]{2,}")


def owner_shown(owner: str) -> str:
    """A Slack user id as a mention (Slack shows the person's name); any other owner as written."""
    return f"<@{owner}>" if SLACK_USER.fullmatch(owner) else owner


def status_shown(row: dict) -> str:
    """'not started (no update yet)' when no one has reported: the default, not a finding."""
    return f"{row['status']} (no update yet)" if row.get("unreported") else row["status"]


def is_late(row: dict, today: date) -> bool:
    """Past the last day it was due (a month's end for 'by March') and not done."""
    return bool(row.get("due")) and row["status"] != "done" and \
        period_end(date.fromisoformat(row["due"]), row["due_precision"]) < today


def action_item(row: dict, docs, whole: bool = False, as_of: date | None = None) -> Item:
    """One action as a list shows it; `as_of`: flagged 'overdue' when late by that day."""
    due = format_date(date.fromisoformat(row["due"]), row["due_precision"]) if row.get("due") else "no date"
    parts = [f"{row['short_id']} {row['text'] if whole else trim(row['text'])} — due {due}"]
    if row.get("timescale") and row["kind"] == "inspection":
        parts[0] += f" ({row['timescale'].lower()})"
    if row.get("original_due") and row["original_due"] != row["due"]:
        parts.append(f"re-baselined from {format_date(date.fromisoformat(row['original_due']))}")
    parts.append(status_shown(row) + (", overdue" if as_of and is_late(row, as_of) else ""))
    if row.get("owner"):
        parts.append(f"owner {owner_shown(row['owner'])}")
    return Item(" · ".join(parts), source_of(row, docs), fields=dict(row), action=row["short_id"])


def one_of(what: str) -> str:
    """'1 action about …', '1 commitment the papers make': the kind named once."""
    return re.sub(r"\b(actions|commitments)\b", lambda m: m[1][:-1], what, count=1)


def none_of(what: str) -> str:
    """'No actions', 'None of the safeguarding actions': 'no' said first, whatever kind of action."""
    return f"No {what}" if what.startswith(("action", "open action")) else f"None of the {what}"


def _count(n: int, what: str) -> str:
    return f"{n} {one_of(what) if n == 1 else what} {'is' if n == 1 else 'are'}"


GENERIC_WORDS = {"action", "actions", "item", "items", "task", "tasks", "thing", "things", "anything",
                 "everything", "list", "outstanding", "plan", "open", "stuff", "ofsted", "inspection", "report",
                 "still", "done", "complete", "completed", "we", "us", "any", "ones", "work", "bits", "happen",
                 "happening", "should", "doing", "needs", "need", "needing", "required", "there", "recommendations",
                 "recommendation", "recommended", "recs", "supposed", "meant", "expected", "sorting", "sorted", "want",
                 "wanted", "wants", "slip", "slipped", "slipping", "managed", "manage", "failed", "fail",
                 "full", "both", "whole", "entire", "themes", "theme", "pls", "please", "lot", "deliver", "delivering",
                 "delivered", "owe", "owed", "hanging", "finishing", "finish",
                 "finished", "schedule", "timetable", "deadline", "number", "id", "ref", "reference",
                 "deadlines", "make", "made", "give", "gave", "raise", "raised", "set", "areas", "area", "past", "land",
                 "lands", "landing", "dates", "relating", "related", "relevant", "regarding", "concerning", "mention",
                 "mentions", "mentioning", "his", "her", "their", "its", "came", "come", "out", "dated", "not", "hit",
                 "met", "meet", "timescale", "timescales", "closed", "close", "closing", "resolved", "cleared",
                 "ticked", "shut", "date", "matching", "equivalent", "equivalents", "counterpart",
                 "side", "we've", "ve", "might", "likely", "hope", "could", "can't",
                 "cant", "include", "including", "incl", "inc", "plus"}  # 'which recs need delivering', 'what's
# behind schedule', 'what recs did ofsted make', 'the areas ofsted gave us', 'past their dates', 'what lands in may',
# 'what commitments did bill make in his april letter'
TIMESCALE_ASKED = re.compile(rf"(?<!\bfor )(?<!\bover )(?<!\bthan )(?<!\bleast )"
                             rf"(?<!\bdue within )(?<!\bahead )"  # 'on plans for 2+ years': how long; 'looking
                             # ahead 6 months': a window
                             rf"\b{NUMBER}[\s-]*(days?|weeks?|months?|years?)\b(?!'?\s+(?:ago|time|out|ahead|"
                             r"today|tomorrow|from (?:today|now))\b|[\s-]*look[\s-]*ahead)|"
                             r"\bimmediate(?:ly)?\b", re.I)


def asked_timescales(text: str) -> list[tuple[str, str, object]]:
    """'3 month', 'six-month', 'immediate or 3 month' → (as typed, as the papers put it, the offset such
    actions are due by) for each; never a window ('in the next six months')."""
    said = []
    for m in TIMESCALE_ASKED.finditer(text):
        if m[2] and re.search(r"\b(?:next|coming|within the next|in the next|last|past|previous)\s+$",
                              text[:m.start()]):  # a window ('slipped in the last 3 months'), not a timescale ('3
            # month recs that slipped in the last 3 months': the first is one)
            continue
        phrase = "immediately" if m[0].lower().startswith("immediate") else f"within {m[1]} {UNITS[m[2].lower()]}"
        said.append((m[0].lower(), phrase, parse_timescale(phrase)))
    return said


@dataclass
class Topic:
    """What narrows a list of actions beyond its theme: words of their text, a timescale."""

    what: str
    keys: list[str] | None = None
    timescales: list[str] | None = None
    kind: str | None = None
    themes: list[str] | None = None  # 'sg + lac': any of them
    notes: list[str] = field(default_factory=list)
    unmatched: bool = False  # words were asked that no action says: the list is every one, not about them
    unsaid: list[str] = field(default_factory=list)  # words no action says, though the papers do ('sharepoint')

    def filters(self) -> dict:
        return {"keys": self.keys, "timescales": self.timescales, "kind": self.kind, "themes": self.themes}


FROM_INSPECTION = re.compile(r"\b(?:from|in|by|of|after)\b(?: the| our| last| latest)*(?: ofsted)? "
                             r"(?:inspection|ofsted|inspectors?)\b|\bofsted(?:'s)? (?:actions|recommendations)\b|"
                             r"\b(?:recs|recommendations|areas)\b.{0,30}\b(?:ofsted|inspectors?)\b|"  # 'recs by ofsted'
                             r"\b(?:ofsted|inspectors?)\b.{0,15}\b(?:gave|made|set|raised|flagged|identified)\b|"
                             r"\bareas? for (?:improvement|development)\b|"
                             r"\binspection (?:recs|recommendations|actions)\b|"
                             r"\b(?:ofsted|inspectors?|inspection)(?:'s)? (?:deadlines?|wants?|expects?|needs?)\b|"
                             r"\bowe (?:to )?(?:ofsted|the inspectors?|inspectors)\b")  # 'what do we owe ofsted'


FROM_PAPER = re.compile(r"\b(?:from|in|arising from|out of|raised in|set out in|listed in|under|of|read|reading|"
                        r"went through)\b.{0,80}\b(?:report|paper|letter|update|minutes)\b|"
                        r"^\s*(?:the |our |that |this )?[\w' ]{0,40}\b(?:report|paper|letter|update|minutes)\s+"
                        r"(?:-+\s+)?(?:does|did) (?:it|that|this) (?:commit|promise|say|include|contain|list|set out|"
                        r"ask|require)\b")  # 'the dec scrutiny update - does it
# commit us to anything''
# 'overdue from the dec 09 scrutiny report', 'just read the exec board paper: which are late'
FROM_PAPER_WORDS = {"arising", "raised", "set", "listed", "out", "came", "come", "read", "reading", "went", "just"}
AREAS_FOR = re.compile(r"\bareas? (?:for|of) (improvement|development)\b")
COMMITMENTS = re.compile(r"\b(?:commitments?|undertakings?)\b|\b(?:our|the council'?s?) own\b")  # not 'the
# children's promise', an action's own words
COMMITMENT_WORDS = {"commitment", "commitments", "undertaking", "undertakings", "council", "own"}


def topic(ctx: Context, q: Question) -> Topic:
    """Without a known theme, other words narrow the actions by their text ('complaints'); a
    timescale asked ('3 month actions') narrows them by it. Words no action uses are set aside."""
    found = Topic(f"{q.theme} actions" if q.theme else "actions")
    if q.themes and not q.theme:  # 'sg + lac recs due in the next 6 weeks': either theme's, not every action
        found.themes, found.what = q.themes, f"{' and '.join(q.themes)} actions"
    asked = asked_timescales(q.text)
    if asked:  # 'the immediate or 3 month recs': either
        offsets = [offset for _typed, _said, offset in asked]
        found.timescales = [t for t in deadlines.timescales_written(ctx.db) if parse_timescale(t) in offsets]
        found.what = f"{found.what} to be done {' or '.join(dict.fromkeys(said for _t, said, _o in asked))}"
    paper = named_paper(ctx, q) if FROM_PAPER.search(q.text) else None
    keys = deadlines.keys_of_document(ctx.db, paper["id"]) if paper else []
    if keys:  # 'actions arising from mccarthy's april letter': that paper's, narrowed by any other words
        label = set(re.findall(r"[a-z]+", f"{paper['title']} {paper['body']} {paper['author']}".lower()))
        rest = [w for w in q.words if w not in label and w not in GENERIC_WORDS and w not in PAPER_KINDS
                and not month_named(w) and not w.isdigit() and w not in FROM_PAPER_WORDS and w not in COMMITMENT_WORDS
                and w not in STOPWORDS]
        rest = [w for w in rest if w not in theme_words(q.theme)]  # the theme narrows them by itself
        narrowed = [k for k in deadlines.matching_keys(ctx.db, rest, q.today) if k in set(keys)] if rest else []
        if rest and not narrowed:
            found.notes.append(f"No action in it mentions \u2018{' '.join(rest)}\u2019, so this is every one.")
        narrowed = narrowed if len(narrowed) < len(keys) else []  # words every one of them says narrow nothing
        found.keys = narrowed or keys
        about = f" about \u2018{' '.join(rest)}\u2019" if narrowed else ""
        found.what = f"{found.what}{about} from the {source_of({'doc_id': paper['id']}, ctx.docs(q.today)).cite()}"
        return found
    if FROM_INSPECTION.search(q.text) and deadlines.several_kinds(ctx.db, q.today):
        found.kind = "inspection"  # 'overdue stuff from the ofsted inspection': not the council's own commitments
        found.what = found.what.replace("actions", "inspection actions", 1)
    elif COMMITMENTS.search(q.text) and deadlines.several_kinds(ctx.db, q.today):
        found.kind = "commitment"  # 'overdue council commitments': what the papers promised, not inspectors' recs
        found.what = "commitments the papers make" if found.themes else \
            found.what.replace("actions", "commitments the papers make", 1)
        found.themes = None  # of no theme: 'SG and LAC plus the council's commitments' are those
    named_so = set(AREAS_FOR.findall(q.text))  # 'areas for improvement': Ofsted's name for its recommendations
    words = [w for w in q.words if w not in GENERIC_WORDS and not TIMESCALE_ASKED.fullmatch(w)
             and not (found.kind == "commitment" and w in COMMITMENT_WORDS) and w not in named_so]
    if q.theme or found.themes:  # other words than the theme's narrow it, when some action carries them all
        named = set().union(*(theme_words(t) for t in [q.theme] + (found.themes or []) if t))  # 'cic': children,
        # care
        rest = [w for w in words if w not in named and w.lower() not in SPELT_OUT]
        if _any_listed(ctx, q, found, rest):
            return found
        keys = deadlines.matching_keys(ctx.db, rest, q.today) if rest else []
        if keys:  # 'when is the LSCB training action due?': the training one, not every safeguarding action
            found.keys, found.what = keys, f"{found.what} about \u2018{' '.join(rest)}\u2019"
        return found
    if not words or _any_listed(ctx, q, found, words):
        return found
    used = [w for w in words if deadlines.matching_keys(ctx.db, [w], q.today, limit=1, ranked=False) or (
        len(w) >= 7 and deadlines.matching_keys(ctx.db, [w], q.today, limit=1, ranked=False, starts=True))]
    unused = [w for w in words if w not in used]  # 'paediatric': the start of 'paediatrician'
    found.unsaid = unused if used and not any(
        fulltext.rare(ctx.db, [w]) for w in used) else []  # 'how we're using sharepoint': the words actions say are
    # common ones; not 'caseloads and supervision', where 'caseloads' alone names SG-3
    if not used:
        found.notes.append(f"No action mentions \u2018{' '.join(unused)}\u2019, so this is every one.")
        found.unmatched = True
        return found
    found.keys = deadlines.matching_keys(ctx.db, used, q.today) or [  # else those holding most of the words
        r["key"] for r in deadlines.closest_actions(ctx.db, used, q.today)] or deadlines.matching_keys(
        ctx.db, used, q.today, starts=True)
    found.what = f"{found.what} about \u2018{' '.join(used)}\u2019"
    return found


def _any_listed(ctx: Context, q: Question, found: Topic, words: list[str]) -> bool:
    """Topics listed ('complaints + advocacy', 'conferences, paeds, training'): the actions about
    any one of them (all of its words), when two or more are about some action. Sets found's keys."""
    if not q.topics:
        return False
    groups = [[w for w in part if w in words and deadlines.matching_keys(ctx.db, [w], q.today, limit=1, ranked=False)]
              for part in q.topics]
    groups = [g for n, g in enumerate(groups) if g and g not in groups[:n]]
    if len(groups) < 2 or (not EITHER.search(q.raw) and deadlines.matching_keys(ctx.db, words, q.today, limit=1)):
        return False  # 'children and young people': one topic, when some action holds every word
    matched = [(g, keys) for g in groups for keys in [deadlines.matching_keys(ctx.db, g, q.today)] if keys]
    if len(matched) < 2:
        return False
    found.keys = list(dict.fromkeys(k for _g, keys in matched for k in keys))
    found.what = f"{found.what} about " + " or ".join(f"\u2018{' '.join(g)}\u2019" for g, _k in matched)
    return True


EITHER = re.compile(r"[,+&;]|\b(?:or|plus|as well as|either)\b")  # a list, not one topic's own 'and'


def superseded_note(ctx: Context, q: Question) -> list[str]:
    """Say when older inspection reports' recommendations are left out, and why."""
    replaced = deadlines.superseded_reports(ctx.db, q.today)
    if not replaced:
        return []
    return [f"Recommendations of {plural(len(replaced), 'earlier inspection report')} are not counted: a later "
            "inspection of the same council replaced them."]


LATENESS = {"deadline", "deadlines", "passed", "gone", "missed", "late", "overdue", "slipped", "date", "due", "still",
            "yet", "now", "already", "lapsed", "expired", "timescale", "cut", "off", "cutoff", "blown", "blow", "blew",
            "miss", "behind",
            "overrun", "overran", "past"}  # 'has the deadline passed for SG-12': how lateness is asked of it


def _one_action_late(ctx: Context, q: Question) -> Reply | None:
    """'is SG-12 overdue?', 'how late is SG-12': yes or no for the one action named by its id and
    nothing else, with its due date; None when the question names none, several, or says more."""
    ids = {i.lower() for i in deadlines.SHORT_ID.findall(q.text)}
    rest = [w for w in q.words if not deadlines.SHORT_ID.fullmatch(w) and w not in LATENESS]
    if len(ids) != 1 or rest:
        return None
    asked, when = ids.pop(), format_date(q.today)
    row = deadlines.action_by_short_id(ctx.db, asked, q.today)
    if not row:  # 'is SG-99 overdue', or asked before the paper setting it: never another action's list
        return Reply(f"I have no action {asked.upper()} in the records dated up to {when}.", intent="overdue")
    name = row["short_id"]
    due = format_date(date.fromisoformat(row["due"]), row["due_precision"]) if row["due"] else ""
    late = deadlines.open_actions(ctx.db, q.today, None, due_to=q.today - timedelta(days=1), limit=0,
                                  keys=[row["key"]])[1]
    lead = (f"Yes: {name} is overdue as of {when}. It was due {due} and is {row['status']}." if late else
            f"No: {name} is {row['status']}." if row["status"] == "done" else
            f"{name} has no due date, so it cannot be overdue." if not due else
            f"No: {name} is not overdue as of {when}. It is due {due}.")
    return Reply(lead, [action_item(row, ctx.docs(q.today))], intent="overdue")


DEADLINE_SAID = re.compile(r"\b(?:deadlines?|due dates?|due)\b")
MONTH_RECS = re.compile(rf"\b(?:{MONTH_NAMES})\s+(?:recs?|recommendations|actions?|ones)\b")  # 'the april recs'
DEADLINES_OF = re.compile(r"^(?!.*\bthis (?:month|week|year|quarter)\b).*\b(?:deadlines?|due|missed|miss|slipped|slip|"
                          r"blown|blew|lapsed|cut ?off|went|became|gone|fell|overdue from)\b|" + MONTH_RECS.pattern)
# a window of deadlines asked ('which april recs are overdue'), not a time the actions were late in


def answer_overdue(ctx: Context, q: Question) -> Reply:
    one = _one_action_late(ctx, q)
    if one:
        return one
    t = topic(ctx, q)
    what, notes = t.what, t.notes + superseded_note(ctx, q)
    yesterday = q.today - timedelta(days=1)
    due_from, due_to = None, yesterday
    if q.window and date.min < q.window.start <= q.today and (q.window.end <= q.today or (
            q.window.start.day == 1 and q.window.end == month_end(q.window.start))) and DEADLINES_OF.search(q.text):
        # 'july deadlines we've missed', 'what slipped in the last 3 months': those due in that month or a period
        # past; never 'what was overdue in march' (all late then), 'overdue this year' (all late now), or 'late on the
        # play areas? meant to open by march' (no start)
        due_from, due_to = q.window.start, min(q.window.end, due_to)
        what = f"{what} due {span_words(q.window.start, q.window.end)}"
    rows, total = deadlines.open_actions(ctx.db, q.today, q.theme, due_from=due_from, due_to=due_to,
                                         **t.filters())
    when = format_date(q.today)
    if not total and due_from and MONTH_RECS.search(q.text) and not DEADLINE_SAID.search(q.text):  # 'which of the
        # february recs are overdue': none fell due in February, so they may be February's paper's; every one late
        notes.append(f"No action fell due {span_words(q.window.start, q.window.end)}; these are all that are overdue.")
        what, due_from = t.what, None
        rows, total = deadlines.open_actions(ctx.db, q.today, q.theme, due_to=yesterday, **t.filters())
    if not total and due_from:
        late = deadlines.open_actions(ctx.db, q.today, q.theme, due_to=yesterday, limit=0, **t.filters())[1]
        notes += [f"{_count(late, t.what)} overdue in all — ask \"what's overdue?\"."] if late else []
        coming = deadlines.open_actions(ctx.db, q.today, q.theme, due_from=q.today, due_to=q.window.end,
                                        **t.filters())[0] if q.window.end >= q.today else []
        return Reply(f"{none_of(what)} are overdue as of {when}" + ("; still to come in it:" if coming else "."),
                     [action_item(r, ctx.docs(q.today)) for r in coming], notes=notes, intent="overdue")
    if not total:  # and the next of them due, when one is
        later = deadlines.open_actions(ctx.db, q.today, q.theme, due_from=q.today, limit=1, **t.filters())[0]
        return Reply(f"{none_of(what)} are overdue as of {when}" + ("; the next one due:" if later else "."),
                     [action_item(later[0], ctx.docs(q.today))] if later else [], notes=notes, intent="overdue")
    docs = ctx.docs(q.today)
    return Reply(f"{_count(total, what)} overdue as of {when}:", [action_item(r, docs) for r in rows],
                 notes=notes, intent="overdue", total=total)


def answer_due(ctx: Context, q: Question) -> Reply:
    start, end = (q.window.start, q.window.end) if q.window else (
        q.today, q.today + timedelta(days=DEFAULT_DUE_DAYS))
    t = topic(ctx, q)
    what, notes = t.what, t.notes + superseded_note(ctx, q)
    rows, total = deadlines.open_actions(ctx.db, q.today, q.theme, due_from=start, due_to=end,
                                         reaching=deadlines.reaches(start, end, not q.window or q.window.loose),
                                         **t.filters())
    span = span_words(start, end)
    if not total:
        _late, overdue = deadlines.open_actions(ctx.db, q.today, q.theme, due_to=q.today - timedelta(days=1),
                                                limit=0, **t.filters())
        one = one_of(what) if overdue == 1 else what
        notes += [f"{overdue} {one} {'is' if overdue == 1 else 'are'} already overdue — ask \"what's overdue?\"."] \
            if overdue else []
        later = deadlines.open_actions(ctx.db, q.today, q.theme, due_from=max(end + timedelta(days=1), q.today),
                                       limit=1, **t.filters())[0]  # never one already overdue
        items = [action_item(later[0], ctx.docs(q.today))] if later else []  # 'what's the very next deadline?',
        # 'what lands before bonfire night': the first after the window
        lead = f"{none_of('open ' + what)} are due {span}" + ("; the next one due after that:" if items else ".")
        return Reply(lead, items, notes=notes, intent="due")
    docs = ctx.docs(q.today)
    return Reply(f"{_count(total, 'open ' + what)} due {span}:", [action_item(r, docs, as_of=q.today) for r in rows],
                 notes=notes, intent="due", total=total)
