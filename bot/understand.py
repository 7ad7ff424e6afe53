"""From a typed question to an intent and its slots. Rules are data: a table of patterns
per intent, each with a weight; the best-scoring intent wins, ties go to the earlier row."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from rapidfuzz import fuzz, process

from handlers.question import Question
from handlers.search import WHAT_IS
from store.dates import MONTHS, YEAR
from store.vocab import ACRONYMS, COUNCIL_WORDS, COUNTY_SHORT, STOPWORDS

from .names import Names, initials, name_words
from .windows import parse_window

KINDS = r"short|standard|full|focused|monitoring|sif|single|ilacs|reinspection|re-inspection|joint|targeted"
WHICH_ARE_ON = r"^\s*(?:which|what)\b.{1,40}\b(?:are|is|sit|sits|serve|serves)\s+on\s+(?:the|it|this|that)\s+\w"
SAY_ABOUT = 4.6  # 'what did ofsted say about X': what the records say, unless X is a judged category
INTENT_RULES: list[tuple[str, str, float]] = [
    ("search", r"\bwhat (?:did|does|do|have|has) (?:the )?(?:ofsted|inspectors?|(?:[a-z]+ )?reports?|they|it|"
     r"the letter)(?: [a-z]+)? (?:say|said|find|found|flag|flagged|think|note|noted|report|reported|write|wrote)\b"
     r".{0,20}\babout\b(?! us\b)|\bwhat (?:did|does|has) (?:the )?[a-z0-9' ]{1,40}? (?:say|said|write|wrote|"
     r"tell|told)(?: us| members| the \w+)? (?:about|on)\b(?! us\b)|"
     r"\bwhat (?:did|does|do) (?:ofsted|the inspectors?|inspectors|the report|they) (?:say|said|find|found|think)\s*"
     r"[?!.]*\s*$|"
     r"\bwhat (?:does|did) .{1,40}\b(?:report|inspection|letter) (?:say|said|find|found) "
     r"(?:about|on)\b|^\s*(?:is|are|was|were) .{1,40}\btoo (?:high|low|many|few|long|slow)\b", SAY_ABOUT),
    ("help", r"^\s*(?:help|hlep|halp|\?)(?:\s+(?:me|pls|please|plz|us))?\s*[?!.]*$|"
     r"\bwhat can (you|u|clerk) do\b|\bhow (do|can) i use\b|"
     r"\bwhat commands\b|^\s*commands\s*\??$|\bwhat (?:can|should) i (?:ask|type)\b", 9),
    ("summary", r"\b(summar(y|ise|ize)|overview|brief(ing)?|sitrep)\b", 3.2),
    ("recent", r"\b(recent|lately|latest) (changes|updates)\b|\bwhat(('?s| has| is)) (changed|new|been updated)\b"
     r"|\b(changes|updates) (since|this week|today|recently)\b|\bany (?:new )?updates\b|\banything new\b|"
     r"\bwhat(?:'s| has)? happened (?:since|this|today|lately|recently)\b|\bwho (?:has )?updated\b", 3.4),
    ("overdue", r"\b(overdue|late|behind|missed|slipp\w*|past (their |its )?(due|deadline)|"
     r"not (yet )?(been )?(done|completed|finished|delivered))\b", 3),
    ("due", r"\b(due|deadlines?)\b", 2.2),
    ("due_date", r"\b(?:when|what date|which date|by when)\b.{0,60}\b(?:due|deadlines?)\b|\bdue dates? (?:of|for)\b"
     r"|\b(?:deadline|due date) (?:for|of|on) [a-z]{1,4}-\d|\b[a-z]{1,4}-\d+'?s? (?:deadline|due date)\b"
     r"|\bwhen\b.{0,60}\b(?:have|has|need|needs) to be (?:done|completed|finished|delivered|met)\b"
     r"|\b(?:done|completed|finished|delivered) by when\b|^\s*(?:what(?: is|'s) the )?deadlines? (?:for|of|on)\b", 3.6),
    ("owner", r"\bwho owns\b|\bwho(?: is|'s)? (?:responsible|accountable) for [a-z]{1,4}-\d|\bassigned to\b|"
     r"\bwho does [a-z]{1,4}-\d{1,5} belong to\b|\bwhose is [a-z]{1,4}-\d|"
     r"\bowned by\b|\bowners? (?:of|for)\b|\bno owners?\b|\bunowned\b|\bunassigned\b|\bmy actions\b|"
     r"\bwhat (?:does|do) .{1,40} own\b|\bon (?:my|their|his|her) plate\b|"
     r"\bwho(?: is|'s)? leading (?:on )?[a-z]{1,4}-\d|\bwithout (?:an )?owners?\b",
     3.9),
    ("status_list", r"\b(?:what|which|list|show|any|anything|how many|all)\b.{0,40}\b(?:at risk|delayed|blocked|"
     r"on hold|stalled|done|completed?|finished|not started|in progress|ongoing|underway)\b|"
     r"^\s*(?:at risk|delayed|done|completed|blocked|not started)\b", 3.3),
    ("status_list", r"\bactions? (?:are|is|rated|marked) (?:red|amber|green|blue)\b|"
     r"\b(?:red|amber|green|blue) actions?\b", 3.5),  # an action's RAG is its status
    ("frequency", r"\bhow (often|frequently)\b|\bfrequency\b|\bwhich (bodies|boards|groups|committees) meet\b"
     r"|\bmeeting (cycle|schedule)\b", 3.6),
    ("last_meeting", r"\b(last|previous|most recent(ly)?|latest)\b.{0,40}\b(meet|met|meeting|sat)\b"
     r"|\bwhen did\b.{0,40}\b(meet|sit)\b|\bwhen (was|were) .{0,40}\blast\b", 3.4),
    ("next_meeting", r"^\s*(?:what|whats|what's|anything|is there anything|any)(?: is)?\s+(?:coming up|on the "
     r"horizon|on|upcoming|ahead|happening)\b(?:\s+(?:this|next)\s+(?:week|month|fortnight))?\s*$", 4.0),
    ("next_meeting", r"\b(next|upcoming|coming up|forthcoming|future)\b.{0,40}\b(meet\w*|board|committee|"
     r"scrutiny|group|panel|sits?)\b|\bwhen\b.{0,40}\b(meets?|meeting|sit|convene)\b|\bmeetings?\b.{0,30}"
     r"\b(coming|next|soon|planned|scheduled)\b|\b(is|are|does|do|will)\b.{0,40}\b(meet|meeting|sitting)\b"
     r".{0,20}\b(this|next|in)\b", 3.2),
    ("chair", r"\bwho (chairs|chaired|leads|heads|runs|convenes)\b|\bchair(ed|man|person|s)?\b.{0,15}\b(of|for)\b"
     r"|\bwho (?:is|was) (the )?(\w+ )?chair(?:man|person|woman)?\b|\bwho is chairing\b|\bchaired by\b", 3.5),
    ("members", r"\bwho (?:attended|was present|were present)\b|\bin attendance\b|\b(?:officers|members|councillors|"
     r"people|who) (?:were|was) (?:at|present)\b|^\s*(?:was|were|did) .{1,40}\b(?:at|attend) the .{0,40}\bmeeting\b|"
     r"\battendance (?:at|of|for) (?:the )?.{0,40}\bmeeting\b", 4.0),
    ("members", r"\bwho (is|are|sits?|serves?|attends?)\b.{0,20}\b(on|in|at)\b|\bmembers?(hip)?\b|"
     r"\b(?:sits?|serves?|sitting|represented)\s+on\b|\b(?:is|are)\s+(?:the\s+)?[\w' ]{1,30}\s+on\s+the\b|"
     r"\battendees\b|\bwho attends\b|\bwho goes to\b", 3),
    ("about_body", r"\bwhat (does|do) .{0,60}\b(do|cover|look at|oversee)\b|\bwhat is .{0,60}\bfor\s*\??\s*$|"
     r"\b(purpose|remit|terms of reference|responsib\w*)\b", 3.3),
    ("about_body", r"\btell me about\b|\bwhat is the\b|\bwhat are the\b.{0,50}\b(?:partnerships|boards|"
     r"committees|panels|forums|networks|(?:sub|working|steering) ?groups)\s*\??$", 1.8),
    ("inspection", r"\bhow many (?:ofsted |inspection )?(?:inspections|visits|inspection reports|ofsted reports)\b|"
     r"\bhow many reports\b.{0,30}\b(?:on|for|about|of)\b", 4.0),
    ("inspection", r"\bwho inspected\b|\b(?:" + KINDS + r")\b.{0,20}\bor (?:an? )?(?:" + KINDS + r")\b|"
     r"\bnext (?:ofsted )?(?:inspection|visit)\b|"
     r"\b(?:lead|reporting) inspectors?\b|\bwho\b.{0,30}\b(?:led|lead|leads|leading|inspected|"
     r"carried out|conducted|did)\b.{0,40}\b(?:inspection|visit)\b|\binspectors?\b", 4.1),
    ("inspection", r"^(?!.*\b(?:rated|ratings?|grades?|graded|judge?ments?|judged|results?|outcomes?|how did|get|got|"
     r"find|found|say|said|flag\w*|how many|number of)\b).*\b(?:latest|last|most recent|previous)\s+(?:ofsted\s+)?"
     r"(?:inspection|visit)\b",
     3.7),  # 'latest ofsted inspection?': which and when, not its grades
    ("inspection", r"\bwhen\b.{0,50}\b(?:inspection|inspected|visit(?:ed)?)\b|\binspection dates?\b|"
     r"\bdates? of (?:the )?(?:inspection|visit)\b|\b(?:report|inspection)\b.{0,30}\b(?:published|(?:come|came|comes) "
     r"out|released|issued)\b|"
     r"\bpublished\b.{0,30}\b(?:report|inspection)\b|\bwhat (?:kind|type|sort) of (?:inspection|visit)\b", 3.7),
    ("actions", r"\bwhat needs doing\b|\banything on\b|\bwhat are we doing (?:on|about)\b|"
     r"^\s*(?:show(?: me)?|what(?:'s| is))?\s*[a-z]{1,4}-\d{1,4}(?: about)?\s*\??$", 2.6),
    ("actions", r"\bwhat (?:did|does|do|has|have) .{1,30}\b(?:tell|told|ask|asked|want|wanted|require|required|"
     r"recommend|recommended)\w* (?:us|the council|them|the authority|leeds) to do\b", 3.5),
    ("actions", r"\bhow many\b.{0,30}\b(?:improvement areas|areas? (?:for|of) (?:improvement|development)|"
     r"recommendations|things to improve|priority actions|improvements)\b", 4.0),
    ("actions", r"\bneeds? to (?:improve|be improved)\b|\bareas? for (?:improvement|development|priority action)\b|"
     r"\brecommendations?\b|\bpriority actions?\b", 3.3),
    ("actions", r"\b(list|show|all|which|what)\b.{0,40}\bactions\b|\bactions? (for|on|in|under)\b|"
     r"\bwithin (a|one|two|three|six|twelve|\d+) (weeks?|months?)\b|\bimmediate(ly)?\b|"
     r"\bwhat needs to (improve|be improved|change)\b|\bareas? for (improvement|development)\b", 2.4),
    ("person", r"\bwho (is|was)\b|\bwhat does\b.{0,40}\bdo\b|\bwhat is .{0,30}'?s? (role|job)\b|\brole of\b", 2),
    ("judgement", r"\bannual (?:performance )?(?:assessment|rating)s?\b|\bperformance assessment\b|"
     r"\bcomprehensive area assessment\b", SAY_ABOUT + 0.1),  # Ofsted's annual grade: 'what did the APA say'
    ("judgement", r"\bhow did (?:we|they|leeds|the council|the authority) do\b|\bwhat did .{1,40} get for\b|"
     r"\b(rated|rating|ratings|judge?ments?|judged|grade[ds]?|ofsted|"
     r"inspection (results?|outcomes?)|inadequate|requires improvement|adequate)\b", 3),
    ("judgement", r"\b(?:which|what|how many|list|any)\b.{0,20}\b(?:councils|authorities|las|la's|boroughs|counties)\b"
     r".{0,40}\b(?:outstanding|good|inadequate|requires improvement|rated|judged|graded|grades?)\b", 4.2),
    ("money", r"\bhow much (?:did|does|will|has|have|would)\b.{0,60}\b(?:add|adds|added|cost|costs|increase|raise|"
     r"raised|save|saved|reduce|reduced|bring|brought)\b", 3.9),
    ("money", r"\bhow much (?:money|funding|cash|did\b.{0,40}\bcost|was spent|is being spent)\b|\bmoney\b|"
     r"\bhow much (?:extra|additional|more)\b(?! (?:time|work|progress|people|children|staff))|"
     r"\bfund(ing|s|ed)?\b|\bbudget\b|£|\binvest(ment|ed)?\b|\bspend(ing)?\b", 3),
    ("indicator", r"\bnumbers?\s*$|\baverage\b|\bhow (?:big|large|high|low)\b|"  # 'park numbers', 'how big'
     r"\bhow many\b|\bhow much\b|\bnumber of\b|\btargets?\b|\bindicators?\b|\bperformance\b|\brates?\b|"
     r"\bpercentage\b|\bproportion\b|\bper cent\b|%|\bnumbers\b|\bhow much have\b|\bgone up\b|\bgone down\b|"
     r"\bfigures?\b|\bkpis?\b", 2.5),
    ("plan", r"\bstrands?\b|\bthemes?\b|\bworkstreams?\b|\bpriorities\b|\b(need|needs|requir\w*) improv\w*\b|"
     r"\b(outstanding|remaining|still to do|left to do|still to be done)\b.{0,40}\bplan\b", 2.8),
    ("status", r"^\s*(?:has|have|is|are)\b.{1,60}\b(?:opened|launched|live|started|finished|completed|complete|"
     r"on track|in place|happened|delivered|agreed|ready)\s*[?!.]*$", 2.7),
    ("status", r"\b(?:is|has|have|are)\s+[a-z]{1,4}-\d{1,5}\b|"
     r"\bstatus\b|\bprogress (on|of|with)\b|\bhow is .{0,60} going\b|\bwhere are we (on|with)\b", 2.6),
    ("when", r"^\s*when\b|\bwhat date\b|\bby when\b", 1.5),
    ("role", r"\b(?:cabinet|lead) member for\b|\bportfolio holder\b|\bresponsible (?:cabinet|lead) member\b", 4.5),
    ("role", r"^\s*who (?:provides|gives|offers|handles|deals with|looks after|takes care of)\b", 3.6),
    ("members", WHICH_ARE_ON, 3.6),
    ("venue", r"\bwhere (?:does|do|is|will|did|are)\b.{0,50}\b(?:meet|meets|meetings?|held|sit|sitting|take place)\b|"
     r"\bvenue\b|"
     r"\bwhat time\b.{0,60}\b(?:meet\w*|start\w*|begin\w*|sit\w*)\b|\bstart time\b", 4.4),
    ("contact", r"\bcontact (?:officer|person|details)\b|\bwho (?:is|are) the contacts?\b|"
     r"\bwho (?:do|should|can) i (?:contact|call|ring|email)\b|\bwho to contact\b|"
     r"\bwho (?:wrote|authored|prepared|signed)\b|\bauthors? of\b|\b(?:report|paper)(?:'s)? (?:author|contact)s?\b|"
     r"\bcontact (?:for|on) the\b", 4.4),
    ("risks", r"(?<!\bat )\brisks\b|\b(?:biggest|largest|highest|top|main|key|corporate|strategic)\s+risks?\b|"
     r"\brisk register\b|\brisk (?:score|rating|exposure|likelihood)\b|\blikelihood\b|\bexposure\b|\bcrr\b|"
     r"\b(?:new|withdrawn|removed|reduced|escalated) risks?\b|"
     r"\brisks?\b.{0,30}\b(?:taken off|removed|withdrawn|added|reduced|increased|escalated|downgraded|upgraded)\b",
     3.6),
    ("acronym", r"\bstands? for\b|\bacronym\b|\babbreviation\b|\bwhat does [a-z&]{2,10} mean\b", 6),
    ("apologies", r"\bapolog(?:y|ies|ised)\b|\bwho (?:was|were) absent\b", 4.5),
    ("agenda", r"\bagenda\b|\bwhat is (?:being )?(?:discussed|considered) at\b", 4.2),
    ("decision", r"\b\d{2}[/ ]\d{5}\b", 4.6),  # a decision number, '24/00115' (the slash is gone by now)
    ("decision", r"\b(?:decide[ds]?|decisions?|resolve[ds]?|resolutions?)\b|\bwhat did .{1,40} (?:agree|approve)\b|"
     r"\b(?:motion|amendment)\b.{0,60}\b(?:pass|passed|carried|lost|agreed|approved|rejected|defeated)\b", 3.8),
    ("decision", r"\b(?:motion|amendment)s?\b.{0,80}\b(?:happened|result|outcome|through|succeed\w*|fail\w*|"
     r"vote[ds]?|voting)\b|\b(?:happened|result|outcome|who proposed|who seconded|vote|voting|voted)\b.{0,80}"
     r"\b(?:motion|amendment)s?\b|\bvote (?:on|for)\b|\bvoted (?:against|for)\b|\bhow many (?:councillors |members )?"
     r"voted\b|\bvote\b.{0,40}\b(?:for|against|abstain\w*|numbers?|counts?|result|figures?)\b|\bfor/against\b|"
     r"\bhow did the vote go\b|\bthe vote (?:on|go|went)\b|\bwhat (?:is|was) the vote\b", 4.5),
    ("decision", r"^\s*(?:was|were|did|has|have)\b.{1,60}\b(?:passed|approved|agreed|carried|rejected|adopted|voted "
     r"through)\b", 3.9),
    ("apologies", r"\bdeclar(?:e|ed|ation|ations)\b.{0,30}\binterests?\b|\bwho declared\b|"
     r"\binterests? declared\b", 4.6),
    ("kpis", r"\brag (?:\(?red,? amber,? (?:and )?green\)? )?(?:rating|status|rated|colou?r)\b", 4.4),
    ("kpis", r"\b(?:kpis?|indicators?|measures?|metrics?)\b.{0,50}\b(?:red|amber|green|rag)\b|"
     r"\b(?:red|amber|green|rag)\b.{0,40}\b(?:kpis?|indicators?|measures?|metrics?)\b|"
     r"\bhow many\b.{0,30}\b(?:kpis?|indicators?|measures?)\b|"
     r"\b(?:kpis?|indicators?)\b.{0,40}\b(?:met|missed|hit|achieved|below|above|off|on) (?:the )?(?:target|floor)",
     4.3),
]
INTENT_VOCAB = sorted({
    "overdue", "late", "behind", "missed", "due", "deadline", "deadlines", "often", "frequently",
    "frequency", "last", "previous", "recent", "next", "upcoming", "meet", "meets", "meeting",
    "meetings", "chair", "chairs", "chaired", "who", "members", "membership", "attendees",
    "rated", "rating", "ratings", "judgement", "judgements", "ofsted", "inspection", "money",
    "funding", "budget", "many", "number", "target", "targets", "indicator", "indicators",
    "performance", "strands", "strand", "themes", "theme", "improvement", "status", "progress",
    "summary", "summarise", "overview", "when", "what", "which", "changes", "updates", "help",
    "changed", "updated", "recently", "judged", "rate", "rates", "inspector", "inspectors", "published",
    "recommendations", "stand", "stands", "mean", "means", "acronym", "agenda", "apologies", "decide",
    "decided", "decision", "resolved", "made", "kpi", "kpis", "risk", "risks", "likelihood", "exposure",
    "scheduled", "coming", "plan", "board", "committee", "scrutiny", "happened", "motion", "amendment",
    "declarations", "declared", "interests", "average", "caseload", "caseloads",
})
FILLER = set(STOPWORDS) | {
    "when", "whens", "does", "do", "did", "will", "is", "was", "were", "are", "who", "whos", "what",
    "whats", "how", "which", "where", "venue", "location", "put", "puts", "putting", "came", "come",
    "next", "last", "previous", "meet", "meets", "meeting",
    "meetings", "met", "often", "frequently", "chair", "chairs", "chaired", "sits", "sit", "on",
    "anything", "any", "there", "me", "give", "show", "tell", "list", "please", "us", "we", "our",
    "overdue", "late", "due", "status", "rated", "rating", "get", "got", "much", "many", "went",
    "go", "gone", "the", "about", "up", "coming", "upcoming", "months", "month", "weeks", "week",
    "days", "i", "you", "can", "could", "would", "should", "has", "have", "had", "been", "being",
    "summary", "overview", "brief", "recent", "new", "changes", "now", "currently", "still",
    "need", "needs", "anyone", "people", "person", "whom", "members", "member", "membership",
    "today", "this", "year", "by", "before", "after", "end", "as", "of", "so", "far", "yet",
    "know", "current", "latest", "most", "behind", "missed", "happening", "it", "its", "they", "their",
    "whole", "all", "every", "each", "s", "t", "d", "ll", "time", "start", "starts", "begin", "begins",
}
CONTRACTIONS = [(r"\bwho'?s\b", "who is"), (r"\bwhat'?s\b", "what is"), (r"\bwhen'?s\b", "when is"),
                (r"\bwhens\b", "when is"), (r"\bhow'?s\b", "how is"), (r"\bwhere'?s\b", "where is"),
                (r"\bisn'?t\b", "is not"), (r"\baren'?t\b", "are not"), (r"\bhasn'?t\b", "has not"),
                (r"\bhaven'?t\b", "have not"), (r"\b(decision|ref|reference|item|minute) no\b\.?", r"\1 number")]
NUMBER_WORDS = {"eleven": 11, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "a": 1, "an": 1}


SHORTHAND = {  # how people abbreviate in chat → the word
    "las": "councils", "la's": "councils",  # local authorities
    "brd": "board", "bd": "board", "mtg": "meeting", "mtgs": "meetings", "cttee": "committee", "ctte": "committee",
    "cttees": "committees", "freq": "frequently", "kids": "children", "yp": "young people", "asst": "assistant",
    "dept": "department", "govt": "government", "comms": "communications", "info": "information", "wot": "what",
    "wat": "what", "r": "are", "u": "you", "pls": "please", "plz": "please", "thx": "thanks", "nxt": "next",
    "prev": "previous", "sched": "scheduled", "mgr": "manager", "mgmt": "management", "perf": "performance",
    "approx": "approximately", "yr": "year", "yrs": "years", "mth": "month", "mths": "months", "wk": "week",
    "wks": "weeks", "q1": "first quarter", "apols": "apologies", "decl": "declarations",
    "ofstead": "ofsted", "afi": "area for improvement", "afis": "areas for improvement", "recs": "recommendations",
    "rec": "recommendation", "avg": "average", "sw": "social worker", "sws": "social workers", "rev": "revenue",
    "happend": "happened", "happenned": "happened",
    "9pp": "nine point plan",
}
TIME_WORDS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "quarter", "quarters",
              "fortnight", "financial", "fiscal", "spring", "summer", "autumn", "winter", "christmas", "recess",
              "within", "next", "weekly", "monthly", "yearly", "timescale", "timescales", "deadline", "deadlines",
              "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "since", "until",
              "till", "ahead", "later", "sooner", "soon", "calendar", "fy"}


@dataclass
class Parsed:
    text: str
    tokens: list[str] = field(default_factory=list)


def normalise(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = re.sub(r"\s+", " ", text).strip()
    low = text.lower()
    for pattern, repl in CONTRACTIONS:
        low = re.sub(pattern, repl, low)
    return low


def correct_spelling(tokens: list[str], known: set[str]) -> list[str]:
    """Fix near-misses of intent words ('nxt' → 'next') and of the records' own names
    ('lookd' → 'looked', 'improvment' → 'improvement'), leaving words the records use alone."""
    out = []
    names = sorted(w for w in known if len(w) >= 4)
    for tok in tokens:
        tok = SHORTHAND.get(tok, tok)
        if (len(tok) >= 3 and tok not in INTENT_VOCAB and tok not in known and tok not in FILLER
                and tok not in NUMBER_WORDS and tok not in TIME_WORDS and tok not in COUNTY_SHORT):  # 'yorks'
            best = process.extractOne(tok, INTENT_VOCAB, scorer=fuzz.ratio, score_cutoff=85)
            if not best and len(tok) >= 4:
                best = process.extractOne(tok, names, scorer=fuzz.ratio, score_cutoff=88)
            if best and abs(len(best[0]) - len(tok)) <= 2 and best[0][0] == tok[0]:
                tok = best[0]
        out.append(tok)
    return out


def expand_acronyms(text: str, original: str, known: set[str] = frozenset(),
                    defined: dict[str, str] | None = None) -> str:
    """'LAC' → 'lac looked after children'; two-letter acronyms only when written in capitals;
    an acronym the records themselves use as a word ('ICT') is left as it is. `defined`: the
    records' own acronyms ('ICS' → 'Integrated Care Strategy'), when written in capitals."""
    for short, long in (defined or {}).items():
        if short.upper() in ACRONYMS or short.lower() in INTENT_VOCAB or long.lower() in text:
            continue  # 'KPI' is a word of the grammar already
        if re.search(rf"\b{re.escape(short)}s?\b", original):  # written in capitals: 'rise' is a word
            text = re.sub(rf"\b({re.escape(short.lower())})s?\b(?!-\d)", rf"\1 {long.lower()}", text, count=1)
    for short, long in ACRONYMS.items():
        if len(short) <= 2 and not re.search(rf"\b{re.escape(short)}\b", original):
            continue
        if short.lower() in known:
            continue
        text = re.sub(rf"\b({re.escape(short.lower())})s?\b(?!-\d)", rf"\1 {long.lower()}", text)
    return text


