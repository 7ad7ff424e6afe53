"""Read queries over the store, always as of a given day: later documents are invisible."""

from __future__ import annotations

import json
import re
from datetime import date

import sqlite_utils

from .vocab import CHILD_PLANS

VISIBLE = "(select id from documents where date is null or date <= :today)"
MIN_KPIS = 3  # a performance report rates several indicators; a plan with one RAG column is not one


def visible(db: sqlite_utils.Database, today: date, column: str) -> str:
    """SQL restricting `column` to documents dated by `today`; a no-op when every document
    is (the usual case with the real clock), which spares a check per row on large scans."""
    latest = db.execute("select max(date) from documents").fetchone()[0]
    return "1" if latest is None or latest <= today.isoformat() else f"{column} in {VISIBLE}"


def query_rows(db: sqlite_utils.Database, sql: str, **params) -> list[dict]:
    cursor = db.conn.execute(sql, params)
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


SUM_UNITS = {"m": "million", "bn": "billion", "k": "thousand"}
SUM_SHORT = {long: short for short, long in SUM_UNITS.items()}
SUM_SAID = re.compile(r"\b(\d+)\s?(m|bn|k|million|billion|thousand)\b", re.I)


def _fts_term(word: str) -> list[str]:
    """A word as the index's quoted phrases: '£6.2m' is its '6' '2m' (the tokenizer splits it),
    and a sum is also written long or short ('£11.2m', '£11.2 million')."""
    term = " ".join(re.sub(r"(?<=\d)[.,](?=\d)|[^\w ]", lambda m: " " if m[0] in ".," else "", word).split())
    if not term:
        return []
    other = SUM_SAID.sub(lambda m: f"{m[1]} {SUM_UNITS[m[2].lower()]}" if m[2].lower() in SUM_UNITS else
                         f"{m[1]}{SUM_SHORT[m[2].lower()]}", term)
    return list(dict.fromkeys([term, other]))


def fts_query(words: list[str], every: bool = False, prefix: bool = False) -> str:
    """An FTS5 query of quoted terms (a term of several words is a phrase), safe for any user
    text: any of the words, or with `every` all of them; `prefix`: each as the start of a word."""
    star = "*" if prefix else ""
    groups = [[f'"{t}"{star}' for t in _fts_term(w)] for w in words]
    groups = [g for g in groups if g]
    if not every:
        return " OR ".join(dict.fromkeys(t for g in groups for t in g))
    return " AND ".join(g[0] if len(g) == 1 else f"({' OR '.join(g)})" for g in groups)


def store_path(db: sqlite_utils.Database) -> str:
    """The file behind a connection: caches keyed by it are shared by every thread's connection."""
    return db.execute("pragma database_list").fetchone()[2]


def data_version(db: sqlite_utils.Database) -> tuple:
    """Changes whenever documents are (re-)ingested or a human update is recorded, in any
    process: a cheap key for caching derived answers."""
    seen = (db.execute("pragma data_version").fetchone()[0], db.conn.total_changes)  # another's commit, or ours
    if getattr(db, "_clerk_version", (None,))[0] != seen:
        db._clerk_version = (seen, tuple(db.execute(
            "select (select count(*) from documents), (select max(ingested_at) from documents), "
            "(select max(id) from history)").fetchone()))
    return db._clerk_version[1]


class VisibleDocuments:
    """Documents dated on or before `today`, fetched one at a time as answers cite them."""

    def __init__(self, db: sqlite_utils.Database, today: date):
        self.db, self.today, self._seen = db, today.isoformat(), {}

    def get(self, doc_id: str, default=None) -> dict | None:
        if doc_id not in self._seen:
            rows = query_rows(self.db, "select * from documents where id = :id and (date is null or date <= :today)",
                         id=doc_id, today=self.today)
            self._seen[doc_id] = rows[0] if rows else None
        return self._seen[doc_id] or default

    def letter_of(self, doc_id: str, ref: str | None) -> dict | None:
        """The later letter of a file of letters that a passage (by its ref) belongs to, with its
        author and date; None in the file's first letter, or in any other document."""
        if ("letters", doc_id) not in self._seen:
            sections = query_rows(self.db, "select seq, author, date from letter_sections where doc_id = :d "
                                           "order by seq", d=doc_id)
            refs = {r["ref"]: r["seq"] for r in query_rows(self.db, "select ref, seq from passages where doc_id = :d",
                                                            d=doc_id)} if sections else {}
            self._seen[("letters", doc_id)] = (sections, refs)
        sections, refs = self._seen[("letters", doc_id)]
        seq = refs.get(ref or "")
        return next((s for s in reversed(sections) if seq is not None and seq >= s["seq"]), None)


