"""The real Ofsted reports of ../shared/corpus (never copied here): every report's identity,
grades and improvement list against the independent reference table, and one store holding
all of them. Skipped, with the reason, when the corpus is not beside the checkout."""

from __future__ import annotations

import csv
import re
from datetime import date

import pytest

from store.ingest import ingest_paths, prepare_report
from store.schema import connect
from tests.conftest import ROOT, ask

CORPUS = ROOT.parent / "shared" / "corpus" / "ofsted"
pytestmark = pytest.mark.skipif(not (CORPUS / "reference.csv").exists(),
                                reason=f"the development corpus is not at {CORPUS}")
# Where the reference disagrees with the report, the report is right (checked by hand):
WRONG_IN_REFERENCE = {
    ("rochdale-ofsted-4354eb.pdf", "inspector"),  # 'Paula Thomson -Jones': the report says Thomson-Jones
    ("rochdale-ofsted-4354eb.pdf", "in_care"),  # the table grades children in care and care leavers Good
    ("st-helens-ofsted-288b13.pdf", "help_protection"),  # the reference's grades are shifted a row:
    ("st-helens-ofsted-288b13.pdf", "in_care"),  # the report has RI, Good, Outstanding
    ("st-helens-ofsted-288b13.pdf", "care_leavers"),
}
CATEGORY_WORDS = {"overall": "overall effectiveness", "leaders": "impact of leaders",
                  "help_protection": "help and protection", "in_care": "children in care", "care_leavers": "care leavers"}


