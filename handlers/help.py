"""Help: what Clerk answers and the commands it takes, with examples built from the records
in the store (so a council's own boards and themes appear, not someone else's)."""

from __future__ import annotations

import re
from datetime import date

from store import lookup
from store.dates import format_date

from .question import Context, Question
from .reply import Reply, document_label, plural, short_date

COMMANDS = """Managers can change records:
• update <action> to <status> [- note]   e.g. update {action} to done - agreed at the board
• note <action> <text>   e.g. note {action} four agency social workers started this week
• mark <action> as <status> [- note]   • owner <action> <person>   • due <action> <date>
• digest here weekly mon 9:00 (or daily 8:30, or off)   • digests
• meeting <body> on <date>   • cancel meeting <body> on <date>
• history <action>   • undo (reverts your own last update)
Anyone: reminders off|on (messages about the actions you own)   • Admins: role <user> <viewer|manager|admin>
Statuses: not started, in progress, at risk, delayed, done."""


HOW_TO = [  # a how-to asked of one command: its answer first ('i made a wrong update, how do i reverse it')
    (r"\b(?:record|add|log|enter|cancel|put in|note)\s+(?:a |an |the )?(?:\w+ )?meetings?\b",
     "A manager records a meeting with `meeting <body> on <date>` (and `cancel meeting <body> on <date>`)."),
    (r"\b(?:move|change|set|push|extend|update|reset)\s+(?:a |an |the |its )?(?:\w+ )?(?:due date|deadline)s?\b",
     "A manager moves a deadline with `due <action> <date>`."),
    (r"\b(?:undo|reverse|revert|take (?:it |that )?back|wrong update|mistake)\b",
     "To take back your own last update, type `undo`; `history <action>` shows every change to an action."),
    (r"\b(?:rights|access|permissions?|role|roles|make \w+ (?:a )?(?:manager|admin))\b",
     "An admin grants rights with `role <user> <viewer|manager|admin>`, e.g. role U024BE7LH manager."),
    (r"\b(?:owner|assign\w*|responsible)\b", "A manager sets who owns an action with `owner <action> <person>`."),
    (r"\b(?:history|trail)\b|\b(?:the|its|an action's|change|update) log\b|\bwho (?:changed|updated|edited)\b",
     "`history <action>` shows every update to an action, who made it and when."),
    (r"\b(?:finished|done|complete\w*|status\w*|progress|update|mark|record|change|flag)\b",
     "A manager records progress with `update <action> to <status> [- note]`, e.g. update {action} to done - "
     "signed off at the board."),
]


DOCUMENTS_ASKED = re.compile(r"\b(?:which|what) (?:records|documents|docs|papers|reports|files)\b|\b(?:records|"
                             r"documents|docs|papers|reports|files) (?:have you got|do you (?:have|hold)|you hold|"
                             r"(?:are|you've got|you have) loaded)\b")
SHOWN_DOCUMENTS = 15


HOW_ASKED = re.compile(r"\bhow (?:do|can|should|would|to)\b|\b(?:command|cmd|syntax|way) (?:to|for)\b", re.I)


def _how_to(text: str, action: str) -> str:
    return next((lead.format(action=action) + "\n\n" for pattern, lead in HOW_TO
                 if HOW_ASKED.search(text) and re.search(pattern, text, re.I)
                 and not re.search(r"\bhow (?:do|can|should) (?:i|we) ask\b", text, re.I)),
                "")


def _examples(ctx: Context) -> list[str]:
    db = ctx.db
    theme = db.execute("select theme from actions where theme is not null group by theme "
                       "order by count(*) desc limit 1").fetchone()
    plan = db.execute("select plan from strands where rating is not null limit 1").fetchone()
    category = db.execute("select category from judgements limit 1").fetchone()
    described = {r[0] for r in db.execute("select n.body_id from body_facts f join body_names n on n.name = f.name")}
    bodies = sorted((b["name"].lower() for b in lookup.bodies(ctx.db) if b["id"] in described), key=len)[:2]
    topic = f" on {theme[0]}" if theme else ""
    lines = [f"what's overdue{topic}?   • what's due in the next three months?"]
    if bodies:
        lines.append(f"when does the {bodies[0]} next meet?   • who chairs the {bodies[0]}?")
        lines.append(f"how often does the {bodies[-1]} meet?   • who sits on the {bodies[-1]}?")
    if category:
        lines.append(f"how were we rated for {category[0].lower()}?")
    if plan:
        lines.append(f"which strands of the {plan[0]} need improvement?")
    chaired = db.execute("select body from people where relation = 'chair' and body is not null limit 1").fetchone()
    if chaired and not bodies:
        lines.append(f"who chairs the {chaired[0].lower()}?   • when does the {chaired[0].lower()} next meet?")
    minuted = db.execute("select body from minute_items where resolved != '' group by body "
                         "order by count(*) desc limit 1").fetchone()
    if minuted:
        lines.append(f"what did the {minuted[0].lower()} decide about …?   • were there apologies at the "
                     f"{minuted[0].lower()}?")
    agenda = db.execute("select body from agenda_items limit 1").fetchone()
    if agenda:
        body = agenda[0].lower()
        lines.append(f"what's on the agenda for the {body}?   • where does the {body} meet?")
    if db.execute("select 1 from indicators where rag is not null limit 1").fetchone():
        lines.append("which KPIs are red?   • how many KPIs met target?")
    if db.execute("select 1 from risks limit 1").fetchone():
        lines.append("what are our biggest risks?")
    lines.append("how many … / how much money for …?   • when was … launched?   • what does … stand for?")
    lines.append("what's changed recently?   • summary (a brief for the board)")
    return lines


def answer_help(ctx: Context, q: Question) -> Reply:
    short_id = ctx.db.execute("select short_id from actions order by kind = 'commitment', rowid limit 1").fetchone()
    held = ctx.db.execute("select count(*), min(date), max(date) from documents where date <= ?",
                          [q.today.isoformat()]).fetchone()
    action = short_id[0] if short_id else "<action>"
    text = _how_to(q.raw, action)
    text += (f"I hold {plural(held[0], 'document')}, dated {format_date(date.fromisoformat(held[1]))} to "
            f"{format_date(date.fromisoformat(held[2]))}. " if held[0] and held[1] else "")
    if DOCUMENTS_ASKED.search(q.text) and held[0]:  # 'which papers have you got loaded': each, newest first
        titles = sorted(lookup.document_titles(ctx.db, q.today), key=lambda d: d["date"] or "", reverse=True)
        shown = [f"• {document_label(d)}" + (f", {short_date(date.fromisoformat(d['date']))}" if d["date"] else "")
                 + (f": {d['title']}" if d["title"] and d["title"] not in document_label(d) else "")
                 for d in titles[:SHOWN_DOCUMENTS]]
        more = len(titles) - len(shown)
        text = text.rstrip(". ") + ":\n" + "\n".join(shown) + (f"\n… and {more} more." if more > 0 else "") + "\n\n"
    text += "Ask me about the governance records in plain English, for example:\n"
    text += "\n".join(f"• {line}" for line in _examples(ctx))
    text += "\n" + COMMANDS.format(action=action)
    return Reply(text, intent="help")
