"""Read queries over the store, always as of a given day: later documents are invisible."""

from __future__ import annotations

import json
import re
from datetime import date

import sqlite_utils

VISIBLE = "(select id from documents where date is null or date <= :today)"


def _visible(db: sqlite_utils.Database, today: date, column: str) -> str:
    """SQL restricting `column` to documents dated by `today`; a no-op when every document
    is (the usual case with the real clock), which spares a check per row on large scans."""
    latest = db.execute("select max(date) from documents").fetchone()[0]
    return "1" if latest is None or latest <= today.isoformat() else f"{column} in {VISIBLE}"


def _rows(db: sqlite_utils.Database, sql: str, **params) -> list[dict]:
    cursor = db.conn.execute(sql, params)
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def fts_query(words: list[str]) -> str:
    """An FTS5 OR-query of quoted terms, safe for any user text."""
    terms = [re.sub(r'[^\w]', "", w) for w in words]
    return " OR ".join(f'"{t}"' for t in terms if t)


def data_version(db: sqlite_utils.Database) -> tuple:
    """Changes whenever documents are (re-)ingested or a human update is recorded, in any
    process: a cheap key for caching derived answers."""
    return tuple(db.execute("select (select count(*) from documents), (select max(ingested_at) from "
                            "documents), (select max(id) from history)").fetchone())


class VisibleDocuments:
    """Documents dated on or before `today`, fetched one at a time as answers cite them."""

    def __init__(self, db: sqlite_utils.Database, today: date):
        self.db, self.today, self._seen = db, today.isoformat(), {}

    def get(self, doc_id: str, default=None) -> dict | None:
        if doc_id not in self._seen:
            rows = _rows(self.db, "select * from documents where id = :id and (date is null or date <= :today)",
                         id=doc_id, today=self.today)
            self._seen[doc_id] = rows[0] if rows else None
        return self._seen[doc_id] or default


# --- actions -----------------------------------------------------------------------------
ACTION_COLUMNS = """a.key, a.short_id, a.doc_id, a.seq, a.plan, a.theme, a.text, a.timescale,
    coalesce(s.due, a.due) as due, a.due as original_due,
    case when s.due is not null then 'day' else a.due_precision end as due_precision,
    a.kind, a.ref, a.sentence, coalesce(s.status, 'not started') as status, s.owner,
    s.updated_at, s.updated_by"""


def actions(db: sqlite_utils.Database, today: date, theme: str | None = None,
            keys: list[str] | None = None) -> list[dict]:
    """Actions visible on `today` with their current state (status, owner, re-baselined due)."""
    where, params = [f"a.doc_id in {VISIBLE}"], {"today": today.isoformat()}
    if theme:
        where.append("a.theme = :theme")
        params["theme"] = theme
    if keys is not None:
        where.append("a.key in (select value from json_each(:keys))")
        params["keys"] = json.dumps(keys)
    sql = (f"select {ACTION_COLUMNS} from actions a left join action_state s on s.key = a.key "
           f"where {' and '.join(where)} order by coalesce(s.due, a.due), a.doc_id, a.seq")
    return _rows(db, sql, **params)


DUE = "coalesce(s.due, a.due)"


def _open_branches(db: sqlite_utils.Database, today: date, theme: str | None, due_from: date | None,
                   due_to: date | None) -> tuple[str, str, dict]:
    """WHERE clauses for open actions in the window: those on their written due date
    (range-searchable on the due index) and the few a manager re-baselined."""
    params: dict = {"theme": theme}
    seen = _visible(db, today, "+a.doc_id")
    base = [seen, "a.due_end is not null",
            "a.key not in (select key from action_state where status = 'done' or due is not null)"]
    moved = [seen, "s.due is not null", "coalesce(s.status, '') != 'done'"]
    if theme:
        base.append("a.theme = :theme")
        moved.append("a.theme = :theme")
    if due_from:
        params["lo"] = due_from.isoformat()
        base.append("a.due_end >= :lo")
        moved.append("s.due >= :lo")
    if due_to:
        params["hi"] = due_to.isoformat()
        base.append("a.due_end <= :hi")
        moved.append("s.due <= :hi")
    return " and ".join(base), " and ".join(moved), params


BASE_FROM = "from actions a left join action_state s on s.key = a.key"
MOVED_FROM = "from action_state s cross join actions a on a.key = s.key"


def open_actions(db: sqlite_utils.Database, today: date, theme: str | None = None,
                 due_from: date | None = None, due_to: date | None = None,
                 limit: int = 200) -> tuple[list[dict], int]:
    """Open (not done) actions whose last on-time day falls in [due_from, due_to], earliest
    first, and how many there are in all. Filtering and counting happen in SQL."""
    base, moved, params = _open_branches(db, today, theme, due_from, due_to)
    params |= {"today": today.isoformat(), "n": limit}
    total = (db.execute(f"select count(*) from actions a where {base}", params).fetchone()[0]
             + db.execute(f"select count(*) {MOVED_FROM} where {moved}", params).fetchone()[0])
    rows = _rows(db, f"select {ACTION_COLUMNS} {BASE_FROM} where {base} order by a.due_end limit :n", **params)
    rows += _rows(db, f"select {ACTION_COLUMNS} {MOVED_FROM} where {moved} order by s.due limit :n", **params)
    rows.sort(key=lambda r: (r["due"], r["doc_id"], r["seq"]))
    return rows[:limit], total


