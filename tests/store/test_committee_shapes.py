"""Committee papers read by their shapes: minutes, agenda front sheets, performance reports
and acronyms, from PDFs typeset as councils' committee systems publish them (a council that is
not the development corpus's), ingested for real into a store under tmp_path."""

from __future__ import annotations

import pytest

from store.ingest import ingest_paths
from store.schema import connect
from tests.conftest import ask
from tests.documents import (
    agenda_flowables,
    decision_report_flowables,
    minutes_flowables,
    performance_flowables,
    write_pdf,
)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("committee")
    write_pdf(folder / "minutes.pdf", minutes_flowables(), running="Children and Young People's Scrutiny Committee")
    write_pdf(folder / "agenda.pdf", agenda_flowables())
    write_pdf(folder / "qpr.pdf", performance_flowables(), running="Quarterly Performance Report")
    write_pdf(folder / "decision.pdf", decision_report_flowables())
    store = connect(folder / "clerk.db")
    result = ingest_paths(store, [folder])
    assert result.ingested == 4 and not result.problems
    return store


def rows(db, sql: str) -> list[tuple]:
    return [tuple(r) for r in db.execute(sql).fetchall()]


# minutes.py
def test_minutes_are_numbered_with_titles_and_agenda_items(db):
    assert rows(db, "select number, item, title from minute_items order by seq") == [
        (41, "1", "Apologies for Absence"), (42, "2", "Minutes of the meeting held on 21 January 2025"),
        (43, "3", "Family Hubs Programme"), (44, "4", "Performance of Children's Social Care")]


def test_a_resolution_keeps_its_list_and_stops_at_the_next_paragraph(db):
    [(resolved,)] = rows(db, "select resolved from minute_items where number = 43")
    assert resolved == ("RESOLVED that the Committee:\n- notes the progress of the Family Hubs Programme;\n"
                        "- asks the Director to report on rural reach to its meeting in July 2025.")
    assert "thanked" not in resolved


def test_minutes_record_the_meeting_held_and_the_earlier_one_they_approve(db):
    assert rows(db, """select date, status, venue from meetings where status = 'held'
                       and body like 'Children and Young%' order by date""") == [
        ("2025-01-21", "held", None), ("2025-03-04", "held", "Committee Room 2, Shire Hall, Casterbridge"),
        ("2025-07-08", "held", None)]  # the last: a report's pathway says the committee saw it then


def test_present_gives_chair_vice_chair_and_members_under_one_plural_title(db):
    assert rows(db, "select name, relation from people where ref = 'Present' order by id") == [
        ("Councillor A Morgan", "chair"), ("Councillor B Patel", "vice-chair"), ("Councillor C Hughes", "member"),
        ("Councillor D Okafor", "member"), ("Councillor E Walsh", "member")]


# agenda.py
def test_agenda_items_with_pages_and_notes(db):
    assert rows(db, "select number, title, pages, note from agenda_items order by seq") == [
        ("1", "Apologies and Substitutes", None, None),
        ("2", "Minutes of the meeting held on 4 March 2025", "5 - 10", None),
        ("3", "Family Hubs: Rural Reach", "11 - 30", None), ("4", "Foster Carer Recruitment", None, "Report to follow")]


def test_agenda_gives_the_scheduled_meeting_and_its_contact_officer(db):
    assert rows(db, "select date, status, venue, time from meetings where ref = 'header' and status = 'scheduled'") == [
        ("2025-07-08", "scheduled", "Committee Room 2, Shire Hall, Casterbridge", "10:00")]
    assert rows(db, "select name, role from people where relation = 'contact'") == [
        ("Gita Rahman", "Democratic Services Officer")]


# performance.py
def test_indicator_cards_with_rating_figures_and_area(db):
    assert rows(db, """select name, rag, value, target, floor, previous, previous_rag, area from indicators
                       where area is not null order by id""") == [
        ("Number of foster households", "Red", "412", "480", "450", "405", "Red", "Children's Social Care"),
        ("Percentage of child protection plans reviewed in timescale", "Green", "98%", "95%", "90%", "97%", "Green",
         "Children's Social Care"),
        ("Percentage of care leavers in education, employment or training - rolling 12 months", "Amber", "64%",
         "70%", "60%", "61%", "Amber", "Children's Social Care")]


def test_indicator_tables_with_a_rag_column(db):
    assert rows(db, "select name, rag, value, target from indicators where rag is not null and area is null") == [
        ("Household waste recycled", "Amber", "46%", "50%"), ("Potholes repaired within 28 days", "Green", "93%", "90%")]


def test_portfolio_holders_of_a_service_area(db):
    assert rows(db, "select name, role from people where relation = 'role holder'") == [
        ("Jo Bright", "Cabinet Member for Children's Social Care"),
        ("Sam Oduya", "Corporate Director, Children's Social Care")]