def reference() -> list[dict]:
    if not (CORPUS / "reference.csv").exists():
        return []
    with (CORPUS / "reference.csv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def prepared() -> dict:
    return {row["file"]: prepare_report(CORPUS / row["file"]) for row in reference()}


def _day(text: str) -> str | None:
    return date.fromisoformat(text).isoformat() if text and text[:4].isdigit() and "-" in text else None


def test_every_report_is_read_as_an_inspection(prepared):
    for name, prep in prepared.items():
        [inspection] = prep.records["inspections"]
        assert inspection["council"] and inspection["start"] and prep.doc.meta.kind == "inspection", name
        assert not prep.doc.meta.title.lower().startswith(name[:6].lower()), name  # not the file name


@pytest.mark.parametrize("row", reference(), ids=lambda r: r["file"])
def test_report_agrees_with_the_reference(row, prepared):
    prep = prepared[row["file"]]
    [inspection] = prep.records["inspections"]
    if _day(row["start"]):
        assert (inspection["start"], inspection["end"]) == (_day(row["start"]), _day(row["end"]))
    if row["published_stated"] == "yes":
        assert inspection["published"] == _day(row["published"])
    if row["inspector"] and (row["file"], "inspector") not in WRONG_IN_REFERENCE:
        assert inspection["inspectors"] == row["inspector"]
    grades = {j["category"].lower(): j["rating"].lower() for j in prep.records["judgements"]}
    for field, words in CATEGORY_WORDS.items():
        grade = row[field].strip().lower()
        if grade in ("outstanding", "good", "requires improvement", "inadequate") and (
                row["file"], field) not in WRONG_IN_REFERENCE:
            found = [g for c, g in grades.items() if words in c and (field != "in_care" or "leavers" not in c
                                                                      or "children in care" in c)]
            assert found and all(g.startswith(grade) for g in found), (field, grades)
    if row["improve_n"]:
        listed = [a["text"].lower() for a in prep.records["actions"] if a["plan"] == "What needs to improve"]
        assert len(listed) == int(row["improve_n"])
        assert listed[0].startswith(row["improve_first"]) and listed[-1].startswith(row["improve_last"])


@pytest.fixture(scope="module")
def everything(tmp_path_factory):
    db = connect(tmp_path_factory.mktemp("corpus") / "all.db")
    result = ingest_paths(db, [CORPUS])
    assert result.ingested == len(reference()) and not result.problems
    return db


def test_one_store_of_every_report_answers_for_the_council_asked_about(everything):
    db = everything
    latest = ask(db, "who led the inspection of doncaster?", today="2025-12-01").text()
    assert "Catherine Heron" in latest and "20 to 31 January 2025" in latest
    trend = ask(db, "how has doncaster's overall effectiveness changed since 2014?", today="2025-12-01").text()
    lines = trend.splitlines()
    assert lines[0] == "Overall effectiveness for Doncaster, in 4 inspections since 2014, oldest first:"
    assert [line.split(" [")[0] for line in lines[1:5]] == [
        "• November 2015: Inadequate", "• January 2018: Good", "• February 2022: Requires improvement to be good",
        "• January 2025: Good"]
    then = ask(db, "how was overall effectiveness judged in doncaster?", today="2023-01-01").text()
    assert "Requires improvement to be good" in then and "25 Feb 2022" in then
    bury = ask(db, "what needs to improve in bury?", today="2025-12-01").text()
    assert bury.startswith("5 things the inspection of Bury children's services (9 to 20 June 2025)")


def test_councils_by_short_or_hyphenated_names_and_years(tmp_path):
    """'southend', 'southend-on-sea' and 'Southend on Sea' are one council; a year picks its report."""
    db = connect(tmp_path / "clerk.db")
    files = ["southend-on-sea-ofsted-14a2cf.pdf", "southend-on-sea-ofsted-03e3ac.pdf", "luton-ofsted-4e3bd5.pdf"]
    assert ingest_paths(db, [CORPUS / f for f in files]).ingested == 3
    for name in ("southend", "southend-on-sea", "Southend on Sea"):
        text = ask(db, f"who led the {name} inspection?", today="2026-11-25").text()
        assert "Margaret Burke" in text and "Luton" not in text, name
    older = ask(db, "who led the 2019 southend-on-sea inspection?", today="2026-11-25").text()
    assert "Brenda McInerney" in older


@pytest.mark.parametrize("question,today,expect,forbid", [
    # councils by initials, county short forms and compass abbreviations, and by the town
    ("bcp overall effectiveness", "2026-11-25", ["Overall effectiveness was judged Inadequate"], []),
    ("NE lincs what needs to improve", "2026-11-25", ["9 things the inspection of North East Lincolnshire"], []),
    ("who led the bucks inspection in 2014", "2026-11-25", ["Buckinghamshire"], ["South Tyneside"]),
    ("hereford care leavers grade", "2026-11-25", ["care leavers was judged Requires improvement"], []),
    ("rbkc care leavers grade", "2026-11-25", ["care leavers was judged Outstanding"], []),
    # a topic asked about one council is searched in that council's reports only (and year)
    ("what does the westminster report say about the MASH", "2026-11-25",  # a sentence cut by a page break, whole
     ["Westminster's inspection reports say about", "local authorities, is highly effective"], ["Brighton", "Hounslow"]),
    ("ne lincolnshire out of hours service - any concerns?", "2026-11-25", ["out of hours is not as strong"],
     ["City of London", "Calderdale"]),
    ("what did inspectors find about private fostering in redcar", "2026-11-25", ["private fostering"],
     ["was led by"]),
    ("was staff turnover a problem in bury in 2021", "2026-11-25", ["high turnover of agency staff"], []),
    # one grade per category (a section heading repeating it is not another); the LSCB review's own heading
    ("what was bury's last ofsted grade", "2026-11-25", ["5 judgements from Inspection of Bury"], []),
    ("what's the LSCB grade for derby", "2026-11-25",
     ["Effectiveness of the Local Safeguarding Children Board was judged Outstanding", "p. 29"], ["made no"]),
    # grades across councils: each council's latest report (of the year named)
    ("which councils are rated inadequate", "2026-11-25",
     ["6 of the 39 councils whose latest inspection graded overall effectiveness were judged inadequate",
      "West Sussex"], ["Luton"]),  # Luton's 2020 Inadequate is not its latest
    ("how many councils were outstanding in 2024", "2026-11-25", ["3 of the 6 councils", "Brighton and Hove",
                                                                  "Kingston upon Thames", "Kensington and Chelsea"], []),
    # a council's grades over time, compared, or named by a category's word with the council
    ("how have doncasters grades changed over time", "2026-11-25",
     ["Judgements for Doncaster, in 4 inspections", "November 2015: Overall effectiveness Inadequate"], []),
    ("is luton better now than in 2020", "2026-11-25", ["January 2020:", "January 2026:"], []),
    ("cambridgeshire 2014 vs 2024 overall", "2026-11-25", ["August 2014: Good",
                                                           "March 2024: Requires improvement to be good"], []),
    ("bolton help and protection", "2026-11-25", ["help and protection was judged Requires improvement"], []),
    ("barnsley overall 2014", "2026-11-25", ["Overall effectiveness was judged Requires improvement"], []),
    ("how is bury doing", "2026-11-25", ["5 judgements from Inspection of Bury"], []),
    ("who inspected northumberland", "2026-11-25", ["led by Mandy Nightingale"], []),
    ("how many improvement areas did middlesborough get", "2026-11-25", ["15 things the inspection of Middlesbrough"],
     []),
    ("was cornwall's last one a short or standard inspection", "2026-11-25", ["was a short inspection"], []),
    ("when is north yorkshire's next inspection due", "2026-11-25",
     ["None of the reports on North Yorkshire says when its next inspection will be"], []),
    ("westminster what needs to improve", "2026-11-25", ["1 thing the inspection of City of Westminster"], []),
    # 'how many': a number counting the words asked, in the council's own report; a theme by its other names
    ("how many children in care did herefordshire have", "2026-11-25", ["242 children are being looked after"], []),
    ("how many kids in care in york", "2026-11-25", ["190 children were being looked after"], []),
    # a council's counts are read from its report's 'in this area' fact sheet, with what introduces a list's item;
    # a heading's number counts nothing, and the year of a report is not the year of a figure
    ("how many adoptions did herefordshire have in the 2014 report", "2026-12-06",
     ["In the last 12 months: there have been 17 adoptions"], ["adoption support", "2.1"]),
    # a figure as good in two reports: the newer report's
    ("how many children in care does doncaster have", "2026-11-25", ["550 children were being looked after"], ["498"]),
    # the council's own words ('city', 'borough') are not the topic within its reports
    ("how many children looked after does city of london have", "2026-11-25", ["10 children were being looked after"],
     ["Prevent"]),
    # 'how many X since the last inspection' counts X, not the inspection
    ("how many DCSs has cornwall had since the last inspection", "2026-11-25", ["four directors of children's services"],
     []),
    # how many reports on a council; 'the previous one'
    ("how many reports do we have for sunderland", "2026-11-25",
     ["The records hold 3 inspection reports on Sunderland", "28 June to 9 July 2021"], []),
    ("who led the previous bury inspection", "2026-11-25", ["led by Lorna Schlechte"], ["Rebecca Dubbins"]),
    # a council named before its first report: said so, never another council's grades
    ("south tyneside ofsted grade", "2026-05-01", ["no report about South Tyneside dated on or before 1 May 2026"],
     ["Darlington"]),
    # 'ever': every report on the council, and an earlier grade a report recalls; 'no' names what it looked at
    ("was doncaster ever inadequate", "2026-12-06", ["Yes: Doncaster has been judged inadequate",
                                                     "November 2015: Overall effectiveness — Inadequate"], ["No:"]),
    ("was bury ever inadequate", "2026-12-06", ["November 2021: Overall effectiveness — Inadequate"], ["No:"]),
    ("was st helens ever rated inadequate", "2026-12-06",
     ["Since a judgement of inadequate for overall effectiveness at the last inspection in 2019"], ["Judgement Grade"]),
    ("was kingston ever inadequate", "2026-12-06", ["No: no judgement of Kingston upon Thames in the 1 report I hold"],
     ["Yes"]),
    # two councils named: the grade asked (overall effectiveness unless another is) in each one's latest report
    ("compare westminster and kingston overall effectiveness", "2026-12-06",
     ["City of Westminster — Overall effectiveness: Outstanding", "Kingston upon Thames — Overall effectiveness: "
                                                                  "Outstanding"], []),
    ("middlesbrough vs bury help and protection judgement", "2026-12-06",
     ["Middlesbrough Borough Council — The experiences and progress of children who need help and protection: "
      "Inadequate", "Bury — The experiences"], []),
    ("k&c vs westminster", "2026-12-06", ["Royal Borough of Kensington and Chelsea — Overall effectiveness",
                                          "City of Westminster — Overall effectiveness"], ["passages"]),
])
def test_the_council_named_decides_what_is_searched(everything, question, today, expect, forbid):
    text = ask(everything, question, today=today).text()
    assert all(e in text for e in expect), text
    assert not any(f in text for f in forbid), text


def test_follow_ups_swap_the_council_or_lean_on_there(everything):
    chat = dict(today="2026-11-25", channel="corpus-chat", conversation=True)
    assert "led by Rebecca Dubbins" in ask(everything, "who led the bury inspection", **chat).text()
    assert "led by Catherine Heron" in ask(everything, "what about doncaster", **chat).text()
    assert "3 things the inspection of Doncaster" in ask(everything, "what needs to improve there", **chat).text()
    assert "12 things the inspection of East Riding" in ask(everything, "what about east riding", **chat).text()
    assert "Good" in ask(everything, "how was overall effectiveness judged in luton?", **chat).text()
    assert "Inadequate" in ask(everything, "and in 2020?", **chat).text()
    # a question naming no council is about the council asked about before; 'then' is its year
    assert "led by Tracey Scott" in ask(everything, "who was the lead inspector then", **chat).text()
    assert "3 things the inspection of Luton" in ask(everything, "what needs to improve", **chat).text()
    assert "councils whose latest inspection" in ask(everything, "which LAs are rated outstanding", **chat).text()
    assert "led by Rebecca Dubbins" in ask(everything, "who led the bury inspection", **chat).text()
    assert "led by Lorna Schlechte" in ask(everything, "and the one before?", **chat).text()


def test_a_later_inspection_replaces_the_earlier_reports_recommendations(everything):
    """Buckinghamshire's 2014 recommendations were overdue in 2015; its 2021 inspection replaced
    them, so today they are neither overdue nor counted, and the answer says why."""
    then = ask(everything, "what's overdue", today="2015-06-01").text()
    [short_id] = re.findall(r"(IN-\d+) Review all unallocated cases", then)
    now = ask(everything, "what's overdue", today="2026-11-25").text()
    assert f"{short_id} " not in now and "a later inspection of the same council replaced them" in now


@pytest.mark.parametrize("question,today,expect,forbid", [
    # ordinary words are not councils ('green' is not Greenwich, 'knows' not Knowsley)
    ("which councils are rated green?", "2015-06-01", [], ["Greenwich"]),
    ("who knows about the MASH?", "2026-11-25", ["passages"], ["Knowsley's inspection reports"]),
    # a topic asked with a council and 'improved' is the topic, not the grades table
    ("has the MASH in luton improved?", "2026-11-25", ["Luton's inspection reports say about"], ["judgements"]),
    # a category asked across councils is that category's grade, never overall effectiveness in its place
    ("which councils are rated outstanding for adoption?", "2026-11-25",
     ["whose latest inspection graded adoption performance"], ["Brighton"]),
    # 'since the previous inspection' is a trend through the latest, not a step back
    ("how have doncaster's grades changed since the previous inspection?", "2024-06-01", ["February 2022:"], []),
])
def test_what_the_new_rules_leave_alone(everything, question, today, expect, forbid):
    text = ask(everything, question, today=today).text()
    assert all(e in text for e in expect), text
    assert not any(f in text for f in forbid), text


@pytest.mark.parametrize("question,today,expect", [
    # a long report's paragraphs numbered 100 and over, wrapped under their text or set apart from their
    # number, are read like the others: the LSCB's recommendations too
    ("how many recommendations for wigan", "2026-11-25", ["16 things the inspection of Wigan"]),
    ("how many recommendations did doncaster get in 2015", "2016-01-01", ["29 things the inspection of Doncaster"]),
    # none rated so now: say who was before; no priority actions asked of a report that sets none: say so
    ("any priority actions for nottingham", "2026-11-25", ["sets no priority actions"]),
    # 'why' a grade: the grade, then what the report says; 'what did ofsted say' of a subject no grade names
    ("why was west sussex rated inadequate", "2026-11-25", ["Overall effectiveness was judged Inadequate",
                                                            "What the report says:"]),
    ("redcar unregistered homes - what did ofsted say", "2026-11-25", ["What Redcar and Cleveland's inspection "
                                                                       "reports say about"]),
    ("which LA was rated inadequate in 2021", "2026-11-25", ["councils whose latest inspection in 2021"]),
    ("cornwall - did they go up or down since 2019", "2026-11-25", ["Judgements for Cornwall, in 2 inspections"]),
    # an acronym Ofsted spells out in lower case ('multi-agency children's hub (MACH)')
    ("whats MACH in the middlesbrough report", "2026-11-25", ["MACH stands for multi-agency children's hub"]),
    # a two-word council by its initials and an ampersand
    ("K&C CIC grade", "2026-11-25", ["Kensington and Chelsea"]),
    # casual words: 'then vs now', 'come out', 'standard or short', 'any councils rated good'
    ("sunderland then vs now", "2026-11-25", ["Judgements for Sunderland City Council, in 3 inspections, oldest first"]),
    ("when did the sunderland 2015 report come out", "2026-11-25", ["was published on 20 July 2015"]),
    ("was bury 2025 a standard or short ilacs", "2026-11-25", ["was a standard inspection"]),
    ("any councils rated good?", "2026-11-25", ["councils whose latest inspection graded overall effectiveness"]),
    # 'our' among several councils' reports: the council every other answer defaults to, the newest report's
    ("hows our MASH doing", "2025-03-01", ["What Doncaster's inspection reports say about"]),
])
def test_long_reports_and_council_initials(everything, question, today, expect):
    text = ask(everything, question, today=today).text()
    assert all(e in text for e in expect), text


def test_a_numbered_paragraph_over_100_wraps_under_its_text(everything):
    [text] = everything.execute("select text from actions where doc_id like 'wigan%' and ref = '100'").fetchone()
    assert text.endswith("missing or absent are compliant with statutory guidance and that robust performance "
                         "data is collected.")


def test_none_rated_so_now_names_those_that_were(tmp_path):
    store = connect(tmp_path / "two.db")
    ingest_paths(store, [CORPUS / f for f in ("sunderland-ofsted-364362.pdf", "sunderland-ofsted-afbeb9.pdf",
                                              "luton-ofsted-5c3cca.pdf", "luton-ofsted-4e3bd5.pdf")])
    text = ask(store, "which LAs are inadequate", today="2026-11-25").text()
    assert text.startswith("0 of the 2 councils") and "Earlier inspections judged inadequate: " in text
    assert "Luton Borough Council (January 2020)" in text and "Sunderland City Council (July 2015)" in text, text