def open_action_counts(db: sqlite_utils.Database, today: date, soon: date,
                       theme: str | None = None) -> list[dict]:
    """Per theme: open actions overdue on `today` and due from today until `soon`."""
    base, moved, params = _open_branches(db, today, theme, None, soon)
    counts: dict = {}
    for due_end, frm, where in (("a.due_end", "from actions a", base), ("s.due", MOVED_FROM, moved)):
        for r in _rows(db, f"""select a.theme, sum({due_end} < :today) as overdue,
                sum({due_end} >= :today) as soon {frm} where {where} group by a.theme""",
                       **params, today=today.isoformat()):
            row = counts.setdefault(r["theme"], dict(r, overdue=0, soon=0))
            row["overdue"] += r["overdue"]
            row["soon"] += r["soon"]
    return list(counts.values())


def first_action(db: sqlite_utils.Database, theme: str | None, today: date) -> dict | None:
    """One action of a theme, to cite where a count of its actions came from."""
    rows = _rows(db, f"""select doc_id, ref from actions a where a.theme is :theme
        and {_visible(db, today, "+a.doc_id")} order by a.due_end limit 1""", theme=theme, today=today.isoformat())
    return rows[0] if rows else None


def owned_actions(db: sqlite_utils.Database, today: date, owner: str) -> list[dict]:
    """Actions whose current owner is `owner` (a Slack user id or a name)."""
    keys = [r[0] for r in db.execute("select key from action_state where owner = ?", [owner])]
    return actions(db, today, keys=keys) if keys else []


def action_themes(db: sqlite_utils.Database, today: date) -> list[str]:
    return [r["theme"] for r in _rows(
        db, f"select distinct theme from actions where theme is not null and doc_id in {VISIBLE}",
        today=today.isoformat())]


def search_actions(db: sqlite_utils.Database, words: list[str], today: date,
                   limit: int = 20) -> list[dict]:
    """Candidate actions for typed words, best first (FTS5 BM25), then their state."""
    query = fts_query(words)
    if not query:
        return []
    hits = _rows(db, f"""select a.key from actions_fts f join actions a on a.rowid = f.rowid
        where actions_fts match :q and a.doc_id in {VISIBLE} order by bm25(actions_fts) limit :n""",
                 q=query, today=today.isoformat(), n=limit)
    found = {r["key"]: r for r in actions(db, today, keys=[h["key"] for h in hits])}
    return [found[h["key"]] for h in hits if h["key"] in found]


def action_by_short_id(db: sqlite_utils.Database, short_id: str, today: date) -> dict | None:
    row = db.execute("select key from action_ids where upper(short_id) = upper(?)",
                     [short_id]).fetchone()
    if not row:
        return None
    found = actions(db, today, keys=[row[0]])
    return found[0] if found else None


# --- bodies and meetings -----------------------------------------------------------------
def bodies(db: sqlite_utils.Database) -> list[dict]:
    """Every body with all the names it goes by."""
    out = {r["id"]: dict(r, names=[]) for r in _rows(db, "select * from bodies")}
    for r in _rows(db, "select name, body_id from body_names"):
        out[r["body_id"]]["names"].append(r["name"])
    return list(out.values())


def body_facts(db: sqlite_utils.Database, body_id: int | None, today: date) -> list[dict]:
    """Facts about one body (or every body, with `body_id` None), newest document first."""
    which = "and n.body_id = :b" if body_id is not None else ""
    return _rows(db, f"""select f.*, n.body_id, d.date as doc_date from body_facts f
        join body_names n on n.name = f.name join documents d on d.id = f.doc_id
        where {_visible(db, today, "f.doc_id")} {which} order by d.date desc""",
                 b=body_id, today=today.isoformat())


def meetings(db: sqlite_utils.Database, body_id: int | None, today: date) -> list[dict]:
    """Meetings from the records plus those recorded by managers, minus cancelled ones."""
    which = "and n.body_id = :b" if body_id is not None else ""
    rows = _rows(db, f"""select m.*, n.body_id, d.date as doc_date from meetings m
        join body_names n on n.name = m.body left join documents d on d.id = m.doc_id
        where ({_visible(db, today, "m.doc_id")} or m.doc_id is null) {which} order by m.date""",
                 b=body_id, today=today.isoformat())
    cancelled = {(r["body_id"], r["date"]) for r in rows if r["status"] == "cancelled"}
    return [r for r in rows if r["status"] != "cancelled" and (r["body_id"], r["date"]) not in cancelled]


