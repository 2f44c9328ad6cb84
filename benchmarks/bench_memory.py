"""Peak memory of importing long PDFs through the CLI: 1,000, 5,000 and 20,000 pages.

    python -m benchmarks.run memory
    python benchmarks/bench_memory.py [PAGES ...]

Issue 18 measured 1.35 GB for 5,000 pages and 4.2 GB for 20,000; the target is under 1 GB for
any input the importer accepts. Each import is ``frameworkqda import`` in a child process
(the worker pool starts, as it does for any PDF over 150 pages); the figure is that process's
peak resident memory (``common.child_peak``: ``ru_maxrss`` from ``wait4``), and the workers'
(each on its own) beside it. The PDFs (English text, 28 lines of about 85 characters and a
page number per page — about 2,380 characters a page, 47.6 million for 20,000 pages: under the
50 million limit) are made once with reportlab and kept in the cache folder
(``$XDG_CACHE_HOME/frameworkqda-bench``, else ``~/.cache/frameworkqda-bench``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.common import child_peak  # noqa: E402  (after the path is set)

SIZES = (1_000, 5_000, 20_000)
LINES = 28
PHRASE = (
    "the city council adopted a plan for intercultural policy with consultation services "
    "in several languages support staff at schools and training for teachers"
)
WORDS = PHRASE.split(" ")

# In the child: run the CLI's import, then report each worker's peak resident memory.
CHILD = """
import sys
from pathlib import Path
from frameworkqda.cli import main
from frameworkqda.core import workers
status = main(["import", sys.argv[1], sys.argv[2]])
peaks = []
executor = workers.pool(start=False)
for pid in list(getattr(executor, "_processes", {}) or {}):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            peaks.append(int(line.split()[1]) / 1024)
print("WORKERS", max(peaks, default=0.0), file=sys.stderr)
raise SystemExit(status)
"""


def cache_folder() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    folder = base / "frameworkqda-bench"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def long_pdf(pages: int) -> Path:
    """The benchmark PDF of ``pages`` pages, made once."""
    path = cache_folder() / f"english-{LINES}-lines-{pages}-pages.pdf"
    if path.exists():
        return path
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    partial = path.with_name(path.name + ".partial")
    pdf = canvas.Canvas(str(partial), pagesize=A4)
    width, height = A4
    for number in range(1, pages + 1):
        pdf.setFont("Helvetica", 10)
        for row in range(LINES):
            start = (number * 7 + row * 3) % len(WORDS)
            words = [WORDS[(start + i) % len(WORDS)] for i in range(13)]
            pdf.drawString(60, height - 70 - 19 * row, " ".join(words))
        pdf.drawCentredString(width / 2, 30, str(number))
        pdf.showPage()
    pdf.save()
    partial.rename(path)
    return path


def peak_import(pdf: Path) -> tuple[float, float, float]:
    """(main process peak MB, largest worker peak MB, seconds) of one CLI import."""
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder) / "memory.fqda"
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        subprocess.run(
            [sys.executable, "-m", "frameworkqda", "new", str(project)],
            env=env,
            check=True,
            capture_output=True,
        )
        child = child_peak([sys.executable, "-c", CHILD, str(project), str(pdf)], env)
        if child.returncode != 0:
            raise RuntimeError(child.stdout + child.stderr)
    workers = [line for line in child.stderr.splitlines() if line.startswith("WORKERS")]
    return child.peak_mb, float(workers[-1].split()[1]) if workers else 0.0, child.seconds


def run(sizes: tuple[int, ...] = SIZES, show: bool = False) -> list[tuple[str, float, str]]:
    rows: list[tuple[str, float, str]] = []
    for pages in sorted(sizes):
        main, worker, seconds = peak_import(long_pdf(pages))
        found = [
            (f"memory: CLI import of {pages:,} PDF pages, peak RSS", main, "MB"),
            ("memory: same, largest worker's peak RSS", worker, "MB"),
            ("memory: same, time", seconds, "s"),
        ]
        for figure, value, unit in found if show else ():
            print(f"{figure:<56} {value:10.1f} {unit}", flush=True)
        rows.extend(found)
    return rows


if __name__ == "__main__":
    run(tuple(int(a) for a in sys.argv[1:]) or SIZES, show=True)
