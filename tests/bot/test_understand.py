"""Question → intent and slots, for casual, terse and misspelt questions (our own
paraphrases, not the dev file's)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.router import names_for
from bot.understand import understand

T = date(2010, 8, 1)
SG, LAC = "safeguarding", "looked after children"
IB, EB, SC = "Improvement Board", "Executive Board", "Children's Services Scrutiny"
TB, CTB, MRG = "Transformation Board", "Children's Trust Board", "Member Reference Group"

CASES = [  # (question, intent, expected slots)
    ("anything late on LAC?", "overdue", {"theme": LAC}),
    ("what's overdue", "overdue", {}),
    ("overdue safeguarding actions", "overdue", {"theme": SG}),
    ("which safeguarding actions have missed their deadline?", "overdue", {"theme": SG}),
    ("whats behind on safegaurding", "overdue", {"theme": SG}),
    ("are we late on anything for looked after children", "overdue", {"theme": LAC}),
    ("show me overdue items", "overdue", {}),
    ("list the overdue LAC actions as of 1 July 2010", "overdue", {"theme": LAC, "today": date(2010, 7, 1)}),
    ("list the overdue LAC actions as of 1 September 2010", "overdue", {"theme": LAC, "today": T}),  # never past the
    # clock: it knows only the records dated up to it
    ("overdue?", "overdue", {}),
    ("what's slipping on safeguarding", "overdue", {"theme": SG}),
    ("SG actions past their due date", "overdue", {"theme": SG}),
    ("what has not been done yet on looked after children", "overdue", {"theme": LAC}),
    ("what's due in the next three months?", "due", {"window": (T, date(2010, 11, 1))}),
    ("what is due this week", "due", {"window": (T, date(2010, 8, 1))}),
    ("whats due before the end of august", "due", {"window": (T, date(2010, 8, 31))}),
    ("any safeguarding deadlines in the next 6 weeks?", "due", {"theme": SG, "window": (T, date(2010, 9, 12))}),
    ("what's due by 1 October 2010", "due", {"window": (T, date(2010, 10, 1))}),
    ("deadlines for LAC in 2011", "due", {"theme": LAC, "window": (date(2011, 1, 1), date(2011, 12, 31))}),
    ("what's due this month", "due", {"window": (T, date(2010, 8, 31))}),
    ("due soon", "due", {}),
    ("when does scrutiny next meet", "next_meeting", {"body": SC}),
    ("whens the nxt scrutny meeting", "next_meeting", {"body": SC}),
    ("next executive board?", "next_meeting", {"body": EB}),
    ("when will the exec board meet again", "next_meeting", {"body": EB}),
    ("when's the next improvement board", "next_meeting", {"body": IB}),
    ("when is the trust board meeting next", "next_meeting", {"body": CTB}),
    ("when does the member reference group next sit", "next_meeting", {"body": MRG}),
    ("upcoming meetings", "next_meeting", {}),
    ("what meetings are coming up in the next 2 months", "next_meeting", {"window": (T, date(2010, 10, 1))}),
    ("which meetings are scheduled", "next_meeting", {}),
    ("next transformation board meeting?", "next_meeting", {"body": TB}),
    ("when does the leader management team meet next", "next_meeting", {"body": "Leader Management Team"}),
    ("when will DfE interim reporting next meet", "next_meeting", {"body": "Department for Education - Interim Reporting"}),
    ("when is the childrens trust board next meeting", "next_meeting", {"body": CTB}),
    ("next meeting of the improvment board", "next_meeting", {"body": IB}),
    ("when did the children's trust board last meet", "last_meeting", {"body": CTB}),
    ("last time scrutiny met?", "last_meeting", {"body": SC}),
    ("when was the exec board last held", "last_meeting", {"body": EB}),
    ("most recent meeting of the member reference group", "last_meeting", {"body": MRG}),
    ("when did the audit committee meet", "last_meeting", {"body": "Corporate Governance and Audit Committee"}),
    ("previous improvement board meeting", "last_meeting", {"body": IB}),
    ("when did the leader management team last meet?", "last_meeting", {"body": "Leader Management Team"}),
    ("latest trust board meeting", "last_meeting", {"body": CTB}),
    ("how often does the member reference group meet", "frequency", {"body": MRG}),
    ("how often does the transformation board meet?", "frequency", {"body": TB}),
    ("how frequently does scrutiny meet", "frequency", {"body": SC}),
    ("which bodies meet", "frequency", {}),
    ("meeting frequency of the exec board", "frequency", {"body": EB}),
    ("how often do the trust board get together", "frequency", {"body": CTB}),
    ("how often does the improvement support group meet", "frequency", {"body": "Children's Services Improvement Support Group"}),
    ("how often does the leadership team meet", "frequency", {"body": "Children's Services Leadership Team"}),
    ("who chairs the improvement board", "chair", {"body": IB}),
    ("who's the chair of scrutiny?", "chair", {"body": SC}),
    ("who leads the transformation board", "chair", {"body": TB}),
    ("chair of the member reference group", "chair", {"body": MRG}),
    ("who runs the leadership team", "chair", {"body": "Children's Services Leadership Team"}),
    ("who is the independent chair?", "chair", {}),
    ("who chairs the improvment bord", "chair", {"body": IB}),
    ("who sits on the improvement board", "members", {"body": IB}),
    ("who's on the improvement board?", "members", {"body": IB}),
    ("improvement board membership", "members", {"body": IB}),
    ("members of the improvement board", "members", {"body": IB}),
    ("who attends the improvement board", "members", {"body": IB}),
    ("who is on the IB", "members", {}),
    ("who is bill mccarthy", "person", {"person": "Bill McCarthy"}),
    ("who's judith blake?", "person", {"person": "Councillor Judith Blake"}),
    ("what does penny thompson do", "person", {"person": "Penny Thompson"}),
    ("who is gerry broadbent", "person", {"person": "Gerry Broadbent"}),
    ("role of john lawlor", "person", {"person": "John Lawlor"}),
    ("who is james holden", "person", {"person": "James Holden"}),
    ("how was leeds rated for overall effectiveness", "judgement", {}),
    ("ofsted rating for safeguarding", "judgement", {"theme": SG}),
    ("what did ofsted say about being healthy for LAC", "judgement", {"theme": LAC}),
    ("inspection results for looked after children", "judgement", {"theme": LAC}),
    ("how were we judged on partnerships", "judgement", {}),
    ("what grade did value for money get", "judgement", {}),
    ("judgements", "judgement", {}),
    ("rating for capacity for improvement in safeguarding", "judgement", {"theme": SG}),
    ("how many breeze card holders", "indicator", {}),
    ("breeze card target", "indicator", {}),
    ("what's the number of positive activities", "indicator", {}),
    ("performance against target for breeze cards", "indicator", {}),
    ("how many young people in the targeted activity programme", "indicator", {}),
    ("how much money for safeguarding", "money", {"theme": SG}),
    ("how much extra funding went to social care fieldwork", "money", {}),
    ("what's the budget for children's services", "money", {}),
    ("how much was invested in safeguarding?", "money", {"theme": SG}),
    ("£ for social care", "money", {}),
    ("which strands of the nine point plan need improvement", "plan", {"plan": "Nine Point Plan", "rating": "requires improvement"}),
    ("nine point plan strands", "plan", {"plan": "Nine Point Plan"}),
    ("what are the themes of the improvement plan", "plan", {"plan": "Improvement Plan"}),
    ("which nine point plan strands are weak", "plan", {"plan": "Nine Point Plan", "rating": "requires improvement"}),
    ("give me a summary of the nine point plan", "summary", {"plan": "Nine Point Plan"}),
    ("improvement plan themes?", "plan", {"plan": "Improvement Plan"}),
    ("what needs improvement in the 9 point plan", "plan", {"rating": "requires improvement"}),
    ("status of SG-3", "status", {}),
    ("where are we on caseloads", "status", {}),
    ("how is the paediatrician action going", "status", {}),
    ("progress on the contact centre", "status", {}),
    ("summary", "summary", {}),
    ("give me a summary for the board", "summary", {}),
    ("board briefing please", "summary", {}),
    ("overview of safeguarding", "summary", {"theme": SG}),
    ("what's changed recently", "recent", {}),
    ("recent updates", "recent", {}),
    ("what's new", "recent", {}),
    ("when was frameworki launched", "when", {}),
    ("when does the myplace youth hub open", "when", {}),
    ("when will the new arrangements be in place", "when", {}),
    ("what are the obsessions?", "search", {}),
    ("tell me about breeze on tour", "search", {}),
    ("asdkjh qwpoe", "search", {}),
    ("who is the lead member for children's services", "role", {}),
    ("who is the director of children's services?", "role", {}),
    ("what does the member reference group do", "about_body", {"body": MRG}),
    ("what is the improvement board for?", "about_body", {"body": IB}),
    ("tell me about the children's trust board", "about_body", {"body": CTB}),
    ("list all safeguarding actions", "actions", {"theme": SG}),
    ("what should happen within three months", "actions", {}),
    ("when was the ofsted inspection", "inspection", {}),
    ("is the improvement board meeting this month", "next_meeting", {"body": IB, "window": (T, date(2010, 8, 31))}),
    ("help", "help", {}),
    ("what kind of questions can you answer", "help", {}),
    ("how do i mark something done?", "help", {}),
    ("what kind of things did ofsted ask the council to do", "actions", {}),  # not help: the bot is not asked of
    ("how does this work for looked after children", "search", {}),
    ("did ofsted find anything outstanding", "judgement", {}),  # a grade, not actions left to do
    ("anything still outstanding from the 2009 inspection?", "overdue", {}),
    ("how many actions about safeguarding are done", "status_list", {"theme": "safeguarding"}),
    ("has anything changed since march 2010", "search", {}),  # the records, not the tracker's updates
    ("how many of the 1 million residents", "indicator", {}),
    ("where's the 6.2m coming from", "money", {}),
    # slot first: what the rules leave to search, read by what it names and how it asks
    ("transformation board - whose chairing it?", "chair", {"body": "Transformation Board"}),
    ("improvement board - next sitting?", "next_meeting", {"body": "Improvement Board"}),
    ("peter roberts - what's his job", "person", {"person": "Peter Roberts"}),
    ("is the kinship care policy done?", "status", {}),
    ("by when do we need more placement choice for LAC", "due_date", {}),
    ("whose responsibility is youth justice", "search", {}),  # no action named: no owner asked
    ("when was the contact centre completed", "when", {}),  # when it was, not when it was due
    ("what's CGAC?", "about_body", {}),  # a body the records name, by its initials
    ("who sat on the improvement board?", "members", {}),
    ("give me the state of play on safeguarding", "summary", {"theme": "safeguarding"}),
    ("has anything been updated since monday", "recent", {}),
    ("what's still outstanding on LAC", "overdue", {"theme": "looked after children"}),
    ("are we past the deadline on the paediatrician cover", "overdue", {}),
    ("what can you do", "help", {}),
    # an inspection the store holds no report of, asked by its time or kind: what the papers say it found;
    # grades of the one it holds stay judgements
    ("what did the jan 2011 unannounced inspection find", "inspection", {}),
    ("how many areas for improvement did ofsted find", "inspection", {}),
    ("did ofsted find safeguarding inadequate", "judgement", {"rating": "inadequate"}),
    ("did ofsted find anything wrong", "judgement", {}),
    ("do we need to send ofsted our plan", "search", {"words": ["send", "ofsted", "plan"]}),  # to Ofsted: no grade
    ("how are children in care doing according to ofsted?", "judgement", {}),
    # English words are not typos of intent words, nor (in lower case) acronyms
    ("purple monkey dishwasher", "search", {"words": ["purple", "monkey", "dishwasher"]}),
    ("what did the inspectors find about being healthy", "judgement", {}),
    # a plan the papers only name, asked something of
    ("what are the CYPP outcomes", "plan", {"named_plan": "Children and Young People's Plan", "plan": None}),
    ("what is the nine point plan", "search", {"plan": "Nine Point Plan"}),
    # Ofsted's annual grade is a judgement; a framework of staff appraisals is not
    ("what did the annual assessment letter say about us", "judgement", {}),
    ("what did the performance assessment framework say about staff appraisals", "search", {}),
    # a body's kind counts against one of another kind, and rules one out that shares only a word
    ("who sits on the improvement partnership", "members", {"body": IB}),
    ("who sits on the area children leeds partnerships", "members", {"body": None}),
    ("where are we with the safeguarding actions", "status", {}),
    # windows people type: ranges of months, 'now and <month>', 'xmas', 'the fall', and May the month
    ("anything due between now and november", "due", {"window": (T, date(2010, 11, 30))}),
    ("what's due before xmas", "due", {"window": (T, date(2010, 12, 24))}),
    ("whats due jan to march", "due", {"window": (date(2011, 1, 1), date(2011, 3, 31))}),
    ("anything due in may", "due", {"window": (date(2011, 5, 1), date(2011, 5, 31))}),
    ("what's due in the fall", "due", {"window": (date(2010, 9, 1), date(2010, 11, 30))}),
]


@pytest.mark.parametrize("question,intent,slots", CASES, ids=[c[0] for c in CASES])
def test_understanding(question, intent, slots, seeded_db):
    q = understand(question, names_for(seeded_db), T)
    assert q.intent == intent
    for slot, want in slots.items():
        got = getattr(q, slot)
        if slot == "body":
            got = got.name if got else None
        if slot == "window":
            got = (got.start, got.end) if got else None
        assert got == want, slot


def test_enough_cases():
    assert len(CASES) >= 100
