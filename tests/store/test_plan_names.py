"""Plans the papers name, read from text: a run of capitalised words ending in 'Plan'."""

from __future__ import annotations

import pytest

from store.shapes.plan_names import plan_names


@pytest.mark.parametrize("text,names", [
    ("the new Children and Young People's Plan (CYPP)", ["Children and Young People's Plan"]),
    ("the Best Council Plan and Children and Young People's Plan", ["Best Council Plan",
                                                                    "Children and Young People's Plan"]),
    ("progress against the Nine Point Plan", ["Nine Point Plan"]),
    ("the 9 Point Plan", ["9 Point Plan"]),
    ("the 2009-14 Children and Young People's Plan priorities", ["Children and Young People's Plan"]),
    ("Complete Local Transport Plan 5 (LTP5) approved", ["Local Transport Plan"]),
    ("Update on Children's Services Improvement Action Plan", ["Children's Services Improvement Action Plan"]),
    # not plans of the council: a name running on, a possessive, a plan for each child, generic words only
    ("Kent's Plan Bee blueprint for pollinators", []),
    ("with Kent Plan Tree and Tunbridge Wells", []),
    ("what is Kent's Plan for growth", []),
    ("issued an Education, Health and Care Plan within 20 weeks", []),
    ("a Personal Education Plan for every child", []),
    ("the Action Plan and the Improvement Plan", []),
    ("transaction planning", []),
])
def test_plan_names(text, names):
    assert plan_names(text) == names