# acronyms.py
def test_acronyms_defined_in_brackets_or_implied_by_a_phrase(tmp_path):
    (tmp_path / "paper.txt").write_text(
        "Report to the Corporate Parenting Panel\n\n"
        "1. The Kent and Medway NHS Joint Overview and Scrutiny Committee (JHOSC) met in March.\n\n"
        "2. Children, Young People and Education services report to CYPE Cabinet Committee.\n\n"
        "3. The final draft Local Transport Plan 5 (LTP5) was approved.\n", encoding="utf-8")
    store = connect(tmp_path / "clerk.db")
    ingest_paths(store, [tmp_path])
    assert rows(store, "select acronym, expansion, coalesce(implied, 0) from acronyms where coalesce(implied, 0) < 2 "
                       "order by id") == [
        ("JHOSC", "Joint Overview and Scrutiny Committee", 0), ("LTP5", "Local Transport Plan 5", 0),
        ("CYPE", "Children Young People and Education", 1)]
    assert ("KMNJOSC", "Kent and Medway NHS Joint Overview and Scrutiny Committee") not in rows(
        store, "select acronym, expansion from acronyms")  # more than six letters: no one types those
    assert ("LTP", "Local Transport Plan") in rows(  # a name the paper never writes as letters
        store, "select acronym, expansion from acronyms where implied = 2")
    assert ask(store, "what does LTP5 stand for?").text().startswith("LTP5 stands for Local Transport Plan 5")


# reports.py
def test_a_decision_report_names_its_authors_body_and_pathway(db):
    assert rows(db, "select name, role from people where relation = 'author' order by id") == [
        ("Jo Bright", "Cabinet Member for Children's Social Care"),
        ("Sam Oduya", "Corporate Director of Children's Services")]
    assert rows(db, "select title, body, date from documents where id = 'decision'") == [
        ("Opening of two Family Hubs in rural districts", "Cabinet", "2025-07-17")]
    assert rows(db, "select body, date from meetings where ref = 'Pathway'") == [
        ("Children and Young People's Scrutiny Committee", "2025-07-08")]


# risks.py
def test_a_wide_risk_register_is_read_by_column(tmp_path):
    from tests.documents import risk_register_flowables
    write_pdf(tmp_path / "register.pdf", risk_register_flowables())
    store = connect(tmp_path / "clerk.db")
    assert ingest_paths(store, [tmp_path]).ingested == 1
    assert rows(store, "select risk_ref, title, directorate, likelihood, score, exposure, exposure_value "
                       "from risks order by id") == [
        ("CR01", "Placement sufficiency", "Children's Services", "Likely (4)", 16.0, "£4.2m", 4_200_000.0),
        ("CR02", "Cyber attack", "Corporate", "Possible (3)", 15.0, "£1.5m", 1_500_000.0),
        ("CR03", "Workforce turnover", "Children's Services", "Likely (4)", 12.0, "£750k", 750_000.0)]
    [(cause, consequence)] = rows(store, "select cause, consequence from risks where risk_ref = 'CR01'")
    assert (cause, consequence) == ("Too few local foster carers", "Overspend and poorer outcomes")


# committee.py: the opening of minutes and agendas, in the orders councils write them
@pytest.mark.parametrize("lines,expect", [
    (["MINUTES of a meeting of the Cabinet held in the Council Chamber, County Hall, Maidstone on Thursday, "
      "9 January 2025."], ("minutes", "Cabinet", "2025-01-09", "the Council Chamber, County Hall, Maidstone", "")),
    (["Minutes of a meeting of the Corporate Parenting Panel held on Tuesday, 4 March 2025 at 2.00 pm in "
      "Committee Room 1, Civic Centre", "PRESENT: Councillor A Morgan (Chair)"],
     ("minutes", "Corporate Parenting Panel", "2025-03-04", "Committee Room 1, Civic Centre", "14:00")),
    (["MINUTES OF THE MEETING OF THE CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE HELD ON 4 MARCH 2025"],
     ("minutes", "Children and Young People Scrutiny Committee", "2025-03-04", "", "")),
    (["Minutes of the Children's Services Scrutiny Panel meeting held on 5 February 2025"],
     ("minutes", "Children's Services Scrutiny Panel", "2025-02-05", "", "")),
    (["Corporate Parenting Panel", "Agenda", "Date: Tuesday, 4 March 2025", "Time: 2.00 pm",
      "Venue: Committee Room 1, Civic Centre", "Contact: Jane Smith 01234 567890"],
     ("agenda", "Corporate Parenting Panel", "2025-03-04", "Committee Room 1, Civic Centre", "14:00")),
])
def test_committee_headers(lines, expect):
    from store.shapes.committee import read_committee_header
    from store.text import Line
    h = read_committee_header([Line(text) for text in lines])
    assert (h.kind, h.body, h.meeting, h.venue, h.start) == expect


def test_a_store_read_by_older_readers_is_read_again(tmp_path):
    """Upgrading from a schema whose readers missed records clears the fingerprints, so the next
    ingest re-reads every file instead of calling it unchanged."""
    write_pdf(tmp_path / "minutes.pdf", minutes_flowables())
    store = connect(tmp_path / "clerk.db")
    assert ingest_paths(store, [tmp_path]).ingested == 1
    store.execute("update meta set value = '10' where key = 'schema_version'")
    store.execute("delete from minute_items")
    store.conn.close()
    store = connect(tmp_path / "clerk.db")
    assert ingest_paths(store, [tmp_path]).ingested == 1
    assert store.execute("select count(*) from minute_items").fetchone()[0] == 4
