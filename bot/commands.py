"""The command grammar shared by Slack and the CLI (see PRODUCT.md). Anything that does not
parse as a command is a question."""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from handlers.updates import Command
from store.dates import find_dates
from store.vocab import STATUS_SYNONYMS, parse_status

from .wording import english_use

ROLE_NAMES = {"viewer": "viewer", "staff": "viewer", "manager": "manager", "admin": "admin",
              "administrator": "admin"}
NOTE = re.compile(r"\s+(?:-|–|—)\s+(.*)$|\s*:\s+(.*)$|\s+(?:note|because)\s*:?\s+(.*)$", re.I)
SHORT_ID = r"[A-Za-z]{1,4}-\d{1,5}"
WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
DIGEST = re.compile(r"^digest\s+(?P<channel>here|<#[A-Z0-9]+(?:\|[^>]*)?>|#?[\w-]+)\s+(?P<cadence>off|daily|weekly)"
                    r"(?:\s+(?:on\s+)?(?P<day>mon|tue|wed|thu|fri|sat|sun)[a-z]*)?"
                    r"(?:\s+(?:at\s+)?(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s*(?P<ampm>am|pm)?)?\s*$", re.I)
MENTION = re.compile(r"<@([A-Z0-9]+)(?:\|[^>]*)?>")


def _split_note(text: str) -> tuple[str, str | None]:
    m = NOTE.search(text)
    if not m:
        return text.strip(), None
    return text[:m.start()].strip(), (m[1] or m[2] or m[3] or "").strip() or None


def _user(text: str) -> str:
    m = MENTION.search(text)
    return m[1] if m else text.strip().strip("@")


UPDATE_USAGE = "update <action> to <status> [- note], e.g. update {id} to in progress - agreed at the board"  # {id}:
# an action id the store holds (handlers.updates.with_example)
USAGE = [  # (a command begun but not finished, how to finish it)
    (rf"^(?:update|set)\s+(?:{SHORT_ID}(?:\s+(?:to|as))?|to\s+\S+)\s*$|^(?:change|flag|put|move|switch)\s+"
     rf"{SHORT_ID}(?:\s+(?:to|as))?\s*$|^(?:update|set|close|sign off|change|flag)\s*$|^update\s+(?:the|a|an)\s*$|"
     rf"^{SHORT_ID}\s*(?:->|→|=>|:|to)\s*$", UPDATE_USAGE),
    (rf"^mark(?:\s+{SHORT_ID})?\s*$|^mark\s+as\s+[\w ]+$",
     "mark <action> as <status> [- note], e.g. mark {id} as done"),
    (r"^role(?:\s+\S+)?\s*$", "role <user> <viewer|manager|admin>, e.g. role U024BE7LH manager"),
    (r"^history(?:\s+(?:of|for))?\s*$", "history <action>, e.g. history {id}"),
    (rf"^owner(?:\s+{SHORT_ID})?\s*$", "owner <action> <person>, e.g. owner {id} Jane Smith"),
    (rf"^note(?:\s+{SHORT_ID})?\s*[:\-–—]?\s*$", "note <action> <text>, e.g. note {id} two more staff started"),
]


VERBS = ["update", "mark", "history", "owner", "note", "role", "undo", "summary", "digest", "due", "meeting"]
DASHED = re.compile(r"\b([A-Za-z]{1,4})[\u2010-\u2015\u2212](\d{1,5})\b")  # 'SG–3' as Word or Slack types it


POLITE = re.compile(r"^(?:please|pls|plz|can you|could you|can u|could u|kindly)\s+|[\s,]+(?:please|pls|plz|thanks|"
                    r"thank you|cheers|ta)\s*[.!]*$", re.I)
APOLOGY = r"(?:sorry|oops|whoops|my bad|my mistake)"
MISTAKE = (r"(?:(?:posted|put|logged|added|made|did|done|applied|entered|updated)(?: it| that| this)? (?:to|on|against|"
           r"for|in) (?:the )?wrong (?:one|action|rec|recommendation|item|id)|wrong (?:one|action|rec|item|status)|"
           r"my (?:mistake|bad)|mistake|oops|whoops|sorry|typo|"
           r"mis-?click(?:ed)?|fat[- ]finger(?:ed)?|didn'?t mean that|ignore that)")  # said with 'undo'
STATUS_WORDS = r"done|complete|completed|finished|in progress|at risk|delayed|not started|on track|blocked"
ID_STATUS_WORDS = rf"{STATUS_WORDS}|started|underway|on hold|signed off|closed|ongoing|progressing"  # said of an id
# ('SG-12 started')
STATE = rf"{ID_STATUS_WORDS}|stalled"  # what a status phrasing below may set ('put SG-11 on hold')
RETRACTED = re.compile(r"^(?:never ?mind|scratch (?:that|this)|scrap (?:that|this)|ignore (?:that|this|me)|cancel|undo|"
                       r"just kidding|jk|kidding|wrong one|correction|oh wait|hold on|hang on|wait|err|erm|hmm)\b")
HEDGE_FIRST = re.compile(r"^(?:not sure|not yet|no|nope|nah|actually|sorry|oops|or|not|maybe|perhaps|possibly|probably|"
                         r"i think|i guess)\b")  # a note may begin so ('no issues', 'actually finished in May')
CONDITIONAL = re.compile(r"^(?:once|if|when|as soon as|pending|subject to|assuming|provided)\b")
LEADING_STATUS = re.compile(rf"^(?:(?:still|now|it'?s|it is|make it|should be|to|more like|rather)\s+)?"
                            rf"({STATUS_WORDS})\b")
BACK_WORDS = re.compile(r"^(?:no|not|nope|nah|wait|sorry|actually|scratch|ignore|leave|undo|wrong|cancel|never)\b")
ASKED_AFTER = re.compile(r"^(?:who|whom|whose|what|when|where|why|how|which|is|isn'?t|are|aren'?t|was|were|has|hasn'?t|"
                         r"have|haven'?t|did|didn'?t|does|do|can|could|right|correct|yes|true|surely)\b(?!-)|"
                         r"^(?:is|are|was|were|has|have|do|does|did)n'?t (?:it|they|we|he|she)\b|"
                         r"^or (?:is|are|was|were|has|have) (?:it|they)\b", re.I)  # a question after it