def score_intents(text: str) -> list[tuple[float, str]]:
    scores: dict[str, float] = {}
    for intent, pattern, weight in INTENT_RULES:
        if re.search(pattern, text):
            scores[intent] = max(scores.get(intent, 0), weight)
    order = [name for name, _p, _w in INTENT_RULES]
    return sorted(((s, i) for i, s in scores.items()), key=lambda p: (-p[0], order.index(p[1])))


CHANGED = re.compile(r"\b(?:changed?|trend|over time|improved|got (?:better|worse)|since (?:19|20)\d\d)\b")
ACRONYM_ASKED = re.compile(r"\bwhat (?:does|do|is|are) (?:an? |the )?[a-z&]{2,10}\d{0,2} (?:stand for|mean)\b|"
                           r"\bwhat is [a-z&]{2,10}\d{0,2} short for\b")


BARE_ACRONYM = re.compile(r"^\s*(?:the )?([A-Z][A-Za-z&]{1,9}\d{0,2}) (?:meaning|means|stands for|is short for|acronym)"
                          r"\s*[?!.]*\s*$")


def _bare_acronym(raw: str, names: Names) -> bool:
    """'MSA meaning?': an acronym the records spell out, asked of in capitals ('what is NUE?' asks
    what it is: the search answer leads with its letters spelt out)."""
    m = BARE_ACRONYM.match(raw.strip())
    return bool(m) and sum(c.isupper() for c in m[1]) >= 2 and m[1].upper() in {a.upper() for a in names.acronyms}


