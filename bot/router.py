"""Routing: a command runs its handler; a question goes to the best-matching intent's
handler, and anything unmatched falls back to full-text search. The table is explicit."""

from __future__ import annotations

import copy
import functools
import gc
import os
import re
from dataclasses import replace

import sqlite_utils

from handlers import (
    acronyms,
    actions,
    bodies,
    calendar,
    contacts,
    due_dates,
    events,
    help,
    indicators,
    inspections,
    judgements,
    kpis,
    meetings,
    members,
    minutes,
    overdue,
    owners,
    people,
    plans,
    recent,
    risks,
    schedules,
    scope,
    search,
    status,
    summary,
    updates,
)
from handlers.cache import remembered
from handlers.overdue import trim
from handlers.owners import OWNER_WORDS
from handlers.question import Context, Question
from handlers.reply import Reply
from handlers.search import WHAT_IS
from handlers.status import (
    ASKING_WORDS,
    GENERIC_ACTION_WORDS,
    STATE_WORDS,
    actions_named,
    before_work,
    find_actions,
    holds_all,
    unwritten,
)
from handlers.status import SHORT_ID as ACTION_ID
from handlers.updates import Command
from store import deadlines, fulltext, lookup
from store.shapes.bodies import TYPE_WORDS
from store.vocab import parse_status

from . import followup
from .commands import MARK_IT, normalise_command, parse_command, status_remark
from .commands import SAID_DONE as SAID_PLAINLY
from .intents import RULE_WORDS, score_intents
from .names import Names, name_words
from .phrasings import nearest_intent
from .slots import names_a_post
from .understand import understand
from .wording import FILLER, TIME_WORDS, english_near, english_use

ROUTES = {
    "help": help.answer_help,
    "overdue": overdue.answer_overdue,
    "due": overdue.answer_due,
    "next_meeting": meetings.answer_next,
    "last_meeting": meetings.answer_last,
    "frequency": meetings.answer_frequency,
    "chair": people.answer_chair,
    "members": members.answer_members,
    "person": people.answer_person,
    "role": people.answer_role,
    "about_body": bodies.answer_about_body,
    "actions": actions.answer_actions,
    "judgement": judgements.answer_judgement,
    "inspection": inspections.answer_inspection,
    "indicator": indicators.answer_indicator,
    "money": indicators.answer_money,
    "plan": plans.answer_plan,
    "status": status.answer_status,
    "status_list": status.answer_status_list,
    "owner": owners.answer_owner,
    "due_date": due_dates.answer_due_date,
    "summary": summary.answer_summary,
    "recent": recent.answer_recent,
    "when": events.answer_when,
    "kpis": kpis.answer_kpis,
    "decision": minutes.answer_decision,
    "apologies": minutes.answer_apologies,
    "agenda": minutes.answer_agenda,
    "acronym": acronyms.answer_acronym,
    "venue": meetings.answer_venue,
    "risks": risks.answer_risks,
    "contact": contacts.answer_contact,
    "search": search.answer_search,
}
PERSONAL = re.compile(r"\b(?:me|my|mine|i|i'm|myself)\b")  # questions whose answer depends on who asks
ERRAND = re.compile(r"^\s*(?:please|pls|can|could|would|will) (?:you |u )?(?:please |pls )?(?:order|book|buy|"
                    r"email|e-mail|phone|ring|call|print|draft|post|fax|pay|organi[sz]e)\b(?! (?:of|for the) )",
                    re.I)  # an errand asked of the bot: 'can u order pizza for the IB'
UNDATED = {"help", "recent", "history"}  # answers that do not rest on the records' age
_NAMES: dict[tuple, Names] = {}
MEMORY = followup.Memory()


def names_for(db: sqlite_utils.Database) -> Names:
    """Name tables, cached until a document is (re-)ingested."""
    stamp = db.execute("select count(*), max(ingested_at) from documents").fetchone()
    key = (lookup.store_path(db), *stamp)
    names = _NAMES.get(key)
    if names is None:  # threads may race to build it: each returns its own, none reads a cleared cache
        names = Names.load(db)
        _NAMES.clear()
        _NAMES[key] = names
        if gc.get_freeze_count():  # a service that froze what questions read (bot.boundary.ready): the names of a
            gc.freeze()  # re-ingested store too, so no full collection scans them in a question's time
    return names


