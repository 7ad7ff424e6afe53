"""Ways of asking found in the twenty-first table written without sight of the code (blind20,
commissioned, scored and studied the same session). Each question is worded afresh, so it checks
the mechanism, not the table's sentence; questions near the new rules that ask something else are
pinned beside them."""

from __future__ import annotations

import pytest

from tests.conftest import ask


@pytest.mark.parametrize("said", ["SG-12: is it moving? chair wants to know before panel", "LAC-9: any progress?"])
def test_a_question_after_an_id_is_answered(said, db):
    ask(db, "role UPROG manager")
    reply = ask(db, said, today="2010-06-16", user="UPROG")
    assert reply.intent in ("status", "history") and not reply.changed, reply.text()
    assert "has no updates yet" in ask(db, f"history {said[:5].rstrip(':')}", today="2010-06-16").text()


@pytest.mark.parametrize("said", [  # the reviews': a question and more after an id is noted, as before (the reply says
    # so, and `undo` takes it back): no wording tells a note that answers its question from one saying what it asks
    "LAC-9: any progress? the PEP audit is back from schools",
    "LAC-8: any movement? widening placements for minority ethnic + complex needs kids",
    "LAC-4: any news? we're reporting to EB on 12 july",
    "SG-3: why the delay? panel postponed to July so sign-off slips",
    "LAC-4: any progress? yes - placements panel agreed new criteria on 3 June",
    "SG-9: how's it going? recruitment done, 3 of 4 posts filled",
    "SG-11: who's leading? Jane Smith has taken it over from Bob",
    "SG-12: any issues? none - LSCB review agreed at board 12/7",
    "LAC-9: which partners? health and education both signed up at the June meeting",
])
def test_a_question_the_note_answers_is_still_noted(said, db):
    ask(db, "role UREM manager")
    reply = ask(db, said, today="2010-06-16", user="UREM")
    assert reply.intent == "note" and reply.changed, (reply.intent, reply.text())


@pytest.mark.parametrize("said", ["argh, reverse whatever i just did", "please undo whatever i did"])
def test_undo_of_whatever_was_just_done(said, db):
    ask(db, "role UWHAT manager")
    ask(db, "update SG-9 to in progress", today="2010-05-05", user="UWHAT")
    reply = ask(db, said, today="2010-05-05", user="UWHAT")
    assert reply.intent == "undo" and "SG-9" in reply.text(), reply.text()


def test_undo_is_never_whatever_someone_else_decided(seeded_db):
    assert ask(seeded_db, "reverse whatever the panel decided", today="2010-05-05").intent != "undo"


def test_a_windows_possessive_is_the_window_not_a_topic(seeded_db):
    text = ask(seeded_db, "next week's deadlines pls", today="2010-06-28").text()
    assert text.startswith("6 open actions are due between 5 July 2010 and 11 July 2010") and "about" not in text, text


def test_a_measure_of_last_year_keeps_its_year(seeded_db):
    reply = ask(seeded_db, "last year's TAP figure - how many young people were involved", today="2009-12-20")
    assert "3,826" in reply.text(), reply.text()


def test_another_theme_for_the_same_window_in_a_chat(seeded_db):
    chat = dict(today="2010-06-28", conversation=True, channel="same-window")
    assert "SG-13" in ask(seeded_db, "any SG deadlines in the next 14 days", **chat).text()
    reply = ask(seeded_db, "cheers - now the looked after ones for the same 2 weeks", **chat)
    assert reply.intent == "due" and reply.text().startswith("3 open looked after children actions are due between "
                                                             "28 June 2010 and 12 July 2010"), reply.text()


def test_another_action_alone_asks_the_same_again(seeded_db):
    chat = dict(today="2010-03-10", conversation=True, channel="same-ask")
    assert ask(seeded_db, "who owns LAC-3?", **chat).intent == "owner"
    assert ask(seeded_db, "and LAC-4", **chat).intent == "owner"
    ask(seeded_db, "deadline for SG-2?", **chat)
    reply = ask(seeded_db, "how about SG-14?", **chat)
    assert reply.intent == "due_date" and reply.text().startswith("SG-14 is due on 7 July 2010"), reply.text()


def test_another_action_alone_after_its_status_is_its_status(seeded_db):
    chat = dict(today="2010-03-10", conversation=True, channel="same-status")
    ask(seeded_db, "status of SG-2", **chat)
    assert ask(seeded_db, "what about SG-14", **chat).text().startswith("SG-14 is not started")


