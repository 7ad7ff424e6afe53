"""The real committee papers of ../shared/corpus/committee (never copied here), read by the
committee shapes. Skipped, with the reason, when the corpus is not beside the checkout."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.calendar import calendar_events
from handlers.question import Context
from store.ingest import ingest_paths
from store.schema import connect
from tests.conftest import ROOT, ask

CORPUS = ROOT.parent / "shared" / "corpus" / "committee"
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the committee corpus is not at {CORPUS}")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    store = connect(tmp_path_factory.mktemp("committee") / "clerk.db")
    result = ingest_paths(store, [CORPUS])
    assert result.ingested == 12 and not result.problems
    return store


def test_every_set_of_minutes_is_numbered_and_its_decisions_read(db):
    counts = dict(db.execute("select d.kind, count(*) from minute_items m join documents d on d.id = m.doc_id "
                             "group by d.kind").fetchall())
    assert counts == {"minutes": 30}
    assert db.execute("select count(*) from minute_items where resolved != ''").fetchone()[0] >= 15


def test_the_performance_report_rates_all_38_kpis(db):
    ratings = dict(db.execute("select rag, count(*) from indicators where rag is not null group by rag").fetchall())
    assert ratings == {"Green": 17, "Amber": 12, "Red": 9}  # as its executive summary counts them


def test_kpis_have_their_figures_and_area(db):
    [row] = db.execute("select value, target, floor, previous, previous_rag, area from indicators "
                       "where name = 'Number of foster households'").fetchall()
    assert tuple(row) == ("613", "700", "650", "612", "Red",
                          "Children, Young People and Education (Integrated Children's Services)")


@pytest.mark.parametrize("question,today,expect", [
    ("who chairs cabinet?", "2025-01-20", "Mr R W Gough"),
    ("what's on the agenda for the extraordinary council meeting?", "2025-01-02", "English Devolution White Paper"),
    ("what did cabinet decide about the devolution white paper?", "2025-01-20", "Devolution Priority Programme"),
    ("where does the county council meet?", "2025-01-02", "the Council Chamber, County Hall, Maidstone"),
    ("what does CYPE stand for?", "2025-03-20", "Children Young People and Education"),
    ("were there apologies at cabinet on 9 january?", "2025-01-20", "(minute 76): No apologies were received."),
    ("what was decided about the devolution white paper?", "2025-03-20", "2 decisions match, oldest first:"),
])
def test_answers_from_the_papers(db, question, today, expect):
    assert expect in ask(db, question, today=today).text()


def test_an_election_is_not_a_meeting(db):
    """'postponement of the County Council elections scheduled for May 2025' names no meeting;
    'tributes would be heard at the March County Council meeting' (13 Feb 2025) is March 2025."""
    assert not db.execute("select 1 from meetings where date like '2025-05%'").fetchone()
    assert db.execute("select status from meetings where body = 'County Council' and date = '2025-03-01'"
                      ).fetchone()[0] == "scheduled"


def test_a_motion_debated_but_not_resolved_says_how_it_ended(db):
    """Minute 281 holds four motions; only one carried. The others are answered with their
    outcome, never with the carried motion's resolution."""
    lost = ask(db, "what did council decide on the climate and nature bill motion", today="2025-03-20").text()
    assert "Climate and Nature Bill" in lost and "Motion lost (15 for, 23 against" in lost and "farmers" not in lost
    passed = ask(db, "was the electoral reform motion passed", today="2025-03-20").text()
    assert "Electoral Reform in Kent" in passed and "Motion lost (14 for, 37 against" in passed
    carried = ask(db, "did the family farm tax motion pass", today="2025-03-20").text()
    assert "farmers of Kent" in carried and "Mr Meade proposed and Mr Cannon seconded" in carried
    assert "Motion carried (35 for, 0 against, 9 abstentions)" in carried


def test_a_meeting_several_papers_record_is_one_calendar_event(db):
    events = calendar_events(Context(db=db, today=date(2025, 3, 20)), date(2025, 3, 20))
    uids = [e.uid for e in events]
    assert len(uids) == len(set(uids))
    assert sum(1 for e in events if e.title == "County Council (held)" and e.day == date(2025, 1, 9)) == 1


