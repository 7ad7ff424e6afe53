"""Actions found from the words people type: most of them, the telling ones, or a short word's
first letters ('exams' for 'examinations'), against the seeds' real recommendations."""

from datetime import date

import pytest

from store.deadlines import closest_actions

DAY = date(2010, 3, 1)


@pytest.mark.parametrize("words,short_id", [
    (["complaints", "advocacy", "information", "parents", "getting", "out"], "SG-9"),  # most of the words
    (["paediatrician", "cover", "place"], "SG-14"),  # one telling word outweighs two common ones
    (["medical", "exams"], "SG-14"),  # 'exams': the first letters of 'examinations'
    (["caseloads"], "SG-3"),
])
def test_the_action_meant(seeded_db, words, short_id):
    found = closest_actions(seeded_db, words, DAY)
    assert [r["short_id"] for r in found] == [short_id]


@pytest.mark.parametrize("words", [["transformation", "programme"], ["frameworki"], ["xylophonist", "initiative"],
                                   ["momentum", "lately"]])
def test_no_action_is_claimed_for_words_no_action_uses(seeded_db, words):
    assert closest_actions(seeded_db, words, DAY) == []
