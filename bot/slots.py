"""Slot-first reading, for questions the intent rules leave to search: what the question names
(a body, a person, an action's words) and how it asks ('whose chairing', 'next sitting',
'cadence', 'by when', 'done?') together choose the answer, however the rest is worded.

'transformation board - whose chairing it?' names a body and asks a chair; 'judith blake?'
names a person and nothing else; 'by when do we need more placement choice' asks a date of
what the actions say. The handlers still fall back to what the papers say when the store
holds no such record."""

from __future__ import annotations

import re

from handlers.concepts import concepts, concepts_in
from handlers.people import ROLE_WORDS
from handlers.question import Question
from store.text import initials

from .intent_rules import NEWS_OF
from .names import name_words

BODY_ASKS = [  # (how a question about a body asks, the intent that answers it), first match wins
    (r"\b(?:cadence|regularity|regularly|often|frequen\w*|how many times|how regular)\b", "frequency"),
    (r"\bchair\w*\b|\bpresid\w*\b|\bwho (?:heads|leads|runs)\b|\bwho(?:'s| is) in (?:the )?chair\b", "chair"),
    (r"\b(?:councillors?|members?|membership|represent\w*|attend\w*|attendees|sits? on|sitting on|seats?|"
     r"anyone from|who(?:'s| is| are)? on)\b|^(?!.*\b(?:update|news|reports?|progress|latest|position|papers?|"
     r"minutes|paper|word|anything|everything|info\w*)\b).*\bon (?:the |it|them)?\s*[?!.]*\s*$", "members"),  # 'NHS
    # folk on the IB?', not 'any news on the IB'
    (r"\b(?:last|previous|latest|most recent)\b|\b(?:met|sat|convened)\b", "last_meeting"),
    (r"^\s*(?:is|will) there (?:be )?(?:an? )?", "next_meeting"),  # 'is there an exec board in august'
    (r"\b(?:next|upcoming|forthcoming|sitting|sits|convene\w*|when)\b", "next_meeting"),
    (r"\b(?:point|purpose|remit|role|job|aims?|involves?|entails?|responsibilities)\b|\bfor\s*[?!.]*$|"
     r"\bwhat (?:is|are|was|were) (?:it|they|that|those|these)\b|\bwhat (?:does|do|did) (?:it|they) do\b",
     "about_body"),
    (r"\b(?:fortnightly|weekly|monthly|quarterly|bi-?monthly|six[- ]weekly|annually|yearly)\b", "frequency"),  # 'the
]  # transformation bd is fortnightly right?'
ACTION_ASKS = [  # how a question asks about an action the records set
    (r"\bby when\b|\bdeadline\b|\bneeds? (?:finishing|doing|completing|delivering|to be (?:done|finished|"
     r"completed|delivered|in place))\b|\bwhen (?:is|are|will|does|do|should|must|has|have)\b.{0,60}\b(?:due|"
     r"finish\w*|complet\w*|deliver\w*)\b|\bneeds? sorting\b|\bwhen (?:is|are) (?:it|that|this|they|those) "
     r"(?:meant|supposed|planned|scheduled|expected) to\b|\b(?:supposed|meant|due|expected) to be (?:done|finished|"
     r"completed?|delivered|in place)\b", "due_date"),  # not 'when was X completed': that asks
    # when it was
    (r"\bwho(?:'s| is| are)? (?:leading|doing|handling|driving|responsible|accountable|on)\b|\bwhose\b", "owner"),
    (r"\b(?:done|finished|complete[d]?|sorted|ready|in place|looking|going|progress(?:ing)?|started|begun|"
     r"underway|under way|kicked off)(?: yet| now| already)?\s*[?!.]*\s*$|\bwhere did (?:it|that|this|they) end up\b|"
     r"\bwhere (?:is|are|was|were) (?:that|it|this|they|those|we)(?: with it)? (?:at|now)\b|"
     r"\bwhere did (?:it|that|this|they|those|we) get to\b|\bup and running\b|\bprogressing\b|"
     r"\bhow far (?:along|on)\b|\bany progress\b|\bwhat stage\b|\bprogress (?:so far|to date)\b|"
     r"\b(?:bedded|embedded) in\b|\byet or not\b|\bor not yet\b|"
     r"\bwhere(?:'s| is| has) (?:it|that|this|[\w' ]{1,40}) got to\b|\bwhere(?:'s| is| are)\b.{1,50}\bat\s*[?!.]*$|"
     r"\b(?:opened|launched|finali[sz]ed|happened|sorted out)(?: yet| now| already| then)?\s*[?!.]*$|"
     r"\bwhere (?:is|are|'s) .{1,50}\bup to\s*[?!.]*$|"
     r"\bor not\s*[?!.]*$|^\s*(?:the )?state of (?:play on |play with )?(?:the |our )?\w|"
     r"\b(?:current )?rag(?: status| rating)?\s*[?!.]*$|\bended up (?:on|as|at)\b|\bstill (?:showing|marked) as\b|"
     + NEWS_OF,
     "status"),
]
PERSON_ASKS = {"who", "whos", "he", "she", "him", "her", "his", "they", "them", "their", "job", "role", "title",
               "position", "post", "what", "whats", "does", "do", "did", "wrote", "write", "written", "author",
               "authored", "paper", "papers", "report", "reports", "link", "links", "connection", "involvement",
               "involved", "part", "for", "us", "organisation", "organization", "employer", "remind", "hold", "holds",
               "work", "works", "represent", "represents", "cllr", "councillor", "dr", "mr", "mrs", "ms"}  # 'steve