def understand(raw: str, names: Names, today: date) -> Question:
    """Parse a question: intent, content words, names from the store, dates and windows."""
    text = normalise(raw)
    tokens = correct_spelling(re.findall(r"[a-z0-9£][a-z0-9'£.,-]*[a-z0-9]|[a-z0-9£]", text), names.vocabulary)
    text = expand_acronyms(" ".join(tokens), raw, names.vocabulary, names.acronyms)
    ranked = score_intents(text)
    if ACRONYM_ASKED.search(normalise(raw)) or _bare_acronym(raw, names):  # asked before it is spelt out
        ranked.insert(0, (9.0, "acronym"))
    if ranked and ranked[0] == (SAY_ABOUT, "search") and (names.category(text) or _only_categories(text, names)):
        ranked.pop(0)  # 'what did ofsted say about being healthy for LAC?', 'are children safe - what did ofsted say'
        ranked.insert(0, (3.0, "judgement"))
    if (not ranked or ranked[0][0] < 3) and names.category(text, partly=bool(CHANGED.search(text))):
        ranked.insert(0, (3.0, "judgement"))  # 'how did LAC do on staying safe?' names a judged category
    window, as_of = parse_window(text, today)
    words = content_words(text)
    q = Question(raw=raw, text=text, intent=ranked[0][1] if ranked else "search",
                 words=words, today=as_of or today, window=window)
    q.theme = names.theme(text)
    q.plan = names.plan(text)
    q.named_plan = None if q.plan else names.plan(text, named_only=True)
    beside = _beside_plan(words, q.plan, text)
    q.body, q.other_bodies = names.body(beside or words)
    if not q.body and beside:  # the plan's words were all it had: they may name a body after all
        q.body, q.other_bodies = names.body(words)
    if not q.body and re.search(r"\bcouncil(?:'s)? meeting\b", text):  # 'the 9 january council meeting'
        q.body, q.other_bodies = names.body(["council"])
    spelt = names.body_in_words(text)
    if spelt and q.body and spelt.id != q.body.id and not q.plan:  # named in full: not another body sharing words
        q.body, q.other_bodies = spelt, []
    initialled = names.body_by_initials(raw)
    if initialled:  # 'the IB', 'LMT': the records' own bodies by their initials, written in capitals
        q.body, q.other_bodies = initialled, []
    q.person = names.person(words)
    q.council = names.council(words, raw)
    q.rating = rating_asked(text)
    _adjust(q, ranked, names)
    return q