SAID_AS = [  # how people phrase the grammar's commands → the grammar's own words; first match wins
    (re.compile(rf"^(?!.*\?\s*$)(?:change|move|switch|set|put|flag|mark|update|turn|revert|return|record|log|"
                rf"enter)\s+({SHORT_ID})"
                r"(?:'s)?\s+"
                r"(?:status\s+)?"
                rf"(?:(?:to|as|into|->|→|=>)\s+)?({STATE})\b(.*)$", re.I),
     lambda m: f"update {m[1]} to {m[2]}{m[3]}"),  # 'change SG-6 status to delayed', 'put SG-11 on hold'
    (re.compile(rf"^(?!.*\?\s*$)(?:change|move|switch|set|put|flag|turn)\s+({SHORT_ID})(?:'s)?\s+(?:status\s+)?"
                r"(?:to|as|into)\s+(\S.*)$", re.I),
     lambda m: f"update {m[1]} to {m[2]}"),  # 'change LAC-5 to amberish': the update grammar says what is wrong
    (re.compile(rf"^(?!.*\?\s*$)(?:mark|set|flag)\s+({STATE})\s+({SHORT_ID})\b(.*)$", re.I),
     lambda m: f"update {m[2]} to {m[1]}{m[3]}"),  # 'mark done SG-4'
    (re.compile(rf"^(?!.*\?\s*$)({SHORT_ID})\s+(?:to|as)\s+({STATE})\b(.*)$", re.I),
     lambda m: f"update {m[1]} to {m[2]}{m[3]}"),  # 'SG-3 to done'
    (re.compile(rf"^(?!.*\?\s*$)(?:close|close off|sign off|complete|finish)\s+({SHORT_ID})\b(?!\s+by\b)(.*)$",
                re.I),
     lambda m: f"update {m[1]} to done{m[2]}"),  # 'close SG-4 - all signed off'
    (re.compile(rf"^(?!.*\?\s*$)(?:start|begin|kick off)\s+({SHORT_ID})\b(?!\s+by\b)(.*)$", re.I),
     lambda m: f"update {m[1]} to in progress{m[2]}"),
    (re.compile(rf"^(?!.*\?\s*$)({SHORT_ID})(?:\s+(?:status|update|now))?\s*(?:->|→|=>|:|-|–|—)\s*({STATE})\b(.*)$",
                re.I),
     lambda m: f"update {m[1]} to {m[2]}{m[3]}"),  # 'LAC-3 -> done', 'LAC-5: at risk - no funding', 'LAC-2 status:
    # delayed'
    (re.compile(rf"^(?!.*\?\s*$)(?:we|i)(?:'ve| have)?\s+(?:now\s+|just\s+)?(finished|completed|closed(?: off)?|"
                rf"signed off|started|begun|kicked off)\s+(?:work on\s+)?({SHORT_ID})\b(.*)$", re.I),
     lambda m: f"update {m[2]} to {'in progress' if m[1].lower() in ('started', 'begun', 'kicked off') else 'done'}"
               f"{m[3]}"),  # "we've finished SG-5", 'we have started LAC-9 - consultation booked'
    (re.compile(rf"^({SHORT_ID})\s*[-:–—]?\s*what(?:'s| has)?\s+happened\s+(?:to|with)\s+(?:it|this|that)"
                r"(?:\s+so far)?\s*\??$|"
                rf"^what(?:'s| has)?\s+been\s+done\s+(?:to|on|with|about)\s+({SHORT_ID})(?:\s+(?:so far|to date|yet))?"
                r"\s*\??$|"
                rf"^(?:what(?:'s| has)?\s+)?happened\s+(?:to|with)\s+({SHORT_ID})\s*\??$|"
                rf"^(?:audit trail|change ?log|update log|log|changes)\s+(?:for\s+|of\s+|on\s+)?({SHORT_ID})\s*\??$",
                re.I), lambda m: f"history {next(g for g in m.groups() if g)}"),  # 'what happened to LAC-8',
    # 'audit trail SG-3', "what's been done to SG-3 so far"
    (re.compile(rf"^(?:show\s+(?:me\s+)?)?(?:the\s+)?(?:history|changes|log|edits|timeline of changes)\s+"
                rf"(?:(?:made|logged|recorded)\s+)?(?:for|of|on|to|against)\s+"
                rf"({SHORT_ID}|(?:the\s+)?[\w' -]{{2,80}}?\b(?:action|rec|recommendation|one))"
                r"\s*\??$", re.I), lambda m: f"history {m[1]}"),  # 'edits to the caseload rec?'
    (re.compile(r"^(?:(?:show|give|get)\s+(?:me\s+)?|what(?:'s| is)\s+)?(?:the\s+)?"
                r"(?:audit (?:trail|log)|(?:change|update|edit) trail|change ?log|update log|"
                r"trail of (?:changes|updates|edits))\s+(?:for|of|on)\s+"
                r"(.{2,80}?)\s*\??$", re.I),
     lambda m: f"history {m[1]}"),  # a tracker's words: any target
    (re.compile(r"^(.{2,80}?)\s*[-:–—]\s*(?:the\s+|its\s+)?(?:(?:every|all|each)\s+(?:the\s+)?(?:edits?|changes?|"
                r"updates?)|(?:full\s+)?(?:record|list|log)\s+of\s+(?:its\s+)?(?:edits|changes|updates)|"
                r"(?:edit|change|update)\s+history|(?:full\s+)?(?:audit|update|change|edit)\s+trail)(?:\s+so\s+far)?"
                r"\s*\??$", re.I),
     lambda m: f"history {m[1]}"),  # 'core assessments - every edit so far', 'caseloads rec: full update trail'
    (re.compile(r"^what(?:'s|\s+has|\s+have)?\s+(?:been\s+|got\s+)?(?:logged|recorded|posted|noted|entered)\s+"
                rf"(?:against|for|on|under)\s+({SHORT_ID}|(?:the\s+)?.{{2,80}}?\b(?:action|rec|recommendation|one))"
                r"(?:\s+(?:so far|to date|yet))?\s*\??$", re.I),
     lambda m: f"history {m[1]}"),  # 'what has been logged against the 24/7 paed rec'
    (re.compile(r"^(?:(?:show|give|get|list)\s+(?:me\s+)?)?(?:the\s+)?(?:(?:past|previous|earlier|old)\s+(?:updates|"
                r"statuses|notes|changes)|(?:every|all|each|full\s+record\s+of)\s+(?:the\s+)?edits?)\s+"
                r"(?:for|of|on|to|against)\s+(.{2,80}?)\s*\??$", re.I),
     lambda m: f"history {m[1]}"),  # 'all edits to the PEP action', 'past updates for the caseload rec'
    (re.compile(rf"^({SHORT_ID}|(?:the\s+)?[\w' -]{{2,80}}?\b(?:action|rec|recommendation))\s*[-:–—]?\s*(?:its\s+)?"
                r"(?:change ?log|audit (?:trail|log)|update log|history|edit history|changes)\s*\??$", re.I),
     lambda m: f"history {m[1]}"),  # 'SG-7 change log', 'the PEP rec - history'
    (re.compile(rf"^(?:has|have)\s+(?:anyone|anybody|someone|somebody|any managers?|a manager)\s+(?:changed|"
                rf"updated|edited|touched)\s+({SHORT_ID}|(?:the\s+)?.{{2,80}}?\b(?:action|rec|recommendation|one))"
                r"(?:\s+(?:yet|lately|recently))?\s*\??$", re.I),
     lambda m: f"history {m[1]}"),  # 'has anyone updated SG-3'
    (re.compile(r"^who(?:'s| has| is| have)?\s+(?:been\s+)?(?:changed|updated|updating|edited|editing|"
                r"touched|touching)\s+(?:the\s+)?(.{2,80}?\b(?:action|rec|"
                rf"recommendation|one)|{SHORT_ID})(?:\s*,?\s*and\s+(?:when|what (?:did )?(?:they|he|she) "
                r"(?:say|said|write|wrote|put|note|noted)))?\s*\??$", re.I),
     lambda m: f"history {m[1]}"),  # 'who's changed the core assessments rec and when', "who's been updating the CP
    # training action, and what did they say"
    (re.compile(r"^(?:(?:are there|have we got|is there)\s+)?any\s+notes?\s+(?:(?:been\s+)?(?:logged|recorded|left|"
                r"added|posted|put|made|written)\s+)?(?:on|against|for|to|about|under)\s+"
                rf"({SHORT_ID}|(?:the\s+)?.{{2,80}}?\b(?:action|rec|recommendation|one))(?:\s+(?:so far|yet))?\s*\??$",
                re.I),
     lambda m: f"history {m[1]}"),  # 'any notes logged on the 24/7 paediatrician action?'
    (re.compile(rf"^(?:{MISTAKE}[\s,.!;:-]*)*(?:please\s+)?(?:put|set|change|switch|"
                r"turn)\s+(?:it|that|this)\s+back(?:\s+(?:to\s+)?(?:how|the way|what)\s+it\s+was)?[\s.!]*$", re.I),
     lambda m: "undo"),  # 'oops wrong one, put it back how it was'
    (re.compile(rf"^who(?:'s| is)\s+(?:on the hook|responsible|accountable)\s+for\s+({SHORT_ID})\s*\??$", re.I),
     lambda m: f"who owns {m[1]}?"),
]


