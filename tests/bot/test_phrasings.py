"""Ways of asking found in a table of questions written without sight of the code (studied
6 December 2026): each test asks in other words than the table did, so it checks the
mechanism, not the sentence."""

from __future__ import annotations

from datetime import date

import pytest

from bot.windows import parse_window
from store import fulltext
from tests.conftest import ask, assert_answer


@pytest.mark.parametrize("text, today, start, end", [
    ("deadlines before mid may", "2010-03-01", "2010-03-01", "2010-05-14"),
    ("what's due by mid june", "2010-03-01", "2010-03-01", "2010-06-15"),
    ("due between now and end of april", "2010-02-20", "2010-02-20", "2010-04-30"),
    ("due july thru october", "2011-06-01", "2011-07-01", "2011-10-31"),
    ("changes in the last few days", "2010-05-20", "2010-05-17", "2010-05-20"),
    ("lac actions coming up in the next couple of weeks", "2010-03-01", "2010-03-01", "2010-03-15"),
    ("anything with an april 2010 deadline", "2010-03-01", "2010-04-01", "2010-04-30"),
    ("deadlines between now and mid august", "2010-06-01", "2010-06-01", "2010-08-15"),
    ("updates over the past fortnight", "2010-05-20", "2010-05-06", "2010-05-20"),
])
def test_windows_as_typed(text, today, start, end):
    window, _as_of = parse_window(text, date.fromisoformat(today))
    assert (window.start.isoformat(), window.end.isoformat()) == (start, end)


@pytest.mark.parametrize("question, today, intent, expect, forbid", [
    ("safeguarding recs gone past their due dates?", "2010-02-15", "overdue", ["SG-1", "SG-8"], ["SG-9 "]),
    ("the youth hub - did it miss november?", "2010-12-15", "overdue", ["myplace"], []),
    ("3+ years on a CP plan - is that analysis late?", "2010-08-02", "overdue", ["SG-13"], ["TIMESCALE"]),
    ("core assessments - by what date do they need sorting", "2010-03-01", "due_date", ["7 April 2010"], []),
    ("placement choice deadline?", "2010-03-01", "due_date", ["LAC-8", "7 July 2010"], []),
    ("the play areas - when are they meant to open", "2010-01-05", "due_date", ["March 2010"], []),
    ("directorate structure target date", "2011-05-01", "due_date",
     ["due by the end of September 2011"], ["1 September 2011"]),  # 'by the end of September', not its 1st
    ("lac stuff past its deadline?", "2010-05-04", "overdue", ["LAC-2"], ["LAC-9"]),
    ("CP plan review - meaning?", "2010-03-01", "search", [], []),  # no acronym asked: not an acronym
    ("NQSW - meaning?", "2010-03-01", "acronym", ["newly qualified social workers"], []),
    ("what sort of requests does clerk understand", "2010-03-01", "help", ["update"], []),
    ("sandie keene - which paper did she write", "2010-03-01", "person",
     ["author of the Executive Board report, 12 Feb 2010"], []),
    ("NHS leeds CEO in spring 2010?", "2010-08-01", "role", ["John Lawlor"], []),  # a post, not a passage search
    ("who has the children's services brief", "2010-08-01", "role", ["Judith Blake"], []),
    ("who presided over the improvement board", "2010-08-01", "chair", ["Bill McCarthy"], []),
    ("when does the exec board reconvene", "2010-02-20", "next_meeting", ["Executive Board"], []),
    ("when was the placement choice action supposed to be done?", "2014-03-01", "due_date",
     ["LAC-8 was due on 7 July 2010"], ["LAC-9"]),
    ("what did the inspectors say we must do about caseloads", "2010-03-01", "actions", ["SG-3"], ["SG-9"]),
    ("were we told to do anything about e-recording?", "2010-03-01", "actions", ["SG-7"], []),
    ("advocacy recs for LAC and SG", "2010-03-01", "actions", ["SG-9"], []),  # both themes: neither narrows it
    ("SG - anything the inspectors wanted done right away?", "2010-03-01", "actions", ["SG-1", "SG-8"], ["SG-9"]),
    ("value for money on LAC - what did we get", "2010-03-10", "judgement", ["Value for Money"], ["£"]),
    ("which LAC categories came out good", "2010-03-10", "judgement", ["Good"], ["Inadequate"]),
    ("breeze cardholders - latest figure", "2010-01-10", "indicator", ["121,650"], []),  # 'Card holders'
    ("where are we with the placement choice rec", "2010-06-01", "status", ["LAC-8 is not started"], []),
    ("who's accountable for the paediatrician rec", "2010-06-01", "owner", ["no owner"], []),
    ("the improvement board - who's in the chair", "2010-08-01", "chair", ["Bill McCarthy"], []),
    ("any police reps on the IB", "2010-08-01", "members", ["Gerry Broadbent"], []),
    ("CSLT - weekly or what", "2010-08-01", "frequency", ["Once a month"], []),
    ("summarise the LAC recs for the board", "2010-06-01", "summary", [], []),
    ("when's the improvement plan going to the executive board", "2010-02-15", "next_meeting", ["March 2010"], []),
    ("what date was the previous scrutiny board", "2010-08-01", "last_meeting", ["July 2010"], ["‘date’"]),
    ("what needs doing by end of may", "2010-03-01", "due", ["LAC-2"], ["SG-14"]),
    ("sg - where have we blown the deadline", "2010-03-01", "overdue", ["SG-3"], ["SG-14"]),
    ("whats the transformation board", "2010-08-01", "about_body", ["Transformation Board"], []),
    ("john lawlor - which organisation", "2010-08-01", "person", ["NHS Leeds"], []),
    ("what post does judith blake hold", "2010-08-01", "person", ["Lead Member"], []),
    ("which minister did the council write to", "2011-06-01", "role", ["Tim Loughton"], []),
    ("NHS leeds CE?", "2010-08-01", "role", ["John Lawlor"], []),
    ("status of the core assesments one", "2010-06-01", "status", ["LAC-2 is not started"], []),  # misspelt
    ("complete list of overdue actions, both themes", "2010-08-01", "overdue", ["29 actions are overdue"], []),
    ("lac actions coming up over the next couple of months?", "2010-05-20", "due", ["LAC-9"], []),
    ("who is simon flowers", "2011-06-01", "person", ["experienced head teacher"], []),  # what the prose says
    ("improvement board - chairperson?", "2010-08-01", "chair", ["Bill McCarthy"], []),  # not 'chair person'
    ("originator of the december scrutiny paper", "2010-08-01", "contact", ["Adam Hewitt"], []),  # by body and month
    ("who reviewed the principal social worker role", "2014-03-01", "person", ["Dr Mark Peel — Carried out reviews of "
                                                                               "CAF and the Principal Social Worker"],
     ["Emily Munro"]),  # the clause about it, not the first 'by' of the sentence
    ("what date did ofsted give notice of the inspection", "2010-03-01", "inspection", ["9 November 2009"],
     ["Date: 12th February 2010"]),
])