@pytest.mark.parametrize("question,expect,forbid", [
    # what a register's narrative says happened to its risks: new, withdrawn, reduced (and to what level)
    ("what new risk went on the corporate risk register", "1 risk is new", "CRR0061"),
    ("which risk has been taken off the CRR", "CRR0061 Care Quality Commission (CQC) Assurance has been removed", None),
    ("which risks were reduced", "2 risks are reduced", None),
    ("UASC risk rating now?", "rating Medium", "gives no rating"),
    # a withdrawn risk is no longer counted among those held
    ("what are our biggest risks", "13 risks recorded", "CRR0061"),
])
def test_what_happened_to_the_registers_risks(db, question, expect, forbid):
    text = ask(db, question, today="2025-03-20").text()
    assert expect in text and (forbid is None or forbid not in text), text


@pytest.mark.parametrize("question,expect,forbid", [
    # a named risk asked whether it changed is that risk; 'What is NUE?' with a capital W spells it out
    ("has CRR0015 changed", "CRR0015 Sustainability of the Social Care Market", "risks are revised"),
    ("What is NUE?", "NUE stands for No Use Empty", None),
    ("GWP?", "GWP stands for Governance Working Party", None),
    # an amendment by its proposer, at the month's meeting
    ("what was the vote on hood's amendment in jan", "Mr Hood proposed and Mr Baldock seconded the amendment", "carried"),
    ("which risk got downgraded", "2 risks are reduced", None),
    # money asked of a KPI's subject is money, not the KPI's card
    ("what is the budget for pothole repairs", None, "94% against a target"),
    # 'the 2nd cabinet meeting' is no day of the month
    ("what did the 2nd cabinet meeting decide", None, "on 2 March"),
])
def test_what_the_review_found(db, question, expect, forbid):
    text = ask(db, question, today="2025-03-20").text()
    assert (expect is None or expect in text) and (forbid is None or forbid not in text), text


@pytest.mark.parametrize("question,expect", [
    # each proposal with the vote that names its paragraph; the substantive motion is the first motion as amended
    ("did mr hood's amendment on the foundation strategic authority get through",
     ["Mr Hood proposed and Mr Baldock seconded the amendment", "Amendment lost (14 for, 45 against"]),
    ("what was the vote on the devolution substantive motion at council",
     ["Mr Gough proposed and Mr Oakford seconded the motion", "carried (39 for, 19 against, 1 abstention)"]),
    ("labour alternative budget amendment - result?", ["Mr Brady proposed and Ms Meade seconded the amendment",
                                                       "Amendment lost (12 for, 42 against, 7 abstentions)"]),
    ("how many councillors voted against the local transport plan", ["Local Transport Plan", "6 against"]),
    ("who voted against the electoral reform motion", ["Voting against: Mr Baker, Mr Beaney"]),
    # how one member voted on the motion itself (not an amendment they moved)
    ("how did mr hook vote on the budget", ["Mr Oakford proposed and Mr Gough seconded the motion",
                                            "Mr Hook voted against it."]),
    # 'voting' in a consultation's name does not make a decision question a vote question
    ("what was decided about the remote meetings and proxy voting consultation",
     ["minute 282, Remote meetings and proxy voting consultation"]),
])
def test_motions_and_amendments_with_their_votes(db, question, expect):
    text = ask(db, question, today="2025-03-20").text()
    assert all(e in text for e in expect), text


def test_the_council_meeting_and_its_start_time(db):
    text = ask(db, "what time does the council meeting start on 9 jan", today="2025-01-02").text()
    assert "County Council meets next" in text and "9 January 2025 at 10:00" in text


def test_a_month_named_for_a_meeting_already_held_is_not_the_next_one(db):
    """The February minutes' 'the March County Council meeting' is the meeting of 13 March: on
    20 March it is past, so the next meeting is not known, and the answer says when it last met."""
    before = ask(db, "when does full council next meet?", today="2025-03-01").text()
    assert "next meets in March 2025" in before
    after = ask(db, "when does full council next meet?", today="2025-03-20").text()
    assert "I don't know when the County Council next meets" in after and "last met on 13 March 2025" in after


@pytest.mark.parametrize("question,expect", [
    # a meeting's own chair: elected for the day ('RESOLVED that Mr Cooke be elected to Chair the meeting'),
    # else the PRESENT line's (Chairman); the vice-chair of 'the council' is the full council's
    ("who chaired the 9 jan council meeting?", "The County Council meeting of 9 January 2025 was chaired by Mr Cooke"),
    ("who chaired the council meeting in december", "meeting in December 2024 was chaired by Mr B J Sweetland"),
    ("who's the vice chairman of the council", "The County Council's vice-chair is Mr A M Ridgers"),
])
def test_who_chaired_a_meeting(db, question, expect):
    assert expect in ask(db, question, today="2025-03-20").text()
    # a chair elected for one meeting is not the body's chair
    assert "chaired by Mr B J Sweetland" in ask(db, "who chairs the county council?", today="2025-01-20").text()