ACTION_LISTS = {"overdue", "due", "actions", "status_list"}
LISTED = re.compile(r"\s*(?:,|\+|&|;)\s*|(?<!\d)/(?!\d)|\s+(?:or|and|plus|as well as)\s+")  # a list of topics
OF_AN_ID = {"search", "due", "person", "role", "actions", "indicator", "status", "when", "owner", "history",
            "due_date", "recent", "last_meeting", "next_meeting", "plan", "judgement"}  # what an ask naming one action
# may be read as by its other words, never 'overdue' or a command ('when was SG-3 last updated' is no meeting;
# 'SG-1: has anyone done the refresh of the improvement plan yet' is no plan's strands; 'LAC-6 - current rating?' is
# its RAG status, not a grade)
GRADED = re.compile(r"\b(?:ofsted|inspect\w*|grades?|graded|judg\w*)\b")  # a grade asked, never a RAG status
ID_ASKS = [(intent, re.compile(pattern)) for intent, pattern in [  # the first that matches says what is asked
    ("history", r"\b(?:history|histories|changed|logged|log|touched|audit|trail|edits|edited|updated by|timeline|"
                r"(?:past|previous|earlier|old) (?:updates|statuses|notes)|what notes|notes (?:on|for|against)|"
                r"updates? (?:have been |were |has been )?(?:made|posted|logged|recorded) (?:to|on|against|for)|"
                r"changes (?:to|on|against|for|logged|made|so far)|any changes|"
                r"who(?:'s| has| have)? (?:updated|changed|edited|touched|posted)|posted (?:what|anything)|"
                r"(?:status|every) changes?|ever (?:posted|put|logged|added)|"
                r"(?:every|all(?: the)?) updates? (?:on|to|for|against|of) [a-z]{1,4}-\d+\b|"
                r"\b(?:updates?|notes?|entries|changes)\b.{0,40}\bwho made (?:it|them|each(?: one)?|those|these)"
                r"\s*[?!.]*$|"
                r"whose name is on the (?:latest|last|most recent) (?:update|change|entry)|"
                r"record of (?:changes|updates|edits)|everything (?:that(?:'s| is| has)? )?(?:happened|been done)|"
                r"what (?:was|is) the (?:last |latest )?note)\b|"
                r"\bwhen\b.{0,40}\b(?:updated|update|changed|marked|set)\b"),
    ("owner", r"\b(?:owner|owners|owns|own|ownership|sits? with|lies with|rests? with|on point|assigned|"
              r"responsible|accountable|who(?:'s| is)? (?:leading|doing|handling|holding)|who (?:leads|has) it|"
              r"(?:who|whom) is (?:it|this|that) with|who(?:'s| is) \S+ with|lead officer|(?:the|a|its|any) lead|"
              r"lead (?:on|for))\b"),
    ("due_date", r"\b(?:due|deadline|deadlines|timescale|target date|date|dated|when|by when)\b"),
    ("status", r"\b(?:status|position|progress|where(?:'s| is| are)? (?:\S+ ){0,4}at|latest|state|how(?:'s| is)|news|"
               r"what(?:'s| is) new|mov(?:ing|ed|ement)|update|sitrep|going|happening|happened|stand|stands|standing|"
               r"showing|shows|look(?:s|ing)? like|currently|at the moment|open|closed|closed off|finali[sz]ed|"
               r"sorted|done|finished|complete|completed|signed off|rag|rating|rated|yet|"
               r"(?:tracker|system) (?:say|says|show|shows))\b"),  # 'LAC-9 - what does the tracker say': its status
    ("actions", r"^(?:tell me about|details? of|text of|wording of|describe)\b|\b(?:about|say|says)\s*[?!.]*$|"
                r"^\s*what(?:'s| is| does)\s+[a-z]{1,4}-\d{1,5}\b"),
]]


