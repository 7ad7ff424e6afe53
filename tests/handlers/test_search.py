"""Choosing what a search answer shows of a passage: a pure function of text and words."""

from __future__ import annotations

import pytest

from handlers.concepts import concepts
from handlers.search import best_sentences


@pytest.mark.parametrize("words, grouped", [
    (["cypp", "children", "young", "people", "plan", "outcomes"],
     [["cypp", "children", "young", "people", "plan"], ["outcomes"]]),
    (["mash", "multi-agency", "safeguarding", "hub"], [["mash", "multi-agency", "safeguarding", "hub"]]),
    (["lac", "looked", "after"], [["lac"], ["looked"], ["after"]]),  # not spelt out in full: words alone
    (["caseloads", "social", "workers"], [["caseloads"], ["social"], ["workers"]]),
])
def test_concepts(words, grouped):
    assert concepts(words) == grouped


LONG = ("Budgets were set early in the year for every service in the county. The board met monthly and "
        "reviewed the plan against its milestones, which the officers reported in detail each time. "
        "Caseloads fell to eighteen per worker after the cap was agreed with the unions in March. "
        "The plan has three aims, which are these:\n- fewer agency staff;\n- lower caseloads;\n"
        "- better supervision.\nStaff surveys were run twice and their results published on the intranet "
        "for every team to read and discuss with managers in supervision sessions over the summer.")


@pytest.mark.parametrize("words, weights, shown, hidden", [
    # the rare word wins over the common ones
    (["caseloads", "plan"], {"caseloads": ("caseload", 5.0), "plan": ("plan", 0.5)}, ["eighteen"], ["Budgets"]),
    # a sentence ending in a colon brings its list
    (["aims"], None, ["three aims", "fewer agency staff", "better supervision"], ["Staff surveys"]),
    # two sentences cover what one cannot
    (["budgets", "surveys"], None, ["Budgets were set", "Staff surveys"], ["Caseloads"]),
])
def test_best_sentences(words, weights, shown, hidden):
    text = best_sentences(LONG, words, weights=weights)
    assert all(s in text for s in shown) and not any(h in text for h in hidden), text
