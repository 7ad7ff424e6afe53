"""Ingestion of the real seeds: the counts the store issue names, identity, bad input."""

from __future__ import annotations

import shutil
from collections import Counter

from store.ingest import ingest_paths
from store.schema import SCHEMA_VERSION, connect, schema_version
from tests.conftest import SEEDS, ask


def test_inspection_actions_by_theme_and_timescale(seeded_db):
    rows = list(seeded_db.query("select theme, timescale, due from actions where kind = 'inspection'"))
    assert len(rows) == 24
    by = Counter((r["theme"], r["timescale"].lower()) for r in rows)
    assert by[("safeguarding", "immediately")] == 8
    assert by[("safeguarding", "within three months")] == 3
    assert by[("safeguarding", "within six months")] == 3
    assert by[("looked after children", "immediately")] == 1
    assert by[("looked after children", "within three months")] == 6
    assert by[("looked after children", "within six months")] == 3


def test_three_month_safeguarding_actions_run_from_publication_date(seeded_db):
    dues = {r["due"] for r in seeded_db.query(
        "select due from actions where theme = 'safeguarding' and timescale = 'Within three months'")}
    assert dues == {"2010-04-07"}


def test_monitoring_table_bodies_and_transformation_board(seeded_db):
    facts = {r["name"]: r for r in seeded_db.query("select * from body_facts where interval is not null")}
    assert len(facts) == 10
    assert facts["Member Reference Group"]["interval"] == 6 and facts["Member Reference Group"]["unit"] == "weeks"
    assert facts["Children's Services Scrutiny"]["frequency"] == "Quarterly"
    assert facts["Children's Services Scrutiny"]["chair"] == "Cllr Chapman"
    assert facts["Children's Trust Board"]["interval"] == 2
    assert facts["Leader Management Team"]["approximate"] == 1
    assert facts["Transformation Board"]["interval"] == 2 and facts["Transformation Board"]["unit"] == "weeks"
    chairs = {r["name"]: r["chair"] for r in seeded_db.query("select * from body_facts where chair is not null")}
    assert chairs["Transformation Board"] == "Interim Director of Children's Services"
    assert chairs["Children's Services Improvement Board"] == "Bill McCarthy"


def test_improvement_board_membership(seeded_db):
    rows = list(seeded_db.query("select name, role, relation from people where body = 'Improvement Board'"))
    members = {r["name"] for r in rows if r["relation"] in ("member", "chair")}
    attendees = {r["name"]: r["role"] for r in rows if r["relation"] == "attendee"}
    assert len(members) == 7 and "Councillor Judith Blake" in members
    assert attendees == {"James Rogers": "Assistant Chief Executive (Planning, Policy and Improvement)",
                         "Eleanor Brazil": "Interim of Director of Children's Services",
                         "James Holden": "DfE", "Helen McMullen": "GOYH"}
    assert ("Bill McCarthy", "Chair", "chair") in {(r["name"], r["role"], r["relation"]) for r in rows}


def test_ofsted_judgements(seeded_db):
    rows = list(seeded_db.query("select theme, category, rating from judgements"))
    assert Counter(r["theme"] for r in rows) == {"Safeguarding": 15, "Looked After Children": 18}
    got = {(r["theme"], r["category"]): r["rating"] for r in rows}
    assert got[("Safeguarding", "Overall effectiveness")] == "Inadequate"
    assert got[("Safeguarding", "Case planning, monitoring & review")] == "Inadequate"
    assert got[("Safeguarding", "Equality & diversity")] == "Good"
    assert got[("Safeguarding", "Value for Money")] == "Inadequate"
    assert got[("Looked After Children", "Being Healthy")] == "Good"
    assert got[("Looked After Children", "Evaluation, including performance management")] == "Inadequate"


def test_nine_point_plan_strands_and_improvement_plan_themes(seeded_db):
    strands = list(seeded_db.query("select name, rating, outstanding from strands where plan = 'Nine Point Plan'"))
    assert len(strands) == 9
    assert Counter(s["rating"] for s in strands) == {"good": 6, "requires improvement": 3}
    qa = next(s for s in strands if s["name"].startswith("Strengthen quality assurance"))
    assert qa["rating"] == "requires improvement" and "performance and quality assurance framework" in qa["outstanding"]
    themes = [r["name"] for r in seeded_db.query("select name from strands where plan = 'Improvement Plan'")]
    assert len(themes) == 5 and themes[1] == "Excellent safeguarding standards and practice"