def parse(ctx: Context, text: str) -> Question:
    text = re.sub(r"\b([A-Za-z]{2,4})(\d{1,4})\b", lambda m: _spaced(ctx, m), text)  # 'NI57' as written, 'NI 57'
    q = understand(re.sub(r"\b[a-z]{6,}\b", lambda m: _as_written(ctx, m[0]), text), names_for(ctx.db), ctx.today)
    if q.intent in ("search", "person", "role", "plan", "chair") and not q.person and OWNER_ASKED.search(q.text):
        words = [w for w in q.words if w not in OWNER_WORDS]
        named_post = not q.plan and names_a_post(replace(q, words=words), names_for(ctx.db).posts)
        names = names_for(ctx.db)  # 'the transformation programme' names the Transformation Board only in part
        partly = q.body and not KIND_SAID.search(q.text) and not names.body_in_words(q.text) and not \
            names.body_by_initials(q.raw)
        if words and (len(actions_named(ctx, q.text, words)) == 1 or ((not q.body or q.plan or partly)
                                                                      and not named_post)):
            q.intent = "owner"  # 'who's responsible for multi-agency CP training': an action's owner, and whom
    ranked = score_intents(q.text) if q.intent == "plan" and q.plan else []
    if ranked and ranked[0][1] == "status":
        words = [w for w in q.words if w not in STATE_WORDS and w not in ASKING_WORDS]
        if len(actions_named(ctx, q.text, words)) == 1:  # 'has the improvement plan refresh been signed off': the one
            q.intent = "status"  # action about the plan's refresh, not the plan's strands
    if q.intent == "status" and q.person and not _ids(q.text, names_for(ctx.db).prefixes):
        named = set(name_words(q.person))
        words = [w for w in q.words if w not in STATE_WORDS and w not in ASKING_WORDS and w not in named]
        if not words:  # 'bill mccarthy latest': the person; not "nigel's directorate restructure - RAG?", an action
            # named beside him
            q.intent = "person"
    parts = LISTED.split(q.raw)
    if q.intent in ACTION_LISTS and len(parts) > 1:  # 'overdue: caseloads, complaints or the paeds rota'
        q.topics = [understand(part, names_for(ctx.db), ctx.today).words for part in parts]
    asked = _asked_of_id(q.text, names_for(ctx.db).prefixes)
    if asked and q.intent in OF_AN_ID and not (q.intent == "judgement" and GRADED.search(q.text)):
        q.intent = asked  # 'LAC-4 owner?', 'SG-11 full history', 'SG-12 due?': what is asked of the one action named
    elif (q.intent == "search" or (q.intent == "overdue" and "outstanding" in q.words)) and _only_an_id(ctx, q):
        q.intent = "status"  # 'LAC-8 still open?', 'SG-7 still outstanding?': one action named and nothing else asked
        # of it is its card
    if q.intent == "search" and not score_intents(q.text) and not WHAT_IS.match(q.raw):  # worded as no rule
        q.intent = nearest_intent(q.raw, names_for(ctx.db)) or q.intent  # foresaw: as the nearest known phrasings
        # say, if they agree ('any fresh activity on the action log'); not a name asked of ('what's NUE')
        q.phrased = q.intent != "search"
    return q  # the paper gives it to; 'who leads on the places-to-go priority': whom the papers give it to


def _only_an_id(ctx: Context, q: Question) -> bool:
    """Does the question name one action by its id and say nothing of it but how a status is asked
    and the action's own words ('LAC-4 complaints - still open?'; not 'why does SG-14 matter')?"""
    ids = _ids(q.text, names_for(ctx.db).prefixes)
    row = deadlines.action_by_short_id(ctx.db, ids[0], q.today) if len(ids) == 1 else None
    rest = [w for w in q.words if not ACTION_ID.fullmatch(w) and w not in STATE_WORDS and w not in ASKING_WORDS
            and w not in GENERIC_ACTION_WORDS]
    return bool(row) and (not rest or holds_all(row["text"], rest))


def _ids(text: str, prefixes: frozenset[str]) -> list[str]:
    """The action ids a text names, with the store's prefixes ('SG-3', not 'A-2' for a road)."""
    return list(dict.fromkeys(m.upper() for m in ACTION_ID.findall(text) if m.split("-")[0].upper() in prefixes))


