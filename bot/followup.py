"""Follow-ups in a conversation, read with the question before them: 'which KPIs are red?' then
'and which are amber?'; 'who chairs cabinet?' then 'when did it last meet?'; 'who led the Bury
inspection?' then 'what about Doncaster?'.

A follow-up either swaps one thing in the previous question for another of the same kind (a
RAG colour, a grade, a year, a month, a council, a body) or, leaning on 'it' or 'there', borrows
the previous question's body or council. Remembered per person and channel, for half an hour,
in the process that serves the conversation (the terminal chat, the Slack app)."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from dataclasses import replace

from handlers.question import Question
from store.dates import YEAR
from store.deadlines import SHORT_ID
from store.vocab import THEME_NAMES, theme_words

from .names import Names
from .understand import LISTED_ASKED, LISTS, SETTLED

KEEP_SECONDS = 30 * 60
ACTION_LEANS = re.compile(r"\b(?:it|its|it's|that one|this one|(?:that|this|the|its) (?:deadline|due date|rec|"
                          r"recommendation|action|one))\b", re.I)  # one action asked of again
ASKED = re.compile(r"\?\s*$|^\s*(?:(?:ok|okay|and|so|right|cool|great)\b[\s,]*)*"
                   r"(?:who|whose|what|whats|when|where|which|why|how|is|are|was|were|has|have|had|did|"
                   r"does|do|can|could|will)\b", re.I)  # a question, not a remark ('it's done now')
ABOUT_AN_ACTION = {"deadline", "deadlines", "due", "date", "gone", "passed", "missed", "late", "overdue", "own", "owns",
                   "owner", "owned", "status", "done", "finished", "complete", "completed", "started", "progress",
                   "update", "updates", "updated", "history", "rec", "recommendation", "action", "one", "yet", "still",
                   "now", "already", "lead", "leads", "leading", "responsible", "changed", "happened", "slipped",
                   "behind", "track", "risk", "delayed", "where", "whats", "latest", "news", "set", "first", "say",
                   "says", "said", "text", "wording", "about", "exactly", "same", "name", "against", "whose", "ok",
                   "okay"}  # all a follow-up about that
# action says ('and it, same date?')
SAME_FOR = re.compile(r"^\s*(?:(?:the )?same (?:thing |question |again )?|ditto )(?:for|with)\b", re.I)
LEAD = re.compile(r"^\s*(?:and|also|ok|okay|so|cool|great|nice|lovely|perfect)\b[\s,]*|^\s*(?:what|how) about\b|"
                  r"^\s*(?:(?:the )?same (?:thing |question |again )?|ditto )(?:for|with)\b|"
                  r"^\s*(?:and )?(?:for|in) (?=\S+\s*\??\s*$)", re.I)
LEANS = re.compile(r"\b(?:it|its|it's|they|them|their|(?<!is )(?<!are )(?<!was )(?<!were )(?<!any )there"
                   r"(?! (?:is|are|was|were|any)\b)|that one|this one|that body|that committee|that council|"
                   r"(?<=for )that(?=\s*[?!.]*$))\b",
                   re.I)  # not 'are there any …
THEMED = {"overdue", "due", "actions", "status_list", "due_date", "summary", "judgement"}  # answers a theme narrows
THEME_ONLY = {"ones", "recs", "recommendations", "actions", "items", "side", "lot", "then", "same", "thing",
              "ditto", "question", "again", "equivalent", "equivalents", "counterparts", "version", "period",
              "window", "do"} | {"ta", "thanks", "thx", "cheers", "great", "nice", "perfect", "ok", "okay"}
# words a follow-up naming only another theme may say ('and the LAC ones?', 'same thing for LAC?', 'now do LAC'),
# and thanks for the answer before
NOW_THEME = re.compile(r"^\s*(?:(?:ta|thanks|thx|cheers|great|nice|ok|okay)\b[\s,.!-]*)*(?:and )?now\b"
                       r"(?!\s+(?:what|who|whom|whose|when|where|why|how|which|is|are|was|were|can|could)\b"
                       r"(?! about\b))",
                       re.I)  # 'ta - now the LAC equivalents': another theme for the question before, never a new one
SAME_SPAN = re.compile(r"\b(?:for|in|over|across) (?:those|these|the same|that|them) "
                       r"(?:(?P<n>\d+|two|three|four|six) )?"
                       r"(?P<unit>wks?|weeks?|days?|months?|mths?|period|window|dates?|timeframe)\b",
                       re.I)  # 'the LAC equivalents for those 2 wks': the window asked before, when as long
ID_ALONE = re.compile(rf"^\s*(?:(?:and|also|ok|okay|so|what about|how about|same (?:for|with)|ditto)[\s,]+)*"
                      rf"({SHORT_ID.pattern})\s*[?!.]*$", re.I)  # 'what about SG-13' after 'SG-4 deadline?'
NARROWED = re.compile(r"^\s*(?:(?:ok|okay|so|and|now|right|ta|thanks)\b[\s,.-]*)*(?:(?:can you |could you |pls |"
                      r"please )?(?:narrow|filter|cut|trim|whittle)(?: (?:it|that|this|them|those|these|the list|"
                      r"that list))?(?: down)? (?:to|by)|(?:just|only)) (?P<rest>(?:the |those |them |these )?"
                      r"(?!.*\b(?:who|what|when|where|why|how|which|tell|remind|mark|update|status|history|owner|"
                      r"curious|wondering|thought|asking|confirm|quickly)\b)[\w'/ +&-]{1,40}? (?:ones|recs|"
                      r"recommendations|actions|items|bits|side))(?:\s+(?:out of|from|of|in) (?:that|those|them|these|"
                      r"this|the list|that list))?(?: pls| please)?\s*[?!.]*$",
                      re.I)  # 'narrow it to the 6 month ones', 'just the SG ones out of that': the list before, of
# those alone; never 'just tell me the status of LAC-4', 'just curious - …'
LISTED = frozenset(LISTS)  # the lists of actions a follow-up narrows
MEETING_AGAIN = re.compile(r"^\s*(?:(?:and|so|ok|okay|then|right)\b[\s,]*)*(?:when(?:'s| is| will| does| was| did)?|"
                           r"what date(?:'s| is| was)?|date of) (?:the |its |their )?(?P<order>next|last|previous|most "
                           r"recent|latest) (?:one|meeting|mtg|sitting|session)\b(?: (?:likely|likely to be|then|"
                           r"expected|going to be|be|scheduled|planned|pencil+ed in|held|happening))?\s*[?!.]*$",
                           re.I)  # "so when's the next one likely" after a question about a body: its meetings
SAME_OF_AN_ID = {"due_date", "owner", "history"}  # what a follow-up naming only another action asks again
NUMBERS = {"two": 2, "three": 3, "four": 4, "six": 6}
ORDER = re.compile(r"\b(?:last|next|previous)\b", re.I)  # 'when did the DfE last review us' then 'and the next one?'
ORDER_ALONE = re.compile(r"^\s*(?:(?:and|so|ok|what about|how about)[\s,]+)*(?:the\s+)?(?:last|next|previous)"
                         r"(?:\s+(?:one|time|meeting|sitting|review|visit|week|month|quarter|year|term))?\s*[?!.]*$",
                         re.I)  # the swap alone asked
KINDS = [  # words that stand for one another: a follow-up swaps one for the other
    re.compile(r"\b(?:red|amber|green)\b", re.I),
    re.compile(r"\b(?:outstanding|good|inadequate|requires improvement|adequate)\b", re.I),
    YEAR,
    re.compile(r"\b(?:january|february|march|april|may|june|july|august|september|october|november|"
               r"december)\b", re.I),
    re.compile(r"\bq[1-4]\b|\bquarter [1-4]\b", re.I),
    ORDER,
]


class Memory:
    """The last question each person asked in each channel (thread-safe, expiring)."""

    def __init__(self) -> None:
        self._last: dict[tuple, tuple[float, Question]] = {}
        self._lock = threading.Lock()

    def get(self, key: tuple) -> Question | None:
        with self._lock:
            found = self._last.get(key)
        return found[1] if found and time.monotonic() - found[0] < KEEP_SECONDS else None

    def forget(self, key: tuple) -> None:
        with self._lock:
            self._last.pop(key, None)

    def put(self, key: tuple, q: Question) -> None:
        with self._lock:
            if len(self._last) > 10_000:  # a long-running app: forget the oldest half
                for old in sorted(self._last, key=lambda k: self._last[k][0])[:5_000]:
                    del self._last[old]
            self._last[key] = (time.monotonic(), q)


def is_followup(text: str, q: Question) -> bool:
    return bool(LEAD.search(text)) or (bool(LEANS.search(text)) and not (q.body or q.council or q.person)) or (
        bool(q.theme) and bool(NOW_THEME.match(text)))


def _same_span(text: str, prev: Question) -> bool:
    """'for those 2 wks' after a two-week window: the window asked before; a span of another length is not."""
    said = SAME_SPAN.search(text)
    if not said or not said["n"]:
        return bool(said)
    if not prev.window:
        return False
    n = int(said["n"]) if said["n"].isdigit() else NUMBERS[said["n"].lower()]
    days = n * {"d": 1, "w": 7, "m": 30}[said["unit"][0].lower()]
    return abs((prev.window.end - prev.window.start).days - days) <= max(2, days // 10)


def resolve(prev: Question, q: Question, text: str, names: Names,
            reparse: Callable[[str], Question]) -> Question | None:
    """The follow-up read with the question before it, or None when it stands on its own."""
    if prev.person and not q.person and HE_OR_SHE.search(text) and not OTHER_PERSON.search(text):  # 'is simon
        # flowers the seconded head?' then "what's he working on"; not 'who is the DCS and when did he start'
        return reparse(HE_OR_SHE.sub(lambda m: _named(m, prev.person), text, count=1))
    ids = {i.upper() for i in SHORT_ID.findall(prev.raw)}
    alone = ID_ALONE.match(text)
    if alone and len(ids) == 1 and prev.intent in SAME_OF_AN_ID and alone[1].upper() not in ids:
        return reparse(SHORT_ID.sub(alone[1], prev.raw, count=1))  # 'when was SG-4 due?' then 'what about SG-13'
    settled = SETTLED.match(text)  # 'so after that one's done, what still falls next wk' after an update: it was
    if settled and prev.intent not in LISTED and LISTED_ASKED.search(text[settled.end():]):  # settled, and the
        return None  # question lists others (after a list, 'now that it's done, what's still overdue' narrows as it)
    if len(ids) == 1 and not SHORT_ID.search(text) and ACTION_LEANS.search(text) and not RELATIVE.search(text) and not (
            q.body or q.council or q.person or q.theme or q.plan) and ASKED.search(text) and \
            not set(q.words) - ABOUT_AN_ACTION:  # "what's the status of SG-12" then 'has that deadline gone': SG-12's
        return reparse(f"{text.rstrip(' ?.!')} ({ids.pop()})")
    narrowed = NARROWED.match(text)
    if narrowed and prev.intent in LISTED - {"owner"} and q.intent not in LISTED - {"actions"}:  # 'just the SG
        return reparse(f"{prev.raw.rstrip('?.! ')} - {narrowed['rest']}")  # ones out of that': the list asked
        # before, of those alone (never of owners: 'who owns the overdue ones' then 'just the LAC ones')
    again = MEETING_AGAIN.match(text)
    if again and prev.body and prev.intent not in LISTED and not (q.body or q.council or q.person):  # "so when's
        order = again["order"].lower()  # the next one likely" after how often the trust board meets: its next meeting
        return reparse(f"when does the {prev.body.name} next meet" if order == "next" else
                       f"when did the {prev.body.name} last meet")
    if not is_followup(text, q):
        return _carry_council(prev, q, text, names, reparse)
    same = SAME_ASKED.search(text)
    rest = LEAD.sub("", text[:same.start()], count=1).strip(" ,;:-") if same else ""
    if same and prev.intent in ASKED_AGAIN and same[1].lower() in ASKED_AGAIN[prev.intent][1] and \
            ANOTHER_ACTION.search(PLAN_NAMED.sub(" ", rest)) and not (LEANS.search(rest) or q.body or q.window or
                                                                  YEAR.search(rest) or RELATIVE.search(rest)
                                                                  or CLAUSE.search(rest)):
        return reparse(f"{ASKED_AGAIN[prev.intent][0]} {rest}")  # 'SG-9 deadline?' then 'and the matching complaints
        # rec on the looked after side, same date?'; never 'and it, same date?' or 'and the next IB meeting, same date?'
    swapped = _swap_kind(prev.raw, text) or _swap_council(prev, q, text, names) or _swap_body(prev, q, text)
    if swapped:
        return reparse(swapped)
    searched = q.intent == "search" or q.phrased  # the rules found nothing it asks (bot/phrasings.py)
    before = [prev.theme] if prev.theme else prev.themes  # 'which SG and LAC recs are overdue?': both
    if q.theme and before and q.theme != prev.theme and (searched or q.intent == prev.intent) and \
            prev.intent in THEMED and not (
            q.body or q.council or q.person or q.window or re.search(
                r"\d|\b(?:one|two|three|four|five|six|twelve|immediate\w*)\b",
                SAME_SPAN.sub(" ", text) if _same_span(text, prev) else text)) and \
            not set(q.words) - theme_words(q.theme) - THEME_ONLY:  # 'what about LAC?': the theme alone is swapped
        said = set().union(*map(theme_words, before))  # 'which SG recs are overdue?' then 'what about LAC?'
        raw = _theme_swapped(prev.raw, before[0], q.theme)
        for other in before[1:]:  # 'which SG and LAC recs…' then 'what about LAC?': LAC's alone
            raw = _theme_swapped(raw, other, "")
        return replace(prev, theme=q.theme, themes=[], words=[w for w in prev.words if w not in said], raw=raw)
    lean = LEANS.search(text)
    if lean and not (q.body or q.council or q.person) and (prev.body or prev.council):  # 'when did it last meet?'
        name = prev.body.name if prev.body else prev.council.title()
        said = f"in {name}" if lean[0].lower() == "there" else (f"{name}'s" if lean[0].lower() in ("its", "their")
                                                                else name)
        named = reparse(text[:lean.start()] + said + text[lean.end():])  # the name in place of the pronoun
        if (named.body and prev.body and named.body.id == prev.body.id) or (prev.council and
                                                                           named.council == prev.council):
            return named
        return replace(q, body=prev.body, other_bodies=prev.other_bodies, council=prev.council)
    rest = LEAD.sub("", text, count=1).strip()
    own = OWN_ASK.search(rest) if LEAD.search(text) else None
    if own and re.search(rf"\bone\b|{ANOTHER_ACTION.pattern}", rest[:own.start()], re.I) and not (
            q.body or q.council or q.person or q.window):  # 'and the paediatrician one - owner?': that asked of it
        asked = {"owner": "owner", "status": "status"}.get(own[1].lower(), "due_date")
        return reparse(f"{ASKED_AGAIN[asked][0]} {rest[:own.start()].strip()}")
    if LEAD.search(text) and rest and searched and not (q.body or q.council or q.person) and \
            not SAME_FOR.match(text) and not (OWN_ASK.search(rest) and q.intent != "search"):  # 'same question for
        # the LSCB': what it names stands alone; so does 'and the multi-agency CP training - date for that?', asking
        # of what it names when that reads as a question
        return reparse(f"{prev.raw.rstrip('?.! ')} {rest}")  # 'and in 2020?', 'and for care leavers?'
    return None


OTHER_PERSON = re.compile(r"\b(?:his or her|her or his|his/her|her majesty'?s?|dcs|director|minister|chief exec\w*|ceo|"
                          r"lead member|chair\w*|councillor|cllr|leader|head|deputy|mayor|inspector|secretary|"
                          r"author|officer|member|manager|commissioner|mp|child|young person|parent|carer|leaver|"
                          r"worker|pupil|student|teacher|someone|anyone|everyone|a person|each|every)\b", re.I)
# a post or someone else the pronoun may stand for
HE_OR_SHE = re.compile(r"\b(?:(he|she)(?:'s|\s+(?:is|has))(?=\s+(been|\w+))|he|she|him|his|hers|"
                       r"her(?=(\s+(?!(?:to|and|for|in|at|on|about|from|with|or|then|now|again|too|as|if)\b)[a-z]))?)\b",
                       re.I)


def _named(m: re.Match, person: str) -> str:
    """The person in place of the pronoun: 'his' and 'her role' as theirs, "he's been" as 'X has been'."""
    said = m[0].lower()
    if m[1]:
        return f"{person} {'has' if m[2] == 'been' or said.endswith(' has') else 'is'}"
    return f"{person}'s" if said in ("his", "hers") or (said == "her" and m[3]) else person


def _theme_swapped(raw: str, old: str, new: str) -> str:
    """The question before, asked of the new theme ('which SG recs are overdue' → '… looked after
    children recs …'), so a later follow-up reads it as answered."""
    for name in sorted([old, *THEME_NAMES.get(old, [])], key=len, reverse=True):
        m = re.search(rf"\b{re.escape(name)}\b", raw, re.I)
        if m:
            return raw[:m.start()] + new + raw[m.end():]
    return f"{raw} ({new})" if new else raw


def _swap_kind(before: str, text: str) -> str | None:
    for kind in KINDS:
        new, old = kind.search(text), kind.search(before)
        if not (new and old and new[0].lower() != old[0].lower()):
            continue
        swapped = before[:old.start()] + new[0] + before[old.end():]
        if kind is not ORDER:
            return swapped
        if not ORDER_ALONE.match(text):
            return None  # 'and what's due next month?' stands alone
        tense = r"\b({})\b(?=(?:\s+\S+){{0,4}}\s+{}\b)".format  # the auxiliary the swapped word goes with
        if new[0].lower() == "next":  # 'when did it last meet' then 'and the next one?': when does it next meet
            return re.sub(tense("did", "next"), "does", swapped, count=1, flags=re.I)
        return re.sub(tense("does|do|will", new[0].lower()), "did", swapped, count=1, flags=re.I)
    return None


def _swap_council(prev: Question, q: Question, text: str, names: Names) -> str | None:
    if not (q.council and prev.council and q.council != prev.council):
        return None
    old = _span(prev.raw, lambda w: w in prev.council.split() or names.council([w]) == prev.council)
    new = _span(text, lambda w: w in q.council.split() or names.council([w]) == q.council)
    return prev.raw[:old[0]] + text[new[0]:new[1]] + prev.raw[old[1]:] if old and new else None


def _swap_body(prev: Question, q: Question, text: str) -> str | None:
    if not (q.body and prev.body and q.body.id != prev.body.id):
        return None
    old_words = {w for n in prev.body.names for w in re.findall(r"[a-z]+", n.lower())}
    new_words = {w for n in q.body.names for w in re.findall(r"[a-z]+", n.lower())}
    old = _span(prev.raw, lambda w: w.lower() in old_words)
    new = _span(text, lambda w: w.lower() in new_words)
    return prev.raw[:old[0]] + text[new[0]:new[1]] + prev.raw[old[1]:] if old and new else None


def _span(text: str, names_it: Callable[[str], bool]) -> tuple[int, int] | None:
    """Where in the text the run of words naming something starts and ends."""
    hits = [m for m in re.finditer(r"[A-Za-z][\w'-]*", text) if names_it(m[0].lower().removesuffix("'s"))]
    if not hits:
        return None
    return hits[0].start(), hits[-1].end()


SAME_ASKED = re.compile(r"[\s,;:-]+(?:the )?same (date|deadline|due date|timescale|owner|lead|status|chair|grade)"
                        r"(?: too| as well)?\s*[?!.]*\s*$", re.I)  # the previous question asked of another thing
ASKED_AGAIN = {"due_date": ("what is the deadline for", {"date", "deadline", "due date", "timescale"}),
               "owner": ("who owns", {"owner", "lead"}), "status": ("what is the status of", {"status"})}
PLAN_NAMED = re.compile(r"\b(?:action|improvement) plan\b", re.I)  # a plan, not an action
RELATIVE = re.compile(r"\b(?:other|another)\b|\b(?:one|rec|action|recommendation) (?:before|after)\b|"
                      r"\b(?:next|previous|last) (?:one|rec|action|recommendation)\b", re.I)  # which, only by the one
# asked ('the one before'); never 'looked after', 'when was it last updated'
CLAUSE = re.compile(r"\b(?:was|were|is|are|did|does|do|has|have|had|anyone|someone|somebody|published|updated?)\b",
                    re.I)  # a question of its own ('so was the action plan published the same date?'), not a name
OWN_ASK = re.compile(r"\s[-\u2013\u2014,:;]+\s*(?:the |its |their )?(date|deadline|due date|owner|status|timescale)"
                     r"(?: (?:for|of|on))?(?: (?:that|it|this|them|those|these))?\s*[?!.]*$", re.I)  # '… - date for
# that?': a question of its own about what the words before name
ANOTHER_ACTION = re.compile(rf"\b(?:rec|recommendation|action)\b|{SHORT_ID}", re.I)  # another action named


ACROSS = re.compile(r"\b(?:councils|authorities|las|every|all|each|any council|which council)\b", re.I)
THEN = re.compile(r"\b(?:then|that time|that year|back then)\b", re.I)


def _carry_council(prev: Question, q: Question, text: str, names: Names,
                   reparse: Callable[[str], Question]) -> Question | None:
    """Among several councils' reports, a question naming none is about the council of the
    question before ('what needs to improve?' after asking about Luton), and 'then' is its year."""
    if not prev.council or q.council or len(names.councils) < 2 or ACROSS.search(text) or q.body or q.person:
        return None
    year = YEAR.search(prev.raw) if THEN.search(text) else None
    said = THEN.sub("", text).rstrip("?.! ") if year else text.rstrip("?.! ")
    return reparse(f"{said} in {prev.council}" + (f" {year[0]}" if year else ""))
