"""Answers from inspection reports: PDFs typeset like Ofsted's, ingested for real, asked in
plain English. Several reports of one council, and reports of several councils, share a store."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.ingest import ingest_paths, parse_report
from store.schema import connect
from store.shapes import extract_records
from tests.conftest import ask
from tests.documents import ilacs_flowables, write_pdf

WESSEX_2019 = dict(council="Wessex", dates="4 to 15 March 2019", inspector="Sam Field HMI",
                   grades=("Inadequate", "Inadequate", "Requires improvement to be good",
                           "Requires improvement to be good", "Inadequate"),
                   improve=("The response to children at risk of exploitation.",
                            "The quality of plans for children in need."))
WESSEX_2025 = dict(council="Wessex", dates="3 to 14 March 2025")
MERCIA_2026 = dict(council="Mercia", dates="15 to 26 June 2026", inspector="Ann Lee, His Majesty's Inspector",
                   grades=("Good", "Good", "Outstanding", "Good"))


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("inspections")
    for name, spec in [("w19.pdf", WESSEX_2019), ("w25.pdf", WESSEX_2025), ("m26.pdf", MERCIA_2026)]:
        write_pdf(folder / name, ilacs_flowables(**spec), running=f"Inspection of {spec['council']}")
    db = connect(folder / "clerk.db")
    result = ingest_paths(db, [folder])
    assert result.ingested == 3 and not result.problems
    return db


@pytest.mark.parametrize("question,today,expect", [
    ("who led the inspection?", "2025-05-01", "led by Jane Doe (lead inspector)"),
    ("who was the lead inspector?", "2019-05-01", "led by Sam Field"),
    ("when did the inspection take place?", "2025-05-01", "took place from 3 to 14 March 2025"),
    ("when was the report published?", "2025-05-01", "does not say when it was published"),
    ("how were care leavers judged?", "2025-05-01", "The experiences and progress of care leavers was judged Outstanding"),
    ("help and protection grade?", "2025-05-01", "help and protection was judged Requires improvement to be good"),
    ("what grade did leadership get?", "2019-05-01", "The impact of leaders on social work practice with children "
                                                     "and families was judged Inadequate"),
    ("how was overall effectiveness judged?", "2019-05-01", "Overall effectiveness was judged Inadequate"),
    ("latest inspection of wessex?", "2026-11-25", "Wessex children's services was a standard inspection of local "
                                                   "authority children's services (ILACS), from 3 to 14 March 2025"),
])
def test_questions_about_the_latest_report(store, question, today, expect):
    assert expect in ask(store, question, today=today).text()


def test_what_needs_to_improve_lists_every_item_whole_without_inventing_deadlines(store):
    text = ask(store, "what did ofsted say needs to improve?", today="2025-05-01").text()
    assert text.startswith("3 things the inspection of Wessex children's services (3 to 14 March 2025) said need")
    assert ("The quality and timeliness of assessments for children who are privately fostered, so that their needs "
            "are understood and met without delay.") in text
    assert "including: local homes for older children; foster carers for brothers and sisters" in text
    assert "no deadline set" in text and "Ofsted set no deadline for these" in text
    assert "· not started (no update yet)" in text  # nobody has reported: the default, not a finding
    assert "exploitation" not in text  # the 2019 list is not the latest


def test_trend_lists_each_inspection_in_date_order(store):
    reply = ask(store, "how has our overall effectiveness changed since 2014?", today="2025-05-01")
    lines = reply.text().splitlines()
    assert lines[0] == "Overall effectiveness for Wessex, in 2 inspections since 2014, oldest first:"
    assert lines[1].startswith("• March 2019: Inadequate") and lines[2].startswith("• March 2025: Good")
    assert len(reply.sources()) == 2


def test_reports_since_april_2026_have_no_overall_effectiveness(store):
    text = ask(store, "how was mercia's overall effectiveness judged?", today="2026-08-01").text()
    assert "made no 'Overall effectiveness' judgement" in text and "since April 2026" in text
    assert "The experiences and progress of children in care — Outstanding" in text


def test_several_councils_default_to_the_latest_and_say_so(store):
    text = ask(store, "who led the inspection?", today="2026-08-01").text()
    assert "Mercia" in text and "Ann Lee" in text and "reports for 2 councils" in text
    named = ask(store, "who led the inspection of wessex?", today="2026-08-01").text()
    assert "Jane Doe" in named and "2 councils" not in named


def test_the_clock_hides_reports_not_yet_written(store):
    text = ask(store, "how was overall effectiveness judged?", today="2020-01-01").text()
    assert "Inadequate" in text and "2025" not in text


SIF_OPENING = """Northshire County Council
Inspection of services for children in need of help and protection, children looked after and care leavers
and
Review of the effectiveness of the local safeguarding children board
Inspection date: 3 June 2014 - 25 June 2014
Report published: 8 August 2014

