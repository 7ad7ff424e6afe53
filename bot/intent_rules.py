"""The intent rules: a table of patterns per intent, each with a weight, read by bot/intents.py
(the best-scoring intent wins, ties go to the earlier row), and the phrasings several rules share."""

from __future__ import annotations

import re

from handlers.people import DONE_BY
from store.vocab import THEME_NAMES

THEME_SAID = "|".join(sorted((re.escape(n) for names in THEME_NAMES.values() for n in names), key=len, reverse=True))
KINDS = r"short|standard|full|focused|monitoring|sif|single|ilacs|reinspection|re-inspection|joint|targeted"
WHICH_ARE_ON = r"^\s*(?:which|what)\b.{1,40}\b(?:are|is|sit|sits|serve|serves)\s+on\s+(?:the|it|this|that)\s+\w"
MONTHS_SAID = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
               r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|autumn|winter|the new year|the summer recess")
NEWS_OF = (r"\bany (?:news|updates?|movement|progress|word)\b|\b(?:the )?latest (?:on|with|re)\b|"
           r"\bwhat(?:'s| is) happening (?:on|with)\b|\bupdates? on\b(?! (?:the )?(?:action )?(?:tracker|log)\b)|"
           r"\bprogress (?:on|of|with)\b|"
           r"\bposition (?:on|with)\b|\bwhere (?:do|does) (?:we|things|it) stand (?:on|with)\b")  # 'any news on X'
FREQUENCY_SAID = (r"weekly|fortnightly|monthly|bi-?monthly|quarterly|annually|yearly|termly|six[- ]weekly|"
                  r"\d+ ?(?:wks?|weeks|mths|months)")  # how often a body meets, as offered ('4 wks, 6 wks?')
LAPSED = (r"\b(?:lapsed|expired|passed|gone|gone by|slipped by) (?:unmet|undelivered|unfinished|undone|"
          r"without (?:being )?(?:met|done|delivered|finished|completed))\b")  # 'has that lapsed unmet'
