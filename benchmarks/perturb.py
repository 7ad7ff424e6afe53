"""How steady the reading of a question is when it is typed as people type in a hurry.

Takes single questions from the studied tables (never those whose failures are never read), keeps
those the router reads with the intent the table expects, and asks each again changed in one way:
two letters swapped or one dropped in a word, a greeting, 'can you tell me', 'btw' or 'just wondering'
before it, why it is asked before or after it ('prepping for the 3pm - ', ' - for the 3pm'), 'tho?' or
'again?' after it, apostrophes or the question mark left out. Prints, for each change, how many
readings it changed. A change of reading is not always wrong (a dropped letter can make another
word), so the figures are for comparing one commit
with another, not a score. No table's failures are read, so mechanisms found from what it prints
fit how people type, not any table.

    python benchmarks/perturb.py            # 800 questions, the same 800 each run
    python benchmarks/perturb.py -n 400 -v  # fewer, with each changed reading
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from questions import NEVER_READ, TABLES, load, seeded_store  # noqa: E402

from bot.router import parse  # noqa: E402
from handlers.question import Context  # noqa: E402
from store.schema import connect  # noqa: E402

COMMANDS = {"update", "undo", "role", "refused", "usage", "help"}


def _in_a_word(length: int, change: Callable[[str, int], str]) -> Callable[[str, random.Random], str | None]:
    def perturb(ask: str, rng: random.Random) -> str | None:
        words = list(re.finditer(rf"[a-z]{{{length},}}", ask))
        if not words:
            return None
        m = rng.choice(words)
        return ask[:m.start()] + change(m[0], rng.randrange(1, len(m[0]) - 2)) + ask[m.end():]
    return perturb


def _lower_first(ask: str) -> str:
    return ask[:1].lower() + ask[1:]


PERTURBATIONS: dict[str, Callable[[str, random.Random], str | None]] = {
    "two letters swapped": _in_a_word(5, lambda w, i: w[:i] + w[i + 1] + w[i] + w[i + 2:]),
    "a letter dropped": _in_a_word(6, lambda w, i: w[:i] + w[i + 1:]),
    "'hiya, ' before": lambda a, _r: "hiya, " + _lower_first(a),
    "'quick one - ' before": lambda a, _r: "quick one - " + _lower_first(a),
    "'can you tell me ' before": lambda a, _r: "can you tell me " + _lower_first(a),
    "'prepping for the 3pm - ' before": lambda a, _r: "prepping for the 3pm - " + _lower_first(a),
    "'for the board paper: ' before": lambda a, _r: "for the board paper: " + _lower_first(a),
    "'btw ' before": lambda a, _r: "btw " + _lower_first(a),
    "'just wondering ' before": lambda a, _r: "just wondering " + _lower_first(a),
    "' - for the 3pm' after": lambda a, _r: a.rstrip("?. ") + " - for the 3pm",
    "' ta' after": lambda a, _r: a.rstrip() + " ta",
    "' tho?' after": lambda a, _r: a.rstrip("?. ") + " tho?",
    "' again?' after": lambda a, _r: a.rstrip("?. ") + " again?",
    "no apostrophes": lambda a, _r: a.replace("'", "").replace("\u2019", ""),
    "no question mark": lambda a, _r: a.replace("?", ""),
}


def questions(n: int) -> list[tuple[str, str, str]]:
    asked = [(case["today"], case["ask"], case["intent"]) for path in sorted(TABLES.glob("*.jsonl"))
             if path.stem not in NEVER_READ for case in load(path.stem)
             if "ask" in case and case["intent"] not in COMMANDS]
    random.Random(7).shuffle(asked)
    return asked[:n]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=800, help="questions to perturb")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each changed reading")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="clerk-perturb-"))
    try:
        db = connect(seeded_store(work))
        rng = random.Random(7)
        steady = 0
        changed: dict[str, list[str]] = {name: [] for name in PERTURBATIONS}
        for today, ask, intent in questions(args.n):
            ctx = Context(db=db, today=date.fromisoformat(today))
            if parse(ctx, ask).intent != intent:
                continue
            steady += 1
            for name, perturb in PERTURBATIONS.items():
                typed = perturb(ask, rng)
                if typed and typed != ask and (read := parse(ctx, typed).intent) != intent:
                    changed[name].append(f"{intent} -> {read}: {typed}")
        print(f"{steady} of {args.n} questions read as their table expects; readings changed by:")
        for name, found in changed.items():
            print(f"  {name:36} {len(found):4}")
            for line in found if args.verbose else []:
                print(f"      {line}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
