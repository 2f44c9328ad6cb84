"""Import throughput and memory on an 80-page Japanese PDF, beside poppler's pdftotext.

Target (issue 3): at least one fifth of pdftotext's pages/s with per-character geometry kept.
Each figure is the median of several runs; the import runs in a fresh child process so its
peak resident memory is its own. Run alone with ``python benchmarks/bench_import.py``.
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

PAGES = 80
RUNS = 5

CHILD = """
import json, resource, sys, time
from pathlib import Path
from frameworkqda.core.importers import ImportOptions, extract
data = Path(sys.argv[1]).read_bytes()
times = []
for _ in range(int(sys.argv[2])):
    start = time.perf_counter()
    result = extract(data, "bench.pdf", ImportOptions())
    times.append(time.perf_counter() - start)
peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"times": times, "peak_mb": peak_kb / 1024, "pages": result.page_count,
                  "chars": len(result.text)}))
"""


def make_pdf(folder: Path) -> Path:
    from tests import documents

    paragraphs = [p for _ in range(4) for p in documents.JAPANESE_PARAGRAPHS]  # a full page
    return documents.japanese_pdf(folder / "bench-ja-80.pdf", paragraphs, pages=PAGES)


def _pdftotext_seconds(path: Path) -> float | None:
    if shutil.which("pdftotext") is None:
        return None
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                       capture_output=True)  # fmt: skip
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run() -> list[tuple[str, float, str]]:
    """Rows of (figure, median, unit) for the benchmark runner."""
    with tempfile.TemporaryDirectory() as folder:
        path = make_pdf(Path(folder))
        child = subprocess.run(
            [sys.executable, "-c", CHILD, str(path), str(RUNS)],
            check=True,
            capture_output=True,
            text=True,
            cwd=REPO,
            env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
        )
        measured = json.loads(child.stdout)
        ours = statistics.median(measured["times"])
        poppler = _pdftotext_seconds(path)
    pages = measured["pages"]
    rows = [
        ("import 80-page Japanese PDF (text + geometry)", pages / ours, "pages/s"),
        ("import peak resident memory (child process)", measured["peak_mb"], "MB"),
    ]
    if poppler is not None:
        rows.append(("pdftotext on the same PDF", pages / poppler, "pages/s"))
        rows.append(("import speed / pdftotext speed", poppler / ours, "ratio (target >= 0.2)"))
    return rows


if __name__ == "__main__":
    for figure, value, unit in run():
        print(f"{figure:<48} {value:10.2f} {unit}")
