"""Owners: who owns an action, what is assigned to me or to someone, which actions have no owner."""

from __future__ import annotations

import re
from dataclasses import replace

from rapidfuzz import fuzz

from store import deadlines, fulltext
from store.dates import find_dates
from store.text import initials, split_sentences
from store.vocab import theme_words

from .concepts import mentions
from .overdue import action_item, owner_shown
from .question import Context, Question
from .reply import Item, Reply, source_of
from .search import answer_search
from .status import GENERIC_ACTION_WORDS, SHORT_ID, actions_named, before_work, find_actions, holds_all, unwritten
from .updates import example_id

MENTION = re.compile(r"<@([A-Z0-9]+)(?:\|[^>]*)?>|(?<!\w)@([\w.-]+)")
USER_ID = re.compile(r"\b(U[A-Z0-9_]{2,})\b")  # a Slack user id typed as it is
NO_OWNER = re.compile(r"\b(?:no|without an?|without|missing an?|lack\w* an?) owners?\b|\bunowned\b|\bunassigned\b|"
                      r"\bnot (?:yet )?(?:been )?assigned\b|\bnobody owns\b|\bno one owns\b")
MINE = re.compile(r"\b(?:assigned to me|my actions|do i own|i own|mine|owned by me|on my plate)\b")
NAMED = re.compile(r"\b(?:assigned to|owned by|does|do)\s+(.+?)(?:\s+own)?\s*\??$")
OWNER_WORDS = {"responsible", "accountable", "charge", "hook", "delivers", "delivering", "leads", "leading", "runs",
               "sorted", "sort", "sorting", "done", "get", "getting",  # 'whose job is it to get the PEPs sorted'
               "owns", "manages", "handles", "organises", "puts", "looks", "deals", "handle", "run", "manage", "lead",
               "deliver", "now", "currently", "days", "these", "today", "them", "it", "day", "whose", "job",
               "responsibility", "remit", "task", "driving", "drives", "heading", "spearheading", "championing",
               "pushing", "given", "assigned", "allocated", "handed", "holds", "holding", "handling", "doing", "led",
               "ran", "running", "developing", "finishing", "those", "carrying", "carried", "out", "covering",
               "writing", "drawing", "producing", "putting", "together", "preparing", "conducting", "conducted",
               "undertaking", "undertook", "coordinates", "oversees", "overseeing",
               "name", "against", "picks", "picking", "takes", "taking"}  # the
# asking in 'who leads on X', 'which team handles X now' (the team asked of is taken out by WHICH_DOER)
WHICH_DOER = re.compile(r"\bwhich (team|service|department|directorate|organisation|agency|partner|body|group)s?\b")
DOING_WITH = {"write", "wrote", "develop", "developed", "produce", "produced", "draw", "drew", "partnering", "partner",
              "overseeing", "oversees", "puts", "delivers"}  # how who-does-it is asked, not its topic (a paper says
# 'commissioned' as it is asked)
GENERIC = {"owns", "own", "owner", "owners", "owned", "assigned", "action", "actions", "who", "whose", "responsibility",
           "job", "task", "remit", "deadline", "rec", "recs", "recommendation", "recommendations", "one",
           "item", "down", "put", "lead", "anyone", "anybody", "someone"} | OWNER_WORDS  # 'is anyone down as owner'

SHOWN = 15
NEAR_WORD = 85  # a word 'in' an action's text by rapidfuzz partial ratio: 'restructure' in 'structure'
ACTION_NAMED = re.compile(r"\b(?:actions?|recs?|recommendations?|items?)\b")


SUBJECT = re.compile(r"(?:The|Our) ((?:[A-Z][\w'’&-]*\s(?:(?:of|for|and|&)\s)?){1,7}?)(?:is|are|has|have|will|"
                     r"was|were|should|must|plans?|intends?)\b(?! (?:(?:scheduled|planned|expected|due|asked|invited) "
                     r")?to receive\b| receiving\b)")  # 'The Director of Children's Services is
# continuing to refine his directorate structure': who the paper gives it to; not 'The Executive Board is
# scheduled to receive …', who is to receive it
ATTRIBUTED = re.compile(r"\b(?:delivered|led|run|provided|managed|chaired|owned|co-?ordinated|commissioned|"
                        r"overseen) by (?:the )?(?!(?:January|February|March|April|May|June|July|August|September|"
                        r"October|November|December|Q\d|End|Spring|Summer|Autumn|Winter)\b)"
                        r"(?:[A-Z][\w'’&-]*\s?){1,7}")  # 'training delivered by the Leeds
# Safeguarding Children Board': who the paper gives it to


NAMING_AN_ACTION = {"rec", "recs", "recommendation", "recommendations", "one", "ones", "item", "items", "thing", "work",
                    "talk", "speak", "ask", "contact", "chase", "got", "handles", "handling", "runs", "running",
                    "leads", "leading", "delivers", "delivering", "doing", "manages", "managing", "sorting"}
# how an owner is asked ('who should i talk to about the caseload rec'), not what the action says