TAIL_ASKED = re.compile(r"(?:,|\s[-–—]\s)\s*(?:is that|isn'?t it|aren'?t they|right|correct|surely|yes or no|or not|"
                        r"no\?|yes\?)\b", re.I)


def normalise_command(text: str, prefixes: frozenset[str] = frozenset()) -> str:
    """The text as the grammar reads it: an action id with an en dash or no hyphen ('SG–3', 'SG3',
    for a prefix the records use), a misspelt verb before an id ('udpate SG-3', 'hisotry SG-3'),
    without 'please', and the usual phrasings of a command ('undo my last change', 'show history
    for SG-3', 'who's on the hook for SG-3') in the grammar's words."""
    raw = DASHED.sub(r"\1-\2", " ".join(text.split()))
    if re.match(r"(?:can|could|would|will) (?:you|u)\s+(?!(?:please\s+)?(?:mark|update|set|change|put|move|close|"
                r"flag)\b).*\?\s*$", raw, re.I):
        return raw  # 'can u note SG-7 - has the panel agreed?': asked, never a command to record; 'can you roll that
        # back?' is read as an undo asked of Clerk
    raw = POLITE.sub("", POLITE.sub("", raw)).strip()
    raw = re.sub(rf"^(update|mark|note|history|due)\s*:\s*(?={SHORT_ID}\b)", r"\1 ", raw, flags=re.I)  # 'update:
    # SG-3 done'
    if prefixes:  # 'SG3' for SG-3, never 'A2' (a road) for an action A-2
        raw = re.sub(r"\b([A-Za-z]{2,4})(\d{1,5})\b",
                     lambda m: f"{m[1]}-{m[2]}" if m[1].upper() in prefixes else m[0], raw)
    for pattern, said in [] if TAIL_ASKED.search(raw) else SAID_AS:  # 'SG-3 to done, right': asked, not said
        m = pattern.match(raw)
        if m:
            raw = said(m)
            break
    first, _, rest = raw.partition(" ")
    shaped = {"update": rf"{SHORT_ID}\s+to\s", "mark": rf"{SHORT_ID}\s+(?:as\s)?", "history": rf"{SHORT_ID}\s*$",
              "owner": rf"{SHORT_ID}\s", "note": rf"{SHORT_ID}\s", "due": rf"{SHORT_ID}\s"}
    if first.lower() not in VERBS:
        guess = process.extractOne(first.lower(), list(shaped), scorer=fuzz.ratio, score_cutoff=80)
        if guess and re.match(shaped[guess[0]], rest):  # 'udpate SG-3 to done'; not 'dated SG-3'
            raw = f"{guess[0]} {rest}"
    return raw


STATUS_SAYINGS = "|".join(sorted((re.escape(w) for ws in STATUS_SYNONYMS.values() for w in ws), key=len,
                                 reverse=True))  # 'mark the caseload work finished': any word for a status
ASKING = (r"(?:who|whom|whose|what|what's|when|where|where's|why|how|how's|which|any|is|are|has|have|does|do|did|"
          r"can|could|should|would|will)\b")
STATUS_SAID = re.compile(rf"^({SHORT_ID})\s+(?:is\s+)?(?:now\s+)?(.+?)\s*[.!]?$", re.I)  # 'SG-14 is done'
SAID_DONE = re.compile(rf"^(?:{STATUS_WORDS})\b", re.I)
SAID_OF_ID = re.compile(rf"^(?:{ID_STATUS_WORDS})\b", re.I)  # said of an id, these are updates; 'SG-3 is late' may
# be a complaint


CONDITION = r"(?!(?:if|once|when|whenever|assuming|unless|until|provided|as soon as|should|hopefully|probably)\b)"
# a condition or a hope is no report of progress ('if the youth hub is done, mark it done')
ASKED_FIRST = r"(?!(?:(?:by|until|till|from|in|on|at|for|and|but|ok|okay)\s+)?(?:what|which|who|when|where|why|" \
    r"how|is|are|has|have|did|does|do)\b)"  # 'by what date should the play areas have been finished': asked
STATUS_REMARK = re.compile(rf"^{ASKED_FIRST}{CONDITION}"
                           rf"(.+?)(?:\s+(?:is|are|has been|have been|was|were)\s+(?:now\s+)?|\s+now\s+)"
                           rf"((?:{STATUS_SAYINGS}))\b"
                           r"(?:\s+(?:now|today))?\s*(?:[,;:\-–—]\s*(.+?))?\s*[.!]*$", re.I)


STATUS_DASHED = re.compile(rf"^(?!(?:what|which|who|when|where|why|how|is|are|has|have|did|does|do|any)\b){CONDITION}"
                           r"([^,;:?]+?)(?:\s+[-–—]+|\s*:)\s+(done|complete|completed|finished|signed off|at risk|"
                           r"delayed|blocked|in progress)"
                           r"(?:\s+(?:now|today))?"
                           r"(?:(?:\s*[,;:]|\s+[-–—]+)\s+(.+?))?\s*[.!]*$", re.I)  # 'play areas - done, all 11 open'


MARK_IT = re.compile(r"^(?!\s*(?:what|whats|which|who|whos|when|where|wheres|why|how|hows|is|are|has|have|did|does|"
                     r"do|can|could|should|update|mark|set|flag|change|put|move|history|undo|note|owner|role)\b)"
                     r"(?P<remark>.{3,}?)\s*(?:[,;:.(]|\s[-–—]|\s(?:and|so)\b)\s*(?:(?:so|now|then|can you|could you|"
                     r"would you|pls|please|just|and)\s+)*(?:mark|set|flag|change|put|update|move)\s+(?:(?:it|that|"
                     r"this)"
                     r"(?: one)?\s+)?(?:off\s+)?(?:(?:as|to|down as|into)\s+)?"
                     rf"(?P<status>{STATUS_SAYINGS})(?:\s+(?:now|please|pls|thanks|ta|for me))?\s*[.!?)]*\s*$", re.I)