def test_questions_as_typed(question, today, intent, expect, forbid, seeded_db):
    assert_answer(seeded_db, question, today, intent, expect, forbid)


@pytest.mark.parametrize("word, written", [
    ("cardholders", "card holders"), ("teammanager", "team manager"),  # run together: as the papers write them
    ("directorate", "directorate"), ("caseloads", "caseloads"), ("improvment", "improvment"),  # the papers' own,
])  # or a misspelling
def test_words_run_together_are_read_as_the_papers_write_them(word, written, seeded_db):
    assert fulltext.as_written(seeded_db, word) == written


def test_recent_changes_are_found_however_asked_and_say_what_each_action_is(db):
    ask(db, "update LAC-2 to delayed - audit slipped", today="2010-06-10")
    for question in ("any movement on the actions over the past week?", "edits made since monday?"):
        reply = ask(db, question, today="2010-06-10")
        assert reply.intent == "recent", question
        assert "LAC-2 (Improve the quality of core assessments" in reply.text() and "delayed" in reply.text()


def test_the_status_of_an_action_asked_by_its_acronym_and_words(db):
    ask(db, "update LAC-9 to in progress - template trialled", today="2010-05-12")
    reply = ask(db, "PEP relevance - where is it at?", today="2010-05-12")  # 'pep' is spelt out in the action
    assert reply.intent == "status" and reply.text().startswith("LAC-9 is in progress")


def test_the_history_of_an_action_asked_by_its_words(db):
    ask(db, "update LAC-2 to delayed - audit slipped", today="2010-06-10")
    reply = ask(db, "quality of core assessments - all the changes so far", today="2010-06-10")
    assert reply.intent == "history" and "audit slipped" in reply.text()


def test_asking_for_an_actions_owner_sets_none(db):
    reply = ask(db, "owner for the caseload action?", today="2010-06-10")
    assert reply.intent == "owner" and "has no owner yet" in reply.text() and not reply.changed


def test_a_managers_remark_records_the_update_and_a_viewers_is_told_how(db):
    ask(db, "role U_MGR manager")
    told = ask(db, "the personal education plans one is in progress now", today="2010-06-10", user="U_STAFF")
    assert told.private and "`update LAC-9 to in progress`" in told.text() and not told.changed
    done = ask(db, "LAC-9 is finished now", today="2010-06-10", user="U_MGR")
    assert done.changed and "LAC-9 is now done" in done.text()
    assert "Undone: LAC-9" in ask(db, "undo please, wrong one", today="2010-06-10", user="U_MGR").text()


def test_an_update_naming_only_a_theme_shows_how_to_type_it(db):
    reply = ask(db, "update safeguarding stuff", today="2010-06-10")
    assert reply.intent == "usage" and "update <action> to <status>" in reply.text()