@pytest.mark.parametrize("question,expect", [
    # who was at a meeting: its minutes' PRESENT and IN ATTENDANCE lines; 'was Mr X at…' yes or no
    ("which officers were at cabinet on 9 January", ["11 officers in attendance at the Cabinet meeting of 9 January",
                                                     "Mrs A Beer (Chief Executive)"]),
    ("who attended cabinet on 9 january", ["21 people recorded as present", "Mr R W Gough (Chairman)"]),
    ("was mr baldock at the council meeting on 9 jan", ["Yes: Mr M Baldock is recorded at the County Council"]),
    ("was mr baldock at the council meeting on 19 december", ["No: Mr Baldock is not among those recorded",
                                                              "(apologies were given)"]),
])
def test_who_was_at_a_meeting(db, question, expect):
    text = ask(db, question, today="2025-03-20").text()
    assert all(e in text for e in expect), text


@pytest.mark.parametrize("question,expect", [
    # a decision by its number: the report whose front page (else file name) carries it
    ("what is decision 24/00115 about", ["Decision 24/00115 is \u2018Kent County Council Integrated Care Strategy",
                                        "a report to the Cabinet of 30 January 2025", "Dr Anjan Ghosh"]),
    ("what is 24/00096", ["Commissioning Plan for Education Provision", "in the report's file name"]),
    # and the number of a report named by its title
    ("decision no for the integrated care strategy delivery plan", ["Delivery Plan\u2019 is decision 24/00115"]),
    # a report's authors (its From line) and the contact details it prints
    ("who wrote the ICS delivery plan report", ["was written by Dr Mike Gogarty (Interim Strategic Lead for Public "
                                                "Health), its report author", "from Roger Gough (Leader), Dr Anjan Ghosh"]),
    ("who is the contact for the performance report", ["The contact for \u2018Quarterly Performance Report",
                                                        "is Matthew Wagner (Chief Analyst", "03000 416559"]),
])
def test_reports_by_number_and_their_authors(db, question, expect):
    text = ask(db, question, today="2025-03-20").text()
    assert all(e in text for e in expect), text


def test_initials_are_matched_exactly(db):
    """'JHOSC' (the joint committee with Medway) is not the council's own HOSC."""
    assert "Health Overview and Scrutiny Committee" in ask(db, "when does HOSC meet next", today="2025-02-10").text()
    jhosc = ask(db, "when does the JHOSC meet next", today="2025-03-20").text()
    assert "Health Overview and Scrutiny Committee" not in jhosc
    # not a body whose meetings are on record, but the papers speak of it: say so and show where
    assert "I have no meetings of \u2018jhosc\u2019 on record; the papers mention it here:" in jhosc


@pytest.mark.parametrize("question,expect,forbid", [
    # a year asked picks the figure of that year; a count asked is not a rate's KPI
    ("how many births in kent in 2022", "16,364 in 2022", "15,613"),
    ("how many children with an EHCP in kent", "19,407 children and young people with an EHCP", "within 20 weeks"),
    ("percentage of EHCPs issued within 20 weeks", "34% against a target of 60%", "19,407"),
])
def test_figures_of_the_year_and_kind_asked(db, question, expect, forbid):
    text = ask(db, question, today="2025-03-20").text()
    assert expect in text and forbid not in text, text


def test_a_deadline_for_something_that_is_not_an_action_is_read_from_the_papers(db):
    text = ask(db, "deadline for the funding reform consultation", today="2025-01-20").text()
    assert "12 February 2025" in text and "due to close on 12th February" in text and "C-1" not in text


def test_when_a_register_goes_to_a_committee_is_a_date_not_the_register(db):
    text = ask(db, "when is the corporate risk register going to governance and audit committee",
               today="2025-01-10").text()
    assert text.startswith("23 January 2025") and "CRR0065" not in text


@pytest.mark.parametrize("question,expect", [
    # a report named by its title: the meeting it goes to, from its own front page
    ("when was the governance update report going to council",
     "\u2018Governance Update\u2019 is a report to the County Council, dated 13 March 2025"),
    ("when is the ICS delivery plan report going to cabinet", "is a report to the Cabinet, dated 30 January 2025"),
])
def test_when_a_named_report_goes_to_its_meeting(db, question, expect):
    assert expect in ask(db, question, today="2025-03-20").text()


def test_a_kpi_by_its_rag_and_why_it_is_red(db):
    rag = ask(db, "whats the RAG rating for S106 developer contributions", today="2025-03-20").text()
    assert rag.startswith("S106 developer contributions secured as a percentage of amount sought — Red: 80.9%")
    why = ask(db, "why was the s106 kpi red", today="2025-03-20").text()
    assert "What the report says about it:" in why and "dropped below floor standard" in why


