"""From a typed question to an intent and its slots: the text made plain (bot/wording.py),
scored against the intent rules (bot/intent_rules.py), its names resolved against the store
(bot/names.py), then the intent refined by the slots and by what the store holds."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from handlers.bodies import DIFFERENCE
from handlers.people import SUCCEEDED
from handlers.question import IMPROVEMENT_ASKED, Question
from handlers.search import WHAT_IS
from handlers.status import STATE_WORDS
from store.dates import YEAR, month_and_year
from store.deadlines import SHORT_ID
from store.text import initials
from store.vocab import COUNCIL_WORDS, THEME_NAMES, theme_words, themes_named

from .intent_rules import OFSTED_ALONE, SAY_ABOUT, WHICH_ARE_ON
from .intents import INTENT_VOCAB, RULE_WORDS, score_intents
from .names import KIND_FAMILY, Names, name_words
from .slots import asks_of_person, by_slots, names_a_post
from .windows import SUMMER_BREAK, parse_window
from .wording import (
    COMMON_WORD,
    FILLER,
    TIME_WORDS,
    WORD,
    content_words,
    correct_spelling,
    english_use,
    expand_acronyms,
    normalise,
)

CHANGED = re.compile(r"\b(?:changed?|trend|over time|improved|got (?:better|worse)|since (?:19|20)\d\d)\b")
ACRONYM_ASKED = re.compile(r"\bwhat (?:does|do|is|are) (?:an? |the )?(?!(?:we|you|they|it|he|she|people|staff)\b)"
                           r"[a-z&]{2,10}\d{0,2} (?:stand for|mean)\b|"
                           r"\bwhat is [a-z&]{2,10}\d{0,2} short for\b")


BARE_ACRONYM = re.compile(r"^\s*(?:the )?([A-Z][A-Za-z&]{1,9}\d{0,2}) ?[-:–—]? ?(?:meaning|means|stands for|"
                          r"is short for|acronym|expansion|expanded|in full|spelt out|spelled out|=)\s*[?!.]*\s*$")
# 'MSA meaning?', 'ESCR = ?', 'FGC - meaning?', 'DCSF expansion?'


def _bare_acronym(raw: str, names: Names) -> bool:
    """'MSA meaning?': an acronym the records spell out, asked of in capitals ('what is NUE?' asks
    what it is: the search answer leads with its letters spelt out)."""
    m = BARE_ACRONYM.match(raw.strip())
    return bool(m) and sum(c.isupper() for c in m[1]) >= 2 and \
        m[1].upper() in names.acronym_keys  # the records' own, or the usual ones


ENGLISH_THEME_NAMES = {"send", "sen"}  # a theme's names that are English words too
THEME_DENIED = re.compile(r"(?<!\bor )\b(?:not|excluding|except|rather than|other than|apart from|never mind)\s+"
                          r"(?:the\s+)?(?:" + "|".join(sorted((re.escape(n) for ns in THEME_NAMES.values() for n in ns
                                                               if n not in ENGLISH_THEME_NAMES), key=len, reverse=True))
                          + r")\b(?!-\d)")  # never 'or not', 'not send', 'except SG-3'


GRADE_ASKED = re.compile(r"\b(?:marks?|marked|grades?|graded|rated|rating|scored?|judged|verdict|adequate|inadequate|"
                         r"outstanding|(?:get|got|given|gave|rated|judged|graded|achieved|received?) (?:us )?(?:an? )?"
                         r"good|any good|good or not|up to scratch|how (?:low|high|badly|poorly|well) did)\b")  # 'did
# we get a good', 'any good according to the inspectors', 'how low did we score'; not 'what does good look like'
TRACKER_TALK = {"dates", "tracker", "here", "against", "landing", "lands", "land", "blown"}
WINDOW_WORDS = {"break", "hols", "holidays", "recess",  # 'between now and the xmas break'
                "over", "couple", "ahead", "lookahead", "look", "horizon", "fortnight", "fortnights", "span",
                "period", "window", "coming", "upcoming", "following", "end", "within", "between", "before", "until",
                "night", "eve", "looking", "out", "hit", "hits", "fall", "falls", "first", "second", "third", "fourth",
                "1st", "2nd", "3rd", "4th", "across", "throughout"}  # 'the first quarter of 2011'
SETTLED = re.compile(r"^\s*(?:(?:so|ok|okay|right|and|now)[\s,]+)*(?:with (?:the |that |this |our )?[\w' /&-]{2,60}? "
                     r"|(?:after|now that) (?:that one|this one|that|this|it|one|[a-z]{1,4}-\d+)"
                     r"(?:'s| is| has been| been)? )"
                     r"(?:(?:one|rec|recommendation|action|item) )?(?:now )?(?:closed|done|sorted|finished|completed?|"
                     r"signed off|ticked off|off the (?:list|tracker)|out of the way|marked (?:as )?(?:done|complete))"
                     r"\s*[,;:-]+\s*(?=\S+\s+\S)",
                     re.I)  # 'with the external placements one closed, what cic recs are past deadline still?': what
# was settled before the question, not what it asks of
REASON_NOUNS = (r"(?:\d{1,2}(?::\d\d|\.\d\d)?\s*(?:am|pm)|huddle|brief|briefing|paper|slides?|deck|pack|e-?mail|"
                r"note|cover note|minutes|agenda|return|stats|newsletter|bulletin|catch[- ]?up|1:1|stand[- ]?up)")
LEAD_IN = re.compile(r"^\s*(?:(?:hi|hiya|hey|hello|morning|afternoon|evening)(?: clerk| there| all| team)?"
                     r"\s*[,!.:-]*\s+|(?:quick|random|daft|silly) (?:one|q|question|query)\s*[-:–—,.]\s*|"
                     r"(?:roughly|approximately|approx\.?|around|circa)\s+(?=(?:when|what (?:year|month|date)|"
                     r"which (?:year|month)|how (?:many|much|long))\b)|"
                     r"apologies\s*[,!.:–—-]+\s*(?!.*\b(?:them|apolog\w*|sen[dt]|attend\w*|absent|absences?)\b)|(?:sorry|ok(?:ay)?|right|cool|great|nice|lovely|perfect|brill|ace)\s*[,!.:–—-]+\s*|"
                     r"(?:ok(?:ay)?,? so|btw|q\s*[:-])\s*|"
                     r"(?:any idea|do we know|does (?:any ?one|any ?body) know|(?:i )?need to know|"
                     r"(?:i'?m |i am )?trying to (?:find out|work out)|(?:i was |just |i'?m |i am )?wondering|"
                     r"i wonder)\s+"
                     r"(?=(?:what|when|who|whose|which|how|where|whether|if)\b)|"
                     r"(?:can|could|would) (?:you|u) (?:please |pls |just )?(?:tell|remind) me(?! about| more| why)\s+|"
                     r"(?:can|could|would) (?:you|u) (?:please |pls |just )?let me know\s+|"
                     r"(?:please|pls|plz) (?:tell|remind) me(?! about| more| why)\s+|(?:just )?(?:tell|remind) me\s+"
                     r"(?=(?:when|who|whose|which|how|where|whether|if)\b)|"
                     r"(?:do|d'?you) (?:you |u )?(?:know|happen to know)\s+(?=(?:what|when|who|whose|which|how|where|"
                     r"whether|if)\b))+", re.I)  # 'hiya, ', 'quick one - ', 'can you tell me ': how it is asked
LEAD_REASON = re.compile(r"^\s*(?:(?:prepping|preparing|getting ready|gearing up|pulling (?:\w+ )?together|"
                         r"drafting|writing(?: up)?|doing|building)(?: for)? (?:the |my |our |a |an |tomorrow'?s |"
                         r"today'?s |this (?:week'?s )?)?[\w'&/ ]{1,40}?|for (?:the |my |our |a |an |tomorrow'?s |"
                         r"today'?s |this )?(?:[\w'&]+ ){0,2}" + REASON_NOUNS + r")\s*(?:-+|–|—|:|,)\s+"
                         r"(?=\S+\s+\S+\s+\S)|^\s*(?:[A-Z]{2,4}|(?:mon|tues|wednes|thurs|fri)day'?s|"
                         r"tomorrow'?s|today'?s|weekly|monthly)(?: [A-Z]{2,4})? (?i:agenda|pack|brief|briefing|"
                         r"huddle)\s*(?:-+|–|—|:)\s+(?=\S+\s+\S+\s+\S)")
# 'prepping for the LSCB exec - ', 'SMT agenda - ', 'for the board paper: ': why it is asked, unless what follows asks
# of it ('for the IB - who chairs it') or the lead alone names what is asked ('prepping for the LAC paper - what's due';
# 'LAC brief - what's due' is no lead at all)
EMBEDDED = re.compile(r"^(what|who|where)\s+(.+?)\s+(is|are|was|were)\s*([?.!]*)\s*$", re.I)  # a question
# asked inside another, in the order of a statement
COURTESY_TAIL = re.compile(r"(?:[\s,.!-]+\b(?:ta|thanks|thank you|thx|cheers|pls|please|plz|ty)|"
                           r"\s*[-–—,;]+\s*for (?:the|tomorrow'?s|today'?s|this|my|our) (?:\w+ ){0,2}" + REASON_NOUNS +
                           r")\s*[.!]*\s*$",
                           re.I)  # thanks, or why it is asked, after the question
HEDGE_TAIL = re.compile(r"(?<!\bmeet)(?<!\bmeets)(?<!\bsit)(?<!\bsits)(?<!\bhappen)(?<!\bhappens)(?<!\bconvene)"
                        r"(?<!\bbe)(?<!\bopen)(?<!\breport)(?<!\bstart)[\s,-]+(?:tho|though|asap|again|"
                        r"if poss(?:ible)?|if (?:you|u) can|when (?:you|u) (?:get|have) a (?:sec|second|chance|mo|min|"
                        r"minute))\s*([?.!]*)\s*$", re.I)  # 'whats its deadline tho?', 'timescale again?', '- outcome
# asap': how it is asked; never 'when does it meet again' (its next meeting)
ASKED_AS = [(re.compile(r"\bwho(?:'?d| would| will)? be (?:a)?round the table\b", re.I), "who sits on them"),
            (re.compile(r"\bwhat are they (?:meant|supposed|there|set up) to (?:achieve|deliver)\b", re.I),
             "what are they for")]  # "local CYP partnerships - who'd be round the table": how a
# body is asked of
BACK_TO_IT = re.compile(r"\b(?:it|its|it's|them|they|their|theirs|there)\b", re.I)
CUT_OFF = re.compile(r"^\s*(?P<when>[\w' ]{2,30}?)\s+(?:is|'s|will be)\s+(?:my|our|the)\s+(?:cut-?off|deadline|"
                     r"horizon|limit|end date)\b[^,;:?]{0,40}[,;:]\s*", re.I)
GIVEN_FOR = re.compile(r"\b(?:gave|given|give|set)\b(?: \w+){0,4} (?:(?:\d+|one|two|three|six|twelve)[ -](?:months?|"
                       r"weeks?)) (?:for|to)\b|\b(?:gave|given|give|set)\b.{0,40}\b(?:within|in) "
                       r"(?:\d+|one|two|three|six|twelve)[ -](?:months?|weeks?)\b(?! ago)")  # 'the SG ones ofsted
# gave us six months for': a timescale set for recommendations, never '6 months ago'
LISTED_ASKED = re.compile(r"\b(?:which|what|any|anything|list)\b.{0,40}\b(?:recs?|recommendations?|actions?|ones|"
                          r"items|commitments|overdue|late|past|due|outstanding|falls?|falling|landing)\b", re.I)
LEANING = re.compile(r"\b(?:it|its|it's|they|them|their|that one|this one|he|she|his|her)\b", re.I)
OCCASION = re.compile(r"^\s*(?:(?:my|our|the|a)\s+)?(?:(?:team|staff|weekly|monthly|morning|service|managers'?|dmt|"
                      r"slt|smt)\s+)?(?:meeting|mtg|briefing|catch[- ]?up|huddle|stand[- ]?up|supervision|1:1|"
                      r"one[- ]to[- ]one)\s+(?P<when>tmrw|tmw|tomorrow|today|tonight|later|"
                      r"this (?:morning|afternoon|evening)|on \w+day|next week)"
                      r"\s*(?:-+|–|—|:|,)\s+(?=\S+\s+\S)", re.I)  # 'team meeting tmrw - ': why it is asked, naming no
# topic ('scrutiny meeting tomorrow - who chairs it' names the body: kept); dropped, but its time stands for
# 'then' ('team meeting next week - anything due before then?')
ASIDE = re.compile(r"\((?:[^()\s]+\s+){2,}[^()\s]+\)")  # three words or more: a clause, not a gloss ('(delayed)')


def _aside_dropped(m: re.Match, names: Names) -> str:
    """A bracketed clause dropped; not one spelling out the word before it ('KLOEs (key lines of enquiry)'),
    nor part of a body's name ('scrutiny (children & families)')."""
    if "?" in m[0] or re.match(r"\(\s*(?:who|what|when|where|which|how|why|is|are|has|does|did)\b", m[0], re.I):
        return m[0]  # 'caseloads rec (who owns it now?)': the question itself
    before = re.findall(r"[a-z]+", m.string[:m.start()].lower())[-1:]
    words = re.findall(r"[a-z]+", m[0].lower())
    own = set(name_words(m[0]))
    if own and any(own <= set(name_words(n)) for body in names.bodies for n in body["names"]):
        return m[0]
    spelt = {"".join(w[0] for w in words), "".join(w[0] for w in words if w not in ("of", "and", "the", "for"))}
    return m[0] if before and before[0].rstrip("s") in spelt else " "


