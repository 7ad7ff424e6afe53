"""Ways of asking found in the twentieth table written without sight of the code (blind19,
commissioned, scored and studied the same session), and what the last session left open.
Each question is worded afresh, so it checks the mechanism, not the table's sentence;
questions near the new rules that ask something else are pinned beside them."""

from __future__ import annotations

import pytest

from tests.conftest import ask


@pytest.mark.parametrize("question, today, has", [  # a month's deadline asked late: the last such month's
    ("overdue actions with a march deadline", "2010-09-14",
     "4 actions due between 1 March 2010 and 31 March 2010 are overdue"),  # a month's deadline is no action's name
    ("anything overdue from the may report", "2010-09-14", "31 actions are overdue as of 14 September 2010"),  # May's
    # paper, not its deadlines
    ("which april recs are overdue", "2010-09-14", "9 actions due between 1 April 2010 and 30 April 2010 are overdue"),
    ("any july recs overdue?", "2010-09-14", "6 actions due between 1 July 2010 and 31 July 2010 are overdue"),
])
def test_a_months_recommendations_asked_late(question, today, has, seeded_db):
    reply = ask(seeded_db, question, today=today)
    assert reply.intent == "overdue" and has in reply.text(), (reply.intent, reply.text())


def test_a_months_recommendations_asked_ahead_are_never_last_years(seeded_db):
    assert "October 2009" not in ask(seeded_db, "which october recs will be late", today="2010-09-14").text()


@pytest.mark.parametrize("question, intent", [("what's the SG3 deadline", "due_date"),
                                              ("SG-12 deadline?", "due_date")])
def test_an_actions_deadline_is_still_its_date(question, intent, seeded_db):
    assert ask(seeded_db, question, today="2010-09-14").intent == intent


@pytest.mark.parametrize("question", ["is eleanor brazil still our DCS",
                                      "is eleanor brazil still the director of childrens services?"])
def test_a_person_asked_still_in_a_post_someone_newer_holds(question, seeded_db):
    text = ask(seeded_db, question, today="2012-06-01").text()
    assert "a newer record (12 May 2011) names Nigel Richardson as DCS" in text and "Eleanor Brazil:" in text, text


@pytest.mark.parametrize("question, today", [("is nigel richardson still DCS", "2012-06-01"),  # the newest holder
                                             ("is eleanor brazil still our DCS", "2010-09-01")])  # none newer then
def test_a_person_still_in_their_post_is_not_given_a_successor(question, today, seeded_db):
    assert "newer record" not in ask(seeded_db, question, today=today).text()


def test_a_successor_to_a_post_recorded_by_its_initials(seeded_db):
    text = ask(seeded_db, "who replaced eleanor brazil as DCS", today="2012-06-01").text()
    assert "Nigel Richardson — DCS" in text and "in a record after Eleanor Brazil's" in text, text


@pytest.mark.parametrize("question, today, has, lacks", [
    ("which of the three month ones have already gone over", "2010-05-01", ["SG-9", "LAC-2"], ["SG-12"]),  # gone over
    ("looked after side - anything gone overdue yet?", "2010-01-10",
     ["None of the looked after children actions are overdue as of 10 January 2010"], []),  # 'none' said first
    ("safeguarding overdue - including the april ones", "2010-05-01", ["SG-9", "SG-11"], ["about"]),  # no topic word
])
def test_overdue_said_other_ways(question, today, has, lacks, seeded_db):
    reply = ask(seeded_db, question, today=today)
    assert reply.intent == "overdue", (reply.intent, reply.text())
    assert all(h in reply.text() for h in has) and not any(x in reply.text() for x in lacks), reply.text()


@pytest.mark.parametrize("question, intent", [
    ("sg + cic recs with deadlines in the next six weeks", "due"),
    ("safeguarding and lac - overdue?", "overdue"),
    ("SG & LAC actions on complaints", "actions"),
])
def test_two_themes_asked_together_are_either_themes_actions_only(question, intent, seeded_db):
    """Two themes named together narrow a list to the actions of either, never every action
    (the council's own commitments, C-n, are of neither)."""
    reply = ask(seeded_db, question, today="2010-03-01")
    assert reply.intent == intent and "SG-" in reply.text() and "LAC-" in reply.text(), (reply.intent, reply.text())
    assert "C-" not in reply.text().replace("LAC-", ""), reply.text()


