"""Ingest report files: parse, extract every kind of record, store one document at a time."""

from __future__ import annotations

import hashlib
import os
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from multiprocessing import get_context
from pathlib import Path

import sqlite_utils
from rapidfuzz import fuzz, process

from .dates import period_end
from .document import ParsedDoc
from .formats import NAMES, UnreadableReport, is_readable, read_blocks
from .schema import DERIVED
from .shapes import extract_records
from .shapes.bodies import link_bodies
from .shapes.metadata import extract_metadata
from .text import Line, clean_text, split_lines, split_passages
from .vocab import short_id_prefix

UNTHEMED_PREFIX = {"inspection": "IN", "plan": "A"}  # short ids of actions with no theme, by kind; else C
PARALLEL_FROM = 24  # files, or PARALLEL_BYTES of them: below both, starting workers costs more than it saves
PARALLEL_BYTES = 1_000_000
COUNTED = ["documents", "passages", "actions", "bodies", "meetings", "people", "judgements",
           "indicators"]


@dataclass
class IngestResult:
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTED, 0))
    problems: list[str] = field(default_factory=list)
    unchanged: int = 0
    ingested: int = 0


def parse_blocks(doc_id: str, lines: list[Line]) -> ParsedDoc:
    """A document from its blocks: header metadata, then passages."""
    meta = extract_metadata(lines, fallback_title=doc_id.replace("-", " "))
    return ParsedDoc(doc_id, meta, split_passages(lines), lines)


def parse_report(doc_id: str, text: str) -> ParsedDoc:
    """A document from plain text."""
    return parse_blocks(doc_id, split_lines(clean_text(text)))


def doc_id_for(path: Path) -> str:
    return re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-") or "report"


@dataclass
class Prepared:
    """One report parsed and extracted, ready to store (built in a worker process)."""

    path: Path
    doc_id: str
    digest: str
    doc: ParsedDoc
    records: dict[str, list[dict]]
    notes: list[str] = field(default_factory=list)


def prepare_report(path: Path) -> Prepared:
    """Read, parse and extract one report: pure work, safe to run in another process."""
    blocks = read_blocks(path)
    doc_id = doc_id_for(path)
    doc = parse_blocks(doc_id, blocks.lines)
    return Prepared(path, doc_id, file_digest(path), doc, extract_records(doc), blocks.notes)


def file_digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        raise UnreadableReport(f"cannot be read ({exc.strerror or exc})") from exc


def is_unchanged(db: sqlite_utils.Database, path: Path) -> bool:
    row = db.execute("select sha256 from documents where id = ?", [doc_id_for(path)]).fetchone()
    return bool(row and row[0] == file_digest(path))