def test_figures_and_commitments(seeded_db):
    breeze = next(seeded_db.query("select * from indicators where name like '%Breeze Card holders'"))
    assert (breeze["value"], breeze["target"], breeze["period"]) == ("121,650", "116,000", "2009/10")
    money = {r["name"]: r["value"] for r in seeded_db.query("select * from indicators where unit = 'money'")}
    assert money["safeguarding"] == "£1.3 million" and money["social care fieldwork"] == "£1.6 million"
    commitments = {(r["due"], r["text"]) for r in seeded_db.query("select * from actions where kind = 'commitment'")}

    def due(phrase):
        return next(d for d, text in commitments if phrase in text)
    assert due("myplace") == "2010-11-01"
    assert due("fully established by 1st April 2011") == "2011-04-01"
    assert due("review the situation in July") == "2011-07-01"


def test_every_record_keeps_its_source(seeded_db):
    for table in ("actions", "body_facts", "meetings", "people", "judgements", "indicators", "strands"):
        missing = seeded_db.execute(
            f"select count(*) from {table} where doc_id is null or ref is null or sentence is null").fetchone()[0]
        assert missing == 0, table


def test_short_ids_are_typeable_and_stable(seeded_db):
    ids = [r[0] for r in seeded_db.execute("select short_id from actions where theme = 'safeguarding' order by seq")]
    assert ids[:3] == ["SG-1", "SG-2", "SG-3"]
    assert len(set(ids)) == len(ids)


def test_reingesting_unchanged_files_changes_nothing(db):
    before = db.execute("select count(*), sum(id) from passages").fetchone()
    result = ingest_paths(db, [SEEDS])
    assert result.unchanged == 5 and result.ingested == 0
    assert db.execute("select count(*), sum(id) from passages").fetchone() == before


def test_changed_report_keeps_human_updates(db, tmp_path):
    ask(db, "update SG-3 to done - cap agreed", today="2010-06-01")
    src = SEEDS / "2010-02-12-executive-board-ofsted-inspection.txt"
    copy = tmp_path / src.name
    text = src.read_text().replace("unacceptably high level", "unacceptably high levels")
    copy.write_text(text + "\n\nAn added closing paragraph.\n")
    result = ingest_paths(db, [copy])
    assert result.ingested == 1
    row = next(db.query("select a.short_id, a.text, s.status from actions a join action_state s on s.key = a.key "
                        "where a.short_id = 'SG-3'"))
    assert row["status"] == "done" and "high levels" in row["text"]
    inspection = "select count(*) from actions where doc_id = ? and kind = 'inspection'"
    assert db.execute(inspection, [copy.stem]).fetchone()[0] == 24
    assert db.execute("select count(*) from history where subject = 'SG-3'").fetchone()[0] == 1


def test_bad_files_are_named_and_others_still_ingest(fresh_db, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"%PDF-1.4\x00\x01\x02")
    (folder / "windows.txt").write_bytes("Report to Executive Board\n\nDate: 3 March 2011\n\n"
                                         "1.1 The council\u2019s caf\xe9 opens.\n".encode("cp1252"))
    shutil.copy(SEEDS / "2009-12-10-scrutiny-cypp-update.txt", folder / "good.txt")
    result = ingest_paths(fresh_db, [folder, tmp_path / "missing.txt"])
    text = "\n".join(result.problems)
    assert "empty.txt: is empty" in text and "binary.txt: is binary" in text
    assert "windows.txt: read as Windows-1252" in text and "missing.txt: no such file" in text
    assert result.ingested == 2
    assert "café" in fresh_db.execute("select group_concat(text) from passages where doc_id = 'windows'").fetchone()[0]


def test_schema_upgrade_keeps_rows(tmp_path):
    path = tmp_path / "old.db"
    db = connect(path)
    db.execute("insert into roles (user, role) values ('U1', 'manager')")
    db.execute("update meta set value = '0' where key = 'schema_version'")
    db.execute("alter table history drop column request_id")
    db.conn.close()
    db = connect(path)
    assert schema_version(db) == SCHEMA_VERSION
    assert "request_id" in db["history"].columns_dict
    assert db.execute("select role from roles where user = 'U1'").fetchone()[0] == "manager"
    assert db.execute("pragma journal_mode").fetchone()[0] == "wal"