OFSTED_ALONE = 2.3  # the inspectorate named, and nothing else asked of it
SAY_ABOUT = 4.6  # 'what did ofsted say about X': what the records say, unless X is a judged category
INTENT_RULES: list[tuple[str, str, float]] = [
    ("search", r"\bwhat (?:did|does|do|have|has) (?:the )?(?:ofsted|inspectors?|(?:[a-z]+ )?reports?|they|it|"
     r"the letter)(?: [a-z]+)? (?:say|said|find|found|flag|flagged|think|note|noted|report|reported|write|wrote)\b"
     r".{0,20}\babout\b(?! us\b)|\bwhat (?:did|does|has) (?:the )?[a-z0-9' ]{1,40}? (?:say|said|write|wrote|"
     r"tell|told)(?: us| members| the \w+)? (?:about|on)\b(?! us\b)|"
     r"\bwhat (?:did|does|do) (?:ofsted|the inspectors?|inspectors|they) (?:make|think) of\b|"
     r"\bwhat (?:did|does|do) (?:ofsted|the inspectors?|inspectors|the report|they) (?:say|said|find|found|think)\s*"
     r"[?!.]*\s*$|"
     r"\bwhat (?:does|did) .{1,40}\b(?:report|inspection|letter) (?:say|said|find|found) "
     r"(?:about|on)\b|^\s*(?:is|are|was|were) .{1,40}\btoo (?:high|low|many|few|long|slow)\b", SAY_ABOUT),
    ("help", r"\b(?:undo|history|update|updates|note|notes|owner|role|roles|digest|digests|reminders?|commands?)\b"
     r".{0,30}\bhow (?:do|does) (?:they|it|these|this|that|those) work\b|\bhow (?:do|does) (?:the )?(?:undo|history|"
     r"update|note|owner|role|digest|reminders?)(?: command)?s? work\b", 5.0),  # 'undo & history - how do they work'
    ("help", r"\bwhat (?:am i|can i|could i|should i) (?:able to |allowed to )?ask(?: you| clerk| it)?\b|"
     r"\b(?:able|allowed|permission|access) to (?:update|edit|change|set|post)\b.{0,40}\bhow (?:do|can|should) i\b|"
     r"\bwhat (?:statuses|status) (?:am i|can i|are we|can we|could i) (?:allowed |able )?(?:to )?(?:set|use|choose|"
     r"pick)\b|"
     r"(?=.*\b(?:update|status|done|mark|move|note|clerk|command|at risk|delayed|complete|closed)\b)"
     r"\bhow (?:do|should|would|can) i (?:word|phrase|type|write|say|put) (?:it|that|an update|a status|a note)\b|"
     r"\b(?:what(?:'s| is) the|which|is there an?|any) (?:command|cmd|syntax) (?:to|for)\b|"
     r"^\s*(?:is there (?:an?|any)|any) way (?:to|i can|of) (?:see |check |find (?:out )?|view |get |show |seeing )?"
     r"(?:who (?:changed|updated|edited)|the history|an? (?:audit|change) (?:trail|log))\b|"
     r"^\s*(?:is there (?:an?|any)|any) way (?:to|i can) (?:undo|update|mark|log|record|close|assign|change|set) "
     r"(?:an? |my |the |that |its )?(?:action|status|update|rec|owner|progress)\b|"
     r"^\s*(?:is there (?:an?|any)|any) way (?:to|i can|of) (?:get|getting|see|have|run|pull|produce|set up|turn on) "
     r"(?:an? |the |my )?(?:board |weekly |daily |monthly )?(?:summary|summaries|digest|digests|reminders?|calendar)"
     r"(?: (?:out of|from) (?:you|clerk|the bot))?(?: please| pls)?\s*[?!.]*$",
     5.0),  # 'whats the command to close off an action', 'is there a way to see who changed an action's status'
    ("help", r"^\s*(?:help|hlep|halp|\?)(?:\s+(?:me|pls|please|plz|us))?\s*[?!.]*$|"
     r"\bwhat can (?:you|u|clerk|this bot|the bot)(?: \w+)? do\b|\bhow (?:do|can|should) i (?:use|drive|operate|work|"
     r"talk to|get started with) (?:you|u|clerk|this|it|the bot)\b|\bhow (do|can) i use\b|"
     r"\bwhat (?:commands|cmds)\b|^\s*(?:commands|cmds)\s*\??$|\bwhat (?:can|should) i (?:ask|type)\b|"
     r"\bwhat (?:sort|kind|type)s? of (?:things|questions|stuff) (?:can|could|should|do) (?:i|you|we) "
     r"(?:actually |really |even )?(?:ask|do|type|answer)\b|\bwhat (?:are you|do you do|is this bot)\b\s*[?!.]*$|"
     r"\bhow (?:does this|do you) work\s*[?!.]*$|"
     r"\bhow (?:do|can|should|would) i (?:update|change|mark|set|record|undo|assign|note)\b|"
     r"\bhow (?:do|can|should) i (?:log|post|enter|flag|register) (?:a |an |the |my |its )?(?:status|update|progress|"
     r"change|note|[a-z]{1,4}-\d)|"
     r"\bhow (?:do|can|should) i (?:see|view|check|read) (?:an action'?s|a rec'?s|the|an?) (?:history|log|trail|"
     r"audit trail|change log)(?: of (?:an? )?(?:action|rec|update)s?)?\s*[?!.]*$|"
     r"\bhow (?:do|can|should|would) (?:i|we) (?:\w+ ){0,2}?(?:(?:reverse|revert|undo|take back|cancel) "
     r"(?:(?:it|that|this)(?: update| change)?\s*[?!.]*$|(?:my|an?|the) (?:last )?(?:update|change|edit))|"
     r"take (?:it|that|this) back\s*[?!.]*$|(?:give|grant) (?:\w+ ){0,3}?(?:manager|admin|viewer|edit(?:ing)?|update) "
     r"(?:rights|access|role|permissions?)|(?:give|grant) (?:a |an |my |the )?(?:colleague|someone|somebody|user|"
     r"people|staff|new starter|team ?mate|manager|them|him|her)s? (?:\w+ )?(?:rights|access|role|permissions?)\b|"
     r"grant (?:rights|access|roles?|permissions?)\b|(?:tell|let) (?:clerk|the bot|you)\b)|"  # 'how do i give a
     # colleague manager rights', not 'how can we reverse this trend'
     r"\bexample commands\b|\bexamples? of (?:commands|(?:the )?questions (?:i|we) (?:can|could) ask)\b|"
     r"\b(?:what|which) (?:\w+ ){0,3}(?:do|does|can) (?:you|u|clerk|the bot|this bot|it) (?:understand|answer|handle|"
     r"take)\b|"
     r"\b(?:things|questions|requests|commands) (?:you|u|clerk) (?:understand|can answer|can do|know)\b|"
     r"\bsyntax\b|\bany tips\b|\bfirst time using\b|\bhow (?:do|should) i (?:use|ask)\b|"
     r"\b(?:which|what) commands\b|\b(?:list|menu) of (?:things|commands|questions)\b|"
     r"\b(?:things|commands|questions) (?:i|we) can (?:type|ask|say|use)\b|\bcommands? does (?:clerk|it|this|"
     r"the bot)\b",
     9),
    ("help", r"^\s*(?:hi|hello|hey|hiya|morning|afternoon)(?: clerk| there| all)?\s*[!.?]*$|"  # a greeting, a request
     r"^\s*(?:(?:erm+|um+|er|hmm+|ok|so|hi|hey|hello|right)[\s,.!]+)*(?:clerk\s+)?help\b[\s?!.,-]*(?:(?:i'?m |im )?"
     r"(?:new (?:to|here)(?: this| clerk)?|new|first time|just (?:started|joined)|stuck|lost|confused)[\s?!.]*)?$|"
     r"^\s*(?:clerk )?help(?: me)?(?: out)?(?: here| please| pls)?\s*[?!.]*$|"  # for help, for examples or a guide
     r"^\s*(?:(?:give me|show me|got|any|some|a|the|quick|user|is there an?|are there|need|i need|pls|please)\s+){0,3}"
     r"(?:examples?|instructions|user guide|guide|manual|documentation|cheat ?sheet|tips)"
     r"(?: (?:please|pls))?\s*[?!.]*$|"
     r"\bgetting started\b|\bwhere do i (?:start|begin)\b|"
     r"\bhow (?:does|do) (?:this|it|you|clerk)(?: \w+)? work\s*[?!.]*$|"
     r"\bwhat are my options\b|\bwhat can (?:this|it|clerk|you)(?: \w+)? (?:do|tell me)\s*[?!.]*$|"
     r"\bshow me what you can do\b|"
     r"^\s*(?:what|who) (?:is|are) (?:clerk|you|this bot|this)(?: for)?\s*[?!.]*$|\bwhat(?: is|'s) this bot for\b|"
     r"\bhow to use(?: (?:clerk|this|you|it|the bot))?\s*[?!.]*$|\blist (?:of )?(?:the )?commands\b|"
     r"^\s*usage\s*[?!.]*$|\bexplain how to use\b|"
     r"\b(?:what|which) (?:records|documents|docs|papers|data|info\w*|reports) "
     r"(?:do you (?:have|hold|know)|have you got|are (?:in|loaded)|you(?:'ve| have) got)"
     r"(?: loaded| in| stored| on file)?\s*[?!.]*$|\bwhat do you know(?: about)?\s*[?!.]*$|"
     r"\bwhat (?:sort of )?questions work\b|"
     r"\bwhat do i type\b", 9),
    ("summary", r"\b(summar(y|ise|ize)|overview|briefing|brief (?:me|us|the board|members)|sitrep|sum up|nutshell|"
     r"rundown|round-?up|state of play|big picture|headlines?(?: position| picture)?(?! findings| figures?\b| "
     r"numbers?\b| amounts?\b| sums?\b| totals?\b))\b|"
     r"\bheadline (?:numbers|figures)\b(?: please| pls)?(?: for (?:the |our )?(?:board|ib|meeting|members|committee))?"
     r"(?: please| pls)?\s*[?!.]*$", 3.2),  # not 'the headline figure on X', a number; 'headline numbers for the board'
    # is the board's
    ("summary", r"(?=.*\b(?:recs?|recommendations?|actions?|safeguarding|looked after|board|everything|all|tracker)\b)"
     r"(?:.*\W|^)(?:overview|big picture|snapshot|round-?up|sitrep)\s*[?!.]*$", 3.4),  # 'safeguarding recs -
    # overview': the theme's summary, not its list
    ("summary", r"\bsummar(?:y|ise|ize)\b|\bone[- ]pager\b|"
     r"^(?!.*\b[a-z]{1,4}-\d)(?:.*\bon track overall\b|.*\boverall on track\b)|"
     r"^\s*(?:so )?are we on track\s*[?!.]*$|\bposition statement\b|\bbriefing (?:note|paper)\b",
     3.5),  # 'summarise where we are on the SG recs', 'one-pager for members', 'a position statement on LAC'
    ("summary", r"^(?!.*\b[a-z]{1,4}-\d)(?:.*\bstatus of (?:everything|all(?: the)? (?:actions|recommendations|"
                r"recs)|the lot)\b|"
     r"\s*how are we doing(?: overall| generally)?\s*[?!.]*$|.*\boverall (?:status|position|picture|progress)\b|"
     r"\s*where are we (?:overall|generally|(?:on|with) (?:everything|it all))\s*[?!.]*$|"
     r".*\b(?:the )?position (?:on|with|re|regarding) (?![a-z]{1,4}-\d)"
     rf"(?!(?!.*\b(?:{THEME_SAID}|each|every|that|this|these|those|\d+ months?|six months?|three months?)\b)"
     r"[\w' -]{0,60}\b(?:rec|recommendation|action|item)\s*[?!.]*$))",
     3.6),  # "what's the position on safeguarding", 'where are we overall'
    ("summary", r"\b(?:key|main) (?:points|messages|findings)\b.{0,30}\b(?:report|paper|letter|update)s?\b|"
     r"\b(?:report|paper|letter|update)s?\b.{0,30}\b(?:key|main) (?:points|messages)\b|\bgist of\b|\btl;?dr\b",
     3.8),  # 'key points of the july paper'
    ("recent", r"\b(recent|lately|latest|newest|last few) (?:status |tracker |action )?(changes|updates|moves)\b|"
     r"\b(?:status|tracker) (?:moves|changes|updates|movements?)\b.{0,20}\b(?:lately|recently|of late)\b|"
     r"\bwhat(('?s| has| is)) (changed|new|been updated)\b"
     r"|\b(changes|updates) (since|this week|today|recently)\b|\bany (?:new )?updates\b|\banything new\b|"
     r"\bwhat(?:'s| has)? happened (?:since|this|today|lately|recently)\b|\bwho (?:has )?updated\b|"
     r"^(?!.*\b[a-z]{1,4}-\d).*\b(?:touched|changed|updated|edited|modified)\b.{0,15}\b(?:the|in the|on the) "
     r"(?:tracker|action log)\b|"
     r"\b(?:anyone|anybody|anything|statuses|status|actions?)\b.{0,20}\b(?:changed|updated|edited|modified|"
     r"touched)\b.{0,30}"
     r"\b(?:lately|recently|this week|today|since)\b(?! (?:[a-z]+ )?(?:19|20)\d\d\b)|"
     r"\b(?:changes|updates|movement|edits)\b.{0,30}\b(?:the (?:last|past) (?:\w+ ){0,2}(?:days?|weeks?|fortnight)|"
     r"since (?:last )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday))\b|"
     r"\b(?:changes|updates|edits) (?:logged|made|recorded|posted)\b|\bmovement on (?:the )?(?:status|actions)|"
     r"\bwhat (?:(?:got|has been|have been|was|were) |did (?:people|anyone|anybody|folk|managers|we|they) )"
     r"(?:updated|changed|update|change)\b(?!\s+(?:in|on|to|about|for|at)\b)"
     r"|\bwho changed\b|\bactivity on the tracker\b|"
     r"\btracker activity\b|\bwhat changed\b(?=.*\b(?:this week|today|yesterday|recently|lately|last week|this month|"
     r"since (?:yesterday|monday|tuesday|wednesday|thursday|friday|last (?:week|month)|\d))\b|\s*[?!.]*$)|"
     r"\bwho(?: is| has)? been (?:updating|changing|editing|marking)\b|"
     r"\bwho(?: is| has)? been (?:posting|logging|adding) (?:updates|notes|changes|anything|stuff)\b|"
     r"^(?!.*\b[a-z]{1,4}-\d).*\b(?:people|anyone|anybody|folk|managers|everyone|the team|colleagues) "
     r"(?:been |have been |are )?(?:updating|changing|editing|marking)(?:\s+(?:today|this week|lately|recently|"
     r"since \w+|on the tracker|in the tracker))?\s*[?!.]*$|"
     r"\bstatus (?:changes|updates)\b|\b(?:anything|what(?: is| has)?|has anything) (?:moved|shifted)\b|"
     r"^\s*(?:what(?:'s| is) the )?latest(?: news| updates?)?\s*[?!.]*$|"
     r"\bwhat did (?:\w+ ){0,2}(?:change|update|edit)\b.{0,40}\b(?:recently|lately|this week|today|since)\b|"
     r"\bwhat (?:have|has) (?:\w+ ){0,2}(?:changed|updated|edited)\b.{0,40}\b(?:recently|lately|this week|today|"
     r"since)\b|\b(?:recent|latest) (?:activity|edits|movements?)\b|\bactivity (?:lately|recently|this week|today)\b",
     3.4),  # not 'how has X changed since (march) 2014'
    ("overdue", r"^(?!.*\b(?:ofsted|judge?ments?|judged|rated|ratings?|grade[ds]?)\b).*"
     r"\b(?:still|anything|what(?:'s| is)) outstanding\b", 3),  # 'anything still outstanding from the inspection?',
    # not 'did ofsted find anything outstanding'
    ("overdue", r"\b(?:blown|blew|missed|overshot|gone over|run over)\b.{0,15}\bdeadlines?\b|"
     r"\bdeadlines?\b.{0,20}\b(?:blown|blew|missed|overshot|gone over|run over)\b|"
     r"\bdeadlines?\b.{0,30}\b(?:we'?ve|we have|have|has|already) (?:already )?(?:blown|missed|overshot|gone over)\b|"
     r"\b(overdue|late|behind|missed|slipp\w*|past (the |their |its )?(due|deadline)|"
     r"not (yet )?(been )?(done|completed|finished|delivered)|still (?:hanging|undone))\b|"
     r"\b(?:past|beyond|passed|exceeded|overran|overrun) (?:the |their |its |our )?(?:due |target |end )?"
     r"(?:dates?|deadlines?)\b|\bdid (?:they|we|it|he|she|you|[a-z]+) miss\b", 3),
    ("overdue", r"\b(?:missed|blown|passed|gone past|slipped past|overshot|overrun|overran|run over|ran over|gone over|"
     r"past) (?:its|their|the|our) (?:due |target |end )?(?:date|deadline|timescale|time ?frame|time ?limit|window)\b|"
     r"\b(?:blow|blown|blew) through (?:any|anything|some)\b(?!.*\b(?:budget|money|funding|spend|cash)\b)|"
     r"\b(?:deadline|due date|target date|cut[- ]?off)s? (?:has |have )?(?:now |already )?(?:gone|passed|expired|"
     r"lapsed)\b|"
     r"(?=.*\b(?:deadlines?|timescales?)\b).*\b(?:have not we|has not it|have we not|not yet|not) (?:hit|met|made)"
     r"(?: (?:the|its|their|that|this|our) (?:deadlines?|timescales?|dates?|target dates?)(?: on| for)?)?\s*$|"
     r"\bdid (?:it|they|that|this|we) slip\b|\bslip(?:ped)? past\b|"
     r"\b(?:cut-?off|deadline|due date|target date)s? (?:went by|has gone by|went past|has been and gone)\b|"
     r"\bdid (?:the |our |its )?[\w' -]{0,30}?\b(?:go-?live|launch|opening|deadline|date|delivery|timetable|"
     r"timescale|rec|recommendation|action|work|project|programme|review|report)s? slip\b",
     5.0),  # 'has the youth hub missed its date': not when the date is
    ("due_date", r"\b(?:open|opening|live|ready|done|finished|complete|delivered)[- ]by date\b|^\s*target (?:opening|"
     r"completion|launch|finish|go-?live)\b", 5.0),  # 'the play areas - open-by date?', 'target opening for the hub'
    ("due", r"\b(due|deadlines?)\b", 2.2),
    ("due", r"^\s*(?:is )?(?:anything|what(?:'s| is)?|which (?:recs|actions|ones)) (?:landing|due to land|coming in|"
     r"coming off)\b", 3.4),  # 'anything landing in july?': due then
    ("due", r"\b(?:deadlines?|due dates?|(?:falling|fall|falls|coming) due)\b.{0,12}\b(?:in|over|within|during|for) "
     r"(?:the )?(?:next|coming|following)\b|"
     r"\b(?:what|which|anything)\b.{0,20}\b(?:has|have|is|'s) got to be (?:delivered|done|finished|completed|in place|"
     r"signed off)\b", 3.4),  # 'any deadlines in the next month?', "what's got to be delivered before easter"
    ("due", r"\b(?:ofsted|inspect\w*)\b.{0,20}\bdeadlines?\b|\b(?:left|still|due|yet) to (?:land|deliver)\b|"
     r"\bwhat (?:lands|is landing|will land|falls due)\b|\b(?:lands|landing)\b.{0,25}\b(?:between|before|by|this|"
     r"next|in the)\b|\b(?:wants?|needs?|expects?) (?:from us|us to (?:do|deliver))\b.{0,30}\b(?:by|before|between|"
     r"in|this|next)\b|\b(?:the )?(?:very )?next (?:deadline|due date)\b|\b(?:with|has) an? (?:[a-z]+ )?date on\b",
     3.0),  # 'ofsted deadlines before easter', 'what's left to land this FY', 'anything with a may date on it'
    ("indicator", r"\b(?:count|tally|head ?count)\b(?: of)?(?: \w+){0,3} (?:appointed|recruited|so far|to date|"
     r"attending|attended|took part|taking part|involved)\b|\bsize of the (?:\w+ ){0,2}(?:cohort|group|team|audience|"
     r"caseload|cast)\b", 3.6),  # 'advanced practitioner roles - count appointed so far', 'size of the performing
    # cohort': a figure
    ("overdue", r"^(?!.*\b(?:risks?|register|memberships?|terms?|checks?|licen[cs]es?|contracts?|dbs|crb)\b).*"
     r"\b(?:which|what|any|anything)\b.{0,60}\b(?:commitments?|actions?|recs?|recommendations?|ones|"
     r"items|deadlines?)\b.{0,50}\b(?:have|has) (?:now |already )?lapsed\b", 4.4),  # 'which of the dated commitments
    # in it have lapsed'
    ("due", r"^(?!.*\b(?:missed|passed|lapsed|slipped|overdue|blown|gone|late)\b)"
     r"\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+(?:deadlines|due dates|dues)\b|"
     r"\bby (?:the end of )?(?:next|this) (?:week|month|quarter)\b.{0,30}\b(?:supposed|meant|expected|due) to "
     r"(?:have )?(?:happen(?:ed)?|be done|been done|be delivered|been delivered|land(?:ed)?)\b", 4.4),  # 'sept
    # deadlines - is there anything on the tracker', 'by the end of next month, what's supposed to have happened'
    ("status", r"^\s*(?:has|have) (?:the |our |that |this )?[\w' /-]{0,80}\b(?:rec|recommendation|action|one|item|"
     r"work|workstream|strand|commitment|[a-z]{1,4}-\d+) (?:moved|progressed|shifted|budged|advanced)(?: at all| on| "
     r"forward| along| anywhere)?\s*[?!.]*$", 4.0),  # 'has the contact centre
    # reclassification rec moved at all': where it stands
    ("due", r"\bwhat (?:do|does|did|will) (?:we|they|the council|the authority|us) owe\b", 4.3),  # '… what do we
    # owe ofsted': what is due to it
    ("due_date", r"\bby when\b(?!.{0,60}\b(?:published|inspected|held|met|written|sent|issued|released|came out)\b)",
     4.2),  # 'by when did the inspectors want the LSCB strengthened'
    ("due_date", r"\b(?:when|what date|which date|by when)\b.{0,90}\b(?:due|deadlines?)\b(?! (?:to|for) (?:meet|sit|"
     r"convene|gather|a meeting))|\bdue dates? (?:of|for)\b"
     r"|\b(?:deadline|due date) (?:for|of|on) [a-z]{1,4}-\d|\b[a-z]{1,4}-\d+'?s? (?:deadline|due date)\b"
     r"|\bwhen\b.{0,60}\b(?:have|has|need|needs) to be (?:done|completed|finished|delivered|met)\b"
     r"|\b(?:done|completed|finished|delivered) by when\b|^\s*(?:what(?: is|'s) the )?deadlines? (?:for|of|on)\b"
     r"|\b(?:target|go-?live|completion|finish|end) date\b|\bby (?:which|what) date\b|\bdue when\b|"
     r"\b(?!(?:the|a|any|next|upcoming|is|what|whats|its|their|our|his|her|my|this|that|past|missed|passed|"
     r"beyond|blown|over|" + MONTHS_SAID + r")\b)[a-z]+ deadline\s*[?!.]*$|"  # 'SG3 deadline', not 'a march
    # deadline'
     r"^(?!.*\b(?:past|missed|miss|passed|beyond|blown|overdue|late|over|meet|met|hit)\b)"
     r"(?!.*\b(?:make|made) (?:the|its|their|that) deadline).*"
     r"\b(?:(?:the|its|their) deadline|due date)"
     r"\s*[?!.]*$|"  # 'escr rec - what's the deadline', not 'are we past the deadline'
     r"\b(?:date|when)\b.{0,90}\b(?:had|have|has|need|needed|needs|want|wanted)\b.{0,80}\bby\s*[?!.]*$|"
     r"\bwhen (?:is|are|was|were) (?:it|that|this|they|those) (?:meant|supposed|due|expected) to be (?:met|done|"
     r"finished|completed?|delivered|in place)\b|"  # 'date we had to X by', 'when was it meant to be met'
     r"^(?!.*\b(?:which|what|list|show|all)\b.{0,30}\b(?:actions|recs|recommendations)\b)"
     r"(?!.*\b(?:months?|weeks?|days?|years?|immediate)\W+time ?(?:scales?|frames?)\b)"  # 'a 3 month timescale'
     r".*(?:\btime ?(?:scales?|frames?)\s*[?!.]*$|"
     r"\bwhat (?:is|was|'s|were) (?:its|the|their) time ?(?:scales?|frames?)\b|"
     r"\btime ?(?:scales?|frames?) (?:for|of|on)\b)|"
     r"\bhow long (?:have|do) (?:we|they|i) (?:got|have)\b|"
     r"\bhow (?:much|long) time (?:is left|do we have|have we got)\b",
     3.6),  # 'LSCB rec: what was its timescale', 'placement choice - how long have we got'

    ("due_date", r"^(?!.*\b(?:inspect\w*|ofsted|report|published|publication|meet\w*|notified|visit\w*)\b)"
     r".*\bwhat (?:date|deadline|timescale) (?:were|was|have|has) (?:we|they|the council|it) (?:been )?"
     r"(?:given|set|told)\b|\b(?:go-?live|launch|start|opening) (?:date )?for .{1,60}\W+(?:exact )?date\s*[?!.]*$",
     5.0),
    # 'complaints + advocacy info for parents - what date were we given'
    ("due_date", r"^\s*(?:the |a )?(?:due date|deadline|target date) (?:on|for|of) (?:the |our |that |this )?"
     r"(?!(?:recs?|recommendations?|actions?|items?|ones|everything|all|each|every|any)\b)\w|"
     r"^(?!.*\b(?:inspect\w*|ofsted|meet\w*|papers?|submit\w*|plan)\b).*\bby what (?:point|stage|time|date|month)\b"
     r".{0,90}\b(?:should|must|needs?|meant|supposed|expected|due|ha(?:ve|s) to)\b.{0,100}\b(?:have been|be) "
     r"(?:fully )?(?:done|implemented|finished|completed?|delivered|in place|met|sorted|ready|open|opened|established|"
     r"introduced)\b", 5.0),
    # 'due date on the detailed progress update to exec?', 'by what point should the review have been implemented'
    ("due_date", r"\b(?:what(?:'s| is| was)|any) (?:the )?(?:deadline|due date|target date|cut-?off) (?:on|for) "
     r"(?:that|this|it|them|those)\s*[?!.]*$|"
     r"\bhow long did (?:ofsted|the inspectors?|inspectors|they|the report|the letter|dfe|the minister) give\b|"
     r"\b(?:when|by when|what date|which month)\b.{0,70}\b(?:aiming|aim|aims|working|planning|hoping|intending) to "
     r"(?:have|get)\b.{1,60}\b(?:in place|bedded in|done|finished|ready|live|up and running|sorted|completed?|"
     r"established)\b|"
     r"\b(?:date|deadline|month)\b.{0,60}\b(?:working to|aiming for|pencilled (?:in )?for|pencilled in|earmarked for|"
     r"slated for|penciled (?:in )?for)\b|\b(?:which|what) (?:month|date|day) is it (?:pencilled|penciled|"
     r"slated|earmarked|scheduled|planned) (?:in )?for\b", 4.2),  # "what's the deadline on that", 'how long did
    # ofsted give us to set targets', 'when's the DCS aiming to have his structure bedded in', 'which month is it
    # pencilled for': a thing's target date
    ("overdue", r"\b(?:failed|not managed|didn'?t manage|did not manage|haven'?t managed) to (?:deliver|do|finish|"
     r"complete|meet|hit)\b|\bnot (?:delivered|done|finished|completed) (?:on|in) time\b|"
     r"^(?!.*\b(?:how many|how much|heard|hear|hearing)\b).*\b(?:(?:meant|supposed|due|planned|scheduled|expected|"
     r"promised) to (?:be|have)|should (?:have|'ve|be)|ought to (?:have|be))\b.{0,40}\bby now\b|"
     r"\b(?:that|the|its|their) (?:date|deadline) (?:come and go|came and went|pass(?:ed)?|go by|gone by|"
     r"been and gone)\b|\b(?:date|deadline)\b.{0,60}\b(?:come and go|came and went|been and gone)\b|"
     r"\bdid (?:that|the|it|its) (?:date|deadline) (?:slip|pass|go by|go past)\b", 4.1),  # 'play areas - weren't
    # they meant to be open by now??', 'did that date come and go?'
    ("due_date", r"\b(?:wanted|wants?|needed|needs?|expected|meant|supposed|asked)\b.{0,40}\b(?:sorted|done|fixed|"
     r"finished|in place|completed?|delivered|up and running|live|ready)\s+by\s*[?!.]*$|"
     r"^(?!.*\b(?:missed|overdue|passed|late|blown)\b).*\bwhat (?:time ?scales?|time ?frames?)\b.{0,10}\b(?:did|"
     r"does|do|was|were|has|have)\b|"
     r"^(?!.*\b(?:meet\w*|sit|sitting|convene|gather|take place|publish\w*|report|reported)\b).*"
     r"\b(?:which|what) (?:month|date|day)\b.{0,40}\b(?:meant|supposed) to |"
     r"^(?!.*\b(?:inspection|meeting|report)\b).*\bwhen (?:(?:should|must) .{1,60}\b|(?:are|is) .{1,60}\b(?:meant|"
     r"supposed|due) to )be (?:fully )?(?:up and running|"
     r"in place|established|operational|done|finished|completed?|delivered)\b|"
     r"\b(?:immediate(?:ly)?|(?:\d+|one|three|six)[- ]months?)(?: one)? or (?:an? |the )?(?:immediate|(?:\d+|one|three|"
     r"six)[- ]months?)(?: ones?)?\s*[?!.]*$",
     4.3),  # 'ofsted wanted that sorted by?', 'what timescale did they give', 'immediate or 3 month one?', 'when should
    # the new arrangements be up and running'
    ("due_date", r"\b[a-z]{1,4}-\d{1,5}\b\W{0,5}(?:when|due when|due soon|by when)\s*[?!.]*$|"
     r"^\s*(?:is|are)\s+[a-z]{1,4}-\d{1,5}\s+due\b", 4.0),  # 'SG-13 - when?', 'is SG-3 due soon'
    ("owner", r"\b(?:rec|recommendation|action|one|item)\b\W+who(?:'s| is| has)? got (?:it|that|this)\s*[?!.]*$|"
     r"\bwhich (?:group|body|board|team)s? keeps? (?:tabs|an eye) on (?!.*\b(?:recs|recommendations|actions)\b)|"
     r"\b(?:put |been put |is |are )?down as (?:the )?(?:lead|owner|owning|responsible|accountable)\b|"
     r"\bdown as owning\b|\b(?:lead(?: role)?|responsibility|ownership) (?:for .{1,60} )?sits with (?:which|what|whom|"
     r"who)\b|"
     r"\bwho (?:has|holds|is holding) (?:the |that |this )?.{1,40}\b(?:rec|action|one|recommendation)\b|"
     r"\bwhose is (?:the |that |this )?.{1,40}\b(?:rec|action|one|recommendation|task)\b|"
     r"\bwho(?:'s| has| is)(?: been)? (?:given|assigned|allocated|handed)\b", 4.05),  # 'who has the core assessment
    # action', 'whose is the paeds rota rec', "who's been given the complaints one"
    ("owner", r"\bwho (?:should|do|can|would) i (?:talk|speak|go) to (?:about|re|on)\b|"
     r"\bwho(?:'s| is| has) got (?:the )?.{1,40}\b(?:rec|action|one|recommendation)\b|"
     r"\bwhich (?:manager|person|officer|colleague) (?:has|holds|owns|is doing)\b|"
     r"\bon the hook for\b|\bwho delivers\b|\bwho(?:'s| is) delivering\b", 4.0),  # 'who should i talk to
    # about the caseload rec', "who's got the PEP action"
    ("owner", r"^(?=.*\b(?:deadlines?|actions?|recs?|recommendations?|tasks?|[a-z]{1,4}-\d+|programme|project|strand|"
     r"workstream|restructur\w*|due)\b).*"
     r"(?:\bwho(?:'s| is) in charge of\b|\bwhose (?:responsibility|job|action|task|remit|baby|gig|patch)\b)|"
     r"\bwhose (?:job|responsibility|task) (?:is it|is that|was it) to (?:deliver|do|sort|finish|complete|get)\b",
     4.6),
    # not 'whose job is youth justice': no action named
    ("owner", r"\bwho owns\b|\bwho(?: is|'s)? (?:responsible|accountable) for [a-z]{1,4}-\d|\bassigned to\b|"
     r"\bwho does [a-z]{1,4}-\d{1,5} belong to\b|\bwhose is [a-z]{1,4}-\d|"
     r"\bowned by\b|\bowners? (?:of|for)\b|\bno owners?\b|\bunowned\b|\bunassigned\b|\bmy actions\b|"
     r"\bwhat (?:does|do) .{1,40} own\b|\bon (?:my|their|his|her) plate\b|"
     r"\bwho(?: is|'s)? leading (?:on )?[a-z]{1,4}-\d|\bwithout (?:an )?owners?\b|"
     r"\bwho(?: is|'s)? (?:leading|doing|handling|responsible for|accountable for)\b(?: on)?[\w' -]{1,60}\bactions?\b|"
     r"\bwho(?: is|'s)? (?:leading|responsible|accountable)\b.{0,60}\b(?:recommendation|rec|action|one)\s*$|"
     r"\bwhose name is (?:against|on|next to)\b",
     3.9),
    ("status_list", r"\b(?:what|which|list|show|any|anything|how many|all)\b.{0,80}\b(?:at risk|delayed|blocked|"
     r"on hold|stalled|done|completed?|finished|not started|in progress|ongoing|underway|closed off|signed off|"
     r"ticked off|wrapped up|being worked on|in flight|on the go|in train)\b|"
     r"^(?!.*\b(?:not|budget|money|funding|left|activities|cards?)\b).*"
     r"(?:\b(?:recs|recommendations|actions|ones|items)\b.{0,30}\b(?:report|show|mark|count|class) (?:them )?as "
     r"(?:closed|done|complete|finished|closed off|signed off)\b|"
     r"\b(?:recs|recommendations|actions|ones|items|which|what)\b(?: \w+){0,3} (?:are |is )?(?:currently |now )?"
     r"in hand\b)|"
     r"\b(?:recs|recommendations|actions|stuff|things|ones|items|tasks)\b (?:that(?:'s| is| are| have been)|"
     r"which (?:are|have been)|we(?:'ve| have)(?: now| already)?|currently|now|still)\b.{0,20}\b(?:at risk|delayed|"
     r"blocked|on hold|stalled|done|completed?|finished|closed|underway|ticked off|signed off|wrapped up|"
     r"being worked on|in flight|on the go|in train|in progress|not started)\b|"
     r"^\s*(?:the )?(?:at risk|delayed|done|completed|blocked|not started|in progress)\b|"
     r"\b(?:recs|recommendations|actions|ones|items)\s+(?:that are |which are |still |now )?"
     r"(?:at risk|delayed|blocked|done|completed|finished|not started|in progress)\b", 3.3),
    ("status_list", rf"^\s*(?:(?:the|all|any|our)\s+)?(?:(?:{THEME_SAID})\s+)?(?:stuff|things|items|work|ones|recs|"
     r"recommendations|actions|tasks|bits)\s+(?:(?:that(?:'s| is| are)|which are|currently|now|still|presently|been)"
     r"\s+)*(?:at risk|delayed|blocked|on hold|stalled|done|completed?|finished|closed|not started|in progress|ongoing|"
     r"underway)\s*[?!.]*$", 3.6),
    ("status_list", r"^(?!.*\b(?:[a-z]{1,4}-\d|what happens|summary|overview|brief|briefing)\b)(?:"
     r"(?=.*\b(?:any|anything|which|what|how many|list|show|all|items|ones|recs|recommendations|actions|stuff|"
     r"things)\b).*\b(?:flagged|marked|set|logged|recorded|tagged|down|showing) (?:as |to )?(?:slipping|at risk|"
     r"delayed|blocked|on hold|stalled|done|completed?|finished|closed|not started|in progress|in flight)\b|"
     r".*\b(?:at risk|delayed|blocked|on hold|stalled|in flight|in progress|not started|completed|finished)\s+"
     r"(?:items|ones|actions|recs|recommendations|tasks|stuff|things|bits)\b)",
     3.7),  # 'anything flagged as slipping?', 'flag me the at-risk items', 'have any recs been marked done yet'
    ("judgement", r"^(?!.*\bstill outstanding\b)"
     r".*\b(?:which|what) (?:areas|bits|parts|categories|judge?ments|things|aspects)\b.{0,20}"
     r"\b(?:were|was|are|got|rated|judged|graded)\b.{0,10}\b(?:good|outstanding|adequate|inadequate|"
     r"requires? improvement)\b", 3.8),
    # 'which areas were good for LAC'
    ("status_list", r"\b(?:actions?|recs?|recommendations?|items?|ones) (?:that (?:are|is) |which (?:are|is) )?"
     r"(?:are |is )?(?:rated |marked |flagged |showing |set to |at )?(?:red|amber|green|blue)\b|"
     r"\b(?:red|amber|green|blue) actions?\b", 3.5),  # an action's RAG is its status
    ("frequency", r"^(?!.*\b(?:due|deadlines?|overdue|late|anything|something|report to|send|submit\w*|targets?|"
     r"figures?|numbers?)\b)"
     r"(?!\s*(?:what|which|who|how|when|where|why)\b).*\b(?:does|do|is|are|did|was|were)\b.{0,80}"
     r"\b(?:every|each|once an?|twice an?) (?:quarter|month|week|year|fortnight|term|(?:\w+ )?(?:weeks|months))\b"
     r"(?! (?:to|until|before|by)\b)", 4.2),  # 'does DfE check on the improvement notice every quarter or what?': how
    # often, asked as a guess
    ("frequency", r"\bhow (often|frequently)\b|\bfrequency\b|\bintervals? between (?:its |their |the )?(?:\w+ ){0,3}"
     r"meetings\b|\bmeeting intervals?\b|\b(?:weekly|monthly|quarterly|yearly|annually) or\b|"
     r"\bhow (?:many|long|much time) (?:(?:weeks|months|days) )?(?:between|apart)(?: (?:its|their|the|each))? "
     r"(?:meetings|sittings)\b|\bgaps? between (?:its |their |the )?meetings\b|"
     r"\bevery how many\b|\bhow many times a (?:year|month|week)\b|\bwhich (bodies|boards|groups|committees) meet\b"
     r"|\bmeeting (cycle|schedule)\b|\b(?:meets?|meet|sits?|convenes?) (?:the )?(?:least|most|more|less) (?:often|"
     r"frequently)\b|\b(?:more|less|most|least) frequent(?:ly)?\b|\b(?:meets?|sits?|convenes?) (?:weekly|fortnightly|"
     r"monthly|quarterly|annually|yearly|bi-?monthly|six[- ]weekly|"
     r"every (?:two|three|four|six|\d+) (?:weeks|months))\b|\bhow (?:far|long) apart\b|\bhow regular(?:ly)?\b|"
     r"\bhow many (?:times )?(?:a|per|each) (?:year|month|week)\b|\bat what intervals?\b",
     3.6),
    ("last_meeting", r"^\s*when (?:was|were|did)\b(?!.*\b(?:next|upcoming|future|forthcoming)\b).{0,60}\b(?:meet|"
     r"meeting|meetings|met|sit|sat|held|convened?)\b", 3.3),  # 'when was the extraordinary council meeting in jan?'
    ("last_meeting", r"\bdate of (?:the |our )?(?:last|latest|most recent|previous) (?:[\w&' -]{1,50} )?(?:meeting|"
     r"sitting|session)s?\b", 5.0),  # 'date of the most recent children & families scrutiny meeting'
    ("next_meeting", r"\bdate of (?:the |our )?(?:next|upcoming|forthcoming) (?:[\w&' -]{1,50} )?(?:meeting|"
     r"sitting|session)s?\b", 5.0),
    ("last_meeting", r"\b(last|previous|most recent(ly)?|latest)\b.{0,40}\b(meet|met|meeting|sat)\b|"
     r"\b(?:last|previous|latest|most recent) (?:sitting|session)\b"
     r"|\bwhen did\b.{0,40}\b(meet|sit)\b|\bwhen (was|were) .{0,40}\blast\b|"
     r"\b(?:most recent|latest|last) (?:one|meeting|sitting|session)\b.{0,20}\b(?:was|were)\b.{0,10}"
     r"\bwhen\b", 3.4),
    ("next_meeting", r"^\s*(?:what|whats|what's|anything|is there anything|any)(?: is)?\s+(?:coming up|on the "
     r"horizon|on|upcoming|ahead|happening)\b(?:\s+(?:this|next)\s+(?:week|month|fortnight|quarter)|"
     r"\s+(?:in|during)\s+(?:" + MONTHS_SAID + r")(?:\s+\d{4})?)?\s*[?!.]*$", 4.0),  # 'anything on in september'
    ("next_meeting", r"\b(next|upcoming|coming up|forthcoming|future)\b.{0,40}\b(meet\w*|board|committee|"
     r"scrutiny|group|panel|sits?)\b|\bwhen\b.{0,40}\b(meets?|meeting|sit|(?:re)?convenes?)\b|\bmeetings?\b.{0,30}"
     r"\b(coming|next|soon|planned|scheduled)\b|\b(is|are|does|do|will)\b.{0,40}\b(meet|meeting|sitting)\b"
     r".{0,20}\b(this|next|in)\b", 3.2),
    ("next_meeting", r"^\s*any (?:meetings?|boards?|committees?) (?:this|next) (?:week|month|fortnight)\b|"
     r"^\s*(?:are there )?any meetings (?:on|coming|soon|planned)\b|"
     r"^\s*(?:are there )?any meetings (?:in|during) (?:" + MONTHS_SAID + r")\b", 3.9),
    ("chair", r"^(?!\s*who\b).*\b(?:still|now|currently|yet|is|he|she)\s+(?:in charge of|chairing|heading|running) "
     r"(?:the )?(?:[\w']+ ){0,3}(?:board|committee|group|panel|partnership|scrutiny|forum|"
     r"(?!(?:hub|club|job|web|pub|lab|sub|grab)\b)[a-z]{1,4}b)\b", 3.9),  # 'bill mccarthy - still in charge of the
    # IB?': whether someone chairs a body (a board by its initials, 'IB', 'LSCB'; not the youth hub)
    ("chair", r"\bwho (chairs|chaired|leads|heads|runs|ran|convenes|presides|presided)\b|"
     r"\bchair(?:person|man|woman)?\s*$|\bin the chair\b|"
     r"\bchair(ed|man|person|s)?\b.{0,15}\b(of|for)\b|\bwho (?:is|was) (the )?(\w+ )?chair(?:man|person|woman)?\b|"
     r"\bwho is chairing\b|\bchaired by\b|\bhead of the table\b|"
     r"\b(?:cllr|councillor|member|who|person)\b.{0,15}\b(?:in charge of|presiding over|heading up) (?:the )?"
     r"(?:(?!(?:for|of|at|on|to|with)\b)[\w']+ ){0,5}(?:board|committee|panel|group|forum|partnership)s?\s*[?!.]*$",
     3.5),  # 'cllr in charge of the CS scrutiny brd?'
    ("members", r"\bwho (?:attended|was present|were present)\b|\bin attendance\b|\b(?:officers|members|councillors|"
     r"people|who) (?:were|was) (?:at|present)\b|^\s*(?:was|were|did) .{1,40}\b(?:at|attend) the .{0,40}\bmeeting\b|"
     r"\battendance (?:at|of|for) (?:the )?.{0,40}\bmeeting\b", 4.0),
    ("members", r"\bwho (is|are|was|were|sits?|sat|serves?|served|attends?|attended)\b.{0,20}\b(on|in|at)\b|"
     r"\bmembers?(hip)?\b|"
     r"\b(?:sits?|serves?|sitting|represented)\s+on\b|"
     r"\b(?:is|are)\s+(?!(?:its|their|the|it|this|that) (?:current |latest )?(?:status|rag|position)\b)(?:the\s+)?"
     r"[\w' ]{1,30}\s+on\s+the\b|"
     r"\battendees\b|\bwho attends\b|\bwho goes to\b|\bwho from\b.{0,30}\b(?:goes|attends|sits|is on)\b|"
     r"\b(?:reps?|representatives?) (?:on|at|from)\b|\b(?:reps?|representatives?|members?)\b.{0,20}\bwhich (?:orgs?|"
     r"organisations?|organizations?|agencies|partners|bodies)\b", 3),
    ("members", r"\b(?:everyone|everybody|all the people|who all|who else) (?:is |sits |serves )?(?:on|in|at)\b|"
     r"\b(?:sit|sits|sat|sitting|round|around) (?:round|around|at) the table\b|"
     r"\bwhich (?:partners|organisations|organizations|agencies|orgs)\b.{0,20}\b(?:sit|sits|sat|(?:are )?represented)"
     r"\b|"
     r"\bhow many (?:people|members|councillors|officers|reps|representatives) (?:are |sit |serve )?(?:on|in|at)\b|"
     r"\bwho else (?:sits|is|serves)\b", 4.2),  # 'list everyone on the IB', 'how many people are on the board'
    ("about_body", r"\b(?:[a-z]{2,6}|board|committee|group|partnership|panel|forum|team)'s (?:job|role|remit|purpose|"
     r"function|responsibilit\w*|brief|part)\b(?!.*\b(?:who|chair\w*|members?)\b)|"
     r"\bwhy (?:does|do|did) (?:the |a |an )?[\w' ]{1,40} exist\b|\bwhat(?:'s| is| was) the point of (?:the |a |an )?"
     r"[\w' ]{1,40}\b(?:board|committee|group|partnership|panel|forum|team)\b", 3.9),  # "CTB's job when it comes to
    # monitoring the plan?"
    ("about_body", r"\b(?:its|their) (?:part|role|job|function|place) in (?:overseeing|monitoring|running|the)\b|"
     r"^\s*where (?:does|do) (?:the )?[\w' -]{2,40} fit (?:in|into)\b", 4.2),  # 'leader management team - its part in
    # overseeing the plan?', 'where does CSLT fit in the improvement plan monitoring arrangements'
    ("about_body", r"^\s*why (?:do|does) (?:we|the council|the authority|the la) (?:have|need|hold|run) "
     r"(?:the|a|an) (?!(?:so many|two|three|several|all)\b)[\w' -]{2,50}\b(?:meetings?|boards?|groups?|panels?|"
     r"committees?|forums?|partnerships?)\s*[?!.]*$",
     4.5),  # 'why do we have the DfE interim reporting meetings': what they are for
    ("about_body", r"^\s*(?:remind me |tell me |so )?what (?:the |a |an )?[\w' ]{1,40}\b(?:does|do)\s*[?!.]*$|"
     r"^\s*what are (?:the )?[\w' ]{1,60}\bfor\s*[?!.]*$", 3.4),  # 'remind me what the CTB does', 'what are area
    # children leeds partnerships for'
    ("about_body", r"\bwhat (does|do) .{0,60}\b(do|cover|look at|oversee)\b|\bwhat is .{0,60}\bfor\s*\??\s*$|"
     r"\bwhat (?:they(?:'re| are| were)|it(?:'s| is| was)|(?:are|were) (?:they|these|those)) (?:for|meant to do|"
     r"there for)\b|"
     r"\b(purpose|remit|terms of reference|responsib\w*)\b", 3.3),
    ("about_body", r"\btell me about\b|\bwhat is the\b|\bwhat are the\b.{0,50}\b(?:partnerships|boards|"
     r"committees|panels|forums|networks|(?:sub|working|steering) ?groups)\s*\??$", 1.8),
    ("inspection", r"\bhow many (?:ofsted |inspection )?(?:inspections|visits|inspection reports|ofsted reports)\b|"
     r"\bhow many reports\b.{0,30}\b(?:on|for|about|of)\b", 4.0),
    ("inspection", r"\bwhat came out of (?:the |our |that )?(?:[\w']+ ){0,4}(?:inspection|ofsted)\b|"
     r"\bwhat came out of (?:the |our |that )?(?:[\w']+ ){0,3}(?:unannounced|announced|ofsted|monitoring|inspection) "
     r"(?:visit|one)\b|\b(?:inspection|(?:unannounced|announced|ofsted|monitoring) visit)\b.{0,30}\bwhat came out "
     r"of it\b", 4.0),  # 'what came out of the jan 2011 unannounced
    # visit, headline': what it found, not a board summary
    ("inspection", r"\bwho inspected\b|\b(?:" + KINDS + r")\b.{0,20}\bor (?:an? )?(?:" + KINDS + r")\b|"
     r"\bnext (?:ofsted )?(?:inspection|visit)\b|"
     r"\b(?:lead|reporting) inspectors?\b|\bwho\b.{0,30}\b(?:led|lead|leads|leading|inspected|"
     r"carried out|conducted|did)\b.{0,40}\b(?:inspection|visit)\b|"
     r"^(?!.*\b(?:rated?|ratings?|grades?|graded|judge?ments?|judged|label\w*|give|gave|scor\w*|money|funding|feel|"
     r"felt)\b).*\binspectors?\b", 4.1),  # how many inspectors came,
    # whom they met; 'what did the inspectors give SG for responsiveness' is Ofsted's grade
    ("inspection", r"^(?!.*\b(?:rated|ratings?|grades?|graded|judge?ments?|judged|results?|outcomes?|how did|get|got|"
     r"(?:which|what) (?:month|date|day|year)|"
     r"find|found|say|said|flag\w*|how many|number of)\b).*\b(?:latest|last|most recent|previous)\s+(?:(?:ofsted|"
     r"unannounced|announced|monitoring)\s+){0,2}"
     r"(?:inspection|visit)\b",
     3.7),  # 'latest ofsted inspection?': which and when, not its grades
    ("inspection", r"\b(?:when|what date|which date|what day)\b.{0,50}\b(?:inspection|inspected|visit(?:ed)?)\b|"
     r"\binspection dates?\b|"
     r"\bdates? of (?:the )?(?:inspection|visit)\b|\b(?:report|inspection)\b.{0,30}\b(?:published|(?:come|came|comes) "
     r"out|released|issued)\b|"
     r"\bpublished\b.{0,30}\b(?:report|inspection)\b|\bwhat (?:kind|type|sort) of (?:inspection|visit)\b", 3.7),
    ("actions", r"^\s*(?:which |what |list (?:the |all )?|show (?:me )?(?:the )?)?(?:actions|recs|recommendations|"
     r"items)\b.{0,30}\b(?:we(?:'re| are) tracking|tracked|being tracked|we(?:'ve| have) got)\b|"
     r"\banything (?:in (?:there|the (?:recs|recommendations|actions|action plan)) )(?:on|about|re|covering)\b|"
     r"\bwhat (?:are|were) we (?:meant|supposed|expected|required|asked) to (?:be )?(?:doing|do)\b|"
     r"\b(?:stuff|recs|recommendations|actions|things|items)\b.{0,20}\b(?:aimed at|directed at|addressed to)\b",
     3.6),  # 'actions we're tracking out of the april letter', 'anything in there on PEPs',
    # 'what are we meant to be doing about ESCR per ofsted', 'ofsted stuff aimed at the LSCB'
    ("actions", r"^(?!.*\b(?:done|complete|completed|finished|at risk|delayed|in progress|not started|on track|blocked|"
     r"closed|overdue|late|due|money|budgets?|spend\w*|funding|financial|met|kept|honoured|delivered|achieved|who|"
     r"whose|responsible|owns?|lead\w*)\b).*\b(?:dated |time-?bound )?commitments\b|"
     r"\bwhat (?:is|are|was|were|did|does|do|has|have) (?:ofsted|the inspectors?|inspectors|the report) (?:asking|ask|"
     r"asked|want|wanting|wanted|requir\w*|expect\w*)(?: for| of us| us to)?\b", 4.0),  # 'which dated commitments came
    # out of the letter', 'what is ofsted asking for re a paediatrician'
    ("actions", r"\b[a-z]{1,4}-\d{1,5}\b\W{0,5}what(?: is| was)? (?:that|this|it)(?: item| one| action| rec)?"
     r"(?: exactly| about)?\s*[?!.]*$", 5.0),  # 'C-5 — what is that item exactly': its text
    ("actions", r"\bwhat needs doing\b|\banything on\b|\bwhat are we doing (?:on|about)\b|"
     r"^\s*(?:show(?: me)?|what(?:'s| is))?\s*[a-z]{1,4}-\d{1,4}(?: about)?\s*\??$", 2.6),
    ("actions", r"\bwhat (?:(?:kind|sort|type)s? of (?:things|stuff) )?(?:did|does|do|has|have) .{1,30}"
     r"\b(?:tell|told|ask|asked|want|wanted|require|required|recommend|recommended)\w* "
     r"(?:us|the council|them|the authority|[a-z]+(?: [a-z]+)?) to do\b|"
     r"\bwhat (?:did|does|do|has|have) .{1,30}\b(?:want|wanted|require|required|expect|expected)\w* (?:done|doing)\b",
     3.5),
    ("actions", r"\b(?:say|said|says|told|tell|tells)\b.{0,20}\b(?:we|us|the council|they|it) (?:(?:need|needs|"
     r"have|has|had|ought) to|must|should) (?:do|improve|change|fix|address|tackle)\b|"
     r"\b(?:were|was) (?:we|they|the council) (?:told|asked|required|instructed) to\b|"
     r"\b(?:inspectors?|ofsted)(?:'s|')?\s+(?:expectations?|recommendations?|"
     r"recs|asks|requirements?)\b|\b(?:ofsted|inspectors?|they)\b.{0,12}\b(?:wanted|want|expected|required) "
     r"(?:done|doing|sorted|fixed)\b", SAY_ABOUT + 0.1),  # 'what did ofsted say we need to do about the LSCB'
    ("actions", r"\b(?:anything|what(?:'s| is)?|any(?:thing)?) (?:in|on) (?:the |their |our )?(?:ofsted |inspection |"
     r"inspectors?'? )?(?:list|recs|recommendations|action plan)\b.{0,20}\b(?:around|about|on|re|for|covering|"
     r"regarding)\b|\bany (?:actions?|recs?|recommendations?) (?:covering|about|around|on|for|regarding) "
     r"(?:that|this|it|them)\b|\b(?:commit(?:ted)?|promise[ds]?|pledge[ds]?) to\b.{0,40}\baction[- ]?wise\b", 4.0),
    # 'anything in the ofsted list around advocacy', 'out of city placements - any
    # actions covering that?', 'what did bill commit to in his april letter, action-wise'
    ("actions", r"\b(?:tell|told|ask|asked|want|wanted|need|needed)\s+us to (?:fix|do|improve|change|sort|address|"
     r"work on|put right)\b", 4.2),  # 'what did the inspectors tell us to fix on LAC'
    ("actions", r"\bactions? about\b|\banything in the .{0,30}\bactions\b|"
     r"\b(?:anything|what)\b.{0,20}\b(?:from|by) (?:ofsted|the inspectors?|the inspection)\b.{0,20}\b(?:about|on)\b",
     3.2),  # below a status list ('done')
    ("actions", r"\bhow many\b.{0,30}\b(?:improvement areas|areas? (?:for|of) (?:improvement|development)|"
     r"recommendations|things to improve|priority actions|improvements)\b", 4.0),
    ("actions", r"\bneeds? to (?:improve|be improved)\b|\bareas? for (?:improvement|development|priority action)\b|"
     r"\brecommendations?\b|\bpriority actions?\b", 3.3),
    ("actions", r"\bon the list (?:for|about|under)\b|"
     r"\b(?:every |each |all (?:(?:the|our) )?)(?:action|actions|rec|recs|recommendations?)\b(?! (?:are|is) )|"
     r"^\s*(?:list|show(?: me)?|give me) (?:the |all (?:the )?)?[\w-]+(?: [\w-]+)? "
     r"(?:ones|recs|actions|recommendations)\s*[?!.]*$|^\s*(?:the )?(?:ones|recs|actions) (?:about|on|re|for|"
     r"relating to|mentioning)\b|\b(?:recs|actions|recommendations|ones) (?:relating|related|relevant) to\b|"
     r"\b(?:recs|actions|recommendations|ones|items) (?:with|on|having|given) (?:an? |the )?(?:\w+[- ])?(?:month|week|"
     r"day|immediate)\w* (?:timescale|deadline|time ?frame)s?\b|"
     r"^(?!.*\b(?:say|said|says|think|thought|mean|means|recommend\w*)\b)\s*(?:(?:list|show|what|which|any|the)\s+)*"
     r"(?:are\s+)?(?:the\s+)?(?:actions?|recs|recommendations?|commitments?|tasks)\s+(?:arising\s+from|from|in|out of|"
     r"raised in|set out in)\b.{0,80}\b(?:report|paper|letter|update|minutes)\b", 3.3),  # 'LAC actions with a three
    # month timescale', 'actions arising from mccarthy's april letter'
    ("actions", r"\b(list|show|all|which|what)\b.{0,40}\bactions\b|\bactions? (for|on|in|under)\b|"
     r"\bwithin (a|one|two|three|six|twelve|\d+) (weeks?|months?)\b|\bimmediate(ly)?\b|"
     r"\bwhat needs to (improve|be improved|change)\b|\bareas? for (improvement|development)\b", 2.4),
    ("person", r"\bwho (is|was)\b|\bwhat does\b.{0,40}\bdo\b|\bwhat is .{0,30}'?s? (role|job)\b|\brole of\b", 2),
    ("person", r"\bwho (?:are|is|were|was) (?:they|she|he|these people|those people|them)\b|"
     r"\bwhat (?:does|did|will) [a-z]+ [a-z'-]+ (?:bring|contribute|add|offer)\b", 3.4),  # 'stein and
    # beihal - who are they'
    ("person", r"\bwhere(?:'s| is| are| was)? (?:he|she|they|him|her) from\b|\bwhere (?:does|do|did) (?:he|she|they) "
     r"(?:come from|work)\b|\bwhich (?:org|organisation|organization|agency|partner)s?(?:'s| is)? (?:he|she)\b|"
     r"\b(?:he|she)(?:'s| is)? representing\b|"
     r"^(?!.*\b(?:posts|roles|jobs|contracts|staff|workers|practitioners|appointments|vacancies)\b).*(?:"
     r"\b(?:interim|acting|temporary) or (?:permanent|substantive)\b|\b(?:permanent|substantive) or (?:interim|acting|"
     r"temporary)\b)|"
     r"\b(?:which|what) (?:minister|person|officer|official|mp|councillor|director)s?\b.{0,30}\b(?:corresponding|"
     r"correspond|corresponded|writing to|written to|wrote to|in touch|dealing)\b|"
     r"^(?!.*\b(?:board|committee|group|partnership|panel|forum)\b).*\b(?:academics?|experts?|consultants?|"
     r"inspectors?|officials?|ministers?)\b.{0,40}\b(?:names?|who are they|who were they)\s*[?!.]*$", 3.85),
    # 'james holden at IB, where's he from', 'eleanor brazil -
    # interim or permanent DCS?', 'the york academics in the social work programme - names?' (a person's part,
    # before the body's members)
    ("judgement", r"^(?!.*\b(?:framework|appraisals?)\b).*(?:\bannual (?:performance )?(?:assessment|rating)s?\b|"
     r"\bcomprehensive area assessment\b)", SAY_ABOUT + 0.1),  # Ofsted's annual grade: 'what did the APA say'
    ("judgement", r"\bhow did (?:we|they|the council|the authority|[a-z]+(?: [a-z]+)?) do\b|"
     r"\bwhat did .{1,40} get for\b|"
     r"\b(rated|rating|ratings|judge?ments?|judged|grade[ds]?|"
     r"inspection (results?|outcomes?)|inadequate|requires improvement|adequate)\b", 3),
    ("judgement", r"\bhow (?:bad|good|well|badly) (?:was|were|did)\b.{0,20}\b(?:inspection|ofsted|inspectors?)\b|"
     r"^\s*(?:(?:lac|cla|cic|sg|safeguarding|looked|after|children|in|care|our)\s+){1,5}(?:outcome|result|grades?|"
     r"ratings?|verdict|judge?ments?)s?\s*[?!.]*$", 3.6),  # 'how bad was the inspection', 'LAC outcome'
    ("judgement", r"\bofsted\b", OFSTED_ALONE),  # 'ofsted?' asks its grades; 'send ofsted an action plan' does not
    ("judgement", r"\b(?:came|come|comes|coming) out (?:as )?(?:good|outstanding|adequate|inadequate|well|badly|"
     r"poorly)\b|\bcategor(?:y|ies)\b.{0,30}\b(?:good|outstanding|adequate|inadequate)\b", 3.1),
    ("judgement", r"\b(?:ofsted|inspectors?)\b.{0,30}\b(?:rate|give|gave|score|scored|mark|marked)\b", 3),
    ("judgement", r"\b(?:ofsted|inspectors?)\b (?:(?:did|do|have|has|had) )?(?:conclude|concluded|conclusions?|"
     r"verdict)\b|\b(?:conclusions?|verdict) of (?:the )?(?:ofsted|inspectors?|inspection)\b|\bwhat did (?:ofsted|"
     r"(?:the )?inspectors?) conclude\b", 4.3),  # 'what did inspectors conclude in the announced inspection'
    ("judgement", r"\b(?:which|what|how many|list|any)\b.{0,20}\b(?:councils|authorities|las|la's|boroughs|counties)\b"
     r".{0,40}\b(?:outstanding|good|inadequate|requires improvement|rated|judged|graded|grades?)\b", 4.2),
    ("money", r"\b(?:what(?:'s| is| was| were)|why) (?:the |that |this )?£\s?\d|£\s?\d[\d.,]*\s?(?:m|bn|k|million|"
     r"billion)?\b.{0,15}\b(?:for|about|spent on|going on)\s*\??\s*$", 3.6),  # "what's the £11.2m for"
    ("money", r"\bhow much (?:did|does|will|has|have|would)\b.{0,60}\b(?:add|adds|added|cost|costs|increase|raise|"
     r"raised|save|saved|reduce|reduced|bring|brought)\b", 3.9),
    ("money", r"\bhow much (?:money|funding|cash|did\b.{0,40}\bcost|was spent|is being spent)\b|\bmoney\b|"
     r"\bhow much (?:extra|additional|more)\b(?! (?:time|work|progress|people|children|staff))|"
     r"\bfund(ing|s|ed)?\b|\bbudget\b|£|\binvest(ment|ed)?\b|\bspend(ing)?\b|"
     r"\b\d+(?:\.\d+)?(?:m|bn)\b|\b(?:extra|additional|more|new) (?:resources?|resourcing|cash|investment)\b|"
     r"\b(?:total|sum|amount) (?:put in|invested|allocated|found|set aside|added)\b|\bput in for\b|"
     r"\b(?:total|how much) extra\b(?! (?:time|work|progress|people|children|staff|social workers?|posts?|places?|"
     r"capacity|visits?|weeks?|months?|days?)\b)(?!.{0,30}\b(?:recruited|appointed|hired|taken on)\b)",
     3),  # '6.2m', not 'the 1 million residents'; 'social care fieldwork - extra resources in 2011/12'
    ("indicator", r"\bh[12]\b|\b(?:first|second) half of (?:the )?(?:year|(?:19|20)?\d\d)|\bhalf[- ]year\b",
     2.0),  # 'visits by school pupils in h1 09/10?': a figure of a period
    ("money", r"\b(?:paid for|funded|financed|bankrolled|covered financially)\s*[?!.]*$|\bwho(?:'s| is)? paying\b|"
     r"\bwhere(?:'s| is| does| will) the (?:money|funding|cash)\b", 3.8),  # "breeze kit replacement - how's it going
    # to be paid for"
    ("indicator", r"\b(?:uptake|take-?up|usage|attendance|participation)\b(?:.{0,15}\b(?:change|changed|trend|up|down|"
     r"rise|fall|figures?|numbers?|levels?)\b|\s*[?!.]*$)", 3.5),  # 'free swimming uptake change?'
    ("indicator", r"\bfrom what to what\b|\b(?:newest|latest|most recent|current|up to date) (?:count|take-?up|tally|"
     r"figures?|numbers?|total)\b|\b(?:count|take-?up|tally|figures?|numbers?)\b.{0,30}\b(?:newest|latest|most recent|"
     r"up to date)\b|^\s*(?:kids|children|young people|families|people|staff|pupils|care leavers)\s+(?:on|in|using|"
     r"attending|at|doing|taking part in)\b.{1,40}\bso far\b", 3.8),  # 'NFA cases fell from what to what',
    # "breeze card take-up, whats the newest count", 'kids on the TAP so far this year?'
    ("indicator", r"\bnumbers?\s*$|\baverage\b|\bhow (?:big|large|high|low)\b|"  # 'park numbers', 'how big'
     r"\bhow many\b|\bhow much\b|\bnumber of\b|\btargets?\b|\bindicators?\b|\bperformance\b|\brates?\b|"
     r"\bpercentage\b|\bproportion\b|\bper cent\b|%|\bnumbers\b|\bhow much have\b|\bgone up\b|\bgone down\b|"
     r"\bfigures?\b|\bkpis?\b|\b(?:growth|increase|rise|turnout|participation|stats|statistics) (?:in|of|on|for)\b|"
     r"\b(?:this|last) (?:year|yr) vs\b|\bvs (?:last|this) (?:year|yr)\b|\bbeat last year\b|"
     r"\bper (?:week|month|year)\b|"
     r"\b(?:go|gone|went|going) (?:up|down)\b|\bon (?:course|track) for (?:the )?\d|\bhead ?counts?\b|\btotals?\b|"
     r"\b[a-z]+s (?:a|each|every) (?:week|month|year)\b|\bhow many (?:came|attended|went|took part)\b", 2.5),
    ("plan", r"\bstrands?\b|\bthemes?\b|\bworkstreams?\b|\bpriorities\b|\b(need|needs|requir\w*) improv\w*\b|"
     r"\b(outstanding|remaining|still to do|left to do|still to be done)\b.{0,40}\b(?:plan|strand|workstream)\b", 2.8),
    ("plan", r"\b(?:outstanding|remaining|still to do|left to do|still to be done)\b.{0,40}\b(?:plan|strands?|"
     r"workstreams?)\s*[?!.]*$", 3.1),  # "what's still outstanding on the 9pp": its strands' work left, not overdue
    # actions
    ("status", r"^\s*(?:has|have|is|are)\b(?!\s+(?:anything|something|everything|there)\b).{1,90}\b(?:opened|"
     r"launched|live|started|finished|completed|complete|"
     r"closed|on track|in place|happened|delivered|agreed|ready|set up|established|introduced|implemented|rolled out|"
     r"signed off|approved|in post|up and running|sorted|begun|underway|kicked off|done|closed off|ticked off|"
     r"bedded in|embedded|moving|progressing|happening|going ahead|moved on|moved forward|progressed)"
     r"(?: (?:yet|now|already|at all|recently|lately))?\s*[?!.]*$",
     2.7),
    ("status", r"^(?!\s*(?:when|by when|what date)\b)(?=.*\b(?:recommendation|rec|action|one|strand)\b(?!s))"
     r"(?=.*(?:\bstatus\b|\bprogress\s*$|"
     r"\bwhere (?:are|have) we (?:at|with|got to)\b|\bwhere (?:is|are) (?:it|that|this|they|we) at\b|"
     r"\bwhere are we\s*[?!.]*$|"
     r"\bwhere (?:is|are) the\b.{1,60}\bat\s*[?!.]*$|"
     r"\b(?:anyone|we) started on\b|\brag\s*$|"
     r"\b(?:started|begun|kicked off|underway|closed|done|finished|complete|completed|signed off|closed off|"
     r"ticked off|moved on|moved forward|progressed)(?: yet| now| recently| lately)?"
     r"\s*[?!.]*$|\b(?:doing|going|looking|getting on)(?: then| now| so far| at the moment)?\s*[?!.]*$|"

     r"\b(?:recommendation|rec|action|one|strand)\W+latest\s*[?!.]*$|" + NEWS_OF + "))",
     3.45),  # 'status of the external placements rec?', 'any news on the caseloads rec'
    ("status", r"(?=.*\b[a-z]{1,4}-\d{1,5}\b)(?:" + NEWS_OF + r"|\b[a-z]{1,4}-\d{1,5}\s*[-:–]?\s*(?:update|progress|"
     r"news|status)\s*[?!.]*$)", 3.5),  # "what's the latest on SG-3", 'LAC-8 - update?'
    ("status", r"\b(?:started|begun|done|finished|complete|completed|closed|signed off|delivered|implemented|"
     r"in place|live) or not\b", 3.2),  # 'family involvement in CP - finished or not'
    ("status", r"^(?!.*\b(?:on|of|re|regarding|with) (?:the )?(?:overdue|late|deadlines?|meetings?|plan|money|"
     r"budgets?|judge?ments?|everything)\b)(?!\s*(?:what|where)(?:'s| is) (?:the|our) position\s*[?!.]*$)"
     r".*\b(?:what(?:'s| is) the|(?:the |our )?(?:current|latest)) position\s*[?!.]*$", 3.0),  # 'myplace - what's the
    # position?', 'external placement monitoring - current position?'
    ("status", r"^(?!.*\b(?:overdue|late|deadlines?|meetings?|money|budgets?|judge?ments?|everything|we)\b)"
     r"\s*where(?:'s| is| has| have)\b.{1,60}\bgot to\b", 3.5),  # "where's the IP refresh got to"
    ("status", r"\bany joy\b|\bare we there yet\b|\bhow far (?:along|on)\b|\b(?:still )?stuck\s*\??\s*$|"
     r"\bcoming (?:along|on)\b|\bany movement\s*[?!.]*$|\b(?:still )?untouched\s*[?!.]*$|"
     r"\bwhere(?:'s| is) (?:that|it|this) (?:now|at)\s*[?!.]*$|"
     r"\bhow are we (?:(?:doing|getting on|faring) (?:on|with)|getting on|faring|progressing)(?: with)? "
     r"(?!(?:everything|the lot|all)\b)(?!.*\b(?:ratings?|grades?|judge?ments?|targets?|indicators?|kpis?|compared|"
     r"councils?|ofsted|against)\b)"
     r"(?!(?:the |our )?(?:overdue|late|deadlines?|judge?ments?|grades?|ratings?|meetings?|indicators?|kpis?|"
     r"targets?)\b)|"
     r"(?<!\bnot )(?<!\bnot been )(?<!n't been )\b(?:sorted|fixed|resolved|done|finished|live) yet\b|"
     r"^(?!.*\b(?:tracker|log|today|yesterday|this week|"
     r"lately|recently)\b).*\b(?:has )?anything (?:happened|moved|moving) (?:on|with)\b|"
     r"^\s*is (?!we\b)(?:the |it |that |this )?.{0,40}\bon track\b(?! (?:for|to)\b)",
     3.5),  # 'health assessments rec - any joy?', 'is the CiCC rec on track', 'paeds cover sorted yet?'
    ("status", r"^(?!.*\b(?:meet\w*|sits?|sitting|inspect\w*|ofsted|not|never|which|list)\b).*(?:\bover the line\b|"
     r"\bstill (?:being )?(?:worked (?:up|on)|in development|being drafted)\b|"
     r"\b(?:implemented|delivered|done|opened|launched|finished|completed?|in place|happening|opening|going ahead)"
     r"(?: (?:in|by) (?:the )?\w+)? (?:as planned|on time|on schedule|to schedule|as promised)\s*[?!.]*$|"
     r"^\s*(?:has|have) (?:the |our )?[\w' -]{2,60}\b(?:actually |now |finally )?(?:moved|relocated|gone live|"
     r"switched over|transferred)\s*[?!.]*$)", 3.8),  # 'did the kinship care policy get over the line', 'was it
    # implemented in the spring as planned', 'is the youth hub still opening on time', 'have the teams actually moved'
    ("status", r"^\s*(?:close|sign off|complete|finish|start|begin)\s+[a-z]{1,4}-\d{1,5}\s*\??\s*$", 3.0),  # 'close
    # SG-4?': asked, it sets nothing; its status answers
    ("status", r"\b(?:is|has|have|are)\s+[a-z]{1,4}-\d{1,5}\b|"
     r"\bstatus\b|\bprogress (on|of|with)\b|\bhow is .{0,60} going\b|\bwhere are we (on|with)\b|"
     r"\bwhere are we(?: at| now)?\s*[?!.]*$", 2.6),
    ("when", r"^\s*when\b|\bwhat date\b|\bby when\b", 1.5),
    ("person", r"\bin what capacity\b|\bas what\s*[?!.]*$", 4.0),  # "john lawlor's on the IB list - in what capacity"
    ("when", r"^(?!.*\bhow (?:many|much)\b)(?:.*\b(?:came|come|brought|went|got) in when\b|.*\b(?:month|year|date) "
     r"(?:it|they|that|this) (?:went live|"
     r"launched|started|opened|came in|began)\b|.*\bwhat (?:month|year|date)(?:/\w+)? did (?:that|it|this) happen\b)",
     4.5),
    # 'free swims for the under 16s came in when exactly', 'frameworki - month it went live?'
    ("due_date", r"\bwhen (?:was|is|were|are) (?:the |our )?[\w' -]{2,60} (?:supposed|meant|due|expected|scheduled|"
     r"planned) to (?:open|launch|start|finish|be (?:done|ready|open|finished|completed|in place))\b", 4.5),
    ("summary", r"\b(?:overview|one[- ]pager|brief(?:ing)? note) (?:of|on) (?:the |all (?:the )?|"
     r"where )?[\w' ]{0,40}\b(?:recs|recommendations|actions|stand)\b", 3.6),  # 'a one-pager on where all the ofsted
    # recs stand', 'an overview of the safeguarding recs for cllr blake's briefing'
    ("members", r"^(?=.*\b(?:who|which|any|what|list|names?)\b).*\b(?:officers|bosses|reps|representatives|execs|"
     r"councillors)\b "
     r"(?:are |is |sit |sitting )?on (?:the |bill's |our )?[\w' ]{0,30}\b(?:board|bd|ib|committee|group|panel)\b|"
     r"\bwhich (?:organisations|agencies|partners|services) (?:send|have|provide) (?:senior )?(?:reps|representatives|"
     r"members)\b", 4.0),
    ("when", r"^(?!.*\b(?:meet\w*|sits?|sitting|due|deadline)\b).*(?:\b(?:out|published|released|issued|introduced|"
     r"implemented|brought in|launched|started|set up) in (?:which|what) (?:month|year|season)\b|"
     r"\bwhat (?:season|month|year) (?:was|were|did)\b|"
     r"\b(?:implementation|launch|publication|release) (?:month|year)\b)",
     4.8),  # "the 'performs poorly' letter - out in which month?", 'what season were the new units brought in'
    ("when", r"\b(?:go[- ]?live|launch|start|publication|release|opening|implementation) date\s*[?!.]*$|"
     r"\b(?:on[- ]?site|fieldwork) (?:dates?|days?)\b|\b(?:dates?|days?) (?:on[- ]?site|onsite)\b", 3.6),  # 'those
    # threshold docs - go live date?', 'the on-site dates for the announced one'
    ("when", r"^(?!.*\b(?:inspection|ofsted|inspectors?)\b).*\bwhen (?:does|did|will|is|was) (?:it|that|this|they) "
     r"(?:get |go |be )?(?:published|out|come out|released|issued|launched|go in|come in|go live|start|started|begin|"
     r"kick off|open|opened)\b|"
     r"\b(?:launch|start|opening|publication|go-?live|release|roll-?out)\s*[-:–—]?\s*when (?:was|is|did|will) (?:that|"
     r"it|this)\b", 4.8),  # 'CAA for leeds - when does
    # it get published' (the assessment's date, not its grades)
    ("when", r"\b(?:out|published|released|issued|announced|live|launched|set up|agreed|started|put together|"
     r"developed|drawn up|written|created|established|formed|introduced|begun|switched on|turned on|opened|appointed|"
     r"signed off|approved) when(?: (?:roughly|exactly|approx\w*|about|again))?\s*[?!.]*$|"
     r"\b(?:notification|publication|issue|release|launch|announcement) "
     r"dates?\b|\b(?:launch|launched|start|opening|publication|published|set-?up|introduction|introduced) "
     r"(?:year|month|day)\s*[?!.]*$|\bdated\s*[?!.]*$|^\s*since when\b|^\s*(?:which|what) (?:month|year) "
     r"(?:was|were|did)\b|^\s*(?:the )?date (?:the |of |when |that )?(?:govt|government|ofsted|dfe|dcsf|minister|"
     r"council)\b(?!.*\bby\s*[?!.]*$)", 4.8),  # 'CAA results - out when?', 'notification date - ofsted announced visit'
    ("when", r"\b(?:started|starting|start|began|begin|beginning|commenced|launched|introduced|approved|"
     r"agreed|set up|established)\b.{0,40}"
     r"\b(?:in|when|which (?:month|year|date)|what (?:month|year|date))\s*\??\s*$|\btimings? of\b|"
     r"\bat what point (?:did|was|were|has|have)\b|^\s*when\b.{0,60}\b(?:first|initially) (?:met|convened|sat|set up|"
     r"established)\b|"
     r"^(?!.*\b(?:due|meetings?|past|upcoming|next|last|latest|recent|previous|deadlines?|target|completion|finish|"
     r"go-?live|actions?|recs?|recommendations?|board|committee|group|panel|scrutiny|who)\b).{3,60}\b(?:dates?|"
     r"timings?)\s*\??\s*$|\bget (?:the )?(?:nod|go-?ahead|"
     r"green light|ok|okay|sign-?off)\b|\bgot (?:the )?(?:nod|go-?ahead|green light)\b", 4.7),  # 'seminars - started
    # in?', 'when did the ESCR business case get the nod from exec'
    ("when", r"\bhow long ago\b|\bhow many (?:years|months|weeks) ago\b|"
     r"^\s*(?:the )?date (?:on|of) (?!the (?:next|last)\b)",
     4.6),  # 'how long ago did the announced inspection happen', 'date on loughton's reply'
    ("when", r"\bwhen\s*[?!.]*$|\b(?:which|what) (?:date|month|year|day)s?\b|"
     r"^\s*(?:the )?(?:dates?|year|month|day) (?:the|that|of|when|on which|it|they|we|inspectors|ofsted)\b",
     OFSTED_ALONE + 0.1),  # 'letter came out when', 'which month did it launch', 'year the 9pt plan got developed'

    ("role", r"^\s*(?:who(?: is|'s| was)? )?(?:the )?(?:head|boss|top officer|most senior officer|top person|"
     r"in charge) (?:of|at|for)\b",
     4.5),
    ("role", r"\b(?:cabinet|lead|executive|exec) member for\b|\bportfolio holder\b|"
     r"\bresponsible (?:cabinet|lead) member\b|\b(?:held|holds|hold|had|has|holding) (?:the )?[\w' ]{0,40}\bbrief\b",
     4.5),
    ("role", r"\b(?:which|what) (?:person|minister|director|officer|councillor|manager)\b.{0,40}\b(?:is|was|gets|got|"
     r"receives?|runs?|running|leads?|leading|heads?|heading|did|does|report|reports|reported|wrote|write)\b|"
     r"\b(?:their|his|her) name\b", 3.6),
    ("role", r"^\s*who (?:provides|gives|offers|handles|deals with|looks after|takes care of)\b", 3.6),
    ("role", r"^(?!.*\b(?:report|paper|letter|plan|board|committee|meeting)s?\b)(?=.*\b(?:dcs|director|chief executive|"
     r"chief exec|ceo|lead member|executive member|cabinet member|minister|commander|head of|principal|leader|"
     r"portfolio holder)\b).*[-–—:,]?\s*(?:(?:their |his |her )?names?|who(?:'s| is)? (?:it|that))\s*[?!.]*$", 3.7),
    # 'current DCS at leeds - name?': who holds a post
    ("role", "^" + DONE_BY.pattern, 2.9),  # 'who did the CAF review': the person the papers say did it
    ("role", r"^\s*who(?: is| are|'s)? (?:leading|heading|heads up|in charge of|driving|championing|"
     r"the lead (?:on|for))\b",
     3.7),  # 'who's leading on education integration?': a role, not a membership
    ("owner", r"^\s*(?:(?:and|so|ok|also)\s+)?who(?: is|'s| has been)? (?:handling|doing|sorting|dealing with|"
     r"working on) (?:the |our |that )?(?!(?:inspection|meeting|minutes|agenda|report|paper|review of)\b)\w", 3.85),
    # 'who is handling the paediatrician rota?': whoever owns it
    ("owner", r"^\s*(?:(?:and|so|ok|also)\s+)?who(?: is|'s| has been)? (?:leading|heading(?: up)?|heads up|driving|"
     r"championing|spearheading|running|pushing|taking forward|in charge of|doing|handling)\b(?: on)?(?: the)? "
     r"(?!(?:children'?s services|services?|the council|directorate|department|board|committee|team)\b)"
     r".{1,60}\b(?:work|programme|project|strand|workstream|restructur\w*|review|roll-?out|implementation|changes|"
     r"refresh|integration work|stuff)\s*[?!.]*$", 3.8),  # 'who's driving the social work practice strand': a
    # piece of work's owner, not a post
    ("members", WHICH_ARE_ON, 3.6),
    ("venue", r"\bwhere (?:does|do|is|will|did|are|was|were)\b.{0,50}\b(?:meet|meets|meetings?|held|sit|sitting|"
     r"take place)\b|"
     r"\bvenue\b|"
     r"\bwhat time\b.{0,60}\b(?:meet\w*|start\w*|begin\w*|sit\w*)\b|\bstart time\b", 4.4),
    ("contact", r"\bcontact (?:officer|person|details)\b|\bwho (?:is|are) the contacts?\b|"
     r"\bwho (?:do|should|can) i (?:contact|call|ring|email)\b|\bwho to contact\b|"
     r"\bwho (?:wrote|writes|authored|prepared|signed|signs|drafted)\b|\bauthors? of\b|\boriginator\b|"
     r"\b(?:report|paper)(?:'s)? (?:author|contact)s?\b|\bcontact (?:for|on) (?:the|\w+'s)\b|"
     r"\b(?:ring|call|phone|e-?mail|contact)\b.{0,40}\b(?:report|paper|update|letter)\s*\??$", 4.4),
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
    # Ways of asking found in the tenth unread table (blind9), written against the text as bot/wording.py leaves it:
    # lower case, "who's" → "who is", no question marks.
    ("overdue", r"\b(?:gone|turned|went|flipped) red\b.{0,25}\b(?:dates?|deadlines?|date-wise|deadline-wise|"
     r"time ?scales?)\b|\b(?:dates?|deadlines?|date-wise|deadline-wise)\b.{0,25}\b(?:gone|turned|went) red\b|"
     r"\bnever (?:got |been |was |were )?(?:done|closed|completed|finished|delivered|met)\b.{0,20}\b(?:by|before) "
     r"(?:the|their|its) (?:deadline|due date|date|target)s?\b|"
     r"\b(?:did|have|has) (?:we|they|you|the council|it) let (?:anything|something|things|much|any (?:deadlines?|"
     r"dates?|actions?|recs?|recommendations?)) (?:slip|slide)\b", 5.1),
    # "what's gone red date-wise", 'which recs never got closed by their deadline', 'did we let anything slide'
    ("overdue", r"\b(?:are|is) (?:we|they|the council|the authority|the service) (?:behind|late|running late|"
     r"overdue) (?:on|with) (?:anything|any|something|much)\b", 5.2),  # 'are we behind on anything'
    ("due", r"\bdue (?:a|one) week (?:today|tomorrow|from today)\b|\bdue this time next week\b", 4.0),
    ("due", r"\b(?:dates?|deadlines?)\b.{0,20}\b(?:we'?ve|we have|have we|the council has|we) "
     r"(?:committed|promised|signed up|pledged)(?: to)?\b", 3.2),  # "any dates we've committed to before X"
    ("due_date", r"^(?!.*\b(?:what|whats|which|anything|any|all|is|are|when|show|list|give|past|beyond|missed|"
     r"passed|blown|over|overdue|gone|next|upcoming|nearest|soonest|recs|recommendations|actions|items)\b)"
     r"(?=.*\b(?:rec|recommendation|action|one|item|work|analysis|audit|[a-z]{1,4}-\d+)\b)"
     r"(?!.*\b(?:this|next|in|by|before|within|over|coming|soon|now|today|tomorrow|week|month|year|quarter) due$)"
     r"[\w' -]{3,80}?\s+(?:due|deadline|due date|due when|when due)$", 5.0),  # 'caseloads rec - due?': one
    # action's due date, not a list's
    ("due_date", r"\bwhen\b.{0,50}\b(?:meant|supposed|due|expected|planned) to be (?:fully )?(?:met|done|finished|"
     r"completed?|delivered|in place|bedded in|embedded|established|up and running|live|operational)\b", 5.2),
    # "when's all the new stuff supposed to be fully bedded in by"
    ("when", r"\bwhen did (?:we|they|the council|it|you|ofsted) (?:launch|start|open|begin|introduce|set up|"
     r"publish|roll out|bring in|sign off|agree)\b|\b(?:which|what) (?:year|month)\b.{0,60}\b(?:first|drawn up|"
     r"written|created|introduced|set up|launched|agreed|adopted|started|began|brought in|come out|came out|"
     r"published|issued|released|developed)\b|"
     r"^\s*(?:the )?(?:year|month) (?:that |when )?(?:the |our |a )?[\w' -]{2,60}\b(?:was|were) (?:first )?"
     r"(?:drawn up|written|created|introduced|set up|launched|agreed|adopted|published|developed|issued|released|"
     r"started)\b", 4.3),
    # 'the care promise, when did we launch it', 'which year was the plan first drawn up'
    ("when", r"\b(?:in use|in place|running|live|operating|around) since$|\bsince when\b|^\s*(?:and )?from when\b|"
     r"\bfrom when (?:do|does|did|will|is|are|was|were)\b", 4.9),  # 'threshold guidance - in use since?'
    ("person", r"\bwhat (?:did|have|has) (?:we|they|the council) (?:get|got|bring|brought|hire|hired|take|took) "
     r"(?:\w+ ){1,3}in (?:for|to do)\b|\b(?:his|her|their) (?:connection|link|relationship|tie|ties) (?:to|with) "
     r"(?:us|the council|the authority)\b|\bwhat (?:post|job|role|position|title) (?:does|did|do) (?:he|she|"
     r"(?!the |we |they |it |you )[a-z]+ [a-z]+) (?:hold|have)\b", 4.6),
    # 'what did we get him in for', "what's her connection to us", 'what post does james rogers hold'
    ("actions", r"^(?!.*\b(?:when|date|deadline|how long|by)\b.{0,40}\b(?:ofsted|inspectors?) want)"
     r".*\b(?:everything|all|what|anything|things|stuff)\b.{0,20}\b(?:ofsted|the inspectors|inspectors|"
     r"the inspection) (?:wanted|want|asked for|asked us to do|told us to do|expected|expect|wanted us to do)\b",
     5.0),  # 'everything ofsted wanted on the looked after side': its recommendations
    ("owner", r"\bwho (?:runs|leads|manages|oversees|coordinates|co-ordinates|drives) (?:them|those|these)\b|"
     r"\bwho (?:runs|leads|manages|oversees) (?:it|that|this) (?:day to day|day-to-day)\b|"
     r"\bwho(?: is| are)? (?:doing|running|carrying out|handling|covering|developing|drawing up|producing|"
     r"preparing|putting together) (?:those|these|them|it|that|this|the|a|an|our)\b"
     r"(?! (?:[\w' ]{0,30}(?:board|committee|group|panel|partnership|forum|meeting|minutes|agenda|inspection|"
     r"report|paper|letter))\b)|\bwho(?: is)? in charge of (?:finishing|completing|delivering|getting)\b", 4.8),
    # 'case file audits - who's doing those': not "who's running the improvement board" (its chair)
    ("status", r"\bstate of play (?:on|with|for|re) [a-z]{1,4}-\d|\b[a-z]{1,4}-\d+ state of play\b|"
     r"\bwhere (?:does|has) the (?:action )?(?:tracker|log|system) (?:have|got|put) (?:it|that|this|them)\b|"
     r"\bwhat (?:does|do) the (?:action )?(?:tracker|log) (?:say|show)(?: (?:for|about|on) (?:it|that|this|"
     r"[a-z]{1,4}-\d+))?\s*[?!.]*$", 4.0),
    # 'state of play on SG-10', 'SG-10: state of play?'
    ("status", r"^(?=.*\b(?:recs?|recommendations?|actions?|one|item|work|[a-z]{1,4}-\d+)\b)"
     r"(?!.*\b(?:figure|rate|indicator|number|percentage|target|letter|report|paper|meeting)s?\b).*(?:"
     r"\b(?:what|how) (?:does|is) (?:it|that|this) (?:say|saying|show|showing|looking|reading|read) "
     r"(?:now|at the moment|today|currently)\b|\bwhat is it (?:showing|saying|at)\b|"
     r"\bwhere is (?:the |our )?[\w' -]{2,60}\b at (?:now|currently|at the moment|today)\b)", 4.7),
    # 'the LSCB challenge rec, what does it say now', "where's the analysis of long CP plans at now"
    ("status_list", r"^(?!.*\b(?:[a-z]{1,4}-\d|risks|kpis?|indicators?)\b)"
     r"(?=.*\b(?:which|what|any|anything|all|everything|ones|list|show)\b).*"
     r"\b(?:marked|flagged|set|recorded|logged|updated|ticked off|signed off|closed off) (?:as |to )?(?:behind "
     r"schedule|behind|delayed|at risk|done|complete|completed|in progress|not started|on hold|blocked)\b|"
     r"\beverything\b.{0,20}\b(?:sitting|marked|flagged|set|rated|currently|now) (?:at|as) (?:at )?risk\b", 4.8),
    # 'which ones have been marked behind schedule', "everything currently at 'at risk'"
    ("history", r"\b(?:recorded|logged|posted|noted|written|entered|put) (?:on|against|for|about|under) "
     r"[a-z]{1,4}-\d+", 4.5),  # 'anything been recorded on SG-8 before now'
    ("history", r"\b(?:change|update|status|action|audit) (?:history|trail|log) (?:for|of|on) (?:the |that |this )?"
     r"[\w' -]{2,40}\b(?:rec|recommendation|action|one|item)\b|"
     r"\b(?:action|rec|recommendation|one|item)\b\W+what(?: is| has)? been (?:logged|posted|recorded|noted|"
     r"changed|updated)\s*[?!.]*$|"
     r"\beverything (?:that(?:'s| is| has)? )?(?:happened|been done|gone on) (?:to|with|on) [a-z]{1,4}-\d|"
     r"\b(?:logged|posted|recorded|noted|written|entered) (?:against|on|for|under) (?:it|that|this)\s*[?!.]*$|"
     r"\bwho(?: is| has| have)? (?:updated|changed|edited|touched) (?:it|that|this|them)\b|"
     r"^(?!.*\b(?:tracker|action log|lately|recently|this week|today|since|anything|everything|any actions?)\b).*"
     r"\bwho(?: is| has| have)? "
     r"(?:posted|logged|added|put|entered|written) (?:any )?(?:updates?|notes?) (?:on|to|against|for|about)\b|"
     r"(?<!\bthe )(?<!\bwhole )\b(?:action|update|status|change) (?:trail|history)\s*[?!.]*$", 5.0),  # "who's posted
    # updates on the paediatrician rec", 'myplace hub action trail?': one action's history
    # "placement choice rec: who's updated it and what did they say"
    ("recent", r"^(?!.*\b(?:action|rec|recommendation|one|item|[a-z]{1,4}-\d+)\b)"
     r".*\bwhat(?: is| has)? been (?:changed|updated|edited|logged|posted)"
     r"(?: (?:lately|recently|this week|today))?(?: and by whom)?\s*[?!.]*$|"
     r"\b(?:new|fresh) (?:activity|changes|updates|edits|movements?) (?:on|in) (?:the )?(?:action )?(?:tracker|log)\b|"
     r"\bwho(?: is| has| have)? (?:posted|logged|added|made|entered) (?:any )?(?:updates?|notes?|changes?) "
     r"(?:on|to|against|for|in) (?:anything|everything|any actions?|the (?:action )?tracker)\b|"
     r"\b(?:updates?|notes)\b.{0,30}\b(?:posted|made|logged|put in|added|entered)\b.{0,20}"
     r"\b(?:recently|lately|this week|today|since)\b|\bwhat (?:have|has) (?:\w+ ){0,2}(?:posted|logged|put in|added)\b"
     r".{0,30}\b(?:recently|lately|this week|today)\b", 4.0),  # 'catch me up on updates people posted lately'
    ("members", r"\bwho (?:\w+ )?(?:sits?|sat|is|are|gets?) (?:round|around|at) (?!(?:the )?(?:head|top)\b)(?:the )?"
     r"[\w' ]{1,40}\btable\b", 5.0),  # 'who actually sits round the IB table', not 'at the head of the table'
    ("members", r"\b(?:people|members|reps|representatives|officers|councillors|cllrs|execs?|executives?|chiefs?|folk|"
     r"staff|nhs|police|health|schools?)\b[\w' ]{0,30}\b(?:on|at) (?:the |our )?[\w' ]{0,30}\b(?:board|bd|ib|"
     r"committee|cttee|group|panel|partnership)\b\W*(?:who|names)\s*[?!.]*$", 4.5),  # "NHS chief execs on bill's
    # board - who?"
    ("members", r"\bwho (?:comes|come|goes|go|attends|sits|turns up|represents us) (?:to|on|at) (?:the )?[\w' ]{1,30}"
     r"\bfrom (?:the )?\w|\b(?:person|people|rep|reps|representatives?|officials?|folk)\b.{0,30}?\b(?:that|who) "
     r"(?:comes?|goes?|turns? up|shows? up|attends?)(?: along)? (?:to|at) (?:the )?[\w' ]{0,30}\b(?:board|bd|ib|eb|"
     r"committee|cttee|group|panel|meetings?|partnership|forum)\b|"
     r"^\s*who(?: is| are)? (?:actually |exactly )?in (?:the |our |those |these )?(?!charge\b|post\b|the chair\b)"
     r"[\w' -]{2,40}\b(?:partnerships?|boards?|groups?|panels?|committees?|forums?|networks?)\s*[?!.]*$|"
     r"\b(?:number of|how many) (?:councillors|members|cllrs|elected members) (?:on|in|sit)\b",
     5.0),  # 'who comes to IB from the DfE', "who's the DfE person that comes along to IB", "who's actually in the
    # local CYP partnerships", 'number of councillors on each one'
    ("chair", r"^\s*who(?: is)? (?:running|heading up|heads up|heading|in charge of) (?:the |"
              r"our )?[\w' ]{0,40}\b(?:board|"
     r"committee|group|panel|partnership|forum|bd|cttee)s?$", 5.0),  # "who's running the improvement board": its chair
    ("chair", r"\bwhose (?:meeting|board|committee|group|panel) is (?:it|that|this|the)\b", 5.0),  # 'whose board?'
    ("chair", r"\b(?:chair|chairman|chairperson|chairwoman)\b.{0,30}\b(?:blanking|forgot|forgotten|can'?t remember|"
     r"cannot remember|remind me)\b", 5.0),  # 'scrutiny board chair is cllr ...? blanking on the name'
    ("frequency", r"\bcadence\b", 4.0),  # "what's the cadence of scrutiny looking at the plan"
    ("frequency", r"\bevery (?:other )?(?:week|month|fortnight|quarter|year)\b.{0,12}\bor\b.{0,12}\bevery\b|"
     r"\b(?:once|twice|three times|four times) a (?:year|month|week|quarter) or\b|"
     r"\bstill (?:meeting|meets|sitting|sits) (?:every|each|once|twice|monthly|weekly|quarterly|fortnightly)\b",
     5.0),  # 'every week or every other week', 'twice a year or what', 'still meeting every month?'
    ("about_body", r"\bwhy (?:was|were|did|has|have) (?:the |a |an )?[\w' ]{0,40}\b(?:board|committee|group|panel|"
     r"partnership|forum|team|body|council|network|bd|cttee)s? (?:set up|established|created|formed|brought in|"
     r"convened)\b|\bwhat (?:role|part) (?:will|does|do|did|would|should|is) (?:the )?[\w' ]{1,50}"
     r"\b(?:play|playing)\b", 4.5),  # 'why was a transformation board set up', 'what role will the partnerships play'
    ("about_body", r"\bwho (?:are|is) (?:they|it|that|this) when (?:they're|they are|it's|it is) at home\b|"
     r"\bdifference between\b|\b(?:vs?|versus|or)\b.{1,60}\b(?:difference|diff|diffs)$|"
     r"\bhow (?:does|do|is|are) .{1,40} differ(?:ent)? from\b", 5.0),  # 'the CTB vs the ISCB - difference?': each
    # body (understand.py asks that two bodies are named, else the next reading)
    ("last_meeting", r"^(?!.*\b(?:targets?|goals?|standards?|deadlines?|aims?|indicators?|measures?|expectations?|"
     r"needs?|criteria|requirements?|ambitions?|commitments?)\b).*"
     r"\b(?:has|have) (?:the |it |they )?[\w' ]{0,40}\bmet (?:yet|so far|at all|since)\b", 4.5),  # 'has X met yet'
    ("last_meeting", r"\b(?:which|what) (?:\w+ )?meeting did (?:\w+ ){1,3}(?:get|receive|see|consider|discuss|take|"
     r"look at|hear)\b", 4.6),  # 'at which CGAC meeting did they get the inspection report'
    ("judgement", r"^(?!.*\b(?:plan|strands?)\b).*"
     r"\b(?:which|what) (?:bits|parts|areas|aspects|elements|judgements|categories)\b.{0,50}\b(?:came out|"
     r"were|was|got|rated|judged|graded|found)\b.{0,15}\b(?:inadequate|adequate|good|outstanding|poor|"
     r"requires? improvement)\b", 5.2),  # 'which bits of the LAC inspection came out inadequate'
    ("indicator", r"^(?!.*\b(?:updates?|changes|notes|what|anything)\b).*\b(?:logged|recorded|achieved|reached|"
     r"registered)\b.{0,40}\b(?:last|previous|the previous|the last) (?:year|quarter)\b", 3.5),
    # 'positive activities logged through breeze last year'
    ("inspection", r"\bhow much notice\b(?=.*\b(?:ofsted|inspect\w*)\b)|\bnotice (?:did|was|were) (?:ofsted|they|the "
     r"inspectors|we|the council) (?:give|given)\b|\bwho (?:made up|was on|were on|was in|were in|formed|sat on) the "
     r"(?:inspection )?team\b|\b(?:stats|statistics|numbers|figures)\b.{0,15}\bfrom the (?:inspection |ofsted )?"
     r"(?:visit|inspection)\b|\binspection (?:\w+ )?(?:wrapped up|finished|ended|concluded)\b", 5.2),
    # 'how much notice did ofsted give', 'who made up the inspection team'
    ("plan", r"\b(?:themes|strands|priorities|pillars|workstreams)\b.{0,30}\b(?:built|structured|organised|organized|"
     r"based|framed|centred|centered|arranged) (?:a?round|on)\b", 4.0),  # 'what themes is the plan built around':
    # its themes, not a summary
    ("help", r"\b(?:what|which|list|show|cheat ?sheet|crib sheet)\b.{0,20}\b(?:commands|cmds)\b|"
     r"\bcommands?\b.{0,15}\b(?:you|clerk)\b|\b(?:commands|cmds)\b.{0,30}\b(?:forget|remember)\b", 4.0),
    # Ways of asking from a battery written for the intents the eleventh table (blind10, unread) most often left
    # to search, by counts alone
    ("status", r"\bwhere did we land on\b|^\s*(?:is|are|has|have) (?:the |our )?[\w' -]{3,60}\b(?:working|running|"
     r"happening|in place|up and running|effective|sorted|done|finished|complete|live|open|opened|launched|"
     r"started) yet$|^(?!.*\b(?:what|which|anything|any|how|who|when|where|why|many)\b)[\w' -]{3,60}\b(?:open|"
     r"opened|live|done|finished|complete|started|launched|ready|sorted|in place) yet$", 4.2),  # 'where did we
    # land on the complaints rec', 'the play areas - open yet?', 'are the CP core groups working yet'
    ("overdue", r"^(?!.*\b(?:meetings?|agenda|ofsted|inspectors?|say|said)\b).*(?:\b(?:have|has|which|what|that) "
     r"(?:\w+ )?(?:gone|run) over (?:time|schedule)\b|\b(?:we|we've|we have|have we) dropped the ball\b)", 4.5),
    ("overdue", r"^(?!.*\b(?:budgets?|money|funding|spend\w*|costs?)\b)(?!.*\b(?:meetings?|sessions?|agenda)\s+"
     r"(?:have|has)\b)"
     r".*\b(?:which|what|any|how many)\b.{0,40}\b(?:have|has) (?:now |already |since )?(?:gone|run) over\s*[?!.]*$",
     4.5),  # 'the ones ofsted gave 6 months - which of those have now gone over'

    # 'which recs have gone over time', "anything we've dropped the ball on"
    ("inspection", r"\bwhat did (?:the|our|that|their) (?:\w+ )?inspection (?:cover|look at|focus on|examine)\b|"
     r"\bhow many (?:case )?files\b.{0,30}\b(?:look|looked|read|review|reviewed|sample|sampled|examine|examined|"
     r"audit|audited)\b", 5.0),  # 'what did the inspection cover', 'how many case files did they look at'
    # Ways of asking from the eleventh table (blind10), read and studied the session after it was written
    ("history", r"\b(?:audit trail|audit trial|paper trail|trail|change ?log)\b.{0,12}\b(?:on|for|of|against)\b"
     r"(?=.*\b(?:action|rec|recommendation|item|[a-z]{1,4}-\d+)\b)|"
     r"\bwho posted what\b|\bevery (?:status )?change (?:on|to|for|against|made to) "
     r"(?:[a-z]{1,4}-\d+|(?:the |that |this )?[\w' -]{1,40}\b(?:action|rec|recommendation|item))\b", 5.0),
    # 'can i see the trail on the PEPs action'
    ("recent", r"^(?!.*\b(?:meet\w*|met|ofsted|inspect\w*)\b).*\b(?:anything|any actions?|anybody|anyone|any "
     r"recs?|what)\b.{0,20}\b(?:updated|moved on|moved forward|shifted)\s+(?:in\s+|over\s+)?"
     r"(?:(?:the )?(?:past|last) (?:fortnight|week|month|few days|couple of (?:days|weeks)|\d+ days)|"
     r"this (?:week|month|morning|fortnight)|today)\b|"
     r"\bmoved (?:any|anything)(?: actions?| recs?)? on\b", 5.0),  # 'anything been updated in the past fortnight'
    ("overdue", r"^(?!.*\b(?:meet\w*|met|targets?|budgets?|spend\w*|plan|strands?)\b).*"
     r"(?:\b(?:blown|blew) (?:straight |right |clean )?(?:through|past)\b|\bpast the (?:line|cut ?off)\b|"
     r"\bwhat (?:did ?n'?t|did not) (?:we )?land\b|\b(?:did ?n'?t|did not) (?:we )?land\s*[?!.]*$|\bovershot\b|"
     r"\b(?:technically|officially) (?:already )?late\b|\balready late\b)", 5.0),
    # 'which ones have we blown through', 'the immediately recs are technically already late'
    ("status", rf"^(?!\s*(?:so |and )?(?:is|has) (?:the |our )?(?:{THEME_SAID}) still\b)"
     r"^(?!.*\b(?:budget|money|funding|finance|spend\w*|recs|recommendations|actions|ones|items|things|all|any|"
     r"anything|everything|they|them|those|these|both)\b)"
     r"\s*(?:so |and )?(?:is|has) (?:the |our )?[\w' -]{3,90}\bstill (?:showing |marked |listed |sitting |down )?"
     r"(?:as )?(?:not done|open|not started|in progress|at risk|delayed)(?: on (?:the |our )?(?:tracker|log|system))?"
     r"\s*[?!.]*$", 4.0),
    # 'so is 24hr paeds cover still showing as not done': one thing's status, not a list of what is late
    ("due_date", r"^(?!.*\b(?:what|whats|which|anything|any|all|everything|list|show|recs|recommendations|actions|"
     r"items|overdue|meetings?|meet|is|are|was|were|when|things|stuff|ones|something|coming|soon|week|month|"
     r"year|quarter|today|tomorrow)\b)"
     r"[\w' -]{3,80}?\s(?:due by|target (?:date|opening|completion))\s*[?!.]*$|"
     r"\bwhat date\b.{0,80}\b(?:done|finished|completed?|in place|delivered|ready|sorted) by\s*[?!.]*$", 5.2),
    # 'the review of resource for children in council care - due by?', 'outdoor play areas - target opening?',
    # 'what date did he say it would be done by'
    ("actions", r"\b(?:ones|recs|recommendations|actions|items)\b.{0,15}\bwhat (?:are|were) (?:they|those|these)"
     r"(?: again)?\s*[?!.]*$", 4.5),  # 'the within-three-months safeguarding ones, what are they again'
    ("help", r"^(?!.*\b(?:decision|vote|motion|minutes|report|letter)\b).*\bcan (?:i|we) (?:take (?:it|that|this) back|"
     r"reverse (?:it|that|this)|undo (?:it|that|this))\s*[?!.]*$", 5.0),  # 'fat-fingered a status change - can i take
    # it back': how to undo, asked (the undo command itself is said, not asked)
    ("summary", rf"^(?!.*\b(?:who|whom|whose|wrote|written|writing)\b).*"
     rf"\b(?:few lines|short brief|quick brief|brief|briefing|short summary|quick summary|overview|rundown|"
     rf"write-?up|one-?pager)(?: (?:on|about|of) (?:the |our |all )?(?:(?:{THEME_SAID}|recs|recommendations|actions|"
     r"position|progress|picture) ){1,5}| )(?:please |pls )?for (?:the |a )?(?:board|board pack|board meeting|cllrs|"
     r"councillors|lead member|portfolio holder)(?: please| pls)?\s*[?!.]*$", 5.0),
    # 'can u do me a short brief on the SG recs for the board pack'; not 'a brief for the board on the youth hub'
    ("when", r"^(?!.*\b(?:target|due|planned|expected|deadline|meant|supposed|working to|aiming|new|next|will)\b).*"
     r"\b(?:go-?live|launch|relaunch) (?:month|date|day)\b|"
     r"^\s*(?:the )?dates? (?:for|of) (?:the |that |this |our )?.{0,40}\b(?:visit|inspection)\b|"
     r"\bwhen did (?:the )?[\w' ]{1,40}\b(?:sign off|signed off|approve|agree|endorse|ratify|rubber-?stamp)\b", 5.0),
    # 'go-live month for frameworki', 'dates for the unannounced visit', 'when did exec board sign off the business
    # case': a day in the past, not the body's next meeting
    ("members", r"\bwho (?:comes|come|goes|attends|turns up|sits in)(?: along)? from\b.{1,80}\b(?:to|at|on) "
     r"(?:the )?\w", 5.0),
    # 'who comes along from DfE and the GO to the IB'
    ("actions", r"^(?=.*\b(?:from|in|of)\b.{0,60}\b(?:report|paper|letter|minutes)\b)"
     r"(?!.*\b(?:done|passed|overdue|late|complete|completed|started|how many)\b).*"
     r"\b(?:anything|everything|all|items?|actions?|commitments?|recs?|ones)\b(?: \w+){0,2} with "
     r"(?:a |any )?(?:dates?|deadlines?|due dates?|timescales?)(?: on (?:it|them))?\b", 5.0),
    # 'pull anything with a date on it from the dec 09 report', 'any commitments with dates in the july audit cttee
    # report': the list, however due
    ("status", r"^\s*where (?:is|are|'s) (?:the |our )?(?!(?:meeting|board|committee|agenda|we|you|they|it|things|"
               r"everything)\b)[\w' -]{2,50}\bup to\s*"
     r"[?!.]*$", 4.5),  # 'where is the caseloads rec up to'
    ("chair", r"\b(?:holds|wields|has) the gavel\b|\bwho(?:'s| is) in the chair\b", 5.0),  # 'who holds the gavel'
    # Ways of asking from the twelfth table (blind11), read and studied the session after it was written
    ("overdue", r"^(?!.*\b(?:meet\w*|met|ofsted|inspect\w*|budgets?|funding|money|grants?|licen[cs]es?|data|figures|"
     r"performance|information|info|stats|statistics|numbers|plan|strategy|policy|guidance)\b).*(?:"
     r"\blet (?:\w+ ){0,2}lapse\b|\b(?:gone|going|gotten|got) stale\b|\bmiss(?:ed)? (?:the|their|its) cut ?-?offs?\b|"
     r"\b(?:run|ran|gone|went) past (?:its|their|the) (?:due |target |end )?dates?\b|"
     r"\b(?:has|have) (?:that|the|its|their) (?:due |target |end )?dates? (?:now |already )?(?:passed|gone by)\b)",
     5.0),
    # "anything we've actually let lapse", 'have any gone stale date-wise', 'did any miss the cut off', 'everything
    # that's run past its date', 'has that date now passed without sign off'
    ("overdue", r"\b(?:red flags?|problems?|issues?|worries|concerns?)\b.{0,10}\b(?:date-wise|deadline-wise|"
     r"time-wise)\b", 5.0),  # 'red flags date-wise for LAC'
    ("due_date", r"\b(?:what|which) (?:date|day) exactly\b", 5.0),  # 'the 3 month recs - what date exactly'
    ("money", r"\bhow much\b(?! (?:capacity|time|staff|people|hours|days|space|room|effort)\b)"
     r".{0,30}\b(?:put aside|set aside|earmarked|ring-?fenced|allocated|set apart|budgeted)\b",
     5.0),  # 'how much has been put aside for safeguarding'
    ("due", r"^(?!.*\b(?:passed|missed|overdue|late|blown|slipped|meet\w*|met|indicators?|kpis?|performance|set|"
     r"ofsted|inspectors?|inspection|report|paper|letter|plan|changed|moved|shifted|revised|slipped)\b).*(?:"
     r"\b(?:what|which|any|our)\b.{0,20}\b(?:target|due) dates\b.{0,30}\b(?:coming|fall|falling|land|landing|"
     r"in the next|over the next|this|next|before|by)\b|"
     r"\b(?:target|due) dates\b.{0,12}\b(?:coming (?:at|up|towards)|on the horizon)\b|"
     r"\b(?:which|what|any)\b.{0,20}\bdated (?:commitments|actions|recs|items|promises)\b)", 5.0),
    # 'over the next month or so, what target dates are coming at us', 'which target dates fall in the next three
    # months', 'which dated commitments do we have coming up'
    ("due_date", r"^(?!.*\b(?:meet\w*|met|overdue|passed|missed|blown|budget|funding|grant|recs|recommendations|"
     r"actions|commitments|ones|items|which|each|all|any|every)\b).*(?:"
     r"\bwhat (?:was|is|were) the (?:deadline|due date|target date|target month|timescale)"
     r"(?: (?:we|they|you) (?:were|was|got) given| (?:set|given|agreed|put on it))?\s*[?!.]*$|"
     r"\bwhat (?:deadline|due date|timescale) did (?:ofsted|the inspectors?|inspectors|they|the report) "
     r"(?:put|set|give|attach|impose)\b|"
     r"\btarget month (?:for|of|to)\b|"
     r"\bwhen (?:does|did|do) (?:ofsted|the inspectors?|inspectors|the report) (?:expect|want|need) "
     r"(?:it|them|this|that|these|those)(?: done| delivered| in place| sorted)? by\b)", 5.0),
    # 'CP conference capacity rec - what was the deadline we were given', 'what deadline did ofsted put on fixing it',
    # 'the target month for opening the myplace hub', "children's promise measures, when does ofsted expect them by"
    ("status", r"^(?!.*\b(?:meet\w*|met|minutes|agenda|ofsted|inspect\w*|report|paper|letter|recs|recommendations|"
     r"actions|ones|items|everything|anything|all|judge?ments?|budgets?|money|funding|indicators?|kpis?|figures?|"
     r"data|targets?|holders|numbers|rates?|levels?|board|bd|eb|ib|committee|cttee|group|panel|partnership|council|"
     r"forum|team|scrutiny|cabinet|executive|trust|notice|dcs|director|chief|member|councillor|cllr|minister|leeds)\b)"
     r"(?:"
     r"^(?!\s*(?:what|whats|what is|give|show|tell|get|news|updates?)\b)(?!\s*(?:the |any )?latest\b)"
     r"[\w' -]{3,80}?\s(?:the |any )?latest"
     r"\s*[?!.]*$|"
     r"^\s*(?:so |and )?(?:is|are) (?:the |our )?[\w' -]{2,60}\bstill on (?:course|track|target|schedule)\s*[?!.]*$|"
     r".*\b(?:rec|recommendation|action|item)\s*[-:,]?\s*(?:is|has) (?:it|that|this) (?:still )?"
     r"(?:outstanding|open|live)\s*[?!.]*$)", 5.0),
    # '24/7 paeds cover for CP medicals... latest?', 'is the myplace centre still on course', 'caseloads rec - is it
    # still outstanding?': one action's card
    ("recent", r"^(?!.*\b(?:meet\w*|met|ofsted|inspect\w*|report|paper|letter|minutes|board|committee|cttee|"
     r"scrutiny|council|cabinet)\b).*(?:"
     r"\b(?:today|yesterday|this week|this morning)(?:'?s)? (?:activity|changes|edits|updates|movements?)\b|"
     r"\b(?:logged|posted|recorded|added|entered|put)\b.{0,12}\b(?:tracker|action log|clerk)\b.{0,12}"
     r"\b(?:lately|recently|this week|today|of late)\s*[?!.]*$|"
     r"\bwho(?: is| has|'s)? (?:updated|changed|edited|posted|logged) (?:anything|something|owt)"
     r"(?: (?:this week|today|lately|recently|this month))?\s*[?!.]*$)", 5.0),
    # "today's activity on the action tracker?", "what's been logged on the tracker lately"
    ("when", r"^(?!.*\b(?:next|will|due|deadline|meant|supposed|board|committee|group|panel|partnership|trust|"
     r"council|forum|network)\b).*(?:"
     r"\b(?:month|year|date|day) (?:it|they|this|that|these|those|he|she) (?:was|were) (?:created|set up|established|"
     r"introduced|launched|published|formed|started|agreed|approved|appointed|issued|written|sent)\b|"
     r"\bhow long ago (?:was|were|did)\b|"
     r"\b(?:at )?which (?:\w+ )?meeting did (?:they|we|it|the \w+) (?:do|hold|carry out|run|agree|decide|complete)\b)",
     5.0),
    # 'heads of service roles for each locality - month they were created?', 'the green paper - how long ago was it
    # published', 'at which IB meeting did they do the stock take'
    ("last_meeting", r"\bwhen did (?:the )?(?:(?!the\b)(?:[a-z]{2,20} ){1,2}(?:board|bd|committee|cttee)|eb|scrutiny|"
     r"cabinet) "
     r"(?:see|get|receive|consider|discuss|look at)\b(?!.*\babout\b)", 5.0),
    # 'locality working paper - when did exec bd see it': the meeting that had it
    ("chair", r"\bwho (?:takes|will take|took|is taking) the chair\b|"
     r"^\s*(?:which|what) (?:senior |lead |council |\w+ )?(?:officer|person|member|councillor|cllr|director|one) "
     r"(?:chairs|chaired)\b", 5.0),
    # 'who takes the chair when the transformation lot convene', 'which senior officer chairs CSLT'
    ("about_body", r"^\s*(?:the )?(?:point|purpose|remit) of (?:the |this |that |our )?(?:new )?"
     r"[\w' -]{2,60}?\b(?:group|board|committee|partnership|panel|forum|team|council|network)s?\b"
     r"(?=\s*(?:[?!.]*$|chaired|set up|led|run|that|which|in \w+$))|"
     r"\b(?:group|board|committee|partnerships?|panels?|forums?|teams?|networks?)\b.{0,10}\bwhat (?:are|is) "
     r"(?:they|it)\b.{0,6}\bhow (?:are|is) (?:they|it) (?:organised|organized|set up|structured|run)\b", 4.0),
    # 'point of the improvement support group chaired by the chief exec?', 'area children leeds partnerships, what are
    # they & how are they organised'
    ("search", r"^(?!.*\b(?:budgets?|money|funding|spend\w*|costs?|finance|financial|pounds|grants?|rated|rating|"
     r"ratings|graded|grades?|judged|judge?ments?)\b)"
     r"\s*(?:so )?(?:did|does|do|has|have) (?:ofsted|the inspectors?|inspectors|the (?:\w+ )?report|"
     r"the letter|they) (?:say|said|mention|mentioned|raise|raised|flag|flagged|note|noted|find|found|comment|"
     r"commented) (?:anything|something|much|owt) (?:about|on|regarding|re)\b", SAY_ABOUT),
    # 'did ofsted say anything about PEPs'
    ("plan", r"\b(?:(?:theme|strand|area|priority|workstream) of (?:the )?(?:[\w-]+ ){0,2}(?:plan|pointer|9pp)|strand|"
     r"workstream)\b.{0,40}"
     r"\b(?:still outstanding|left to do|remaining|still to do|still ongoing|delivered|achieved|"
     r"(?:main |headline |key |big )?(?:wins|achievements|successes|highlights))\b", 5.5),
    # 'social work practice theme of the plan, what bits are still outstanding'
    ("last_meeting", r"\b(?:eb|exec\w*(?: board)?|[a-z]+ (?:board|committee)) (?:got|had|received|saw|considered) "
     r"(?:a |the )?(?:paper|report)\b.{0,60}\bwhen (?:was|did) (?:that|it|this)\s*[?!.]*$", 5.0),
    # 'EB got a paper setting up the improvement board - when was that'
    ("frequency", r"\bwhat (?:interval|cycle)\s*[?!.]*$|\bhow regularly (?:does|do|is|are) [\w' ]{1,40}\bmeet|"
     r"\b(?:does|do|did) [\w' ]{1,40}\bmeet (?:every|each|once a|twice a) (?:week|month|quarter|year|fortnight)\b"
     r"(?!'|s\b)", 5.0),
    # "exec board's progress reviews on the improvement plan, what interval", "does bill's board meet every month"
    ("frequency", rf"^(?!.*\b(?:late|overdue|due|deadlines?|behind|timescales?|recs?|recommendations?|actions?|"
     rf"within|done|completed?|inspect\w*|ofsted|visits?)\b)"
     rf".*(?:\b(?:{FREQUENCY_SAID})\s*(?:,|/|\bor\b|, or\b)?\s*(?:{FREQUENCY_SAID})\b|"
     r"\bwhat(?:'s| is) the (?:interval|cycle)\b|\bcycle of meetings\b)", 5.5),
    # 'is it weekly, fortnightly, what?', 'cycle of meetings? 4 wks, 6 wks?', "the notice's reviews - what's the
    # interval"
    ("overdue", r"\b(?:did|have|has) (?:we|they|it|[a-z]+) (?:blow|blown|miss|missed|overshoot|overshot) (?:the|its|"
     r"their|our) (?:deadline|due date|target date)\b", 4.0),  # 'the paed rota rec... did we blow the deadline on it'
    ("status", r"^(?!\s*(?:which|what|any|how many|list|show)\b)(?!.*\b(?:recommendations|actions|recs|ones|when|"
     r"supposed|meant|due|deadline|date)\b|.*\b(?:any|every|each|all|no)\s+(?:recommendation|action)\b)"
     r".*\b(?:recommendation|action)\b.{0,40}\b(?:still open|open still|on track|signed off|wobbl\w*|closed|done|"
     r"complete|completed|finished|sorted|delivered)\b(?: (?:yet|now|already|or not|or \w+))?\s*[?!.]*$", 3.6),
    # one action's state asked ('CP conferences capacity rec still open?', 'LSCB rec - on track or wobbling?'); a
    # recommendation named is otherwise a list of them
    ("status", r"^(?!.*\b(?:recommendations|actions|recs|ones|updates|changes)\b).*\bwhat (?:does|did) (?:the )?"
     r"(?:tracker|log) (?:say|show)(?: now)? (?:for|about|on)\b.{0,60}\b(?:rec|recommendation|action|item|"
     r"[a-z]{1,4}-\d+)\b|^(?!.*\b(?:recommendations|actions|recs|ones|updates|changes)\b).*\b(?:rec|recommendation|"
     r"action|[a-z]{1,4}-\d+)\b.{0,40}\bwhat (?:does|did) (?:the )?(?:tracker|log|system) (?:say|show)\b", 5.0),
    # 'what does the tracker say for the paediatrician cover rec now'
    ("history", r"(?:\b(?:full|whole|complete|entire) (?:history|change record|change log|record of changes|"
     r"audit trail|log)|\b(?:change|update|status) records?|\bevery (?:update|change|edit)) (?:on|to|for|of|against|"
     r"made to) [\w' -]{0,50}\b(?:rec|recommendation|action|item|[a-z]{1,4}-\d+)\b", 5.0),
    # 'full change record for LAC-9', 'every update on the paeds cover rec'
    ("history", r"\b(?:has|have) (?:anyone|anybody|someone|somebody|we|any of us) (?:ever |yet |already )?(?:put|"
     r"posted|logged|added|entered|left|made) (?:an? |any )?(?:updates?|notes?) (?:on|to|for|against|about)\b|"
     r"\b(?:has|have) (?:anyone|anybody|someone|somebody|we) (?:ever |yet |already )?(?:made|put|posted|logged) "
     r"(?:an? |any )?changes? (?:on|to|for|against) [\w' -]{0,40}\b(?:rec|recommendation|action|[a-z]{1,4}-\d+)\b",
     5.0),
    # 'has anyone ever put an update on the contact centre classification rec'
    ("recent", r"^(?!.*\b[a-z]{1,4}-\d)\b(?:any|what|which)\b.{0,20}\b(?:fresh |new |recent |latest )?"
     r"(?:updates|changes)(?: (?:on|to|against|for) (?:the |our |any )?(?:recs?|recommendations?|actions?|tracker|log|"
     r"system))? since\b", 4.5),  # 'any fresh updates on the recs since last week'
    ("indicator", r"^(?!.*\b(?:due|deadlines?|overdue|late|meet\w*|actions?|recs?)\b).*\b(?:participants?|numbers?|"
     r"figures?|result|outturn|count|total|rate|percentage|holders?|users?|attendance)\b.{0,20}\b(?:at|by|for|in) "
     r"(?:the )?(?:end of )?(?:q[1-4]|quarter (?:one|two|three|four|[1-4]))\b", 4.0),  # 'TAP participants at end of
    # q2 09/10'
    ("actions", r"\b(?:does|did|do) (?:it|that|this|they|the \w+(?: \w+)?) commit (?:us|the council|the authority|them|"
     r"anyone) to (?:anything|any\w*|what)\b", 5.0),  # 'the dec scrutiny update - does it commit us to anything'
    ("indicator", r"\b(?:did|do|have|has) (?:we|they|the council|the authority) (?:meet|met|hit|achieve|achieved|reach|"
     r"reached) (?:all|every|each|most|some)\b(?!.*\b(?:deadlines?|recs?|recommendations?|actions?|timescales?|ones|"
     r"commitments?|areas|items|things|immediate)\b)",
     4.0),
    # 'the LILAC standards - did we meet all of them or only some'
    ("help", r"\bwhat can (?:you|u|clerk|this bot|the bot|it) (?:help|assist) (?:me |us )?with\b", 5.0),
    ("chair", r"\bwho (?:was|is|were|has been) (?:actually |currently |now |really )?chairing\b", 5.0),
    # 'who was chairing the IB back in 2010-11?'
    ("due_date", r"^\s*(?:due date|deadline|target date) check\b|^(?!.*\b(?:meet\w*|publish\w*|visit\w*|"
     r"inspect\w*|sit|sits|sitting)\b).*\bwhat(?:'s| is| was) the date (?:it'?s|it is|"
     r"they'?re|they are|that'?s|that is|it was|they were|we'?re|we are) (?:supposed|meant|due|expected|"
     r"scheduled) to\b",
     5.0),  # 'due date check - widening placement options', "what's the date they're supposed to be up and running"
    ("status_list", r"^\s*(?:so )?what(?:'s| is| has| have) (?:been|we) (?:completed|done|finished|closed|delivered|"
     r"signed off)(?=\s*$| (?:so far|to date|yet)\b)|"
     r"^\s*(?:so )?(?:everything|anything|all|which|what)(?: recs| recommendations| actions| ones)? (?:(?:we|we've|"
     r"we have|have we|"
     r"has been|have been|got) )(?:now |already |actually )?(?:completed|done|finished|closed(?: off)?|signed off|"
     r"ticked off|delivered)(?=\s*$| (?:so far|to date|yet|now)\b)", 5.0),  # "what's been completed to date?",
    # "everything we've closed off so far", not "what's been delivered well in youth services"
    ("recent", r"\b(?:who|colleagues|people|managers|staff|anyone|anybody)(?:'s| has| have)? been (?:logging|posting|"
     r"making|entering|recording) (?:changes|updates|edits)(?=\s*$|\s+(?:lately|recently|this|today|in the|over the|"
     r"against|and|to (?:the )?(?:tracker|actions?|recs?)|on (?:the )?(?:tracker|actions?|recs?))\b)", 5.0),
    # 'which colleagues have been logging changes', not 'who has been making changes to the improvement plan'
    ("summary", r"\bone[- ]page (?:position|summary|overview|brief|briefing|update|note)\b", 5.0),
    ("status_list", r"^(?!.*\b[a-z]{1,4}-\d)(?=.*\b(?:any|a|which|what)\b)(?=.*\b(?:recs?|recommendations?|actions?|"
     r"items?|tracker|log|ones)\b).*\b(?:anyone|anybody|someone|we|who)\b"
     r".{0,15}\b(?:put|placed|stuck|set|flagged|marked|raised|tagged|rated)\b.{0,40}\b(?:at risk|red flag|red|delayed|"
     r"blocked)\b", 5.0),  # 'anyone put a red flag / at-risk on any rec so far?', 'has anyone flagged a rec as at risk'
    ("due_date", r"^(?!.*\b(?:meet\w*|publish\w*|visit\w*|inspect\w*|budget|funding|bids?|applications?|"
     r"elections?|nominations?|registration)\b).*\b(?:rec|recommendation|action|[a-z]{1,4}-\d+)\W+when(?:'s| is| was)"
     r" (?:the |its |their )?(?:cut[- ]?off|deadline|due date)\s*[?!.]*$|"
     r"\bwhat (?:month|date|day|week|year) (?:is|are|was|were) (?:it|they|that|those|these|the \w+(?: \w+)?) "
     r"(?:meant|supposed|due|expected|scheduled|planned|set) to (?:be )?\w+(?: \w+)? by\s*[?!.]*$|"
     r"\b(?:rec|recommendation|action|one)\b.{0,40}\W+(?:the )?(?:date|deadline|due date) (?:for|of|on) "
     r"(?:that|it|this)\s*[?!.]*$|"
     r"\bwhen (?:do|does|did) (?:they|we|you|the \w+) (?:reckon|think)\b.{0,40}\b(?:be|get) (?:done|implemented|"
     r"in place|finished|completed?|ready|delivered|met|sorted|there|up and running|open|live|fixed)\b", 5.0),
    # "PEPs rec - when's the cut-off?", 'the eleven play areas - what month are they meant to open by', "when do they
    # reckon it'll be in place"
    ("status", r"^(?=.*\b(?:rec|recommendation|action|[a-z]{1,4}-\d+)\b(?!s)).*\bred,? amber,? (?:or |and )?green\b",
     4.0),  # 'ESCR rec, is it red amber or green at the moment'
]
INTENT_RULES += [
    ("status", r"^(?!.*\b(?:meet\w*|met|minutes|agenda|inspect\w*|judge?ments?|budgets?|money|indicators?|kpis?|"
     r"figures?|numbers?|which|list|deadlines?|dates|recs|recommendations|actions|ones|items|targets|"
     r"(?:three|six|3|6)[ -]months?)\b).*(?:"
     r"\bstill (?:gonna|going to|on course to|on track to|set to) (?:make|hit|meet|open|deliver|land)\b|"
     r"\b(?:are we|is it|is that|we're|we are|it's|it is) still on (?:course|track|target|schedule)\b|"
     r"\b(?:working|running|operational|in use|up and running) yet\b)", 4.5),
    # 'world class youth hub - still gonna make november?', 'youth hub - are we still on course for the opening',
    # 'reporting out of frameworki - working yet or still being sorted'; never a list ('are we still going to make
    # the deadlines for LAC')
    ("person", r"^(?!.*\b(?:chairs?|chaired|chairing|[a-z]{1,4}-\d+)\b).*(?:\bwho (?:is|was|'s) (?:he|she)\b|"
     r"\bwhat(?:'s| has| is) (?:he|she) got to do with\b|\bwho (?:does|did) (?:he|she) (?:work|report) (?:for|to)\b|"
     r"\bwhat(?:'s| is| was) (?:his|her) (?:connection|link|involvement)\b)", 4.5),
    ("person", r"^(?!.*\b(?:plan|board|bd|ib|eb|lscb|ctb|mrg|committee|cttee|report|paper|strategy|programme|"
     r"document|group|partnership|inspection|letter|notice|standard|service|team|strand|post|role|rec|recommendation|"
     r"action|[a-z]{1,4}-\d+)s?\b).*\b(?:exact|full|proper|official|job) title\b", 4.5),
    # 'adam hewitt, whose name is on the front of the scrutiny paper - who is he?', 'sandie keene - what's she got to
    # do with the ofsted report to EB', 'peter roberts from the IB list - who does he work for', 'eleanor brazil -
    # exact title pls'; never 'who chairs the IB and who is he' nor 'the official title of the IB'
    ("when", r"^(?!.*\b(?:meet\w*|met|due|deadlines?|overdue|(?:get|got|been|be|was|were) (?:judged|rated|graded))\b)"
     r".*(?:"
     r"\b(?:what|which) (?:month|year|date|day|week)\b.{0,15}\b(?:did|was|were) (?:that|it|this|they|these|those|"
     r"the \w+(?: \w+)?|\w+) (?:begin|began|start|started|kick off|kicked off|launch|launched|go live|open|opened|"
     r"happen|take place|come in|get going|first)\b|"
     r"\bhappened when\s*[?!.]*$|\bwhen did (?:leeds|we|the council|the authority|they) first\b|"
     r"\bin (?:what|which) (?:month|year) did\b)", 4.5),
    # 'the free swims offer for kids, what month did that begin', 'the unannounced ofsted visit happened when',
    # 'frameworki - in which month did front line teams start using it'; never a grade ('in which year did leeds
    # get judged inadequate')
    ("status_list", r"^(?!.*\b(?:[a-z]{1,4}-\d|minutes|agenda)\b)(?:\s*(?:has|have) (?:a single|any|even one|"
     r"one|any of (?:the|our))\b"
     r"(?: [\w']+){0,5} (?:recs?|recommendations?|actions?|ones?|items?) (?:actually |yet |even )?(?:been|got|gone) "
     r"(?:ticked off|signed off|closed(?: off)?|completed?|done|finished|marked (?:as )?(?:done|complete))\b|"
     r".*\b(?:anyone|anybody|someone|somebody|any(?:one)? managers?)\b.{0,12}\b(?:flagged|marked|put|set|rated|"
     r"moved)\b.{0,25}\b(?:at risk|delayed|red|blocked|slipping)\b)", 5.0),
    # 'has a single rec been ticked off as complete yet', 'anyone flagged stuff as at risk or delayed? or all quiet'
    ("owner", r"^(?!\s*(?:who|whos|who's)\b)(?!.*\b(?:board|bd|committee|cttee|group|panel|partnership|forum|ib|eb|"
     r"scrutiny|trust|council|meetings?|directorate|department|dcs|director)\b)"
     r"(?!\s*(?:the )?(?:children'?s?|childrens) services?\W)\s*.{3,}\W\s*"
     r"who(?:'s| is|s)? (?:actually |really |currently |now )?"
     r"(?:(?:runs?|running|leads?|leading|heads? up|heading up|in charge of|responsible for|delivering|driving) "
     r"(?:it|this|that|them)|(?:heads?|heading) (?:it|this|that|them) up)\s*[?!.]*$", 5.0),
    # 'friday night project, who actually runs it?', 'the review of … launched this autumn - who's leading it'
    ("due", rf"^(?!.*\b(?:overdue|late|past|missed|slipped|gone over|lapsed)\b).*"
     rf"\b(?:items?|recs?|recommendations?|actions?|ones|things|anything|stuff)\b.{{0,25}}\bwith an? "
     rf"(?:{MONTHS_SAID}) (?:target|deadline|due date|end date|target date)\b|"
     r"\bpencil+ed in (?:for )?(?:completion|delivery|sign[- ]?off|finishing|to (?:finish|complete|be done))\b", 5.0),
    # 'looked after kids items with a july target?', "what's pencilled in for completion during july 11"
    ("last_meeting", r"^(?!.*\b(?:inspect\w*|ofsted|visit\w*|update[ds]?|changes?|report|paper|letter|appoint\w*|"
     r"dcs|director|[a-z]{1,4}-\d+)\b).{3,}\W\s*when (?:was|were|did) (?:the |its |their |it )?(?:most recent|latest|"
     r"last)(?: one| time| check| review| meeting| sitting| session)?\s*[?!.]*$", 5.0),
    # "scrutiny's quarterly check on the improvement plan, when was the most recent"
    ("inspection", r"\b(?:ofsted|inspections?|inspectors?|cqc)\b.{0,80}?\b(?:(?:what|which) dates? (?:was|were) "
     r"(?:it|they|that)\b|when (?:was|were) (?:it|they)\s*(?:&|and|\+)?\s*how did (?:we|leeds|the council|the "
     r"authority|they) do\b)|\bwhich inspections? (?:were|was) (?:they|those|these|it|that)\b", 5.0),
    # 'the big ofsted/CQC inspection - what dates was it', 'latest ofsted inspection - when was it & how did we do',
    # 'the recs we're tracking from the 2008 inspections - which inspections were they'
    ("status", r"^(?!.*\b(?:recs|recommendations|actions|ones|items|all|every)\b).*\b(?:rec|recommendation|action|"
     r"item)\b\W*(?:what(?:'s| is) (?:the|its) |(?:the |its )?(?:current|latest) )position\s*[?!.]*$", 4.0),
    # 'children in care council resourcing rec, current position?'
    ("overdue", r"^(?!.*\b[a-z]{1,4}-\d)"
     r".*\b(?:go|gone|went|slip|slipped|run|ran) (?:past|beyond|over) (?:the |their |its )?"
     r"(?:deadline|due date|date|\d{1,2}(?:st|nd|rd|th)?)\b.{0,20}\b(?:unfinished|undone|incomplete|not done|"
     r"uncompleted|open)\b", 4.5),
    # 'the half-year looked after recs - did they all go past the 7th unfinished?'
    ("due_date", r"^(?!.*\b(?:meet\w*|met|minutes|agenda|next)\b).*(?:\bwhen(?:'s| is| was| will) (?:the |its |their )?"
     r"(?:implementation|roll-?out|launch|completion|go[- ]live|delivery|opening)\b.{0,20}\b(?:planned|scheduled|due|"
     r"expected|set|pencil+ed)\b|"
     r"\b(?:report|paper|update|review|implementation|launch|roll-?out|programme|work|rec|recommendation|action)\b"
     r".{0,60}\W\s*timing\s*[?!.]*$)", 4.5),
    # "independent review of the safeguarding board, when's implementation planned for", 'the detailed update report
    # … for exec board - timing?'; never 'next IB - timing?', a meeting
    ("members", r"\b(?:does|do|did) (?:the )?[\w' ]{1,50}? (?:send|sends|put|have) (?:anyone|anybody|someone|somebody|"
     r"a rep|reps|a representative|people|an officer)\b.{0,20}\b(?:to|on|at) (?:the |their |its |our )?"
     r"(?:[\w']+ ){0,3}(?:board|bd|ib|eb|ctb|mrg|lscb|committee|cttee|group|panel|partnership|forum|scrutiny|"
     r"meetings?)\b", 5.0),
    # 'does the DfE send anyone to IB meetings, who'
    ("overdue", r"^(?!.*\b[a-z]{1,4}-\d)(?=.*\b(?:deadlines?|recs?|recommendations?|actions?|targets?|dates?|"
     r"timescales?|commitments?|that|it|they|them)\b).*" + LAPSED, 5.0),
    ("status", r"\b[a-z]{1,4}-\d+\b.*" + LAPSED, 5.0),
    # "the transformation board's deadline for … (1/4/11) - has that lapsed unmet"; of one action by its id, its card
    ("actions", r"(?:\b(?:which|what)(?: [a-z]+){0,4}? (?:number|id|ref|reference|code) (?:is|was) (?:the|that|our)|"
     r"\bwhat(?:'s| is) the (?:id|number|ref|reference) (?:of|for) the) [\w' /-]{2,50}\b(?:one|rec|recommendation|"
     r"action)(?:\s*[?!.]*$|\s+and\b)", 5.0),  # 'which SG number is the 24/7 paediatrician one'
    ("overdue", r"\b(?:behind|past|beyond)\s+(?:their|its|the|our)\s+(?:[\w/]+\s+)?(?:(?:target|due|completion) "
     r"dates?|deadlines?)\b|\b(?:left|went|ended up|finished up) (?:late|overdue|unfinished|undone)\b", 5.2),
    # 'which children in care recs r now behind their ofsted target date', 'recs … left late + never closed'
    ("status_list", r"^(?!.*\b[a-z]{1,4}-\d)(?=.*\b(?:has|have)\b).*\b(?:anything|any recs?|any recommendations?|"
     r"any actions?|any of (?:them|the (?:recs|recommendations|actions|items)))\b.{0,30}\b(?:been )?(?:closed(?! "
     r"down)|done|completed|signed off|ticked off|finished)\b", 5.0),  # 'has anything actually been closed as done yet'
    ("actions", r"^.{3,}\W\s*what (?:exactly |else |specifically )?(?:did|does|do) (?:ofsted|the inspectors?|"
     r"inspectors|the inspection|the report|cqc) (?:actually )?(?:recommend|ask (?:us )?(?:for|to do)|want (?:us )?"
     r"to do|tell us to do)(?: (?:for|on|about) (?:it|this|that|them|those))?\s*[?!.]*$", 5.0),
    # 'NQSWs and caseloads, what exactly did ofsted recommend'
    ("summary", r"^(?!.*\b[a-z]{1,4}-\d)\s*(?:(?:pls |please |can you |could you )?sum up (?:where (?:things|we|it|"
     r"\w+'?s? (?:\w+ )?rec\w*) (?:stands?|are|is|ended up)|the (?:position|picture|state of play|situation)|for (?:me|"
     r"the board))\b|(?:(?:the|our|overall|current|an?)\s+)?(?:[a-z]{2,4}\s+)?(?:(?:safeguarding|looked after "
     r"children|children in care|care leavers)\s+)?(?:picture|position|overview|state of "
     r"play|summary) in (?:\d+|a few|one|two|three|four|five) (?:lines?|sentences?|bullets?|bullet points|words)\b)",
     5.0),
    # 'SG picture in 3 lines for the LSCB chair', "sum up where leeds' ofsted recs ended up"
    ("help", r"^(?!.*\b[a-z]{1,4}-\d).*\bwhat (?:can|could|does|do|will) (?:this(?: bot| thing| app| tool)?|the "
     r"(?:bot|app|tool)|you|u|clerk) (?:actually |really |even )?(?:tell me(?: about)?|do|answer|know about|"
     r"help (?:me )?with|cover)(?: for me)?\s*(?:[,?!.;]|$|and\b)", 5.0),
    # 'just joined the PMO - what can this bot actually tell me about, and what can i tell it'
    ("history", r"\b(?:on|in) [a-z]{1,4}-\d+(?:'s)? (?:record|log|file|trail|audit trail|timeline)\b|"
     r"\b[a-z]{1,4}-\d+(?:'s)? (?:record|log|audit trail|trail|timeline)\b\s*[?!.]*$", 5.0),
    # "what's on SG-10's record"
    ("search", r"^\s*(?:which|what|any) (?:new |recent )?(?:reports|papers|documents|letters|minutes) "
     r"(?:were|have been|has been|got|are) (?:recently |just |newly )?(?:updated|changed|added|uploaded)\b", 5.0),
    # 'which reports were updated recently': of the papers themselves, never the tracker's updates
    ("due", r"^(?!.*\b(?:missed|passed|lapsed|slipped|overdue|blown|gone|late|was|were|did|meet\w*|sittings?|"
     r"diary|board|committee|group|forum|panel|scrutiny|ib|ctb|mrg|lscb|exec)\b).*\b(?:which|what|any)\s+"
     r"(?:target |due |deadline |end )?dates?\s+(?:fall|falls|land|lands|come up|are coming up)\b", 5.0),
    # 'june thru aug: which dates fall on the tracker?'
    ("status_list", r"^\s*(?:the |all (?:the )?)?(?:closed|completed|finished|signed[- ]off|done) "
     r"(?:recs|recommendations|actions|items|ones)\b(?! (?:by|for|at|on|in|from|about) )", 5.0),  # 'closed recs so far'
    ("recent", r"\bwho(?:'s| is| has| have)? (?:updated|changed|logged|posted|edited) (?:what|which)\b|"
     r"^\s*(?:what(?:'s| is| was) )?(?:the )?(?:most recent|latest|newest|last) (?:thing|entry|change|update|note)s? "
     r"(?:logged|posted|recorded|added|made|put in)(?: on the tracker| anywhere| by anyone| this week| today)?"
     r"\s*[?!.]*$", 5.0),  # "who's updated what recently", 'the most
    # recent thing logged'
    ("frequency", r"^(?!.*\b(?:last|next|when|targets?|indicators?|ni|reported|judge?ments?|grades?|data|figures?)\b)"
     r"(?=.*\b(?:meet\w*|board|committee|scrutiny|group|forum|panel|look|looks|reviews?|sits?|sittings?|ib|ctb|mrg)\b)"
     r".*\b(?:weekly|fortnightly|monthly|quarterly|annual|annually|yearly|"
     r"termly)\b(?: thing| meeting| cycle)?,? or (?:a )?(?:weekly|fortnightly|monthly|quarterly|annual|annually|"
     r"yearly|termly)\b", 5.0),  # "scrutiny's look at the plan - monthly thing or quarterly?"
    ("next_meeting", r"^(?!.*\b(?:deadlines?|due|overdue)\b).*\b(?:meetings?|meeting|meets|"
     r"sittings?)\b.{0,30}\b(?:w ?/? ?c|week (?:commencing|beginning|starting|of))\b", 4.0),  # 'any meetings w/c
    # 26th july': meetings that week, never deadlines
    ("when", r"^\s*(?:the )?(?:year|month)\b(?!.*\b(?:due|deadline|meet\w*|and|overdue)\b).{0,60}\b(?:started|began|"
     r"begun|launched|introduced|came in|went live|kicked off)\b", 4.5),
    # 'month free swimming started for the under 16s'
]
