"""Small real documents for tests: PDFs typeset by reportlab (tables cell by cell, running
headers and footers, page numbers, footnotes, as Word and InDesign exports have them),
Word files by python-docx and web pages, so the format readers meet what councils publish
without the development corpus."""

from __future__ import annotations

from pathlib import Path

import docx
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import ListFlowable, ListItem, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=11, leading=14, spaceAfter=8)
BOLD = ParagraphStyle("bold", parent=BODY, fontName="Helvetica-Bold")
TITLE = ParagraphStyle("title", parent=BODY, fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=12)
HEADING = ParagraphStyle("heading", parent=BODY, fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=6)
NOTE = ParagraphStyle("note", parent=BODY, fontSize=8, leading=10)


def ilacs_flowables(council: str = "Wessex", dates: str = "3 to 14 March 2025",
                    inspector: str = "Jane Doe, His Majesty's Inspector",
                    grades: tuple[str, ...] = ("Good", "Requires improvement to be good", "Good", "Outstanding", "Good"),
                    improve: tuple[str, ...] = ()) -> list:
    """The opening pages of an ILACS report, in the layout Ofsted publishes."""
    labels = ["The impact of leaders on social work practice with children and families",
              "The experiences and progress of children who need help and protection",
              "The experiences and progress of children in care",
              "The experiences and progress of care leavers", "Overall effectiveness"]
    rows = [[Paragraph("Judgement", BOLD), Paragraph("Grade", BOLD)]]
    rows += [[Paragraph(label, BODY), Paragraph(grade, BODY)] for label, grade in zip(labels, grades, strict=False)]
    improve = improve or (
        "The quality and timeliness of assessments for children who are privately fostered, so that their needs "
        "are understood and met without delay.",
        "The consistency of management oversight and supervision in the teams for children in need.",
        "The sufficiency of homes for children in care, including:")
    nested = ListFlowable([ListItem(Paragraph(t, BODY)) for t in ("local homes for older children",
                                                                  "foster carers for brothers and sisters")],
                          bulletType="bullet", start="\u2013", leftIndent=20)
    items = [ListItem(Paragraph(text, BODY)) for text in improve[:-1]]
    items.append(ListItem([Paragraph(improve[-1], BODY), nested]))
    return [
        Paragraph(f"Inspection of {council} local authority children's services", TITLE),
        Paragraph(f"Inspection dates: {dates}", BOLD),
        Paragraph(f"Lead inspector: {inspector}", BOLD),
        Table(rows, colWidths=[300, 150]),
        Spacer(1, 12),
        Paragraph(f"Children in {council} benefit from services that have improved since the last inspection. "
                  "Leaders know their services well and act on what they learn.", BODY),
        PageBreak(),
        Paragraph("What needs to improve?<super>1</super>", HEADING),
        ListFlowable(items, bulletType="bullet", start="\u25aa"),
        Paragraph("The experiences and progress of children who need help and protection: good", HEADING),
        Paragraph("1. Children and families receive help that is proportionate to their needs. Decisions at the "
                  "front door are timely and proportionate, and the reasons for them are recorded clearly so "
                  "that families understand what will happen next.", BODY),
        Paragraph("2. Strategy meetings are held promptly and are well attended by partner agencies.", BODY),
        Spacer(1, 200),
        Paragraph("1 The areas for improvement have been cross-referenced with the national framework.", NOTE),
    ]


