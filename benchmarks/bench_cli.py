"""The command line as a script or a researcher at a terminal meets it: every figure is a fresh
process, start-up included.

- start-up: ``frameworkqda --help`` and ``frameworkqda info`` on a small project, beside a bare
  ``python -c "import sqlite3"``;
- coding: one ``code`` call, and ``code --from`` a CSV of 5,000 rows;
- import: ``frameworkqda import`` of a 600-page Japanese PDF whose font is not embedded, beside
  poppler's ``pdftotext`` run on the same file in between (this machine's speed drifts from
  minute to minute, so the ratio compares runs made side by side). pdftotext is a yardstick
  only if it read the text: without poppler-data it silently drops text set in an unembedded
  Japanese font; the row says so instead of a ratio then. Our stored text is compared with the
  text the generator laid out.

Run alone with ``python benchmarks/bench_cli.py`` (``--skip-import`` for the quick part).
"""

from __future__ import annotations

import csv
import math
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import compile_package

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

STARTS = 7
CSV_ROWS = 5000
IMPORT_PAGES = 600
IMPORT_RUNS = 3
CORES = len(os.sched_getaffinity(0))


def command() -> list[str]:
    """The console script next to this interpreter (as installed), else ``python -m``."""
    script = Path(sys.executable).parent / "frameworkqda"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "frameworkqda"]


def timed(argv: list[str], env: dict[str, str] | None = None) -> tuple[float, str]:
    """Wall seconds and standard output of a command in a fresh process."""
    started = time.perf_counter()
    result = subprocess.run(argv, capture_output=True, text=True, cwd=REPO,
                            env={**os.environ, **(env or {})})  # fmt: skip
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed: {result.stderr}")
    return elapsed, result.stdout


