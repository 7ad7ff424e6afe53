"""Ingestion benchmark: N perturbed copies of the seed reports into a fresh store.

Prints reports/second and peak memory for each N, each run in its own process so the peak
is that run's own. Target: at least 100 seed-size reports a second, memory flat as N grows.

    python benchmarks/ingest.py            # N = 100, 400, 1600
    python benchmarks/ingest.py 250 1000   # other sizes
"""

from __future__ import annotations

import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TOWNS = ["Wakefield", "Bradford", "Calderdale", "Kirklees", "Barnsley", "Rotherham", "York", "Hull"]
NAMES = ["Alex Morgan", "Sam Patel", "Jo Clarke", "Chris Evans", "Ruth Okafor", "Dan Byrne"]


def perturb(text: str, rng: random.Random) -> str:
    """A different report of the same shape: other place, people, numbers and years."""
    text = text.replace("Leeds", rng.choice(TOWNS))
    text = re.sub(r"Bill McCarthy|Judith Blake|Adam Hewitt", lambda m: rng.choice(NAMES), text)
    shift = rng.randint(-3, 6)
    text = re.sub(r"\b20(0\d|1\d)\b", lambda m: str(2000 + int(m[1]) + shift), text)
    return re.sub(r"\b\d{2,3},\d{3}\b", lambda m: f"{rng.randint(10, 999)},{rng.randint(0, 999):03d}", text)


def make_reports(folder: Path, n: int) -> list[Path]:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    rng = random.Random(n)
    paths = []
    for i in range(n):
        seed = seeds[i % len(seeds)]
        path = folder / f"report-{i:05d}-{seed.name}"
        path.write_text(perturb(seed.read_text(), rng))
        paths.append(path)
    return paths


def run_one(n: int) -> None:
    from store.ingest import ingest_paths
    from store.schema import connect
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "reports"
        folder.mkdir()
        make_reports(folder, n)
        db = connect(Path(tmp) / "bench.db")
        started = time.perf_counter()
        result = ingest_paths(db, [folder])
        elapsed = time.perf_counter() - started
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        assert result.ingested == n, result.problems[:3]
        print(f"N={n:>5}  {n / elapsed:8.1f} reports/s  {elapsed:6.2f} s  "
              f"peak RSS {rss:6.1f} MiB (workers {workers:5.1f} MiB)  "
              f"({result.counts['actions']} actions, {result.counts['passages']} passages)")


def main(argv: list[str]) -> None:
    if argv and argv[0] == "--one":
        run_one(int(argv[1]))
        return
    for n in [int(a) for a in argv] or [100, 400, 1600]:
        subprocess.run([sys.executable, __file__, "--one", str(n)], check=True)


if __name__ == "__main__":
    main(sys.argv[1:])