{overall}

1. Children who need help and protection\tRequires improvement
2. Children looked after and achieving permanence\tGood
2.1 Adoption performance\tGrade 2 (Good)

{lscb}

Lead inspector: Pat Jones HMI
"""


@pytest.mark.parametrize("overall,lscb,expected", [
    ("The overall judgement is requires improvement", "The effectiveness of the LSCB is good.",
     {"Overall effectiveness": "Requires improvement", "Effectiveness of the Local Safeguarding Children Board": "Good"}),
    ("Children's services in Northshire require improvement to be good",
     "The effectiveness of the Local Safeguarding Children Board (LSCB) requires improvement.",
     {"Overall effectiveness": "Requires improvement to be good",
      "Effectiveness of the Local Safeguarding Children Board": "Requires improvement"}),
    ("The overall judgement is that children's services are inadequate", "",
     {"Overall effectiveness": "Inadequate"}),
])
def test_single_inspection_openings(overall, lscb, expected):
    records = extract_records(parse_report("sif", SIF_OPENING.format(overall=overall, lscb=lscb)))
    got = {j["category"]: j["rating"] for j in records["judgements"]}
    assert {k: got.get(k) for k in expected} == expected
    assert got["Children who need help and protection"] == "Requires improvement"
    assert got["Adoption performance"] == "Good"
    [inspection] = records["inspections"]
    assert (inspection["council"], inspection["start"], inspection["end"], inspection["published"],
            inspection["inspectors"], inspection["lscb_review"]) == (
        "Northshire County Council", "2014-06-03", "2014-06-25", "2014-08-08", "Pat Jones", 1)


def test_a_council_report_about_an_inspection_is_not_an_inspection_report():
    text = ("Report of the Director of Children's Services\nExecutive Board\nDate: 12 February 2010\n\n"
            "Subject: The Ofsted Inspection of Safeguarding and Looked After Children's services\n\n"
            "1.0 This report sets out the outcome of the inspection.\n")
    assert extract_records(parse_report("board", text))["inspections"] == []


def test_title_and_citation_come_from_the_report_not_the_file_name(store):
    title = store.execute("select title from documents where id = 'w25'").fetchone()[0]
    assert title == "Inspection of Wessex children's services"
    text = ask(store, "who led the inspection?", today="2025-05-01").text()
    assert "Source: Ofsted: Inspection of Wessex children's services, 14 Mar 2025, p. 1" in text


def test_ingest_reports_its_path(store):
    paths = [Path(r[0]).name for r in store.execute("select path from documents order by path")]
    assert paths == ["m26.pdf", "w19.pdf", "w25.pdf"]


FOCUSED_VISIT = """Ms Ann Other
Director of Children's Services
Westshire Council
County Hall
Westshire WS1 1AA

Dear Ann

Focused visit to Westshire local authority children's services

This letter summarises the findings of the focused visit to Westshire local authority children's services on
23 and 24 October 2019.

Her Majesty's Inspectors for this visit were Lorna Lee and Tom Hart.

Inspectors looked at the local authority's arrangements for children in need.

Lead inspectors identified the following areas for improvement:

- The quality of assessments for children in need, so that they consider
  the history of the family.
- Management oversight of the work of newly qualified social workers.

