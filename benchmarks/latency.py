"""Answer latency on a large synthetic store, in process: p50 and p99 per intent.

The store holds at least 100,000 actions, 500,000 passages and 1,000 bodies, built once
(into benchmarks/.cache/) from the seed records' own sentences and names, then asked a
hundred questions per intent through the real router. Target: p99 under 50 ms.

Each intent's questions are first asked once each, and the slowest of those asks is shown as "first":
caches still empty, and on machines that page out files idle for a minute (DAMON reclaim here), the
store's pages read from disk again. p50, p99 and max are of the timed rounds after them: a store in
use, which is what the target is about. (p99 of 100 rounds is the second-slowest.)

    python benchmarks/latency.py [--rounds 200]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.boundary import answer, ready  # noqa: E402
from bot.router import parse  # noqa: E402
from handlers.cache import forget as forget_answers  # noqa: E402
from handlers.question import Context  # noqa: E402
from store.ingest import ingest_paths  # noqa: E402
from store.schema import connect  # noqa: E402

CACHE = ROOT / "benchmarks" / ".cache" / "large.db"
DOCS, PASSAGES_PER_DOC, ACTIONS_PER_DOC, BODIES = 2000, 250, 50, 1000
WORDS = ("Corporate Parenting Youth Justice Early Help Fostering Adoption Education Health Inclusion "
         "Commissioning Quality Practice Performance Partnership Schools Safeguarding Transitions").split()
KINDS = ["Board", "Committee", "Group", "Panel", "Partnership"]
THEMES = ["safeguarding", "looked after children", "care leavers", "early help", "youth justice",
          "education", "health", "workforce", "fostering", "adoption", "send", "neet"]
FREQS = [(1, "months", "Monthly"), (3, "months", "Quarterly"), (6, "weeks", "Six weekly"),
         (2, "months", "Every two months"), (2, "weeks", "Fortnightly")]


def build(path: Path) -> None:
    """Seed records plus synthetic documents made of the seeds' own sentences."""
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = connect(path)
    ingest_paths(db, [ROOT / "seeds"])
    sentences = [r[0] for r in db.execute("select text from passages where length(text) > 80")]
    actions = [r[0] for r in db.execute("select text from actions")]
    rng = random.Random(7)
    started = time.perf_counter()
    for d in range(DOCS):
        doc_id = f"synthetic-{d:05d}"
        day = date(2008 + d % 6, 1 + d % 12, 1 + d % 28).isoformat()
        with db.conn:
            db.execute("BEGIN")
            db.execute("insert into documents (id, title, body, date, kind, sha256) values (?,?,?,?,?,?)",
                       [doc_id, f"Synthetic report {d}", f"{rng.choice(WORDS)} Board", day, "report", doc_id])
            db.conn.executemany("insert into passages (doc_id, seq, ref, heading, text) values (?,?,?,?,?)",
                                [(doc_id, i, f"{i // 10 + 1}.{i % 10 + 1}", "Main issues",
                                  rng.choice(sentences)) for i in range(PASSAGES_PER_DOC)])
            rows = []
            for i in range(ACTIONS_PER_DOC):
                n = d * ACTIONS_PER_DOC + i
                rows.append((f"{doc_id}:{i}", f"SYN-{n}", doc_id, i, "Areas for improvement",
                             rng.choice(THEMES), rng.choice(actions), "Within three months",
                             date(2009 + n % 6, 1 + n % 12, 7).isoformat(), "day", "inspection", "3.4",
                             "synthetic"))
            db.conn.executemany("insert into actions (key, short_id, doc_id, seq, plan, theme, text, timescale, "
                                "due, due_precision, kind, ref, sentence) values (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        if d % 200 == 0:
            print(f"  built {d}/{DOCS} documents ({time.perf_counter() - started:.0f}s)", file=sys.stderr)
    with db.conn:
        db.execute("BEGIN")
        for b in range(BODIES):
            code = "".join(chr(97 + (b // 26 ** k) % 26) for k in range(3)).capitalize()
            name = f"{rng.choice(WORDS)} {code} {rng.choice(KINDS)}"
            doc_id = f"synthetic-{b % DOCS:05d}"
            interval, unit, label = rng.choice(FREQS)
            db.execute("insert into body_facts (doc_id, name, chair, frequency, interval, unit, approximate, ref, "
                       "sentence) values (?,?,?,?,?,?,0,'7.0','synthetic')",
                       [doc_id, name, f"Chair {b}", label, interval, unit])
            db.execute("insert into meetings (doc_id, body, date, precision, status, ref, sentence) "
                       "values (?,?,?,?,?,'7.0','synthetic')",
                       [doc_id, name, date(2010, 1 + b % 12, 1).isoformat(), "month", "held"])
            db.execute("insert into people (doc_id, name, role, body, relation, ref, sentence) "
                       "values (?,?,?,?,?,'7.0','synthetic')", [doc_id, f"Person {b}", "Member", name, "member"])
    from store.shapes.bodies import link_bodies
    link_bodies(db)
    db.conn.close()


QUESTIONS = {
    "overdue": ["what's overdue on safeguarding?", "anything late on LAC?", "overdue early help actions"],
    "due": ["what's due in the next three months?", "safeguarding deadlines this month"],
    "next_meeting": ["when does scrutiny next meet?", "next exec board?", "when is the next {body}"],
    "last_meeting": ["when did the children's trust board last meet?", "when did the {body} last meet"],
    "frequency": ["how often does the member reference group meet?", "how often does the {body} meet"],
    "chair": ["who chairs the improvement board?", "who chairs the {body}"],
    "members": ["who sits on the improvement board?"],
    "person": ["who is bill mccarthy", "what does penny thompson do"],
    "judgement": ["how was leeds rated for overall effectiveness of safeguarding?", "ofsted ratings for LAC"],
    "indicator": ["how many breeze card holders are there?"],
    "money": ["how much extra money went to safeguarding?"],
    "plan": ["which strands of the nine point plan need improvement?", "themes of the improvement plan",
             "what are the CYPP outcomes?", "whats the proper name of the nine point plan"],
    "status": ["status of SG-3", "where are we on caseloads", "where are we with the principal social worker role",
               "status of the new social care IT system"],
    "summary": ["summary", "give me a summary for the board"],
    "recent": ["what's changed recently"],
    "when": ["when was frameworki launched", "when does the myplace youth hub open"],
    "search": ["what are the obsessions?", "tell me about breeze on tour", "asdkjh qwpoe"],
    "upcoming": ["what meetings are coming up in the next three months?"],
    "actions": ["what are the six month actions for safeguarding?", "show me SG-7", "actions on placements"],
    "due_date": ["when were the six-month LAC actions due?", "when was SG-3 due?"],
    "status_list": ["what's delayed?", "which safeguarding actions are at risk?"],
    "owner": ["who owns SG-3?", "actions with no owner", "what is assigned to me?"],
    "inspection": ["who led the inspection?", "when did the inspection take place?",
                   "what did the jan 2011 unannounced inspection find",
                   "how many areas for improvement did ofsted find",
                   "what areas for development did the 2011 inspection flag"],
    "ever": ["was leeds ever rated inadequate?", "was leeds ever judged outstanding?"],
    "no_year": ["who was at the improvement board on 9 jan", "who chaired the extraordinary meeting on 9th jan"],
}


def ask(db, today: date, text: str):
    """(milliseconds, reply) for one question, the cache of whole answers forgotten first: the work is timed."""
    ctx = Context(db=db, today=today, now=f"{today}T09:00:00")
    forget_answers("answer")
    started = time.perf_counter()
    reply = answer(ctx, text)
    return (time.perf_counter() - started) * 1000, reply


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=100, help="questions asked per intent")
    ap.add_argument("--rebuild", action="store_true")
    args = ap.parse_args()
    if args.rebuild or not CACHE.exists():
        print(f"building the large store at {CACHE} …", file=sys.stderr)
        build(CACHE)
    db = connect(CACHE)
    if "sqlite_stat1" in db.table_names():  # a cache built by an earlier version of this script: Clerk never runs
        db.execute("drop table sqlite_stat1")  # ANALYZE, and statistics give plans no store of Clerk's has (with
        db.conn.close()  # them, 'what's delayed?' read every action: 4 queries of 5 ms)
        db = connect(CACHE)
    counts = {t: db.execute(f"select count(*) from {t}").fetchone()[0] for t in ("actions", "passages", "bodies")}
    print("store: " + ", ".join(f"{n:,} {t}" for t, n in counts.items()))
    today = date(2014, 3, 1)
    ready(db)  # what questions read built once and kept out of the collector's way, as `clerk serve` does
    print(f"{'intent':<14}{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}{'first ms':>9}   routed as")
    worst = 0.0
    bodies = [r[0] for r in db.execute("select name from bodies order by id")]
    rng = random.Random(1)
    for intent, questions in QUESTIONS.items():
        timings, routed, errors = [], set(), 0
        first = max(ask(db, today, q.format(body=rng.choice(bodies).lower()))[0] for q in questions)
        for i in range(args.rounds):
            text = questions[i % len(questions)].format(body=rng.choice(bodies).lower())
            ms, reply = ask(db, today, text)
            timings.append(ms)
            errors += reply.intent == "failure"
            if i < len(questions):
                routed.add(parse(Context(db=db, today=today), text).intent)
        timings.sort()
        p50, p99 = statistics.median(timings), timings[int(len(timings) * 0.99) - 1]
        worst = max(worst, p99)
        print(f"{intent:<14}{p50:9.1f}{p99:9.1f}{timings[-1]:9.1f}{first:9.1f}   {', '.join(sorted(routed))}"
              + (f"   {errors} ERRORS" if errors else ""))
    print(f"worst p99: {worst:.1f} ms (target < 50 ms)")


if __name__ == "__main__":
    main()
