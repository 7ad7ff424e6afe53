"""The known phrasings (bot/phrasings.py): questions worded as no rule foresaw are read as the
nearest known phrasings read them, only where the rules found nothing and the phrasings agree;
what the rules decide, names asked of and commands are never theirs; a reading that finds
nothing gives the papers' passages instead. Each question here is worded afresh: none is in a
question table, so none is in the bank."""

from __future__ import annotations

import json
from datetime import date

import pytest

from benchmarks.phrasings import COMMAND, seeds_names
from benchmarks.phrasings import phrasings as rebuilt
from benchmarks.questions import NEVER_READ, TABLES
from bot import phrasings
from bot.names import Names
from bot.router import parse
from handlers.question import Context
from store.schema import connect
from tests.conftest import ask


@pytest.fixture(scope="module")
def names(seeded_path) -> Names:
    return Names.load(connect(seeded_path))


def bank_lines() -> list[str]:
    return phrasings.BANK.read_text(encoding="utf-8").splitlines()


def test_the_bank_is_what_the_studied_tables_make():
    assert phrasings.BANK.read_text(encoding="utf-8") == rebuilt(seeds_names()), \
        "bot/phrasings.tsv is out of date: run python benchmarks/phrasings.py"


def test_the_tables_never_read_stay_out_of_the_bank(names):
    held = {line.split("\t", 1)[1] for line in bank_lines()}
    for table in NEVER_READ:
        asks = [step["ask"] for line in (TABLES / f"{table}.jsonl").read_text().splitlines() if line.strip()
                for case in [json.loads(line)] for step in case.get("steps") or [case]]
        assert asks, table
        assert not [a for a in asks if not COMMAND.match(a) and phrasings.masked(a, names) in held], table


def test_the_bank_keeps_how_things_are_asked_not_the_seeds_names(names):
    text = phrasings.BANK.read_text(encoding="utf-8")
    assert not [w for w in names.person_words if f" {w} " in f" {text} ".replace("\n", " ")]
    assert not phrasings.ACTION_ID.search(text.replace("actid", ""))
    assert "who's on the  body " in text or "on the  body" in text  # bodies' names are placeholders
    intents = {line.split("\t", 1)[0] for line in bank_lines()}
    assert {"owner", "members", "when", "recent", "status"} <= intents and "role" in intents  # who holds a post


def test_a_question_is_masked_as_the_bank_keeps_it(names):
    assert phrasings.masked("who sits on the Improvement Board with Bill McCarthy?", names) == \
        "who sits on the  body  with person person?"
    assert phrasings.masked("has SG-3 gone to the CGAC", names) == "has actid gone to the  body "
    assert phrasings.masked("mark LAC-2 done", names) == "mark actid done"  # 'mark', a word in common use


@pytest.mark.parametrize("question, today, intent, has", [
    ("who has been put down to lead on PEPs", "2010-08-01", "owner", "LAC-9"),
    ("which partner organisations send people to the transformation board", "2010-08-01", "members",
     "Transformation Board"),
    ("the youth matters green paper - year it came out", "2010-08-01", "when", "2005"),
])
def test_worded_as_no_rule_foresaw_read_as_the_nearest_phrasings_read_it(question, today, intent, has, seeded_db):
    q = parse(Context(db=seeded_db, today=date.fromisoformat(today)), question)
    assert q.phrased and q.intent == intent
    reply = ask(seeded_db, question, today=today)
    assert reply.intent == intent and has in reply.text(), reply.text()


@pytest.mark.parametrize("question", [
    "what are the obsessions",  # the nearest are plan questions, but they share only what is asked about
    "what's on in leeds",  # 'who's on the <body>' shares only small words
    "care leavers well being support",  # a judged category's words are what is asked about, not how
    "which staff have been changing things on the tracker",  # 'which ones have been completed': small words
    "What is NUE?",  # a name asked of is looked up
])
def test_what_the_phrasings_leave_to_search(question, seeded_db):
    q = parse(Context(db=seeded_db, today=date.fromisoformat("2011-06-01")), question)
    assert not q.phrased and q.intent == "search"


def test_a_reading_by_likeness_that_finds_nothing_gives_the_papers(seeded_db):
    question = "tell me everything about children at risk of being left out"  # read as the actions at risk
    assert parse(Context(db=seeded_db, today=date.fromisoformat("2011-06-01")), question).phrased
    reply = ask(seeded_db, question, today="2011-06-01")
    assert reply.intent == "search" and "at risk as of" not in reply.text() and "passages" in reply.text()


def test_what_the_rules_read_is_never_the_phrasings(seeded_db):
    q = parse(Context(db=seeded_db, today=date.fromisoformat("2010-08-01")), "who chairs the improvement board")
    assert q.intent == "chair" and not q.phrased


def test_commands_are_never_a_phrasings_to_decide(names, db):
    said = ("update SG-3 to done - panel signed it off", "undo the last update I posted",
            "mark SG-3 as complete, audit signed off")
    votes = [phrasings.bank().vote(phrasings.masked(s, names)) for s in said]
    assert [v.intent for v in votes if v] == ["update", "undo", "update"]  # the bank holds such asks ...
    assert [phrasings.nearest_intent(s, names) for s in said] == [None, None, None]  # ... but never decides them
    reply = ask(db, "SG-3 sorted then, more or less", today="2010-08-01")  # no command: nothing written
    assert not reply.changed and not db.execute("select count(*) from history").fetchone()[0]