def _history_asked(ctx: Context, q: Question) -> Reply:
    """'SG-11 full history': the history command's answer for the action named ('' asks which)."""
    ids = _ids(q.text, names_for(ctx.db).prefixes)
    if not ids:  # 'the caseloads rec: who's updated it': the one action its words name
        words = [w for w in q.words if w not in HISTORY_WORDS and w not in GENERIC_ACTION_WORDS]
        known = unwritten(ctx, words)[1] or words  # 'paeds cover rec': 'paeds' as read, the paediatrician it stands for
        near = find_actions(ctx, " ".join(known), known) if known else []
        ids = [r["short_id"] for r in actions_named(ctx, " ".join(known), known)] or (
            [near[0]["short_id"]] if len(near) == 1 else [])  # the one action nearest, when only one is (none says
        # 'cover')
        if len(ids) > 1:  # 'the complaints rec: who's updated it': SG-9 or LAC-4?
            shown = ", ".join(ids[:5]) + (", …" if len(ids) > 5 else "")
            return Reply(f"Which action? ‘{' '.join(words)}’ names {len(ids)}: {shown}. Type `history <id>`, "
                         f"e.g. `history {ids[0]}`.", intent="history", private=True)
        if not ids:  # 'who has updated it', 'the zebra crossing rec: who's updated it'
            said = f"No one action says \u2018{' '.join(words)}\u2019. " if words else ""
            return Reply(f"{said}Which action? Type `history <action>` with its id or words from its text; "
                         "\"what's overdue?\" lists actions with their ids.", intent="history", private=True)
    return updates.run_history(ctx, Command("history", target=ids[0] if len(ids) == 1 else ""))


ACTION_SAID = re.compile(r"\b(?:action|rec|recommendation|item|task|one)\s*[?!.]*$", re.I)  # 'update the X action'
HISTORY_WORDS = {"made", "updated", "updates", "update", "changed", "changes", "change", "edited", "edits", "touched",
                 "said", "say", "history", "logged", "posted", "notes", "trail", "audit", "trial", "paper", "every",
                 "see", "them", "it", "those", "these", "that", "this", "against", "anyone", "anybody", "note",
                 "entered", "added", "put", "written", "if", "action"}  # how its history is asked, not what the
# action says


def _asked_of_id(text: str, prefixes: frozenset[str]) -> str | None:
    """What an ask naming exactly one action by its id asks of it ('LAC-4 owner?', 'any changes
    logged against LAC-8?', 'SG-2 - latest position?'): its history, owner, due date or status;
    None when it names no id, several, or says none of these."""
    ids = _ids(text, prefixes)
    if len(ids) != 1:
        return None
    low = text.lower()
    return next((intent for intent, pattern in ID_ASKS if pattern.search(low)), None)


KIND_SAID = re.compile(r"\b(?:" + "|".join(sorted(TYPE_WORDS | {"network", "trust", "meeting", "scrutiny"})) + r")s?\b")
OWNER_ASKED = re.compile(r"\bwho(?: is|'s| are)? (?:responsible for|accountable for|in charge of|on the hook for)\b|"
                         r"\bwhose (?:job|responsibility|remit|task) is\b|"
                         r"\bwho(?: now| currently)? (?:delivers|leads|runs|owns|manages|handles|organises|puts on|"
                         r"picks up|is picking up|takes on|is taking on|is delivering|is leading|leads on|"
                         r"looks after)\b|"
                         r"\bwhich (?:team|service|department|directorate|organisation|agency|partner)s? "
                         r"(?:handles?|runs?|does|deals? with|manages?|leads?|looks? after|delivers?|"
                         r"is responsible)\b|"
                         r"\bwhich (?:group|body)s? (?:is overseeing|oversees|puts (?:(?:those|these|them|it|that) )?"
                         r"on|delivers|runs)\b|"
                         r"\bwho commissioned\b|"
                         r"\bwho (?:did|do|does|have|has) (?:we|they|it|the \w+) (?:write|wrote|develop|developed|"
                         r"produce|produced|draw up|drew up) (?:\w+ ){0,4}with\b|"
                         r"\bwho(?: is|'s| are) (?:the )?[\w ]{0,20}(?:partnering|in partnership) with\b")