Ofsted will take the findings from this focused visit into account at the next inspection.

Yours sincerely

Lorna Lee
Her Majesty's Inspector
"""


def test_a_focused_visit_letter():
    records = extract_records(parse_report("visit", FOCUSED_VISIT))
    [visit] = records["inspections"]
    assert (visit["kind"], visit["council"], visit["start"], visit["end"], visit["inspectors"]) == (
        "focused visit", "Westshire", "2019-10-23", "2019-10-24", "Lorna Lee and Tom Hart")
    assert [a["text"] for a in records["actions"] if a["plan"] == "What needs to improve"] == [
        "The quality of assessments for children in need, so that they consider the history of the family.",
        "Management oversight of the work of newly qualified social workers."]


def test_a_monitoring_visit_signed_by_its_inspector():
    letter = FOCUSED_VISIT.replace("Focused visit", "Monitoring visit").replace("focused visit", "monitoring visit")
    letter = letter.replace("Her Majesty's Inspectors for this visit were Lorna Lee and Tom Hart.\n", "")
    [visit] = extract_records(parse_report("visit", letter))["inspections"]
    assert (visit["kind"], visit["inspectors"]) == ("monitoring visit", "Lorna Lee")


LAC_INSPECTION = """Northshire City Council
Inspection of safeguarding and looked after children services
Inspection dates: 23 November - 4 December 2009
Report published: 7 January 2010

Areas for improvement

Immediately:
- Ensure that all referrals are assessed promptly
  by a qualified social worker.
Within three months:
- Reduce social worker caseloads to a manageable level.

Overall effectiveness: Grade 4 (Inadequate)
Capacity for improvement: Adequate
"""


def test_an_older_inspection_with_timescales_runs_them_from_publication():
    records = extract_records(parse_report("lac", LAC_INSPECTION))
    due = {a["text"]: (a["timescale"], a["due"]) for a in records["actions"]}
    assert due == {"Ensure that all referrals are assessed promptly by a qualified social worker.":
                   ("Immediately", "2010-01-07"),
                   "Reduce social worker caseloads to a manageable level.": ("Within three months", "2010-04-07")}
    grades = {j["category"]: j["rating"] for j in records["judgements"]}
    assert grades == {"Overall effectiveness": "Inadequate", "Capacity for improvement": "Adequate"}
    assert records["inspections"][0]["kind"] == "safeguarding and looked after children inspection"


def test_an_inspection_of_one_theme_gives_its_actions_that_theme(tmp_path):
    text = LAC_INSPECTION.replace("Inspection of safeguarding and looked after children services",
                                  "Inspection of services for looked after children")
    (tmp_path / "lac.txt").write_text(text)
    db = connect(tmp_path / "clerk.db")
    assert ingest_paths(db, [tmp_path / "lac.txt"]).ingested == 1
    overdue = ask(db, "what's overdue for children in care?", today="2010-05-01").text()
    assert "2 looked after children actions are overdue" in overdue and "caseloads" in overdue


def test_a_year_named_picks_that_years_report(store):
    text = ask(store, "who led the 2019 wessex inspection?", today="2026-08-01").text()
    assert "Sam Field" in text and "Jane Doe" not in text
    since = ask(store, "how has wessex's overall effectiveness changed since 2014?", today="2026-08-01").text()
    assert "2 inspections since 2014" in since  # 'since <year>' is a trend, not one year's report


def test_trend_of_a_category_named_in_short(store):
    text = ask(store, "how has help and protection changed in wessex?", today="2026-08-01").text()
    assert "in 2 inspections" in text and "March 2019" in text and "passages" not in text


def test_a_grade_cut_at_the_line_end_is_read_whole():
    text = SIF_OPENING.format(overall="The overall judgement is good", lscb="").replace(
        "1. Children who need help and protection\tRequires improvement",
        "1. Children who need help and protection\tRequires\nimprovement")
    got = {j["category"]: j["rating"] for j in extract_records(parse_report("sif", text))["judgements"]}
    assert got["Children who need help and protection"] == "Requires improvement"