ASKING = {"ofsted", "inspectors", "inspector", "report", "say", "said", "find", "found", "think", "about", "the",
          "what", "did", "does", "do", "they", "are", "is"}


def _only_categories(text: str, names: Names) -> bool:
    """Are the question's words, besides the asking, all words of judged categories ('are children
    safe - what did ofsted say')?"""
    own = {w for category in names.categories for w in category}
    words = [w for w in re.findall(r"[a-z]+", text) if w not in ASKING and w not in FILLER]
    return bool(words) and all(w in own for w in words)


def _beside_plan(words: list[str], plan: str | None, text: str) -> list[str]:
    """The words left when a plan is named in full ('scrutiny … the improvement plan'): its
    words name the plan, not a body ('Improvement Board')."""
    if not plan:
        return []
    own = name_words(plan)
    if " ".join(own) not in text:
        return []
    return [w for w in words if w not in own]


RATINGS_ASKED = [  # (words, the rating they ask for); weaker verdicts first, 'inadequate' before 'adequate'
    (r"\b(?:need|needs|requir\w*) improv\w*\b|\bweak\b|\bbehind\b|\bdelayed\b|\bri\b", "requires improvement"),
    (r"\binadequate\b", "inadequate"),
    (r"\boutstanding\b(?! actions| work| items)", "outstanding"),
    (r"\b(?:rated|graded|judged|as) good\b|\bgood\b(?=.{0,20}\b(?:rated|rating|grade)\b)", "good"),
    (r"\badequate\b", "adequate"),
]