def timeline(argv: list[str]) -> dict[str, float]:
    """Seconds from the start of a fresh import to the marks its progress lines on stderr
    show, time-stamped as they arrive: ``reading`` (the project is open and the first file
    begun), ``last`` (its last page read), ``summary`` (the closing count, all committed) and
    ``exit`` (every process holding the output has ended, as a shell's pipe sees it); and
    ``early`` (not a time): the pages the workers had read by the first count after
    ``reading``, i.e. while the project opened (importers/warm.py); ``cpu``: CPU seconds of the
    import and every process it waited for (its workers)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(argv, cwd=REPO, text=True, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)  # fmt: skip
    assert process.stdout is not None and process.stderr is not None
    marks: dict[str, float] = {}
    for line in process.stderr:
        now = time.perf_counter() - started
        if line.rstrip().endswith(": reading"):
            marks.setdefault("reading", now)
        elif ": page " in line:
            marks["last"] = now
            marks.setdefault("early", float(line.rsplit(": page ", 1)[1].split("/")[0]))
        elif " imported, " in line:
            marks["summary"] = now
    output = process.stdout.read()
    process.wait()
    marks["exit"] = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    marks["cpu"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if process.returncode != 0 or len(marks) != 6:
        raise RuntimeError(f"{' '.join(argv)} failed: {output}")
    return marks


def cpu_and_wall(argv: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one fresh run. CPU time, unlike wall time, is
    the same on a machine others keep busy; it counts only processes that were waited for (a
    worker pool's fork server is not, so its workers are missing: run one process for it)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = timed(argv, env)[0]
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def medians(argv: list[str], runs: int = STARTS) -> tuple[float, float]:
    """Median wall and CPU milliseconds of ``runs`` fresh runs of a command."""
    walls, cpus = zip(*(cpu_and_wall(argv) for _ in range(runs)), strict=True)
    return statistics.median(walls) * 1000, statistics.median(cpus) * 1000


def small_project(folder: Path) -> Path:
    from frameworkqda.core.importers import import_documents
    from frameworkqda.core.store import create_project

    text = folder / "memo.txt"
    line = "浜松市は多言語で情報を提供し、相談窓口を設けている。\n"
    text.write_text(line * 200, encoding="utf-8")
    path = folder / "small.fqda"
    with create_project(path, framework="mipex-local") as project:
        import_documents(project, [text])
    return path


def startup_rows(project: Path) -> list[tuple[str, float, str]]:
    cli = command()
    rows = []
    for label, argv in (
        ('bare python -c "import sqlite3" (the floor)', [sys.executable, "-c", "import sqlite3"]),
        ("frameworkqda --help", [*cli, "--help"]),
        ("frameworkqda info (small project)", [*cli, "info", str(project)]),
    ):
        wall, cpu = medians(argv)
        rows += [(label, wall, "ms"), ("  CPU time", cpu, "ms")]
    return rows  # fmt: skip


def coding_rows(project: Path, folder: Path) -> list[tuple[str, float, str]]:
    cli = command()
    code = "Health/Information in multiple languages"
    ones = [
        cpu_and_wall([*cli, "code", str(project), "--document", "memo.txt", "--start", str(i),
                      "--end", str(i + 4), "--code", code])
        for i in range(STARTS)
    ]  # fmt: skip
    one, one_cpu = (statistics.median(values) for values in zip(*ones, strict=True))
    rows = folder / "rows.csv"
    with rows.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["document", "start", "end", "code", "note"])
        for i in range(CSV_ROWS):
            writer.writerow(["memo.txt", 100 + i, 110 + i, code, f"row {i}"])
    bulk, bulk_cpu = cpu_and_wall([*cli, "code", str(project), "--from", str(rows)])
    return [
        ("frameworkqda code: one segment", one * 1000, "ms"),
        ("  CPU time", one_cpu * 1000, "ms"),
        (f"frameworkqda code --from: {CSV_ROWS:,} rows", bulk * 1000, "ms"),
        ("  CPU time", bulk_cpu * 1000, "ms"),
        (f"  {CSV_ROWS:,} rows / one call (wall)", bulk / one, "ratio"),
    ]


def import_rows(folder: Path) -> list[tuple[str, float, str]]:
    from frameworkqda.core.documents import document_text
    from frameworkqda.core.store import create_project, open_project
    from tests import documents

    paragraphs = [p for _ in range(4) for p in documents.JAPANESE_PARAGRAPHS]  # a full page
    pdf = documents.japanese_pdf(folder / "ja-600.pdf", paragraphs, pages=IMPORT_PAGES)
    pdftotext = shutil.which("pdftotext")
    cli = command()
    marks: list[dict[str, float]] = []
    poppler: list[float] = []
    poppler_text = ""
    for run in range(IMPORT_RUNS):
        project = folder / f"import-{run}.fqda"
        create_project(project).close()
        if pdftotext:
            seconds, poppler_text = timed([pdftotext, "-enc", "UTF-8", str(pdf), "-"])
            poppler.append(seconds)
        marks.append(timeline([*cli, "import", str(project), str(pdf)]))
    ours = [mark["exit"] for mark in marks]
    with open_project(folder / "import-0.fqda") as opened:
        text = document_text(opened, pdf.name)
    page_text = documents.expected_text(paragraphs)
    exact = text == "\n".join([page_text] * IMPORT_PAGES)
    rows = [
        (f"frameworkqda import, {IMPORT_PAGES}-page Japanese PDF (font not embedded)",
         statistics.median(ours), "s"),
        ("  stored text equals the laid-out text", float(exact), "1 = yes"),
        ("  from start: the project open, reading begins",
         statistics.median(mark["reading"] for mark in marks), "s"),
        ("  pages the workers had read as the project opened (first count)",
         statistics.median(m["early"] for m in marks), "pages"),
        ("  from start: the last page read", statistics.median(m["last"] for m in marks), "s"),
        ("  last page to the summary (cross-page work, storing, commit)",
         statistics.median(m["summary"] - m["last"] for m in marks), "s"),
        ("  summary to the end of the process (and of its workers)",
         statistics.median(m["exit"] - m["summary"] for m in marks), "s"),
        ("  CPU seconds, the import and its workers",
         statistics.median(m["cpu"] for m in marks), "s"),
        (f"  cores left idle while it ran ({CORES} cores x wall - CPU)",
         statistics.median(CORES * m["exit"] - m["cpu"] for m in marks), "core-seconds"),
    ]  # fmt: skip
    if not poppler or pdftotext is None:
        rows.append(("  pdftotext not installed (poppler-utils, poppler-data): no yardstick",
                     math.nan, "ratio"))  # fmt: skip
        return rows
    read = len("".join(poppler_text.split())) / max(len("".join(text.split())), 1)
    if read < 0.95:
        rows.append(("  pdftotext read only this share of the characters: no yardstick "
                     "(install poppler-data)", read, "share"))  # fmt: skip
        return rows
    rows.append(("  pdftotext, same file, runs side by side", statistics.median(poppler), "s"))
    rows.append(("  whole-CLI import / pdftotext speed", statistics.median(poppler)
                 / statistics.median(ours), "ratio (target >= 0.2)"))  # fmt: skip
    # the work itself, whatever else the machine runs: CPU seconds with one process
    project = folder / "import-cpu.fqda"
    create_project(project).close()
    _, ours_cpu = cpu_and_wall(
        [*cli, "import", str(project), str(pdf)], {"FRAMEWORKQDA_WORKERS": "1"}
    )
    poppler_cpu = statistics.median(
        cpu_and_wall([pdftotext, "-enc", "UTF-8", str(pdf), "-"])[1] for _ in range(IMPORT_RUNS)
    )
    rows.append(("  CPU seconds, whole-CLI import in one process", ours_cpu, "s"))
    rows.append(("  CPU seconds, pdftotext", poppler_cpu, "s"))
    rows.append(("  pdftotext CPU / ours (one process; load-independent)", poppler_cpu / ours_cpu,
                 "ratio"))  # fmt: skip
    return rows


def run(skip_import: bool = False) -> list[tuple[str, float, str]]:
    """Rows of (figure, median, unit) for the benchmark runner."""
    compile_package()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        project = small_project(folder)
        rows = startup_rows(project) + coding_rows(project, folder)
        if not skip_import:
            rows += import_rows(folder)
    return rows


if __name__ == "__main__":
    for figure, value, unit in run(skip_import="--skip-import" in sys.argv):
        print(f"{figure:<66} {value:10.3f} {unit}", flush=True)
