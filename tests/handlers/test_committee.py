"""Answers from committee papers (minutes, an agenda, a performance report), ingested as PDFs
for real and asked in plain English, as of a pinned day."""

from __future__ import annotations

import pytest

from store.ingest import ingest_paths
from store.schema import connect
from tests.conftest import ask
from tests.documents import agenda_flowables, minutes_flowables, performance_flowables, write_pdf


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("papers")
    write_pdf(folder / "minutes.pdf", minutes_flowables())
    write_pdf(folder / "agenda.pdf", agenda_flowables())
    write_pdf(folder / "qpr.pdf", performance_flowables())
    db = connect(folder / "clerk.db")
    assert ingest_paths(db, [folder]).ingested == 3
    return db


@pytest.mark.parametrize("question,today,expect", [
    ("who chairs the children and young people's scrutiny committee?", "2025-04-01", "chaired by Councillor A Morgan"),
    ("who is vice-chair of the scrutiny committee?", "2025-04-01", "vice-chair is Councillor B Patel"),
    ("when does scrutiny next meet?", "2025-07-01", "next meets on 8 July 2025"),
    ("when did the scrutiny committee last meet?", "2025-04-01", "last met on 4 March 2025"),
    ("when did scrutiny meet before 4 march 2025?", "2025-04-01", "last met on 21 January 2025"),
    ("where does the scrutiny committee meet?", "2025-07-01", "Committee Room 2, Shire Hall, Casterbridge, on "
                                                            "8 July 2025 at 10:00"),
    ("who is the contact for scrutiny?", "2025-07-01", "Gita Rahman, Democratic Services Officer"),
    ("what's on the agenda for scrutiny?", "2025-07-01", "3. Family Hubs: Rural Reach (pages 11 - 30)"),
    ("what did scrutiny decide about the family hubs?", "2025-04-01", "minute 43, Family Hubs Programme"),
    ("what did scrutiny decide about the family hubs?", "2025-04-01", "notes the progress of the Family Hubs"),
    ("were there apologies at scrutiny on 4 march?", "2025-04-01", "Apologies were received from Councillor H Reid"),
    ("which children's KPIs are red?", "2025-07-01", "Number of foster households — Red: 412 against a target of 480"),
    ("how many KPIs met target?", "2025-07-01", "2 of the 5 KPIs are rated Green"),
    ("how many foster households do we have against target?", "2025-07-01", "412 against a target of 480 (floor 450)"),
    ("who is the cabinet member for children's social care?", "2025-07-01", "Jo Bright"),
    ("were there apologies at scrutiny in march?", "2026-01-10", "on 4 March 2025 (minute 41)"),
    ("what's on the agenda for scrutiny on 8 july?", "2025-07-01", "4 items"),
    ("what decisions did scrutiny take on 4 march?", "2025-04-01", "the Children and Young People's Scrutiny "
                                                                  "Committee took 2 decisions"),
    ("when did scrutiny meet before 1 january 2025?", "2025-04-01", "no record of a past meeting of the Children "
                                                                    "and Young People's Scrutiny Committee before "
                                                                    "1 January 2025"),
])
def test_committee_answers(store, question, today, expect):
    assert expect in ask(store, question, today=today).text()


def test_red_kpis_leave_out_the_green_and_amber(store):
    text = ask(store, "which children's KPIs are red?", today="2025-07-01").text()
    assert "child protection plans" not in text and "care leavers" not in text


def test_an_agenda_not_yet_published_is_not_known(store):
    text = ask(store, "what's on the agenda for scrutiny?", today="2025-06-01").text()
    assert "Family Hubs: Rural Reach" not in text and "no agenda" in text


def test_decisions_cite_the_minutes_and_minute_number(store):
    text = ask(store, "what did scrutiny decide about the family hubs?", today="2025-04-01").text()
    assert "Source: Children and Young People's Scrutiny Committee minutes, 4 Mar 2025, minute 43" in text


def test_the_board_summary_leads_with_meetings_decisions_and_red_indicators(store):
    text = ask(store, "give me a summary for the board", today="2025-07-01").text()
    assert "Next meeting — Children and Young People's Scrutiny Committee: 8 July 2025" in text
    assert ("Decision — Children and Young People's Scrutiny Committee, 4 March 2025, minute 43 "
            "(Family Hubs Programme): the Committee: notes the progress") in text
    assert "Red indicator — Number of foster households — Red: 412" in text
    assert "minute 42" not in text  # approving the last minutes is routine, not a decision to brief on


def test_risks_largest_by_exposure_and_one_risk_whole(tmp_path):
    from tests.documents import risk_register_flowables
    write_pdf(tmp_path / "register.pdf", risk_register_flowables())
    db = connect(tmp_path / "clerk.db")
    assert ingest_paths(db, [tmp_path]).ingested == 1
    text = ask(db, "what are our biggest risks?", today="2025-07-01").text()
    assert text.startswith("3 risks recorded; the largest 3 by financial exposure:\n• CR01 Placement sufficiency")
    assert text.index("CR02") < text.index("CR03")  # £1.5m before £750k
    summary = ask(db, "summary", today="2025-07-01").text()
    assert "Risk — CR01 Placement sufficiency: exposure £4.2m" in summary
    one = ask(db, "what is the likelihood of the cyber risk?", today="2025-07-01").text()
    assert "CR02 Cyber attack, likelihood Possible (3), impact Severe (5), score 15, exposure £1.5m" in one
    assert "consequence: Services disrupted" in one