def _says_all(row: dict, words: list[str]) -> bool:
    """Does an action say every word, its concept or a near form ('restructure': 'structure'), never
    just some of them ('youth justice' is not the youth hub)? Its theme's names it says by its theme."""
    theme = theme_words(row.get("theme"))
    words = [w for w in words if w not in NAMING_AN_ACTION]
    text = row["text"].lower()
    return any(holds_all(text, said) or all(fuzz.partial_ratio(w, text) >= NEAR_WORD for w in said)
               for said in (words, [w for w in words if w not in theme]))


LEADING = re.compile(r"\b(?:led|leads|run|runs|chaired|responsible for|managed|overseen)\b", re.I)  # a sentence
# saying who leads what the words name ('This review has been led corporately by the council')


def _no_owner(ctx: Context, q: Question, words: list[str]) -> Reply:
    """No action the words name, nor a paper giving it to anyone: what the papers say of the words, said
    as such ('I have no owner recorded for ‘youth justice’')."""
    reply = answer_search(ctx, replace(q, words=words or q.words), shown_with=LEADING)
    if reply.intent == "search" and reply.items and not q.scope:
        asked = " ".join(words or q.words)
        reply.lead = f"I have no owner recorded for \u2018{asked}\u2019; the passages that best match it:"
        reply.intent = "owner"
    return reply


def answer_owner(ctx: Context, q: Question) -> Reply:
    docs = ctx.docs(q.today)
    if NO_OWNER.search(q.text):
        rows, total = deadlines.select_actions(ctx.db, q.today, theme=q.theme, unowned=True)
        what = f"{q.theme} actions" if q.theme else "actions"
        return Reply(f"{deadlines.count_text(total)} open {what} have no owner yet — a manager can set one with "
                     f"`owner <id> <person>`:" if rows else f"Every open {what} has an owner.",
                     [action_item(r, docs) for r in rows], intent="owner", total=total)
    person = _person_asked(ctx, q)
    if person:
        rows = deadlines.owned_actions(ctx.db, q.today, person)
        shown = owner_shown(person)
        who = "you" if person == ctx.user else shown
        if not rows:
            return Reply(f"No actions are assigned to {who}.", intent="owner")
        return Reply(f"{len(rows)} action{'s' if len(rows) > 1 else ''} assigned to {who}:",
                     [action_item(r, docs) for r in rows], intent="owner")
    doer = set(WHICH_DOER.findall(q.text))  # 'which team handles placements': 'team' is asked, not the topic
    idiom = set(re.findall(r"\bwhose (baby|gig|patch|call)\b", q.text))  # 'whose baby is the restructure'
    unsaid: list[str] = []
    words = [w for w in q.words if w not in GENERIC and w not in OWNER_WORDS and w not in doer and w not in idiom
             and w not in DOING_WITH]
    words = before_work(words, 1)  # 'the paediatrician rota work'

    if q.body and initials(q.body.name) in words:  # 'reviewing the IB': the board's own words
        words = [w for w in words if w != initials(q.body.name)] + re.findall(r"[a-z]+", q.body.name.lower())
    days = [d.value for d in find_dates(q.raw, q.today) if d.precision == "day"]
    dated = [r for d in days for r in deadlines.open_actions(ctx.db, q.today, due_from=d, due_to=d)[0]]
    if len(dated) == 1 and not SHORT_ID.search(q.text):  # 'whose is the 1 april 2011 deadline': the action due then
        rows = dated
    elif SHORT_ID.search(q.text) or ACTION_NAMED.search(q.text) or not words:
        rows = find_actions(ctx, q.text, words) if words or SHORT_ID.search(q.text) else []
        rows = rows if SHORT_ID.search(q.text) else [r for r in rows if _says_all(r, words)]
        unsaid, known = unwritten(ctx, words) if not rows and words else ([], [])
        if unsaid and known:  # 'whose is the paeds rota rec': no paper says 'rota'; the action the rest names
            rows = [r for r in find_actions(ctx, " ".join(known), known) if _says_all(r, known)]
            rows = rows if len(rows) == 1 else []
        if not rows:
            return Reply((f"No action says \u2018{' '.join(words)}\u2019. " if words else "") +
                         f"Which action? Give its id, e.g. \"who owns {example_id(ctx) or '<action>'}?\", or "
                         "words from its text.",
                         intent="owner")
    else:  # 'who leads on places to go': one action saying all of it, else whom the papers give it to
        rows = actions_named(ctx, q.text, words)
        timed = [r for r in rows if r["due"] and q.window.start.isoformat() <= r["due"] <= q.window.end.isoformat()
                 ] if q.window else []  # 'reviewing the IB in july': those due then
        rows = timed or rows
        said = _said_to_lead(ctx, q, words) if len(rows) != 1 and not timed else None
        if not said and not rows:  # 'directorate restructure': the one action saying every word, however inflected
            rows = [r for r in deadlines.closest_actions(ctx.db, words, q.today, limit=2)
                    if _says_all(r, words)]
            rows = rows if len(rows) == 1 else []  # never 'youth justice' for the youth hub
        if not said and not rows:  # 'the paediatrician rota work': no paper says 'rota'; the one action the rest names
            unsaid, known = unwritten(ctx, [w for w in words if w not in GENERIC_ACTION_WORDS])
            rows = actions_named(ctx, " ".join(known), known) if unsaid else []
            rows, unsaid = (rows, unsaid) if len(rows) == 1 else ([], [])
        if said or not rows:
            return said or _no_owner(ctx, q, words)  # (several actions: their owners, below)
    if len(rows) == 1:
        r = rows[0]
        lead = (f"{r['short_id']} is owned by {owner_shown(r['owner'])}." if r["owner"] else
                f"{r['short_id']} has no owner yet — a manager can set one with `owner {r['short_id']} <person>`.")
        said, subject = ATTRIBUTED.search(r["text"]), SUBJECT.match(r["text"])
        notes = [f"The paper says it is {said[0].strip()} (who delivers it, not an owner set in Clerk)."] \
            if said and not r["owner"] else [
            f"The paper gives it to the {subject[1].strip()} (its sentence names them; not an owner set in Clerk)."] \
            if subject and not r["owner"] else []
        if unsaid:
            notes.insert(0, f"No paper says \u2018{' '.join(unsaid)}\u2019; {r['short_id']} is the one action the rest "
                            "of the words name.")
        return Reply(lead, [action_item(r, docs)], notes=notes, intent="owner")
    return Reply(f"{len(rows)} actions match \u2018{' '.join(words)}\u2019 — their owners:",
                 [action_item(r, docs) for r in rows], intent="owner")


