"""Benchmark: REFI-QDA export and import of 200 documents with 100,000 segments.

Run alone with ``PYTHONPATH=. python benchmarks/bench_refi.py``; ``benchmarks/run.py`` calls
:func:`run`, which returns rows of (figure, median, unit).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

from frameworkqda.core import model
from frameworkqda.core.exchange.refi import export_qdpx, import_qdpx
from frameworkqda.core.store import create_project, open_project

DOCUMENTS = 200
SEGMENTS = 100_000
REPEATS = 3


def build(path: Path) -> None:
    """Bulk-generate the project with SQLAlchemy Core inserts."""
    text = ("多文化共生の推進について、外国人住民への情報提供を行う。" * 40 + "\n") * 10
    with create_project(path, name="bench") as project, project.transaction() as s:
        s.execute(insert(model.Coder), [{"id": 1, "name": "alice"}])
        s.execute(
            insert(model.Code),
            [
                {
                    "id": i,
                    "name": f"code {i}",
                    "parent_id": None if i <= 10 else (i - 1) % 10 + 1,
                    "position": i,
                }
                for i in range(1, 51)
            ],
        )
        s.execute(
            insert(model.Case),
            [{"id": i, "name": f"city {i}", "position": i} for i in range(1, 21)],
        )
        s.execute(
            insert(model.Document),
            [
                {
                    "id": d,
                    "name": f"doc {d}",
                    "kind": model.DocumentKind.TEXT,
                    "sha256": "0" * 64,
                    "text": text,
                    "position": d,
                    "case_id": d % 20 + 1,
                }
                for d in range(1, DOCUMENTS + 1)
            ],
        )
        s.execute(
            insert(model.DocumentFile),
            [{"document_id": d, "data": text.encode()} for d in range(1, DOCUMENTS + 1)],
        )
        per = SEGMENTS // DOCUMENTS
        s.execute(
            insert(model.Segment),
            [
                {
                    "document_id": d,
                    "code_id": (k % 50) + 1,
                    "coder_id": 1,
                    "start": (k * 37) % (len(text) - 100),
                    "end": (k * 37) % (len(text) - 100) + 60,
                }
                for d in range(1, DOCUMENTS + 1)
                for k in range(per)
            ],
        )


def run() -> list[tuple[str, float, str]]:
    exports: list[float] = []
    imports: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        build(base / "bench.fqda")
        for repeat in range(REPEATS):
            with open_project(base / "bench.fqda") as project:
                started = time.perf_counter()
                export_qdpx(project, base / "bench.qdpx")
                exports.append(time.perf_counter() - started)
            started = time.perf_counter()
            import_qdpx(base / "bench.qdpx", base / f"copy{repeat}.fqda")
            imports.append(time.perf_counter() - started)
        size = (base / "bench.qdpx").stat().st_size / 1e6
    return [
        ("REFI export, 200 documents / 100,000 segments", statistics.median(exports), "s"),
        ("REFI import, 200 documents / 100,000 segments", statistics.median(imports), "s"),
        ("REFI .qdpx size", size, "MB"),
    ]


if __name__ == "__main__":
    for figure, value, unit in run():
        print(f"{figure:<50} {value:10.2f} {unit}")
    sys.exit(0)
