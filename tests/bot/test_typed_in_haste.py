"""Questions as people type them in a hurry: a slip of the keys in the word that says what is asked,
and a greeting, a 'can you tell me' or why it is asked before or after the question. Found by
perturbing the studied tables' questions (a swapped or dropped letter, a lead-in, a reason), not by
reading a table's failures; each question here is worded afresh."""

from __future__ import annotations

import pytest

from bot.wording import one_slip
from tests.conftest import ask


@pytest.mark.parametrize("typed, meant", [
    ("cahiring", "chairing"), ("grdae", "grade"), ("hisotry", "history"),
    ("deadine", "deadline"), ("frequncy", "frequency"), ("sitll", "still"),
])
def test_a_slip_of_the_keys_is_the_word_of_the_grammar(typed, meant):
    assert one_slip(typed, set()) == meant


@pytest.mark.parametrize("typed", [
    "wording", "placements", "staffed", "sizing",  # a known word with an ending
    "organisation",  # English spelt as the English spell it
    "frameworki", "havent", "righto", "patchy",  # a different last letter is another word, not a slip
    "intro", "trans",  # short words are read as swapped letters only
])
def test_words_that_are_no_slip_are_left_alone(typed):
    assert one_slip(typed, set()) is None


@pytest.mark.parametrize("said, intent, expected", [
    ("who is cahiring the IB these days", "chair", "Improvement Board"),
    ("the SG capacity to improve judgement - what grdae did we get", "judgement", "Adequate"),
    ("MRG meetings - who presdies over them", "chair", "Member Reference Group"),
])
def test_a_slip_in_the_asking_word_is_read_as_meant(said, intent, expected, seeded_db):
    reply = ask(seeded_db, said, today="2010-04-20")
    assert reply.intent == intent and expected in reply.text(), (reply.intent, reply.text())


@pytest.mark.parametrize("said", [
    "prepping for the LSCB exec - is anything on the safeguarding side sitting overdue",
    "for tomorrow's huddle: is anything on the safeguarding side sitting overdue",
    "hiya, is anything on the safeguarding side sitting overdue",
    "quick one - is anything on the safeguarding side sitting overdue",
    "is anything on the safeguarding side sitting overdue - for the 10am",
])
def test_why_it_is_asked_narrows_nothing(said, seeded_db):
    reply = ask(seeded_db, said, today="2010-04-20")
    text = reply.text()
    assert reply.intent == "overdue" and text.startswith("11 safeguarding actions are overdue"), text


def test_a_lead_the_question_refers_back_to_is_kept(seeded_db):
    reply = ask(seeded_db, "prepping for the improvement board - who chairs it?", today="2010-04-20")
    assert reply.intent == "chair" and "Improvement Board" in reply.text(), reply.text()


@pytest.mark.parametrize("said", ["can you tell me when the nine point plan was drawn up",
                                  "could u remind me when the nine point plan was drawn up",
                                  "do you know when the nine point plan was drawn up?"])
def test_a_polite_lead_in_is_how_it_is_asked(said, seeded_db):
    reply = ask(seeded_db, said, today="2014-03-01")
    assert reply.intent == "when" and "late 2012" in reply.text(), reply.text()


def test_can_you_tell_me_about_is_still_about(seeded_db):
    reply = ask(seeded_db, "can you tell me about SG-9", today="2010-04-20")
    assert "SG-9" in reply.text() and reply.intent in ("actions", "status"), (reply.intent, reply.text())


@pytest.mark.parametrize("said", ["do you know what the CTB is?", "remind me what the CTB is",
                                  "could you tell me what the children's trust board is"])
def test_a_question_asked_inside_another_is_read_in_its_own_order(said, seeded_db):
    reply = ask(seeded_db, said, today="2010-08-10")
    assert reply.intent == "about_body" and "Children's Trust Board" in reply.text(), (reply.intent, reply.text())