OCCASIONS = {"prepping", "preparing", "getting", "ready", "gearing", "pulling", "together", "drafting", "writing",
             "doing", "building", "paper", "papers", "brief", "briefing", "huddle", "slides", "slide", "deck", "pack",
             "email", "e-mail", "note", "cover", "minutes", "agenda", "return", "stats", "newsletter", "bulletin",
             "catch-up", "catch", "stand-up", "stand", "board", "exec", "executive", "meeting", "session", "call",
             "team", "weekly", "monthly", "tomorrow's", "today's", "week's", "am", "pm", "smt", "dmt", "slt",
             "members", "member", "cabinet", "chair", "director", "report", "1:1"}  # words of an occasion or a paper,
# naming nothing asked of


RECOMMENDED = re.compile(r"\bwhat (?:exactly |else |specifically )?(?:did|does|do) (?:ofsted|the inspectors?|"
                         r"inspectors|the inspection|the report|cqc) (?:actually )?recommend")
RECOMMEND_WORDS = {"recommend", "recommended", "exactly", "specifically", "actually", "ofsted", "inspectors",
                   "inspector", "inspection", "report", "cqc", "else"}
CLOCK_TIME = re.compile(r"\d{1,2}(?:[:.]\d\d)?(?:am|pm)")


def _names_what(text: str, names: Names) -> bool:
    """Does the question name what it asks of: a theme, a body ('LAC', 'the improvement board') or
    words of its own, not how it asks nor when ('when was the nine point plan drawn up'; not 'which recs
    are overdue', 'what's due by 3pm')?"""
    read = _reading(text, names)
    return bool(names.theme(read) or names.body_in_words(text) or names.body_by_initials(text) or any(
        w not in RULE_WORDS and w not in INTENT_VOCAB and w not in ACTION_NOUNS and not CLOCK_TIME.fullmatch(w)
        for w in content_words(read)))


