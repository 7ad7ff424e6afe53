"""How people type questions, made plain: contractions, chat shorthand, near-miss spellings,
acronyms spelt out, and the content words left once filler, dates and timescales are set aside."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from rapidfuzz import fuzz, process

from store.dates import MONTHS
from store.vocab import ACRONYMS, COUNTY_SHORT, STOPWORDS

from .intent_rules import INTENT_RULES
from .intents import INTENT_VOCAB, RULE_WORDS

FILLER = set(STOPWORDS) | {
    "when", "whens", "does", "do", "did", "will", "is", "was", "were", "are", "who", "whos", "what",
    "whats", "how", "which", "where", "venue", "location", "put", "puts", "putting", "came", "come",
    "next", "last", "previous", "meet", "meets", "meeting",
    "meetings", "met", "often", "frequently", "chair", "chairs", "chaired", "sits", "sit", "on",
    "anything", "any", "there", "me", "give", "show", "tell", "list", "please", "us", "we", "our",
    "overdue", "late", "due", "status", "rated", "rating", "get", "got", "much", "many", "went",
    "go", "gone", "the", "about", "up", "coming", "upcoming", "months", "month", "weeks", "week",
    "days", "i", "you", "can", "could", "would", "should", "must", "has", "have", "had", "been", "being",
    "summary", "overview", "brief", "recent", "new", "changes", "now", "currently", "still",
    "need", "needs", "anyone", "people", "person", "whom", "members", "member", "membership",
    "today", "this", "year", "by", "before", "after", "end", "as", "of", "so", "far", "yet", "re",
    "know", "current", "latest", "most", "behind", "missed", "happening", "it", "its", "they", "their",
    "whole", "all", "every", "each", "s", "t", "d", "ll", "time", "start", "starts", "begin", "begins",
    "sitting", "sittings", "regularly", "cadence", "chairing",  # how a meeting is asked of, not what about
    "those", "these", "more", "miss", "date", "actually", "really", "remind", "they're", "we're", "you're", "i'm",
    "it's", "that's", "thats", "there's", "committed", "promised", "pledged", "into", "going",
    "aimed", "directed", "addressed",  # 'recs aimed at the LSCB'
    "technically", "officially", "already",  # 'the immediate recs - technically already late?'
    "proper", "ended", "showing", "finally", "eventually",
    # 'proper reporting from frameworki', 'what status has X ended up on'
    "then", "again",  # 'which lac ones are overdue now then', 'what are they again'
    "falling", "fall", "falls",  # 'any deadlines falling in march'
    "lapse", "lapsed", "stale", "date-wise", "deadline-wise", "cut", "cutoff",  # 'anything we've let lapse'
    "previously",  # 'back in june': the last june
    "reckon", "reckons", "reckoned", "it'll", "they'll", "we'll", "that'll",  # 'when do they reckon it'll be done'
}
def _back_in(m: re.Match) -> str:
    """'back in june' after what was done ('the play areas signed off back in june') is the last June;
    else it is a month like any ('what's due back in march', 'which actions report back in july')."""
    before = m.string[:m.start()]
    done = re.search(r"\b[a-z]{3,}ed\b|\b(?:was|were|did|had|said|met|made|wrote|began|agreed|fell|came|went|hit|"
                     r"got|ran|slipped)\b", before)  # 'what fell due back in july', 'which recs came due back in april'
    returning = re.search(r"(?:\b(?:report|reports|reporting|come|coming|comes|be|go|going|goes|get|getting|bring|"
                          r"put|is|are|what'?s|whats|anything|which)|'s)\s+(?:due\s+)?$", before)  # 'what's due back in
    # march', 'which actions report back in july'
    return "previously " if done and not returning else ""


CONTRACTIONS = [(r"\bwho'?s\b", "who is"), (r"\bwhat'?s\b", "what is"), (r"\bwhen'?s\b", "when is"),
                (r"\bwhens\b", "when is"), (r"\bhow'?s\b", "how is"), (r"\bwhere'?s\b", "where is"),
                (r"\bisn'?t\b", "is not"), (r"\baren'?t\b", "are not"), (r"\bhasn'?t\b", "has not"),
                (r"\bhaven'?t\b", "have not"), (r"\b(decision|ref|reference|item|minute) no\b\.?", r"\1 number"),
                (r"\bno\.? of\b", "number of"), (r"\b(?:straight|right) away\b", "immediately"),
                (r"\bdo[- ]it[- ]now\b", "immediate"),  # 'the do-it-now recs': the immediate ones
                (r"\bn/a\b", "not applicable"), (r"\bright now\b", "now"),
                (r",?\s+right\s*\?", " ?"),  # '… the cutoff, right?': no topic
                (r"\bfoot(?:ing|s|ed)? the bill\b", "paying"),  # "who's footing the bill": not Bill
                (r"^\s*(?!(?:what|which|who|how|when|where|why|is|was|did|does|do|has|have|are|were|ofsted|the "
                 r"inspectors?)\b)(?:the |my |our )?(?:[a-z']+ ){0,2}[a-z']+ (?:is )?(?:asking|wants to know|keeps "
                 r"asking)\s*(?:[-:,\u2013\u2014]+\s*|(?=(?:are|is|what|"
                 r"which|whether|if|how|when|did|do|does|has|have|who)\b))", ""),  # 'portfolio holder asking are we
                # behind on anything': who asks is no topic
                (r"\b(\d+|two|three|four|five|six) (years?|yrs?|months?|mths?) plus\b", r"\1 or more \2"),  # '2 yrs
                # plus': two or more years
                (r"\be-(?=[a-z]{4})", "electronic "),  # 'e-recording': electronic recording
                (r"(\d)\+(?!\d)", r"\1 or more"),  # '2+ yrs': two or more years
                (r"(?<!\d)(?<!\d )%\s*", " percentage "),  # '% NFA at the contact centre': the words keep no '%'
                (r"\b(?:that |which )?(?:we(?:'re| are)|i(?:'m| am)) (?:tracking|monitoring|following)\b",
                 " "),  # 'actions we're tracking from the april letter': how they are asked of, not their words
                (r"\b(at|in|not|on)-(risk|progress|started|track|flight|hold)\b", r"\1 \2"),  # 'the at-risk list'
                (r"\b([a-z]+)-(the|a|an|of|for|to|on|in|and)-([a-z]+)\b", r"\1 \2 \3"),  # 'the strengthen-the-LSCB
                # rec': words, not one
                (r"\bacross the (?:board|piste)\b", " "),  # 'everything that's late, across the board': all of it
                (r",?\s*\bor (?:are|r) we (?:all )?(?:clear|ok|okay|fine|good|safe|in the clear)\b", " "),
                # 'anything due in that quarter or are we clear': no topic
                (r",?\s*\bif (?:you'?ve|you have|you) (?:got|have|know) (?:it|that|one|them|the \w+)\b|"
                 r",?\s*\bif (?:poss|possible|you can|you could|known|any)\b", " "),  # '…, if you've got it': no topic
                (r"(?:(?:\bis|'s) (?:shaping|looking) up(?: to be)?|\blooks|\bseems|(?:\bis|'s) looking) "
                 r"(?:(?:very|really|pretty|quite) )?(?:busy|quiet|heavy|hectic|mad|full|packed|rammed)\b"
                 r"(?: i think| i reckon)?",
                 " "),  # "july's shaping up busy i think"
                (r"\b(?:prepping|preparing|drafting|building|planning|doing)(?: for)? (?:the |our |my )?(?:\w+ )?"
                 r"forward (?:plan|planner|look)\b|^\s*for (?:the |our |my )?(?:\w+ )?forward (?:plan|planner)\b|"
                 r"\bneed(?:ed)? (?:it|this|them|these) for (?:the |our |my )?(?:\w+ )?"
                 r"forward (?:plan|planner)\b",
                 " "),  # 'prepping the march forward plan - any deadlines in march', 'need it for the IB forward plan'
                (r"\b(?:due|ready|scheduled|planned) for completion\b", "due"),  # 'anything due for completion in july'
                (r"\b(?:needing|needs|need|should be|must be|has to be|have to be|ought to be|meant to be) "
                 r"(?:getting |to be )?(?:done|finished|completed|delivered|sorted)(?= (?:by|before) (?:the end|end|"
                 r"next|this|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|winter|"
                 r"christmas|easter|tomorrow|mon|tue|wed|thu|fri))",
                 "due"),  # 'anything needing done before the end of march', 'what should be finished by april': due
                (r"\b(list|rundown|summary|update|figures|numbers|breakdown)\s+for (?:the |our |my |tomorrow'?s |"
                 r"next week'?s |thursday'?s )?[\w' -]{2,40}?\b(?:board|panel|meeting|committee|briefing|pack|"
                 r"(?:board|panel|meeting|committee) (?:paper|report))\s*"
                 r"([?!.]*)$", r"\1\2"),  # 'overdue list for the corporate parenting board': who it is for
                (r"^\s*(?:remind me|tell me|can you (?:tell|remind) me|do you know) what (the |an? )"
                 r"(?!(?:date|year|month|day|time|week|number|deadline)\b)(.{2,50}?) (is|are|was|were)\s*([?!.]*)$",
                 r"what \3 \1\2\4"),  # 'remind me what the CTB is': what is it
                (r"\btarget dates\b(?!.*\b(?:moved|changed|shifted|revised|slipped|set|agreed)\b)",
                 "due dates"),  # 'which target dates fall in the next three months'; not 'which were moved'
                (r"\b(anything|any actions?|any recs?) with an? ((?:\w+ )?)target date\b", r"\1 with a \2due date"),
                (r"\b(where|what|who|how|which|when|why)'ve\b", r"\1 have"),  # "where've we got to with LAC-4"
                (r"^(?=.*\b(?:which|what|any|recs|recommendations|actions|ones|items)\b)(.*?)\b(?:that |which )?"
                 r"(?:(?:nobody|no one|no-one|noone) (?:has|have|'s)|(?:has|have) (?:nobody|no one|no-one|noone))"
                 r"(?: yet)? (?:started|begun|touched|picked up)(?: on| with)?(?: yet)?\b",
                 r"\1 not started"),  # 'SG recs nobody has started on yet'; not 'has nobody picked up the leaflet'
                (r"\b(?:that |which )?(?:carry|carrying|carries|have|has|with|bearing|wearing)(?: got)? (?:an? |the )?"
                 r"(at risk|delayed) (?:flag|status|tag|marker|label)s?\b",
                 r" marked \1"),  # 'which recs carry an at-risk flag': which are marked at risk
                (r"\b([a-z]{1,4}-\d{1,4})\s*\([^()]{1,60}\)", r"\1"),  # 'LAC-4 (complaints for CiC)': the id says it
                (r"^(?!.*\b[a-z]{1,4}-\d{1,4}\b.*\()(.{3,}?)\s*\(\s*([a-z]{1,4}-\d{1,4})\s*\)\s*([?!.]*)\s*$",
                 r"\2 - \1\3"),  # 'has anyone done the refresh of the plan yet (SG-1)': the id, then what is asked
                (r"\b(announced|unannounced) (?:site )?visit\b", r"\1 inspection"),  # "ofsted's announced visit": the
                # inspection
                (r"^(?=.*\b(?:inspection|inspectors?|ofsted)\b)(.*?)\b(?:arrive|arrived|turn up|turned up|come in|"
                 r"came in|get in|got in) on site\b", r"\1start"),  # 'ofsted - what date did they arrive on site': it
                # started
                (r"\bpot(?: of money)?\b(?! (?:of|for) (?:tea|coffee)\b)", "funding"),  # 'the safeguarding pot
                # for 2011/12'
                (r"^\s*(?:planning|prepping|preparing) (?=for |ahead of )", ""),  # 'planning for the first quarter'
                (r"\b(?:over |in |within )?the next month or so\b", "the next 1 months"),  # about a month from today
                (r"^(\s*(?!(?:which|what|who|how|any|the|all|our)\b)[a-z'-]+(?: [a-z'-]+){0,2}) "
                 r"(?:(?:came|comes|cropped|crops|popped|pops|turns|turned|shows|showed) up|features|featured|appears|"
                 r"appeared|(?:is|was) (?:listed|named|mentioned)) (?:in|on) "
                 r"(?:the |a |that )?[\w' -]{1,40}?\b(?:report|paper|letter|minutes|board|ib|committee|group|list)\b"
                 r"(?=\s*[,;:\u2013\u2014-]+\s*\w)", r"\1 "),
                # 'emily munro came up in the 9pp report - what was her bit': where a person was met, then what is asked
                # of them
                (r"\b(idea|thinking|reasoning|logic|rationale|story|point|purpose) behind\b", r"\1 of"),  # 'the idea
                # behind it': its reason, nothing late
                (r"\bnot (?:yet )?(?:been )?(started|begun)\b", "not started"),  # 'which have not been started'
                (r"\b(one|two|three|four|five|six|seven|eight|nine|ten|\d+)-(point|step|stage|part|strand)\b",
                 r"\1 \2"),  # 'the nine-point plan'
                (r"\b(one|two|three|four|five|six|seven|eight|nine|ten|\d+)[ -](point|step|stage)er('s)?\b",
                 r"\1 \2 plan\3"),  # 'the nine pointer's ICT workstream': the nine point plan, as people shorten it
                (r"\bwithin-(\w+)-(days?|weeks?|months?|years?)\b", r"within \1 \2"),  # 'the within-three-months
                # ones'
                (r"\b(?:half a year|a half year)\b", "six months"),  # 'the ones ofsted gave us half a year for'
                (r"(?<![\w-])\d{1,2}\s*(?:-|to)\s*(\d{1,2}) (days|weeks|months)\b", r"\1 \2"),  # 'in the coming
                # 4-5 weeks': the longer, so nothing asked of is left out; never 'SG-3 - 2 weeks late'
                (r"\b(next|coming|following|upcoming) (?<![\w-])\d{1,2}\s*or\s*(\d{1,2}) (days|weeks|months)\b",
                 r"\1 \2 \3"),  # 'the next 2 or 3 weeks'; never '3 or 6 months', two timescales
                (r"\b(?:round[- ]the[- ]clock|twenty[- ]four seven)\b|\b24/7(?= (?:cover|rota|service|helpline|duty|"
                 r"support|access|availability|provision|response|paed\w*|medical))", "24 hours"),  # as the papers
                # say it; never 'due by 24/7', a day
                (r"\b(open|available|staffed|covered|running) 24/7\b", r"\1 24 hours"),
                (r"\b(closed|signed|ticked)-off\b", r"\1 off"),  # 'the closed-off ones'
                (r"\bhow well (?=did|do|does|are|is|was|were|have|has)\b", "how "),  # 'well' asks, it is no topic
                (r"^\s*(?:right|ok|okay|so|well|hi|hey|hiya|morning|afternoon|quick one|quick q|quick question|"
                 r"out of curiosity|just wondering|just checking|heads[- ]up(?: needed)?|fyi|btw|random one)"
                 r"(?: then| so| now)?(?:\s*[,.:;!]+|\s+-+)\s*",
                 ""),  # 'right, which recs...': a word to begin with, no topic
                (r"\b(?:way )?back (?=then\b|in (?:(?:19|20)\d\d|'?\d\d\b|the day\b))", ""),  # 'back in 2010': when,
                # never a topic ('integrate Education Leeds back into the council')
                (r"\b(?:way )?back (?=in (?:early |mid |late |the )?(?:spring|summer|autumn|winter|jan|feb|mar|apr|may|"
                 r"jun|jul|aug|sep|oct|nov|dec))", _back_in),  # 'signed off back in june': the last one
                (r"\bpost-(?=inspection|ofsted|visit)", "after "),  # 'post-inspection'
                (r"\b(?:switched|turned) on\b|\b(?:went|gone) live\b", "launched"),  # 'frameworki got switched on'
                (r"\b(?:went|gone|made|go) public\b", "published"),  # 'the report went public on what date'
                (r"\b(?:while|whilst|when) (?:i'm|i am|im|i'll be|we're|we are) (?:out|away|off|on leave|on holiday|"
                 r"on hols)\b(?! (?:track|target|schedule|of)\b)|\b(?:(?:i'm|i am|im|i'll be|i will be)\s+"
                 r"(?:gonna be |going to be )?|gonna be )(?:off|away|on leave|on holiday|on hols)\b"
                 r"(?! (?:track|target|schedule|of)\b)|\b(?:that |which )?(?:we|i)(?:'d| would)? (?:ought to|should|"
                 r"need to|must|might want to|want to) (?:be aware of|know about|know of|keep an eye on|"
                 r"watch out for)\b",
                 ""),  # 'what deadlines hit while i'm out', 'august deadlines we ought to be aware of': no topic
                (r"\s*\b(?:(?:that |which )?(?:we've|we have|i've|i have|we|i)\s+(?:got\s+|hold\s+|have\s+|keep\s+)?)?"
                 r"on file\b", ""),  # 'the latest inspection we've got on file': no topic
                (r"\bout of (?:all )?(?:the |our |those |these )?(?=(?:\d+ |[a-z]+ ){0,2}(?:recommendations|recs|"
                 r"actions|areas|items|points)\b)", "")]  # 'out of the 24 areas ofsted gave us, which...'
NUMBER_WORDS = {"eleven": 11, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "a": 1, "an": 1}


SHORTHAND = {  # how people abbreviate in chat → the word
    "las": "councils", "la's": "councils",  # local authorities
    "brd": "board", "bd": "board", "grp": "group", "grps": "groups", "ref": "reference", "mtg": "meeting",
    "mtgs": "meetings", "cttee": "committee",
    "ctte": "committee",
    "cttees": "committees", "freq": "frequently", "kids": "children", "yp": "young people", "asst": "assistant",
    "dept": "department", "govt": "government", "comms": "communications", "info": "information", "wot": "what",
    "wat": "what", "r": "are", "n": "and", "u": "you", "pls": "please", "plz": "please", "thx": "thanks", "nxt": "next",
    "prev": "previous", "sched": "scheduled", "mgr": "manager", "mgmt": "management", "perf": "performance",
    "approx": "approximately", "yr": "year", "yrs": "years", "mth": "month", "mths": "months", "wk": "week",
    "wks": "weeks", "when'd": "when did", "qtr": "quarter", "qtrs": "quarters", "q1": "first quarter",
    "apols": "apologies", "decl": "declarations",
    "ofstead": "ofsted", "afi": "area for improvement", "afis": "areas for improvement", "recs": "recommendations",
    "rec": "recommendation", "avg": "average", "sw": "social worker", "sws": "social workers", "rev": "revenue",
    "happend": "happened", "happenned": "happened",
    "docs": "documents", "doc": "document",
    "9pp": "nine point plan", "9pt": "nine point", "atm": "now", "thru": "through",
    "econ": "economic", "resi": "residential", "strat": "strategy", "impl": "implementation",
}
TIME_WORDS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "quarter", "quarters",
              "fortnight", "financial", "fiscal", "spring", "summer", "autumn", "fall", "winter", "christmas", "xmas",
              "easter", "recess", "between",
              "within", "next", "weekly", "monthly", "yearly", "timescale", "timescales", "deadline", "deadlines",
              "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "since", "until",
              "till", "ahead", "later", "sooner", "soon", "calendar", "fy", "through", "mid", "holidays", "hols",
              "bonfire", "halloween", "hallowe'en", "fawkes", "term"}


