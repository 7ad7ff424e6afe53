"""Full-text search over the passages: the best passages for a question's words, those holding
every concept asked, and how telling each word is (how many passages hold it)."""

from __future__ import annotations

import json
import math
import re
from datetime import date

import sqlite_utils

from .lookup import IN_SCOPE, VISIBLE, data_version, fts_query, query_rows, store_path
from .schema import PASSAGE_WEIGHTS

FACT_SHEET = ("% in this area", "% about this area", "% this local authority area")  # Ofsted's headings over a
# council's own figures ('Children looked after in this area', 'Other information about this area')


def fact_sheets(db: sqlite_utils.Database, docs: frozenset[str], today: date) -> list[dict]:
    """The passages of these documents under a heading that introduces the area's own figures."""
    headed = " or ".join(f"heading like :h{i}" for i in range(len(FACT_SHEET)))
    return query_rows(db, f"""select * from passages where doc_id in {IN_SCOPE} and doc_id in {VISIBLE}
        and ({headed})""", scope=json.dumps(sorted(docs)), today=today.isoformat(),
                      **{f"h{i}": pattern for i, pattern in enumerate(FACT_SHEET)})


RANK = f"bm25(passages_fts, {PASSAGE_WEIGHTS})"  # the table's own rank, named: FTS5's 'order by rank' takes twice as
# long
FTS_POOL = 200  # best raw matches considered before the clock hides later documents
RANKED_AT_MOST = 3000  # matches ranked for one query: for words in more passages, the newest that many
COMMON = 0.05  # a word in more than this share of passages says little and costs much to rank


def term_weights(db: sqlite_utils.Database, words: list[str]) -> dict[str, tuple[str, float]]:
    """Each word's stem as the index holds it, and how much finding it tells (BM25's inverse
    document frequency): 'obsessions' in 1 passage of 200 outweighs 'children' in 130."""
    total = db.execute("select max(rowid) from passages").fetchone()[0] or 1  # near enough, and instant
    return {word: (stem, math.log(1 + (total - count + 0.5) / (count + 0.5)))
            for word, (stem, count) in _index_terms(db, words).items()}


def _index_terms(db: sqlite_utils.Database, words: list[str]) -> dict[str, tuple[str, int]]:
    """Each word's longest prefix the index holds as a term, and how many passages hold it:
    counting a common term's passages takes the index tens of milliseconds, so the counts are
    kept until the documents change."""
    known = kept(db)
    for word in words:
        if ("term", word) not in known:
            known["term", word] = _index_term(db, word)
    return {word: known["term", word] for word in words}


def _index_term(db: sqlite_utils.Database, word: str) -> tuple[str, int]:
    w = re.sub(r"[^\w]", "", word.lower())
    prefixes = [w[:k] for k in range(len(w), 2, -1)]
    marks = ",".join("?" for _ in prefixes)
    row = db.execute(f"select term, doc from passages_terms where term in ({marks}) order by length(term) desc "
                     "limit 1", prefixes).fetchone() if prefixes else None
    return (row[0], row[1]) if row else (re.sub(r"^\W+|\W+$", "", word.lower()) or w, 0)  # '£6.2m' as typed


def as_written(db: sqlite_utils.Database, word: str) -> str:
    """A word the papers never use run together, as two they do use ('cardholders' → 'card
    holders'); any other word as it is. Kept until the documents change."""
    known = kept(db)
    if ("split", word) not in known:
        known["split", word] = _split(db, word)
    return known["split", word]


def used(db: sqlite_utils.Database, word: str) -> bool:
    """Does any passage hold the word (in any form the index's stemmer makes one)? Kept until the
    documents change."""
    known = kept(db)
    if ("used", word) not in known:
        known["used", word] = _used(db, word)
    return known["used", word]


def _split(db: sqlite_utils.Database, word: str) -> str:
    if len(word) < 8 or not word.isalpha() or used(db, word):
        return word  # short, or a word of the papers' own ('directorate', 'caseloads')
    for cut in range(4, len(word) - 3):
        parts = [word[:cut], word[cut:]]
        if all(used(db, part) for part in parts):
            return " ".join(parts)
    return word


def _used(db: sqlite_utils.Database, word: str) -> bool:
    """Does any passage hold the word (in any form the index's stemmer makes one)?"""
    quoted = word.replace('"', '""')  # a typed quote mark is part of the word, never the query's syntax
    return db.execute("select 1 from passages_fts where passages_fts match ? limit 1", [f'"{quoted}"']).fetchone() \
        is not None


def telling_words(db: sqlite_utils.Database, words: list[str]) -> list[str]:
    """The words worth ranking: very common ones are dropped while a rarer one remains."""
    if len(words) < 2:
        return words
    counts, cap = _capped_counts(db, words)
    rare = [w for w in words if counts[w] <= cap]
    return rare or [min(words, key=lambda w: counts[w])]


RARE, RARE_SHARE = 3, 0.002  # passages: a word in no more than this many (or this share of them) is rare


def rare(db: sqlite_utils.Database, words: list[str]) -> bool:
    """Is every word in few passages: enough, alone, to name one thing?"""
    total = db.execute("select max(rowid) from passages").fetchone()[0] or 0
    cap = max(RARE, int(total * RARE_SHARE))
    return all(_count_up_to(db, w, cap + 1) <= cap for w in words)