def _only_an_occasion(lead: str, names: Names) -> bool:
    """Does a lead name nothing but an occasion or a paper ('prepping for the 3pm', 'for the board paper')?"""
    return all(w in OCCASIONS or CLOCK_TIME.fullmatch(w) for w in content_words(_reading(lead, names)))


def _reading(raw: str, names: Names) -> str:
    """The text as read: lower case, misspellings corrected, acronyms spelt out."""
    text = THEME_DENIED.sub(" ", normalise(raw))  # 'safeguarding, not CLA': never the theme denied
    proper = frozenset(w.lower() for w in re.findall(r"(?<=[a-z,;:]\s)[A-Z][a-z]+", raw))  # 'is Reilly the chair'
    tokens = correct_spelling(re.findall(r"[a-z0-9£][a-z0-9'£.,-]*[a-z0-9]|[a-z0-9£]", text), names.vocabulary, proper)
    capped = CODED_RAW.sub(lambda m: f"{m[1].upper()} {m[2]}" if _coded(m, names.acronym_keys) else m[0],
                           raw)  # 'ni 57' is NI 57
    return expand_acronyms(" ".join(tokens), capped, names.vocabulary, names.acronyms,
                           capitals_only=names.implied_acronyms)


LISTS = ("overdue", "due", "actions", "status_list", "owner")  # lists of actions: 'sg + lac recs due…' is either
# theme's; a plan's 'looked after & care leavers' strand is one name


