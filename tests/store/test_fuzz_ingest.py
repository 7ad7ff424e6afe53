"""No text, however odd, stops ingestion: every extractor copes with arbitrary input."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from store.ingest import extract_records, parse_report
from tests.conftest import SEEDS

SEED_LINES = [line for path in sorted(SEEDS.glob("*.txt")) for line in path.read_text().splitlines()]
ODD = ["Date: 31 February 2010", "Within 0 months:", "Within 999 years:", "1.0", "- 3.4", "\t\t\t",
       "Overall effectiveness\tInadequate Good", "| a | b |", "|---|", "# ", "Present: ,,,", "£", "£.m",
       "Target of 1,2,3,4", "Quarterly\tQuarterly\tQuarterly", "Dear", "Yours sincerely", "(Chaired by )",
       "Immediately:", "29th February 2011", "00.00.00", "late 0000", "Every 0 weeks", "99.99.99.99 x"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(SEED_LINES), st.sampled_from(ODD), st.text(max_size=80)), max_size=60),
       st.integers(min_value=0, max_value=2**32))
def test_extractors_never_raise(lines, seed):
    random.Random(seed).shuffle(lines)
    doc = parse_report("fuzz", "\n".join(lines))
    records = extract_records(doc)
    assert all(isinstance(rows, list) for rows in records.values())