def papers_by(db: sqlite_utils.Database, name: str, today: date) -> list[dict]:
    """What a person wrote, dated up to `today`: papers they are the author of, and later letters in a
    file of letters ('Dear Mr McCarthy', signed Tim Loughton), oldest first, each with doc_id, ref, date."""
    return query_rows(db, """select id as doc_id, null as ref, date, title as what from documents
        where author = :name and date <= :today
        union all select l.doc_id, l.ref, l.date, 'letter' as what from letter_sections l
        where l.author = :name and l.date <= :today order by date""", name=name, today=today.isoformat())


# --- bodies and meetings -----------------------------------------------------------------
def bodies(db: sqlite_utils.Database) -> list[dict]:
    """Every body with all the names it goes by."""
    out = {r["id"]: dict(r, names=[]) for r in query_rows(db, "select * from bodies")}
    for r in query_rows(db, "select name, body_id from body_names"):
        out[r["body_id"]]["names"].append(r["name"])
    return list(out.values())


def bodies_on_record(db: sqlite_utils.Database, today: date) -> set[str]:
    """The canonical names of the bodies that the records dated by `today` mention."""
    dated = visible(db, today, "t.doc_id")
    named_in = (("meetings", "body"), ("body_facts", "name"), ("people", "body"))
    mentions = " or ".join(f"exists (select 1 from {table} t where t.{column} = n.name and {dated})"
                           for table, column in named_in)
    rows = query_rows(db, f"""select distinct b.name from bodies b join body_names n on n.body_id = b.id
        where {mentions}""", today=today.isoformat())
    return {r["name"] for r in rows}


PER_BODY = 300  # a body's newest facts and meetings: older ones never change an answer


def body_facts(db: sqlite_utils.Database, body_id: int | None, today: date) -> list[dict]:
    """Facts about one body (or every body, with `body_id` None), newest document first."""
    which = "and n.body_id = :b" if body_id is not None else ""
    newest = f"limit {PER_BODY}" if body_id is not None else ""
    return query_rows(db, f"""select f.*, n.body_id, d.date as doc_date from body_facts f
        join body_names n on n.name = f.name join documents d on d.id = f.doc_id
        where {visible(db, today, "+f.doc_id")} {which} order by d.date desc {newest}""",
                 b=body_id, today=today.isoformat())


def meetings(db: sqlite_utils.Database, body_id: int | None, today: date) -> list[dict]:
    """Meetings from the records plus those recorded by managers, minus cancelled ones."""
    which = "and n.body_id = :b" if body_id is not None else ""
    newest = f"order by m.date desc limit {PER_BODY}" if body_id is not None else ""  # the latest are what count
    rows = query_rows(db, f"""select * from (select m.*, n.body_id, d.date as doc_date from meetings m
        join body_names n on n.name = m.body left join documents d on d.id = m.doc_id
        where ({visible(db, today, "+m.doc_id")} or m.doc_id is null) {which} {newest}) order by date""",
                 b=body_id, today=today.isoformat())
    cancelled = {(r["body_id"], r["date"]) for r in rows if r["status"] == "cancelled"}
    months = {(body, day[:7]) for body, day in cancelled}  # a day cancelled in a month the papers name alone
    return [r for r in rows if r["status"] != "cancelled" and (r["body_id"], r["date"]) not in cancelled
            and not (r["precision"] == "month" and (r["body_id"], r["date"][:7]) in months)]


def meetings_between(db: sqlite_utils.Database, first: date, last: date, today: date) -> list[dict]:
    """The meetings on record between two days, of any body, with the body's id; not cancelled."""
    rows = query_rows(db, f"""select m.*, n.body_id from meetings m join body_names n on n.name = m.body
        where m.date between :first and :last and ({visible(db, today, "+m.doc_id")} or m.doc_id is null)""",
                      first=first.isoformat(), last=last.isoformat(), today=today.isoformat())
    cancelled = {(r["body_id"], r["date"]) for r in rows if r["status"] == "cancelled"}
    return [r for r in rows if r["status"] != "cancelled" and (r["body_id"], r["date"]) not in cancelled]