def store_report(db: sqlite_utils.Database, prep: Prepared, result: IngestResult) -> None:
    """Replace one document's derived records in one transaction, keeping action identity."""
    result.problems += [f"{prep.path}: {note}" for note in prep.notes]
    doc, records, doc_id = prep.doc, prep.records, prep.doc_id
    with db.conn:
        db.execute("BEGIN IMMEDIATE")
        old_actions = list(db.query("select key, theme, text from actions where doc_id = ?", [doc_id]))
        for table in DERIVED:
            db.execute(f"delete from {table} where doc_id = ?", [doc_id])
        db["documents"].upsert({
            "id": doc_id, "path": str(prep.path), "title": doc.meta.title, "body": doc.meta.body or None,
            "author": doc.meta.author or None, "author_role": doc.meta.author_role or None,
            "date": doc.date.isoformat() if doc.date else None, "kind": doc.meta.kind,
            "sha256": prep.digest, "ingested_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }, pk="id")
        _assign_action_keys(db, doc_id, records["actions"], old_actions)
        for action in records["actions"]:
            action["due_end"] = last_day(action["due"], action["due_precision"])
        for table, rows in records.items():
            _insert_rows(db, table, rows, doc_id)
    result.ingested += 1
    result.counts["documents"] += 1
    for table in ("passages", "actions", "meetings", "people", "judgements", "indicators"):
        result.counts[table] += len(records[table])


def _insert_rows(db: sqlite_utils.Database, table: str, rows: list[dict], doc_id: str) -> None:
    """A plain executemany: the hot path of ingestion, inside the caller's transaction."""
    if not rows:
        return
    columns = list(dict.fromkeys(key for row in rows for key in row))
    names = ", ".join(f"[{c}]" for c in columns)
    marks = ", ".join("?" for _ in columns)
    db.conn.executemany(f"insert into [{table}] ({names}, doc_id) values ({marks}, ?)",
                        [[row.get(c) for c in columns] + [doc_id] for row in rows])


def _assign_action_keys(db, doc_id: str, actions: list[dict], old: list[dict]) -> None:
    """Keep each action's key and short id across re-ingests, even if its wording was edited,
    so human updates stay attached."""
    old_by_theme: dict = {}
    for row in old:
        old_by_theme.setdefault(row["theme"], {})[row["key"]] = row["text"]
    used: set[str] = set()
    for action in actions:
        candidates = {k: t for k, t in old_by_theme.get(action["theme"], {}).items() if k not in used}
        best = process.extractOne(action["text"], candidates, scorer=fuzz.ratio,
                                  score_cutoff=85) if candidates else None
        key = best[2] if best else _new_key(doc_id, action, used)
        used.add(key)
        action["key"] = key
        action["short_id"] = _short_id(db, key, action["theme"], action["kind"])


def _new_key(doc_id: str, action: dict, used: set[str]) -> str:
    base = hashlib.sha1(f"{action['theme']}|{action['text']}".encode()).hexdigest()[:12]
    key, n = f"{doc_id}:{base}", 1
    while key in used:
        n += 1
        key = f"{doc_id}:{base}-{n}"
    return key


def _short_id(db: sqlite_utils.Database, key: str, theme: str | None, kind: str | None) -> str:
    row = db.execute("select short_id from action_ids where key = ?", [key]).fetchone()
    if row:
        return row[0]
    prefix = short_id_prefix(theme) if theme else UNTHEMED_PREFIX.get(kind or "", "C")
    number = db.execute("select coalesce(max(number), 0) + 1 from action_ids where prefix = ?",
                        [prefix]).fetchone()[0]
    short = f"{prefix}-{number}"
    db["action_ids"].insert({"key": key, "short_id": short, "prefix": prefix, "number": number})
    return short


def last_day(due: str | None, precision: str | None) -> str | None:
    """The last day an action is on time: a month-only due date runs to the month's end, a
    season to the season's."""
    return period_end(date.fromisoformat(due), precision).isoformat() if due else None


def report_files(paths: Iterable[Path]) -> tuple[list[Path], list[str]]:
    """Expand folders to the report files inside them; name what is skipped and why."""
    files, problems = [], []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and is_readable(p)
                           and not p.name.startswith((".", "~$")))
            if not found:
                problems.append(f"{path}: no reports in this folder ({NAMES} files)")
            files += found
        elif path.is_file():
            if is_readable(path):
                files.append(path)
            else:
                problems.append(f"{path}: skipped, not a {NAMES} file")
        else:
            problems.append(f"{path}: no such file or folder")
    return files, problems


def ingest_paths(db: sqlite_utils.Database, paths: Iterable[Path],
                 progress: Callable[[int, int, Path], None] | None = None,
                 workers: int | None = None) -> IngestResult:
    """Ingest every report under `paths`; a bad file is reported and the rest still go in.
    Parsing runs in worker processes when there are many files; writing stays here, one
    transaction per document, in file order."""
    files, problems = report_files(paths)
    result = IngestResult(problems=problems)
    todo = []
    for path in files:
        try:
            if is_unchanged(db, path):
                result.unchanged += 1
            else:
                todo.append(path)
        except UnreadableReport as exc:
            result.problems.append(f"{path}: {exc}")
    for n, (path, prep) in enumerate(_prepared(todo, workers), 1):
        if progress:
            progress(n, len(todo), path)
        if isinstance(prep, UnreadableReport):
            result.problems.append(f"{path}: {prep}")
        else:
            store_report(db, prep, result)
    if result.ingested:
        link_bodies(db)
    result.counts["bodies"] = db.execute("select count(*) from bodies").fetchone()[0]
    return result


def _prepare_or_error(path: Path) -> Prepared | UnreadableReport:
    try:
        return prepare_report(path)
    except UnreadableReport as exc:
        return exc


def _exit_with_parent(parent: int) -> None:
    """Workers leave when the ingesting process dies (even by SIGKILL), never orphaned."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)
    threading.Thread(target=watch, daemon=True).start()


def _bytes(paths: list[Path]) -> int:
    return sum(p.stat().st_size for p in paths if p.exists())


def _prepared(paths: list[Path], workers: int | None):
    """(path, Prepared or error) in order; a bounded window of work in flight keeps memory flat."""
    workers = workers if workers is not None else (os.cpu_count() or 1)
    if workers <= 1 or len(paths) < 2 or (len(paths) < PARALLEL_FROM and _bytes(paths) < PARALLEL_BYTES):
        for path in paths:
            yield path, _prepare_or_error(path)
        return
    window = workers * 8
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("fork"),
                             initializer=_exit_with_parent, initargs=(os.getpid(),)) as pool:
        pending: deque = deque()
        for path in paths:
            pending.append((path, pool.submit(_prepare_or_error, path)))
            if len(pending) >= window:
                done_path, future = pending.popleft()
                yield done_path, future.result()
        while pending:
            done_path, future = pending.popleft()
            yield done_path, future.result()