def test_a_sum_is_read_whole_or_not_at_all(db):
    """'£1.64m since July 2023' was read as '£1', which then led the answer on basic need funding."""
    text = ask(db, "how much basic need funding did kent get", today="2025-03-20").text()
    assert text.startswith("£5,046,624") and "£1 —" not in text


@pytest.mark.parametrize("question,expect", [
    # the records' own acronyms are read as what they stand for there ('ICS', 'QPR')
    ("did the ICS motion pass in december", "seconded the motion \u2018Integrated Care Strategy\u2019"),
    ("who's the contact for the QPR", "Matthew Wagner Chief Analyst"),
    # but not an acronym that is already a word of the grammar ('KPIs')
    ("how many KPIs met target in quarter 3?", "17 of the 38 KPIs are rated Green"),
    # asked of on their own, in capitals: 'MSA meaning?', 'wat is NUE' (which also says what the papers say of it)
    ("MSA meaning?", "MSA stands for Mayoral Strategic Authority"),
    ("wat is NUE", "NUE stands for No Use Empty. What the records say about it"),
    # chat shorthand: 'apols'
    ("any apols for cabinet 9 jan", "No apologies were received"),
    # no agenda for a meeting already held: the items its minutes record
    ("what items were on cabinet's agenda on 9 jan", "the minutes of the Cabinet on 9 January 2025 record 8 items"),
])
def test_the_records_own_acronyms(db, question, expect):
    assert expect in ask(db, question, today="2025-03-20").text()


def test_an_elections_date_is_not_a_deadline(db):
    """'request … postponing county elections scheduled for May 2025' names when the elections
    were to be held, not when the request is due."""
    text = ask(db, "what's due in the next three months?", today="2025-03-01").text()
    assert text.startswith("No open actions are due between 1 March 2025 and 1 June 2025") and "postponing" not in text


def test_an_agenda_for_a_meeting_already_held_says_so(db):
    past = ask(db, "what's on the agenda for the county council?", today="2025-03-10").text()
    assert past.startswith("No agenda for a meeting after 10 March 2025 is in the records; the latest is for the "
                           "meeting of 9 January 2025, already held.")
    ahead = ask(db, "what's on the agenda for the county council?", today="2025-01-05").text()
    assert ahead.startswith("Agenda for the County Council extraordinary meeting, 9 January 2025")


def test_a_line_joined_across_a_page_break_is_not_read_twice(db):
    from datetime import date

    from store import lookup
    minute = next(m for m in lookup.minute_items(db, date(2025, 3, 20), None) if m["number"] == 281)
    assert minute["text"].count("a reason for this must be cited") == 1


@pytest.mark.parametrize("question,expect", [
    # a KPI asked of in everyday words, without 'KPI': its own card
    ("pothole repairs in 28 days q3", "routine pothole repairs completed within 28 days — Green: 94%"),
    ("FOI response rate q3 - are we hitting target", "Freedom of Information (FOI)"),
    ("care leavers in EET %", "care leavers in education, employment or training (of those KCC is in touch with) — Red"),
    ("EHCPs issued within 20 wks - latest?", "(EHCPs) issued within 20 weeks - rolling 12 months — Red: 34%"),
    # words asked in full beat their stems ('in-house' is not 'households'); 'foster' names two KPIs
    ("why is the in-house fostering kpi below floor", "availability of in-house foster placements"),
    ("which foster kpis are red", "2 of the 2 KPIs are rated Red"),
    # why: the report's commentary, not a grid of RAG ratings
    ("why are care leavers EET numbers so low", "Immigration Bill"),
    ("why did emergency highways incidents miss target", "adverse weather"),
])
def test_kpis_in_everyday_words(db, question, expect):
    text = ask(db, question, today="2025-03-20").text()
    assert expect in text and "GREEN GREEN" not in text, text


@pytest.mark.parametrize("question,today,expect", [
    # a venue on the day asked, 'the 9th' included, before or after the clock; a day with no meeting says so
    ("venue for council on the 9th?", "2025-01-05", "meets next in the Council Chamber, County Hall, Maidstone"),
    ("where is the county council meeting on 9 january", "2025-03-20", "met in the Council Chamber"),
    ("venue for council on the 9th?", "2025-03-20", "No meeting of the County Council is recorded for 9 March 2025"),
])
def test_where_a_meeting_is_on_the_day_asked(db, question, today, expect):
    text = ask(db, question, today=today).text()
    assert expect in text and ("9 January 2025" in text or "9 March" in expect), text