def people(db: sqlite_utils.Database, today: date, body_id: int | None = None,
           name: str | None = None, every: bool = False, doc_id: str | None = None) -> list[dict]:
    """People as recorded: one row per person and role (`every`: one per record that names them)."""
    where, params = [f"+p.doc_id in {VISIBLE}"], {"today": today.isoformat()}
    if body_id is not None:
        where.append("p.body in (select name from body_names where body_id = :b)")
        params["b"] = body_id
    if name:
        where.append("p.name = :name")
        params["name"] = name
    if doc_id:
        where.append("p.doc_id = :doc")
        params["doc"] = doc_id
    # one row per person and role as recorded, from the newest record that says it, in the order first recorded
    rows = query_rows(db, f"""select p.*, d.date as doc_date from people p join documents d on d.id = p.doc_id
        where {' and '.join(where)} order by coalesce(d.date, '') desc, p.id""", **params)
    if every:
        return rows
    newest: dict[tuple, dict] = {}
    first: dict[tuple, int] = {}
    for row in rows:
        key = (row["name"], row["role"], row["relation"], row["body"])
        newest.setdefault(key, row)
        first[key] = min(first.get(key, row["id"]), row["id"])
    return sorted(newest.values(), key=lambda r: first[(r["name"], r["role"], r["relation"], r["body"])])


def judgements(db: sqlite_utils.Database, today: date) -> list[dict]:
    """Judgements visible on `today`, newest report first, with the council inspected."""
    return query_rows(db, f"""select j.*, d.date as doc_date, i.council from judgements j
        join documents d on d.id = j.doc_id left join inspections i on i.doc_id = j.doc_id
        where j.doc_id in {VISIBLE} order by d.date desc, j.id""", today=today.isoformat())


def inspections(db: sqlite_utils.Database, today: date) -> list[dict]:
    """Inspections whose reports are visible on `today`, newest first."""
    return query_rows(db, f"""select i.*, d.date as doc_date from inspections i join documents d
        on d.id = i.doc_id where i.doc_id in {VISIBLE} order by d.date desc, i.id""", today=today.isoformat())


def newest_document(db: sqlite_utils.Database, today: date) -> str | None:
    """The date of the newest document visible on `today`."""
    return db.execute("select max(date) from documents where date <= ?", [today.isoformat()]).fetchone()[0]


def councils(db: sqlite_utils.Database) -> list[str]:
    """Every council an inspection report in the store is about, as its latest report names it."""
    return [r[0] for r in db.execute("""select i.council from inspections i join documents d on d.id = i.doc_id
        order by d.date desc""")]


def search_indicators(db: sqlite_utils.Database, words: list[str], today: date,
                      unit: str | None = None, limit: int = 10) -> list[dict]:
    query = fts_query(words)
    if not query:
        return []
    extra = "and i.unit = :unit" if unit else ""
    return query_rows(db, f"""select i.*, bm25(indicators_fts, 10.0, 1.0) as rank
        from indicators_fts f join indicators i on i.rowid = f.rowid
        where indicators_fts match :q and i.doc_id in {VISIBLE} {extra}
        order by rank limit :n""", q=query, today=today.isoformat(), unit=unit, n=limit)


def indicators_of_value(db: sqlite_utils.Database, value: str, today: date, unit: str, limit: int = 5) -> list[dict]:
    """Figures recorded as this value ('£6.2 million'), newest paper first."""
    return query_rows(db, f"""select i.* from indicators i join documents d on d.id = i.doc_id
        where i.value = :value and i.unit = :unit and i.doc_id in {VISIBLE} order by d.date desc limit :n""",
                      value=value, unit=unit, today=today.isoformat(), n=limit)


def strands(db: sqlite_utils.Database, today: date, plan: str | None = None) -> list[dict]:
    where = "and s.plan = :plan" if plan else ""
    return query_rows(db, f"""select s.*, d.date as doc_date from strands s join documents d
        on d.id = s.doc_id where s.doc_id in {VISIBLE} {where} order by d.date desc, s.seq""",
                 today=today.isoformat(), plan=plan)


