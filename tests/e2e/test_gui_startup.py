"""``frameworkqda gui PROJECT`` paints its window before it loads anything heavy.

A fresh process starts the app as a person does (the CLI's ``gui`` verb) and notes which heavy
modules were loaded at the window's first paint and once the project's documents were on
screen: numpy, PDFium, pandas, the charts, the exporters and the worker pool load with the
view, document or import that needs them, never with the first screen.
"""

from __future__ import annotations

from pathlib import Path

from tests.gui_start import start_gui

HEAVY = (
    "numpy",
    "pandas",
    "pypdfium2",
    "matplotlib",
    "alembic",
    "sqlalchemy.dialects.postgresql",  # a SQLite project never needs the server's dialect
    "openpyxl",
    "xlsxwriter",
    "docx",
    "lxml",
    "concurrent.futures.process",
    "PySide6.QtCharts",
    "frameworkqda.core.charting",
    "frameworkqda.core.exports.xlsx_export",
    "frameworkqda.core.exports.docx_export",
    "frameworkqda.core.exchange.refi",
    "frameworkqda.core.importers.geometry",
    "frameworkqda.core.render",
    "frameworkqda.gui.matrix.view",
    "frameworkqda.gui.mapping.view",
    "frameworkqda.gui.review.view",
)


def test_window_paints_first_then_shows_the_project_without_heavy_modules(
    small_project: Path, tmp_path: Path
) -> None:
    marks = start_gui(small_project, HEAVY, config=tmp_path / "config")
    assert marks["paint"]["loaded"] == []
    assert marks["project"]["loaded"] == []
    # painted first, then filled: the project's queries never delay the first frame
    assert marks["paint"]["at"] <= marks["project"]["at"]
