"""Stage 4–5 GUI benchmark: the framework matrix over 50 cases × 300 codes × 200,000 segments,
and the search panel over 500 Japanese documents.

Figures: matrix view open (load from the core + first painted frame, target < 1 s), frame
times while scrolling the matrix both ways, selecting a cell (evidence panel filled), and a
two-character search answered through the panel (target < 100 ms). Run alone with
``PYTHONPATH=. QT_QPA_PLATFORM=offscreen python benchmarks/bench_chartgui.py``.
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

from benchmarks.common import (
    FIRST_MEASURE,
    city_cases,
    codebook,
    japanese_text,
    text_document,
    time_to_first_paint,
)

os.environ["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM") or "offscreen"

CASES = 50
THEMES = 10
MEASURES = 30  # per theme: 300 codes
SEGMENTS = 200_000
DOCUMENTS = 500
CHARACTERS = 20_000


def _project(folder: Path):  # type: ignore[no-untyped-def]
    from frameworkqda.core import model
    from frameworkqda.core.store import create_project

    rng = random.Random(11)
    project = create_project(folder / "chart.fqda")
    with project.transaction() as session:
        session.execute(insert(model.Case), city_cases(CASES))
        session.execute(insert(model.Code), codebook(THEMES, MEASURES))
        session.execute(
            insert(model.Document),
            [
                text_document(
                    f"doc{n:03}",
                    japanese_text(rng, CHARACTERS),
                    position=n,
                    language="ja",
                    case_id=n % CASES + 1,
                )
                for n in range(DOCUMENTS)
            ],
        )
        codes = list(range(FIRST_MEASURE, FIRST_MEASURE + THEMES * MEASURES))
        rows = []
        for _ in range(SEGMENTS):
            start = rng.randrange(0, CHARACTERS - 100)
            rows.append(
                {
                    "document_id": rng.randrange(DOCUMENTS) + 1,
                    "code_id": rng.choice(codes),
                    "start": start,
                    "end": start + rng.randrange(5, 80),
                    "note": "",
                    "translation": "",
                }
            )
        session.execute(insert(model.Segment), rows)
        values = [v.id for v in session.query(model.ChartValue)]
        session.execute(
            insert(model.ChartCell),
            [
                {
                    "case_id": c + 1,
                    "code_id": code,
                    "value_id": rng.choice(values),
                    "summary": "外国人市民への多言語による情報提供" if rng.random() < 0.5 else "",
                }
                for c in range(CASES)
                for code in codes
                if rng.random() < 0.6
            ],
        )
    return project


def _scroll(app, table, horizontal: bool, steps: int = 60) -> list[float]:  # type: ignore[no-untyped-def]
    bar = table.horizontalScrollBar() if horizontal else table.verticalScrollBar()
    frames = []
    for step in range(steps):
        began = time.perf_counter()
        bar.setValue(bar.minimum() + (bar.maximum() - bar.minimum()) * step // steps)
        table.viewport().repaint()
        app.processEvents()
        frames.append((time.perf_counter() - began) * 1000)
    return frames


def run() -> list[tuple[str, float, str]]:
    from PySide6.QtCore import QSettings

    from frameworkqda.gui.app import application
    from frameworkqda.gui.main_window import MainWindow
    from frameworkqda.gui.settings import Settings

    app = application()
    with tempfile.TemporaryDirectory() as folder:
        built = time.perf_counter()
        project = _project(Path(folder))
        build_s = time.perf_counter() - built
        window = MainWindow(
            Settings(QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        )
        window.resize(1400, 900)
        window.show()
        window.attach_project(project)
        app.processEvents()
        opened: list[object] = []
        open_s = time_to_first_paint(
            app, window.work_stack, lambda: opened.append(window.show_view("matrix"))
        )
        view = opened[0]
        table = view.table  # type: ignore[attr-defined]
        app.processEvents()
        across = _scroll(app, table, horizontal=True)
        down = _scroll(app, table, horizontal=False)
        selects = []
        for case_id in (1, 17, 33, 49):
            began = time.perf_counter()
            view.select_cell(case_id, FIRST_MEASURE + case_id * 5)  # type: ignore[attr-defined]
            app.processEvents()
            selects.append((time.perf_counter() - began) * 1000)
        reload_s = []
        for _ in range(3):
            began = time.perf_counter()
            view.reload()  # type: ignore[attr-defined]
            reload_s.append(time.perf_counter() - began)

        panel = window.show_view("search")
        panel.search("共生")  # type: ignore[union-attr]  # first use folds the 500 documents
        searches = []
        for term in ("共生", "市民", "窓口", "共生"):
            began = time.perf_counter()
            hits = panel.search(term)  # type: ignore[union-attr]
            app.processEvents()
            searches.append((time.perf_counter() - began) * 1000)
        hit_count = len(hits)
        window.close()
        window.deleteLater()
        app.processEvents()
    frames = across + down
    return [
        (
            f"chartgui: build 50 cases x 300 codes x {SEGMENTS:,} segments (setup)",
            build_s,
            "s",
        ),
        ("chartgui: matrix view open to first paint", open_s * 1000, "ms"),
        ("chartgui: matrix reload from the core", statistics.median(reload_s) * 1000, "ms"),
        ("chartgui: matrix scroll frame, median", statistics.median(frames), "ms"),
        ("chartgui: matrix scroll frame, 95th percentile", _p95(frames), "ms"),
        ("chartgui: select a cell (evidence panel filled)", statistics.median(selects), "ms"),
        (
            f"chartgui: search panel, 2-char term, 500 docs ({hit_count:,} hits)",
            statistics.median(searches),
            "ms",
        ),
    ]


def _p95(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.95)]


if __name__ == "__main__":
    for figure, value, unit in run():
        print(f"{figure:<66} {value:10.1f} {unit}", flush=True)
    # PySide6 6.12 can abort while finalising the interpreter after a window was used.
    os._exit(0)