def test_what_was_closed_off_in_two_themes(db):
    ask(db, "role UCLOSE manager")
    for said in ["update SG-2 to done - HR workforce plan signed off", "update LAC-3 to done - placements reviewed",
                 "update C-2 to done - play areas open"]:
        ask(db, said, today="2010-03-01", user="UCLOSE")
    reply = ask(db, "everything we've ticked off so far, sg + lac", today="2010-03-02")
    assert reply.intent == "status_list" and "SG-2" in reply.text() and "LAC-3" in reply.text(), reply.text()
    assert "C-2" not in reply.text(), reply.text()


ASKED = [  # (question, clock, intent, a part of the answer)
    ("july to sept - anything due in that quarter or are we all clear", "2010-06-01", "due",
     "open actions are due between 1 July 2010 and 30 September 2010"),  # 'are we clear' names no topic
    ("the fortnight ahead: which recs fall due in it", "2010-03-29", "due",
     "due between 29 March 2010 and 12 April 2010"),
    ("complaints rec for CiC - when's the deadline?", "2010-03-01", "due_date", "LAC-4 is due on 7 April 2010"),
    ("the myplace hub agreed back in june - what month is it meant to be open by", "2009-12-14", "due_date",
     "C-1 is due by the end of November 2010"),  # a time past that says which one, not a window of deadlines
    ("independent review of the LSCB - when do they reckon it'll be done", "2010-03-01", "due_date",
     "C-5 is due in spring 2010 (by 31 May 2010)"),  # 'reckon', "it'll": no words of the thing asked
    ("how's the improve-the-PEPs rec going then", "2010-06-15", "status", "LAC-9 is not started"),  # words hyphened
    ("caseloads rec - red, amber or green right now?", "2010-06-15", "status", "SG-3 is not started"),
    ("has anybody flagged any of the recs as delayed yet", "2010-03-01", "status_list",
     "No actions are delayed as of 1 March 2010"),
    ("the paediatrician rec - whose job is it to deliver", "2010-03-01", "owner", "SG-14 has no owner yet"),
    ("sandie keene - what role was she in when the ofsted paper went to exec board", "2010-02-20", "person",
     "Interim Director of Children's Services"),
    ("the leadership team - who is actually chairing it", "2010-08-25", "chair", "chaired by DCS"),
    ("who goes to the improvement board without being a member", "2010-08-20", "members",
     "Besides its members, the Improvement Board has 4 named attendees"),
    ("IB members and attendees", "2010-08-20", "members", "7 members and 4 other named attendees"),  # both
    ("additional CS funding for 2011/12 - the headline figure if poss", "2012-03-12", "money", "£11.2 million"),
    ("is the complaints info for parents rec still sitting open on the system", "2010-06-08", "status",
     "SG-9 is not started"),
    ("PEPs rec, LAC-9 - what does the tracker say", "2010-06-08", "status", "LAC-9 is not started"),
    ("has anybody put any notes against the paediatrician rec", "2010-06-08", "history", "SG-14 has no updates yet"),
    ("any new changes on the actions since monday", "2010-06-09", "recent", "No updates have been recorded since"),
    ("exec board - when was the ofsted inspection last on its agenda", "2011-01-10", "last_meeting",
     "The Executive Board last took up"),  # no agenda on record: when its papers took the topic up
    ("breeze card holders at the end of quarter two", "2010-01-10", "indicator", "121,650"),
    ("KLOEs - how many were there", "2010-02-20", "indicator", "over 50 key lines of enquiry"),
    ("could you do a status summary for the scrutiny board paper", "2010-08-01", "summary", "Board summary as of"),
    ("the LILAC standards - have we met all of them?", "2014-02-20", "indicator", "meeting all seven"),
    ("LAC value for money grade, from the inspection table", "2010-02-24", "judgement",
     "Value for Money for looked after children was judged Adequate"),  # the table is where, not what
    ("the audit committee report - does it commit us to anything", "2010-08-01", "actions",
     "actions from the Corporate Governance and Audit Committee report, 29 Jul 2010"),
]


@pytest.mark.parametrize("question, today, intent, has", ASKED)
def test_asked_as_staff_type_it(question, today, intent, has, seeded_db):
    reply = ask(seeded_db, question, today=today)
    assert reply.intent == intent and has in reply.text(), (reply.intent, reply.text())