def people(db: sqlite_utils.Database, today: date, body_id: int | None = None,
           name: str | None = None) -> list[dict]:
    where, params = [f"p.doc_id in {VISIBLE}"], {"today": today.isoformat()}
    if body_id is not None:
        where.append("p.body in (select name from body_names where body_id = :b)")
        params["b"] = body_id
    if name:
        where.append("p.name = :name")
        params["name"] = name
    return _rows(db, f"""select p.*, d.date as doc_date from people p join documents d
        on d.id = p.doc_id where {' and '.join(where)} order by p.id""", **params)


def person_names(db: sqlite_utils.Database, today: date) -> list[str]:
    return [r["name"] for r in _rows(
        db, f"select distinct name from people where doc_id in {VISIBLE}", today=today.isoformat())]


# --- judgements, indicators, strands, statements, passages --------------------------------
def judgements(db: sqlite_utils.Database, today: date) -> list[dict]:
    return _rows(db, f"""select j.*, d.date as doc_date from judgements j join documents d
        on d.id = j.doc_id where j.doc_id in {VISIBLE} order by d.date desc, j.id""",
                 today=today.isoformat())


def search_indicators(db: sqlite_utils.Database, words: list[str], today: date,
                      unit: str | None = None, limit: int = 10) -> list[dict]:
    query = fts_query(words)
    if not query:
        return []
    extra = "and i.unit = :unit" if unit else ""
    return _rows(db, f"""select i.*, bm25(indicators_fts, 10.0, 1.0) as rank
        from indicators_fts f join indicators i on i.rowid = f.rowid
        where indicators_fts match :q and i.doc_id in {VISIBLE} {extra}
        order by rank limit :n""", q=query, today=today.isoformat(), unit=unit, n=limit)


def indicators_by_passage(db: sqlite_utils.Database, words: list[str], today: date, unit: str,
                          limit: int = 5) -> list[dict]:
    """Indicators whose paragraph (not just their sentence) matches the words, best first."""
    out: list[dict] = []
    for passage in search_passages(db, words, today, limit=50):
        out += _rows(db, "select * from indicators where doc_id = :d and ref = :r and unit = :u",
                     d=passage["doc_id"], r=passage["ref"], u=unit)
        if len(out) >= limit:
            break
    return out[:limit]


def strands(db: sqlite_utils.Database, today: date, plan: str | None = None) -> list[dict]:
    where = "and s.plan = :plan" if plan else ""
    return _rows(db, f"""select s.*, d.date as doc_date from strands s join documents d
        on d.id = s.doc_id where s.doc_id in {VISIBLE} {where} order by d.date desc, s.seq""",
                 today=today.isoformat(), plan=plan)


def plan_names(db: sqlite_utils.Database, today: date) -> list[str]:
    return [r["plan"] for r in _rows(
        db, f"select distinct plan from strands where doc_id in {VISIBLE}", today=today.isoformat())]


def search_statements(db: sqlite_utils.Database, words: list[str], today: date,
                      limit: int = 10) -> list[dict]:
    query = fts_query(words)
    if not query:
        return []
    return _rows(db, f"""select s.*, bm25(statements_fts) as rank from statements_fts f
        join statements s on s.rowid = f.rowid where statements_fts match :q
        and s.doc_id in {VISIBLE} order by rank limit :n""",
                 q=query, today=today.isoformat(), n=limit)


FTS_POOL = 200  # best raw matches considered before the clock hides later documents


def search_passages(db: sqlite_utils.Database, words: list[str], today: date,
                    limit: int = 5) -> list[dict]:
    """Best passages for the words by BM25 (headings weighted above text): passages with
    every word first, then any word."""
    found: list[dict] = []
    for query in (fts_query(words).replace(" OR ", " AND "), fts_query(words)):
        if not query or len(found) >= limit:
            continue
        rows = _rows(db, f"""select p.*, f.rank from (select rowid, rank from passages_fts
            where passages_fts match :q order by rank limit {FTS_POOL}) f
            join passages p on p.rowid = f.rowid where p.doc_id in {VISIBLE}
            order by f.rank limit :n""", q=query, today=today.isoformat(), n=limit)
        seen = {r["id"] for r in found}
        found += [r for r in rows if r["id"] not in seen]
    return found[:limit]


def vocabulary_hits(db: sqlite_utils.Database, words: list[str]) -> set[str]:
    """Which of these words occur anywhere in the records (for 'did you mean…')."""
    found = set()
    for word in words:
        q = fts_query([word])
        if q and db.execute("select 1 from passages_fts where passages_fts match ? limit 1",
                            [q]).fetchone():
            found.add(word)
    return found


def history(db: sqlite_utils.Database, action_key: str | None = None, since: str | None = None,
            limit: int = 50) -> list[dict]:
    where, params = [], {"n": limit}
    if action_key:
        where.append("action_key = :k")
        params["k"] = action_key
    if since:
        where.append("at >= :since")
        params["since"] = since
    clause = f"where {' and '.join(where)}" if where else ""
    return _rows(db, f"select * from history {clause} order by id desc limit :n", **params)
