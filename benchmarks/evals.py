"""Run the answer evaluations in ../shared against their floors in benchmarks/floors.toml.

Each evaluation drives the installed `clerk` command as a user would and prints its score;
this script runs them side by side, prints each score, its floor and the time it took, and
exits 1 when any score is below its floor. When ../shared is not beside the checkout (a
clone elsewhere), it says so and exits 0.

    python benchmarks/evals.py                  # all of them
    python benchmarks/evals.py ofsted -v        # one, with every failing case printed
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FLOORS = ROOT / "benchmarks" / "floors.toml"


@dataclass(frozen=True)
class Evaluation:
    name: str
    args: list[str]  # after `python`, relative to ROOT
    needs: list[str]  # paths that must exist, relative to ROOT


EVALUATIONS = [
    Evaluation("questions-tuned", ["benchmarks/questions.py", "tuned"], ["tests/questions/tuned.jsonl"]),
    Evaluation("questions-untouched", ["benchmarks/questions.py", "untouched"], ["tests/questions/untouched.jsonl"]),
    Evaluation("questions-heldout", ["benchmarks/questions.py", "heldout"], ["tests/questions/heldout.jsonl"]),
    Evaluation("questions-blind", ["benchmarks/questions.py", "blind"], ["tests/questions/blind.jsonl"]),
    Evaluation("questions-blind2", ["benchmarks/questions.py", "blind2"], ["tests/questions/blind2.jsonl"]),
    Evaluation("questions-blind3", ["benchmarks/questions.py", "blind3"], ["tests/questions/blind3.jsonl"]),
    Evaluation("questions-blind4", ["benchmarks/questions.py", "blind4"], ["tests/questions/blind4.jsonl"]),
    Evaluation("questions-blind5", ["benchmarks/questions.py", "blind5"], ["tests/questions/blind5.jsonl"]),
    Evaluation("questions-blind6", ["benchmarks/questions.py", "blind6"], ["tests/questions/blind6.jsonl"]),
    Evaluation("questions-blind7", ["benchmarks/questions.py", "blind7"], ["tests/questions/blind7.jsonl"]),
    Evaluation("questions-blind8", ["benchmarks/questions.py", "blind8"], ["tests/questions/blind8.jsonl"]),
    Evaluation("questions-blind9", ["benchmarks/questions.py", "blind9"], ["tests/questions/blind9.jsonl"]),
    Evaluation("questions-blind10", ["benchmarks/questions.py", "blind10"], ["tests/questions/blind10.jsonl"]),
    Evaluation("questions-blind11", ["benchmarks/questions.py", "blind11"], ["tests/questions/blind11.jsonl"]),
    Evaluation("questions-blind12", ["benchmarks/questions.py", "blind12"], ["tests/questions/blind12.jsonl"]),
    Evaluation("questions-blind13", ["benchmarks/questions.py", "blind13"], ["tests/questions/blind13.jsonl"]),
    Evaluation("questions-blind14", ["benchmarks/questions.py", "blind14"], ["tests/questions/blind14.jsonl"]),
    Evaluation("questions-blind15", ["benchmarks/questions.py", "blind15"], ["tests/questions/blind15.jsonl"]),
    Evaluation("questions-blind16", ["benchmarks/questions.py", "blind16"], ["tests/questions/blind16.jsonl"]),
    Evaluation("questions-blind17", ["benchmarks/questions.py", "blind17"], ["tests/questions/blind17.jsonl"]),
    Evaluation("questions-blind18", ["benchmarks/questions.py", "blind18"], ["tests/questions/blind18.jsonl"]),
    Evaluation("questions-blind19", ["benchmarks/questions.py", "blind19"], ["tests/questions/blind19.jsonl"]),
    Evaluation("questions-blind20", ["benchmarks/questions.py", "blind20"], ["tests/questions/blind20.jsonl"]),
    Evaluation("questions-blind21", ["benchmarks/questions.py", "blind21"], ["tests/questions/blind21.jsonl"]),
    Evaluation("questions-blind22", ["benchmarks/questions.py", "blind22"], ["tests/questions/blind22.jsonl"]),
    Evaluation("seeds", ["../shared/eval/run_eval.py", "--seeds", "seeds"],
               ["../shared/eval/run_eval.py", "../shared/eval/dev_questions.jsonl"]),
    Evaluation("ofsted", ["../shared/eval/corpus_eval.py", "--corpus", "../shared/corpus/ofsted"],
               ["../shared/eval/corpus_eval.py", "../shared/corpus/ofsted/reference.csv"]),
    Evaluation("committee", ["../shared/eval/run_eval.py", "--seeds", "../shared/corpus/committee",
                             "--questions", "../shared/eval/committee_questions.jsonl"],
               ["../shared/eval/run_eval.py", "../shared/eval/committee_questions.jsonl",
                "../shared/corpus/committee"]),
]
RESULT = re.compile(r"^(\d+) passed, (\d+) failed\s*$", re.M)


def score_of(output: str) -> tuple[int, int] | None:
    """(passed, total) from an evaluation's last 'N passed, N failed' line."""
    found = RESULT.findall(output)
    if not found:
        return None
    passed, failed = map(int, found[-1])
    return passed, passed + failed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help="evaluations to run (default: all)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every failing case")
    args = parser.parse_args()
    floors = tomllib.loads(FLOORS.read_text())
    chosen = [e for e in EVALUATIONS if not args.names or e.name in args.names]
    running = []
    logs = Path(tempfile.mkdtemp(prefix="clerk-evals-"))
    for ev in chosen:
        missing = [p for p in ev.needs if not (ROOT / p).exists()]
        if missing:
            where = "(a clone elsewhere?)" if not SHARED.is_dir() else ""
            print(f"evals: {ev.name}: skipped, {', '.join(missing)} not found {where}".rstrip())
            continue
        log = (logs / f"{ev.name}.log").open("w+")
        extra = ["--min-pass", "0"] if ev.args[0].startswith("../shared") else []
        proc = subprocess.Popen([sys.executable, *ev.args, *extra], cwd=ROOT, stdout=log,
                                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, text=True)
        running.append((ev, proc, log, time.perf_counter()))
    failures = 0
    for ev, proc, log, started in running:
        proc.wait()
        elapsed = time.perf_counter() - started
        log.seek(0)
        output = log.read()
        score = score_of(output)
        floor = float(floors.get(ev.name, 0.0))
        if score is None or score[1] == 0:
            print(f"evals: {ev.name}: FAILED, no score (exit {proc.returncode}) after {elapsed:.0f}s")
            print("\n".join("    " + line for line in output.strip().splitlines()[-15:]))
            failures += 1
            continue
        passed, total = score
        below = passed / total < floor - 1e-9
        verdict = "BELOW FLOOR" if below else "ok"
        shown = f"{passed / total:.1%}" if not below else f"{passed / total:.3%}"  # 90.986% < 91%: say so
        print(f"evals: {ev.name}: {passed}/{total} = {shown} (floor {floor:.0%}) "
              f"{verdict}, {elapsed:.0f}s")
        if below or args.verbose:
            fails = [line for line in output.splitlines() if line.startswith("FAIL")]
            for line in fails if args.verbose else fails[:20]:
                print("    " + line)
        failures += below
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