@pytest.mark.parametrize("question,expect", [
    # a vote asked for its numbers is the motion's, not a sum of money
    ("final budget vote feb - for/against/abstain", "41 for"),
    ("LTP vote numbers", "51 for, 6 against, 2 abstentions"),
    # 'what did <anyone> say about X' searches for X
    ("what did the s151 officer say about the budget robustness", "Section 25 Assurance Statement"),
    # a group the papers mention but hold no membership list for: where they mention it
    ("who sits on the governance working party", "I have no membership list for a board or committee called"),
    ("who sits on the housing working party", "and the records do not mention one"),
    # routine minutes: declarations of interest as well as apologies, by meeting
    ("who declared an interest at the december council meeting", "Mrs Chandler and Mr Rayner declared a pecuniary"),
    ("declarations of interest at the budget council?", "Declarations of interest at the County Council on 13 "
                                                        "February 2025"),
    # a vote asked in passing ('was X passed? whats the vote', 'how did the vote go on…') is the motion's
    ("was the budget passed? whats the vote", "13 February 2025 (minute 291"),
    ("how did the vote go on joining the DPP at full council", "9 January 2025 (minute 285"),
    ("what happend to the climate and nature bill motion", "Climate and Nature Bill"),
    # 'full council meetings take place', 'who was chairman at full council'
    ("where do full council meetings take place", "Council Chamber"),
    ("who was chairman at full council in dec", "Sweetland"),
    # a risk by its reference; a figure asked 'how big'
    ("what's CRR0015", "CRR0015 Sustainability of the Social Care Market"),
    ("how big is the capital programme", "£1,419m"),
    # what a person said: their own passages, of the month asked
    ("what did brady say about the local govt finance settlement in dec", "Mr Brady turned to the Local Government "
                                                                          "Finance Settlement"),
    ("what did lehmann say about devolution at the jan extraordinary meeting", "Mr Lehmann spoke about"),
    # declarations about the motion named, not the latest meeting's
    ("who declared a pecuniary interest on the family farm tax motion", "Mrs Chandler and Mr Rayner declared"),
    # something Clerk does not track, asked how it is going
    ("what is mockingbird and hows it going", "Mockingbird"),
])
def test_answers_as_people_ask(db, question, expect):
    text = ask(db, question, today="2025-03-20").text()
    assert expect in text, text


@pytest.mark.parametrize("question,expect", [
    # a day or month without its year, asked long after: the latest the records hold, not the clock's year
    ("who was at cabnet on 9 jan", ["21 people recorded as present at the Cabinet meeting of 9 January 2025"]),
    ("any apologies at cabinet on 9 jan?", ["Apologies at the Cabinet on 9 January 2025", "No apologies"]),
    ("who sent apolgies to full council on 13 feb", ["County Council on 13 February 2025", "Mr Paul Barrington-King"]),
    ("when was the extraordinary council meeting in jan?", ["The County Council last met on 9 January 2025"]),
    # a meeting named by its day and kind alone: the one body that met then
    ("who chaired the extraordinary meeting on 9th jan", ["County Council meeting of 9 January 2025 was chaired by "
                                                         "Mr Cooke"]),
    ("where was the 9 jan extraordinary meeting held", ["Council Chamber, County Hall, Maidstone"]),
    ("who was at the extraordinary meeting on 9 jan", ["present at the County Council meeting of 9 January 2025"]),
])
def test_a_day_asked_without_its_year_long_after(db, question, expect):
    text = ask(db, question, today="2026-12-06").text()
    assert all(e in text for e in expect), text


@pytest.mark.parametrize("question,expect", [
    # how many risks of a level: the register's table of risks by level, the newest row, the earlier one noted
    ("how many high rated risks on the corprate risk register now", ["12 high risks (Current risk level February 2025)",
                                                                   "November 2024: 0 low, 3 medium, 13 high"]),
    ("how many medium risks", ["5 medium risks"]),
])
def test_risks_counted_by_level(db, question, expect):
    text = ask(db, question, today="2025-03-20").text()
    assert all(e in text for e in expect), text


@pytest.mark.parametrize("question", ["what does the JHOSC terms of reference report recommend",
                                      "what are the recommendations of the JHOSC report"])
def test_what_a_named_report_recommends(db, question):
    text = ask(db, question, today="2025-03-20").text()
    assert "Terms of Reference: Update’ recommends" in text and "AGREE the revised Terms of Reference" in text, text
    assert "Live Well" not in text, text