ASKED = [  # (question, today, intent, what the answer holds)
    ("the myplace centre - still going to open in november?", "2010-09-08", "status", "C-1 is not started"),
    ("play areas, are we still on track for march", "2010-01-08", "status", "C-2"),
    ("mobile working for social workers - running yet?", "2014-03-01", "status", "mobile working"),
    ("bill mccarthy - what's he got to do with the letters to the minister", "2011-05-01", "person",
     "Bill McCarthy"),
    ("judith blake on the IB list - who does she work for", "2010-08-01", "person", "Lead Member"),
    ("penny thompson - full title please", "2010-08-01", "person", "Penny Thompson"),
    ("free swimming for under 16s - which month did it start", "2009-12-20", "when", "April 2009"),
    ("threshold guidance, in which month did it come in", "2009-12-20", "when", "September 2009"),
    ("has even one LAC rec been signed off yet", "2010-05-01", "status_list", "None of the looked after children "
     "actions are done"),
    ("has somebody marked anything as delayed?", "2010-05-01", "status_list", "No actions are delayed"),
    ("which recommendations have we closed so far", "2010-05-01", "status_list", "No actions are done"),
    ("breeze on tour - who runs it?", "2009-12-20", "owner", "I have no owner recorded"),
    ("the leadership review launched in the autumn, who's heading it up", "2009-12-20", "owner", "led corporately"),
    ("SG recs with an april deadline?", "2010-03-01", "due", "SG-9"),
    ("what's pencilled in for delivery in march", "2010-02-20", "due", "C-3"),
    ("the children's trust board's yearly review of the plan, when was the latest", "2010-08-01", "last_meeting",
     "last met"),
    ("latest inspection by ofsted, when was it and how did we do", "2011-05-01", "inspection", "January 2011"),
    ("the announced ofsted inspection - what dates were they", "2010-03-01", "inspection", "2009"),
    ("the PEPs rec, current position?", "2010-05-01", "status", "LAC-9 is not started"),
    ("the three month safeguarding recs - did they go past the deadline undone?", "2010-05-01", "overdue",
     "SG-9"),
    ("the independent review of the LSCB, when is implementation expected", "2010-03-01", "due_date",
     "C-5 is due in spring 2010 (by 31 May 2010)"),
    ("the august report to exec board on the transformation work - timing?", "2010-07-30", "due_date",
     "August 2010"),
]


@pytest.mark.parametrize("question, today, intent, has", ASKED)
def test_asked_as_staff_type_it(question, today, intent, has, seeded_db):
    reply = ask(seeded_db, question, today=today)
    assert reply.intent == intent and has in reply.text(), (reply.intent, reply.text())


@pytest.mark.parametrize("question, today, not_intent", [  # near the new rows, asking something else
    ("the transformation board, who leads it", "2010-08-01", "owner"),  # a body's chair
    ("what day did the ofsted notification arrive", "2010-03-01", "inspection"),  # a letter's date, not the visit's
    ("which recs are still on track", "2010-05-01", "status"),  # a list
    ("when was the latest update on SG-3", "2010-05-01", "last_meeting"),  # an update, not a meeting
    ("what month did the inspection report say the deadline was", "2010-05-01", "when"),  # a deadline
    ("SG-12 - who made it a priority", "2010-07-27", "history"),
    ("what number of young people did the TAP reach", "2009-12-20", "actions"),
    # the review's
    ("has C-1 lapsed without being delivered", "2010-08-01", "overdue"),  # one action: its card
    ("SG-3 - expired undone?", "2010-08-01", "overdue"),
    ("who chairs the IB and who is he", "2010-08-01", "person"),
    ("what is the official title of the IB", "2010-08-01", "person"),
    ("in which year did leeds get judged inadequate", "2014-03-01", "when"),
    ("next IB - timing?", "2010-06-01", "due_date"),
    ("when was SG-3 due, and who made it", "2010-06-01", "history"),
    ("SG-3 - all updates to the IB go through the DCS?", "2010-06-01", "history"),
    ("which reference is the report", "2010-06-01", "actions"),
    ("what phone number is the contact centre", "2010-06-01", "actions"),
    ("anyone flagged at risk in the IB minutes", "2010-08-01", "status_list"),
    ("do we send anyone to the ofsted feedback", "2010-08-01", "members"),
    ("the DCS appointment - when was the most recent", "2012-01-01", "last_meeting"),
    ("children's services - who runs it", "2010-08-01", "owner"),
    ("has LAC-9 passed without being met", "2010-08-01", "decision"),  # its card
    ("have any of our actions been signed off since the last meeting", "2010-08-01", "last_meeting"),
    ("in which month did the inspection that judged LAC adequate happen", "2014-03-01", "judgement"),
])
def test_questions_near_the_new_rows(question, today, not_intent, seeded_db):
    reply = ask(seeded_db, question, today=today)
    assert reply.intent != not_intent, (reply.intent, reply.text())


def test_why_it_is_asked_after_a_dash_names_nothing(seeded_db):
    reply = ask(seeded_db, "when did free swimming for under 16s begin - need it for my monthly return",
                today="2009-12-20")
    assert reply.intent == "when" and reply.text().startswith("April 2009"), reply.text()


def test_a_seasons_deadline_is_said_as_the_season(seeded_db):
    assert ask(seeded_db, "when was C-5 due", today="2010-06-01").text().startswith(
        "C-5 was due in spring 2010 (by 31 May 2010)")


