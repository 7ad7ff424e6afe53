"""Extractors meet reports in the wild: PDF conversions, other wordings, other glyphs. The
same facts must come out; nothing keys on one seed's phrasing."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from store.ingest import extract_records, parse_report
from tests.conftest import SEEDS

OFSTED = (SEEDS / "2010-02-12-executive-board-ofsted-inspection.txt").read_text()
MONITORING = (SEEDS / "2010-07-29-audit-committee-improvement-process.txt").read_text()


def as_pdf(text: str, lines_per_page: int = 40) -> str:
    """Text as pdftotext leaves it: running header and footer on every page, page numbers,
    words hyphenated across line ends, form feeds."""
    lines = text.split("\n")
    pages = [lines[i:i + lines_per_page] for i in range(0, len(lines), lines_per_page)]
    out = []
    for n, page in enumerate(pages, 1):
        body = "\n".join(page)
        body = re.sub(r"\b(accommod|improve|assess)(\w{4,})", r"\1-\n\2", body, count=2)
        out.append(f"Leeds City Council\nExecutive Board 12 February 2010\n{body}\nPage {n} of {len(pages)}\n")
    return "\f".join(out)


def curly(text: str) -> str:
    return text.replace("'", "\u2019")


def bullets(glyph: str):
    return lambda text: re.sub(r"(?m)^(\s*)- ", lambda m: m[1] + glyph, text)


def reworded(text: str) -> str:
    return (text.replace("Immediately:", "IMMEDIATE ACTION:")
                .replace("Within three months:", "Action within 3 months:")
                .replace("Within six months:", "Within 6 Months"))


def actions_of(text: str) -> Counter:
    records = extract_records(parse_report("variant", text))
    return Counter((a["theme"], a["due"]) for a in records["actions"] if a["kind"] == "inspection")


EXPECTED = Counter({("safeguarding", "2010-01-07"): 8, ("safeguarding", "2010-04-07"): 3,
                    ("safeguarding", "2010-07-07"): 3, ("looked after children", "2010-01-07"): 1,
                    ("looked after children", "2010-04-07"): 6, ("looked after children", "2010-07-07"): 3})


@pytest.mark.parametrize("variant", [
    lambda t: t, as_pdf, curly, bullets("\u2022 "), bullets("\uf0b7 "), bullets(""), bullets("* "),
    reworded, lambda t: as_pdf(curly(bullets("\u2022 ")(t))), lambda t: t.replace("\n", "\r\n"),
], ids=["as-is", "pdf", "curly-quotes", "bullet-dot", "bullet-symbol-font", "no-bullets",
        "asterisks", "other-headings", "pdf-curly-dots", "crlf"])
def test_inspection_actions_survive_variants(variant):
    assert actions_of(variant(OFSTED)) == EXPECTED


@pytest.mark.parametrize("variant", [lambda t: t, as_pdf, curly, bullets("\u2022 ")],
                         ids=["as-is", "pdf", "curly", "bullet-dot"])
def test_judgements_survive_variants(variant):
    records = extract_records(parse_report("variant", variant(OFSTED)))
    assert Counter(j["theme"] for j in records["judgements"]) == {"Safeguarding": 15, "Looked After Children": 18}


@pytest.mark.parametrize("variant", [lambda t: t, as_pdf, curly, bullets("\u2022 "), bullets("")],
                         ids=["as-is", "pdf", "curly", "bullet-dot", "no-bullets"])
def test_meeting_table_and_membership_survive_variants(variant):
    records = extract_records(parse_report("variant", variant(MONITORING)))
    rated = {f["name"] for f in records["body_facts"] if f["interval"]}
    assert len(rated) == 10
    members = {p["name"] for p in records["people"] if p["relation"] in ("member", "chair")
               and p["body"] == "Improvement Board"}
    assert len(members) == 7


UNSEEN = """Report author: Priya Shah

Report of the Director of Children and Families

Report to Children and Families Scrutiny Panel

Date: 4th March 2019

Subject: Response to the Ofsted inspection of local authority children's services

1. Purpose

1.1 The inspection report was published on 15 January 2019. It made recommendations for children in care.

2. Recommendations for children in care:

Within 1 month:
\u2022 Review the sufficiency strategy for foster placements.

Within 12 weeks:
\u2022 Ensure every child in care has an up to date health assessment.
\u2022 Improve the timeliness of initial health assessments.

3. Governance

Body\tRemit\tHow often\tStatus
Corporate Parenting Board (Chaired by Cllr Rao)\tOversight of children in care\tBi-monthly\tLast met in February 2019. Next meeting scheduled for April 2019.
Practice Improvement Group\tPractice quality\tFortnightly\tMeeting as planned

Panel Membership

\u2022 Cllr Anna Rao (Chair), Lead Member for Children
\u2022 Dr Tom Ellis, Designated Doctor

3.2 The council will open a new assessment centre in September 2019.

Overall effectiveness\tRequires improvement
Help and protection\tGood
"""


def test_an_unseen_report_of_the_usual_shape():
    records = extract_records(parse_report("unseen", UNSEEN))
    actions = [(a["theme"], a["timescale"], a["due"]) for a in records["actions"] if a["kind"] == "inspection"]
    assert actions == [("looked after children", "Within 1 month", "2019-02-15")] + [
        ("looked after children", "Within 12 weeks", "2019-04-09")] * 2
    facts = {f["name"]: f for f in records["body_facts"]}
    assert facts["Corporate Parenting Board"]["chair"] == "Cllr Rao"
    assert facts["Corporate Parenting Board"]["interval"] == 2
    assert facts["Practice Improvement Group"]["unit"] == "weeks"
    meetings = {(m["body"], m["date"], m["status"]) for m in records["meetings"]}
    assert ("Corporate Parenting Board", "2019-02-01", "held") in meetings
    assert ("Corporate Parenting Board", "2019-04-01", "scheduled") in meetings
    people = {(p["name"], p["relation"]) for p in records["people"]}
    assert ("Cllr Anna Rao", "chair") in people and ("Dr Tom Ellis", "member") in people
    assert {(j["category"], j["rating"]) for j in records["judgements"]} == {
        ("Overall effectiveness", "Requires improvement"), ("Help and protection", "Good")}
    commitments = [a for a in records["actions"] if a["kind"] == "commitment"]
    assert any("assessment centre" in a["text"] and a["due"] == "2019-09-01" for a in commitments)


@pytest.mark.parametrize("lead,theme,count", [
    ("The areas for improvement in relation to safeguarding are:", "safeguarding", 14),
    ("In relation to safeguarding the areas for improvement are:", "safeguarding", 14),
    ("Safeguarding - areas for improvement:", "safeguarding", 14),
    # children in care are looked after children: these 14 join the report's 10 of that theme
    ("Recommendations for children in care services:", "looked after children", 24),
    ("Areas for development relating to care leavers:", "care leavers", 14),
    ("Priorities for action regarding children in need:", "children in need", 14),
])
def test_list_leads_name_their_theme(lead, theme, count):
    text = OFSTED.replace("The areas for improvement in relation to safeguarding are:", lead)
    themes = Counter(a["theme"] for a in extract_records(parse_report("lead", text))["actions"]
                     if a["kind"] == "inspection")
    assert themes[theme] == count