DOING = re.compile(r"\bhow (?:is|are|was|were|did|does|has|have) .{1,40}\b(?:do|doing|done|getting on|performing|"
                   r"fare|faring|fared)\b|\b(?:inspection|ofsted|reinspection) (?:outcomes?|results?)\b")
GRADE_TALK = {"vs", "versus", "up", "down", "go", "gone", "went", "or", "did", "they", "since", "compare",
              "compared", "comparison", "better", "worse", "history", "change", "changed", "time", "improved",
              "outcome", "outcomes", "result", "results", "reinspection", "doing", "grades", "inspection", "ofsted",
              "now", "than", "then"}


def _names_a_category(q: Question, names: Names, empty: bool = False) -> bool:
    """Besides the council, a year and words about grades, the question's words are a judged
    category's ('adoption', 'overall'); `empty`: or there are none ('how is bury doing?')."""
    rest = [w for w in q.words if w not in q.council.split() and not YEAR.fullmatch(w)
            and w not in GRADE_TALK and w not in FILLER and w not in COUNCIL_WORDS
            and names.council([w]) != q.council]  # 'rbkc', 'bucks'
    own = {w for category in names.categories for w in category if len(w) >= 4}
    return (empty and not rest) or (0 < len(rest) <= 4 and all(w in own for w in rest))