@pytest.mark.parametrize("said, today, expected", [  # the review's: the lead alone names what is asked
    ("for the LAC paper - which recs are overdue", "2010-04-20", "7 looked after children actions are overdue"),
    ("drafting the safeguarding update - which recs are overdue", "2010-04-20", "11 safeguarding actions"),
    ("for the scrutiny paper - who is the chair", "2010-08-01", "Scrutiny is chaired by"),
    ("prepping for the improvement board - how often does the board meet", "2010-08-01", "The Improvement Board"),
    ("for the caseloads paper - what's the status", "2010-04-20", "SG-3"),
    ("for the Q1 return - what is due by the end of the quarter", "2010-04-20", "between 1 April 2010 and 30 June"),
])
def test_a_lead_naming_what_is_asked_is_kept(said, today, expected, seeded_db):
    text = ask(seeded_db, said, today=today).text()
    assert expected in text.splitlines()[0], text


@pytest.mark.parametrize("typed", ["academies", "prioritise", "policies"])  # the review's: plurals and British verbs
def test_plurals_and_british_spellings_are_no_slips(typed):
    assert one_slip(typed, set()) is None


def test_a_name_written_with_a_capital_is_no_slip(seeded_db):
    reply = ask(seeded_db, "is Reilly the chair", today="2010-08-01")
    assert "Bill McCarthy" not in reply.text(), reply.text()


def test_a_typo_nearer_an_english_word_is_left_to_it():
    assert one_slip("contrcat", set()) is None  # 'contract', never the grammar's 'contact'


def test_tell_me_why_keeps_its_why(seeded_db):
    reply = ask(seeded_db, "tell me why SG-9 is late", today="2010-04-20")
    assert "SG-9" in reply.text(), reply.text()


@pytest.mark.parametrize("said", ["what's the deadline for SG-9 ta", "what's the deadline for SG-9 - for the 3pm",
                                  "what's the deadline for SG-9, thanks!"])
def test_thanks_or_a_reason_after_the_question_asks_nothing(said, seeded_db):
    reply = ask(seeded_db, said, today="2010-03-01")
    assert reply.intent == "due_date" and "7 April 2010" in reply.text(), (reply.intent, reply.text())


def test_a_question_that_is_only_thanks_is_left_whole(seeded_db):
    assert ask(seeded_db, "thanks", today="2010-03-01").intent != "due_date"


@pytest.mark.parametrize("said", ["sorry, what's SG-9?", "ok so what is SG-9", "btw what's SG-9",
                                  "Q: what is SG-9"])
def test_an_opening_aside_is_how_it_is_asked(said, seeded_db):
    plain = ask(seeded_db, "what is SG-9", today="2010-04-20")
    reply = ask(seeded_db, said, today="2010-04-20")
    assert reply.intent == plain.intent and reply.text() == plain.text(), (reply.intent, reply.text())


@pytest.mark.parametrize("said", ["any idea what the CTB does", "just wondering what the CTB does",
                                  "does anyone know what the CTB does?", "i need to know what the CTB does"])
def test_wondering_before_a_question_is_how_it_is_asked(said, seeded_db):
    reply = ask(seeded_db, said, today="2010-08-01")
    assert reply.intent == "about_body" and "Children's Trust Board" in reply.text(), (reply.intent, reply.text())


@pytest.mark.parametrize("said", ["the LSCB challenge rec - whats its deadline tho?",
                                  "the LSCB challenge rec - whats its deadline asap",
                                  "the LSCB challenge rec - what was its deadline again?",
                                  "the LSCB challenge rec - whats its deadline when you get a sec"])
def test_a_hedge_after_the_question_asks_nothing(said, seeded_db):
    reply = ask(seeded_db, said, today="2010-03-01")
    assert reply.intent == "due_date" and "SG-12 is due on 7 July 2010" in reply.text(), (reply.intent, reply.text())


def test_meeting_again_is_the_next_meeting(seeded_db):
    reply = ask(seeded_db, "when does the improvement board meet again", today="2010-08-01")
    assert reply.intent == "next_meeting", (reply.intent, reply.text())


@pytest.mark.parametrize("said, intent, expected", [
    ("what did the inspectors give safeguarding for capacity to improve", "judgement", "Adequate"),
    ("how did the inspectors rate being healthy for looked after children", "judgement", "Good"),
    ("how many inspectors came on the announced visit", "inspection", "inspectors"),
])
def test_the_inspectors_are_ofsted_unless_asked_of_as_people(said, intent, expected, seeded_db):
    reply = ask(seeded_db, said, today="2010-08-01")
    assert reply.intent == intent and expected in reply.text(), (reply.intent, reply.text())
