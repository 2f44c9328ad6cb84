"""Import throughput and memory on an 80-page Japanese PDF, beside poppler's pdftotext.

Target (issue 3): at least one fifth of pdftotext's pages/s with per-character geometry kept.
Run alone with ``python benchmarks/bench_import.py``.

Each import runs in a fresh child process, so its peak resident memory is its own; the child
runs pdftotext on the same file between its own runs (this machine's speed drifts from minute
to minute, so the ratio compares runs made side by side). Figures are medians of ``RUNS``.

Two ways of reading, as the app has them:
- one process (``FRAMEWORKQDA_WORKERS=1``); its first run is also what the command line gets
  for an 80-page PDF (shorter than ``COLD_POOL_MIN_PAGES``, it never waits for workers);
- the worker pool, already running (the GUI starts it when an import begins: ``warm_up``).

Two PDFs with the same text and layout: reportlab's built-in HeiseiMin-W3, which is *not*
embedded (PDFium substitutes IPAex Mincho, see core/pdfium_fonts.py, and reads its outlines
for every glyph's box), and IPAex Gothic embedded as TrueType (the package's own copy,
resources/fonts).
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from frameworkqda.core.resources import resource_path  # noqa: E402 (after the path)

PAGES = 80
RUNS = 9

CHILD = """
import json, resource, subprocess, sys, time
from pathlib import Path
from frameworkqda.core import workers
from frameworkqda.core.importers import ImportOptions, extract

def peak_mb(pid):  # the high-water mark of a worker's resident memory
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0

def seconds(action):
    start = time.perf_counter()
    action()
    return time.perf_counter() - start

if __name__ == "__main__":
    path, runs, pdftotext = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    data = path.read_bytes()
    pool = workers.pool()
    if pool is not None:  # as the GUI has it: started before the import
        for started in [pool.submit(sum, ()) for _ in range(workers.count())]:
            started.result()
    poppler_command = [pdftotext, "-enc", "UTF-8", str(path), "-"]
    ours, poppler = [], []
    for _ in range(runs):
        if pdftotext:
            poppler.append(seconds(lambda: subprocess.run(poppler_command, capture_output=True)))
        ours.append(seconds(lambda: extract(data, path.name, ImportOptions())))
    result = extract(data, path.name, ImportOptions())
    # pdftotext is a yardstick only when it reads the text too (without poppler-data it
    # silently drops text set in an unembedded Japanese font, and is fast at reading nothing)
    poppler_text = subprocess.run(poppler_command, capture_output=True).stdout.decode() \
        if pdftotext else ""
    pids = list(pool._processes) if pool is not None else []
    print(json.dumps({"ours": ours, "poppler": poppler, "pages": result.page_count,
                      "poppler_read": len("".join(poppler_text.split()))
                                      / max(len("".join(result.text.split())), 1),
                      "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "workers": len(pids), "workers_peak_mb": sum(map(peak_mb, pids))}))
"""


IPAEX_GOTHIC = resource_path("fonts", "ipaexg.ttf")  # the copy the package ships


def make_pdf(folder: Path) -> Path:
    from tests import documents

    paragraphs = [p for _ in range(4) for p in documents.JAPANESE_PARAGRAPHS]  # a full page
    return documents.japanese_pdf(folder / "bench-ja-80.pdf", paragraphs, pages=PAGES)


def make_embedded_pdf(folder: Path) -> Path | None:
    """The same pages set in IPAex Gothic, embedded; None without the font file."""
    if not IPAEX_GOTHIC.is_file():
        return None
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from tests import documents

    pdfmetrics.registerFont(TTFont("IPAexGothic", str(IPAEX_GOTHIC)))
    paragraphs = [p for _ in range(4) for p in documents.JAPANESE_PARAGRAPHS]
    path = folder / "bench-ja-80-embedded.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    font_size, per_line = 10.5, 40
    for _ in range(PAGES):  # as documents.japanese_pdf lays them out
        pdf.setFont("IPAexGothic", font_size)
        y = A4[1] - 72
        for paragraph in paragraphs:
            for line in documents.wrap(paragraph, per_line):
                if y < 72:
                    pdf.showPage()
                    pdf.setFont("IPAexGothic", font_size)
                    y = A4[1] - 72
                pdf.drawString(72, y, line)
                y -= font_size * 1.7
        pdf.showPage()
    pdf.save()
    return path


def _child(path: Path, worker_count: str) -> dict[str, Any]:
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), str(RUNS), shutil.which("pdftotext") or ""],
        check=True,
        capture_output=True,
        text=True,
        cwd=REPO,
        env={
            "PYTHONPATH": str(REPO),
            "PATH": "/usr/bin:/bin",
            "FRAMEWORKQDA_WORKERS": worker_count,
        },
    )
    measured: dict[str, Any] = json.loads(child.stdout)
    return measured


def _measure(path: Path, label: str) -> list[tuple[str, float, str]]:
    rows: list[tuple[str, float, str]] = []
    poppler: list[float] = []
    pages = PAGES
    for worker_count in ("1", ""):  # one process, then the pool the machine gets by default
        measured = _child(path, worker_count)
        ours = statistics.median(measured["ours"])
        pages, poppler = measured["pages"], poppler + measured["poppler"]
        how = f"{measured['workers']} worker processes" if measured["workers"] else "one process"
        rows.append((f"import {label}, {how} (text + geometry)", pages / ours, "pages/s"))
        if measured["poppler"] and measured["poppler_read"] < 0.95:
            rows.append((f"  pdftotext read only this share of the characters ({how}): "
                         "no yardstick (install poppler-data)", measured["poppler_read"],
                         "share"))  # fmt: skip
        elif measured["poppler"]:
            ratio = statistics.median(measured["poppler"]) / ours
            rows.append((f"  import / pdftotext, runs side by side ({how})", ratio,
                         "ratio (target >= 0.2)"))  # fmt: skip
        if not measured["workers"]:
            rows.append((f"  first import in a fresh process ({how}; the CLI's way)",
                         pages / measured["ours"][0], "pages/s"))  # fmt: skip
        rows.append((f"  peak resident memory, importing process ({how})",
                     measured["peak_mb"], "MB"))  # fmt: skip
        if measured["workers"]:
            rows.append((f"  peak resident memory, workers together ({how})",
                         measured["workers_peak_mb"], "MB"))  # fmt: skip
    if poppler and measured["poppler_read"] >= 0.95:
        rows.append((f"  pdftotext on the same PDF ({label})", pages / statistics.median(poppler),
                     "pages/s"))  # fmt: skip
    return rows


def run() -> list[tuple[str, float, str]]:
    """Rows of (figure, median, unit) for the benchmark runner."""
    with tempfile.TemporaryDirectory() as folder:
        rows = _measure(make_pdf(Path(folder)), "80-page Japanese PDF, font not embedded")
        embedded = make_embedded_pdf(Path(folder))
        if embedded is not None:
            rows += _measure(embedded, "same pages, IPAex Gothic embedded")
    return rows


if __name__ == "__main__":
    for figure, value, unit in run():
        print(f"{figure:<72} {value:10.2f} {unit}")