# 'the youth hub opened last week, mark it done', '… - can you mark it as done now?', '(mark it done)'


def status_remark(text: str) -> tuple[str, str, str | None] | None:
    """'contact centre stuff is done now, signed off by HoS', 'play areas - done, all 11 open':
    (what, status, note), a remark the update grammar could record; never a question (nor 'youth hub
    - on track', as often asked as said), nor a condition ('if the youth hub is done')."""
    text = " ".join(text.split())
    m = STATUS_REMARK.match(text) or STATUS_DASHED.match(text)
    if not m or text.rstrip().endswith("?") or "?" in m[1] or _expected(text[:m.end(2)]) or HEDGED.match(text) or \
            ASKED_OF.search(m[1]) or (
            m[3] and (_taken_back(m[3], m[2]) or "?" in m[3])):  # 'SG-3 is done, no wait', "… done, isn't
        return None  # it", '… might not have been completed', 'I think SG-3 is done'
    return m[1], m[2], m[3]


def _taken_back(tail: str, status: str) -> bool:
    """Does what follows a status take it back, doubt it, ask or make it conditional ('Actually no', 'no sorry,
    in progress', 'delayed', 'who signed it off', 'once panel agrees'), rather than add to it ('actually finished
    last month', 'no consultant funding', 'only 40% done', 'not sure of end date yet, audit booked')?"""
    said = tail.lower().strip(" .!,;:-()")
    if tail.rstrip().endswith("?") or ASKED_AFTER.match(said) or RETRACTED.match(said) or CONDITIONAL.match(said):
        return True
    if _other_status(said, status):  # 'done. delayed', 'done. still in progress'
        return True
    first = HEDGE_FIRST.match(said)
    if not first:
        return False
    rest = said[first.end():].strip(" ,.!-:;")
    bare = re.sub(r"\b(?:though|then|really|sure|quite|yet|either)\b", " ", rest).strip(" ,.!-")
    return not bare or bool(BACK_WORDS.match(rest)) or _other_status(rest, status)  # 'actually no, leave it',
    # 'Not yet though', 'nope, still in progress'


def _other_status(said: str, status: str) -> bool:
    lead = LEADING_STATUS.match(said)
    return bool(lead) and parse_status(lead[1]) != parse_status(status)


MODAL_SAID = re.compile(rf"\b(should|would|could|must|might|may|will|shall|ought to)\b(?:\s+\w+){{0,3}}?\s+"
                        rf"(?:have|be)\s+(?:been\s+)?(?:\w+\s+)?(?:{STATUS_SAYINGS})\b", re.I)
# 'should by now have been completed', 'might not have been done'; not 'done - will be reported to the board'
ASKED_OF = re.compile(r"\b(?:if|whether|tell me|let me know|check|see|remind me|find out|say|know|wonder|wondering|"
                      r"ask|asking)\b", re.I)  # 'tell me if LAC-5 is at risk': asked, never said
HEDGED = re.compile(r"^\W*(?:i think|i believe|i guess|i reckon|maybe|perhaps|probably|possibly|apparently|hopefully|"
                    r"supposedly|not sure (?:if|whether))\b", re.I)  # 'I think SG-3 is done': not said as fact


def _expected(text: str) -> bool:
    """A status expected, doubted or to come ('X should have been finished', 'might not have been completed'),
    never 'the play areas promised for may have been finished': May the month."""
    return any(not (m[1].lower() == "may" and re.search(r"\b(?:for|in|by|until|till|since|from|of|during|end of|"
                                                        r"early|late|mid)\s+$", text[:m.start()], re.I))
               for m in MODAL_SAID.finditer(text))


UNDO_VERB = re.compile(r"\b(?:undo|revert|reverse|roll ?back|roll (?:that|it|this) back|back out|"
                       r"take (?:(?:that|it|this) )?back|retract|restore|"
                       r"cancel|scrap|scrub|bin|ditch|delete|remove|go back|ctrl[-+ ]?z)\b")
UNDO_ONLY_OF = {"cancel": {"update", "change", "edit", "status"}}  # not 'cancel this', 'cancel the meeting', 'cancel
# the last recommendation'
UNDO_ONLY_OF |= {verb: UNDO_ONLY_OF["cancel"] for verb in ("scrap", "scrub", "bin", "ditch", "delete", "remove")} | {
    "go back": UNDO_ONLY_OF["cancel"] | {"step"}}
UNDO_BEFORE = {"could", "would", "you", "please", "pls", "just", "i", "need", "want", "like", "to", "i'd", "let",
               "me", "that", "was", "is", "it", "wrong", "right", "incorrect", "a", "made", "meant", "oh", "argh",
               "ugh", "hmm", "error", "one", "mistake", "sorry", "oops", "whoops", "the", "status", "bad", "my",
               "can"}  # 'that was wrong - undo it'; never 'no', 'not' or 'didn't'
NEGATED = re.compile(r"\b(?:no|not|don'?t|didn'?t|never|won'?t|shouldn'?t|needn'?t|can i|how (?:do|can|should) i)\b")
UNDO_OBJECT = {"that", "it", "this", "my", "the", "last", "latest", "previous", "most", "recent", "change", "changes",
               "update", "edit", "one", "status", "post", "entry", "what", "i", "just", "did", "made", "posted",
               "entered", "changed", "set", "please", "pls", "now", "again", "action", "rec", "recommendation",
               "thanks", "quick", "quickly", "back", "how", "was", "before", "way", "to", "on", "for", "of", "thing",
               "step", "from", "earlier", "today", "ago", "minute", "minutes", "a", "an", "there", "mine", "me",
               "you", "previously", "value", "one's", "whatever", "whichever", "updated", "edited", "logged", "put",
               "added", "marked", "recorded", "submitted"}
UNDO_SAID_OF = {"change", "changes", "update", "edit", "last", "latest", "previous", "status", "post", "entry", "it",
                "that", "this", "what", "whatever", "step"}  # what 'revert', 'reverse' or 'roll back' is said of
UNDO_OF = re.compile(r"\b(?:to|on|for|of)\s+(?:the\s+)?(.+)$")  # 'undo my change to the complaints action'


def _undo_misspelt(word: str) -> bool:
    """'udno', 'undoo': 'undo' mistyped, never an English word ('redo', 'under')."""
    return word != "undo" and fuzz.ratio(word, "undo") >= 75 and not english_use(word)


OF_THE_UPDATE = re.compile(rf"\b(?:update|change|edit|one|entry|post|status)s?\s+(?:that\s+|which\s+)?(?:was\s+)?"
                           rf"(?:meant\s+)?(?:for|to|on)\s+{SHORT_ID}", re.I)
MEANT = re.compile(rf"(?:(?:i|it|that)(?: was)? )?(?:meant|should(?: have)? been|supposed to be|was for)"
                   rf"(?: to (?:be|do|update|go on|go against))?(?: for| on)? ({SHORT_ID})", re.I)  # 'meant LAC-3':
# the action an undone update was meant for


