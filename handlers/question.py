"""The parsed question and the context every handler receives."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

import sqlite_utils

from store.lookup import VisibleDocuments


@dataclass(frozen=True)
class Window:
    start: date
    end: date
    loose: bool = False  # said as a length of time or a season ('the next couple of months', 'before the summer
    # holidays'), not to a day typed ('by 3 march'): a deadline of a whole month reaching into it counts


@dataclass(frozen=True)
class BodyRef:
    id: int
    name: str
    names: list[str]


@dataclass
class Question:
    raw: str
    text: str
    intent: str
    words: list[str]
    today: date
    window: Window | None = None
    theme: str | None = None
    themes: list[str] = field(default_factory=list)  # two or more asked together ('sg + lac recs'): any of them
    body: BodyRef | None = None
    other_bodies: list[str] = field(default_factory=list)
    person: str | None = None
    plan: str | None = None  # a plan whose strands or themes the store holds
    named_plan: str | None = None  # a plan the papers only name ('the new CYPP')
    rating: str | None = None
    summary: bool = False
    council: str | None = None  # the council asked about (its key, see store.vocab.council_key)
    councils: list[str] = field(default_factory=list)  # every council named, in order ('bury vs middlesbrough')
    scope: frozenset[str] | None = None  # only these documents: the named council's reports (handlers.scope)
    topics: list[list[str]] = field(default_factory=list)  # the words of each topic listed ('caseloads, paeds or
    # training'): any of them, not all at once
    phrased: bool = False  # the intent is the nearest known phrasings', not a rule's (bot/phrasings.py)


@dataclass
class Context:
    """The store, the clock and the acting user for one request."""

    db: sqlite_utils.Database
    today: date
    user: str = "local"
    channel: str = "cli"
    request_id: str | None = None
    now: str = ""  # timestamp written to history: the pinned day, or the real time
    team: str = "local"  # the Slack workspace asking
    conversation: bool = False  # a chat (terminal or Slack): follow-ups are read with the question before
    thread: str = ""  # the Slack thread asked in: its own conversation

    def docs(self, today: date | None = None) -> VisibleDocuments:
        """Documents visible on `today` (default: the context's day), fetched as cited."""
        day = today or self.today
        cache = self.__dict__.setdefault("_docs", {})
        if day not in cache:
            cache[day] = VisibleDocuments(self.db, day)
        return cache[day]


IMPROVEMENT_ASKED = re.compile(r"\bneeds? to (?:improve|be improved|change)\b|\bimprovement areas?\b|"
                               r"\bthings to improve\b|"
                               r"\bareas? (?:for|of) (?:improvement|development|"
                               r"priority action)\b|\brecommend\w*\b|\bpriority actions?\b|\bimprovements?\b.{0,20}\b"
                               r"(?:ofsted|inspect\w*)\b|\b(?:ofsted|inspect\w*)\b.{0,40}\bimprove\w*\b")