COMPARED = re.compile(r"\b(?:vs|versus|compared?|comparison|better|worse|history|changed?|over time|improved|"
                      r"(?:go|gone|went) (?:up|down)|up or down)\b")


def rating_asked(text: str) -> str | None:
    return next((rating for pattern, rating in RATINGS_ASKED if re.search(pattern, text)), None)


def _adjust(q: Question, ranked: list[tuple[float, str]], names: Names) -> None:
    """Slots refine the intent: a person named in 'who is …' is a person question; a body
    in a 'when' question is a meeting question; a rating asked of a named plan is about
    its strands."""
    intents = {i for _s, i in ranked}
    if q.council and q.intent in ("search", "indicator") and COMPARED.search(q.text) \
            and _names_a_category(q, names, empty=True):  # not 'has the MASH in luton improved?'
        q.intent = "judgement"  # 'milton keynes 2016 vs 2021', 'sunderland ofsted history': its grades over time
    if q.intent == "contact" and q.plan:  # 'who prepared the improvement plan?': the plan, not a report's authors
        q.intent = "plan"
    if q.council and q.intent == "search" and re.search(r"\bwho (?:led|inspected)\b", q.text):
        q.intent = "inspection"  # 'who led doncaster?'
    if q.council and q.intent == "search" and _names_a_category(q, names, empty=bool(DOING.search(q.text))):
        q.intent = "judgement"  # 'how is bury doing?', 'bolton help and protection', 'barnsley overall 2014'
    if q.intent == "status_list" and re.search(r"\bnot (?:yet )?(?:been )?(?:done|completed?|finished)\b", q.text):
        q.intent = "overdue" if "overdue" in intents else "due"
    if q.intent == "judgement" and re.search(r"\bstrands?\b|\bworkstreams?\b", q.text) and not q.theme:
        q.intent = "plan"
    if q.plan and q.intent in ("judgement", "actions", "status_list", "search", "indicator", "status") \
            and not q.theme and not re.search(r"\b[a-z]{1,4}-\d", q.text):
        q.intent, q.summary = "plan", q.intent != "judgement" and "status_list" not in intents
    if q.intent in ("person", "members", "about_body") and q.person and not q.body:
        q.intent = "person"
    if q.intent == "person" and q.body and not q.person and re.search(r"\b(?:role|part|job)\b", q.text):
        q.intent = "about_body"  # "what's scrutiny's role in the improvement plan?"
    if q.intent == "about_body" and not q.body and not BODY_KIND.search(q.text):
        q.intent = "search"  # 'what is the nine point plan?'; 'what are the area partnerships?' stays a body
    if q.intent == "members" and not q.body and not q.person and re.search(WHICH_ARE_ON, q.text):
        q.intent = next((i for _s, i in ranked if i != "members"), "search")  # 'which actions are on the list'
    if q.intent in ("person", "members") and not q.person and not q.body and not re.search(
            r"\bwho (is|are|sits?|serves?|attends?) (on|in|at)\b|\bmembership\b|\bmembers of\b", q.text):
        q.intent = "role"
    if q.intent == "actions" and "overdue" in intents:
        q.intent = "overdue"
    if WHY.match(q.text) and q.intent in ("overdue", "due", "actions", "status_list"):
        q.intent = "plan" if names.strand_plan(q.text) or q.plan else "search"  # 'why has the QA strand slipped?'
    if re.match(r"^\s*when (was|were|did|is|will|does)\b", q.text) and q.intent in (
            "judgement", "indicator", "money", "plan", "members", "person", "role", "about_body", "actions", "risks",
            "kpis"):
        q.intent = "when"
    named = names.strand_plan(q.text)  # a plan's strand named by its words: that plan's answer
    if named and q.intent in ("search", "status", "actions", "plan") and not q.theme \
            and (not q.body or named[1] == 1) and not re.search(r"\b[a-z]{1,4}-\d", q.text):
        q.intent, q.plan = "plan", q.plan or named[0]
        q.summary = q.summary or bool(re.search(r"\b(left|outstanding|remaining|still|status|where are we|"
                                                r"how is|progress)\b", q.text))
    if q.intent == "plan" and re.search(r"\b(outstanding|remaining|still to do|left to do)\b", q.text):
        q.summary = True
    if q.intent == "due_date" and q.window:  # 'deadlines for safeguarding this month': a list in a window
        q.intent = "due"
    if q.intent == "when" and q.body and re.search(r"\blast\b", q.text):
        q.intent = "last_meeting"  # 'when did LMT last get an update?'
    if q.intent == "when" and q.body and re.search(r"\b(meet|sit|convene|next)\b", q.text):
        q.intent = "next_meeting"
    if q.intent == "search" and q.body:  # 'last exec board?', 'next DfE review?'
        if re.match(r"\s*(?:the )?(?:last|previous|latest|most recent)\b", q.text):
            q.intent = "last_meeting"
        elif re.match(r"\s*(?:the )?(?:next|upcoming|forthcoming)\b", q.text):
            q.intent = "next_meeting"
    if q.intent == "summary" and q.plan and not q.theme and "board" not in q.text:
        q.summary = True  # a plan's summary: its strands, ratings and what is outstanding
    if q.intent == "plan" and not q.plan and "status" in intents:
        q.intent = "status"
    if q.intent in ("indicator", "money") and "judgement" in intents and not q.words:
        q.intent = "judgement"
    if names.risk_refs & set(q.words):  # 'what's CRR0015?': a risk the register lists by its reference
        q.intent = "risks"
    if WHAT_IS.match(q.raw) and q.intent not in ("acronym", "about_body", "person", "risks"):
        q.intent = "search"  # 'what's APA?', 'FNP?': the letters spelt out, then what the records say of it
    if not names.councils and INSPECTION_DID.search(q.text) and q.intent in ("search", "actions", "indicator",
                                                                             "judgement") \
            and not names.category(q.text):  # no inspection report held: what the papers say it found
        q.intent = "inspection"  # 'what did the jan 2011 unannounced inspection find?'
    plan = q.plan or q.named_plan
    if q.intent == "search" and plan and not WHAT_IS.match(q.raw) and \
            [w for w in q.words if w not in name_words(plan) and w != initials(plan)]:
        q.intent = "plan"  # 'what are the CYPP outcomes?', 'the proper name of the nine point plan?': asked of it
    if q.intent in KPI_TAKES and names.kpi(q.words) and not WHAT_IS.match(q.raw):  # not 'what is NUE?'
        q.intent = "kpis"  # 'pothole repairs in 28 days q3', 'EHCPs within 20 wks'


