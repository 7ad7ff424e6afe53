"""Ways of asking found in the third table written without sight of the code (blind3, studied
6 December 2026 in the session after it was written): each test asks in other words than the
table did, so it checks the mechanism, not the sentence."""

from __future__ import annotations

import pytest

from tests.conftest import ask


@pytest.mark.parametrize("question, today, intent, expect, forbid", [
    # a person named with only ways of asking who they are, or words the records use of them
    ("sandie keene - tel?", "2010-03-01", "person", ["39 50925", "Interim Director"], []),
    ("adam hewitt contact number", "2010-01-05", "person", ["0113 24 76940"], []),
    ("peter roberts - college or council?", "2010-08-05", "person", ["Leeds City College"], []),
    ("gerry broadbent's division", "2010-08-05", "person", ["North East"], []),
    ("holden - which department", "2010-08-05", "person", ["DfE"], []),
    # a paper named by its author, or as an update or letter, gives its contact details
    ("ring who about the jul 2010 audit committee update", "2010-08-05", "contact", ["0113 24 76940"], []),
    ("phone for the contact on mccarthy's letter", "2011-04-20", "contact", ["sue.wilson@"], ["is Blenheim", "is Parliamentary"]),
    # a deadline asked of one action, however put
    ("personal education plans - due date?", "2010-03-01", "due_date", ["LAC-9", "7 July 2010"], []),
    ("paediatrician rec, what's its deadline", "2010-03-01", "due_date", ["SG-14", "7 July 2010"], []),
    ("by when did the inspectors want the LSCB strengthened", "2010-03-01", "due_date", ["SG-12"], []),
    ("date we needed the contact centre sorted by", "2010-03-01", "due_date", ["SG-4", "7 January 2010"], []),
    ("personal education plans - when was it supposed to be done", "2010-09-01", "due_date", ["7 July 2010"], []),
    ("placement choice rec - are we past the deadline?", "2010-08-01", "overdue", ["LAC-8"], []),
    # what must be done in a window is what is due; a theme's other names narrow nothing further
    ("which lac recs need to be completed in the next 6 weeks", "2010-06-01", "due", ["LAC-8", "LAC-9"], ["LAC-2 "]),
    ("children in care actions coming due over the next month", "2010-03-15", "due", ["LAC-2"], ["about ‘care’"]),
    # whether an action has begun
    ("has the paediatrician rec kicked off yet", "2010-04-01", "status", ["SG-14 is not started"], []),
    ("LAC-4 - underway?", "2010-04-01", "status", ["LAC-4 is not started"], []),
    ("SG-2, where did it end up", "2012-01-01", "status", ["SG-2 is not started"], []),
])
def test_questions_as_typed(question, today, intent, expect, forbid, seeded_db):
    reply = ask(seeded_db, question, today=today)
    text = reply.text()
    assert reply.intent == intent, text
    assert all(e in text for e in expect), text
    assert not any(f in text for f in forbid), text
