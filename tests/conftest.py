"""Real fixtures: a SQLite file under tmp_path built by the real schema and real ingestion
of the real seed reports."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from bot.boundary import answer
from handlers.question import Context
from store.ingest import ingest_paths
from store.schema import connect

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seeded_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("seeded") / "clerk.db"
    db = connect(path)
    result = ingest_paths(db, [SEEDS])
    assert result.ingested == 5 and not result.problems
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    return path


@pytest.fixture(scope="session")
def seeded_db(seeded_path):
    """The seeded store, shared read-only by tests that only ask questions."""
    return connect(seeded_path)


@pytest.fixture
def db_path(tmp_path, seeded_path) -> Path:
    """A private copy of the seeded store for tests that write."""
    path = tmp_path / "clerk.db"
    shutil.copy(seeded_path, path)
    return path


@pytest.fixture
def db(db_path):
    return connect(db_path)


@pytest.fixture
def fresh_db(tmp_path):
    return connect(tmp_path / "empty.db")


def assert_answer(db, question: str, today: str, intent: str, expect: list[str], forbid: list[str]) -> None:
    """The question, asked on `today`, is read as `intent` and answered with every `expect` and no `forbid`."""
    reply = ask(db, question, today=today)
    text = reply.text()
    assert reply.intent == intent, text
    assert all(e in text for e in expect), text
    assert not any(f in text for f in forbid), text


def ask(db, text: str, today: str = "2010-08-01", user: str = "local", channel: str = "cli",
        request_id: str | None = None, conversation: bool = False):
    """The reply to `text`, through the real error boundary and router (`conversation`: as in a
    chat, where a follow-up is read with the question before it)."""
    day = date.fromisoformat(today)
    ctx = Context(db=db, today=day, user=user, channel=channel, request_id=request_id,
                  now=f"{today}T09:00:00", conversation=conversation)
    return answer(ctx, text)
