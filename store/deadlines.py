"""Reads of actions as of a day: open ones in a due window, counts by theme, lookups by
short id or words. Filtering and counting happen in SQL on covering indexes, so they scale
to 100,000 actions."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta

import sqlite_utils

from .fulltext import kept, rarity, telling_words, used
from .lookup import VISIBLE, fts_query, query_rows, visible
from .vocab import council_key

SHORT_ID = re.compile(r"\b([a-z]{1,4}-\d{1,5})\b", re.I)  # how an action's id is typed ('SG-3', 'lac-10')
ACTION_COLUMNS = """a.key, a.short_id, a.doc_id, a.seq, a.plan, a.theme, a.text, a.timescale,
    coalesce(s.due, a.due) as due, a.due as original_due,
    case when s.due is not null then 'day' else a.due_precision end as due_precision,
    a.kind, a.ref, a.sentence, coalesce(s.status, a.doc_status, 'not started') as status,
    s.status is null and a.doc_status is null as unreported,
    coalesce(s.owner, a.doc_owner) as owner,
    s.updated_at, s.updated_by"""


def _narrow(where: list[str], params: dict, theme: str | None, keys: list[str] | None,
            kind: str | None = None, theme_indexed: bool = True, themes: list[str] | None = None) -> None:
    """Conditions on the actions table (alias a): a theme (or any of `themes`), a set of keys, a kind.
    Without `theme_indexed`, the theme is checked row by row ('+a.theme'): when a few keys come first."""
    if theme:
        where.append("a.theme = :theme" if theme_indexed else "+a.theme = :theme")
        params["theme"] = theme
    elif themes:
        where.append(f"{'' if theme_indexed else '+'}a.theme in (select value from json_each(:themes))")
        params["themes"] = json.dumps(themes)
    if keys is not None:
        where.append("a.key in (select value from json_each(:keys))")
        params["keys"] = json.dumps(keys)
    if kind:
        where.append("a.kind = :kind")
        params["kind"] = kind


def actions(db: sqlite_utils.Database, today: date, theme: str | None = None,
            keys: list[str] | None = None) -> list[dict]:
    """Actions visible on `today` with their current state (status, owner, re-baselined due)."""
    where, params = [f"a.doc_id in {VISIBLE}"], {"today": today.isoformat()}
    _narrow(where, params, theme, keys)
    sql = (f"select {ACTION_COLUMNS} from actions a left join action_state s on s.key = a.key "
           f"where {' and '.join(where)} order by coalesce(s.due, a.due), a.doc_id, a.seq")
    return query_rows(db, sql, **params)


DUE = "coalesce(s.due, a.due)"


NO_THEME = ""  # as a theme asked for: the actions that have none (None asks for every theme's)


def _open_branches(db: sqlite_utils.Database, today: date, theme: str | None, due_from: date | None,
                   due_to: date | None, keys: list[str] | None = None,
                   timescales: list[str] | None = None, kind: str | None = None,
                   reaching: bool = False, themes: list[str] | None = None) -> tuple[str, str, dict]:
    """WHERE clauses for open actions in the window: those on their written due date
    (range-searchable on the due index) and the few a manager re-baselined. `reaching`: a
    deadline of a whole month counts when the window reaches into that month."""
    params: dict = {"theme": theme, "keys": json.dumps(keys or [])}
    seen = visible(db, today, "+a.doc_id")
    base = [seen, "a.due_end is not null",
            "a.key not in (select key from action_state where status = 'done' or due is not null)"]
    base.append("not (coalesce(a.doc_status, '') = 'done' and a.key not in "
                "(select key from action_state where status is not null))")
    moved = [seen, "s.due is not null", "coalesce(s.status, a.doc_status, '') != 'done'"]
    replaced = superseded_reports(db, today)
    if replaced:  # a council's older inspection: its recommendations gave way to the later report's
        params["replaced"] = json.dumps(sorted(replaced))
        base.append("a.doc_id not in (select value from json_each(:replaced))")
        moved.append("a.doc_id not in (select value from json_each(:replaced))")
    if theme:
        base.append("a.theme = :theme")
        moved.append("a.theme = :theme")
    elif theme == NO_THEME:  # those of no theme ('other commitments'), not every theme's
        base.append("coalesce(a.theme, '') = ''")
        moved.append("coalesce(a.theme, '') = ''")
    elif themes:  # 'sg + lac recs': any of them
        params["themes"] = json.dumps(themes)
        base.append("a.theme in (select value from json_each(:themes))")
        moved.append("a.theme in (select value from json_each(:themes))")
    if keys is not None:
        base.append("a.key in (select value from json_each(:keys))")
        moved.append("a.key in (select value from json_each(:keys))")
    if kind:
        params["kind"] = kind
        base.append("a.kind = :kind")
        moved.append("a.kind = :kind")
    if timescales is not None:
        params["timescales"] = json.dumps(timescales)
        base.append("a.timescale in (select value from json_each(:timescales))")
        moved.append("a.timescale in (select value from json_each(:timescales))")
    if due_from:
        params["lo"] = due_from.isoformat()
        base.append("a.due_end >= :lo")
        moved.append("s.due >= :lo")
    if due_to:
        params["hi"] = due_to.isoformat()
        moved.append("s.due <= :hi")
    if due_to and reaching:  # 'due in the next couple of months' (to 20 March): 'by March 2010' is, the window
        params["month_out"] = (due_to + timedelta(days=31)).isoformat()  # reaching into its last month
        base.append("a.due_end <= :month_out and (a.due_end <= :hi or (a.due_precision != 'day' "
                    "and date(a.due_end, 'start of month') <= :hi))")
    elif due_to:
        base.append("a.due_end <= :hi")
    return " and ".join(base), " and ".join(moved), params


def superseded_reports(db: sqlite_utils.Database, today: date) -> set[str]:
    """Inspection reports visible on `today` that a later inspection of the same council followed."""
    if db.execute("select count(*) from inspections").fetchone()[0] < 2:  # none to replace another
        return set()
    rows = db.execute(f"""select i.doc_id, i.council, coalesce(i."end", d.date, '') from inspections i
        join documents d on d.id = i.doc_id where i.doc_id in {VISIBLE} and i.council is not null
        and i.kind not in ('focused visit', 'monitoring visit', 'joint targeted area inspection')""",
                      {"today": today.isoformat()}).fetchall()  # a visit does not replace a full inspection
    newest: dict[str, tuple[str, str]] = {}
    for doc_id, council, when in rows:
        key = council_key(council)
        if key not in newest or when > newest[key][1]:
            newest[key] = (doc_id, when)
    keep = {doc_id for doc_id, _when in newest.values()}
    return {doc_id for doc_id, _c, _w in rows} - keep


BASE_FROM = "from actions a left join action_state s on s.key = a.key"
MOVED_FROM = "from action_state s cross join actions a on a.key = s.key"


def open_actions(db: sqlite_utils.Database, today: date, theme: str | None = None,
                 due_from: date | None = None, due_to: date | None = None,
                 limit: int = 60, keys: list[str] | None = None,
                 timescales: list[str] | None = None, kind: str | None = None,
                 reaching: bool = False, themes: list[str] | None = None) -> tuple[list[dict], int]:
    """Open (not done) actions whose last on-time day falls in [due_from, due_to] (and, given
    `keys`, among those), earliest first, and how many there are in all. `reaching`: a month's
    deadline counts when the window reaches into the month."""
    base, moved, params = _open_branches(db, today, theme, due_from, due_to, keys, timescales, kind, reaching,
                                         themes)
    params |= {"today": today.isoformat(), "n": limit}
    total = (db.execute(f"select count(*) from actions a where {base}", params).fetchone()[0]
             + db.execute(f"select count(*) {MOVED_FROM} where {moved}", params).fetchone()[0])
    rows = query_rows(db, f"select {ACTION_COLUMNS} {BASE_FROM} where {base} order by a.due_end limit :n", **params)
    rows += query_rows(db, f"select {ACTION_COLUMNS} {MOVED_FROM} where {moved} order by s.due limit :n", **params)
    rows.sort(key=lambda r: (r["due"], r["doc_id"], r["seq"]))
    return rows[:limit], total


def open_action_counts(db: sqlite_utils.Database, today: date, soon: date,
                       theme: str | None = None) -> list[dict]:
    """Per theme: open actions overdue on `today` and due from today until `soon`."""
    base, moved, params = _open_branches(db, today, theme, None, soon, reaching=reaches(today, soon))
    counts: dict = {}
    for due_end, frm, where in (("a.due_end", "from actions a", base), ("s.due", MOVED_FROM, moved)):
        for r in query_rows(db, f"""select a.theme, sum({due_end} < :today) as overdue,
                sum({due_end} >= :today) as soon {frm} where {where} group by a.theme""",
                       **params, today=today.isoformat()):
            row = counts.setdefault(r["theme"], dict(r, overdue=0, soon=0))
            row["overdue"] += r["overdue"]
            row["soon"] += r["soon"]
    return list(counts.values())


def several_kinds(db: sqlite_utils.Database, today: date) -> bool:
    """Whether the records dated by `today` hold actions of more than one kind (an inspection's
    recommendations beside the council's own commitments); stops at the first of each."""
    seen, params = visible(db, today, "a.doc_id"), {"today": today.isoformat()}
    first = db.execute(f"select kind from actions a where {seen} limit 1", params).fetchone()
    return bool(first) and db.execute(f"select 1 from actions a where {seen} and a.kind is not :kind limit 1",
                                      params | {"kind": first[0]}).fetchone() is not None


def first_action(db: sqlite_utils.Database, theme: str | None, today: date) -> dict | None:
    """One action of a theme, to cite where a count of its actions came from."""
    rows = query_rows(db, f"""select doc_id, ref from actions a where a.theme is :theme
        and {visible(db, today, "+a.doc_id")} order by a.due_end limit 1""", theme=theme, today=today.isoformat())
    return rows[0] if rows else None


def owned_actions(db: sqlite_utils.Database, today: date, owner: str) -> list[dict]:
    """Actions whose current owner is `owner` (a Slack user id or a name)."""
    keys = [r[0] for r in db.execute("select key from action_state where owner = ?", [owner])]
    return actions(db, today, keys=keys) if keys else []


REACHING_DAYS = 28  # a window this long counts a whole month's deadline when it reaches into the month


def reaches(start: date, end: date, loose: bool = True) -> bool:
    """Does a deadline of a whole month count when the window reaches into the month? For a window
    of four weeks or more said loosely ('the next couple of months', or none: the month ahead),
    never one ending on a day named or typed ('by 3 march', 'before easter')."""
    return loose and (end - start).days >= REACHING_DAYS


ACTIONS_RANKED_AT_MOST = 1000  # matches of a word ranked: of a word in more actions, the newest that many


def matching_keys(db: sqlite_utils.Database, words: list[str], today: date, limit: int = 200,
                  every_word: bool = True, ranked: bool = True, starts: bool = False) -> list[str]:
    """Keys of the actions whose text holds the words (every one, or any), best match first
    unless `ranked` is off (enough to know whether any action uses a word); `starts`: words
    that begin one of the text's ('paediatric' of 'paediatrician')."""
    query = fts_query(words, every=every_word, prefix=starts)
    if not query:
        return []
    order = "order by bm25(actions_fts)" if ranked else ""
    return [r["key"] for r in query_rows(db, f"""select a.key from actions_fts f join actions a on a.rowid = f.rowid
        where actions_fts match :q and f.rowid >= :floor and a.doc_id in {VISIBLE} {order} limit :n""",
                                        q=query, today=today.isoformat(), n=limit,
                                        floor=_newest_matches(db, query) if ranked else 0)]


def _newest_matches(db: sqlite_utils.Database, query: str) -> int:
    """The lowest rowid of the newest ACTIONS_RANKED_AT_MOST matches: ranking every match of a
    word in thousands of actions costs tens of milliseconds, and the newest are what count."""
    floor = db.execute("select rowid from actions_fts where actions_fts match ? order by rowid desc "
                       f"limit 1 offset {ACTIONS_RANKED_AT_MOST}", [query]).fetchone()
    return floor[0] if floor else 0


def search_actions(db: sqlite_utils.Database, words: list[str], today: date,
                   limit: int = 20, every_word: bool = False, by_start: bool = False) -> list[dict]:
    """Candidate actions for typed words (any of them, or with `every_word` all), best first
    (FTS5 BM25), then their state. `by_start`: any word by its first letters ('exams' for
    'examinations', which the stemmer keeps apart)."""
    every = fts_query(words, every=True)
    if not every:
        return []
    hits: list[dict] = []
    if by_start:  # only words no action uses as they are: 'exams', not 'care' (ranking every 'car*' is costly)
        known = kept(db)
        short = [w for w in map(_plain, words) if START <= len(w) <= SHORT]
        for w in short:
            if ("action word", w, today) not in known:
                known["action word", w, today] = bool(matching_keys(db, [w], today, limit=1, ranked=False))
        starts = [f'"{w[:START]}"*' for w in short if not known["action word", w, today]]
        queries: list[str | None] = [" OR ".join(starts)] if starts else []
    else:  # all words first: cheap; then any, of the words rare enough to tell actions apart (worked out if needed)
        queries = [every] if every_word else [every, None]
    for query in queries:
        query = query or fts_query(telling_words(db, words))
        seen = {h["key"] for h in hits}
        hits += [h for h in query_rows(db, f"""select a.key from actions_fts f join actions a on a.rowid = f.rowid
            where actions_fts match :q and f.rowid >= :floor and a.doc_id in {VISIBLE}
            order by bm25(actions_fts) limit :n""", q=query, today=today.isoformat(), n=limit,
                                       floor=_newest_matches(db, query)) if h["key"] not in seen]
        if len(hits) >= limit:
            break
    hits = hits[:limit]
    found = {r["key"]: r for r in actions(db, today, keys=[h["key"] for h in hits])}
    return [found[h["key"]] for h in hits if h["key"] in found]


def closest_actions(db: sqlite_utils.Database, words: list[str], today: date, limit: int = 8) -> list[dict]:
    """The actions whose text holds the most of the words, by their stems ('complaint' for
    'complaints'), when those are half the words or tell two fifths of what they do (rare words tell more:
    'paediatrician' outweighs 'cover' and 'place'): 'transformation programme' is not 'tracking'."""
    found = _closest(db, words, [_stem(w) for w in words],
                     search_actions(db, words, today, limit=20) if words else [])
    if not found and words:  # 'medical exams': the 'medical examinations' action, by the words' first letters
        found = _closest(db, words, [w[:START] if len(w) <= SHORT else _stem(w) for w in map(_plain, words)],
                         search_actions(db, words, today, limit=20, by_start=True))
    return found[:limit]


START, SHORT = 4, 6  # a short word ('exams', 'docs', 'stats') may be cut short of the word meant: its first
# four letters are matched ('exam' of 'examinations'); longer ones are not ('transformation programme' is no progress)


def _plain(word: str) -> str:
    return re.sub(r"[^a-z0-9]", "", word.lower())


def _stem(word: str) -> str:
    return word[:max(5, len(word) - 2)].lower()


def _closest(db: sqlite_utils.Database, words: list[str], stems: list[str], rows: list[dict]) -> list[dict]:
    stems = [s.replace("-", " ") for s in stems]  # '24-hour' is the '24 hours' of the text
    scored = [([s in r["text"].lower().replace("-", " ") for s in stems], r) for r in rows]
    best = max((sum(hit) for hit, _r in scored), default=0)
    tied = [(hit, r) for hit, r in scored if best and sum(hit) == best]
    if len(tied) == 1 and best * 2 >= len(stems):
        return [tied[0][1]]  # one action holds most of the words: how telling they are need not be counted
    if not tied:
        return []
    weights = rarity(db, words)
    found = [(sum(weights[w] for w, h in zip(words, hit, strict=True) if h), r) for hit, r in tied]
    told = max((t for t, _r in found), default=0)  # of as many words, the rarer tell more: 'paediatrician', not 'place'
    unknown = {w for w in words if not used(db, w)}  # 'round the clock': no paper has 'clock', so it tells no
    # action from another
    enough = best * 2 >= len(stems) or told * 5 >= 2 * sum(weights[w] for w in words if w not in unknown)
    return [r for t, r in found if t >= told - 1e-9] if enough else []


def first_short_id(db: sqlite_utils.Database, today: date) -> str | None:
    """The first action id of papers dated by `today` ('C-1'), to show how ids look; None if none."""
    row = db.execute("select i.short_id from action_ids i join actions a on a.short_id = i.short_id "
                     "join documents d on d.id = a.doc_id where d.date <= ? order by i.number, i.prefix limit 1",
                     [today.isoformat()]).fetchone()
    return row[0] if row else None


def action_by_short_id(db: sqlite_utils.Database, short_id: str, today: date) -> dict | None:
    row = db.execute("select key from action_ids where upper(short_id) = upper(?)",
                     [short_id]).fetchone()
    if not row:
        return None
    found = actions(db, today, keys=[row[0]])
    return found[0] if found else None


def actions_at(db: sqlite_utils.Database, doc_id: str, ref: str) -> list[dict]:
    """The actions read from a paper's paragraph (short id and text), to name them where the paragraph is quoted."""
    return query_rows(db, "select i.short_id, a.text from actions a join action_ids i on i.key = a.key "
                          "where a.doc_id = :doc and a.ref = :ref", doc=doc_id, ref=ref) if ref else []


COUNT_CAP = 1000


def count_text(total: int) -> str:
    """'12', or 'more than 1,000' for a count select_actions stopped at its cap."""
    return f"more than {COUNT_CAP:,}" if total > COUNT_CAP else f"{total:,}"


def select_actions(db: sqlite_utils.Database, today: date, theme: str | None = None, keys: list[str] | None = None,
                   status: str | None = None, unowned: bool = False, timescales: list[str] | None = None,
                   limit: int = 50, kind: str | None = None, themes: list[str] | None = None
                   ) -> tuple[list[dict], int]:
    """Actions visible on `today` narrowed in SQL (theme, keys, current status, no owner, timescale
    as written), earliest due first, at most `limit` of them, and how many there are in all.
    The filters read the actions table and small sets of managers' changes, never a join per row."""
    where, params = [visible(db, today, "a.doc_id")], {"today": today.isoformat(), "n": limit}
    few = bool(status and status != "not started")  # the actions of a status are few: found by key, then themed
    _narrow(where, params, theme, keys, kind, theme_indexed=not few, themes=themes)
    if status:  # a manager's status wins over the document's, which wins over 'not started'
        params["status"] = status
        overridden = "select key from action_state where status is not null"
        if status == "not started":
            where.append(f"(a.key in (select key from action_state where status = :status) or "
                         f"(coalesce(a.doc_status, :status) = :status and a.key not in ({overridden})))")
        else:  # few actions: found through the status indexes, not by reading every row
            where.append(f"a.key in (select key from action_state where status = :status union select key from "
                         f"actions where doc_status = :status and key not in ({overridden}))")
    if unowned:
        where.append("a.doc_owner is null and a.key not in (select key from action_state where owner is not null)")
        where.append("not (a.doc_status is 'done' and a.key not in (select key from action_state where status is "
                     "not null)) and a.key not in (select key from action_state where status = 'done')")
    if timescales is not None:
        where.append("a.timescale in (select value from json_each(:timescales))")
        params["timescales"] = json.dumps(timescales)
    clause = " and ".join(where)
    total = db.execute(f"select count(*) from (select 1 from actions a where {clause} limit {COUNT_CAP + 1})",
                       params).fetchone()[0]  # counting stops past the cap: 'more than 1,000' is enough to say
    rows = query_rows(db, f"select {ACTION_COLUMNS} {BASE_FROM} where {clause} and a.due_end is not null "
                          "order by a.due_end limit :n", **params)  # in index order: no sort of every match
    if len(rows) < limit:
        rows += query_rows(db, f"select {ACTION_COLUMNS} {BASE_FROM} where {clause} and a.due_end is null "
                               "limit :n", **params)
    moved = query_rows(db, f"select {ACTION_COLUMNS} {MOVED_FROM} where {clause} and s.due is not null", **params)
    merged = {r["key"]: r for r in rows + moved}  # a manager's new due date can move an action up
    return sorted(merged.values(), key=lambda r: (r["due"] is None, r["due"] or "", r["key"]))[:limit], total


def keys_of_document(db: sqlite_utils.Database, doc_id: str) -> list[str]:
    """The keys of the actions one document sets out."""
    return [r[0] for r in db.execute("select key from actions where doc_id = ?", [doc_id])]


def timescales_written(db: sqlite_utils.Database) -> list[str]:
    """Every timescale as the records write it ('Within three months', 'Immediately')."""
    return [r[0] for r in db.execute("select distinct timescale from actions where timescale is not null")]


def owned_open_actions(db: sqlite_utils.Database, today: date) -> list[dict]:
    """Open actions that have an owner and a due date: the ones reminders are about."""
    return query_rows(db, f"""select {ACTION_COLUMNS} {MOVED_FROM} where s.owner is not null
        and coalesce(s.status, a.doc_status, 'not started') != 'done' and coalesce(s.due, a.due) is not null
        and {visible(db, today, "a.doc_id")}""", today=today.isoformat())


def theme_status_counts(db: sqlite_utils.Database, today: date, soon: date) -> list[dict]:
    """Per theme: actions overdue, due by `soon`, on track (open, due later or undated) and done."""
    near = "(due <= :soon or (:reach and whole and date(due, 'start of month') <= :soon))"  # as open_action_counts
    return query_rows(db, f"""select theme, sum(status = 'done') as done,
        sum(status != 'done' and due < :today) as overdue,
        sum(status != 'done' and due >= :today and {near}) as soon,
        sum(status != 'done' and (due is null or not {near})) as on_track
        from (select a.theme, coalesce(s.status, a.doc_status, 'not started') as status,
              coalesce(s.due, a.due_end) as due, s.due is null and a.due_precision != 'day' as whole
              {BASE_FROM} where {visible(db, today, "a.doc_id")})
        group by theme order by theme""", today=today.isoformat(), soon=soon.isoformat(),
                      reach=reaches(today, soon))


def inspection_actions(db: sqlite_utils.Database, today: date, years: tuple[str, ...] = ()) -> list[dict]:
    """The improvements the newest paper listing an inspection's actions sets out (of a paper
    dated in one of `years`, if given), in its order."""
    within = f"and substr(d.date, 1, 4) in ({','.join('?' for _ in years)})" if years else ""
    newest = db.execute(f"""select d.id from documents d where d.date <= ? {within} and exists (select 1 from actions a
        where a.doc_id = d.id and a.kind = 'inspection') order by d.date desc limit 1""",
                        [today.isoformat(), *years]).fetchone()
    if not newest:
        return []
    return query_rows(db, """select a.*, d.date as doc_date from actions a join documents d on d.id = a.doc_id
        where a.doc_id = :d and a.kind = 'inspection' order by a.seq""", d=newest[0])
