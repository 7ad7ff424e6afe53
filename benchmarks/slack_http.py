"""Slack over HTTP: signed slash-command questions sent to `clerk serve --http` on 127.0.0.1
(with a local fake Web API), timed from request to answer (answers come back in the ack).

Prints p50 and p99 on the seeds and on a store built from 1,000 reports.
Targets: p99 under 50 ms on the seeds, under 100 ms on the large store.

    python benchmarks/slack_http.py [--requests 200] [--reports 1000]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from ingest import make_reports  # noqa: E402

from tests.fake_slack import FakeSlack, SignedClient, free_port, wait_for_port  # noqa: E402

QUESTIONS = ["what's overdue on safeguarding?", "when does scrutiny next meet?", "who chairs the improvement board?",
             "how often does the member reference group meet?", "what's due in the next three months?",
             "how many breeze card holders are there?", "which strands of the nine point plan need improvement?",
             "who sits on the improvement board?", "summary", "what are the obsessions?"]
SECRET = "bench-secret"


def measure(db: Path, requests: int) -> tuple[float, float, int]:
    fake = FakeSlack()
    port = free_port()
    env = dict(os.environ, SLACK_BOT_TOKEN="xoxb-bench", SLACK_SIGNING_SECRET=SECRET,
               SLACK_API_URL=f"{fake.url}/api/", CLERK_TODAY="2014-03-01")
    server = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--http", "--port", str(port), "--db", str(db)],
                              cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_port(port)
        client = SignedClient(f"http://127.0.0.1:{port}/slack/events", SECRET)
        client.command("help")  # warm up: first request authorises the bot
        timings, late = [], 0
        for i in range(requests):
            started = time.perf_counter()
            status, body = client.command(QUESTIONS[i % len(QUESTIONS)], user="U_BENCH")
            timings.append((time.perf_counter() - started) * 1000)
            late += status != 200 or "Working on it" in json.loads(body).get("text", "")
        timings.sort()
        return statistics.median(timings), timings[int(len(timings) * 0.99) - 1], late
    finally:
        server.terminate()
        server.wait()
        fake.stop()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--reports", type=int, default=1000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        seeds_db, large_db, folder = Path(tmp) / "seeds.db", Path(tmp) / "large.db", Path(tmp) / "reports"
        subprocess.run([sys.executable, "-m", "bot", "ingest", str(ROOT / "seeds"), "--db", str(seeds_db)],
                       cwd=ROOT, check=True, capture_output=True)
        folder.mkdir()
        make_reports(folder, args.reports)
        subprocess.run([sys.executable, "-m", "bot", "ingest", str(folder), str(ROOT / "seeds"), "--db", str(large_db)],
                       cwd=ROOT, check=True, capture_output=True)
        for label, db in (("seeds", seeds_db), (f"{args.reports} reports", large_db)):
            p50, p99, late = measure(db, args.requests)
            print(f"{label:<14} {args.requests} signed slash questions: p50 {p50:6.1f} ms  p99 {p99:6.1f} ms"
                  f"  (answered after the ack: {late})")


if __name__ == "__main__":
    main()
