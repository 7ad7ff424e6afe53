"""PDF ingestion benchmark: the real Ofsted reports of ../shared/corpus/ofsted, end to end
(PDFium text extraction, layout, every document shape, the SQLite writes).

Prints pages/second and peak memory for the first 20, 40 and all 60 reports (and, with
--repeat K, the corpus K times over under other names), each run in its own process so
the peak is that run's own. Target: at least 300 pages/s on a 2-core machine, memory flat
as the number of files grows.

    python benchmarks/ingest_pdf.py              # 20, 40, 60 files
    python benchmarks/ingest_pdf.py --repeat 4   # and 240 files
"""

from __future__ import annotations

import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "ofsted"
sys.path.insert(0, str(ROOT))


def run_one(n: int) -> None:
    import pypdfium2 as pdfium

    from store.ingest import ingest_paths
    from store.schema import connect
    files = sorted(CORPUS.glob("*.pdf"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "reports"
        folder.mkdir()
        for i in range(n):  # copies beyond the corpus get new names, so each is a new document
            source = files[i % len(files)]
            shutil.copy(source, folder / f"{i // len(files)}-{source.name}")
        pages = 0
        for path in folder.iterdir():
            pdf = pdfium.PdfDocument(str(path))
            pages += len(pdf)
            pdf.close()
        db = connect(Path(tmp) / "bench.db")
        started = time.perf_counter()
        result = ingest_paths(db, [folder])
        elapsed = time.perf_counter() - started
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        assert result.ingested == n, result.problems[:3]
        print(f"N={n:>4} files  {pages:>5} pages  {pages / elapsed:6.0f} pages/s  {elapsed:5.2f} s  "
              f"peak RSS {rss:5.1f} MiB (workers {workers:5.1f} MiB)  "
              f"({result.counts['judgements']} judgements, {result.counts['actions']} actions)")


def main(argv: list[str]) -> None:
    if argv and argv[0] == "--one":
        run_one(int(argv[1]))
        return
    if not CORPUS.is_dir():
        print(f"{CORPUS} is not here; nothing to measure")
        return
    total = len(list(CORPUS.glob("*.pdf")))
    sizes = [20, 40, total]
    if argv[:1] == ["--repeat"]:
        sizes.append(total * int(argv[1]))
    for n in sizes:
        subprocess.run([sys.executable, __file__, "--one", str(n)], check=True)


if __name__ == "__main__":
    main(sys.argv[1:])