CLAUSES = re.compile(r"\s*[,;:!.]\s+|\s*[,;]\s*|\s+[-–—]+\s+")
REGRET = re.compile(rf"(?:(?:{APOLOGY}|argh|ugh),? )?(?:(?:i |we )?(?:shouldn'?t|should not|didn'?t mean to|"
                    r"did not mean to|wasn'?t meant to|never meant to) (?:have )?(?:posted|post|done|do|put|sent|send|"
                    r"made|make|updated|update|added|add|logged|log|entered|enter)(?: (?:it|that|this|one))?(?: yet)?|"
                    rf"{APOLOGY}|(?:it was|that was|wrong) (?:the )?(?:wrong (?:one|rec|action)|premature|too early|"
                    r"a mistake)|(?:i |we )?(?:jumped the gun|spoke too soon|got ahead of (?:myself|ourselves))|"
                    r"(?:it'?s |it is )?(?:too (?:soon|early)|premature|not (?:ready|done|finished) yet)|"
                    r"(?:(?:it was|that was|i picked|i chose|i put|i used) (?:the )?)?wrong (?:one|rec|action|id|item|"
                    r"number|figure|status|date|update)|"
                    r"(?:i )?(?:did|posted|put|made|sent|updated|entered)(?: it| that| this)? "
                    r"(?:by mistake|by accident|in error)|"
                    r"(?:i think )?i (?:updated|changed|picked|used|put|marked|chose|posted) the wrong "
                    r"(?:one|thing|rec|action|id|item|status)|"
                    r"(?:i )?(?:misread|misheard|misunderstood|misremembered) (?:the |an? |that |this |his |her |"
                    r"their )?(?:email|e-mail|message|note|notes|minutes|report|letter|update|paper|figures|data|it|"
                    r"that|this)|"
                    rf"{MEANT.pattern})")  # said beside an undo
MONTH_SAID = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|" \
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
DATE_SAID = re.compile(rf"(?:the )?(?:(?:start|end|beginning|middle) of (?:the )?)?(?:{MONTH_SAID}(?: (?:19|20)\d\d)?|"
                       rf"\d{{1,2}}(?:st|nd|rd|th)?(?: of)? {MONTH_SAID}(?: (?:19|20)\d\d)?|"
                       rf"\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|"
                       rf"(?:19|20)\d\d|(?:spring|summer|autumn|winter)(?: (?:19|20)\d\d)?|"
                       rf"(?:next|last|this) (?:week|month|year|quarter|term|monday|tuesday|wednesday|thursday|friday)|"
                       rf"week|month|year|quarter|term)(?: (?:please|pls|thanks))?\s*[?!.]*")  # a whole date an update
# may be moved to ('november', 'the end of the month'), never an action named with one ('the june one')
LAST_ONE = re.compile(r"\bmy (?:last|latest|previous|most recent) (?:update|change|edit|entry|one|post|status)\b|"
                      r"\bwhatever i\b|\bwhat i (?:just )?(?:did|posted|changed|updated|entered|put)\b")  # the
# user's own last update, named as such
NOT_SO = re.compile(r"[\w']+(?: [\w']+){0,6} (?:wasn'?t|weren'?t|hasn'?t|"
                    r"haven'?t|hadn'?t|isn'?t|aren'?t|was not|were not|has not|have not|had not|is not|are not)\b"
                    r"[\w' ]{1,40}")  # why it is undone, as what has not happened ('the panel hasn't met yet')
WAS_WRONG = re.compile(r"(?:the |my |our |those |these |that |it |they )?[\w' ]{0,30}?\b(?:was|were) (?:all )?"
                       r"(?:wrong|incorrect|premature|a mistake|too early|out of date|not right)")  # or as what was
# wrong ('figures were wrong')
NOT_A_REASON = re.compile(rf"\b(?:wrong|mistake|incorrect|error|right|fine|correct|ok|okay|note|notes|status|due|till|"
                          rf"until|before|after|by|when|whenever|if|unless|provided|assuming|supposing|case|long as|"
                          rf"whether|maybe|perhaps|possibly|probably|sure|think|guess|scratch|kidding|joking|jk|wait|"
                          rf"actually|never|keep|leave|tell|remind|update|mark|set|and|or|then|christmas|xmas|easter|"
                          rf"monday|tuesday|wednesday|thursday|friday|tomorrow|today|tonight|next|{STATUS_SAYINGS})\b|"
                          rf"{SHORT_ID}|\d")  # what a reason that has not happened must not say: that it was right, a
# note, a condition, doubt, a time, a status, an instruction or another action


def _a_reason(part: str) -> bool:
    """Is a clause after an undo of one's last update only why it is undone: what has not happened
    ('the framework hasn't been ratified', 'it wasn't done') or was wrong ('figures were wrong')?"""
    part = part.strip(" .!")
    if WAS_WRONG.fullmatch(part):
        return not re.search(r"\b(?:note|notes|status|not|in case|if|unless|maybe|perhaps|possibly|probably|sure|"
                             r"think|guess|whether|when|provided|assuming|supposing)\b|n't\b", part)
    if not NOT_SO.fullmatch(part):
        return False
    rest = re.sub(r"\b(?:wasn'?t|weren'?t|hasn'?t|haven'?t|hadn'?t|isn'?t|aren'?t) (?:yet )?(?:been )?(?:done|finished|"
                  r"completed?|signed off|agreed|approved|ratified|met|started|delivered)\b", " ", part)  # 'it wasn't
    return not NOT_A_REASON.search(rest)  # done': a status denied is a reason


DOUBT = r"\b(?:maybe|perhaps|possibly|probably|not sure|unsure|unclear|kidding|joking|joke|jk|j/k|messing|sike|lol|" \
    r"pulling your leg|second thoughts|second-guessing|doubts?|are you sure|up to you|dunno|idk|never ?mind|hold on|" \
    r"hang on)\b|^\s*(?:(?:i )?(?:think|guess)(?: so)?|(?:no )?wait|nah|nope|" \
    r"(?:it|that) (?:was|is|'s) (?:fine|right|ok|correct))\s*[.!]*\s*$|" \
    r"\bwait\s*[.!]*\s*$"  # said beside an undo: doubt, a joke or a
# pause ('undo it; just kidding', 'undo, wait'), never why it is undone ('undo, i think i jumped the gun')
NOT_A_REMARK = re.compile(rf"\b(?:how|what|why|when|where|which|who|explain|possible|can|could|is|does|do|then|and|"
                          rf"also|update|mark|set|note|owner|history|role|tell|remind|keep|leave|email|ping|message|"
                          rf"cc|notify|let|ask|check|if|unless|once|tomorrow|later|rec|recs|should|shall|will|would|"
                          rf"am|must|minute|hour|tonight|end of day|monday|tuesday|wednesday|thursday|friday|next|"
                          rf"after|"
                          rf"hypothetically|theory|example|type|two|three|all|both|lot|everything|every|"
                          rf"recommendation|action|{'|'.join(ROLE_NAMES)})\b|{DOUBT}|{SHORT_ID}|@|"
                          r"^\s*(?:was|were|isn'?t|wasn'?t|aren'?t|did|didn'?t|has|have|had)\s+(?:it|that|i|we|"
                          r"this|they)\b|^\s*right\s*[?!.]*$|"
                          r"\b(?:was|were|did|has|have|had|is|are) (?:it|they|that|he|she)\s*[?!.]*$")  # nor an