@pytest.mark.parametrize("question, today, intent, has, lacks", [
    ("the PEP recs ofsted gave leeds - list them", "2010-06-01", "actions", ["LAC-9"], ["about ‘leeds’"]),
    ("anything overdue in leeds?", "2010-06-01", "overdue", ["23 actions are overdue"], ["about"]),  # the council's own
    # place names every action of its records
    ("how would i mark a rec as delayed", "2011-06-01", "help", ["update <action> to <status>"], []),
    ("do the police send anyone to the improvement board", "2010-08-01", "members", ["Gerry Broadbent"], []),
    ("the paediatrician deadline - has it passed without being met?", "2010-08-01", "overdue", ["SG-14"], []),
    ("which recs ended up overdue and never got closed", "2010-08-01", "overdue", ["SG-1"], []),
    ("what's the ref for the paediatrician rec", "2010-06-01", "actions", ["SG-14"], ["SG-1 "]),
    ("every update on LAC-3 and who made them", "2010-06-01", "history", ["LAC-3 has no updates yet"], []),
])
def test_asked_as_staff_type_it_too(question, today, intent, has, lacks, seeded_db):
    reply = ask(seeded_db, question, today=today)
    text = reply.text()
    assert reply.intent == intent and all(h in text for h in has) and not any(x in text for x in lacks), (
        reply.intent, text)



@pytest.mark.parametrize("question, today, has", [  # the review's: lists that the new rows once read as one action
    ("are we still going to make the deadlines for LAC", "2010-06-01", "looked after children actions"),
    ("are we still on course for the LAC recs", "2010-06-01", "looked after children actions"),
    ("SG recs with a july target?", "2010-06-01", "3 open safeguarding actions are due between 1 July 2010 and 31 "
     "July 2010"),
    ("LAC recs with an april target date", "2010-03-01", "between 1 April 2010 and 30 April 2010"),
    ("what's overdue on delivery", "2010-06-01", "1 action about ‘delivery’ is overdue"),  # a word of the topic
    ("overdue completion dates for SG", "2010-08-01", "14 safeguarding actions are overdue"),  # a deadline, said
    ("which actions have not been signed off", "2010-08-01", "open actions are due"),  # never the done ones
    ("who owns the leeds actions", "2010-06-01", "3 actions match ‘leeds’"),
    ("who owns the leeds caseload rec", "2010-06-01", "SG-3 has no owner yet"),
    ("right so which LAC recs are still past their target date", "2010-06-01", "7 looked after children actions"),
    # 'right so' begins it: no children's rights
    ("which actions mention leeds?", "2010-06-01", "about ‘leeds’"),  # the council's place, asked of the text
])
def test_the_reviews_list_questions(question, today, has, seeded_db):
    text = ask(seeded_db, question, today=today).text()
    assert has in text, text


@pytest.mark.parametrize("said", ["thanks - now what about LAC?", "thanks! now do LAC"])
def test_thanks_then_another_theme(said, seeded_db):
    chat = dict(today="2010-06-01", conversation=True, channel=f"thanks-{said}")
    ask(seeded_db, "which SG recs are overdue?", **chat)
    assert ask(seeded_db, said, **chat).text().startswith("7 looked after children actions are overdue")


def test_thanks_then_a_new_question_is_not_the_one_before_again(seeded_db):
    chat = dict(today="2010-06-01", conversation=True, channel="thanks-now")
    ask(seeded_db, "what's overdue on SG?", **chat)
    assert "safeguarding actions are overdue" not in ask(seeded_db, "thanks - now who chairs the IB?", **chat).text()


def test_another_span_than_the_one_before_is_not_taken_for_it(seeded_db):
    chat = dict(today="2010-06-01", conversation=True, channel="span")
    ask(seeded_db, "what SG recs are due in the next 2 weeks?", **chat)
    assert "15 June 2010" not in ask(seeded_db, "now the LAC ones for those 6 weeks", **chat).text()


def test_a_reason_naming_a_topic_is_part_of_the_question(seeded_db):
    reply = ask(seeded_db, "what did ofsted say - for our paper on looked after children", today="2010-06-01")
    assert reply.intent == "judgement", (reply.intent, reply.text())


def test_an_owner_question_shows_the_topics_sentence_first(seeded_db):
    text = ask(seeded_db, "who owns school attendance?", today="2011-06-01").text()
    assert "attendance" in text.split("\n")[1].lower() or "attendance" in text.split("\n")[2].lower(), text
    text = ask(seeded_db, "who leads on the breeze card", today="2011-06-01").text()
    assert "This provision is run" not in text, text  # the Friday Night Project's, not the card's


@pytest.mark.parametrize("said", ["LAC-4: is it done? I heard it was completed",
                                  "LAC-4: has it been signed off? the minutes said it was completed"])
def test_a_question_before_a_remark_never_sets_a_status(said, db):
    ask(db, "role UQS manager")
    reply = ask(db, said, today="2010-06-01", user="UQS")
    assert reply.intent != "update" and "is now done" not in reply.text(), reply.text()
    assert "LAC-4 is not started" in ask(db, "status of LAC-4", today="2010-06-01").text()