def rarity(db: sqlite_utils.Database, words: list[str]) -> dict[str, float]:
    """How much finding each word tells (inverse document frequency), every common word alike:
    counted no further than telling_words counts, and with its counts."""
    counts, _cap = _capped_counts(db, words)
    total = db.execute("select max(rowid) from passages").fetchone()[0] or 1
    return {w: math.log(1 + (total - counts[w] + 0.5) / (counts[w] + 0.5)) for w in words}


def _capped_counts(db: sqlite_utils.Database, words: list[str]) -> tuple[dict[str, int], int]:
    total = db.execute("select max(rowid) from passages").fetchone()[0] or 0
    cap = int(max(2000, COMMON * total))
    known = kept(db)  # counting takes the index milliseconds a word
    for w in words:
        if ("count", w, cap) not in known:
            known["count", w, cap] = _count_up_to(db, w, cap + 1)
    return {w: known["count", w, cap] for w in words}, cap


def _count_up_to(db: sqlite_utils.Database, word: str, cap: int) -> int:
    """How many passages hold the word, counted no further than `cap`: enough to tell a common
    word, at a fraction of the cost of counting all its passages."""
    term = fts_query([word])
    if not term:
        return 0
    return db.execute(f"select count(*) from (select rowid from passages_fts where passages_fts match ? "
                      f"limit {cap})", [term]).fetchone()[0]


_KEPT: dict[tuple, dict] = {}  # (store, its data version) → what was worked out of its documents


def kept(db: sqlite_utils.Database) -> dict:
    """What was worked out of the store's documents (term counts, whether a word is used), kept
    until they change: one store's at a time."""
    version = (store_path(db), data_version(db)[:2])
    if version not in _KEPT:
        _KEPT.clear()
        _KEPT[version] = {}
    return _KEPT[version]


def doc_passages(db: sqlite_utils.Database, doc_id: str) -> list[dict]:
    """One document's passages, in order."""
    return query_rows(db, "select * from passages where doc_id = :d order by seq", d=doc_id)


def _passage_spans(db: sqlite_utils.Database, docs: frozenset[str]) -> list[tuple[int, int]]:
    """The rowids each document's passages span (a document's passages are written together),
    so a search within a few documents never reads a common word's matches in all the others."""
    return db.execute(f"""select min(id), max(id) from passages where doc_id in {IN_SCOPE} group by doc_id""",
                      {"scope": json.dumps(sorted(docs))}).fetchall()


def search_passages(db: sqlite_utils.Database, words: list[str], today: date,
                    limit: int = 5, docs: frozenset[str] | None = None) -> list[dict]:
    """Best passages for the words by BM25 (headings weighted above text): passages with
    every word first, then any word; words in most passages are set aside when rarer ones
    can carry the search. `docs`: only from these documents (one council's reports)."""
    found: list[dict] = []
    for query in (fts_query(words, every=True), fts_query(telling_words(db, words))):
        if query and len(found) < limit:
            seen = {r["id"] for r in found}
            found += [r for r in _ranked(db, query, today, limit, docs) if r["id"] not in seen]
    return found[:limit]


def passages_holding(db: sqlite_utils.Database, groups: list[list[str]], today: date, limit: int = 10,
                     docs: frozenset[str] | None = None) -> list[dict]:
    """Best passages holding something of every group ('social', 'care', 'IT' or 'computer'),
    by BM25: what a sentence must say, asked of the index at once."""
    query = " AND ".join(f"({fts_query(group)})" for group in groups if fts_query(group))
    return _ranked(db, query, today, limit, docs, at_most=HOLDING_AT_MOST) if query else []


HOLDING_AT_MOST = 200  # matches of every concept ranked: they all say it, the newest are what count


def _ranked(db: sqlite_utils.Database, query: str, today: date, limit: int,
            docs: frozenset[str] | None, at_most: int = 0) -> list[dict]:
    if docs is not None:  # a few documents: rank every match in them, each document's rows read alone
        rows = []
        for first, last in _passage_spans(db, docs):
            rows += query_rows(db, f"""select p.*, f.rank from passages_fts f join passages p on p.rowid = f.rowid
                where passages_fts match :q and f.rowid between :first and :last and p.doc_id in {IN_SCOPE}
                and p.doc_id in {VISIBLE} order by f.rank limit :n""", q=query, first=first, last=last,
                               scope=json.dumps(sorted(docs)), today=today.isoformat(), n=limit)
        return sorted(rows, key=lambda r: r["rank"])[:limit]
    floor = db.execute("select rowid from passages_fts where passages_fts match ? order by rowid desc "
                       f"limit 1 offset {at_most or RANKED_AT_MOST}", [query]).fetchone()
    return query_rows(db, f"""select p.*, f.rank from (select rowid, {RANK} as rank from passages_fts
        where passages_fts match :q and rowid >= :floor order by 2 limit {FTS_POOL}) f
        join passages p on p.rowid = f.rowid where p.doc_id in {VISIBLE}
        order by f.rank limit :n""", q=query, today=today.isoformat(), n=limit, floor=floor[0] if floor else 0)


def indicators_by_passage(db: sqlite_utils.Database, words: list[str], today: date, unit: str,
                          limit: int = 5) -> list[dict]:
    """Indicators whose paragraph (not just their sentence) matches the words, best first."""
    out: list[dict] = []
    for passage in search_passages(db, words, today, limit=50):
        out += query_rows(db, "select * from indicators where doc_id = :d and ref = :r and unit = :u",
                     d=passage["doc_id"], r=passage["ref"], u=unit)
        if len(out) >= limit:
            break
    return out[:limit]
