"""Ways of asking found in the eighth table written without sight of the code (blind7, read and
studied the session after it was written and scored): each test asks in other words than the
table did, so it checks the mechanism, not the sentence."""

from __future__ import annotations

import pytest

from tests.conftest import ask


def test_actions_listed_by_a_status_they_were_flagged_or_marked_with(db):
    ask(db, "update SG-4 to at risk - referral backlog", today="2010-04-10")
    ask(db, "update LAC-2 to delayed - audit tool late", today="2010-04-10")
    for question, has, lacks in [("pull up the at-risk recs", "SG-4", "LAC-2"),
                                 ("which items are flagged as delayed", "LAC-2", "SG-4"),
                                 ("any on-hold ones?", "LAC-2", "SG-4")]:
        reply = ask(db, question, today="2010-04-10")
        assert reply.intent == "status_list" and has in reply.text() and lacks not in reply.text(), (question,
                                                                                                     reply.text())
    none = ask(db, "have any actions been set to done so far", today="2010-04-10")
    assert none.intent == "status_list" and none.text() == "No actions are done as of 10 April 2010."
    one = ask(db, "is SG-4 marked as done", today="2010-04-10")
    assert one.intent == "status" and one.text().startswith("SG-4 is at risk"), one.text()


def test_an_update_with_please_before_its_note_and_an_unknown_status_shows_the_command(db):
    reply = ask(db, "LAC-6 to in progress please, measures drafted", today="2010-04-10")
    assert reply.intent == "update" and reply.text().startswith("LAC-6 is now in progress (was not started)")
    assert "Note: measures drafted." in reply.text()
    bad = ask(db, "mark SG-2 as whatever", today="2010-04-10")
    assert bad.intent == "usage" and "nothing was changed" in bad.text() and \
        "e.g. `update SG-2 to in progress`" in bad.text(), bad.text()


def test_recent_asked_as_who_touched_the_tracker(db):
    ask(db, "update SG-6 to in progress - pilot running", today="2010-04-10")
    reply = ask(db, "has anybody touched the action log this week", today="2010-04-10")
    assert reply.intent == "recent" and "SG-6" in reply.text(), reply.text()


@pytest.mark.parametrize("question, today, has", [
    ("whose responsibility is the PEP work", "2010-04-10", "LAC-9 has no owner yet"),
    ("who is accountable for the transformation programme", "2010-08-05", "Transformation Board"),
])
def test_owner_asked_as_whose_responsibility_or_who_is_accountable(question, today, has, seeded_db):
    reply = ask(seeded_db, question, today=today)
    assert reply.intent == "owner" and has in reply.text(), reply.text()


@pytest.mark.parametrize("question, intent", [
    ("the MRG: who runs it", "chair"),  # a body by its initials: its chair, not an owner
    ("who is accountable for the improvement board", "person"),
])
def test_a_body_named_is_not_an_owner_question(question, intent, seeded_db):
    assert ask(seeded_db, question, today="2010-08-05").intent == intent


@pytest.mark.parametrize("question, today, has", [
    ("what dates was the ofsted team on site for the announced inspection", "2010-04-10",
     "23 November to 4 December 2009"),
    ("ofsted: how many key lines of enquiry did they send", "2010-04-10", "over 50 key lines of enquiry"),
    ("what was so wrong in the july 2009 ofsted visit", "2010-04-10", "potential risk of serious harm"),
    ("the last ofsted inspection on file?", "2026-12-06", "January 2011"),
    ("latest unannounced inspection?", "2011-05-01", "January 2011"),
])
def test_what_is_asked_of_an_inspection_itself_is_not_its_grades(question, today, has, seeded_db):
    reply = ask(seeded_db, question, today=today)
    assert reply.intent in ("inspection", "when", "indicator") and has in reply.text(), reply.text()
    assert "judgements from" not in reply.text()