def strand_passage(db: sqlite_utils.Database, strand: dict) -> str | None:
    """What the paper says of a strand's progress: the passage at the strand's own reference."""
    rows = query_rows(db, "select text from passages where doc_id = :doc and ref = :ref order by seq limit 1",
                      doc=strand["doc_id"], ref=strand["ref"])
    return rows[0]["text"] if rows else None


def plan_names(db: sqlite_utils.Database, today: date) -> list[str]:
    return [r["plan"] for r in query_rows(
        db, f"select distinct plan from strands where doc_id in {VISIBLE}", today=today.isoformat())]


def plans_mentioned(db: sqlite_utils.Database) -> list[tuple[str, str]]:
    """(name, the first day a paper names it) for plans the papers name ('Children and Young
    People's Plan', 'Best Council Plan'), and those their acronyms spell out ('CYPP')."""
    rows = db.execute("""select p.name, min(coalesce(d.date, '')) from plan_mentions p join documents d
        on d.id = p.doc_id group by p.name""").fetchall()
    spelt = db.execute("""select a.expansion, min(coalesce(d.date, '')) from acronyms a join documents d
        on d.id = a.doc_id where a.expansion like '% plan' and a.implied is null group by lower(a.expansion)""")
    return [(name, day) for name, day in rows] + [
        (" ".join(w if w in ("and", "of", "for") else w[:1].upper() + w[1:] for w in long.split()), day)
        for long, day in spelt if not long.lower().endswith(CHILD_PLANS)]  # not 'EHCP': each child has one


def plan_documents(db: sqlite_utils.Database, plan: str, today: date) -> frozenset[str]:
    """The papers dated by `today` that name the plan, in full or as their acronyms spell it out."""
    return frozenset(r[0] for r in db.execute(f"""select doc_id from plan_mentions where name = :p
        and doc_id in {VISIBLE} union select doc_id from acronyms where lower(expansion) = lower(:p)
        and doc_id in {VISIBLE}""", {"p": plan, "today": today.isoformat()}))


def strand_documents(db: sqlite_utils.Database, plan: str, today: date) -> frozenset[str]:
    """The papers dated by `today` that set out the plan's strands: papers on the plan, whatever their title."""
    return frozenset(r[0] for r in db.execute(f"select distinct doc_id from strands where plan = :p and doc_id in "
                                              f"{VISIBLE}", {"p": plan, "today": today.isoformat()}))


IN_SCOPE = "(select value from json_each(:scope))"


def search_statements(db: sqlite_utils.Database, words: list[str], today: date, limit: int = 10,
                      docs: frozenset[str] | None = None, topic: list[str] | None = None) -> list[dict]:
    """Dated sentences with every word first, then with any word, best first; with a `topic`,
    then those under a heading with every word of it ('The Transformation Programme': '… fully
    established by 1st April 2011'), each with its passage's heading. `docs`: only from these
    documents."""
    found: list[dict] = []
    scoped = f"and s.doc_id in {IN_SCOPE}" if docs is not None else ""
    params = {"today": today.isoformat(), "n": limit, "scope": json.dumps(sorted(docs or ()))}
    every = fts_query(words, every=True)
    for query in (every, fts_query(words)):
        if not query or len(found) >= limit:
            continue
        rows = query_rows(db, f"""select s.*, bm25(statements_fts) as rank from statements_fts f
            join statements s on s.rowid = f.rowid where statements_fts match :q
            and s.doc_id in {VISIBLE} {scoped} order by rank limit :n""", q=query, **params)
        seen = {r["id"] for r in found}
        found += [r for r in rows if r["id"] not in seen]
    headed = fts_query(topic or [], every=True)
    if headed:
        seen = {r["id"] for r in found}
        found += [r for r in query_rows(db, f"""select s.* from (select p.doc_id, p.ref from passages_fts f
            join passages p on p.rowid = f.rowid where passages_fts match :q order by f.rank limit 20) h
            join statements s on s.doc_id = h.doc_id and s.ref = h.ref where s.doc_id in {VISIBLE} {scoped}
            limit :n""", q="heading: (" + headed + ")", **params) if r["id"] not in seen]
    if topic is not None:
        for r in found:
            r["heading"] = _heading(db, r["doc_id"], r["ref"])
    return found