INSPECTION_DID = re.compile(r"\b(?:did|does|do|has|have)\s+(?:the\s+)?(?:[\w']+\s+){0,3}(?:ofsted|inspectors?|"
                            r"inspection)\s+(?:find|found|flag|flagged|look at|looked at|see|saw|highlight\w*|"
                            r"identif\w*|pick up|picked up|check|checked|review|reviewed)\b")
BODY_KIND = re.compile(r"\b(?:boards?|committees?|partnerships?|panels?|forums?|networks?|sub-?groups?|"
                       r"working part(?:y|ies)|steering groups?|working groups?)\b")
WHY = re.compile(r"^\s*(?:why|how come)\b")
KPI_TAKES = {"search", "actions", "due", "overdue", "status", "status_list"}  # 'indicator' reads KPIs too


def content_words(text: str) -> list[str]:
    """The words that say what the question is about: not filler, dates, numbers or timescales."""
    words = re.findall(r"[a-z0-9£][a-z0-9'£.-]*[a-z0-9]|[a-z0-9]", text)
    return [w.strip("'").removesuffix("'s") for w in words if w not in FILLER and len(w) > 1
            and w not in MONTHS and w not in NUMBER_WORDS and w not in TIME_WORDS
            and not re.fullmatch(r"\d{1,3}(st|nd|rd|th)?|(19|20)\d\d(/\d\d)?|\w+-(?:day|week|month|year)s?", w)]