# instruction ('tell bill'), a condition, a later time, another action or a question without its mark


def undo_doubted(low: str) -> str | None:
    """'undo the last one; just kidding', 'undo whatever i posted - maybe it was right': an undo
    said, then doubted (the doubt is returned). Nothing is undone; the user is told how to undo."""
    parts = CLAUSES.split(low)
    if len(parts) < 2 or _undo_clause(parts[0]) is None or "?" in low:
        return None
    return next((p.strip(" .!") for p in parts[1:] if re.search(DOUBT, p.strip())), None)


def undo_aside(low: str) -> str | None:
    """'undo - it's not done, tell bill': an undo said beside more than a slip or a reason, asking nothing
    of Clerk (the rest is returned). Nothing is undone; the user is told how to undo."""
    parts = [p for p in CLAUSES.split(low) if p.strip(" .!?")]
    if len(parts) < 2 or re.search(r"\b(?:how|what|why|where|which|who|explain|help)\b", low):
        return None
    if _undo_clause(parts[0]) is not None:
        return " ".join(parts[1:]).strip(" .!")
    return " ".join(parts[:-1]).strip(" .!") if _undo_clause(parts[-1]) is not None else None


def undo_said(low: str) -> str | None:
    """An undo however said, or an undo said as one clause beside a remark about it ('scratch that,
    undo', 'undo - jumped the gun on that one'): see _undo_clause."""
    if re.match(r"\s*(?:the|that|this|my|your|an?)\s+undo\b", low):
        return None  # 'the undo was meant for SG-12', 'my undo should have been SG-12': said of an undo, never one
    low = re.sub(rf"^\s*(?:{APOLOGY}|argh|ugh|hmm+|eek)\s*[,.;:!-]+\s*", "", low)  # 'whoops, reverse that, …'
    whole = _undo_clause(low)
    parts = CLAUSES.split(low)
    if whole is None and len(parts) > 1:  # 'scrap my last update, i shouldn't have posted it', "i shouldn't have
        for undo, regrets in ((parts[0], parts[1:]), (parts[-1], parts[:-1])):  # posted that - undo"
            if all(REGRET.fullmatch(p.strip(" .!")) for p in regrets):
                return _undo_clause(undo, regretted=True)
        first = _undo_clause(parts[0])  # 'take back my last update pls, the framework hasn't been ratified',
        if first is not None and LAST_ONE.search(parts[0]) and "?" not in low and all(  # 'revert my last one,
                _a_reason(p) for p in parts[1:]):  # figures were wrong': the user's last update undone, then why
            return first
    if whole is not None or low.rstrip().endswith("?") or NEGATED.search(low) or not re.search(r"\bundo\b", low):
        return whole
    said = [c for c in (_undo_clause(part) for part in parts) if c is not None]
    remarks = [p for p in parts if _undo_clause(p) is None]
    remarks = [re.sub(r"\b(?:wrong|(?:meant|was) for (?:another|a different|the other)) (?:recs?|recommendations?|"
                      r"actions?)\b", " ", p.strip()) for p in remarks]  # 'undo - wrong rec': the slip, not another
    # action asked of
    if len(said) != 1 or any(NOT_A_REMARK.search(p) for p in remarks):
        return None  # 'undo - how does it work', 'LAC-4: undo', 'undo, then update SG-3 to done': not a remark
    return said[0]


def _undo_clause(low: str, regretted: bool = False) -> str | None:
    """An undo however said ('oops undo', 'that was wrong - revert it', 'roll back my last LAC-4
    update', 'undo my change to the complaints action'): '' or what it names of the action; None
    when the words ask or say anything else ('reverse the decision', 'revert SG-3 to in progress',
    'how do i undo')."""
    low = re.sub(r"\b(?:u|ya)\b", "you", low)  # 'can u reverse whatever i changed last'
    if low.rstrip().endswith("?") and not re.match(r"\s*(?:can|could|would|will) you\b", low):
        return None  # 'undo?', 'can i undo that?': a question
    low = re.sub(rf"(?:^|(?<=[\s,.;:!-])){MISTAKE}(?=$|[\s,.;:!-])", " ", low).strip(" ,.;:!?-")
    low = re.sub(r"\b[a-z]{4,5}\b", lambda w: "undo" if _undo_misspelt(w[0]) else w[0], low, count=1)
    m = UNDO_VERB.search(low)
    if not m or any(w not in UNDO_BEFORE for w in re.findall(r"[\w']+", low[:m.start()])) or \
            NEGATED.search(low[:m.start()]) or (low[:m.start()].split()[:1] == ["can"] and not re.match(
                r"\s*can you\b", low)):
        return None  # 'no need to undo that', 'i didn't undo it'; 'can you undo that' is asked of Clerk
    rest = re.sub(r"[,.;:!?()]+|\s-+\s", " ", low[m.end():]).strip()
    if re.match(r"(?:back )?to (?:last|next)\b", rest) or re.fullmatch(r"(?:back )?to " + DATE_SAID.pattern, rest):
        return None  # 'roll that back to november': a date moved, never an undo
    if re.search(r"\b(?:was|is|isn't|wasn't|did|does|has|have|should|shall|will|would|am) (?:it|that|i|we|this)"
                 r"(?: (?:right|wrong|ok))?\s*$|\bright\s*$", rest):
        return None  # 'undo - was it', 'undo - should i': asked, never an undo
    ids = re.findall(rf"\b{SHORT_ID}\b", rest)
    rest = re.sub(rf"\b{SHORT_ID}\b", " ", rest)
    rest = re.sub(r"\b(?:back )?to (?:how|what|the way) it was\b|\bas it was\b", " ", rest).strip()
    of = UNDO_OF.search(rest)
    if of and DATE_SAID.fullmatch(of[1]):
        return None  # 'roll back my last change to november': a date moved, never an undo
    named = ids[0] if len(ids) == 1 else of[1].strip() if of else ""
    words = (rest[:of.start()] if of else rest).split()
    if any(w not in UNDO_OBJECT for w in words) or re.search(rf"\b(?:to|as)\s+(?:{STATUS_SAYINGS})\b", rest):
        return None
    if not m[0].startswith(("undo", "ctrl")) and not (named or set(words + m[0].split()) & UNDO_SAID_OF):
        return None  # 'reverse the': said of nothing
    if m[0] in UNDO_ONLY_OF and not set(words + named.split()[-1:]) & UNDO_ONLY_OF[m[0]] and not (
            regretted and ({"last", "one"} <= set(words) or {"latest", "one"} <= set(words))):  # 'scrub that last
        # one, i picked the wrong rec'; never 'cancel the last one of the year'
        return None  # 'scrap that', 'go back to the plan'; 'cancel my last update' is an undo
    if re.fullmatch(r"(?:previous|last|latest) (?:update|change|edit|status|one)s?|mine|my own|ours", named):
        return ""  # 'go back to the previous status', 'reverse that last change of mine'
    return re.sub(r"\s+(?:update|change|edit|status)s?$", "", named)


