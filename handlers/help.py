"""Help: what Clerk answers and the commands it takes, with real examples."""

from __future__ import annotations

from .question import Context, Question
from .reply import Reply

HELP = """Ask me about the governance records in plain English, for example:
• what's overdue on safeguarding?   • what's due in the next three months?
• when does scrutiny next meet?   • when did the children's trust board last meet?
• how often does the member reference group meet?   • what meetings are coming up?
• who chairs the improvement board?   • who sits on the improvement board?
• how was leeds rated for overall effectiveness of safeguarding?
• how many breeze card holders are there?   • how much extra money went to safeguarding?
• which strands of the nine point plan need improvement?   • summary (a brief for the board)
Managers can change records:
• update <action> to <status> [- note]   e.g. update SG-3 to done - cap agreed at 18
• mark <action> as <status> [- note]   • owner <action> <person>   • due <action> <date>
• meeting <body> on <date>   • cancel meeting <body> on <date>
• history <action>   • undo (reverts your own last update)
Admins: role <user> <viewer|manager|admin>
Statuses: not started, in progress, at risk, delayed, done."""


def answer_help(ctx: Context, q: Question) -> Reply:
    return Reply(HELP, intent="help")
