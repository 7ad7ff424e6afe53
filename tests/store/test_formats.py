"""Format readers on real files: PDFs typeset by reportlab, Word files by python-docx, web
pages; what reaches the shapes is one stream of blocks, with page furniture gone."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.platypus import Paragraph

from store.formats import UnreadableReport, read_blocks
from store.ingest import ingest_paths
from store.schema import connect
from tests.documents import BODY, ilacs_flowables, write_docx, write_html, write_pdf

RUNNING = "Inspection of Wessex local authority children's services: 3 to 14 March 2025"


@pytest.fixture(scope="module")
def report_pdf(tmp_path_factory) -> Path:
    return write_pdf(tmp_path_factory.mktemp("pdf") / "report.pdf", ilacs_flowables(), running=RUNNING)


def texts(path: Path) -> list[str]:
    return [line.text for line in read_blocks(path).lines]


def test_pdf_drops_running_headers_page_numbers_and_footnotes(report_pdf):
    got = texts(report_pdf)
    assert RUNNING not in got
    assert not any(t.strip().isdigit() for t in got)
    assert not any("cross-referenced" in t for t in got)
    assert "What needs to improve?" in got  # its raised footnote mark is gone too


def test_pdf_table_rows_keep_wrapped_cells_together(report_pdf):
    rows = [line.cells for line in read_blocks(report_pdf).lines if line.cells]
    assert ["The impact of leaders on social work practice with children and families", "Good"] in rows
    assert ["The experiences and progress of children who need help and protection",
            "Requires improvement to be good"] in rows
    assert ["Overall effectiveness", "Good"] in rows


def test_pdf_paragraphs_list_items_and_numbers(report_pdf):
    lines = read_blocks(report_pdf).lines
    bullets = [line.text for line in lines if line.bullet]
    assert bullets[0] == ("The quality and timeliness of assessments for children who are privately fostered, so "
                          "that their needs are understood and met without delay.")
    assert "local homes for older children" in bullets
    numbered = {line.ref: line.text for line in lines if line.ref}
    assert numbered["1"].startswith("Children and families receive help") and numbered["1"].endswith(
        "what will happen next.")
    assert {line.page for line in lines} == {1, 2}


def test_word_document_headings_tables_and_lists(tmp_path):
    lines = read_blocks(write_docx(tmp_path / "report.docx")).lines
    assert lines[0].is_heading and lines[0].text.startswith("Inspection of Wessex")
    assert ["Overall effectiveness", "Good"] in [line.cells for line in lines]
    assert [line.text for line in lines if line.bullet] == ["The timeliness of reviews for children in care.",
                                                            "The recording of supervision."]
    assert not any("running header" in line.text for line in lines)


def test_web_page_without_navigation_or_scripts(tmp_path):
    lines = read_blocks(write_html(tmp_path / "report.html")).lines
    got = [line.text for line in lines]
    assert got[0] == "Inspection of Wessex local authority children's services"
    assert "Inspection dates: 3 to 14 March 2025" in got
    assert not any("Home" in t or "var x" in t or "Copyright" in t for t in got)
    assert [line.text for line in lines if line.bullet] == ["The quality of plans for children.",
                                                            "The response to young carers."]


@pytest.mark.parametrize("name,make,reason", [
    ("locked.pdf", lambda p: write_pdf(p, [Paragraph("Confidential report.", BODY)], password="secret"),
     "password-protected"),
    ("scan.pdf", lambda p: write_pdf(p, [Drawing(100, 100, Rect(10, 10, 80, 80))]), "no text layer"),
    ("broken.pdf", lambda p: p.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40), "damaged or not really a PDF"),
    ("broken.docx", lambda p: p.write_bytes(b"not a zip file at all"), "not really a Word"),
])
def test_unreadable_files_are_named_with_the_reason(tmp_path, name, make, reason):
    path = tmp_path / name
    make(path)
    with pytest.raises(UnreadableReport, match=reason):
        read_blocks(path)


def test_a_bad_file_does_not_stop_the_others(tmp_path, report_pdf):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "good.pdf").write_bytes(report_pdf.read_bytes())
    write_pdf(folder / "locked.pdf", [Paragraph("Secret.", BODY)], password="pw")
    write_docx(folder / "word.docx", council="Mercia")
    (folder / "notes.xlsx").write_bytes(b"PK")
    result = ingest_paths(connect(tmp_path / "clerk.db"), [folder])
    assert result.ingested == 2
    assert [p.split("/")[-1] for p in result.problems] == [
        "locked.pdf: is password-protected: save an unprotected copy and ingest that"]
