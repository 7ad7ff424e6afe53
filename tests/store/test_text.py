"""Reading one line of report text: paragraph numbers, bullets and numbers that are not references."""

from __future__ import annotations

import pytest

from store.text import looks_like_heading, parse_line


@pytest.mark.parametrize("raw,ref,text", [
    ("3.16 The Board has established a programme", "3.16", "The Board has established a programme"),
    ("4. Approach to consultation", "4", "Approach to consultation"),  # 'Apr' begins it, but it is no month
    ("2. Declarations of interest", "2", "Declarations of interest"),
    ("100. The Board should ensure that the protocols", "100", "The Board should ensure that the protocols"),
    ("147. Monitor partner agencies", "147", "Monitor partner agencies"),
    ("12 December 2024 the Cabinet met", None, "12 December 2024 the Cabinet met"),
    ("10 am start", None, "10 am start"),
    ("150 Children were seen", None, "150 Children were seen"),  # three digits only with their point
    ("2025. A year of change", None, "2025. A year of change"),
])
def test_paragraph_numbers(raw, ref, text):
    line = parse_line(raw)
    assert (line.ref, line.text) == (ref, text)


@pytest.mark.parametrize("text,heading", [
    ("Main Issues", True),
    ("Develop social work practice", True),
    ("Author Dr Mike Gogarty Interim Strategic Lead for Public Health Mike.gogarty@kent.gov.uk", False),
    ("Relevant Director Dr Anjan Ghosh Director of Public Health 03000 412633", False),
    ("Visit www.kent.gov.uk for details", False),
])
def test_a_contact_line_is_not_a_heading(text, heading):
    assert looks_like_heading(text) is heading
