"""Ways of asking found in the thirteenth table written without sight of the code (blind12, read and
studied the session after it was written and scored). Each question is worded afresh, so it checks
the mechanism, not the table's sentence; questions near the new rules that ask something else are
pinned beside them."""

from __future__ import annotations

import pytest

from tests.conftest import ask

ASKED = [  # (question, clock, intent, words the answer must hold)
    # one action named by its id, however little else is said: where it stands
    ("LAC-4 still at risk?", "2010-08-10", "status", "LAC-4 is not started"),
    ("SG-12?", "2010-08-10", "status", "SG-12 is not started"),
    ("C-1 - did the hub open on time in the end", "2010-08-10", "status", "C-1 is not started"),
    ("is the CiC complaints rec ticked off yet", "2010-08-10", "status", "LAC-4 is not started"),
    ("SG-3 - what is its current status in clerk", "2010-08-10", "status", "SG-3 is not started"),
    # what the tracker recorded lately, however the time is said
    ("what got touched on the tracker over the past fortnight", "2010-08-10", "recent",
     "No updates have been recorded since 27 July 2010"),
    ("were any recs updated since monday", "2010-08-10", "recent", "No updates have been recorded since 9 August 2010"),
    ("has anybody logged anything recently", "2010-08-10", "recent", "No updates have been recorded"),
    # one action's history
    ("who has posted notes against the placement choice rec", "2010-08-10", "history", "LAC-8 has no updates yet"),
    ("who's written updates on the caseloads action, if anybody", "2010-08-10", "history", "SG-3 has no updates yet"),
    ("PEP action trail", "2010-08-10", "history", "LAC-9 has no updates yet"),
]


@pytest.mark.parametrize("question, today, intent, has", ASKED)
def test_asked_as_staff_type_it(question, today, intent, has, seeded_db):
    reply = ask(seeded_db, question, today=today)
    assert reply.intent == intent and has in reply.text(), (reply.intent, reply.text())


@pytest.mark.parametrize("question, today, not_intent", [  # near the new rules, asking something else
    ("show me LAC-6", "2010-05-01", "status"),  # its text
    ("SG-7 partners involved", "2010-05-01", "status"),
    ("has anything been updated since january 2010", "2010-08-10", "recent"),  # the records, by a year
    ("has the improvement plan been updated since 2010", "2010-08-10", "recent"),  # the plan, not the tracker
    ("what changed in the inspection grades since 2009", "2010-08-10", "recent"),
    ("which reports were updated recently", "2010-08-10", "recent"),
    ("who is the DfE person on the improvement board", "2010-08-10", "status"),
])
def test_the_new_rules_leave_these_alone(question, today, not_intent, seeded_db):
    assert ask(seeded_db, question, today=today).intent != not_intent


@pytest.mark.parametrize("said, status, note", [  # a status, then politeness or a sentence of its own: the note
    ("update SG-8 to in progress pls - cover found for east conferences", "in progress",
     "cover found for east conferences"),
    ("SG-8 -> delayed. agency staff pulled out", "delayed", "agency staff pulled out"),
    ("update SG-8 to at risk; funding not confirmed", "at risk", "funding not confirmed"),
    ("mark SG-8 as done thanks", "done", None),
])
def test_a_status_followed_by_a_remark_is_recorded_with_it_as_the_note(said, status, note, db):
    ask(db, "role U8MGR manager")
    reply = ask(db, said, today="2010-06-15", user="U8MGR")
    assert reply.intent == "update" and reply.text().startswith(f"SG-8 is now {status}"), reply.text()
    assert (f"Note: {note}." in reply.text()) if note else "Note:" not in reply.text(), reply.text()


@pytest.mark.parametrize("said", ["mark it as complete please", "update this to done", "mark that one done"])
def test_an_update_of_it_with_no_action_named_asks_which_and_changes_nothing(said, db):
    ask(db, "role U8MGR manager")
    reply = ask(db, said, today="2010-06-15", user="U8MGR")
    assert reply.intent == "usage" and "say which action" in reply.text(), reply.text()
    assert ask(db, "what changed this week", today="2010-06-15").text().startswith("No updates")


@pytest.mark.parametrize("said", ["undo - wrong rec, i meant LAC-3", "oops, should have been LAC-3 - undo",
                                  "undo that, it was meant for LAC-3"])
def test_an_undo_naming_the_action_meant_undoes_and_shows_how_to_post_it_there(said, db):
    ask(db, "role U8MGR manager")
    ask(db, "update LAC-2 to at risk - audit slipping", today="2010-05-04", user="U8MGR")
    reply = ask(db, said, today="2010-05-04", user="U8MGR")
    assert reply.intent == "undo" and "To post it to LAC-3, type `update LAC-3 to at risk`" in reply.text(), \
        reply.text()
    assert ask(db, "status of LAC-2", today="2010-05-04").text().startswith("LAC-2 is not started")
    assert ask(db, "status of LAC-3", today="2010-05-04").text().startswith("LAC-3 is not started")  # nothing guessed
