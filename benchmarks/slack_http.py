"""Slack over HTTP: signed slash-command questions sent to `clerk serve --http` on 127.0.0.1
(with a local fake Web API), timed from request to answer (answers come back in the ack),
beside a bare Bolt app (process_before_response, acking a constant) on the same waitress
server, in the same run.

Prints p50 and p99 for the bare app, Clerk on the seeds (and the ratio) and Clerk on a store
of 2,000 reports, and the longest wait of 8 clients asking at once.
Targets: Clerk p50 ≤ 2 ms and p99 ≤ 5 ms on the seeds; p99 ≤ 25 ms on 2,000 reports; no
concurrent client waits more than 100 ms.

    python benchmarks/slack_http.py [--requests 300] [--reports 2000]
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
from concurrent.futures import ThreadPoolExecutor
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


BARE_APP = """
import os, sys
from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_sdk import WebClient
from waitress import serve
app = App(signing_secret=os.environ["SLACK_SIGNING_SECRET"], process_before_response=True,
          client=WebClient(token="xoxb-bench", base_url=os.environ["SLACK_API_URL"]), token_verification_enabled=False)
app.command("/clerk")(lambda ack: ack("ok"))
serve(SlackRequestHandler(app), host="127.0.0.1", port=int(sys.argv[1]), threads=8)
"""


def serving(db: Path | None):
    """Start Clerk on `db` (or the bare app) with a fake Web API; yield a signed client."""
    fake = FakeSlack()
    port = free_port()
    env = dict(os.environ, SLACK_BOT_TOKEN="xoxb-bench", SLACK_SIGNING_SECRET=SECRET,
               SLACK_API_URL=f"{fake.url}/api/", CLERK_TODAY="2014-03-01")
    command = ([sys.executable, "-c", BARE_APP, str(port)] if db is None else
               [sys.executable, "-m", "bot", "serve", "--http", "--port", str(port), "--db", str(db)])
    server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for_port(port)
    return fake, server, SignedClient(f"http://127.0.0.1:{port}/slack/events", SECRET)


def measure(db: Path | None, requests: int) -> tuple[float, float, int, float]:
    """p50, p99, answers that missed the ack, and the longest wait of 8 clients at once."""
    fake, server, client = serving(db)
    try:
        for _ in range(20):
            client.command("help")  # warm up: the first requests authorise the bot and fill caches
        timings, late = [], 0
        for i in range(requests):
            started = time.perf_counter()
            status, body = client.command(QUESTIONS[i % len(QUESTIONS)], user="U_BENCH")
            timings.append((time.perf_counter() - started) * 1000)
            late += status != 200 or (db is not None and "Working on it" in json.loads(body).get("text", ""))
        timings.sort()
        with ThreadPoolExecutor(max_workers=8) as crowd:
            def timed(i: int) -> float:
                started = time.perf_counter()
                client.command(QUESTIONS[i % len(QUESTIONS)], user=f"U_BENCH{i % 8}")
                return (time.perf_counter() - started) * 1000
            worst = max(crowd.map(timed, range(8 * 25)))
        return statistics.median(timings), timings[int(len(timings) * 0.99) - 1], late, worst
    finally:
        server.terminate()
        server.wait()
        fake.stop()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--requests", type=int, default=300)
    ap.add_argument("--reports", type=int, default=2000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        seeds_db, large_db, folder = Path(tmp) / "seeds.db", Path(tmp) / "large.db", Path(tmp) / "reports"
        subprocess.run([sys.executable, "-m", "bot", "ingest", str(ROOT / "seeds"), "--db", str(seeds_db)],
                       cwd=ROOT, check=True, capture_output=True)
        folder.mkdir()
        make_reports(folder, args.reports)
        subprocess.run([sys.executable, "-m", "bot", "ingest", str(folder), str(ROOT / "seeds"), "--db", str(large_db)],
                       cwd=ROOT, check=True, capture_output=True)
        results = {}
        for label, db in (("bare Bolt app", None), ("Clerk, seeds", seeds_db),
                          (f"Clerk, {args.reports} reports", large_db)):
            p50, p99, late, worst = results[label] = measure(db, args.requests)
            print(f"{label:<22} {args.requests} signed slash commands: p50 {p50:6.2f} ms  p99 {p99:6.2f} ms  "
                  f"8 at once: longest wait {worst:6.1f} ms  (answered after the ack: {late})")
        bare, seeds = results["bare Bolt app"], results["Clerk, seeds"]
        print(f"Clerk on the seeds / bare app: p50 x{seeds[0] / bare[0]:.1f}, p99 x{seeds[1] / bare[1]:.1f}")


if __name__ == "__main__":
    main()