MONTH_OF = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december"]
SLASHED = re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)?\d\d)\b")  # '7/4/2010', day first as written in England


def _spelt_date(m: re.Match) -> str:
    day, month, year = int(m[1]), int(m[2]), int(m[3]) + (2000 if len(m[3]) == 2 else 0)
    return f"{day} {MONTH_OF[month - 1]} {year}" if 1 <= month <= 12 and 1 <= day <= 31 else m[0]


def normalise(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = SLASHED.sub(_spelt_date, re.sub(r"\s+", " ", text).strip())  # 'due by 7/4/2010': a day, read as one
    low = text.lower()
    for pattern, repl in CONTRACTIONS_COMPILED:
        low = pattern.sub(repl, low)
    return low


CONTRACTIONS_COMPILED = [(re.compile(pattern), repl) for pattern, repl in CONTRACTIONS]  # once, at import: left to
# re's cache, the patterns answers build from words evict them and each question pays to compile them again


ENGLISH_WORDS = Path(__file__).with_name("english_words.txt")  # words in common use; the commonest marked *
WORD, COMMON_WORD = 1, 2  # a word, not a typo ('monkey' is not 'money'); read as itself even in lower case
# ('send' is not SEND, though 'pep' is PEP)


@cache
def _english() -> dict[str, int]:
    lines = (line.split() for line in ENGLISH_WORDS.read_text().splitlines() if line and not line.startswith("#"))
    return {parts[0]: COMMON_WORD if len(parts) > 1 else WORD for parts in lines}


@cache
def english_near(word: str) -> str | None:
    """The English word a misspelling is closest to ('assesments' → 'assessments'), or None."""
    best = process.extractOne(word, _english_list(), scorer=fuzz.ratio, score_cutoff=88)
    return best[0] if best and best[0][0] == word[0] and abs(len(best[0]) - len(word)) <= 2 else None


@cache
def _english_list() -> list[str]:
    return sorted(_english())


def english_use(word: str) -> int:
    """How common a word is in general English: 0 for 'scruitny' or 'ofsted', WORD for 'monkey',
    COMMON_WORD for 'send'."""
    return _english().get(word, 0)


VOCAB_SET = frozenset(INTENT_VOCAB)
LETTERS = "abcdefghijklmnopqrstuvwxyz"


@cache
def _slips(word: str) -> tuple[frozenset[str], ...]:
    """The words one slip of the keys from `word`, its first letter kept, most usual slip first:
    two letters swapped ('thier'), a letter left out ('unfinshed'), one mistyped ('grafe'), one
    too many ('opneed' is swapped; 'meetting')."""
    splits = [(word[:i], word[i:]) for i in range(1, len(word))]  # never at the end: 'frameworki' is no typo of
    kinds = ({a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1},  # 'frameworks', nor 'havent' of 'havens'
             {a + c + b for a, b in splits for c in LETTERS} if len(word) > 5 else set(),  # 'intro', 'trans': short
             {a + c + b[1:] for a, b in splits if len(b) > 1 for c in LETTERS} if len(word) > 5 else set(),  # words
             {a + b[1:] for a, b in splits if len(b) > 1} if len(word) > 5 else set())  # are swapped only
    return tuple(frozenset(kind - {word}) for kind in kinds)


@cache
def _grammar() -> frozenset[str]:
    """The words the rules read, as they are inflected ('chair': 'chairs', 'chaired', 'chairing')."""
    words = VOCAB_SET | {w for _i, pattern, _w in INTENT_RULES for w in re.findall(r"[a-z]{4,}", re.sub(
        r"\\[a-zA-Z]", " ", pattern))}  # with what the patterns spell in part ('presid' of 'presid(?:es|ing)'), never
    # a class run into a word ('bchair' of '\\bchair')
    stems = {w for w in words if not w.endswith(("s", "d", "g", "y", "e"))}  # never 'paid' + 's'
    return frozenset(words | {w + end for w in stems for end in ("s", "es", "ed", "ing")} |
                     {w[:-1] + end for w in words if w.endswith("e") for end in ("ed", "ing")} |
                     {w + "s" for w in words if w.endswith("e")})


SUFFIXES = ("s", "es", "d", "ed", "ing", "ly", "er", "ers", "ies", "ise", "ised", "ises", "ising", "isation")


def _inflected(word: str, known: set[str]) -> bool:
    """Is the word a known one with an ending ('placements', 'wording', 'sizing', 'staffed')?"""
    for end in SUFFIXES:
        stem = word.removesuffix(end)
        if stem != word and len(stem) >= 3 and any(s in known or s in RULE_WORDS or english_use(s)
                                                   for s in (stem, stem + "e", stem[:-1], stem + "y", stem + "ize")):
            return True
    return False


def one_slip(word: str, known: set[str]) -> str | None:
    """The word of the grammar `word` is a slip of the keys from, or None: never for a word with an
    ending ('wording'), nor when two are as near."""
    grammar = _grammar()
    if word in grammar or _inflected(word, known) or english_use(word.replace("is", "iz")) or \
            english_use(word.replace("our", "or")):
        return None  # 'overshot' is read as typed; 'wording'; 'organisation' is English as the English spell it
    near = english_near(word)  # 'contrcat' is nearer 'contract' than the grammar's 'contact'
    for kind in _slips(word):
        hit = [w for w in kind if w in grammar]
        if len(hit) > 1:
            return None
        if hit:
            return None if near and near != hit[0] else hit[0]
    return None


def correct_spelling(tokens: list[str], known: set[str], proper: frozenset[str] = frozenset()) -> list[str]:
    """Fix near-misses of intent words ('nxt' → 'next') and of the records' own names
    ('lookd' → 'looked', 'improvment' → 'improvement'), leaving words the records use, and
    English words ('monkey' is not 'money'), alone. `proper`: words written with a capital inside the
    sentence, names no slip of the keys is read into ('is Reilly the chair')."""
    out = []
    names = sorted(w for w in known if len(w) >= 4)
    for tok in tokens:
        base, _s, rest = tok.partition("'")
        tok = SHORTHAND.get(tok) or (SHORTHAND[base] + (" is" if rest == "s" else "") if base in SHORTHAND else tok)
        if (len(tok) >= 3 and tok not in INTENT_VOCAB and tok not in known and tok not in FILLER
                and tok not in NUMBER_WORDS and tok not in TIME_WORDS and tok not in COUNTY_SHORT
                and tok not in MONTHS and english_use(tok) < WORD):  # 'yorks', 'may'
            swapped = {tok[:i] + tok[i + 1] + tok[i] + tok[i + 2:] for i in range(1, len(tok) - 1)} if len(tok) >= 5 \
                and tok.upper() not in ACRONYMS else set()  # 'chiars'; never 'lac' (letters, not a word mistyped)
            hit = sorted(swapped & (VOCAB_SET | known))
            if hit:
                out.append(hit[0])
                continue
            best = process.extractOne(tok, INTENT_VOCAB, scorer=fuzz.ratio, score_cutoff=85)
            if not best and len(tok) >= 4:
                best = process.extractOne(tok, names, scorer=fuzz.ratio, score_cutoff=88)
            if best and abs(len(best[0]) - len(tok)) <= 2 and best[0][0] == tok[0]:
                tok = best[0]
            elif len(tok) >= 5 and tok.isalpha() and tok.upper() not in ACRONYMS and tok not in proper:
                tok = one_slip(tok, known) or tok  # 'grdae' → 'grade', 'cahiring' → 'chairing', 'sitll' → 'still'
        out.append(tok)
    return out


def expand_acronyms(text: str, original: str, known: set[str] = frozenset(),
                    defined: dict[str, str] | None = None, capitals_only: set[str] = frozenset()) -> str:
    """'LAC' → 'lac looked after children'; two-letter acronyms only when written in capitals;
    an acronym the records themselves use as a word ('ICT') is left as it is. `defined`: the
    records' own acronyms ('ICS' → 'Integrated Care Strategy'), when written in capitals or, as
    typed, when no English word ('escr') unless in `capitals_only` (those no paper writes, only
    implied by a name's initials: 'ppl' is chat, not the People's Plan for Leeds); a two-letter one
    in lower case only when no English word ('cp')."""
    typed = set(re.findall(r"[a-z0-9&]+", text.lower()))
    for short, long in (defined or {}).items():
        if short.upper() in ACRONYMS or short.lower() in INTENT_VOCAB or long.lower() in text:
            continue  # 'KPI' is a word of the grammar already
        capitals = re.search(rf"\b{re.escape(short)}s?\b", original)  # 'rise' is a word
        if capitals or (short.lower() in typed and len(short) > 2 and not english_use(short.lower())
                        and short.lower() not in known and short not in capitals_only):  # or
            plural = "s?" if capitals else ""  # no English word in any case, as typed ('escr'; never 'miss')
            text = re.sub(rf"\b({re.escape(short.lower())}){plural}\b(?!-\d)", rf"\1 {long.lower()}", text, count=1)
    for short, long in ACRONYMS.items():
        if len(short) <= 2 and not re.search(rf"\b{re.escape(short)}\b", original) and (
                english_use(short.lower()) or short.lower() in known):
            continue  # 'it' is a word; 'cp' typed in lower case is still child protection
        if short.lower() in known or not re.search(rf"\b{re.escape(short.lower())}s?\b", text):
            continue
        if english_use(short.lower()) >= COMMON_WORD and not re.search(rf"\b{re.escape(short)}\b", original):
            continue  # 'send it to ofsted' is a verb; SEND in capitals is the acronym
        text = re.sub(rf"\b({re.escape(short.lower())})s?\b(?!-\d)", rf"\1 {long.lower()}", text)
    return text


def content_words(text: str) -> list[str]:
    """The words that say what the question is about: not filler, dates, numbers or timescales."""
    words = re.findall(r"[a-z0-9£][a-z0-9'£.-]*[a-z0-9]|[a-z0-9]", text)
    return [w.strip("'").removesuffix("'s") for w in words if w not in FILLER and len(w) > 1
            and w not in MONTHS and w not in NUMBER_WORDS and w not in TIME_WORDS
            and not re.fullmatch(r"\d{1,3}(st|nd|rd|th)?|(19|20)\d\d(/\d\d)?|\w+-(?:day|week|month|year)s?", w)]
