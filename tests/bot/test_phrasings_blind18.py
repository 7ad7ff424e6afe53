"""Ways of asking found in the nineteenth table written without sight of the code (blind18,
commissioned, scored and studied the same session), and what the last session's review left
open. Each question is worded afresh, so it checks the mechanism, not the table's sentence;
questions near the new rules that ask something else are pinned beside them."""

from __future__ import annotations

import pytest

from bot.commands import undo_said
from tests.conftest import ask


def _after_an_update(said, db):
    """The reply to `said` from a manager who has just marked SG-8 done."""
    ask(db, "role U8MGR manager")
    ask(db, "update SG-8 to done - agency chairs found", today="2010-03-22", user="U8MGR")
    return ask(db, said, today="2010-03-22", user="U8MGR")


@pytest.mark.parametrize("said", ["undo the last one; just kidding", "undo whatever i posted; maybe it was right",
                                  "undo, wait", "undo that - it was fine", "undo it, i think"])
def test_an_undo_then_doubted_undoes_nothing_and_says_how(said, db):
    assert undo_said(said) is None
    reply = _after_an_update(said, db)
    assert reply.intent == "usage" and "nothing was undone" in reply.text() and "`undo`" in reply.text(), reply.text()
    assert ask(db, "status of SG-8", today="2010-03-22").text().startswith("SG-8 is done"), said


@pytest.mark.parametrize("said", ["undo - jumped the gun on that one", "scratch that, undo", "undo pls - wrong one"])
def test_an_undo_beside_a_regret_still_undoes(said, db):
    reply = _after_an_update(said, db)
    assert reply.intent == "undo" and reply.text().startswith("Undone: SG-8"), reply.text()
