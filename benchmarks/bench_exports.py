"""Matrix export time by number of cases: DOCX and XLSX for 30, 100 and 300 cases.

    python -m benchmarks.run exports
    python benchmarks/bench_exports.py

Issue 18 found the DOCX export growing with the square of the cases (30 cases 15 s, 100 cases
141 s, 300 not done in 12 min). The project: 5 themes of 8 measures, every cell charted with
a value and a one-sentence summary (``tests/projects.charted_project``); DOCX with summaries
under the values, as researchers print it.
"""

from __future__ import annotations

import functools
import sys
import tempfile
from pathlib import Path

if __name__ == "__main__":  # runnable alone from a checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import median_seconds
from frameworkqda.core.exports.docx_export import export_docx
from frameworkqda.core.exports.xlsx_export import export_xlsx
from frameworkqda.core.mapping import build_report
from tests.projects import charted_project

CASES = (30, 100, 300)
SUMMARY = "多文化共生推進プランに相談窓口の多言語化を明記 (multilingual consultation desk)."


def run() -> list[tuple[str, float, str]]:
    rows: list[tuple[str, float, str]] = []
    with tempfile.TemporaryDirectory() as folder:
        for cases in CASES:
            project = charted_project(
                Path(folder) / f"{cases}.fqda", cases, themes=5, measures=8, summary=SUMMARY
            )
            try:
                report = build_report(project)
            finally:
                project.close()
            docx, xlsx = Path(folder) / "out.docx", Path(folder) / "out.xlsx"
            docx_time = median_seconds(
                functools.partial(export_docx, report, docx, summaries=True), repeat=1
            )
            xlsx_time = median_seconds(functools.partial(export_xlsx, report, xlsx), repeat=3)
            rows.append(
                (f"exports: DOCX with summaries, {cases} cases × 40 measures", docx_time, "s")
            )
            rows.append((f"exports: XLSX, {cases} cases × 40 measures", xlsx_time, "s"))
    return rows


if __name__ == "__main__":
    for figure, median, unit in run():
        print(f"{figure:<64} {median:8.3f} {unit}")