def _status_before_remark(said: str) -> str:
    """'ongoing, membership drive running': the status before a remark; never before a question
    ('done, isn't it', 'signed off, who by')."""
    status, _note = _split_note(said)
    head, comma, tail = status.partition(",")
    return head if comma and not TAG_ASKED.search(tail) else status


WH_AUX = re.compile(r"(?:who|which \w+|why|how|where|when|what)\s+(?:is|are|was|were|has|have|did|does|do|will|can|"
                    r"should)\s+\S+", re.I)  # 'which partners are meant …': how a question opens
SECOND_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had)\b", re.I)  # '… is still being decided': said
RECORD_ASKED = re.compile(r"(?:whose (?:name|update|note)|who (?:made|posted|changed|updated|added|logged|entered)|"
                          r"who (?:last )?(?:made|posted|changed|updated|added|logged|entered|touched|edited|amended|"
                          r"moved|set|marked) (?:it|this|that|them|(?:this|that|the) (?:rec|recommendation|action|"
                          r"status|due date|deadline|note|owner|update))\b|"
                          r"(?:names?|statuses|list)\b.{0,30}\b(?:everyone|anyone|all|people|those) who (?:updated|"
                          r"changed|posted|edited)|"
                          r"what (?:was|is|were) the (?:last |latest |most recent )?(?:note|update|status|change|"
                          r"entry))\b", re.I)  # 'whose name is on the latest update and what was the note' asks of
# the record itself, however long; 'who is covering nights has been agreed' and 'what's left is recruiting' are noted
AUXILIARY = r"(?:is|are|has|have|does|do|did|can|could|should|would|will)\s+(?:it|this|that|the|we|they|there|he|she|" \
    r"anyone|someone|[a-z]{1,4}-\d)\b"  # how a question begins, never a note
TAG_ASKED = re.compile(rf"^\s*(?:{ASKING}|isn'?t|aren'?t|right|or|surely|yes|no|correct|true)\b|\?")


REQUESTED = {"deadline", "deadlines", "due", "date", "dates", "status", "statuses", "owner", "owners", "who", "whose",
             "history", "latest", "rag", "notes", "details", "info", "text", "wording", "names", "of", "the", "and",
             "its", "list", "please", "pls", "plz", "when", "timeline", "trail", "log", "current", "what", "whats",
             "timescale", "due-date", "me", "show", "give", "tell", "us", "quick", "thanks", "ta"}
# what a request after 'ID:' asks for ('LAC-5: deadline date please', 'SG-13: names + statuses of everyone who
# updated it'), never what a note says


def _asked_after_id(raw: str, said: str) -> bool:
    """After 'ID:', a question rather than a note: 'LAC-4: who changed it', 'SG-12: does the LSCB have a
    budget', 'LAC-5: whose name is on the latest update', 'SG-7: which partners are meant to be tackling it';
    not 'SG-3: when the panel meets we sign off', nor a clause then its verb ('LAC-4: which team is picking it
    up is still being decided') or a remark after a dash."""
    if raw.rstrip().endswith("?") or (re.match(ASKING, said, re.I) and len(said.split()) <= 6) or \
            re.match(AUXILIARY, said, re.I) or (set(re.findall(r"[a-z][a-z'-]*", said.lower())) <= REQUESTED
                                                and not re.search(r"\d", said)):  # 'LAC-5: deadline 30/09' is noted
        return True
    if re.search(r"\s[-–—]+\s|:", said):
        return False
    asked = WH_AUX.match(said)
    return bool(RECORD_ASKED.match(said) or (asked and not SECOND_VERB.search(said[asked.end():])))


