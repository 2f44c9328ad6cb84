"""Import throughput and memory on an 80-page Japanese PDF, beside poppler's pdftotext.

Target (issue 3): at least one fifth of pdftotext's pages/s with per-character geometry kept.
Each figure is the median of several runs; the import runs in a fresh child process so its
peak resident memory is its own. Run alone with ``python benchmarks/bench_import.py``.

Two PDFs with the same text and layout: reportlab's built-in HeiseiMin-W3, which is *not*
embedded (PDFium substitutes an installed CJK font and, with Noto Serif CJK, interprets its
CFF outlines for every glyph: ~7 ms a page before our code runs), and IPAex Gothic embedded
as TrueType (skipped when fonts-ipaexfont-gothic is not installed).
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


IPAEX_GOTHIC = Path("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf")


def make_pdf(folder: Path) -> Path:
    from tests import documents

    paragraphs = [p for _ in range(4) for p in documents.JAPANESE_PARAGRAPHS]  # a full page
    return documents.japanese_pdf(folder / "bench-ja-80.pdf", paragraphs, pages=PAGES)


def make_embedded_pdf(folder: Path) -> Path | None:
    """The same pages set in IPAex Gothic, embedded; None when the font is not installed."""
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


def _measure(path: Path, label: str) -> list[tuple[str, float, str]]:
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
        (f"import {label} (text + geometry)", pages / ours, "pages/s"),
        (f"  first run in a fresh process ({label})", pages / measured["times"][0], "pages/s"),
        (f"  peak resident memory ({label})", measured["peak_mb"], "MB"),
    ]
    if poppler is not None:
        rows.append((f"  pdftotext on the same PDF ({label})", pages / poppler, "pages/s"))
        rows.append((f"  import / pdftotext ({label})", poppler / ours, "ratio (target >= 0.2)"))
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
