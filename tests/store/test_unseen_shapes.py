"""Documents of the usual council and Ofsted shapes that none of the seeds uses: an ILACS
inspection letter, an action plan table in Markdown, committee minutes with inline lists.
They must be understood without code changes, and answered through the real router."""

from __future__ import annotations

from store.ingest import ingest_paths
from tests.conftest import ask

ILACS = """Ofsted
Piccadilly Gate
Manchester

15 March 2019

Ms Jane Doe
Director of Children's Services
Northshire County Council

Dear Ms Doe

Inspection of Northshire children's services

Ofsted inspected Northshire children's services from 14 January 2019 to 25 January 2019.

Judgement | Grade
--- | ---
Overall effectiveness | Requires improvement to be good
The impact of leaders on social work practice with children and families | Good
The experiences and progress of children who need help and protection | Requires improvement to be good
The experiences and progress of children in care and care leavers | Good

What needs to improve in this area of social work practice

- The timeliness of initial health assessments for children in care.
- The quality of supervision for social workers.
- Management oversight of pre-proceedings work.

Yours sincerely

Amanda Smith
Her Majesty's Inspector
"""

PLAN = """# Northshire Children's Services Improvement Plan

Report to Corporate Parenting Board

Date: 2 April 2019

## Children in care

| Action | Lead | Timescale | RAG status |
|---|---|---|---|
| Complete initial health assessments within 20 working days | Head of Health | 30 June 2019 | Amber - recruitment delayed |
| Refresh the sufficiency strategy for foster placements | Service Manager | Within three months | Green - on track |
| Launch the care leavers' local offer | Participation Lead | 31 January 2019 | Complete |
"""

MINUTES = """Minutes of the Corporate Parenting Board

Date: 9 May 2019

Present: Councillor Anna Rao (Chair), Councillor Ben Cole, Dr Tom Ellis, Designated Doctor

1. Minutes of the last meeting

1.1 The minutes of the meeting held on 4 April 2019 were agreed.

2. Future meetings

2.1 The Board meets every six weeks. The next meeting is scheduled for 20 June 2019.
"""


def test_unseen_documents_are_understood(db, tmp_path):
    for name, text in (("ilacs.md", ILACS), ("plan.md", PLAN), ("minutes.txt", MINUTES)):
        (tmp_path / name).write_text(text)
    result = ingest_paths(db, [tmp_path])
    assert result.ingested == 3 and not result.problems

    judged = ask(db, "what was the ofsted rating for overall effectiveness?", today="2019-06-01").text()
    assert "Overall effectiveness was judged Requires improvement to be good" in judged
    table = ask(db, "ofsted judgements", today="2019-06-01").text()
    assert "children in care and care leavers — Good" in table

    overdue = ask(db, "what's overdue on children in care?", today="2019-07-15").text()
    assert "Complete initial health assessments" in overdue and "at risk" in overdue
    assert "Launch the care leavers" not in overdue  # the plan says it is complete
    status = ask(db, "status of the sufficiency strategy", today="2019-05-01").text()
    assert "in progress" in status and "owner Service Manager" in status
    listed = ask(db, "what needs to improve?", today="2019-04-01").text()
    assert "supervision" in listed or "timeliness" in listed

    chair = ask(db, "who chairs the corporate parenting board?", today="2019-06-01").text()
    assert "Councillor Anna Rao" in chair
    members = ask(db, "who sits on the corporate parenting board?", today="2019-06-01").text()
    assert "Councillor Ben Cole" in members and "Dr Tom Ellis — Designated Doctor" in members
    nxt = ask(db, "when does the corporate parenting board next meet?", today="2019-06-01").text()
    assert "20 June 2019" in nxt
    often = ask(db, "how often does the corporate parenting board meet?", today="2019-06-01").text()
    assert "every six weeks" in often
    signed = ask(db, "who is amanda smith", today="2019-06-01").text()
    assert "Her Majesty's Inspector" in signed
    addressed = ask(db, "who is jane doe", today="2019-06-01").text()
    assert "Director of Children's Services" in addressed


MINISTERS_LETTERS = """Department for Education

Minister of State for Children and Families Rosa Patel
Sanctuary Buildings
London SW1P 3BT
3 June 2021

Dear Minister

The Improvement Board has met twice since my last letter.

Yours sincerely

Omar Hussain
Independent Chair, Northshire Improvement Board

Rosa Patel MP

Minister of State for Children and Families

Omar Hussain
Northshire Improvement Board

1 July 2021

Dear Mr Hussain,

Thank you for your report.

I am copying this letter to the Lead Member, Councillor Eve Marsh, Chief Executive, Karl Brandt and DCS Lena Ford.
"""


def test_letters_name_their_addressee_sender_and_copies(db, tmp_path):
    """An address line that puts the role before the name, a sender printed at the letter's head
    with honours, and 'copying this letter to <role>, <name>' lists."""
    (tmp_path / "letters.txt").write_text(MINISTERS_LETTERS)
    assert ingest_paths(db, [tmp_path]).ingested == 1

    minister = ask(db, "who is the childrens minister", today="2021-08-01").text()
    assert "Rosa Patel — Minister of State for Children and Families" in minister
    who = ask(db, "who's rosa patel", today="2021-08-01").text()
    assert "Minister of State for Children and Families" in who and "Families Rosa" not in who
    chief = ask(db, "who's the council chief exec now", today="2021-08-01").text()
    assert chief.startswith("Karl Brandt — Chief Executive")
    lead = ask(db, "who is the lead member", today="2021-08-01").text()
    assert "Councillor Eve Marsh" in lead
    dcs = ask(db, "who is lena ford", today="2021-08-01").text()
    assert "DCS" in dcs