def understand(raw: str, names: Names, today: date) -> Question:
    """Parse a question: intent, content words, names from the store, dates and windows."""
    settled = SETTLED.match(raw)
    rest = raw[settled.end():] if settled else ""
    if settled and (re.search(r"\b[A-Za-z]{1,4}-\d", rest) or (LISTED_ASKED.search(rest) and not LEANING.search(rest))):
        raw = rest  # 'with the external placements one closed, what cic recs are past deadline still?' lists others,
        # 'with SG-8 done, when is SG-9 due?' asks of another; never 'with the myplace hub finished, when does it open'
        # or 'with the budget signed off, how much is left', which ask of what was settled
    occasion = OCCASION.match(raw)
    if occasion:  # 'team meeting next week - anything due before then?': the occasion dates the question
        raw = re.sub(r"\bthen\b", occasion["when"].replace("tmrw", "tomorrow").replace("tmw", "tomorrow"),
                     raw[occasion.end():])
    lead = LEAD_IN.match(raw)
    if lead and len(raw[lead.end():].split()) > 1:  # 'can you tell me when the plan was drawn up'
        raw = EMBEDDED.sub(r"\1 \3 \2", raw[lead.end():])  # 'do you know what the CTB is': what is the CTB
    lead = LEAD_REASON.match(raw)
    if lead and not BACK_TO_IT.search(raw[lead.end():]) and (
            _names_what(raw[lead.end():], names) or _only_an_occasion(lead[0], names)):
        raw = raw[lead.end():]  # 'prepping for the LSCB exec - is anything on the SG side overdue': why it is asked;
        # never 'prepping for the IB - who's on it', nor 'for the caseloads paper - what's the status' (the lead alone
        # names what is asked)
    tail = COURTESY_TAIL.search(raw)
    if tail and len(raw[:tail.start()].split()) > 1:  # 'names of everyone sat on the IB ta', 'judith blake - for the
        raw = raw[:tail.start()]  # 3pm': thanks, or why it is asked, after the question
    for said, plain in ASKED_AS:
        raw = said.sub(plain, raw)
    hedge = HEDGE_TAIL.search(raw)
    if hedge and len(raw[:hedge.start()].split()) > 1:
        raw = raw[:hedge.start()] + hedge[1]
    cut_off = CUT_OFF.match(raw)
    if cut_off and re.search(r"\bthen\b", raw[cut_off.end():]):  # 'xmas is my cut-off for the forward plan,
        raw = re.sub(r"\bthen\b", cut_off["when"], raw[cut_off.end():], count=1)  # anything due between today and
        # then?': the day named dates the question
    text = _reading(raw, names)
    known = names.acronym_keys
    frame = ASIDE.sub(lambda m: _aside_dropped(m, names), raw)  # 'transformation bd (meets every 2 wks) - chaired
    # by?': an aside describes,
    framed = _reading(frame, names) if frame != raw and len(frame.split()) > 1 else ""  # the words around it ask
    asked, mark, after = raw.partition("?")
    why = not framed and mark and len(asked.split()) > 1 and WHY_ASKED.match(after) and "?" not in after and \
        not re.match(r"\s*(?:i\.?e\b|e\.?g\b)", after, re.I)  # 'any reds? i.e. anything rated at risk': the same ask
    if why:
        framed = _reading(asked + "?", names)  # 'overdue on lac? pulling together a briefing': the question, then why
        # it is asked ('who owns the SG recs? the caseloads one' narrows it: read whole)
    reason = None if framed or mark else REASON_TAIL.search(raw)
    if reason and len(raw[:reason.start()].split()) > 2 and not re.search(r"\b(?:on|about|re|regarding)\b",
                                                                          reason[0]):
        why, framed = True, _reading(raw[:reason.start()], names)  # 'the free swims offer, what month did that
        # begin - need it for the leisure stats': the question, then why it is asked
    ranked = score_intents(framed) if why else (framed and score_intents(framed)) or score_intents(text)  # never
    # what only the reason names ('… still waiting? need for a briefing' asks no summary)
    if ACRONYM_ASKED.search(normalise(raw)) or _bare_acronym(raw, names):  # asked before it is spelt out
        ranked.insert(0, (9.0, "acronym"))
    if ranked and ranked[0] == (SAY_ABOUT, "search") and (names.category(text) or _only_categories(text, names)):
        ranked.pop(0)  # 'what did ofsted say about being healthy for LAC?', 'are children safe - what did ofsted say'
        ranked.insert(0, (3.0, "judgement"))
    if (not ranked or ranked[0][0] < 3) and names.category(text, partly=bool(CHANGED.search(text)),
                                                           loosely=bool(GOT_ASKED.search(text))):
        ranked.insert(0, (3.0, "judgement"))  # 'how did LAC do on staying safe?' names a judged category
    elif (not ranked or ranked[0][1] in ("search", "inspection", "indicator")) and GRADE_ASKED.search(text) and (
            names.category(text) or names.one_word_categories & set(name_words(text))):
        ranked.insert(0, (ranked[0][0] + 0.1 if ranked else 3.0, "judgement"))  # 'what mark did inspectors give for
        # equality and diversity', 'LAC partnerships - did we get a good'
    window, as_of = parse_window(framed if why else text, today)  # 'what's due in march? spring planning': March
    words = content_words(SUMMER_BREAK.sub(" ", text) if window else text)  # 'before schools break up': a window
    if why or len(content_words(framed)) > 1:  # 'care promise (revised by young people) - launch year': of the promise
        words = content_words(SUMMER_BREAK.sub(" ", framed) if window else framed)
    listed = bool(ranked) and ranked[0][1] in LISTS  # "this week's deadlines": the week is the window
    if listed or window:  # 'which dates fall on the tracker', "any deadlines on here we've already blown", "what's
        words = [w for w in words if w not in TRACKER_TALK]  # got a target date against it": the tracker, not a topic
    if window:  # 'due over the next couple of months', 'a 3 week lookahead': how the window was said
        words = [w for w in words if w not in WINDOW_WORDS and not (listed and w in TIME_WORDS)]
        if listed and MONTH_TARGET.search(text):  # 'items with a july target': July is the window, not a topic
            words = [w for w in words if w != "target"]
    if ranked and ranked[0][1] == "actions" and RECOMMENDED.search(text):  # 'caseloads - what did ofsted recommend':
        words = [w for w in words if w not in RECOMMEND_WORDS]  # the actions about caseloads, never 'recommend'
        if names.category(text):  # 'staying safe - what did ofsted recommend': a graded category, its grade
            ranked.insert(0, (9.0, "judgement"))
    if re.match(r"\s*right\b(?![' ]s\b)", text) and words[:1] == ["right"]:
        words = words[1:]  # 'right so which recs are still hanging': how it begins, never children's rights
    for booked in BOOKED_FOR.finditer(text):  # "what's pencilled in for completion during july", 'overdue completion
        words = [w for w in words if w not in booked[0].split()]  # dates': when, never what
    words += [m[2] for m in CODED.finditer(normalise(raw)) if _coded(m, known) and m[2] not in words]
    # 'NI 57': the indicator's number is what is asked
    q = Question(raw=raw, text=text, intent=ranked[0][1] if ranked else "search",
                 words=words, today=as_of or today, window=window)
    q.theme = names.theme(text)
    named = themes_named(text, in_order=True)
    held = [t for t in named if t in names.themes]
    joined = re.sub(r"^\s*(?:and|also|so)\b", " ", text)  # 'and the CP training on the SG side': one theme
    if q.theme and len(named) > 1 and (re.search(r"\b(?:and|or|both|&|v|vs|versus|against)\b|,", joined)
                                                     or (re.search(r"[+&/]", raw) and q.intent in LISTS
                                                         and len(held) > 1)
                                                     or (
            q.intent == "judgement" and re.search(r"\b(?:compared?|comparison|against|than)\b", text))):
        q.theme, q.themes = None, held if len(held) > 1 else []  # 'complaints recs from ofsted, SG and LAC': both
        # themes, so neither alone narrows it; lists of actions are those of either
        spelt = {w for theme in named for name in THEME_NAMES[theme] for w in name.split()}
        q.words = [w for w in q.words if w not in spelt and w not in ("against", "versus", "vs", "compared")]
    q.plan = names.plan(text)
    q.named_plan = None if q.plan else names.plan(text, named_only=True, today=q.today)
    beside = _beside_plan(words, q.plan, text)
    read = f" {' '.join(name_words(text))} "
    spelt_out = {w for short, long in names.acronyms.items()
                 if f" {short.lower()} {' '.join(name_words(long))} " in read
                 and not KIND_FAMILY.keys() & set(name_words(long)) for w in name_words(long)}  # 'LILAC' spelt out
    # (as the text reads it) names no body ('Leading Improvement for …'); 'CLP', a partnership, may; 'race' typed
    # is no acronym
    own = [w for w in beside or words if w not in spelt_out]
    q.body, q.other_bodies = names.body(own, q.today) if own else (None, [])
    if not q.body and beside:  # the plan's words were all it had: they may name a body after all
        q.body, q.other_bodies = names.body(words, q.today)
    if q.body and _only_as_modifier(text, q.body, names):
        q.body, q.other_bodies = None, []  # 'the play areas' are not the Area Committee
    if not q.body and re.search(r"\bcouncil(?:'s)? meeting\b", text):  # 'the 9 january council meeting'
        q.body, q.other_bodies = names.body(["council"])
    spelt = names.body_in_words(text)
    if spelt and q.body and spelt.id != q.body.id and not q.plan:  # named in full: not another body sharing words
        q.body, q.other_bodies = spelt, []
    chaired = names.body_chaired(normalise(raw))
    if chaired:  # 'everyone on bill's board': the body its chair is recorded chairing (its chair is not asked of)
        q.body, q.other_bodies = chaired, []
        owned = set(re.findall(r"\b([a-z]+)'s\b", normalise(raw))) & names.chaired.keys()  # not 'children's'
        chair = {w for person in names.people if owned & set(name_words(person)) for w in name_words(person)}
        words = [w for w in words if w not in owned and w not in chair]  # 'bill mccarthy's board': his whole name
        q.words = [w for w in q.words if w in words]
    initialled = names.body_by_initials(raw)
    if initialled:  # 'the IB', 'LMT': the records' own bodies by their initials, written in capitals
        q.body, q.other_bodies = initialled, []
    q.person = names.person(words)
    q.council = names.council(words, raw)
    if re.search(r"\bback (?:then|when|(?:in|during) (?:(?:19|20)\d\d|'\d\d|that|those|the day|early|late|mid|"
                 r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|winter))", q.text):  # 'back
        # in that 2009 inspection': when, not what ('bringing education leeds back in house' is what)
        q.words = [w for w in q.words if w != "back"]
    if q.intent in LISTS and not q.council and not re.search(r"\b(?:mention\w*|about|says?|saying|naming|names)\b",
                                                              q.text) and (
            q.intent != "owner" or set(q.words) - names.home_places - ACTION_NOUNS):
        q.words = [w for w in q.words if w not in names.home_places]  # 'the LAC recs ofsted gave leeds': the
        # council's own place names every action of its records, so it narrows none
    plain = normalise(raw)  # with its ampersands: 'k&c vs westminster'
    if q.body and q.intent == "frequency" and COMPARING.search(plain):  # 'is the MRG more or less frequent than
        for part in re.split(r"\bthan\b|\bvs\b|\bversus\b|\bcompared (?:to|with)\b", raw):  # the CTB': both
            other = names.body_by_initials(part) or names.body(content_words(part), q.today)[0]
            if other and other.id != q.body.id and other.name not in q.other_bodies:
                q.other_bodies.append(other.name)
    if q.intent == "about_body" and DIFFERENCE.search(plain):  # 'children leeds partnership vs ISCB - difference?':
        named = []  # each body, the first asked of and the others beside it
        for part in re.split(r"\bvs?\b\.?|\bversus\b|\band\b|\bcompared (?:to|with)\b|\bfrom\b",
                             DIFFERENCE.sub(" ", raw)):
            said = content_words(part)
            body = names.body_by_initials(part) or (names.body(said, q.today)[0] if said else None)
            if body and all(body.id != b.id for b in named):
                named.append(body)
        if len(named) > 1:
            q.body, q.other_bodies = named[0], [b.name for b in named[1:]]
        else:  # 'the difference between the NEET rate and the national average': not of bodies
            q.intent = next((i for _s, i in ranked if i != "about_body"), "search")
    q.councils = [c for c in dict.fromkeys(names.council(content_words(part), part) for part in COMPARING.split(plain))
                  if c] if q.council and COMPARING.search(plain) else []
    q.rating = rating_asked(text)
    _adjust(q, ranked, names)
    if initialled and q.intent == "search" and WHAT_IS.match(raw):
        q.intent = "about_body"  # 'what's CGAC?': a body the records name, by its initials
    counted = re.search(r"\b(?:how many|number of) ([a-z]{4,})\b", text)
    if q.intent in ("indicator", "inspection") and counted and counted[1] not in q.words and \
            counted[1] in INTENT_VOCAB and counted[1] not in ("times", "many", "number"):
        q.words = [counted[1], *q.words]  # 'how many meetings did the inspectors hold': the meetings are counted
    return q


def _runs_of_initials(name: str) -> set[str]:
    """'cs', 'css' for Children's Services Scrutiny: the letters of each run of its words."""
    letters = initials(name)
    return {letters[i:j] for i in range(len(letters)) for j in range(i + 2, len(letters) + 1)}


