"""Matrix build and counts at study scale: 50 cases × 300 codes × 200,000 segments (SQLite).

    python -m benchmarks.run matrix         # with the other benchmarks' table
    python benchmarks/bench_matrix.py       # alone

Target (issue 4): matrix build + counts under one second. The project is generated with
SQLAlchemy Core bulk inserts (10 themes of 30 measures, 2 documents per case, a value on a
third of the cells).
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

if __name__ == "__main__":  # runnable alone from a checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert, select

from benchmarks.common import median_seconds, text_document
from frameworkqda.core import model
from frameworkqda.core.charting import build_matrix
from frameworkqda.core.exports.xlsx_export import export_xlsx
from frameworkqda.core.mapping import build_report, count_present
from frameworkqda.core.store import Project, create_project
from tests.projects import add_framework

CASES = 50
THEMES = 10
MEASURES = 30  # per theme: 300 codes below the themes
SEGMENTS = 200_000
DOCUMENT_LENGTH = 20_000


def generate(path: Path, seed: int = 4) -> Project:
    """A project of the benchmark's size, written with bulk inserts."""
    rng = random.Random(seed)
    project = create_project(path, name="benchmark")
    with project.transaction() as session:
        cases, themes, measures = add_framework(session, CASES, THEMES, MEASURES)
        for series in ("Benchmark score",):
            session.execute(
                insert(model.CodeScore),
                [{"code_id": t, "series": series, "value": rng.randint(0, 100)} for t in themes],
            )
        text = ("多文化共生の推進と外国人市民の相談窓口。" * (DOCUMENT_LENGTH // 20))[
            :DOCUMENT_LENGTH
        ]
        session.execute(
            insert(model.Document),
            [
                text_document(f"doc {c}-{d}", text, sha256=f"{c:032d}{d:032d}", case_id=case)
                for c, case in enumerate(cases)
                for d in range(2)
            ],
        )
        documents = list(session.scalars(select(model.Document.id)))
        rows = []
        for _ in range(SEGMENTS):
            start = rng.randrange(DOCUMENT_LENGTH - 50)
            rows.append(
                {
                    "document_id": rng.choice(documents),
                    "code_id": rng.choice(measures),
                    "start": start,
                    "end": start + rng.randint(2, 50),
                }
            )
        session.execute(insert(model.Segment), rows)
        values = list(session.scalars(select(model.ChartValue.id)))
        session.execute(
            insert(model.ChartCell),
            [
                {
                    "case_id": case,
                    "code_id": code,
                    "summary": "要約 summary " * 5,
                    "value_id": rng.choice(values),
                }
                for case in cases
                for code in measures
                if rng.random() < 1 / 3
            ],
        )
    return project


def run() -> list[tuple[str, float, str]]:
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        project = generate(Path(folder) / "bench.fqda")
        generated = time.perf_counter() - started
        try:

            def matrix_and_counts() -> None:
                count_present(build_matrix(project), group=["City 0000", "City 0001", "City 0002"])

            matrix_time = median_seconds(matrix_and_counts, repeat=5)
            report_time = median_seconds(lambda: build_report(project), repeat=3)
            report = build_report(project)
            target = Path(folder) / "bench.xlsx"
            xlsx_time = median_seconds(lambda: export_xlsx(report, target), repeat=3)
        finally:
            project.close()
    return [
        ("matrix: generate 50×300×200k project", generated, "s"),
        ("matrix: build + counts (50 cases, 300 codes, 200k segments)", matrix_time, "s"),
        ("matrix: full report (matrix, counts, ranks)", report_time, "s"),
        ("matrix: XLSX export (10 theme sheets + counts + ranks)", xlsx_time, "s"),
    ]


if __name__ == "__main__":
    for figure, median, unit in run():
        print(f"{figure:<64} {median:8.3f} {unit}")
