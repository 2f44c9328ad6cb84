"""The export dialog (File → Export tables…, Ctrl+E) on 40 cases: opening it again, and
switching the framework matrix's preview to CSV (one row per case and measure).

    python -m benchmarks.run export_dialog
    QT_QPA_PLATFORM=offscreen python benchmarks/bench_export_dialog.py

A scale walkthrough (40 cases, 18,733 passages) found every Ctrl+E taking 0.75-1.2 s (the
report and its ranks built again, nothing having changed) and a switch to CSV 1.8 s (the
preview's columns fitted by measuring all of its rows: 48,000 data() calls).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

if __name__ == "__main__":  # runnable alone from a checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import statistics
import time
from collections.abc import Callable

from tests.projects import charted_project

CASES = 40
SUMMARY = "多文化共生推進プランに相談窓口の多言語化を明記 (multilingual consultation desk)."


def cpu_seconds(action: Callable[[], object], repeat: int) -> float:
    """The median CPU time of ``action`` (this process's): other programs on a shared machine
    made the wall-clock figures swing by two."""
    timings = []
    for _ in range(repeat):
        started = time.process_time()
        action()
        timings.append(time.process_time() - started)
    return statistics.median(timings)


def run() -> list[tuple[str, float, str]]:
    from PySide6.QtWidgets import QApplication

    from frameworkqda.core import mapping
    from frameworkqda.gui.mapping.frame_model import FrameModel
    from frameworkqda.gui.mapping.view import MappingView
    from frameworkqda.gui.session import ProjectSession

    builds, reads = [0], [0]
    build_report, data = mapping.build_report, FrameModel.data

    def counted_build(*args: object, **kwargs: object) -> mapping.Report:
        builds[0] += 1
        return build_report(*args, **kwargs)  # type: ignore[arg-type]

    def counted_data(self: FrameModel, *args: object) -> object:
        reads[0] += 1
        return data(self, *args)  # type: ignore[arg-type]

    mapping.build_report = counted_build  # type: ignore[assignment]
    FrameModel.data = counted_data  # type: ignore[assignment, method-assign]

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        project = charted_project(
            Path(folder) / "dialog.fqda", CASES, themes=5, measures=30, summary=SUMMARY
        )
        session = ProjectSession(project)
        view = MappingView(session)
        view.reload()
        dialogs = []

        def open_again() -> None:
            dialogs.append(view.open_export_dialog(show=True))
            app.processEvents()

        builds[0] = 0
        opening = cpu_seconds(open_again, repeat=5)
        opened_builds = builds[0]
        dialog = dialogs[-1]
        dialog.table_box.setCurrentIndex(dialog.table_box.findData("cells"))
        app.processEvents()

        def to_csv() -> None:
            dialog.format_box.setCurrentIndex(dialog.format_box.findData(".xlsx"))
            app.processEvents()
            dialog.format_box.setCurrentIndex(dialog.format_box.findData(".csv"))
            app.processEvents()

        switching = cpu_seconds(to_csv, repeat=3)
        dialog.format_box.setCurrentIndex(dialog.format_box.findData(".xlsx"))
        app.processEvents()
        reads[0] = 0
        dialog.format_box.setCurrentIndex(dialog.format_box.findData(".csv"))
        app.processEvents()
        csv_reads = reads[0]
        rows = dialog.preview_model.rowCount()
        for shown in dialogs:
            shown.close()
        session.close()
    mapping.build_report = build_report  # type: ignore[assignment]
    FrameModel.data = data  # type: ignore[method-assign]
    return [
        (f"export dialog: Ctrl+E, {CASES} cases (CPU)", opening, "s"),
        ("export dialog: reports built for 5 Ctrl+E", opened_builds, "reports"),
        (f"export dialog: matrix preview XLSX → CSV ({rows:,} rows, CPU)", switching, "s"),
        ("export dialog: preview data() calls switching to CSV", csv_reads, "calls"),
    ]


if __name__ == "__main__":
    for figure, median, unit in run():
        print(f"{figure:<64} {median:8.3f} {unit}")