def _heading(db: sqlite_utils.Database, doc_id: str, ref: str | None) -> str:
    row = db.execute("select heading from passages where doc_id = ? and ref = ? limit 1", [doc_id, ref]).fetchone()
    return (row[0] or "") if row else ""


def document_titles(db: sqlite_utils.Database, today: date) -> list[dict]:
    """Every visible document's id, title, date, body, author and kind."""
    return query_rows(db, "select id, title, date, body, author, kind from documents where date is null or "
                          "date <= :today",
                      today=today.isoformat())


def history(db: sqlite_utils.Database, action_key: str | None = None, since: str | None = None,
            limit: int = 50) -> list[dict]:
    where, params = [], {"n": limit}
    if action_key:
        where.append("h.action_key = :k")
        params["k"] = action_key
    if since:
        where.append("h.at >= :since")
        params["since"] = since
    clause = f"where {' and '.join(where)}" if where else ""
    return query_rows(db, f"select h.*, a.text as action_text from history h left join actions a on a.key = "
                          f"h.action_key {clause} order by h.id desc limit :n", **params)  # with what it is


def kpis(db: sqlite_utils.Database, today: date) -> list[dict]:
    """The rated indicators of the newest performance report visible on `today`."""
    newest = db.execute(f"""select i.doc_id from indicators i join documents d on d.id = i.doc_id
        where i.rag is not null and i.doc_id in {VISIBLE} group by i.doc_id
        order by count(*) >= {MIN_KPIS} desc, coalesce(d.date, '') desc, d.ingested_at desc
        limit 1""", {"today": today.isoformat()}).fetchone()
    if not newest:
        return []
    return query_rows(db, "select * from indicators where doc_id = :d and rag is not null order by id", d=newest[0])


def anything_between(db: sqlite_utils.Database, first: date, last: date) -> bool:
    """Whether any meeting, minute or document of the records falls between the two days."""
    span = [first.isoformat(), last.isoformat()]
    return any(db.execute(sql, span).fetchone() for sql in (
        "select 1 from meetings where date between ? and ? limit 1",
        "select 1 from minute_items where meeting between ? and ? limit 1",
        "select 1 from documents where date between ? and ? limit 1"))


def minute_items(db: sqlite_utils.Database, today: date, body_id: int | None = None) -> list[dict]:
    """Numbered minutes visible on `today`, newest meeting first, of one body if given."""
    where = "and m.body in (select name from body_names where body_id = :b)" if body_id is not None else ""
    return query_rows(db, f"""select m.* from minute_items m where m.doc_id in {VISIBLE} {where}
        order by m.meeting desc, m.seq""", today=today.isoformat(), b=body_id)


def agenda_items(db: sqlite_utils.Database, today: date, body_id: int | None = None) -> list[dict]:
    """Agenda items visible on `today`, latest meeting first, of one body if given."""
    where = "and a.body in (select name from body_names where body_id = :b)" if body_id is not None else ""
    return query_rows(db, f"""select a.* from agenda_items a where a.doc_id in {VISIBLE} {where}
        order by a.meeting desc, a.seq""", today=today.isoformat(), b=body_id)


def acronyms(db: sqlite_utils.Database, acronym: str, today: date) -> list[dict]:
    """How the papers visible on `today` spell out an acronym, the most common spelling first."""
    return query_rows(db, f"""select a.*,
        count(*) over (partition by lower(a.expansion), coalesce(a.implied, 0)) as uses
        from acronyms a join documents d on d.id = a.doc_id
        where (a.acronym = :a or a.acronym = :a || 's' or a.acronym || 's' = :a) and a.doc_id in {VISIBLE}
        order by coalesce(a.implied, 0), uses desc, coalesce(d.date, '') desc""", a=acronym, today=today.isoformat())


def risks(db: sqlite_utils.Database, today: date) -> list[dict]:
    """Risks in registers visible on `today`, newest register first."""
    return query_rows(db, f"""select r.*, d.date as doc_date from risks r join documents d on d.id = r.doc_id
        where r.doc_id in {VISIBLE} order by coalesce(d.date, '') desc, r.id""", today=today.isoformat())