# walker wrote which paper', 'adam hewitt - his link to it', 'peter roberts - which organisation'
PERSON_ASKS |= {"phone", "number", "no", "tel", "telephone", "email", "mail", "ring", "call", "contact", "details",
                "extension", "org", "dept", "department", "from", "run", "runs", "brief", "mp", "or", "job",
                "background", "employed", "based", "council", "college", "school", "police", "nhs", "university",
                "charity", "government", "civil", "servant", "politician", "attending", "attend", "attends",
                "attendee", "member", "board", "just", "proper", "full", "sits", "sit", "voting", "exactly", "brought",
                "look", "looked", "looking", "hired", "engaged", "commissioned", "asked", "doing", "contribution",
                "idea", "again", "know", "knows", "contributed", "bit", "actual", "actually", "not", "is", "real",
                "name", "named", "listed", "originator", "cover", "covers", "covering", "area", "patch",
                "which", "working", "worked", "been", "up", "reviews", "review", "reviewed", "carry", "carried",
                "out", "service", "capacity", "our", "now", "still", "current", "currently"} | ROLE_WORDS
# 'steve walker's number', 'simon flowers - teacher or officer?', 'which dept is james holden from'


POST_TALK = {"name", "names", "who", "whos", "held", "hold", "holds", "holding", "had", "was", "were", "person",
             "current", "currently", "then", "now", "at", "time", "in", "post", "role", "title", "which", "our",
             "acting", "holder", "holders", "incumbent", "right", "present", "today", "days", "these", "ran", "runs",
             "run", "running", "heads", "headed", "leads", "led", "rep", "reps", "representative", "permanent",
             "substantive", "new"}  # 'name of our new permanent DCS'


def names_a_post(q: Question, posts: list[str]) -> bool:
    """Are the question's words, besides asking who, all a recorded post's ('DCS as of may 2011?',
    'council CEO in summer 2010', 'current director of kids services - name?')?"""
    words = [w for w in q.words if w not in POST_TALK and not w.isdigit()]
    wanted = len(concepts(words))
    return bool(wanted) and any(len(concepts_in(post, words, None)) == wanted for post in posts)


def asks_of_person(q: Question, stems: dict[str, set[str]]) -> bool:
    """Does the question ask only who a person it names is, what they do or how to reach them: every
    other word a way of asking that, or a word the records use of them ('which division does broadbent
    command': his post is 'Leeds North East Divisional Commander')?"""
    own = stems.get(q.person, set())
    body = set(name_words(q.body.name)) if q.body else set()  # 'adam hewitt's name is on the scrutiny report'
    return bool(q.person) and all(w in PERSON_ASKS or w[:5] in own or w in body
                                  for w in set(q.words) - set(name_words(q.person)))


def by_slots(q: Question, person_stems: dict[str, set[str]] | None = None) -> str | None:
    """The intent the question's slots and its way of asking give, or None."""
    if re.search(r"\bactions?\b", q.text):  # 'how's the personal education plan action looking'
        return next((intent for pattern, intent in ACTION_ASKS if re.search(pattern, q.text)), None)
    if q.intent == "when":  # a date asked of what actions say; other asks of an action name it ('the X action')
        return next((intent for pattern, intent in ACTION_ASKS[:1] if re.search(pattern, q.text)), None)
    if asks_of_person(q, person_stems or {}):
        return "person"  # 'judith blake?', 'tom riordan - what was his job?'
    if q.body:  # how it asks, besides the body's own name ('the member reference group - six weekly?')
        asking = q.text.replace(" ".join(name_words(q.body.name)), " ")
        asking = re.sub(rf"\b{re.escape(initials(q.body.name))}\b", " ", asking)  # 'NHS folk on the IB?'
        return next((intent for pattern, intent in BODY_ASKS if re.search(pattern, asking)), None)
    return next((intent for pattern, intent in ACTION_ASKS if intent != "owner" and re.search(pattern, q.text)),
                None)  # 'whose responsibility is youth justice' asks no owner of an action