# 'which group is overseeing the build' (a group or body only with a doing verb: not 'which group does the DCS chair'),
# 'who commissioned the external review', 'the threshold documents - who did we write them with'

def _spaced(ctx: Context, m: re.Match) -> str:
    """Letters run into a number ('NI57') as the papers write them ('NI 57'), unless they are an
    action's id or the papers write them run together."""
    if m[1].upper() in names_for(ctx.db).prefixes or fulltext.used(ctx.db, m[0]):
        return m[0]
    spaced = f"{m[1]} {m[2]}"
    return spaced if fulltext.used(ctx.db, spaced) else m[0]


@functools.cache
def _asks(word: str) -> bool:
    """Does the word alone say how a question asks ('chairperson')? Then it is read as typed."""
    return bool(score_intents(word))


def _as_written(ctx: Context, word: str) -> str:
    """'cardholders' as the papers write it, 'card holders'; 'assesments' as the English word the
    papers use, 'assessments'; an English word or one the grammar knows ('deadline',
    'timescale') as it is."""
    if english_use(word) or word in RULE_WORDS or word in TIME_WORDS or word in FILLER or _asks(word) or \
            fulltext.used(ctx.db, word):
        return word
    names = names_for(ctx.db)
    if any(index.similar(word) for index in (names.body_index, names.person_index, names.council_index)):
        return word  # 'middlesborough' is Middlesbrough misspelt, not two words
    written = fulltext.as_written(ctx.db, word)
    if written != word:
        return written
    meant = english_near(word)
    return meant if meant and fulltext.used(ctx.db, meant) else word


ROUTES["history"] = _history_asked


def answer_question(ctx: Context, text: str) -> Reply:
    return answer_parsed(ctx, parse(ctx, text))


TRACKER_WIDE = {"help", "recent", "history", "due", "overdue", "status_list"}  # nothing found is the answer


def answer_parsed(ctx: Context, q: Question) -> Reply:
    if q.other_bodies:  # a body first named in later papers is no alternative yet
        seen = lookup.bodies_on_record(ctx.db, q.today)
        q.other_bodies = [b for b in q.other_bodies if b in seen]
    q.council = q.council or scope.own_council(ctx, q)
    q.scope = scope.documents(ctx, q)
    if q.scope == frozenset():
        return scope.none_yet(ctx, q)
    reply = ROUTES.get(q.intent, search.answer_search)(ctx, q)
    if q.phrased and not reply.items and q.intent not in TRACKER_WIDE:  # read by its likeness to known phrasings,
        searched = search.answer_search(ctx, replace(q, intent="search"))  # and that found nothing: what the papers
        reply = searched if searched.items else reply  # say, if they say anything ('why did leeds set up local
        # partnerships' is no body to describe); 'no updates have been recorded' is an answer
    if q.intent in UNDATED and reply.items:
        return reply
    return reply.note_age(q.today, lookup.newest_document(ctx.db, q.today))