def parse_command(text: str) -> Command | None:
    """A Command for the grammar's verbs, or None when the text is a question."""
    raw = " ".join(text.split())
    low = raw.lower()
    for pattern, usage in USAGE:
        if re.match(pattern, raw, re.I):
            return Command("usage", value=usage)
    if re.fullmatch(r"(help|\?|commands)", low):
        return Command("help")
    meant = MEANT.search(raw) if not OF_THE_UPDATE.search(raw) else None  # 'undo - wrong one, meant LAC-3': the
    # last update undone, and how to post it to LAC-3; 'undo the update that was for SG-13' names what to undo
    undo = undo_said(MEANT.sub(" ", low).strip(" ,;:-")) if meant else None  # 'undo that, was for SG-13': SG-13 is
    undo = undo_said(low) if undo is None else undo  # not what to undo
    if undo is not None:  # 'undo please, wrong one', 'oops undo', 'revert my last LAC-4 update'
        return Command("undo", target=undo or None, value=meant[1].upper() if meant else None)
    doubt = undo_doubted(low)
    if doubt:
        return Command("usage", value=f"`undo` reverts your last update; \u2018{doubt}\u2019 sounds unsure, so "
                                      "nothing was undone")
    aside = undo_aside(low)
    if aside:  # 'undo - it's not done, tell bill': more than an undo, so none
        return Command("usage", value=f"`undo` reverts your last update; nothing was undone, as \u2018{aside}\u2019 "
                                      "says more than that")
    if re.match(r"^(?:update|mark|set)\s+(?:(?:it|this|that|this one|that one)\s+(?:(?:to|as)\s+)?|(?:to|as)\s+)\S",
                raw, re.I) and not re.search(SHORT_ID, raw):  # 'update to in progress', 'mark it as complete': which
        # action?
        return Command("usage", value=f"say which action: {UPDATE_USAGE} (nothing was changed)")
    m = re.match(r"^(update|set)\s+(.+?)\s+to\s+(.+)$", raw, re.I) or \
        re.match(r"^(mark)\s+(.+?)\s+as\s+(.+)$", raw, re.I) or \
        re.match(rf"^(mark|update|set)\s+({SHORT_ID})\s+(.+)$", raw, re.I) or \
        re.match(rf"^(mark)\s+(.+?)\s+((?:{STATUS_SAYINGS})\s*(?:[:\-–—].*|(?:note|because)\b.*)?)$", raw,
                 re.I)  # 'mark SG-4 done', 'mark the
    # contact centre action complete'
    plain = re.sub(r"\s+(?:now|today|already)(?=\s*[.!]?$|\s*[,;:\-–—])", "", raw)  # 'LAC-9 is finished now'
    said = STATUS_SAID.match(plain)
    if not m and said and parse_status(_status_before_remark(said[2])) and SAID_OF_ID.match(said[2]) \
            and not raw.rstrip().endswith("?"):  # 'SG-14 is done', 'SG-14 done - cap agreed'
        m = re.match(r"^()(\S+)\s+(?:is\s+)?(?:now\s+)?(.+?)\s*[.!]?$", plain)
    if m and len(re.findall(SHORT_ID, raw)) > 1:  # 'update SG-1, SG-2 to done', 'update SG-3 to done - SG-4 too',
        # 'update SG-12 to delayed - sorry, meant SG-13': one at a time, nothing half-done or recorded against the wrong
        # action
        first = re.split(r",|;|\s[-–—]\s|\bthen\b|\band\b", m[3])[0].strip()  # 'to done, SG-4 to done': 'done'
        return Command("usage", value=f"update one action at a time, e.g. {m[1].lower() or 'update'} "
                                      f"{re.findall(SHORT_ID, raw)[0]} {'as' if m[1].lower() == 'mark' else 'to'} "
                                      f"{first} (nothing was changed)")
    if m:
        status_text, note = _split_note(m[3])
        head, *tail = re.split(r"\s*(?:[,;]|[.!](?=\s))\s*", status_text, maxsplit=1)  # 'complete, leaflets sent',
        head = POLITE.sub("", head.strip())  # 'in progress. sampling restarted', 'in progress pls - cover found'
        if not parse_status(status_text) and parse_status(head) and not (tail and _taken_back(tail[0], head)):
            status_text, note = head.strip(), ", ".join(x for x in (*tail, note) if x and x.strip()) or None
        if parse_status(status_text) and note and _taken_back(note, status_text):  # 'update SG-3 to done - actually no'
            return Command("usage", value=f"\u2018{note}\u2019 takes the status back or asks, so nothing was changed. "
                                          f"To record it: {UPDATE_USAGE}")
        return Command("update", target=m[2].strip(), value=status_text, note=note,
                       status=parse_status(status_text))
    m = re.match(r"^(?:(?:i|we) (?:need|want|have|ought|'?d like|would like|must|should|have got|'ve got|gotta) to |"
                 r"(?:i|we)'?(?:ll| will) |let me |gonna |going to |need to |want to )"
                 r"(?:put|post|add|log|record|make|give|do|enter|pop)(?: in| up)? (?:an? |my |the )?(?:quick )?"
                 r"(?:status |progress )?update (?:on|for|against|about) ((?:[^:;,?!–—\s-]|\s(?![-–—])|"
                 r"(?<=\w)-(?=\w))+?)\s*[.!]?$", raw, re.I)
    if m:  # 'i need to put an update on the PEP recommendation': how to, for the action named
        return Command("usage", target=m[1].strip(), value=f"{UPDATE_USAGE} (nothing was changed)")
    m = re.match(r"^(?:update|mark)\s+(?!on\b|about\b|from\b|for\b|me\b|us\b)([^?]+)$", raw, re.I) or re.match(
        rf"^set\s+({SHORT_ID})(?:\s+for (?:me|us))?\s*[.!]*$", POLITE.sub("", raw), re.I)  # 'can u set LAC-8 for me'
    if m:  # 'update caseloads': to what? (the router asks a question instead when no action has the words)
        return Command("usage", target=m[1].strip(), value=f"{UPDATE_USAGE} (nothing was changed)")
    m = (re.match(rf"^note\s+({SHORT_ID})\s*[:\-–—]?\s+(.+)$", raw, re.I)
         or re.match(r"^note\s+(.+?)\s*[:\-–—]\s+(.+)$", raw, re.I)
         or re.match(r"^(?:add|post|leave)\s+(?:a\s+)?note\s+(?:to|on|for|against)\s+(.+?)(?:\s*:|\s+[-–—])\s*(.+)$",
                     raw, re.I)
         or re.match(rf"^({SHORT_ID})\s*:\s+(.+)$", raw, re.I))
    if m and not (raw.startswith(m[1]) and _asked_after_id(raw, m[2])):
        return Command("note", target=m[1].strip(), note=m[2].strip())
    m = re.match(r"^(?:turn\s+)?reminders?\s+(on|off)$|^(?:turn\s+)?(on|off)\s+reminders?$", low)
    if m:
        return Command("reminders", value=m[1] or m[2])
    m = re.fullmatch(r"calendar(?:\s+(link|revoke|renew|reset))?", low)
    if m:
        return Command("calendar", value="revoke" if m[1] in ("revoke", "renew", "reset") else "link")
    if re.fullmatch(r"(?:list\s+)?digests|what digests are there\??", low):
        return Command("digests")
    m = DIGEST.match(raw)
    if m:
        day = (m["day"] or "mon")[:3].lower()
        hour = int(m["hour"] or 9) % 12 + (12 if (m["ampm"] or "").lower() == "pm" else 0) if m["ampm"] else \
            int(m["hour"] or 9)
        return Command("digest", target=m["channel"], value=m["cadence"].lower(),
                       raw_value=f"{WEEKDAYS.index(day)} {hour:02d}:{int(m['minute'] or 0):02d}")
    if re.match(r"^digest\b", low):
        return Command("usage", value="digest here <weekly [mon] [9:00]|daily [8:30]|off>, e.g. "
                                      "digest here weekly mon 9:00")
    m = re.match(r"^history(?:\s+(?:of|for))?\s+(.+)$", raw, re.I)
    if m:
        return Command("history", target=m[1].strip())
    m = re.match(r"^role\s+(\S+)\s+(\S+)\s*$", raw, re.I) or \
        re.match(rf"^role\s+(.+?)\s+({'|'.join(ROLE_NAMES)})\s*$", raw, re.I)  # 'role U 123 manager': a bad user
    if m:
        return Command("role", target=_user(m[1]), value=ROLE_NAMES.get(m[2].lower(), m[2].lower()))
    if re.match(r"^owner\s+(?!(?:for|of|on|is)\b)\S+\s+\S", raw, re.I) and not raw.rstrip().endswith("?"):
        # not 'owner for the contact centre action?': a question
        rest, note = _split_note(raw)
        m = (re.match(rf"^owner\s+({SHORT_ID})\s+(?:(?:to|is|=|as)\s+)?(.+)$", rest, re.I)
             or re.match(r"^owner\s+(.+?)\s+(?:to|is|=)\s+(.+)$", rest, re.I)
             or re.match(r"^owner\s+(.+?)\s+(<@[^>]+>|\S+)$", rest, re.I))
        if not m or m[2].strip().lower() in ("to", "is", "=", "as"):  # 'owner LAC-2 to': to whom?
            return Command("usage", value="owner <action> <person>, e.g. owner {id} Jane Smith")
        return Command("owner", target=m[1].strip(), value=_user(m[2]), note=note)
    m = re.match(r"^(cancel\s+)?meeting\s+(?:of\s+)?(?:the\s+)?(.+?)\s+(?:on|for)\s+(.+)$", raw, re.I)
    if m:
        when, note = _split_note(m[3])
        found = find_dates(when)
        return Command("cancel_meeting" if m[1] else "meeting", target=m[2].strip(), note=note,
                       value=found[0].value.isoformat() if found else None, raw_value=when)
    m = re.match(r"^(?:due|deadline)\s+(.+?)\s+(?:to\s+|on\s+|by\s+)?(\d.+|[a-z]+ \d.+)$", raw, re.I)
    if m:
        when, note = _split_note(m[2])
        found = find_dates(when)
        if found:
            return Command("due", target=m[1].strip(), value=found[0].value.isoformat(),
                           note=note, raw_value=when)
    if re.match(rf"^(?:due|deadline)\s+{SHORT_ID}\b", raw, re.I):  # 'due SG-6 tomorrow': a date it cannot read
        return Command("usage", value="due <action> <date>, e.g. due {id} 30 September (nothing was changed)")
    m = re.match(r"^summary(?:\s+(?:of|for)?\s*(.*))?$", raw, re.I)
    if m:
        return Command("summary", target=(m[1] or "").strip() or None)
    return None