@pytest.mark.parametrize("said", ["SG-2: who touched it last + their note", "LAC-4: who last edited it and why"])
def test_a_question_after_an_id_is_never_noted(said, db):
    ask(db, "role UASK manager")
    reply = ask(db, said, today="2010-04-02", user="UASK")
    assert reply.intent != "note" and not reply.changed, reply.text()
    assert "has no updates yet" in ask(db, f"history {said[:4]}", today="2010-04-02").text()


def test_a_follow_up_naming_something_else_and_asking_its_date_stands_alone(seeded_db):
    chat = dict(today="2010-05-01", conversation=True, channel="own-ask")
    ask(seeded_db, "is LAC-9 overdue yet", **chat)
    reply = ask(seeded_db, "and the paediatrician rec on the SG side - date for that?", **chat)
    assert reply.intent == "due_date" and reply.text().startswith("SG-14 is due on 7 July 2010"), reply.text()


@pytest.mark.parametrize("said", ["SG-3: who set the caseload cap is still being agreed with the unions",
                                  "LAC-5: who last updated the views survey has gone on leave"])
def test_the_reviews_notes_beginning_with_who_are_still_noted(said, db):
    ask(db, "role UNOTE manager")
    reply = ask(db, said, today="2010-06-01", user="UNOTE")
    assert reply.intent == "note" and reply.changed, reply.text()


@pytest.mark.parametrize("question, today, has, lacks", [  # the review's: near the session's rules, asking otherwise
    ("overdue LAC & care leavers actions", "2010-06-01", ["7 looked after children actions are overdue"], ["SG-"]),
    ("overdue LAC recs for 2010/11 re care leavers", "2010-08-01", ["looked after children"], ["SG-"]),
    ("whats overdue on safeguarding and looked after children plus the council's commitments", "2010-06-01",
     ["5 commitments the papers make are overdue"], []),
    ("what's due back in march?", "2010-02-20", ["due between 1 March 2010 and 31 March 2010"], []),
    ("which actions report back in july?", "2010-06-01", ["due between 1 July 2010 and 31 July 2010"], []),
    ("the april recs - what are they?", "2010-06-01", ["30 actions"], ["2011"]),
    ("is john lawlor still chief exec?", "2011-06-01", ["John Lawlor:"], ["newer record"]),  # NHS Leeds's, not ours
    ("is paul rogerson still chief exec", "2011-06-01", ["names Tom Riordan as Chief Executive"], []),  # the council's
    ("list the attendees who aren't members at the IB, and the members too", "2010-08-20",
     ["7 members and 4 other named attendees"], []),
    ("which SG/LAC recs are delayed?", "2010-06-01",
     ["None of the safeguarding and looked after children actions are delayed"], []),
    # the second review's
    ("what went overdue back in july", "2011-06-01", ["6 actions due between 1 July 2010 and 31 July 2010"], []),
    ("which april recs are overdue", "2010-06-01", ["9 actions due between 1 April 2010 and 30 April 2010"], []),
    ("which of the february recs are overdue?", "2010-06-01",
     ["23 actions are overdue", "No action fell due between 1 February 2010 and 28 February 2010"], []),
    ("the exec board update - is it overdue?", "2010-09-01", ["C-7"], ["SG-1"]),
    ("headline figures on breeze card please", "2010-06-01", ["121,650"], ["Board summary"]),
    ("have we met all the immediate ones", "2010-06-01", ["9 actions to be done immediately"], []),
    ("when do they reckon the paediatrician cover will be there", "2010-06-01", ["SG-14 is due on 7 July 2010"], []),
    ("whose job is it to get the PEPs sorted", "2010-06-01", ["LAC-9 has no owner yet"], []),
    ("the ones from the exec board meeting - which have gone over", "2010-06-01", ["are overdue as of"], []),
])
def test_the_reviews_questions(question, today, has, lacks, seeded_db):
    text = ask(seeded_db, question, today=today).text()
    assert all(h in text for h in has) and not any(x in text for x in lacks), text