def respond(ctx: Context, text: str) -> Reply:
    """The reply to one message: a command, or an answered question."""
    if ERRAND.match(text):  # 'can u order pizza for the IB': an errand, not a question of the records
        return Reply("I can't do that: I answer questions about the governance records and record managers' "
                     "status updates.", notes=["Type \"help\" to see what I can answer."], intent="help",
                     private=True)
    text = normalise_command(text, names_for(ctx.db).prefixes)
    marked = _marked(ctx, text)  # 'SG-3 is delayed, mark it done': an instruction in a remark, before any reading
    if marked:  # of the remark itself as a command
        return marked
    command = parse_command(text)
    if command is None:
        return respond_question(ctx, text)
    refusal = updates.refuse(ctx, command, text)
    if refusal:
        return refusal
    if command.verb == "usage":
        target = parse(ctx, command.target) if command.target else None
        if target and not (target.theme and not target.person):
            named = actions_named(ctx, command.target, target.words)
            if not named and not ACTION_SAID.search(command.target):
                return respond_question(ctx, text)  # 'mark peel - what's his job': a question, not an update
            return updates.usage_of_nearest(ctx, command.value, target.words, target.today)  # 'update the out of
            # city placements QA action': which action, and to what?
        typed = [i for i in _ids(text, names_for(ctx.db).prefixes)
                 if deadlines.action_by_short_id(ctx.db, i, ctx.today)]  # 'mark SG-3': its own id, if held by then
        return Reply(f"Usage: {updates.with_example(ctx, command.value, typed[0] if len(typed) == 1 else None)}",
                     intent="usage",
                     private=True)  # 'update lac thingy': which, to what?
    reply = run_command(ctx, command)
    if ctx.conversation:  # 'update SG-3 to done' then 'and who owns it?': SG-3, never the action asked of before it
        key = (lookup.store_path(ctx.db), ctx.team, ctx.channel, ctx.thread, ctx.user)
        ids = _ids(text, names_for(ctx.db).prefixes)
        if len(ids) == 1:
            MEMORY.put(key, parse(ctx, f"status of {ids[0]}"))
        else:
            MEMORY.forget(key)
    return reply


NOT_YET = re.compile(r"\b(?:will|would|should|could|may|might|must|going to|about to|to be|still to|yet to|set to|"
                     r"due to|not|never|next|hopefully|probably|expected|planned|if|once|unless|until|after|when|"
                     r"maybe|perhaps|think|hasn'?t|haven'?t|isn'?t|won'?t|didn'?t|doesn'?t)\b", re.I)  # said of what is
# not done, or not surely


def _marked(ctx: Context, text: str) -> Reply | None:
    """'The youth hub opened last week, mark it done': an instruction whose action is named in a remark
    is never recorded by itself; the command to type is shown, with the one action the remark names.
    Only a remark saying plainly, and only, the very status asked for ('the youth hub is delayed, mark
    it delayed') is recorded as that remark; one that doubts, denies or asks another status, or names
    two actions, names no action in the command shown."""
    m = MARK_IT.match(" ".join(text.split()))
    if not m:
        return None
    remark, status = m["remark"].strip(" -–—"), parse_status(m["status"]) or m["status"]
    ids = _ids(remark, names_for(ctx.db).prefixes)
    plain = status_remark(remark)
    doubted = bool(NOT_YET.search(remark))
    crossed = bool(plain) and parse_status(plain[1]) != status
    if plain and not plain[2] and not doubted and not crossed and len(ids) <= 1:
        recorded = _update_hint(ctx, remark, (plain[0], plain[1], remark))
        if recorded:
            return recorded
    rows = [deadlines.action_by_short_id(ctx.db, i, ctx.today) for i in ids] if ids else actions_named(
        ctx, remark, [w for w in parse(ctx, remark).words if w not in STATE_WORDS and not parse_status(w)])
    rows = [r for r in rows if r]
    who = "" if updates.is_manager(ctx) else " (only managers and admins can)"
    if len(rows) == 1 and not doubted and not crossed:
        return Reply(f"Nothing was changed. To record that{who}, type: `update {rows[0]['short_id']} to {status} - "
                     f"{remark}`", intent="usage", private=True)
    which = f"‘{remark}’ could be {', '.join(r['short_id'] for r in rows[:5])}. " if len(rows) > 1 else ""
    why = "The remark says otherwise or is not sure. " if doubted or crossed else ""
    return Reply(f"Nothing was changed. {which}{why}To record it{who}, type `update <action> to {status} - <note>` "
                 "with the action's id.", intent="usage", private=True)