def _only_as_modifier(text: str, body, names: Names) -> bool:
    """Is the body named by one word of its name alone, and that word the head of another noun phrase
    ('play areas', 'youth hub')? 'the area committee', 'families scrutiny' and 'leeds scrutiny' name it."""
    own = {w[:4] for n in body.names for w in name_words(n)}
    tokens = re.findall(r"[a-z0-9][a-z0-9']*", text)
    named = [i for i, t in enumerate(tokens) if t not in FILLER and t[:4] in own]
    if len(named) != 1 or not named[0] or tokens[named[0]] in KIND_FAMILY or tokens[named[0]] in COUNCIL_WORDS:
        return False
    before = tokens[named[0] - 1]
    return (before.isalpha() and english_use(before) >= WORD and before not in FILLER and before[:4] not in own
            and before not in COUNCIL_WORDS and not names.council([before]))  # not 'cs scrutiny'


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
    (r"(?<!\bstill )(?<!\bis )(?<!\bwhat is )(?<!\banything )(?<!\bleft )\boutstanding\b(?! actions| work| items|"
     r" on| from)", "outstanding"),  # not 'what's still outstanding on the 9pp': left to do
    (r"\b(?:rated|graded|judged|scored|scoring|as|out) good\b|\bgood\b(?=.{0,20}\b(?:rated|rating|grade)\b)|"
     r"\b(?:strands?|workstreams?|areas?|themes?|priorities)\b.{0,20}\b(?:are|is|were|was) good\b", "good"),
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
    if len(q.councils) > 1 and q.intent in ("search", "indicator"):
        q.intent = "judgement"  # 'k&c vs westminster', 'doncaster or bury - which is better'
    if q.intent == "role" and q.body and not [w for w in q.words if w not in name_words(q.body.name)
                                              and w not in {"leading", "heading", "lead", "head", "running", "charge",
                                                            "councillor", "cllr", "person", "member", "board"}
                                              and w not in _runs_of_initials(q.body.name)]:
        q.intent = "chair"  # 'who is leading the improvement board?'
    if q.intent == "chair" and re.search(r"\b(?:besides|apart from|other than|except|excluding|as well as|"
                                         r"not counting) (?:the )?chair", q.text):
        q.intent = "members"  # 'who else sits on the IB besides the chair'
    if q.intent == "owner" and q.body and RUNS_IT.search(q.text) and (
            names.body_by_initials(q.raw) or re.search(r"\b(?:board|committee|group|panel|partnership|forum|"
                                                       r"team|scrutiny)\b", q.text)):
        q.intent = "chair"  # 'the MRG: who runs it': a body's chair, never an action's owner
    if q.intent == "contact" and q.plan and not re.search(r"\b(?:report|paper|update)s?\b", q.text):
        # 'who prepared the improvement plan?': the plan, not a report's authors ('who wrote the 9 point plan report?')
        q.intent = "plan"
    if q.council and q.intent == "search" and re.search(r"\bwho (?:led|inspected)\b", q.text):
        q.intent = "inspection"  # 'who led doncaster?'
    if q.council and q.intent == "search" and _names_a_category(q, names, empty=bool(DOING.search(q.text))):
        q.intent = "judgement"  # 'how is bury doing?', 'bolton help and protection', 'barnsley overall 2014'
    if q.intent == "search" and q.rating and q.theme and GRADE_ASKED.search(q.text) and not (q.plan or q.named_plan):
        q.intent = "judgement"  # 'which looked after areas scored good?': the theme's judgements of that grade
    if q.intent == "status_list" and NOT_DONE.search(q.text):
        q.intent = "overdue" if "overdue" in intents else "due"  # 'which recs ended up late and never signed off':
        # the late ones; never 'done but not signed off', asked of the done
    if q.intent == "judgement" and re.search(r"\bstrands?\b|\bworkstreams?\b", q.text) and not q.theme:
        q.intent = "plan"
    if q.intent == "judgement" and GIVEN_FOR.search(q.text) and not names.category(q.text) and \
            not q.rating and not re.search(r"\b(?:grades?|graded|judg\w*|ratings?|rated|rate|marks?|scored?)\b",
                                           q.text):
        q.intent = "actions"  # 'the SG ones ofsted gave us six months for - list them': a timescale is given to
        # recommendations, not grades
    if q.plan in names.rated_plans and q.intent in ("money", "overdue") and re.search(
            r"\b(?:strand|workstream|work stream)s?\b", q.text) and not re.search(r"\b[a-z]{1,4}-\d", q.text):
        q.intent = "plan"  # 'the nine pointer's ICT/estate workstream: whats not finished yet', 'the early help strand
        # - which services were invested in': the strand's own account
    if q.plan and (q.intent in ("judgement", "actions", "status_list", "search", "indicator", "status", "members") or (
            q.intent == "overdue" and q.rating and q.plan in names.rated_plans)) and not q.theme \
            and not re.search(r"\b[a-z]{1,4}-\d", q.text):  # 'the 9 point plan - which bits are behind': its strands
        q.intent, q.summary = "plan", q.intent != "judgement" and "status_list" not in intents
    last = re.escape(q.person.lower().split()[-1]) if q.person else ""
    if q.intent in ("person", "members", "about_body") and q.person and (not q.body or re.search(
            rf"\b{last}(?:'s)? (?:role|job|part)\b|\b(?:role|job|part) of (?:\w+ )?{last}\b|\bin what capacity\b|"
            r"\b(?:he|she|they|him|her|his) (?:on|at|in|doing on) (?:the )?\w+(?: \w+)? for\b|"
            r"\bwhy (?:is|are|was) (?:he|she|they|him|her)\b|"
            r"\b(?:day job|job title|(?<!'s )(?<!its )(?:job|title|position)\s*[?!.]*$)", q.text)):  # 'penny
        # thompson - what's she on the IB for', 'IB member peter roberts - day job?', 'james rogers, an IB attendee -
        # job title pls'
        q.intent = "person"  # "helen mcmullen's role on the IB": hers, not the board's
    if q.person and q.intent in ("person", "search", "when") and SUCCEEDED.search(q.text):
        q.intent = "role"  # 'who replaced paul rogerson as chief exec'
    elif q.intent == "role" and asks_of_person(q, names.person_stems):
        q.intent = "person"  # 'who does james rogers work for'
    if q.intent == "person" and q.body and not q.person and re.search(r"\b(?:role|part|job)\b", q.text):
        q.intent = "about_body"  # "what's scrutiny's role in the improvement plan?"
    elif q.intent == "person" and q.body and not q.person and re.search(r"\bwho (?:are|were) (?:they|them)\b", q.text):
        q.intent = "members"  # 'the member reference group - who are they
    if q.intent == "about_body" and not q.body and not BODY_KIND.search(q.text):
        q.intent = "search"  # 'what is the nine point plan?'; 'what are the area partnerships?' stays a body
    if q.intent == "role" and q.body and re.match(r"\s*(?:is|are|does|do|has|have)\b", q.text) and re.search(
            r"\b(?:on|at|attend\w*|sit\w* on|part of|member of)\s+(?:the\s+)?\S+", q.text):
        q.intent = "members"  # 'is the exec member for kids services on the IB': its members, by that post
    if q.intent == "members" and not q.body and not q.person and re.search(WHICH_ARE_ON, q.text) and not re.search(
            r"\b(?:members|councillors|cllrs|people|reps|representatives|officers)\b", q.text):
        q.intent = next((i for _s, i in ranked if i != "members"), "search")  # 'which actions are on the list'
    if q.intent in ("person", "members") and not q.person and not q.body and not re.search(
            r"\bwho (is|are|sits?|serves?|attends?) (on|in|at)\b|\bmembership\b|\bmembers of\b|"
            r"\bwho (?:was|were) (?:at|present)\b|\battended\b|\b(?:would|will|should|to) (?:sit|serve) on\b|"
            r"\b(?:number of|how many) (?:councillors|members|cllrs)\b|"
            r"^\s*who(?: is| are)? (?:actually |exactly )?in\b", q.text):  # 'who was at the meeting on 9 jan?',
        # 'number of councillors on each ACLP', "who's in the local partnerships": a body the papers describe
        q.intent = "role"
    if q.intent == "actions" and "overdue" in intents:
        q.intent = "overdue"
    if q.intent == "indicator" and q.body and re.search(r"\bhow many (?:are |sit |serve )?on\b", q.text):
        q.intent = "members"  # 'how many on the IB'; not 'how many on the child protection register'
    if q.intent == "inspection" and "overdue" in intents and not re.search(r"\b(?:who|when|next)\b", q.text):
        q.intent = "overdue"  # 'overdue recs from the inspectors': theirs that are late, not the inspection
    if WHY.match(q.text) and q.intent in ("overdue", "due", "actions", "status_list"):
        q.intent = "plan" if names.strand_plan(q.text) or q.plan else "search"  # 'why has the QA strand slipped?'
    if re.search(r"^\s*when (was|were|did|is|will|does)\b|\S when (?:was|were|did) (?:it|they|that|this)\b", q.text) \
            and q.intent in (
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
    if q.intent == "due_date" and q.window and not (q.window.end < q.today and re.search(
            r"\b(?:is|are)\b.{0,40}\b(?:meant|supposed|expected|scheduled|due) to\b", q.text)):
        q.intent = "due"  # 'deadlines for safeguarding this month': a list in a window; not 'the play areas signed
        # off back in june - what month are they meant to open by', a time past that says which ones
    listed = q.intent == "actions" or (q.intent == "search" and re.search(
        r"\b(?:anything|what|which)\b.{0,30}\b(?:needing|needs?|due|coming up|to do|to be done|for sign-?off|"
        r"(?:(?:have|has|got) )?to (?:deliver|complete|finish|submit|produce|get done|sign off))\b|"
        r"\b(?:actions?|recommendations?|recs?)\b", q.text))  # 'sg actions coming up in the next couple of months'
    if q.intent == "status_list" and re.search(r"\b(?:(?:must|needs?|need|have|has|got) (?:to )?(?:be |get )?|"
                                               r"(?:are|is) to be )"
                                               r"(?:done|finished|completed?|delivered)\b", q.text):
        listed = True  # 'which recs must be done inside the next 5 weeks': what is due, not what is done
    if q.intent == "status_list" and listed and re.search(r"\bwithin\b", q.text) and not re.search(
            r"\bdue within\b", q.text):
        q.intent = "actions"  # 'which LAC recs have to be done within three months': those of that timescale
    if listed and q.window and q.window.end >= q.today and (not re.search(r"\bwithin\b", q.text) or re.search(
            r"\bdue within\b", q.text)):
        q.intent = "due"  # 'what needs doing by end of april', 'anything needing sign-off in the coming month'
    if q.intent == "members" and q.body and re.match(r"\s*what(?: is| are)(?: the)?\b", q.text) and \
            not re.search(r"\bmembers?(?:hip)?\b|\bwho\b", q.text.replace(" ".join(name_words(q.body.name)), "")):
        q.intent = "about_body"  # 'whats the member reference group': a body whose name holds 'member'
    elif q.intent == "members" and q.body and not re.search(r"\bmembers?(?:hip)?\b|\bwho\b|\bsits?\b|\bon\b|"
                                                            r"\breps?\b|\brepresentatives?\b|\binvolved\b|"
                                                            r"\bsends? (?:anyone|anybody|someone|a rep)\b",
                                                            q.text.replace(" ".join(name_words(q.body.name)), "")):
        q.intent = by_slots(replace(q, intent="search"), names.person_stems) or "search"  # 'the member reference
        # group - six weekly?': its name says 'member', the question asks no one on it
    if q.intent == "when" and q.body and (re.search(r"\b(?:last|previous|latest)\b", q.text) or re.match(
            r"\s*when did\b.{0,60}\b(?:get|receive|see|consider|discuss|look at|review)\b", q.text)):
        q.intent = "last_meeting"  # 'when did LMT last get an update?', 'when did audit committee get the report'
    if q.intent == "when" and q.body and re.search(r"\b(?:going|go|goes|coming|come|due) (?:to|before)\b", q.text) \
            and not re.search(r"\b(?:report|paper|register)\b", q.text):  # a paper's own date answers those
        q.intent = "next_meeting"  # 'when's the improvement plan going to exec board'
    if q.intent == "when" and q.body and re.search(r"\b(meet|sit|(?:re)?convenes?|next)\b", q.text):
        q.intent = "next_meeting"
    if q.intent == "search" and q.body:  # 'last exec board?', 'next DfE review?'
        if re.match(r"\s*(?:the )?(?:last|previous|latest|most recent)\b", q.text):
            q.intent = "last_meeting"
        elif re.match(r"\s*(?:the )?(?:next|upcoming|forthcoming)\b", q.text):
            q.intent = "next_meeting"
    if q.intent == "plan" and q.body and re.search(r"\b(?:last|previous|latest|most recent) (?:look|review|"
                                                   r"consideration|discussion|sight|time)\b", q.text):
        q.intent = "last_meeting"  # "scrutiny's most recent look at the improvement plan"
    if q.intent == "summary" and q.plan and not q.theme and "board" not in q.text:
        q.summary = True  # a plan's summary: its strands, ratings and what is outstanding
    if q.body and not q.person and q.intent in ("role", "person", "chair", "search") and re.search(
            r"\b(?:role|purpose|remit|function)\s*[?!.]*$", re.sub(r"\([^()]*\)", " ", q.raw.lower())):
        q.intent = "about_body"  # 'improvement support grp (CE chairs it) - role?': what the body is for
    if q.intent == "plan" and not q.plan and "status" in intents:
        q.intent = "status"
    if q.intent == "status" and q.theme and not re.search(r"\b[a-z]{1,4}-\d", q.text) and not set(q.words) - \
            theme_words(q.theme) - STATE_WORDS - {"doing", "faring", "getting"}:
        q.intent = "summary"  # 'how are we doing on safeguarding': the theme's summary, no one action of it
    if q.intent == "money" and re.search(r"\bvalue for money\b", q.text) and names.category(q.text):
        q.intent = "judgement"  # a judged category, not a sum: 'value for money - what were we given'
    if q.intent in ("indicator", "money") and "judgement" in intents and not q.words:
        q.intent = "judgement"
    if names.risk_refs & set(q.words):  # 'what's CRR0015?': a risk the register lists by its reference
        q.intent = "risks"
    if q.intent in ("search", "chair") and _asks_a_post(q, names):
        q.intent = "role"  # 'council CEO in summer 2010?', 'DCS as of may 2011?', 'minister for children & families'
    if WHAT_IS.match(q.raw) and q.intent not in ("acronym", "about_body", "person", "risks", "role"):
        q.intent = "search"  # 'what's APA?', 'FNP?': the letters spelt out, then what the records say of it
    if not names.councils and INSPECTION_DID.search(q.text) and q.intent in ("search", "actions", "indicator",
                                                                             "judgement") \
            and not q.rating and not names.category(q.text) and (not names.judged_years or (INSPECTION_NAMED.search(
                q.text) and not set(YEAR.findall(q.text)) & names.judged_years) or IMPROVEMENT_ASKED.search(q.text)
                or _month_named(q.text) not in (None, *names.judged_months)
                or re.search(r"\bhow many\b|\bnumber of\b", q.text)):
        q.intent = "inspection"  # 'what did the jan 2011 unannounced inspection find?': no report of it held, what
        # the papers say it found; the grades of one the store holds stay a judgement ('did ofsted find anything wrong')
    plan = q.plan or q.named_plan
    if q.intent in ("search", "plan") and MEANING.search(q.text) and not _strand_says(q, names):
        q.intent = "search"  # "what does 'turning the curve' mean in the 9pp report": the phrase, where it is used
        # ('what does early help mean in the nine point plan' is its strand)
    elif q.intent == "search" and plan and not WHAT_IS.match(q.raw) and \
            [w for w in q.words if w not in name_words(plan) and w != initials(plan)]:
        q.intent = "plan"  # 'what are the CYPP outcomes?', 'the proper name of the nine point plan?': asked of it
    if q.intent in KPI_TAKES and names.kpi(q.words) and not WHAT_IS.match(q.raw):  # not 'what is NUE?'
        q.intent = "kpis"  # 'pothole repairs in 28 days q3', 'EHCPs within 20 wks'
    if re.search(r"\brecommend\w*\b", q.text) and re.search(r"\b(?:report|paper)\b", q.text) and not re.search(
            r"\b(?:ofsted|inspection|inspectors?)\b", q.text) and q.intent in ("search", "kpis", "indicator"):
        q.intent = "summary"  # 'what does the JHOSC terms of reference report recommend?': that paper's recommendation
    if ranked and ranked[0] == (OFSTED_ALONE, "judgement") and TO_OFSTED.search(q.text):
        q.intent = "search"  # 'do we have to send ofsted an action plan': written to Ofsted, not its grades
    elif not names.councils and q.intent == "indicator" and INSPECTORATE.search(q.text) and not re.search(
            r"\b(?:percentage|per cent|proportion|rate|improved|since)\b", q.text):
        q.intent = "inspection"  # 'number of KLOEs ofsted sent': of an inspection the council's papers discuss (its
        # figures, as the papers give them)
    elif ranked and ranked[0] == (OFSTED_ALONE, "judgement") and q.intent == "judgement" and not q.rating \
            and not GRADE_ASKED.search(q.text) and not names.category(q.text) and INSPECTION_FACT.search(q.text):
        q.intent = "inspection"  # 'how many case files did the ofsted team read', 'days ofsted were on site': the
        # inspection itself, not its grades
    if q.intent == "indicator" and asks_of_person(q, names.person_stems):
        q.intent = "person"  # "steve walker's number"
    if q.person and q.intent in ("indicator", "judgement", "search", "when") and PERSON_ASKED.search(q.text) and \
            not re.search(r"\b(?:while|whilst|when|during|before|after|since|grades?|rated|judged)\b", q.text):
        q.intent = "person"  # 'sandie keene - what was her connection to the ofsted paper', 'tom riordan - his post?'
    elif q.person and q.intent in ("indicator", "judgement", "search", "when", "inspection") and re.search(
            r"\bwhat (?:job|role|post|position|title) (?:was|is|were|did|does) (?:she|he|they)\b|"
            r"\bwhat (?:was|is) (?:he|she)\s*(?:(?:in|at|for|back|then|there|before)\b.*)?[?!.]*$", q.text):
        q.intent = "person"  # 'sandie keene, what job was she doing when the inspection report went to EB'
    if q.intent == "search" and q.window and not q.words and q.window.start >= q.today and not re.search(
            r"\bmeet\w*|\bsittings?\b", q.text) and re.match(
            r"^(?!\s*(?:and|or|what about|how about)\b).*\b(?:anything|any|what|which|deadlines?|dates?|dated|"
            r"happening|coming)\b", q.text):
        q.intent = "due"  # 'anything with a date between now and the end of september?': only a window is asked
    if (q.intent == "search" and len(set(SHORT_ID.findall(q.text))) == 1 and STATE_ASKED.search(q.text)) or (
            q.intent in ("search", "actions") and SHORT_ID.fullmatch(q.text.strip())):
        q.intent = "status"  # 'SG-5?', 'SG-7 still delayed?', 'C-2 - did all the play sites get opened': its text
        # and where it stands ('show me LAC-6' is its text)
    if q.intent in ("search", "status", "due", "actions", "status_list") and not SHORT_ID.search(q.text) and \
            MOVED.search(q.text) and TRACKED.search(q.text) and not NOT_TRACKED.search(q.text) and not q.person and \
            not (q.theme and not re.search(r"\btracker\b", q.text)) and \
            not YEAR.search(q.text) and not OF_ONE.search(q.text) and \
            (LATELY.search(q.text) or (q.window and q.window.end <= q.today)):
        q.intent = "recent"  # 'which actions were touched in the last 7 days', 'tracker movements since friday',
        # 'were any actions updated last quarter': what the tracker recorded, however the time is said
    if q.intent in ("search", "when") and not WHAT_IS.match(q.raw):
        slotted = by_slots(q, names.person_stems)  # what the question names, and how it asks of it
        if slotted and (q.intent == "search" or slotted == "due_date"):
            q.intent = slotted


def _strand_says(q: Question, names: Names) -> bool:
    """Do a plan strand's words hold every word asked besides the plan's name ('early help')?"""
    plan = set(name_words(q.plan or q.named_plan or ""))
    asked = {w[:5] for w in q.words if w not in plan and w not in {"mean", "means", "meant", "meaning", "refer",
                                                                   "report", "paper", "stand"}}
    return bool(asked) and any(asked <= {w[:5] for w in words} for _plan, words in names.strands)


def _asks_a_post(q: Question, names: Names) -> bool:
    """Are the question's words, besides asking who, a recorded post's, though some name a body
    ('interim DCS right now', 'chief exec of the council')? Not a chair asked by that word or of a
    body, nor a body's own name or a question of its members ('any councillors on the IB')."""
    if q.person or (q.intent == "chair" and (q.body or re.search(r"\bchair", q.text))) or \
            all(w in names.home_places for w in q.words):  # "what's on in leeds": the council's own place
        return False
    if q.body and (all(w in name_words(q.body.name) or w == initials(q.body.name) for w in q.words)
                   or by_slots(q, names.person_stems)):
        return False
    return names_a_post(q, names.posts)


PERSON_ASKED = re.compile(r"\bwhat(?:'s| is| was| were)? (?:his|her|their) (?:connection|link|involvement|role|post|"
                          r"job|"
                          r"title|position)\b|\b(?:his|her|their) (?:connection|link|involvement|role|post|job|title|"
                          r"position)\s*[?!.]*$|"
                          r"\bjob tit\w*|\bdid (?:some|a|an|the) (?:\w+ )?(?:review|report|work|study|piece)\b.{0,20}"
                          r"\bfor us\b")  # a person named and asked who they are
COMPARING = re.compile(r"\s*(?:\bvs\b\.?|\bversus\b|\bcompared? (?:to|with)\b|\band\b|\bor\b|,)\s*")
WHY_ASKED = re.compile(r"\s*(?:i'?m|i am|i'?ll|we'?re|we are|i|we|my|our|need|needed|pulling|putting|writing|preparing|"
                       r"planning|prepping|want(?:ed)? to send (?:my |our )?apologies|"
                       r"drafting|doing|asking|sorry|thanks|thank you|cheers|ta|it'?s for|this is for|for my|for our|"
                       r"for the (?:board|brief|briefing|meeting|report|paper|(?:\w+ ){0,2}(?:email|e-mail|letter|note|"
                       r"slides?|deck|pack|newsletter))|(?:summer|autumn|winter|spring|christmas|xmas|easter|term|"
                       r"year|annual|forward|diary|board|meeting|team|my|our) (?:planning|prep)\s*[.!]*\s*$|"
                       r"(?:an? |the |our |my )?(?:away ?day|catch[- ]?up)\s*[.!]*\s*$)\b",
                       re.I)  # why it is asked ('summer planning', 'context for new starters')
RUNS_IT = re.compile(r"\bwho(?:'s| is|s)? (?:actually |really |currently |now )?(?:runs?|running|leads?|leading|"
                     r"heads?|heading)(?: up)? (?:it|this|that|them)\b")  # of what was named before: 'the MRG: who
# runs it'
ACTION_NOUNS = {"action", "actions", "rec", "recs", "recommendation", "recommendations", "ones", "items", "owns", "own",
                "owner", "owners", "owned"}  # an owner question's own words: with the council's place alone it asks
# of the actions its text names
NOT_DONE = re.compile(r"(?<!\bbut )\b(?:not|never|have not|has not)(?: yet)?(?: been| got| actually)? "
                      r"(?:done|completed?|finished|signed off|closed|ticked off|delivered)\b")
BOOKED_FOR = re.compile(r"\b(?:pencil+ed|scheduled|slated|earmarked|planned|set|due|overdue) (?:in )?(?:for|to) "
                        r"(?:completion|delivery|sign[- ]?off|finish|complete|be (?:done|completed|finished))\b|"
                        r"\b(?:completion|delivery|finish|end|target) dates?\b|"
                        r"\bpast (?:its|their|the) (?:completion|delivery|due) dates?\b|\bscheduled\b")
MONTH_TARGET = re.compile(r"\ban? [a-z]+ target\b")  # ('a july end date' is BOOKED_FOR's)
REASON_TAIL = re.compile(r"\s(?:[-\u2013\u2014,;]|\.\s)\s*(?:need(?:ed)? (?:it|this|that|them|these) (?:for|to|by)|"
                         r"(?:it'?s|this is|that'?s) for (?:my|our|the|a)|for (?:my|our) (?:\w+ ){0,2}(?:brief\w*|"
                         r"report|paper|slides?|deck|pack|e-?mail|note|meeting|stats|return)|asking (?:for|because|as)|"
                         r"pulling together|prepping|preparing|drafting|writing up)\b[^?]*$", re.I)  # why it is
# asked, after the question: never what it asks
INSPECTORATE = re.compile(r"\b(?:ofsted|inspectors?|inspection|unannounced)\b")
INSPECTION_FACT = re.compile(r"^(?!.*\b(?:how did|go|went|result|results|outcomes?|say|said|think|thought)\b).*"
                             r"\b(?:dates?|days?|on site|how many|numbers?|what words|language|phrases?|case files|"
                             r"lines of enquiry|kloes?|arriv\w*|team|size|scope|remit|visit\w*)\b")  # the inspection's
# facts, not how it went
def _month_named(text: str) -> str | None:
    """'july 2009', 'dec 09': 'YYYY-MM'."""
    named = month_and_year(text)
    return f"{named[0]}-{named[1]:02d}" if named else None


INSPECTION_NAMED = re.compile(r"\b(?:19|20)\d\d\b|\b(?:un)?announced\b|\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|"
                              r"nov|dec)[a-z]*\b")  # an inspection asked by its year, month or kind
INSPECTION_DID = re.compile(r"\b(?:did|does|do|has|have)\s+(?:the\s+)?(?:[\w']+\s+){0,3}(?:ofsted|inspectors?|"
                            r"inspection)\s+(?:find|found|flag|flagged|look at|looked at|see|saw|highlight\w*|"
                            r"identif\w*|pick up|picked up|check|checked|review|reviewed)\b|"
                            r"\b(?:inspection|ofsted|inspectors?)\b.{0,40}\bwhat (?:were|was) (?:the|its|their) "
                            r"(?:findings|conclusions?|verdict)\b")  # 'the jul 09 inspection - what were the findings'

BODY_KIND = re.compile(r"\b(?:boards?|committees?|partnerships?|panels?|forums?|networks?|sub-?groups?|"
                       r"working part(?:y|ies)|steering groups?|working groups?)\b")
TO_OFSTED = re.compile(r"\bofsted (?:want|wants|expect|expects|need|needs|require|requires)\b.{0,40}\b(?:from us|"
                       r"back)\b|"
                       r"\b(?:send|sent|tell|told|give|show|submit\w*|provide|notify|inform|owe|owed|"
                       r"(?:report|write|return)s? to)\s+(?:to\s+)?ofsted\b")  # not 'according to ofsted'

CODED = re.compile(r"\b([a-z]{2,4}) (\d{1,4})\b(?! (?:days?|weeks?|months?|years?)\b)")  # 'ni 57', not 'ni 3 weeks'
CODED_RAW = re.compile(CODED.pattern, re.I)


def _coded(m: re.Match, known: set[str]) -> bool:
    """'NI 57', 'ni 110': a known acronym that is no English word, before a number that is no year
    ('dcs 2011' is the DCS in 2011; 'are 16' is no 'ARE 16')."""
    return m[1].upper() in known and english_use(m[1].lower()) < COMMON_WORD and not YEAR.fullmatch(m[2])
WHY = re.compile(r"^\s*(?:why|how come)\b")
MEANING = re.compile(r"\bwhat (?:does|do|did) (?!(?:it|they|this|that|the plan|the report)\b)(?:\w+ ){2,6}(?:mean|"
                     r"refer to|stand for)\b(?! (?:for|to|by)\b)|\bmeaning of (?!life\b)\w")  # a phrase's meaning, not
# an acronym's; not 'what does the plan mean for schools'
GOT_ASKED = re.compile(r"\bwhat (?:did|do) (?:we|they|it|the council|the authority|the la) (?:get|score)\b|"
                       r"\bhow did (?:that|it|we|they) (?:come out|do|fare|score)\b|\bwhat were we (?:given|rated|"
                       r"graded)\b|\b(?:grade|mark|rating|score|verdict|judgement)s?\s*[?!.]*$")  # a grade asked of a
# category named loosely
MOVED = re.compile(r"\b(?:touched|updated|changed|edited|modified|moved|movements?|posted|logged|activity)\b")
TRACKED = re.compile(r"\b(?:tracker|action log|actions?|recs?|recommendations?|updates?|anyone|anybody|anything|"
                     r"statuses|items)\b")
LATELY = re.compile(r"\b(?:lately|recently|of late|since|yesterday|today|this week|last week|this month)\b")
STATE_ASKED = re.compile(
    r"^(?!\s*(?:why|how come|what)\b).*\b(?:delayed|at risk|on track|done|complete|completed|finished|closed|"
    r"closed off|ticked off|in progress|not started|started|blocked|stalled|on hold|open|opened|delivered|launched|"
    r"implemented|in place)(?: yet| now| already| then| in the end| at all)?\s*$")  # 'SG-7 still delayed?', 'C-2 -
# did the play sites get opened in the end'
OF_ONE = re.compile(r"\b(?:moved|movement|progress) (?:on|in|into|to|with) (?!(?:the )?(?:action )?(?:tracker|log)\b)|"
                    r"\b(?:posted|sent|went|reported|submitted|taken) to\b|\b(?!(?:any|which|what|the|all|every|each|"
                    r"an?)\b)[a-z]+ (?:rec|recommendation|action|strand|item)\b(?!s)")
# 'has anything moved on caseloads', 'has the paediatrician rec moved on recently', 'posted to the exec board': of one
# thing, not the tracker's recent updates
NOT_TRACKED = re.compile(r"\b(?:meet\w*|met|ofsted|inspect\w*|reports?|papers?|letters?|minutes|plans?|strands?|"
                         r"judge?ments?|grades?|indicators?|figures?|kpis?|budgets?|money)\b")
KPI_TAKES = {"search", "actions", "due", "overdue", "status", "status_list"}  # 'indicator' reads KPIs too
