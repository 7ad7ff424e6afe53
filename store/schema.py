"""The SQLite schema, opened in WAL mode, with in-place upgrades between versions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

SCHEMA_VERSION = 26
REREAD_BEFORE = 26  # stores older than this were read by readers that missed records now kept
BUSY_TIMEOUT_MS = 15_000

DERIVED = ["passages", "actions", "body_facts", "meetings", "people", "judgements",
           "indicators", "strands", "statements", "inspections", "minute_items", "agenda_items", "acronyms", "risks",
           "plan_mentions", "letter_sections"]

TABLES: dict[str, tuple[dict, dict]] = {
    # name: (columns, options)
    "documents": ({"id": str, "path": str, "title": str, "body": str, "author": str,
                   "author_role": str, "date": str, "kind": str, "sha256": str,
                   "ingested_at": str}, {"pk": "id"}),
    "passages": ({"id": int, "doc_id": str, "seq": int, "ref": str, "heading": str, "text": str},
                 {"pk": "id"}),
    "actions": ({"key": str, "short_id": str, "doc_id": str, "seq": int, "plan": str,
                 "theme": str, "text": str, "timescale": str, "due": str, "due_precision": str,
                 "due_end": str, "doc_owner": str, "doc_status": str,
                 "kind": str, "ref": str, "sentence": str}, {"pk": "key"}),
    "action_ids": ({"key": str, "short_id": str, "prefix": str, "number": int}, {"pk": "key"}),
    "action_state": ({"key": str, "status": str, "owner": str, "due": str, "updated_at": str,
                      "updated_by": str}, {"pk": "key"}),
    "body_facts": ({"id": int, "doc_id": str, "name": str, "chair": str, "purpose": str,
                    "frequency": str, "interval": int, "unit": str, "approximate": int,
                    "progress": str, "ref": str, "sentence": str}, {"pk": "id"}),
    "bodies": ({"id": int, "name": str}, {"pk": "id"}),
    "body_names": ({"name": str, "body_id": int}, {"pk": "name"}),
    "meetings": ({"id": int, "doc_id": str, "body": str, "date": str, "precision": str,
                  "status": str, "ref": str, "sentence": str, "history_id": int, "venue": str, "time": str},
                 {"pk": "id"}),
    "people": ({"id": int, "doc_id": str, "name": str, "role": str, "body": str,
                "relation": str, "ref": str, "sentence": str}, {"pk": "id"}),
    "judgements": ({"id": int, "doc_id": str, "inspection": str, "theme": str, "category": str,
                    "rating": str, "ref": str, "sentence": str}, {"pk": "id"}),
    "inspections": ({"id": int, "doc_id": str, "council": str, "kind": str, "title": str, "lscb_review": int,
                     "start": str, "end": str, "published": str, "inspectors": str, "inspectors_ref": str,
                     "ref": str, "sentence": str}, {"pk": "id"}),
    "indicators": ({"id": int, "doc_id": str, "name": str, "value": str, "target": str,
                    "period": str, "unit": str, "ref": str, "sentence": str, "rag": str, "floor": str,
                    "previous": str, "previous_rag": str, "area": str, "page": int}, {"pk": "id"}),
    "minute_items": ({"id": int, "doc_id": str, "seq": int, "number": int, "item": str, "title": str,
                      "body": str, "meeting": str, "page": int, "text": str, "resolved": str, "ref": str,
                      "sentence": str}, {"pk": "id"}),
    "agenda_items": ({"id": int, "doc_id": str, "seq": int, "number": str, "title": str, "pages": str,
                      "note": str, "body": str, "meeting": str, "ref": str, "sentence": str}, {"pk": "id"}),
    "risks": ({"id": int, "doc_id": str, "risk_ref": str, "title": str, "change": str, "directorate": str, "cause": str,
               "event": str, "consequence": str, "likelihood": str, "impact": str, "score": float, "rating": str,
               "exposure": str, "exposure_value": float, "ref": str, "sentence": str}, {"pk": "id"}),
    "acronyms": ({"id": int, "doc_id": str, "acronym": str, "expansion": str, "implied": int, "ref": str,
                  "sentence": str},
                 {"pk": "id"}),
    "plan_mentions": ({"id": int, "doc_id": str, "name": str, "ref": str, "sentence": str}, {"pk": "id"}),
    "letter_sections": ({"id": int, "doc_id": str, "seq": int, "author": str, "date": str, "ref": str,
                         "sentence": str}, {"pk": "id"}),
    "strands": ({"id": int, "doc_id": str, "seq": int, "plan": str, "name": str, "rating": str,
                 "outstanding": str, "ref": str, "sentence": str}, {"pk": "id"}),
    "statements": ({"id": int, "doc_id": str, "date": str, "precision": str, "future": int,
                    "ref": str, "sentence": str}, {"pk": "id"}),
    "history": ({"id": int, "action_key": str, "subject": str, "field": str, "old": str,
                 "new": str, "note": str, "user": str, "channel": str, "request_id": str,
                 "at": str, "reverts": int}, {"pk": "id"}),
    "reminder_prefs": ({"user": str, "enabled": int, "by": str, "at": str}, {"pk": "user"}),
    "digests": ({"id": int, "channel": str, "cadence": str, "weekday": int, "time": str, "active": int,
                 "by": str, "at": str}, {"pk": "id"}),
    "sends": ({"key": str, "kind": str, "target": str, "due_at": str, "sent_at": str, "late": int},
              {"pk": "key"}),
    "roles": ({"user": str, "role": str, "granted_by": str, "at": str}, {"pk": "user"}),
    "meta": ({"key": str, "value": str}, {"pk": "key"}),
    "seen_requests": ({"key": str, "at": str}, {"pk": "key"}),
    "bot_threads": ({"channel": str, "thread_ts": str}, {"pk": ("channel", "thread_ts")}),
}
FTS = {"passages": ["heading", "text"], "actions": ["text", "theme", "plan"],
       "statements": ["sentence"], "indicators": ["name", "sentence"], "minute_items": ["title", "text"]}
INDEXES = [("passages", ["doc_id"]), ("actions", ["doc_id"]), ("actions", ["theme"]),
           ("actions", ["due_end", "key", "theme", "doc_status"]),
           ("actions", ["theme", "due_end", "key", "doc_status"]), ("actions", ["theme", "timescale", "due_end"]),
           ("meetings", ["body"]), ("people", ["body"]),
           ("people", ["name"]), ("body_facts", ["name"]), ("judgements", ["doc_id"]),
           ("history", ["action_key"]), ("history", ["user"]), ("statements", ["doc_id"]),
           ("strands", ["plan"]), ("indicators", ["doc_id"]), ("indicators", ["unit", "value"]), ("people", ["doc_id"]),
           ("meetings", ["doc_id"]), ("body_facts", ["doc_id"]), ("strands", ["doc_id"]),
           ("action_ids", ["prefix", "number"]), ("documents", ["date"]),
           ("inspections", ["doc_id"]), ("inspections", ["council"]), ("actions", ["timescale"]),
           ("action_state", ["status"]), ("action_state", ["owner"]),
           ("actions", ["doc_status"]), ("digests", ["channel"]), ("minute_items", ["doc_id"]),
           ("minute_items", ["body", "meeting"]), ("agenda_items", ["doc_id"]), ("acronyms", ["doc_id"]),
           ("acronyms", ["acronym"]), ("risks", ["doc_id"]),
           ("plan_mentions", ["doc_id"]), ("letter_sections", ["doc_id"])]


PASSAGE_WEIGHTS = "2.0, 1.0"  # BM25 weights of a passage's heading and text
OBSOLETE_INDEXES = ["idx_actions_due", "idx_actions_due_end_key_theme", "idx_actions_theme_due_end_key"]
BACKFILL = [  # derived columns added by later versions, filled in for rows stored before them
    "update actions set due_end = case when due_precision = 'month' "
    "then date(due, 'start of month', '+1 month', '-1 day') else due end "
    "where due is not null and due_end is null",
]


class UnusableDatabase(Exception):
    "The database file cannot be opened as a Clerk store"


def connect(path: str | Path) -> sqlite_utils.Database:
    """Open (creating or upgrading) the store at `path`, in WAL mode with a busy timeout."""
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                               check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        db = sqlite_utils.Database(conn)
        migrate(db)
    except sqlite3.DatabaseError as exc:
        raise UnusableDatabase(f"{path}: {exc}") from exc
    return db


def schema_version(db: sqlite_utils.Database) -> int:
    if "meta" not in db.table_names():
        return 0
    row = db.execute("select value from meta where key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def migrate(db: sqlite_utils.Database) -> None:
    """Bring the schema up to SCHEMA_VERSION without losing rows; safe to run every open."""
    if schema_version(db) == SCHEMA_VERSION:
        return
    with db.conn:
        db.execute("BEGIN IMMEDIATE")
        if schema_version(db) == SCHEMA_VERSION:  # another process got there first
            return
        for name, (columns, options) in TABLES.items():
            table = db[name]
            if table.exists():
                missing = {c: t for c, t in columns.items() if c not in table.columns_dict}
                for column, kind in missing.items():
                    table.add_column(column, kind)
            else:
                table.create(columns, **options)
        for name in OBSOLETE_INDEXES:
            db.execute(f"drop index if exists {name}")
        for table, columns in INDEXES:
            db[table].create_index(columns, if_not_exists=True)
        for table, columns in FTS.items():
            if f"{table}_fts" not in db.table_names():
                db[table].enable_fts(columns, tokenize="porter", create_triggers=True)
        # rank passages by BM25 with headings weighted twice the text
        db.execute(f"insert into passages_fts(passages_fts, rank) values ('rank', 'bm25({PASSAGE_WEIGHTS})')")
        # how many passages hold each (stemmed) term, read straight from the index
        db.execute("create virtual table if not exists passages_terms using fts5vocab(passages_fts, 'row')")
        for sql in BACKFILL:
            db.execute(sql)
        if 0 < schema_version(db) < REREAD_BEFORE:  # new readers: the next ingest reads every file again
            db.execute("update documents set sha256 = null")
        db["meta"].upsert({"key": "schema_version", "value": str(SCHEMA_VERSION)}, pk="key")