@pytest.mark.parametrize("question, today, not_intent", [
    ("when does the board expect to get the improvement plan?", "2010-06-01", "due_date"),
    ("have we made changes to the threshold guidance?", "2010-06-01", "history"),
    ("which budgets have gone over?", "2010-06-01", "overdue"),
    ("how many of the IB meetings have run over?", "2010-06-01", "overdue"),
    ("whose job is it to lead the improvement board?", "2010-08-01", "owner"),
    ("what did ofsted say about children we placed at risk?", "2010-06-01", "status_list"),
    ("headline numbers for the board please", "2010-06-01", "indicator"),
])
def test_the_reviews_questions_near_the_new_rows(question, today, not_intent, seeded_db):
    reply = ask(seeded_db, question, today=today)
    assert reply.intent != not_intent, (reply.intent, reply.text())


def test_a_follow_up_asking_a_date_of_what_it_names_without_a_rule_is_read_with_the_one_before(seeded_db):
    chat = dict(today="2010-05-01", conversation=True, channel="own-ask-2")
    ask(seeded_db, "what's the deadline for the PEP rec?", **chat)
    reply = ask(seeded_db, "and the placement choice one - date for that?", **chat)
    assert reply.intent == "due_date" and reply.text().startswith("LAC-8 is due on 7 July 2010"), reply.text()


def test_one_theme_asked_after_two_is_that_themes_alone(seeded_db):
    chat = dict(today="2010-06-01", conversation=True, channel="two-then-one")
    assert "18 safeguarding and looked after children actions" in ask(
        seeded_db, "which SG and LAC recs are overdue?", **chat).text()
    assert ask(seeded_db, "what about LAC?", **chat).text().startswith("7 looked after children actions are overdue")
    assert ask(seeded_db, "and safeguarding?", **chat).text().startswith("11 safeguarding actions are overdue")


@pytest.mark.parametrize("said", ["SG-3: who last updated it and what was the note", "SG-3: who set the status to at risk",
                                  "SG-3: who marked it at risk and when was that",
                                  "SG-3: who moved the due date and on what basis"])
def test_the_second_reviews_questions_after_an_id_are_never_noted(said, db):
    ask(db, "role UQ2 manager")
    ask(db, "update SG-3 to at risk - cap not agreed", today="2010-06-01", user="UQ2")
    reply = ask(db, said, today="2010-06-01", user="UQ2")
    assert reply.intent != "note" and not reply.changed, reply.text()


def test_a_follow_up_naming_another_action_and_asking_its_owner(seeded_db):
    chat = dict(today="2010-06-01", conversation=True, channel="own-owner")
    ask(seeded_db, "what's overdue on safeguarding?", **chat)
    reply = ask(seeded_db, "and the paediatrician one - owner?", **chat)
    assert reply.intent == "owner" and reply.text().startswith("SG-14 has no owner yet"), reply.text()


def test_a_red_flag_on_any_of_a_themes_ones_lists_what_is_delayed(db):
    ask(db, "role URED manager")
    ask(db, "update SG-3 to delayed - cap not agreed", today="2010-06-01", user="URED")
    reply = ask(db, "has anyone stuck a red on any of the safeguarding ones", today="2010-06-01")
    assert reply.intent == "status_list" and "SG-3" in reply.text(), reply.text()


@pytest.mark.parametrize("question", ["has anyone made an update on the caseloads rec",
                                      "have we made any changes to the caseloads rec"])
def test_updates_made_to_an_action_ask_its_history(question, db):
    ask(db, "role UHIS manager")
    ask(db, "update SG-3 to at risk - cap not agreed", today="2010-06-01", user="UHIS")
    reply = ask(db, question, today="2010-06-01")
    assert reply.intent == "history" and "cap not agreed" in reply.text(), reply.text()


@pytest.mark.parametrize("question, today, not_intent", [
    ("the announced inspection - report out yet? need for a briefing", "2010-01-05", "summary"),  # why, not what
])
def test_why_a_question_is_asked_never_says_what_it_asks(question, today, not_intent, seeded_db):
    assert ask(seeded_db, question, today=today).intent != not_intent


def test_a_clause_beginning_i_e_restates_the_ask(db):
    ask(db, "role UIE manager")
    ask(db, "update SG-13 to at risk - analysis not begun", today="2010-03-01", user="UIE")
    reply = ask(db, "any reds? i.e. anything rated at risk today", today="2010-03-01")
    assert reply.intent == "status_list" and "SG-13" in reply.text(), reply.text()
