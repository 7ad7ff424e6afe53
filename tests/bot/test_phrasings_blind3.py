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
])
def test_questions_as_typed(question, today, intent, expect, forbid, seeded_db):
    reply = ask(seeded_db, question, today=today)
    text = reply.text()
    assert reply.intent == intent, text
    assert all(e in text for e in expect), text
    assert not any(f in text for f in forbid), text
