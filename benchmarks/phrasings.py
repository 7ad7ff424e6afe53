"""Rebuild bot/phrasings.tsv, the known phrasings, from the question tables (tests/questions/):
every tested ask of the tables whose failures have been read, with the intent that answers it,
its action ids, numbers and the seeds' people written as placeholders. The tables never read
(questions.NEVER_READ) stay out, so they still measure what the rules and the phrasings do with
wording neither has seen.

    python benchmarks/phrasings.py           # rewrite bot/phrasings.tsv
    python benchmarks/phrasings.py --check   # exit 1 if it is out of date
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.questions import NEVER_READ, TABLES, load, seeded_store  # noqa: E402
from bot.names import Names  # noqa: E402
from bot.phrasings import BANK, masked  # noqa: E402
from store.schema import connect  # noqa: E402

COMMAND = re.compile(r"\s*role\s+\S+\s+(?:viewer|manager|admin)\b", re.I)  # granting a role is a command,
# not a phrasing ('who holds the DCS role' is)


def seeds_names() -> Names:
    with tempfile.TemporaryDirectory() as work:
        db = connect(seeded_store(Path(work)))
        try:
            return Names.load(db)
        finally:
            db.conn.close()


def phrasings(names: Names) -> str:
    rows: dict[tuple[str, str], None] = {}
    for path in sorted(TABLES.glob("*.jsonl"), key=lambda p: (len(p.stem), p.stem)):
        if path.stem in NEVER_READ:
            continue
        for case in load(path.stem):
            for step in case.get("steps") or [case]:
                if step.get("intent") and not COMMAND.match(step["ask"]):
                    rows[(step["intent"], masked(step["ask"], names))] = None
    return "".join(f"{intent}\t{ask}\n" for intent, ask in rows)


def main() -> int:
    text = phrasings(seeds_names())
    if "--check" in sys.argv:
        current = BANK.read_text(encoding="utf-8") if BANK.exists() else ""
        print("bot/phrasings.tsv is " + ("up to date" if current == text else
                                          "out of date: run python benchmarks/phrasings.py"))
        return int(current != text)
    BANK.write_text(text, encoding="utf-8")
    print(f"{len(text.splitlines())} phrasings written to {BANK.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