LEADS = re.compile(r"\b(?:lead role|rests? with|(?:led|run|delivered|managed|overseen|co-?ordinated|provided|chaired|"
                   r"owned|driven) by|(?:is|are|was|were|been) leading|leads? (?:on|for|the)|responsib\w+|accountab\w+|"
                   r"in charge|appointed|seconded|day to day|ownership|commissioned|(?:developed |working |work )?in "
                   r"partnership with|(?:programme|project) board|steering group)\b|\b[A-Z][\w']+ Team\b")  # a sentence
# saying who does something: a Team by its name ('the Placements Team'), not any 'team'


COMMISSIONED = re.compile(r"\bcommission(?:ed|ing)\b", re.I)  # the verb, never the Care Quality Commission
POOL, SHORT_LINE = 30, 400  # passages read for who leads; a line this short is shown whole


def _said_to_lead(ctx: Context, q: Question, words: list[str]) -> Reply | None:
    """No tracked action: from the passages saying most of what the words name, the sentence saying
    who leads, runs or delivers it ('the lead role for places to go … rests with the Integrated Youth
    Support Service'; a table row 'Leadership Team (Chaired by DCS) | Improvement plan delivery')."""
    docs = ctx.docs(q.today)
    found = []
    deed = COMMISSIONED if COMMISSIONED.search(q.text) else LEADS  # 'who commissioned X': the sentence saying so
    for passage in fulltext.search_passages(ctx.db, words, q.today, limit=POOL, docs=q.scope):
        lines = [line.strip().lstrip("-•*").strip() for line in passage["text"].splitlines()]
        leads = [s for line in lines  # a bullet whole, a paragraph's sentences
                 for s in ([line] if len(line) <= SHORT_LINE else split_sentences(line)) if deed.search(s)]
        held = [(sum(mentions(s, [w.replace("-", " ")]) for w in words), s) for s in leads]  # by whole stems
        said, best = max(held, key=lambda h: h[0], default=(0, ""))  # ('complaints' is no 'complex')
        if said:  # the sentence itself says something of it
            found.append((said, sum(mentions(passage["text"], [w.replace("-", " ")]) for w in words), passage, best))
    asked = len(words)
    enough = min(asked, max(2, -(-2 * asked // 3)))  # all of two things asked ('youth justice'), two thirds of more
    found = [f for f in found if f[1] >= enough and f[0] * 2 >= asked]  # the sentence says half of it at least
    most = max((f[:2] for f in found), default=None)
    if not most:
        return None
    items = [Item(sentence, source_of(passage, docs)) for s, n, passage, sentence in found if (s, n) == most][:2]
    return Reply(f"The papers say who does \u2018{' '.join(words)}\u2019:", items, intent="owner",
                 notes=["No one action in Clerk is about it, so this is what the papers say, not an owner set in "
                        "Clerk."])


def _person_asked(ctx: Context, q: Question) -> str | None:
    """The owner asked about: me, a Slack mention, or a name after 'assigned to' / 'does … own'."""
    if MINE.search(q.text):
        return ctx.user
    m = MENTION.search(q.raw) or USER_ID.search(q.raw)
    if m:
        return next(g for g in m.groups() if g)
    if SHORT_ID.search(q.text):
        return None
    m = NAMED.search(q.text)
    if m and m[1] not in ("the", "this", "that", "it"):
        name = m[1].strip()
        for row in ctx.db.execute("select distinct owner from action_state where owner is not null"):
            if row[0].lower() == name or name in row[0].lower().split():
                return row[0]
    return None
