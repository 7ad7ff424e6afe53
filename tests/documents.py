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