def _update_hint(ctx: Context, text: str, said: tuple | None = None) -> Reply | None:
    """A remark that an action's status changed ('the contact centre work is done now'): from a
    manager, the update it says (reversible with undo); from anyone else, how a manager would
    record it, with the action's id, and nothing is changed."""
    said = said or status_remark(text)
    if not said:
        return None
    named = _ids(said[0], names_for(ctx.db).prefixes)
    if len(named) > 1:  # 'SG-3 and SG-4 are done': one update each, never the first alone
        return Reply(f"Nothing was changed: ‘{said[0]}’ names {len(named)} actions. Update one at a time, e.g. "
                     f"`update {named[0]} to {parse_status(said[1]) or said[1]}`.", intent="usage", private=True)
    words = [w for w in parse(ctx, said[0]).words if w not in STATE_WORDS]  # 'the hub opened': 'opened' says how
    words = before_work(words, 2)  # 'the contact centre work'
    rows = actions_named(ctx, said[0], words)
    unsaid, known = unwritten(ctx, words) if not rows else ([], [])
    if unsaid and known:  # 'the paediatrician rota one is on track now': no paper says 'rota'; which is meant is
        rows = actions_named(ctx, " ".join(known), known)  # a guess, asked and never recorded
    if len(rows) != 1:
        return None
    command = Command("update", target=rows[0]["short_id"], value=said[1], note=said[2], status=parse_status(said[1]))
    if SAID_PLAINLY.match(said[1]) and not unsaid and not updates.refuse(ctx, command, text, log=False):  # not 'X is
        # late': a complaint as often as a report
        return run_command(ctx, command)
    typed = f"update {rows[0]['short_id']} to {command.status}" + (f" - {said[2]}" if said[2] else "")
    guess = (f"No action says ‘{' '.join(unsaid)}’; if you meant {rows[0]['short_id']} "
             f"({trim(rows[0]['text'], 90)}), type" if unsaid else "To record that, type")
    return Reply(f"Nothing was changed. {guess}: `{typed}`", intent="usage", private=True)


def respond_question(ctx: Context, text: str) -> Reply:
    if updates.ACCESS_ASKED.search(text):
        return updates.answer_access(ctx, text)
    hint = _update_hint(ctx, text)
    if hint:
        return hint
    if ctx.conversation:  # 'and which are amber?': read with the question before
        q = parse(ctx, text)
        key = (lookup.store_path(ctx.db), ctx.team, ctx.channel, ctx.thread, ctx.user)
        prev = MEMORY.get(key)
        followed = followup.resolve(prev, q, text, names_for(ctx.db), lambda t: parse(ctx, t)) if prev else None
        MEMORY.put(key, followed or q)
        if followed:
            return answer_parsed(ctx, followed)
    # the same question on the same day of the same records gets the same answer: kept
    # until the records change (per user: answers about "me" differ by who asks)
    asked = " ".join(text.split())  # capitals count: 'what is NUE' is not 'what is nue'
    who = ctx.user if PERSONAL.search(asked.lower()) else ""
    return copy.deepcopy(remembered(ctx, "answer", ctx.today, lambda: answer_question(ctx, text), asked, who))


def run_command(ctx: Context, command: Command) -> Reply:
    if command.verb == "help":
        return help.answer_help(ctx, parse(ctx, "help"))
    if command.verb == "summary":
        q = parse(ctx, f"summary {command.target or ''}")
        reply = summary.answer_summary(ctx, q)
        return reply.note_age(q.today, lookup.newest_document(ctx.db, q.today))
    if command.target and command.verb in ("update", "owner", "due", "note", "history"):
        command.words = parse(ctx, command.target).words  # 'the PEP action': personal education plans
    if command.verb in ("update", "owner", "due"):
        return updates.run_update(ctx, command)
    if command.verb == "calendar":
        return calendar.answer_calendar(ctx, os.environ.get("CLERK_PUBLIC_URL"), renew=command.value == "revoke")
    if command.verb == "reminders":
        return schedules.run_reminders(ctx, command.value == "on")
    if command.verb == "digest":
        return schedules.run_digest(ctx, command.target, command.value, command.raw_value)
    if command.verb == "digests":
        return schedules.run_digests(ctx)
    if command.verb in ("meeting", "cancel_meeting"):
        body, _others = names_for(ctx.db).body(parse(ctx, command.target or "").words)
        return updates.run_meeting(ctx, command, body)
    return {"undo": updates.run_undo, "role": updates.run_role, "note": updates.run_note,
            "history": updates.run_history}[command.verb](ctx, command)