def write_pdf(path: Path, flowables: list, running: str | None = None, password: str | None = None) -> Path:
    """Typeset `flowables` with a running header and a page number on every page."""
    def furniture(canvas, document):
        canvas.saveState()
        canvas.setFont("Helvetica", 9)
        if running:
            canvas.drawString(72, A4[1] - 40, running)
        canvas.drawRightString(A4[0] - 72, 30, str(document.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=72, rightMargin=72, topMargin=72, bottomMargin=60,
                            encrypt=password)
    doc.build(list(flowables), onFirstPage=furniture, onLaterPages=furniture)
    return path


def write_docx(path: Path, council: str = "Wessex") -> Path:
    document = docx.Document()
    document.add_heading(f"Inspection of {council} local authority children's services", level=1)
    document.add_paragraph("Inspection dates: 3 to 14 March 2025")
    document.add_paragraph("Lead inspector: Jane Doe, His Majesty's Inspector")
    table = document.add_table(rows=0, cols=2)
    for label, grade in [("Judgement", "Grade"), ("The experiences and progress of care leavers", "Outstanding"),
                         ("Overall effectiveness", "Good")]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, grade
    document.add_heading("What needs to improve?", level=2)
    document.add_paragraph("The timeliness of reviews for children in care.", style="List Bullet")
    document.add_paragraph("The recording of supervision.", style="List Bullet")
    document.sections[0].header.paragraphs[0].text = "A running header that is not the report"
    document.save(str(path))
    return path


HTML = """<!doctype html><html><head><title>Report</title><script>var x = 1;</script></head><body>
<header><nav><a href="/">Home</a> | <a href="/reports">Reports</a></nav></header>
<main><h1>Inspection of {council} local authority children's services</h1>
<p><strong>Inspection dates:</strong> 3 to 14 March 2025</p>
<p>Lead inspector: Jane Doe, His Majesty's Inspector</p>
<table><tr><th>Judgement</th><th>Grade</th></tr>
<tr><td>The experiences and progress of children in care</td><td>Requires improvement to be good</td></tr>
<tr><td>Overall effectiveness</td><td>Good</td></tr></table>
<h2>What needs to improve?</h2>
<ul><li>The quality of <em>plans</em> for children.</li><li>The response to young carers.</li></ul>
</main><footer>Copyright notice</footer></body></html>"""


def write_html(path: Path, council: str = "Wessex") -> Path:
    path.write_text(HTML.format(council=council), encoding="utf-8")
    return path


def minutes_flowables() -> list:
    """Printed minutes as councils' committee-management systems typeset them: the opening
    sentence, PRESENT with Chair markers, numbered minutes as headings or two-cell rows."""
    return [
        Paragraph("WESSEX COUNTY COUNCIL", TITLE),
        Paragraph("CHILDREN AND YOUNG PEOPLE'S SCRUTINY COMMITTEE", HEADING),
        Paragraph("MINUTES of a meeting of the Children and Young People's Scrutiny Committee held in Committee "
                  "Room 2, Shire Hall, Casterbridge on Tuesday, 4 March 2025.", BODY),
        Paragraph("PRESENT: Councillor A Morgan (Chair), Councillor B Patel (Vice-Chair), Councillors C Hughes, "
                  "D Okafor and E Walsh", BODY),
        Paragraph("IN ATTENDANCE: Ms F Green (Director of Children's Services), Mr G Rahman (Democratic Services "
                  "Officer)", BODY),
        Paragraph("41. Apologies for Absence (Item 1)", BOLD),
        Paragraph("Apologies were received from Councillor H Reid. Councillor J Stone attended as a substitute.",
                  BODY),
        Table([[Paragraph("42.", BOLD), Paragraph("Minutes of the meeting held on 21 January 2025 (Item 2)", BOLD)]],
              colWidths=[50, 400]),
        Paragraph("RESOLVED that the minutes of the meeting held on 21 January 2025 be agreed as a correct "
                  "record.", BODY),
        Paragraph("43. Family Hubs Programme (Item 3)", BOLD),
        Paragraph("(1) The Director introduced the report on the Family Hubs Programme, which set out the "
                  "progress made in opening six hubs across the county.", BODY),
        Paragraph("(2) Members asked about the reach of the hubs into rural areas.", BODY),
        Paragraph("(3) RESOLVED that the Committee:", BODY),
        ListFlowable([ListItem(Paragraph(t, BODY)) for t in (
            "notes the progress of the Family Hubs Programme;",
            "asks the Director to report on rural reach to its meeting in July 2025.")],
            bulletType="bullet", start="\u2022"),
        Paragraph("(4) The Chair thanked the officers.", BODY),
        Paragraph("44. Performance of Children's Social Care (Item 4)", BOLD),
        Paragraph("RESOLVED that the performance report be noted and that the Committee receive an update on "
                  "the recruitment of foster carers at its next meeting.", BODY),
    ]


def agenda_flowables() -> list:
    """A summons and agenda front sheet: the meeting, the letter-spaced AGENDA, numbered items
    with page ranges, and the contact officer's signature block."""
    return [
        Paragraph("Summons to and Agenda for a Meeting on Tuesday, 8th July, 2025 at 10.00 am", TITLE),
        Paragraph("Monday, 30 June 2025", BODY),
        Paragraph("A meeting of the Children and Young People's Scrutiny Committee will be held in Committee "
                  "Room 2, Shire Hall, Casterbridge on Tuesday, 8th July, 2025 at 10.00 am. The meeting is "
                  "scheduled to end by 1.00 pm.", BODY),
        Paragraph("A G E N D A", HEADING),
        Paragraph("1 Apologies and Substitutes", BODY),
        Paragraph("2 Minutes of the meeting held on 4 March 2025 (Pages 5 - 10)", BODY),
        Paragraph("3 Family Hubs: Rural Reach (Pages 11 - 30)", BODY),
        Paragraph("4 Foster Carer Recruitment", BODY),
        Paragraph("Report to follow", BODY),
        Spacer(1, 24),
        Paragraph("Gita Rahman Democratic Services Officer 01305 224 000 gita.rahman@wessex.example.gov.uk", BODY),
    ]


def performance_flowables() -> list:
    """A quarterly performance report: a service area's section with its portfolio holders and
    indicator cards (name beside rating, then latest, target, floor and previous), one label
    wrapped above its rating; then a table with a RAG column."""
    card = [[Paragraph("Number of foster households", BODY), Paragraph("RED", BOLD)],
            [Paragraph("Latest: 412", BODY), Paragraph("Target: 480, Floor: 450", BODY),
             Paragraph("Previous: 405 (Red)", BODY)]]
    green = [[Paragraph("Percentage of child protection plans reviewed in timescale", BODY),
              Paragraph("GREEN", BOLD)],
             [Paragraph("Latest: 98%", BODY), Paragraph("Target: 95%, Floor: 90%", BODY),
              Paragraph("Previous: 97% (Green)", BODY)]]
    wrapped = [[Paragraph("- rolling 12 months", BODY), Paragraph("AMBER", BOLD)],
               [Paragraph("Latest: 64%", BODY), Paragraph("Target: 70%, Floor: 60%", BODY),
                Paragraph("Previous: 61% (Amber)", BODY)]]
    table = [[Paragraph(h, BOLD) for h in ("Indicator", "Target", "Actual", "RAG")],
             [Paragraph("Household waste recycled", BODY), Paragraph("50%", BODY), Paragraph("46%", BODY),
              Paragraph("Amber", BODY)],
             [Paragraph("Potholes repaired within 28 days", BODY), Paragraph("90%", BODY),
              Paragraph("93%", BODY), Paragraph("Green", BODY)]]
    return [
        Paragraph("Wessex County Council Quarterly Performance Report Quarter 1 2025/26", TITLE),
        Paragraph("Children's Social Care", HEADING),
        Table([[Paragraph("Cabinet Member Corporate Director", BODY), Paragraph("Jo Bright", BODY),
                Paragraph("Sam Oduya", BODY)]], colWidths=[200, 120, 120]),
        Paragraph("Key Performance Indicators", HEADING),
        Table(card, colWidths=[250, 150, 100]),
        Spacer(1, 8),
        Table(green, colWidths=[250, 150, 100]),
        Spacer(1, 8),
        Paragraph("Percentage of care leavers in education, employment or training", BODY),
        Table(wrapped, colWidths=[250, 150, 100]),
        PageBreak(),
        Paragraph("Environment", HEADING),
        Paragraph("Performance against targets this quarter is shown below.", BODY),
        Table(table, colWidths=[220, 80, 80, 80]),
    ]


def decision_report_flowables() -> list:
    """A decision report's front page: labelled fields in a two-column table, two authors run
    together in one cell, a pathway of earlier meetings."""
    fields = [("From:", "Jo Bright, Cabinet Member for Children's Social Care Sam Oduya, Corporate Director of "
                        "Children's Services"),
              ("To:", "Cabinet - 17 July 2025"), ("Decision Number:", "25/00042"),
              ("Subject:", "Opening of two Family Hubs in rural districts"),
              ("Past Pathway of report:", "Children and Young People's Scrutiny Committee - 8 July 2025")]
    return [
        Table([[Paragraph(label, BOLD), Paragraph(value, BODY)] for label, value in fields], colWidths=[130, 320]),
        Spacer(1, 12),
        Paragraph("Summary: This report seeks approval to open two Family Hubs from 1 October 2025.", BODY),
        Paragraph("1. Introduction", HEADING),
        Paragraph("1.1 The Family Hubs Programme has opened six hubs in towns across the county.", BODY),
    ]


def risk_register_flowables() -> list:
    """A wide risk register table, one risk a row, cells wrapping over several lines."""
    header = ["Risk Ref", "Risk Title", "Directorate", "Cause", "Event", "Consequence", "Likelihood", "Impact",
              "Score", "Financial exposure"]
    small = ParagraphStyle("small", parent=BODY, fontSize=7, leading=8)
    risks = [
        ["CR01", "Placement sufficiency", "Children's Services", "Too few local foster carers",
         "Children placed out of area at high cost", "Overspend and poorer outcomes", "Likely (4)", "Major (4)",
         "16", "£4.2m"],
        ["CR02", "Cyber attack", "Corporate", "Legacy systems", "Loss of case records", "Services disrupted",
         "Possible (3)", "Severe (5)", "15", "£1.5m"],
        ["CR03", "Workforce turnover", "Children's Services", "Agency market", "Vacancies in social work teams",
         "Caseloads rise", "Likely (4)", "Moderate (3)", "12", "£750k"],
    ]
    small_bold = ParagraphStyle("small_bold", parent=small, fontName="Helvetica-Bold")
    rows = [[Paragraph(h, small_bold) for h in header]] + [[Paragraph(c, small) for c in r] for r in risks]
    return [Paragraph("Corporate Risk Register", TITLE), Table(rows, colWidths=[36, 60, 52, 56, 60, 56, 40, 40, 30, 44])]
